"""Lists without context: UCDP's place names resolved one by one, and as a batch with a focus.

UCDP GED codes each event with the place as its coder wrote it and coordinates.
This script takes the distinct ``place_name`` values of the events coded to a
settlement (``where_prec`` 1 or 2), resolves them as ``incidentmap resolve -``
does (a list, no text around the names), once with ``--focus none`` and once
with ``--focus auto``, without a country and with ``--country UA``, and prints
the share of events whose place lies within 25 km of UCDP's point, side by side.

The gazetteer is whatever the data directory holds (``$INCIDENTMAP_HOME``): run
it before and after ``incidentmap gazetteer import .../geonames/UA.zip``, or
pass ``--with-dump`` to import into a temporary store first.

Run::

    python bench/batch_focus.py [--csv ../shared/ukraine/ucdp_ged_ukraine_2014-2023.csv]
                                [--with-dump ../shared/geonames/UA.zip] [--changes N]
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
import time
from pathlib import Path

from gazetteer import Resolver, resolve_batch
from gazetteer.batch import focus_of, resolve_each
from gazetteer.importer import import_files
from gazetteer.local import LocalStore
from gazetteer.rank import distance_km

DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"
WITHIN_KM = 25.0


def load_events(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["where_prec"] in ("1", "2") and row["place_name"]]


def score(events: list[dict], places: dict) -> tuple[float, float]:
    """Share of events, and of distinct names, whose answer lies within 25 km of UCDP's point."""
    hits = []
    for event in events:
        place = places[event["place_name"]]
        hits.append(place is not None and distance_km(place.latitude, place.longitude, float(event["latitude"]),
                                                      float(event["longitude"])) <= WITHIN_KM)
    names: dict[str, bool] = {}
    for event, hit in zip(events, hits):
        names[event["place_name"]] = names.get(event["place_name"], False) or hit
    return sum(hits) / len(hits), sum(names.values()) / len(names)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--with-dump", type=Path, action="append", default=[],
                        help="import this GeoNames dump into a temporary local store first")
    parser.add_argument("--changes", type=int, default=0, help="show this many names the focus changed")
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"no UCDP file at {args.csv}; pass --csv", file=sys.stderr)
        return 2
    events = load_events(args.csv)
    names = list(dict.fromkeys(e["place_name"] for e in events))
    store = None
    if args.with_dump:
        store = LocalStore(Path(tempfile.mkdtemp(prefix="incidentmap-batch-")) / "places.sqlite")
        import_files(args.with_dump, store=store, progress=False)
    print(f"UCDP GED Ukraine: {len(events):,} events coded to a settlement, {len(names):,} distinct names")
    print("| country | focus none: events | names | seconds | focus auto: events | names | seconds |")
    print("|---|---|---|---|---|---|---|")
    for country in (None, "UA"):
        started = time.perf_counter()  # a fresh resolver each: its caches would hide the first pass
        plain = list(resolve_each(names, Resolver(store=store), country=country))
        middle = time.perf_counter()
        batch = resolve_batch(names, Resolver(store=store), focus="auto", country=country)
        ended = time.perf_counter()
        before = score(events, {n: r.place for n, r in zip(names, plain)})
        after = score(events, {n: r.place for n, r in zip(names, batch)})
        print(f"| {country or '-'} | {before[0]:.1%} | {before[1]:.1%} | {middle - started:.1f} "
              f"| {after[0]:.1%} | {after[1]:.1%} | {ended - middle:.1f} |")
        focus = focus_of(plain)
        print(f"  {focus.reason() if focus else 'no focus'}", file=sys.stderr)
        shown = 0
        for name, old, new in zip(names, plain, batch):
            if shown < args.changes and old.place and new.place and old.place != new.place:
                event = next(e for e in events if e["place_name"] == name)
                lat, lon = float(event["latitude"]), float(event["longitude"])
                print(f"    {name!r}: {old.place.name} ({old.place.admin1}, {old.place.country_code}) "
                      f"{distance_km(old.place.latitude, old.place.longitude, lat, lon):,.0f} km -> "
                      f"{new.place.name} ({new.place.admin1}, {new.place.country_code}) "
                      f"{distance_km(new.place.latitude, new.place.longitude, lat, lon):,.0f} km", file=sys.stderr)
                shown += 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
