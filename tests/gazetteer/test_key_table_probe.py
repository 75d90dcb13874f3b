"""Key tables: a probe that meets a longer or shorter key never takes it for the one asked."""

from __future__ import annotations

from gazetteer.tables import KeyTable


def test_prefixes_and_neighbours_are_told_apart():
    # keys that are prefixes of one another, the last key of the blob, and a key filed with no place
    mapping = {"kyi": [2], "kyiv": [1, 7], "kyivka": [4], "lviv": [], "é": [9], "zz": [3]}
    table = KeyTable.build(mapping)
    for key, numbers in mapping.items():
        assert table.get(key) == tuple(numbers)
        assert table.count(key) == len(numbers)
    for absent in ("ky", "kyiv ", "kyivk", "z", "zzz", ""):
        assert table.get(absent) == () and table.count(absent) == 0
