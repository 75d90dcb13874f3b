"""A corpus of short reports geoparsed with and without a focus: UCDP's headlines.

UCDP GED gives each event a headline (column ``description``, e.g. a news
title) and the event's coordinates. Each headline is geoparsed as
``incidentmap places`` does, with no focus, with ``--bbox`` of eastern
Ukraine and with ``--near Kramatorsk``; for the mentions that resolve to a
place, the script prints the share within 25 km of UCDP's point, side by side:

- ``all``: every mention with a place (a country or oblast named in a headline
  is never within 25 km of the event; it counts alike in every column);
- ``settlements``: mentions resolved to a populated place (not a country,
  region or district), the ones a focus is meant for;
- ``changed``: mentions whose answer the focus changed, how many of those
  are within 25 km with and without it, and their median distance before and after.

Events are those coded to a settlement (``where_prec`` 1 or 2) by default.

Run::

    python bench/focus_geoparse.py [--csv ../shared/ukraine/ucdp_ged_ukraine_2014-2023.csv]
                                   [--bbox 35,46.5,40.5,50.5] [--near Kramatorsk] [--all-precisions]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import time
from pathlib import Path

from gazetteer import Resolver
from gazetteer.rank import distance_km
from geo import Geoparser
from geo.focus import area_focus

DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"
WITHIN_KM = 25.0
_AREAS = ("PCL", "ADM", "RGN", "CONT", "TERR")


def load_events(path: Path, precisions: tuple[str, ...]) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["where_prec"] in precisions and row["description"].strip()]


def geoparse(events: list[dict], parser: Geoparser) -> list[list]:
    """Each headline's mentions with a place: (offsets, place, km to UCDP's point)."""
    found = []
    for number, event in enumerate(events):
        lat, lon = float(event["latitude"]), float(event["longitude"])
        found.append([((m.start, m.end), m.place, distance_km(lat, lon, m.place.latitude, m.place.longitude))
                      for m in parser.find_places(event["description"], document=str(number))
                      if m.place is not None])
    return found


def shares(found: list[list], base: list[list] | None = None) -> dict[str, str]:
    def share(rows) -> str:
        rows = list(rows)
        hits = sum(km <= WITHIN_KM for _, _, km in rows)
        return f"{hits / len(rows):.3f} ({hits}/{len(rows)})" if rows else "-"

    every = [m for doc in found for m in doc]
    figures = {"all": share(every),
               "settlements": share(m for m in every if not m[1].feature_code.startswith(_AREAS))}
    if base is not None:
        changed, before = [], []
        for doc, old in zip(found, base):
            was = {span: (place, km) for span, place, km in old}
            for span, place, km in doc:
                if span in was and was[span][0].geonameid != place.geonameid:
                    changed.append((span, place, km))
                    before.append((span, *was[span]))
        figures["changed: with focus"] = share(changed)
        figures["changed: without"] = share(before)
        if changed:
            figures["changed: median km"] = (f"{statistics.median(km for *_, km in before):,.0f} -> "
                                             f"{statistics.median(km for *_, km in changed):,.0f}")
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--bbox", default="35,46.5,40.5,50.5", metavar="W,S,E,N")
    parser.add_argument("--near", default="Kramatorsk", metavar="PLACE|LAT,LON")
    parser.add_argument("--all-precisions", action="store_true",
                        help="every event, not only those coded to a settlement")
    args = parser.parse_args()
    precisions = tuple("1234567") if args.all_precisions else ("1", "2")
    events = load_events(args.csv, precisions)
    resolver = Resolver()
    settings = {"no focus": None,
                f"--bbox {args.bbox}": area_focus(bbox=[float(v) for v in args.bbox.split(",")], resolver=resolver),
                f"--near {args.near}": area_focus(near=args.near, resolver=resolver)}
    print(f"{len(events)} UCDP headlines (where_prec {','.join(precisions)}); "
          f"share of mentions with a place within {WITHIN_KM:g} km of UCDP's point")
    geoparse(events, Geoparser(resolver))  # warm the caches: the first column is not charged for them
    columns, base = {}, None
    for label, focus in settings.items():
        started = time.perf_counter()
        found = geoparse(events, Geoparser(resolver, focus=focus))
        columns[label] = shares(found, base)
        columns[label]["seconds"] = f"{time.perf_counter() - started:.1f}"
        base = found if base is None else base
    rows = list(dict.fromkeys(key for figures in columns.values() for key in figures))
    width = max(map(len, columns)) + 2
    print(f"{'':22}" + "".join(f"{label:>{width}}" for label in columns))
    for row in rows:
        print(f"{row:22}" + "".join(f"{columns[label].get(row, ''):>{width}}" for label in columns))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
