"""The embedded index cache: fast reload, a damaged cache rebuilt with a message, atomic writes."""

import logging
import shutil

import pytest

from gazetteer import EmbeddedIndex, IndexCorruptError, default_index
from gazetteer.build import BuiltIndex
from gazetteer.index import index_path
from gazetteer.store import read_sections


@pytest.fixture(scope="module")
def good_index_file(tmp_path_factory):
    default_index()  # built once for the test run
    copy = tmp_path_factory.mktemp("index") / "good.idx"
    shutil.copy(index_path(), copy)
    return copy


def _builder_from(path, calls):
    def builder(progress=None):
        calls.append(1)
        return BuiltIndex(*read_sections(path))
    return builder


def test_a_good_cache_loads_without_building(good_index_file, tmp_path):
    target = tmp_path / "embedded.idx"
    shutil.copy(good_index_file, target)
    calls = []
    index = EmbeddedIndex.load_or_build(target, builder=_builder_from(good_index_file, calls))
    assert calls == [] and index.find("lutsk")


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_a_damaged_cache_is_rebuilt_with_a_message(good_index_file, tmp_path, caplog, damage):
    target = tmp_path / "embedded.idx"
    data = bytearray(good_index_file.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    elif damage == "truncate":
        data = data[: len(data) // 3]
    elif damage == "empty":
        data = bytearray()
    else:
        data = bytearray(b"not an index at all" * 100)
    target.write_bytes(bytes(data))
    with pytest.raises(IndexCorruptError):
        read_sections(target)
    calls = []
    with caplog.at_level(logging.INFO, logger="incidentmap"):
        index = EmbeddedIndex.load_or_build(target, builder=_builder_from(good_index_file, calls))
    assert calls == [1]
    assert index.find("lutsk")
    assert any("rebuild" in record.getMessage() for record in caplog.records)
    # the rebuilt cache is whole again, and no temporary file is left beside it
    read_sections(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["embedded.idx"]


def test_a_missing_cache_is_built_once(good_index_file, tmp_path):
    target = tmp_path / "embedded.idx"
    calls = []
    EmbeddedIndex.load_or_build(target, builder=_builder_from(good_index_file, calls))
    EmbeddedIndex.load_or_build(target, builder=_builder_from(good_index_file, calls))
    assert calls == [1]


def test_a_failed_write_leaves_no_temporary_file(good_index_file, tmp_path, monkeypatch):
    from gazetteer import datadir

    target = tmp_path / "embedded.idx"

    def failing_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(datadir.os, "replace", failing_replace)
    with pytest.raises(OSError):
        EmbeddedIndex.load_or_build(target, builder=_builder_from(good_index_file, []))
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def loaded(monkeypatch):
    """The process's loaded indexes as they were before the test, given back after it."""
    from gazetteer import index as index_module

    monkeypatch.setattr(index_module, "_loaded", dict(index_module._loaded))
    monkeypatch.setattr(index_module, "_by_content", dict(index_module._by_content))


def _home_with(folder, data: bytes, monkeypatch):
    folder.mkdir()
    monkeypatch.setenv("INCIDENTMAP_HOME", str(folder))
    index_path().write_bytes(data)
    return folder


def test_a_copy_of_a_loaded_index_in_another_data_directory_is_not_loaded_again(
        loaded, good_index_file, tmp_path, monkeypatch):
    # a process (the test run, a notebook) that moves between data directories holding
    # the same index keeps one 100 MB copy of it, not one per directory
    data = good_index_file.read_bytes()
    _home_with(tmp_path / "one", data, monkeypatch)
    first = default_index()
    _home_with(tmp_path / "two", data, monkeypatch)
    assert default_index() is first


def test_a_damaged_copy_in_another_data_directory_is_still_rebuilt(loaded, good_index_file, tmp_path, monkeypatch):
    data = good_index_file.read_bytes()
    _home_with(tmp_path / "one", data, monkeypatch)
    first = default_index()
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 0xFF  # the prefix, and the checksum it claims, stay as they were
    _home_with(tmp_path / "two", bytes(damaged), monkeypatch)
    calls = []
    load = EmbeddedIndex.load_or_build.__func__
    monkeypatch.setattr(EmbeddedIndex, "load_or_build", classmethod(
        lambda cls, path, progress=None: load(cls, path, builder=_builder_from(good_index_file, calls))))
    second = default_index()
    assert calls == [1] and second is not first and second.find("lutsk")
    read_sections(index_path())  # whole again


def test_resolve_follows_the_data_directory_when_the_index_is_shared(loaded, home, good_index_file, tmp_path,
                                                                     monkeypatch):
    import gazetteer
    from gazetteer.importer import add_place
    from gazetteer.user_places import UserPlace

    add_place(UserPlace("Checkpoint Qorvex", 50.41, 30.62, "UA"))
    assert gazetteer.resolve("Checkpoint Qorvex").place.latitude == 50.41
    _home_with(tmp_path / "other", good_index_file.read_bytes(), monkeypatch)
    assert gazetteer.resolve("Checkpoint Qorvex").place is None


def test_a_dropped_index_is_freed_at_once(good_index_file):
    # a test, or a long session, that loads an index and lets it go must get its 100 MB back
    # then, not at the next full garbage collection
    import gc
    import weakref

    index = EmbeddedIndex.load_or_build(good_index_file)
    assert index.place(index.lookup("lutsk")[0]).name == "Lutsk"  # the place cache filled
    gone = weakref.ref(index)
    gc.disable()
    try:
        del index
        assert gone() is None
    finally:
        gc.enable()
