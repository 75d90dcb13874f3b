"""Import of an allCountries-sized dump: time and peak memory as the dump grows.

GeoNames' ``allCountries.zip`` has about 12 million rows. It cannot be downloaded
here, so the bench makes one of the same shape: the rows of the real ``UA.zip`` and
``PL.zip`` repeated, each copy with new GeoNames ids, written as
``allCountries.txt`` inside a zip (in a scratch folder, deleted afterwards). Each
size is imported in a fresh process into a scratch index; the figure is the wall
time of ``import_files`` and the process's peak resident memory (``ru_maxrss``).
Memory that stays flat from the smallest size to the largest is what "streamed"
means; the target is under 1 GB at 12 million rows.

Run::

    python bench/import_scale.py [--rows 500000 2000000 12000000]
"""

from __future__ import annotations

import argparse
import json
import platform
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "geonames"
SOURCES = [SHARED / "UA.zip", SHARED / "PL.zip"]
ID_STEP = 20_000_000  # larger than any id in the sources, so copies never collide

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from gazetteer.importer import import_files
from gazetteer.local import LocalStore

store = LocalStore(Path(sys.argv[2]) / "places.sqlite")
started = time.perf_counter()
[report] = import_files([sys.argv[1]], store=store, progress=sys.stderr.isatty())
seconds = time.perf_counter() - started
print(json.dumps({"rows": report.rows, "seconds": seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "index_mb": store.path.stat().st_size / 2**20}))
"""


def source_lines() -> list[str]:
    lines = []
    for source in SOURCES:
        with zipfile.ZipFile(source) as archive:
            member = next(m for m in archive.namelist() if m.endswith(".txt") and m != "readme.txt")
            lines.extend(archive.read(member).decode("utf-8").splitlines())
    return lines


def make_dump(path: Path, rows: int, lines: list[str]) -> None:
    """``rows`` dump lines, copies of ``lines`` with fresh ids, zipped as allCountries.txt."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        with archive.open("allCountries.txt", "w", force_zip64=True) as member:
            written, copy = 0, 0
            while written < rows:
                chunk = []
                for line in lines[: rows - written]:
                    geonameid, rest = line.split("\t", 1)
                    chunk.append(f"{int(geonameid) + copy * ID_STEP}\t{rest}\n")
                member.write("".join(chunk).encode("utf-8"))
                written += len(chunk)
                copy += 1


def measure(rows: int, lines: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="incidentmap-allcountries-") as scratch:
        dump = Path(scratch) / "allCountries.zip"
        started = time.perf_counter()
        make_dump(dump, rows, lines)
        made = time.perf_counter() - started
        zip_mb = dump.stat().st_size / 2**20
        out = subprocess.run([sys.executable, "-c", _CHILD, str(dump), scratch],
                             check=True, stdout=subprocess.PIPE, text=True).stdout
    return {"made_s": made, "zip_mb": zip_mb, **json.loads(out)}


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--rows", type=int, nargs="+", default=[500_000, 2_000_000])
    args = options.parse_args()
    missing = [s for s in SOURCES if not s.exists()]
    if missing:
        print(f"missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    lines = source_lines()
    print(f"Python {platform.python_version()}; dumps made from {len(lines):,} real UA+PL rows, repeated "
          "with new ids; one fresh process per import")
    print("| rows | zip | import | rows/s | peak RSS | index file |")
    print("|---|---|---|---|---|---|")
    for rows in args.rows:
        r = measure(rows, lines)
        assert r["rows"] == rows, f"imported {r['rows']} of {rows} rows"
        print(f"| {rows:,} | {r['zip_mb']:.0f} MB | {r['seconds']:.0f} s | {rows / r['seconds']:,.0f} | "
              f"{r['peak_mb']:.0f} MB | {r['index_mb']:,.0f} MB |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
