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

Run::

    python bench/ucdp_incidents.py [--limit N] [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

UCDP = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=UCDP)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args()
    if not args.csv.is_file():
        print(f"ucdp_incidents: {args.csv} not found (the benchmark needs ../shared)", file=sys.stderr)
        return 2
    from gazetteer.rank import distance_km
    from geo import Geoparser, Report, extract

    with open(args.csv, encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("description")][: args.limit]
    geoparser = Geoparser()
    extract([Report("warm-up", "Shelling hit Kharkiv.")], date="2022-03-11", parser=geoparser)
    told = located = within25 = within50 = 0
    with_figure = exact = in_range = ucdp_deaths = 0
    types: Counter = Counter()
    started = time.perf_counter()
    for row in rows:
        incidents = extract([Report(row["id"], row["description"], date=row["date"])], parser=geoparser)
        if not incidents:
            continue
        told += 1
        types.update(i.event_type for i in incidents)
        placed = [i for i in incidents if i.latitude is not None]
        if placed:
            located += 1
            km = min(distance_km(float(row["latitude"]), float(row["longitude"]), i.latitude, i.longitude)
                     for i in placed)
            within25 += km <= 25
            within50 += km <= 50
        best, low, high = int(row["best"]), int(row["low"]), int(row["high"])
        ucdp_deaths += best > 0
        read = [i.fatalities for i in incidents if i.fatalities is not None]
        if read and best > 0:
            with_figure += 1
            figure = max(read)
            exact += figure == best
            in_range += low <= figure <= high
    elapsed = time.perf_counter() - started
    result = {
        "events": len(rows), "headlines_with_incident": told, "located": located,
        "located_within_25_km": within25, "located_within_50_km": within50,
        "headlines_with_ucdp_deaths": ucdp_deaths, "figure_read": with_figure,
        "figure_equals_best": exact, "figure_within_low_high": in_range,
        "event_types": dict(types.most_common()), "docs_per_s": len(rows) / elapsed,
    }
    share = lambda a, b: f"{a / b:.1%}" if b else "-"  # noqa: E731
    print(f"UCDP GED Ukraine: {len(rows):,} events, headline only, dated with the event's date")
    print(f"headlines giving an incident     {told:,} ({share(told, len(rows))})")
    print(f"  located                        {located:,} ({share(located, told)} of those)")
    print(f"  within 25 km of UCDP's point   {within25:,} ({share(within25, located)} of located)")
    print(f"  within 50 km                   {within50:,} ({share(within50, located)} of located)")
    print(f"fatalities: UCDP counts deaths in {ucdp_deaths:,} of these headlines' events; a figure was read "
          f"in {with_figure:,} ({share(with_figure, ucdp_deaths)})")
    print(f"  equal to UCDP's best           {exact:,} ({share(exact, with_figure)})")
    print(f"  within UCDP's low-high         {in_range:,} ({share(in_range, with_figure)})")
    print("event types: " + ", ".join(f"{k} {v}" for k, v in types.most_common()))
    print(f"speed: {result['docs_per_s']:,.0f} headlines per second")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
