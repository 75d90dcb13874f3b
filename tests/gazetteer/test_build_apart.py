"""The embedded index is built in a child process; its failures come back as one clear error."""

from __future__ import annotations

import sys

import pytest

from gazetteer import IncidentMapError
from gazetteer.apart import build_apart
from gazetteer.errors import BuildCrashedError
from gazetteer.store import read_sections, write_sections


def test_a_build_that_cannot_write_fails_in_the_child_with_its_own_message(tmp_path):
    target = tmp_path / "missing" / "embedded.idx"
    with pytest.raises(IncidentMapError, match=r"cannot build the index: cannot write in .*missing"):
        build_apart(target)
    assert not target.parent.exists()


def test_a_child_that_dies_without_a_word_is_a_crash(tmp_path, monkeypatch):
    silent = tmp_path / "python"
    silent.write_text("#!/bin/sh\nexit 9\n")
    silent.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(silent))
    with pytest.raises(BuildCrashedError, match="exit 9"):
        build_apart(tmp_path / "embedded.idx")
    assert not (tmp_path / "embedded.idx").exists()


def test_the_child_is_not_this_process(tmp_path, monkeypatch):
    # a build in this process would meet the patched builder; the child has its own
    import gazetteer.apart as apart

    def refuse(*args, **kwargs):
        raise AssertionError("built in the calling process")

    monkeypatch.setattr(apart, "build_index_file", refuse)
    with pytest.raises(IncidentMapError, match="cannot write in"):
        build_apart(tmp_path / "absent" / "embedded.idx")


def test_without_an_interpreter_path_the_build_stays_in_process(tmp_path, monkeypatch):
    import gazetteer.apart as apart

    built = []
    monkeypatch.setattr(sys, "executable", "")
    monkeypatch.setattr(apart, "build_index_file", lambda path, progress=None: built.append(path))
    build_apart(tmp_path / "embedded.idx")
    assert built == [tmp_path / "embedded.idx"]


def test_sections_read_back_as_written(tmp_path):
    from array import array

    path = tmp_path / "x.idx"
    sections = {"a": array("q", [1, -2, 3]), "b.blob": "Луцьк".encode(), "c": array("d", [50.75, 25.34]),
                "empty": array("i")}
    write_sections(path, sections, {"k": 1})
    back, meta = read_sections(path)
    assert meta == {"k": 1}
    assert {k: (v.tolist() if isinstance(v, array) else v) for k, v in back.items()} == \
        {k: (v.tolist() if isinstance(v, array) else v) for k, v in sections.items()}
    assert {k: getattr(v, "typecode", None) for k, v in back.items()} == \
        {k: getattr(v, "typecode", None) for k, v in sections.items()}


def test_a_file_with_bytes_after_its_sections_fails_its_checksum(tmp_path):
    from array import array

    from gazetteer.errors import IndexCorruptError

    path = tmp_path / "x.idx"
    write_sections(path, {"a": array("q", [1, 2])}, {})
    with open(path, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(IndexCorruptError, match="checksum"):
        read_sections(path)
