"""What the first run costs (building the embedded index) and what a later run costs (loading it).

Usage::

    PYTHONPATH=$PWD python bench/first_run.py [--before REV] [--repeat N]

Each build runs ``python -m incidentmap gazetteer build`` in a subprocess with
an empty data directory; its wall time and peak resident memory (from
``os.wait4``) are reported, the best of ``--repeat`` runs for time and the
largest for memory. A later run is a fresh process loading the built index
(:func:`gazetteer.default_index`), timed inside the process. With ``--before
REV`` the same is measured on the code of git revision REV (exported with
``git archive``), for a before/after table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import time; t = time.perf_counter(); from gazetteer import default_index; "
        "n = len(default_index()); print(time.perf_counter() - t, n)")


def _run(code: Path, home: Path, args: list[str]) -> tuple[float, int, str]:
    """Wall seconds, peak RSS in MB and stdout of ``python args`` on the code in ``code``."""
    env = {**os.environ, "PYTHONPATH": str(code), "INCIDENTMAP_HOME": str(home)}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=code, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed in {code} (exit {proc.returncode})")
    return seconds, usage.ru_maxrss // 1024, out


def measure(code: Path, repeat: int) -> dict:
    """Build (best time, largest peak memory of ``repeat`` builds) and load times on ``code``."""
    builds, peaks, loads = [], [], []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory(prefix="incidentmap-first-run-") as home:
            seconds, peak, _ = _run(code, Path(home), ["-m", "incidentmap", "gazetteer", "build"])
            builds.append(seconds)
            peaks.append(peak)
            for _ in range(3):
                _, _, out = _run(code, Path(home), ["-c", LOAD])
                loads.append(float(out.split()[0]))
    return {"build_s": min(builds), "build_peak_mb": max(peaks), "load_s": statistics.median(loads)}


def _export(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV", help="also measure the code of this git revision")
    parser.add_argument("--repeat", type=int, default=1, help="builds per measurement (default 1)")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory(prefix="incidentmap-before-") as old:
        if args.before:
            results[f"before ({args.before})"] = measure(_export(args.before, Path(old)), args.repeat)
        results["now"] = measure(ROOT, args.repeat)
    print(f"{'code':<22} {'first run: build':>16} {'peak memory':>12} {'later run: load':>16}")
    for name, r in results.items():
        print(f"{name:<22} {r['build_s']:>14.1f} s {r['build_peak_mb']:>9} MB {r['load_s']:>14.2f} s")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
