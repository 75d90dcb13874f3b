"""Helpers shared by the command-line tests."""

import pytest

from incidentmap.cli import main


@pytest.fixture
def cli(capsys):
    """Run ``incidentmap ARGS...`` in-process: (exit code, stdout, stderr), usage errors included."""

    def run(*argv):
        try:
            code = main([str(a) for a in argv])
        except SystemExit as raised:
            code = raised.code
        out, err = capsys.readouterr()
        return code, out, err

    return run
