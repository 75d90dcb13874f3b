"""Runs killed with SIGKILL at random moments leave the old output or the new one, never a
torn one; the local index stays usable; two runs at once on one data directory are safe.

``INCIDENTMAP_KILLS=100 python -m pytest tests/reliability/test_kill_and_concurrency.py -q``
kills each command a hundred times instead of a few (the figure in docs/internals.md).
"""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gazetteer.local import LocalStore

from .conftest import CASES, link_index, run_cli

KILLS = int(os.environ.get("INCIDENTMAP_KILLS", "4"))
SAMPLE = Path(__file__).parent.parent / "fixtures" / "geonames" / "UA_sample.txt"
SENTENCES = ["Shelling hit Kharkiv on Friday, killing {n} civilians.",
             "Missiles struck the airfield in Lutsk; {n} people were injured.",
             "Russian forces captured Volnovakha, officials said, after {n} days of fighting.",
             "An airstrike on Dnipro killed {n} people near the railway station."]


def _command(home: Path, *argv) -> list[str]:
    return [sys.executable, "-m", "incidentmap", "--quiet", *map(str, argv)]


def _env(home: Path) -> dict:
    return {**os.environ, "INCIDENTMAP_HOME": str(home)}


def _run_and_maybe_kill(argv: list[str], env: dict, after: float) -> bool:
    """Start the command, SIGKILL it ``after`` seconds in; True when it was killed."""
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kill")
    rng = random.Random(3)
    with open(folder / "reports.jsonl", "w", encoding="utf-8") as out:
        for n in range(600):
            text = " ".join(rng.choice(SENTENCES).format(n=rng.randint(1, 40)) for _ in range(6))
            out.write(json.dumps({"id": f"r{n}", "date": f"2022-03-{1 + n % 28:02d}", "text": text}) + "\n")
    with open(folder / "old.jsonl", "w", encoding="utf-8") as out:
        out.write(json.dumps({"id": "old", "text": "Shelling hit Kharkiv on Friday."}) + "\n")
    return folder


@pytest.fixture(scope="module")
def extracted(shared_home, reports, tmp_path_factory):
    """The incidents of the complete run, extracted once in this process for every format."""
    from geo import read_incidents

    done = tmp_path_factory.mktemp("extracted") / "incidents.geojson"
    assert run_cli("--quiet", "extract", reports / "reports.jsonl", "-o", done)[0] == 0
    return read_incidents(done)


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv"])
def test_a_killed_extract_leaves_the_old_file_or_the_new_one(shared_home, reports, extracted, tmp_path, suffix):
    from geo.io import write_incidents

    env = _env(shared_home)
    target = tmp_path / f"incidents{suffix}"
    # the old file and the complete new one, made in this process: only the killed runs need their own
    assert run_cli("--quiet", "extract", reports / "old.jsonl", "-o", target)[0] == 0
    old = target.read_bytes()
    fresh = tmp_path / f"fresh{suffix}"
    write_incidents(fresh, extracted)  # what extract writes of them (the same bytes: a wrong copy would fail)
    rng = random.Random(suffix)
    killed = 0
    for _ in range(KILLS):
        if _run_and_maybe_kill(_command(shared_home, "extract", reports / "reports.jsonl", "-o", target),
                               env, rng.uniform(0.3, 4.0)):
            killed += 1
        now = target.read_bytes()
        if suffix == ".gpkg":  # a GeoPackage is not byte-for-byte repeatable: compare what it holds
            from geo import read_incidents

            assert read_incidents(target) in (read_incidents(fresh), _old_rows(old, tmp_path))
        else:
            assert now in (old, fresh.read_bytes()), "a torn output file"
        target.write_bytes(old)  # every round starts from the old file again
    CASES["kills survived"] += killed


def _old_rows(data: bytes, folder: Path):
    from geo import read_incidents

    copy = folder / "old-copy.gpkg"
    copy.write_bytes(data)
    return read_incidents(copy)


@pytest.fixture
def big_dump(tmp_path):
    """30,000 rows made from the sample dump (fresh ids), so an import takes long enough to kill."""
    rows = [line.split("\t", 1) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line]
    path = tmp_path / "UA.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        lines = [f"{int(gid) + copy * 1_000_000}\t{rest}" for copy in range(30_000 // len(rows) + 1)
                 for gid, rest in rows][:30_000]
        archive.writestr("UA.txt", "\n".join(lines) + "\n")
    return path


def test_a_killed_import_leaves_the_index_as_it_was_or_complete(shared_home, big_dump, tmp_path, monkeypatch):
    rng = random.Random(5)
    killed = 0
    for round_ in range(KILLS):
        home = tmp_path / f"home{round_}"
        shutil.copytree(shared_home, home, copy_function=link_index)
        env = _env(home)
        # only the import to be killed needs a process of its own; the rest runs here, on that home
        monkeypatch.setenv("INCIDENTMAP_HOME", str(home))
        code, _, err = run_cli("--quiet", "gazetteer", "add", "Checkpoint Zzyzx", "--lat", "50.4", "--lon", "30.6",
                               "--country", "UA")
        assert code == 0, err
        if _run_and_maybe_kill(_command(home, "gazetteer", "import", big_dump), env, rng.uniform(0.5, 5.0)):
            killed += 1
        count = LocalStore(home / "places.sqlite").query("SELECT count(*) FROM place WHERE source = 'geonames'")
        assert count[0][0] in (0, 30_000), "an import is all or nothing"
        # the index still answers, and the same import can be run again to the end
        code, out, err = run_cli("resolve", "Checkpoint Zzyzx", "--json")
        assert code == 0 and json.loads(out)["place"]["latitude"] == 50.4, err
        code, _, err = run_cli("--quiet", "gazetteer", "import", big_dump)
        assert code == 0, err
        assert LocalStore(home / "places.sqlite").query(
            "SELECT count(*) FROM place WHERE source = 'geonames'")[0][0] == 30_000
    CASES["kills survived"] += killed


def test_two_imports_at_once_on_one_data_directory(shared_home, big_dump, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(shared_home, home, copy_function=link_index)
    env = _env(home)
    places = tmp_path / "mine.csv"
    places.write_text("name,latitude,longitude,country\nCheckpoint Qwyx,50.1,30.2,UA\n", encoding="utf-8")
    runs = [subprocess.Popen(_command(home, "gazetteer", "import", path), env=env, stderr=subprocess.PIPE,
                             text=True) for path in (big_dump, places)]
    results = [(run.wait(timeout=300), run.stderr.read()) for run in runs]
    assert all(code == 0 for code, _ in results), results
    store = LocalStore(home / "places.sqlite")
    assert store.query("SELECT count(*) FROM place WHERE source = 'geonames'")[0][0] == 30_000
    # SQLite 3.40's integrity_check wrongly reports NOT NULL columns of WITHOUT ROWID tables
    # as NULL (it does so for a fresh one-row table too); every other finding counts
    problems = [row[0] for row in store.query("PRAGMA integrity_check")
                if row[0] != "ok" and not row[0].startswith("NULL value in name.")]
    assert problems == []
    assert store.query("SELECT count(*) FROM name WHERE variant IS NULL OR key IS NULL")[0][0] == 0
    CASES["concurrent runs"] += 1


def test_two_first_runs_build_the_embedded_index_at_once(tmp_path):
    """Two processes on an empty data directory both build the index; both succeed, one file stays."""
    home = tmp_path / "empty-home"
    home.mkdir()
    env = _env(home)
    runs = [subprocess.Popen(_command(home, "resolve", "Lutsk", "--json"), env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    results = [(run.wait(timeout=600), run.stdout.read(), run.stderr.read()) for run in runs]
    assert all(code == 0 and json.loads(out)["place"]["name"] == "Lutsk" for code, out, _ in results), results
    assert sorted(p.name for p in home.iterdir() if p.name.startswith(".")) == []  # no temporary left
    CASES["concurrent runs"] += 1


def test_a_damaged_local_index_is_one_clear_error(shared_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(shared_home, home, copy_function=link_index)
    (home / "places.sqlite").write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    done = subprocess.run(_command(home, "resolve", "Lutsk"), env=_env(home), capture_output=True, text=True)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("incidentmap: error:") and "damaged" in done.stderr, done.stderr


def test_temporary_files_a_killed_run_left_are_cleared_by_the_next_write(tmp_path):
    from geo.incidents import Incident
    from geo.io import write_incidents

    stale, fresh = tmp_path / ".incidents.geojson.ab12cd34.geojson", tmp_path / ".incidents.geojson.zz99yy88.geojson"
    for leftover in (stale, fresh):
        leftover.write_text('{"type": "Feat')  # torn, as a kill leaves it
    os.utime(stale, (0, 0))  # a killed run's, long ago; the fresh one may be a run writing now
    row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA", None, 49.98, 36.25, 1)
    write_incidents(tmp_path / "incidents.geojson", [row])
    assert sorted(p.name for p in tmp_path.iterdir()) == [fresh.name, "incidents.geojson"]
