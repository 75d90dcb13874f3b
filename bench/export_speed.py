"""Export speed and peak memory: a million incidents to GeoJSON and GeoPackage.

Synthetic incidents (points over Ukraine, every event type, one source sentence
each) are written by ``geo.io.write_incidents`` and, as the peer, by
``GeoDataFrame.to_file`` (pyogrio engine) from a frame holding the same rows. Each
way runs in a fresh process, so its peak resident memory (``ru_maxrss``) is its own:

- *ours, streamed*: incidents come from a generator and are written as they come;
- *peer*: the GeoDataFrame is built first (that is what ``to_file`` needs), then
  written; the time counted is ``to_file`` alone, and also frame plus ``to_file``.

Both totals include making the synthetic incidents, which is measured alone too.

Run::

    python bench/export_speed.py [--count 1000000] [--formats geojson gpkg]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[4])
from export_speed import synthetic
way, count, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
started = time.perf_counter()
if way == "make":
    for _ in synthetic(count):
        pass
    frame_s = 0.0
elif way == "ours":
    from geo.io import write_incidents
    write_incidents(path, synthetic(count))
    frame_s = 0.0
else:
    from geo.frame import to_geodataframe
    frame = to_geodataframe(synthetic(count))
    frame_s = time.perf_counter() - started
    frame.to_file(path, engine="pyogrio", **({"layer": "incidents"} if path.endswith(".gpkg") else {}))
total = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"total_s": total, "frame_s": frame_s, "peak_mb": peak}))
"""

EVENTS = ["airstrike", "missile_or_drone_strike", "shelling", "explosion", "attack_on_facility",
          "armed_clash", "territory_captured", "evacuation_or_corridor", "casualty_report"]


def synthetic(count: int, seed: int = 7):
    """``count`` incidents, made one at a time (a generator: nothing is held)."""
    import random

    from geo import Incident, Source

    rng = random.Random(seed)
    for n in range(count):
        sentence = f"Report {n}: shelling hit the outskirts of Place {n % 5000} in the morning."
        yield Incident(f"im-{n:012x}", EVENTS[n % len(EVENTS)], f"2022-03-{1 + n % 28:02d}", "day",
                       f"Place {n % 5000}", f"Place {n % 5000}", 100000 + n % 5000, "UA", "Some Oblast",
                       round(rng.uniform(45.5, 52.0), 5), round(rng.uniform(23.0, 40.0), 5), 1 + (n % 7 == 0),
                       fatalities=n % 4 or None,
                       sources=(Source(f"doc-{n}", sentence, 0, len(sentence), url="https://example.org/r"),),
                       reasons=("exact match",))


def measure(way: str, count: int, suffix: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="incidentmap-export-") as scratch:
        path = Path(scratch) / f"incidents{suffix}"
        out = subprocess.run([sys.executable, "-c", _CHILD, way, str(count), str(path),
                              str(Path(__file__).parent)], check=True, capture_output=True, text=True).stdout
        size = path.stat().st_size / 2**20 if path.exists() else 0.0
    return {**json.loads(out), "mb": size}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--count", type=int, default=1_000_000)
    options.add_argument("--formats", nargs="+", default=["geojson", "gpkg"])
    args = options.parse_args()
    made = measure("make", args.count, ".none")
    print(f"{args.count:,} synthetic incidents; Python {platform.python_version()}, one fresh process per row; "
          f"making the incidents alone takes {made['total_s']:.1f} s and {made['peak_mb']:.0f} MB")
    print("| format | way | time | file | peak RSS |")
    print("|---|---|---|---|---|")
    for fmt in args.formats:
        ours = measure("ours", args.count, f".{fmt}")
        peer = measure("peer", args.count, f".{fmt}")
        print(f"| {fmt} | incidentmap `write_incidents` (streamed) | {ours['total_s']:.1f} s | "
              f"{ours['mb']:.0f} MB | {ours['peak_mb']:.0f} MB |")
        print(f"| {fmt} | GeoDataFrame.to_file (frame built first) | {peer['total_s'] - peer['frame_s']:.1f} s "
              f"({peer['total_s']:.1f} s with the frame) | {peer['mb']:.0f} MB | {peer['peak_mb']:.0f} MB |")
        print(f"| {fmt} | ratio, peer / ours | {(peer['total_s'] - peer['frame_s']) / ours['total_s']:.2f}x "
              f"({peer['total_s'] / ours['total_s']:.2f}x) | | {peer['peak_mb'] / ours['peak_mb']:.2f}x |",
              flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
