"""Import time and peak memory of real GeoNames dumps.

Each dump is imported in a fresh process into a scratch local index (your data
directory is not touched); the figure is the wall time of ``import_files`` and the
process's peak resident memory (``ru_maxrss``) measured after the import, next to
the peak of the same process before it (Python, the package and the embedded
index loaded), so the import's own share is visible. A second import of the same
dump into the same index measures the re-import path (idempotent: the row count
stays the same).

Run::

    python bench/import_speed.py [../shared/geonames/UA.zip ../shared/geonames/PL.zip]
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "geonames"
DEFAULT_DUMPS = [SHARED / "UA.zip", SHARED / "PL.zip"]

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from gazetteer import default_index
from gazetteer.importer import import_files
from gazetteer.local import LocalStore

default_index()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
store = LocalStore(Path(sys.argv[2]) / "places.sqlite")
timings = []
for _ in range(2):
    started = time.perf_counter()
    [report] = import_files([sys.argv[1]], store=store, progress=False)
    timings.append(time.perf_counter() - started)
count = store.query("SELECT count(*) FROM place")[0][0]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": report.rows, "places_after_reimport": count, "first_s": timings[0],
                  "reimport_s": timings[1], "rss_before_mb": before / 1024, "rss_peak_mb": after / 1024,
                  "sqlite_mb": store.path.stat().st_size / 2**20}))
"""


def measure(dump: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="incidentmap-import-") as scratch:
        out = subprocess.run([sys.executable, "-c", _CHILD, str(dump), scratch],
                             check=True, capture_output=True, text=True).stdout
    return {"dump": dump.name, "mb": dump.stat().st_size / 2**20, **json.loads(out)}


def main() -> int:
    dumps = [Path(p) for p in sys.argv[1:]] or DEFAULT_DUMPS
    missing = [d for d in dumps if not d.exists()]
    if missing:
        print(f"missing: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    print(f"Python {platform.python_version()} on {platform.machine()}, one process per dump")
    print("| dump | zip MB | rows | first import | rows/s | re-import | peak RSS (before import) | index MB |")
    print("|---|---|---|---|---|---|---|---|")
    for dump in dumps:
        r = measure(dump)
        assert r["rows"] == r["places_after_reimport"], "re-import must not duplicate places"
        print(f"| {r['dump']} | {r['mb']:.1f} | {r['rows']:,} | {r['first_s']:.1f} s | "
              f"{r['rows'] / r['first_s']:,.0f} | {r['reimport_s']:.1f} s | "
              f"{r['rss_peak_mb']:.0f} MB ({r['rss_before_mb']:.0f} MB) | {r['sqlite_mb']:.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
