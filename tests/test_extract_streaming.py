"""extract streams: the same incidents whatever the engine (one process, N processes, a Dask
cluster), and a run killed half-way goes on with --resume without losing or repeating one."""

import contextlib
import io
import json
import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from geo import extract, read_incidents
from geo.reports import read_reports
from geo.runstate import state_path
from incidentmap.cli import main

SENTENCES = ["Shelling hit Kharkiv on Friday, killing {n} civilians.",
             "Missiles struck the airfield in Lutsk; {n} people were injured.",
             "Russian forces captured Volnovakha after {n} days of fighting.",
             "An airstrike on Dnipro killed {n} people near the railway station.",
             "Officials in Sumy said {n} people were evacuated from Trostianets."]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """700 short reports over a month (written for these tests), as JSON lines."""
    path = tmp_path_factory.mktemp("stream") / "reports.jsonl"
    rng = random.Random(7)
    with open(path, "w", encoding="utf-8") as out:
        for n in range(700):
            text = " ".join(rng.choice(SENTENCES).format(n=rng.randint(1, 30)) for _ in range(3))
            out.write(json.dumps({"id": f"r{n}", "date": f"2022-03-{1 + n % 28:02d}", "text": text}) + "\n")
    return path


@pytest.fixture(scope="module")
def expected(corpus):
    """What the library's in-memory extract() finds: the reference for every engine."""
    return extract(read_reports([corpus]))


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    """The one-process run's output, once for the module: the file every other engine must match."""
    folder = tmp_path_factory.mktemp("one")
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["extract", str(corpus), "-o", str(folder / "one.geojson")])
    return folder / "one.geojson", (code, "", err.getvalue())


def test_one_process_streams_the_same_incidents_as_extract(one_process, expected):
    path, (code, _, err) = one_process
    assert code == 0, err
    assert read_incidents(path) == expected
    assert not state_path(path).exists()  # the state goes once the output is written


def test_two_processes_give_the_same_file(cli, corpus, one_process, tmp_path):
    code, _, err = cli("extract", corpus, "-o", tmp_path / "two.geojson", "--workers", "2")
    assert code == 0, err
    assert (tmp_path / "two.geojson").read_bytes() == one_process[0].read_bytes()


def test_a_local_dask_cluster_gives_the_same_file(cli, corpus, one_process, tmp_path):
    pytest.importorskip("distributed")
    code, _, err = cli("extract", corpus, "-o", tmp_path / "dask.geojson", "--dask", "local", "--workers", "2")
    assert code == 0, err
    assert (tmp_path / "dask.geojson").read_bytes() == one_process[0].read_bytes()


def test_an_unreachable_dask_scheduler_is_one_clear_error(cli, corpus, tmp_path):
    pytest.importorskip("distributed")
    # nothing listens on port 9: the wait is all the time the error takes, so it is shortened
    code, _, err = cli("extract", corpus, "-o", tmp_path / "x.geojson", "--dask", "tcp://127.0.0.1:9",
                       "--dask-timeout", "0.5")
    assert code == 1 and err.startswith("incidentmap: error:") and "Dask" in err and "Traceback" not in err


def test_the_wait_for_a_dask_scheduler_is_ten_seconds_unless_told(cli, corpus, tmp_path, monkeypatch):
    from geo import stream

    waits = []

    def engine(reports, date, dask_timeout=None, **_):  # what the Dask engine is told, not a cluster
        waits.append(dask_timeout)
        return iter(())

    monkeypatch.setitem(stream.ENGINES, "dask", engine)
    for told in ([], ["--dask-timeout", "2.5"]):
        code, _, err = cli("extract", corpus, "-o", tmp_path / "x.geojson", "--dask", "tcp://127.0.0.1:9", *told)
        assert code == 0, err
    assert waits == [10.0, 2.5]
    for bad in ("0", "-1", "soon", "inf", "nan"):
        code, _, err = cli("extract", corpus, "-o", tmp_path / "x.geojson", "--dask", "local", "--dask-timeout", bad)
        assert code == 2 and "not a number of seconds" in err


def test_a_run_killed_half_way_resumes_without_losing_or_repeating(cli, corpus, expected, tmp_path):
    output = tmp_path / "resumed.geojson"
    state = state_path(output)
    run = subprocess.Popen([sys.executable, "-m", "incidentmap", "--quiet", "extract", str(corpus),
                            "-o", str(output)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    done = 0
    while done == 0 and time.monotonic() < deadline and run.poll() is None:  # until a batch is committed
        time.sleep(0.05)
        try:
            with sqlite3.connect(f"file:{state}?mode=ro", uri=True) as db:
                done = int(db.execute("SELECT value FROM run WHERE key = 'done'").fetchone()[0])
        except (sqlite3.Error, TypeError):
            pass
    if run.poll() is not None:
        pytest.fail("the run ended before it could be killed half-way")
    run.send_signal(signal.SIGKILL)
    run.wait()
    assert not output.exists() and state.exists()
    assert 0 < done < 700
    code, _, err = cli("extract", corpus, "-o", output, "--resume")
    assert code == 0, err
    assert f"{done} of them done before --resume" in err
    assert read_incidents(output) == expected


def test_resuming_over_other_reports_is_refused(cli, corpus, tmp_path):
    output = tmp_path / "x.geojson"
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"text": "Shelling hit Kharkiv."}) + "\n", encoding="utf-8")
    state = state_path(output)
    # an interrupted run over corpus leaves its state ...
    from geo.runstate import RunState
    from incidentmap.cli import build_parser
    from incidentmap.extract_cmd import _fingerprint

    RunState(state, _fingerprint(build_parser().parse_args(["extract", str(corpus), "-o", str(output)])))
    # ... which a resumed run over other reports must not take for its own
    code, _, err = cli("extract", other, "-o", output, "--resume")
    assert code == 2 and "other reports" in err


def test_workers_must_be_a_positive_number(cli, corpus, tmp_path):
    code, _, err = cli("extract", corpus, "-o", tmp_path / "x.geojson", "--workers", "0")
    assert code == 2 and "workers" in err
