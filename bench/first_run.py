"""What the first run costs (building the embedded index) and what a later run costs (loading it).

Usage::

    PYTHONPATH=$PWD python bench/first_run.py [--before REV] [--repeat N]

Each build runs ``python -m incidentmap gazetteer build`` in a subprocess with
an empty data directory; its wall time, CPU time (user and system) and peak
resident memory (from ``os.wait4``) are reported, the best of ``--repeat`` runs
for time and the largest for memory. A later run is a fresh process loading the
built index (:func:`gazetteer.default_index`), timed inside the process. With
``--before REV`` the same is measured on the code of git revision REV (exported
with ``git archive``), for a before/after table; the two are run in turn
(before, now, before, now, ...), so that a busy spell of a shared machine
slows both alike. The CPU time varies less than the wall time when other work
shares the machine. Builds run under ``PYTHONHASHSEED=0``, so that two builds of
the same index are the same file byte for byte: the table gives each built
file's SHA-256, and says whether before and now built the same index.

The build is not all a first run costs: the README's main job (``incidentmap run
examples -o OUT --offline``) is also run twice in a fresh data directory, the first
time building the index on its way, and its wall time, CPU time and peak memory are
reported beside the build's (the issue's target is about this first run). Since
the index is built in a child process, the main job's memory is given twice: the
largest single process (``os.wait4``) and the whole process tree at one moment
(sampled from /proc every 20 ms), which is what the machine must hold.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import time; t = time.perf_counter(); from gazetteer import default_index; "
        "n = len(default_index()); print(time.perf_counter() - t, n)")


def _run(code: Path, home: Path, args: list[str]) -> tuple[float, float, int, str, int]:
    """Wall and CPU seconds, peak RSS in MB, stdout, and the process tree's peak RSS in MB.

    The first peak is ``os.wait4``'s: the largest single process (the command or
    a child it waited for). The second is the sum over the command and its
    children at the same moment, sampled every 20 ms: what a first run asks of
    the machine while it builds its index in a child.
    """
    # the hash seed orders the keys of the index's tables: one seed, one file
    env = {**os.environ, "PYTHONPATH": str(code), "INCIDENTMAP_HOME": str(home), "PYTHONHASHSEED": "0"}
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=code, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out: list[str] = []
    reader = threading.Thread(target=lambda: out.append(proc.stdout.read()))
    reader.start()
    tree_peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        tree_peak = max(tree_peak, sum(_rss_kb(p) for p in _tree(proc.pid)))
        time.sleep(0.02)
    reader.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"{' '.join(args)} failed in {code} (exit {proc.returncode})")
    peak = usage.ru_maxrss // 1024
    return seconds, usage.ru_utime + usage.ru_stime, peak, "".join(out), max(tree_peak // 1024, peak)


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants, from /proc."""
    found = [pid]
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as fh:
                for child in fh.read().split():
                    found.extend(_tree(int(child)))
    except OSError:  # gone meanwhile
        pass
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def measure_once(code: Path, into: dict) -> None:
    """One build and three loads on ``code``, added to the lists in ``into``."""
    with tempfile.TemporaryDirectory(prefix="incidentmap-first-run-") as home:
        seconds, cpu, peak, _, _ = _run(code, Path(home), ["-m", "incidentmap", "gazetteer", "build"])
        for built in Path(home).glob("embedded-v*.idx"):
            into.setdefault("digests", set()).add(hashlib.sha256(built.read_bytes()).hexdigest())
        into.setdefault("builds", []).append(seconds)
        into.setdefault("cpus", []).append(cpu)
        into.setdefault("peaks", []).append(peak)
        for _ in range(3):
            _, _, _, out, _ = _run(code, Path(home), ["-c", LOAD])
            into.setdefault("loads", []).append(float(out.split()[0]))
    with tempfile.TemporaryDirectory(prefix="incidentmap-first-run-") as home:
        job = ["-m", "incidentmap", "-q", "run", str(ROOT / "examples"), "-o", str(Path(home) / "out"), "--offline"]
        for kind in ("first", "later"):
            seconds, cpu, peak, _, tree = _run(code, Path(home), job)
            into.setdefault(kind, []).append((seconds, cpu, peak, tree))


def measure(codes: dict[str, Path], repeat: int) -> dict[str, dict]:
    """Best build time, best CPU time, largest peak memory and median load time of each code.

    The codes are measured in turn, ``repeat`` rounds of one build each.
    """
    runs: dict[str, dict] = {name: {} for name in codes}
    for _ in range(repeat):
        for name, code in codes.items():
            measure_once(code, runs[name])
    return {name: {"build_s": min(r["builds"]), "build_cpu_s": min(r["cpus"]),
                   "build_peak_mb": max(r["peaks"]), "load_s": statistics.median(r["loads"]),
                   "digests": sorted(r.get("digests", ())),
                   "run_first": _best(r["first"]), "run_later": _best(r["later"])}
            for name, r in runs.items()}


def _best(runs: list[tuple[float, float, int, int]]) -> tuple[float, float, int, int]:
    """The best wall and CPU time and the largest peak memories (one process, the tree) of some runs."""
    return min(r[0] for r in runs), min(r[1] for r in runs), max(r[2] for r in runs), max(r[3] for r in runs)


def _export(rev: str, into: Path) -> Path:
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(into)], input=archive, check=True)
    return into


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", metavar="REV", help="also measure the code of this git revision")
    parser.add_argument("--repeat", type=int, default=1, help="builds per measurement (default 1)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="incidentmap-before-") as old:
        codes = {f"before ({args.before})": _export(args.before, Path(old))} if args.before else {}
        results = measure({**codes, "now": ROOT}, args.repeat)
    print(f"{'code':<22} {'first run: build':>16} {'CPU':>8} {'peak memory':>12} {'later run: load':>16}  index")
    for name, r in results.items():
        print(f"{name:<22} {r['build_s']:>14.1f} s {r['build_cpu_s']:>6.1f} s {r['build_peak_mb']:>9} MB "
              f"{r['load_s']:>14.2f} s  {', '.join(d[:12] for d in r['digests'])}")
    print(f"{'code':<22} {'README main job, first run':>40} {'later run':>40}")
    print(f"{'':<22} " + "   ".join(f"{'wall, CPU, largest process / all':>40}" for _ in range(2)))
    for name, r in results.items():
        print(f"{name:<22} " + "   ".join(f"{w:>6.1f} s, {c:>5.1f} s CPU, {m:>4} MB / {t:>4} MB"
                                          for w, c, m, t in (r["run_first"], r["run_later"])))
    if len(results) > 1:
        same = len({d for r in results.values() for d in r["digests"]}) == 1
        print("before and now built the same index, byte for byte" if same else
              "the indexes differ: compare them with bench/index_sections.py")
    print(f"(best of {args.repeat}, in turn; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


if __name__ == "__main__":
    main()
