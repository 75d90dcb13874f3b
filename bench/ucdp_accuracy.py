"""How often the resolver puts UCDP's Ukrainian places within 25 km of UCDP's point.

UCDP GED (CC BY 4.0) codes each event with the place as its coder wrote it
("Volnovakha town", "Hranitne village (Volnovakha raion)", "Donetsk oblast") and
coordinates. This script resolves every such name offline and reports the share
within 25 km, per event and per distinct name, for events coded to a settlement
(``where_prec`` 1 or 2), a district (3) or an oblast (4); vaguer events are left out.

Three settings: the name with the country only (``--country UA``, as a user who
knows the report is about Ukraine); with UCDP's oblast as ``admin1`` too; and with
UCDP's raion (``adm_2``, the districts before the 2020 reform) written after the
name as a spreadsheet would, ``"Stepanivka village (Shaktarsk raion)"``.

With ``--with-dump ../shared/geonames/UA.zip`` the dump is first imported into a
temporary local index (your own data directory is not touched), as a user who ran
``incidentmap gazetteer import`` would have it.

Run::

    python bench/ucdp_accuracy.py [--csv ../shared/ukraine/ucdp_ged_ukraine_2014-2023.csv]
                                  [--with-dump ../shared/geonames/UA.zip] [--misses N] [--json OUT]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from gazetteer import IncidentMapError, Resolver, resolve_batch
from gazetteer.importer import import_files
from gazetteer.local import LocalStore
from gazetteer.rank import distance_km

DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"
WITHIN_KM = 25.0
PRECISIONS = {"1": "settlement", "2": "settlement", "3": "district", "4": "oblast"}


def load_events(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as fh:
        return [row for row in csv.DictReader(fh) if row["where_prec"] in PRECISIONS]


def evaluate(events: list[dict], resolver: Resolver, with_admin1: bool, with_raion: bool = False) -> dict:
    cache: dict[tuple, float | None] = {}
    per_event, misses = [], Counter()
    started = time.perf_counter()
    for event in events:
        admin1 = event["adm_1"] if with_admin1 and event["adm_1"] else None
        name = event["place_name"]
        if with_raion and event["adm_2"] and "(" not in name:
            name = f"{name} ({event['adm_2']})"
        key = (name, admin1)
        if key not in cache:
            cache[key] = _error_km(resolver, event, name, admin1)
        km = cache[key]
        hit = km is not None and km <= WITHIN_KM
        per_event.append((PRECISIONS[event["where_prec"]], hit, km))
        if not hit:
            misses[(name, "unresolved" if km is None else f"{km:,.0f} km")] += 1
    elapsed = time.perf_counter() - started
    names = {}
    for (name, _), km in cache.items():
        names[name] = km is not None and km <= WITHIN_KM
    setting = (("country UA + UCDP oblast as admin1" if with_admin1 else "country UA")
               + (" + UCDP raion as qualifier" if with_raion else ""))
    return _summary(setting, per_event, names, misses, len(cache) / elapsed if elapsed else None)


def _summary(setting: str, per_event: list, names: dict, misses: Counter, names_per_s: float | None) -> dict:
    return {
        "setting": setting,
        "events": len(per_event),
        "within_25km_events": _share(hit for _, hit, _ in per_event),
        "distinct_names": len(names),
        "within_25km_names": _share(names.values()),
        "resolved_events": _share(km is not None for *_, km in per_event),
        "median_km_resolved": statistics.median([km for *_, km in per_event if km is not None] or [0]),
        "by_precision": {
            level: {"events": sum(1 for lv, *_ in per_event if lv == level),
                    "within_25km": _share(hit for lv, hit, _ in per_event if lv == level)}
            for level in dict.fromkeys(PRECISIONS.values())
        },
        "names_per_s": round(names_per_s) if names_per_s else None,
        "top_misses": [{"name": n, "outcome": o, "events": c} for (n, o), c in misses.most_common(100)],
    }


def evaluate_as_list(events: list[dict], resolver: Resolver, with_admin1: bool) -> dict:
    """The distinct names as one list through ``resolve -`` (its batch focus on, as by default)."""
    keys = list(dict.fromkeys((e["place_name"], e["adm_1"] if with_admin1 else "") for e in events))
    started = time.perf_counter()
    answers = resolve_batch([{"name": n, "admin1": a} for n, a in keys], resolver, "auto", country="UA")
    elapsed = time.perf_counter() - started
    point = {key: r.place for key, r in zip(keys, answers)}
    per_event, misses = [], Counter()
    for event in events:
        key = (event["place_name"], event["adm_1"] if with_admin1 else "")
        place = point[key]
        km = None if place is None else distance_km(place.latitude, place.longitude,
                                                    float(event["latitude"]), float(event["longitude"]))
        hit = km is not None and km <= WITHIN_KM
        per_event.append((PRECISIONS[event["where_prec"]], hit, km))
        if not hit:
            misses[(key[0], "unresolved" if km is None else f"{km:,.0f} km")] += 1
    names = {name: place is not None and distance_km(place.latitude, place.longitude, *_first_point(events, name))
             <= WITHIN_KM for (name, _), place in point.items()}
    setting = "the list through resolve - (batch focus), country UA" + (" + UCDP oblast as admin1" if with_admin1 else "")
    return _summary(setting, per_event, names, misses, len(keys) / elapsed if elapsed else None)


def _first_point(events: list[dict], name: str) -> tuple[float, float]:
    event = next(e for e in events if e["place_name"] == name)
    return float(event["latitude"]), float(event["longitude"])


def _error_km(resolver: Resolver, event: dict, name: str, admin1: str | None) -> float | None:
    try:
        result = resolver.resolve(name, country="UA", admin1=admin1)
    except IncidentMapError:
        try:  # an oblast spelling the gazetteer does not know: fall back to the country alone
            result = resolver.resolve(name, country="UA")
        except IncidentMapError:
            return None
    if result.place is None:
        return None
    return distance_km(result.place.latitude, result.place.longitude,
                       float(event["latitude"]), float(event["longitude"]))


def _share(flags) -> float:
    flags = list(flags)
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--misses", type=int, default=15, help="show this many top misses")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--with-dump", type=Path, action="append", default=[],
                        help="import this GeoNames dump into a temporary local index first")
    args = parser.parse_args()
    if not args.csv.exists():
        print(f"no UCDP file at {args.csv}; pass --csv", file=sys.stderr)
        return 2
    events = load_events(args.csv)
    store = None
    if args.with_dump:
        scratch = Path(tempfile.mkdtemp(prefix="incidentmap-ucdp-"))
        store = LocalStore(scratch / "places.sqlite")
        started = time.perf_counter()
        import_files(args.with_dump, store=store, progress=False)
        print(f"imported {', '.join(p.name for p in args.with_dump)} in {time.perf_counter() - started:.1f} s")
    resolver = Resolver(store=store)
    results = [evaluate(events, resolver, with_admin1=flag) for flag in (False, True)]
    results.append(evaluate(events, resolver, with_admin1=True, with_raion=True))
    results += [evaluate_as_list(events, resolver, with_admin1=flag) for flag in (False, True)]
    print(f"UCDP GED Ukraine, {len(events):,} events coded to a settlement, district or oblast")
    print("| setting | events within 25 km | distinct names within 25 km | resolved | settlement | district | oblast |")
    print("|---|---|---|---|---|---|---|")
    for r in results:
        levels = " | ".join(f"{r['by_precision'][lv]['within_25km']:.1%} ({r['by_precision'][lv]['events']})"
                            for lv in ("settlement", "district", "oblast"))
        print(f"| {r['setting']} | {r['within_25km_events']:.1%} | {r['within_25km_names']:.1%} "
              f"of {r['distinct_names']} | {r['resolved_events']:.1%} | {levels} |")
    for result in results[:2]:
        print(f"\ntop misses ({result['setting']}):")
        for miss in result["top_misses"][: args.misses]:
            print(f"  {miss['events']:>4} x {miss['name']!r}: {miss['outcome']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
