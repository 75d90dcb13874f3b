"""Helpers shared by the command-line tests."""

import os
import shutil

import pytest

from gazetteer import default_index
from gazetteer.index import index_path

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


@pytest.fixture
def home(tmp_path, monkeypatch):
    """An empty data directory holding the embedded index; the environment points at it.

    The index is a hard link to the run's (a 70 MB copy per test otherwise): it is only ever
    replaced whole, through a rename, never written into.
    """
    default_index()
    source = index_path()
    folder = tmp_path / "home"
    folder.mkdir()
    try:
        os.link(source, folder / source.name)
    except OSError:  # another file system, or no hard links there
        shutil.copy(source, folder / source.name)
    monkeypatch.setenv("INCIDENTMAP_HOME", str(folder))
    return folder
