"""What the reliability suite shares: the command run in-process, the outcome rule, case counts.

The rule every fuzz case must keep: the command ends in a result (exit 0) or in one
clear error line ``incidentmap: error: ...`` with a documented exit code, never a
traceback. ``python -m pytest tests/reliability -q`` prints how many cases each input
kind was tried with (the figures in docs/internals.md, Reliability).
"""

import contextlib
import io
import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

from incidentmap.cli import main

DOCUMENTED_EXIT_CODES = {0, 1, 2, 3}
#: More cases for a deeper run: INCIDENTMAP_FUZZ_SCALE=10 also draws new random cases each run.
SCALE = int(os.environ.get("INCIDENTMAP_FUZZ_SCALE", "1"))


def fuzz(examples: int) -> settings:
    """hypothesis settings for one fuzz test: ``examples`` cases (times SCALE), repeatable in CI."""
    return settings(max_examples=examples * SCALE, deadline=None, derandomize=SCALE == 1,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
CASES: Counter = Counter()


def run_cli(*argv) -> tuple[int, str, str]:
    """``incidentmap ARGS...`` in-process, with stdout and stderr captured (no pytest fixture,
    so hypothesis may call it many times in one test)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as raised:  # argparse's usage errors
            code = raised.code
    return code, out.getvalue(), err.getvalue()


def assert_clean_outcome(kind: str, code: int, err: str, allowed=DOCUMENTED_EXIT_CODES) -> None:
    """A result, or exactly one ``incidentmap: error:`` line with a documented code."""
    CASES[kind] += 1
    assert code in allowed, (code, err)
    assert "Traceback" not in err, err
    errors = [line for line in err.splitlines() if line.startswith("incidentmap: error:")]
    if code == 0:
        assert not errors, err
    else:
        assert len(errors) == 1, err
        assert errors[0].count("\n") == 0 and len(errors[0]) < 2000


def pytest_terminal_summary(terminalreporter):
    if CASES:
        terminalreporter.write_line("reliability cases tried: " + ", ".join(
            f"{kind} {count}" for kind, count in sorted(CASES.items())) + f"; total {sum(CASES.values())}")


def link_index(source, target) -> None:
    """``shutil.copy2``, but an index (``*.idx``) is hard-linked: it is only ever replaced whole
    (a rename), never written into, and a copy is 70 MB; the other files are copied."""
    import shutil

    if str(source).endswith(".idx"):
        try:
            os.link(source, target)
            return
        except OSError:  # another file system, or no hard links there
            pass
    shutil.copy2(source, target)


@pytest.fixture(scope="module")
def shared_home(tmp_path_factory):
    """One data directory for a module's cases, holding the run's embedded index (linked)."""
    from gazetteer import default_index
    from gazetteer.index import index_path

    default_index()
    folder = tmp_path_factory.mktemp("home")
    link_index(index_path(), folder / index_path().name)
    before = os.environ.get("INCIDENTMAP_HOME")
    os.environ["INCIDENTMAP_HOME"] = str(folder)
    yield folder
    os.environ["INCIDENTMAP_HOME"] = before or ""
