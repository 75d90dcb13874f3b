"""Event typing and casualty counts at scale: UCDP GED headlines through ``geo.extract``.

Each UCDP GED event in Ukraine (2014-2023, ``../shared/ukraine``) carries the headline
of its source (``description``), the date, UCDP's point and its fatality estimates
(``best``, ``low``, ``high``). The headline alone, dated with the event's date, goes
through the extractor; the benchmark counts how many headlines give an incident, how
many of those land within 25 and 50 km of UCDP's point, how often the fatality figure
read from the headline equals UCDP's best estimate or lies within its low-high range,
the event types found, and documents per second.

Headlines are short and often name no place or no figure; the figures measure what a
headline alone supports, not what the full articles would.

``--rows`` also feeds the CSV as a spreadsheet of events (``incidentmap extract
FILE --text-column description --date-column date``): each row is known to be an
event, so a headline that names a place but no cue still gives one; and again with
``--place-column where_description``, UCDP's own words for where (``near the village
of Pisky, Donetsk region``), resolved with the headline as context. The figures of
each mode are printed side by side.

``--import PATH`` (a GeoNames dump such as ``../shared/geonames/UA.zip``, repeatable) runs
every mode twice: with the embedded gazetteer, and again with the dump imported into a
temporary local index (your own data directory is not touched), as a user who ran
``incidentmap gazetteer import`` would have it; the columns are named ``mode`` and
``mode+dump``. (Setting ``INCIDENTMAP_HOME`` to a data directory with the dump already
imported measures that gazetteer alone.)

UCDP's point is not always a place: ``where_prec`` 1-3 is a place, a point within 25 km
of one, or a district; 4 an oblast's point, 5 an area or a line ("Donets Basin Area",
"DPR controlled territory", a road between two towns), 6 the country, 7 waters or
airspace. Such a point is no place a reading of the row's words can be expected to
hit (an oblast's point lies 40 km from its capital, a row coded to the oblast may
name a village in it), so the distances are also told apart for the rows whose
point is a place (1-3) and those whose point is a region or an area (4-7); every
row stays in the overall figures.

A row may give several incidents (a place value that lists places gives one each; a
headline several clauses): the row counts as within 25 km when its nearest incident is,
as UCDP codes a row that lists places once per place, each to one of them. As the
nearest of several guesses flatters, the share whose *first* incident is within 25 km is
told as well.

Run::

    python bench/ucdp_incidents.py [--rows] [--import ../shared/geonames/UA.zip] [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

#: UCDP's ``where_prec`` up to which its point is a place (or within 25 km of one, or a district)
_PLACE_PRECISION = 3
UCDP = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=UCDP)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--rows", action="store_true",
                        help="also as a spreadsheet of events, without and with the place column")
    parser.add_argument("--import", dest="dumps", type=Path, action="append", default=[], metavar="PATH",
                        help="also run with this GeoNames dump imported into a temporary index")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--misses", metavar="FILE",
                        help="write the located rows whose nearest incident is over 25 km from UCDP's point "
                             "(JSON lines, one per row and mode) to FILE")
    parser.add_argument("--country", metavar="CODE",
                        help="the country the rows are about, as `extract --country` takes it (a soft preference)")
    args = parser.parse_args()
    if not args.csv.is_file():
        print(f"ucdp_incidents: {args.csv} not found (the benchmark needs ../shared)", file=sys.stderr)
        return 2
    from geo import Geoparser, Report, extract

    with open(args.csv, encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("description")][: args.limit]
    from gazetteer import Resolver

    gazetteers = {"": Resolver()}
    if args.dumps:
        from gazetteer.importer import import_files
        from gazetteer.local import LocalStore

        store = LocalStore(Path(tempfile.mkdtemp(prefix="incidentmap-ucdp-")) / "places.sqlite")
        started = time.perf_counter()
        import_files(args.dumps, store=store, progress=False)
        print(f"imported {', '.join(p.name for p in args.dumps)} in {time.perf_counter() - started:.1f} s")
        gazetteers["+dump"] = Resolver(store=store)
    results, misses = {}, []
    for suffix, resolver in gazetteers.items():
        geoparser = Geoparser(resolver=resolver)
        extract([Report("warm-up", "Shelling hit Kharkiv.")], date="2022-03-11", parser=geoparser)
        for name, told in _modes(args, geoparser).items():
            results[name + suffix] = _measure(rows, told, misses if args.misses else None, name + suffix)
    _print(results, len(rows))
    if args.misses:
        Path(args.misses).write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses))
    if args.json:
        Path(args.json).write_text(json.dumps(results if len(results) > 1 else results["headline"], indent=2))
    return 0


def _modes(args, geoparser) -> dict:
    """The ways a row is read: its headline as a report, and with ``--rows`` as a spreadsheet row."""
    from geo import Geoparser, Report
    from geo.event_extract import extract_event_row
    from geo.event_rows import RowColumns, read_event_rows
    from geo.row_focus import rows_focus

    from geo.dedupe import merge_incidents
    from geo.extract import extract_report

    country = args.country
    modes = {"headline": lambda row: merge_incidents(extract_report(
        Report(row["id"], row["description"], date=row["date"]), geoparser, country=country))}
    if args.rows:
        for name, place in (("rows", None), ("rows+place", "where_description")):
            columns = RowColumns("description", place, "date")
            events = {r.document: r for r in read_event_rows([args.csv], columns)}
            # as `extract` reads rows with a place column: ranked with the file's batch focus
            focus = rows_focus(read_event_rows([args.csv], columns), geoparser, country) if place else None
            reader = Geoparser(resolver=geoparser.resolver, focus=focus) if focus else geoparser
            modes[name] = lambda row, events=events, reader=reader: extract_event_row(
                events[row["id"]], reader, country=country)
    return modes


def _measure(rows: list[dict], extract_row, misses: list | None = None, mode: str = "") -> dict:
    """What one mode finds: incidents, distances to UCDP's point, figures, types, speed.

    ``misses``, when given, gets each located row whose nearest incident is over 25 km away.
    """
    from gazetteer.rank import distance_km

    told = located = within25 = within50 = first25 = 0
    by_point = {"place": [0, 0, 0], "region": [0, 0, 0]}  # located, within 25 km, first within 25 km
    with_figure = exact = in_range = ucdp_deaths = 0
    types: Counter = Counter()
    started = time.perf_counter()
    for row in rows:
        incidents = extract_row(row)
        if not incidents:
            continue
        told += 1
        types.update(i.event_type for i in incidents)
        placed = [i for i in incidents if i.latitude is not None]
        if placed:
            located += 1
            kms = [distance_km(float(row["latitude"]), float(row["longitude"]), i.latitude, i.longitude)
                   for i in placed]
            km = min(kms)
            within25 += km <= 25
            within50 += km <= 50
            first25 += kms[0] <= 25
            point = by_point["place" if int(row.get("where_prec") or 1) <= _PLACE_PRECISION else "region"]
            point[0] += 1
            point[1] += km <= 25
            point[2] += kms[0] <= 25
            if misses is not None and km > 25:
                misses.append(_miss(row, mode, placed, kms))
        best, low, high = int(row["best"]), int(row["low"]), int(row["high"])
        ucdp_deaths += best > 0
        read = [i.fatalities for i in incidents if i.fatalities is not None]
        if read and best > 0:
            with_figure += 1
            figure = max(read)
            exact += figure == best
            in_range += low <= figure <= high
    elapsed = time.perf_counter() - started
    return {
        "events": len(rows), "headlines_with_incident": told, "located": located,
        "located_within_25_km": within25, "located_within_50_km": within50, "first_within_25_km": first25,
        "located_at_place_point": by_point["place"][0], "place_point_within_25_km": by_point["place"][1],
        "place_point_first_within_25_km": by_point["place"][2],
        "located_at_region_point": by_point["region"][0], "region_point_within_25_km": by_point["region"][1],
        "headlines_with_ucdp_deaths": ucdp_deaths, "figure_read": with_figure,
        "figure_equals_best": exact, "figure_within_low_high": in_range,
        "event_types": dict(types.most_common()), "docs_per_s": len(rows) / elapsed,
    }


def _miss(row: dict, mode: str, placed: list, kms: list[float]) -> dict:
    """A row whose incidents all lie over 25 km from UCDP's point, as the misses file tells it."""
    return {"mode": mode, "id": row["id"], "where_prec": int(row.get("where_prec") or 1),
            "where": row.get("where_description"), "adm1": row.get("adm_1"), "adm2": row.get("adm_2"),
            "ucdp": [float(row["latitude"]), float(row["longitude"])], "text": row["description"],
            "incidents": [{"name": i.place_name, "admin1": i.admin1, "km": round(km, 1),
                           "reasons": list(i.reasons[:3])} for i, km in zip(placed, kms)]}


def _print(results: dict[str, dict], events: int) -> None:
    share = lambda a, b: f"{a / b:.1%}" if b else "-"  # noqa: E731
    names = list(results)
    column = lambda key, of=None: "".join(  # noqa: E731
        f"{r[key]:>8,} {'(' + share(r[key], r[of] if isinstance(of, str) else events) + ')' if of != '' else '':<9}"
        for r in results.values())
    print(f"UCDP GED Ukraine: {events:,} events, dated with the event's date; modes: " + ", ".join(names))
    print(f"{'':32}" + "".join(f"{n:>18}" for n in names))
    print(f"{'rows giving an incident':32}{column('headlines_with_incident')}")
    print(f"{'  located':32}{column('located', 'headlines_with_incident')}")
    print(f"{'  within 25 km of UCDP (of loc.)':32}{column('located_within_25_km', 'located')}")
    print(f"{'    the first incident (of loc.)':32}{column('first_within_25_km', 'located')}")
    print(f"{'  within 50 km (of located)':32}{column('located_within_50_km', 'located')}")
    print(f"{'  within 25 km (of all events)':32}{column('located_within_25_km')}")
    print(f"{'  UCDP point a place (prec 1-3)':32}{column('located_at_place_point', 'located')}")
    print(f"{'    within 25 km (of these)':32}{column('place_point_within_25_km', 'located_at_place_point')}")
    print(f"{'      the first incident':32}{column('place_point_first_within_25_km', 'located_at_place_point')}")
    print(f"{'  UCDP point a region (prec 4-7)':32}{column('located_at_region_point', 'located')}")
    print(f"{'    within 25 km (of these)':32}{column('region_point_within_25_km', 'located_at_region_point')}")
    print(f"{'UCDP counts deaths':32}{column('headlines_with_ucdp_deaths')}")
    print(f"{'  a figure read':32}{column('figure_read', 'headlines_with_ucdp_deaths')}")
    print(f"{'  equal to UCDP best':32}{column('figure_equals_best', 'figure_read')}")
    print(f"{'  within UCDP low-high':32}{column('figure_within_low_high', 'figure_read')}")
    for name, r in results.items():
        print(f"{name}: event types: " + ", ".join(f"{k} {v}" for k, v in r["event_types"].items()))
        print(f"{name}: speed: {r['docs_per_s']:,.0f} rows per second")


if __name__ == "__main__":
    sys.exit(main())
