"""Streamed extraction: memory against input size, one process against two, and a resume.

The input is made from the LGL corpus (``../shared/corpora/LGL.jsonl``, news articles of
about 2 KB), its documents repeated with new ids until the file reaches each size, written
to a scratch folder and deleted afterwards. Each run is ``incidentmap extract`` in a fresh
process; the figure is its wall time and the peak resident memory of the largest process
(``ru_maxrss`` of the children). Then the largest input is run again, killed with SIGKILL
when half of it is done, resumed with ``--resume``, and the output compared, byte for byte,
with the uninterrupted run's.

Run::

    python bench/extract_scale.py [--mb 5 20] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LGL = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora" / "LGL.jsonl"


def make_input(path: Path, megabytes: float) -> int:
    documents = [json.loads(line) for line in LGL.read_text(encoding="utf-8").split("\n") if line.strip()]
    written = count = 0
    with open(path, "w", encoding="utf-8") as out:
        while written < megabytes * 2**20:
            doc = documents[count % len(documents)]
            line = json.dumps({"id": f"{doc['doc_id']}-{count}", "text": doc["text"], "date": "2022-03-11"}) + "\n"
            out.write(line)
            written += len(line.encode())
            count += 1
    return count


def run(source: Path, output: Path, *extra: str) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "incidentmap", "--quiet", "extract", str(source), "-o",
                           str(output), *extra], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"extract failed: {done.stderr}")
    # a fresh child each time: ru_maxrss of the children is the largest so far, so runs go smallest first
    return {"seconds": seconds, "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def killed_half_way(source: Path, output: Path, reports: int) -> int:
    state = output.with_name(f".{output.name}.state.sqlite")
    process = subprocess.Popen([sys.executable, "-m", "incidentmap", "--quiet", "extract", str(source), "-o",
                                str(output)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    done = 0
    while done < reports // 2 and process.poll() is None:
        time.sleep(0.2)
        try:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
                done = int(db.execute("SELECT value FROM run WHERE key = 'done'").fetchone()[0])
        except (sqlite3.Error, TypeError):
            pass
    process.send_signal(signal.SIGKILL)
    process.wait()
    return done


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--mb", type=float, nargs="+", default=[5, 20])
    options.add_argument("--workers", type=int, default=2)
    args = options.parse_args()
    if not LGL.exists():
        print(f"missing: {LGL}", file=sys.stderr)
        return 2
    print(f"Python {platform.python_version()}, {os.cpu_count()} cores; LGL documents repeated; "
          "one fresh process per run (the embedded index loaded in each)")
    print("| input | reports | way | time | reports/s | peak RSS |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="incidentmap-scale-") as scratch:
        folder = Path(scratch)
        largest = None
        for megabytes in sorted(args.mb):
            source = folder / f"corpus-{megabytes:g}.jsonl"
            reports = make_input(source, megabytes)
            r = run(source, folder / f"one-{megabytes:g}.geojson")
            print(f"| {megabytes:g} MB | {reports:,} | 1 process | {r['seconds']:.0f} s | "
                  f"{reports / r['seconds']:,.0f} | {r['peak_mb']:.0f} MB |", flush=True)
            largest = (source, reports, megabytes)
        source, reports, megabytes = largest
        r = run(source, folder / "workers.geojson", "--workers", str(args.workers))
        print(f"| {megabytes:g} MB | {reports:,} | {args.workers} processes | {r['seconds']:.0f} s | "
              f"{reports / r['seconds']:,.0f} | {r['peak_mb']:.0f} MB (largest process) |", flush=True)
        same = (folder / "workers.geojson").read_bytes() == (folder / f"one-{megabytes:g}.geojson").read_bytes()
        print(f"\n{args.workers} processes give the same file as one: {same}")
        resumed = folder / "resumed.geojson"
        done = killed_half_way(source, resumed, reports)
        run(source, resumed, "--resume")
        same = resumed.read_bytes() == (folder / f"one-{megabytes:g}.geojson").read_bytes()
        print(f"killed with SIGKILL after {done:,} of {reports:,} reports, resumed: the same file as "
              f"an uninterrupted run: {same}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
