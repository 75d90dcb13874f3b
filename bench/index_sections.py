"""Compare two embedded index files section by section.

Usage::

    PYTHONPATH=$PWD python bench/index_sections.py OLD.idx NEW.idx

Prints, for each section, whether it is byte-for-byte equal; for the key tables
(``key``, ``variant``, ``lone``) it also compares what they mean, key by key,
since the order in which keys are stored follows Python's string hashing: two
builds under different ``PYTHONHASHSEED`` values store the same keys in another
order. Build both files under one ``PYTHONHASHSEED`` to compare bytes. Exit
status 0 when every section (and the metadata) is equal, 1 otherwise.
"""

from __future__ import annotations

import sys
from pathlib import Path

from gazetteer.store import read_sections
from gazetteer.tables import KeyTable

__all__ = ["compare"]

KEY_TABLES = ("key", "variant", "lone")


def _mapping(sections: dict, prefix: str) -> dict[str, tuple[int, ...]]:
    table = KeyTable.from_sections(sections, prefix)
    return {key: table.postings_of(number) for number, key in enumerate(table.keys.all())}


def compare(old: Path, new: Path) -> bool:
    """Print the differences between two index files; True when all sections are equal."""
    if Path(old).read_bytes() == Path(new).read_bytes():
        print("identical files (byte for byte)")
        return True
    (a, meta_a), (b, meta_b) = read_sections(old), read_sections(new)
    same = True
    for name in sorted(set(a) | set(b)):
        equal = name in a and name in b and a[name] == b[name]
        if not equal:
            print(f"section {name}: differs")
        same &= equal or name.split(".")[0] in KEY_TABLES
    for prefix in KEY_TABLES:
        ma, mb = _mapping(a, prefix), _mapping(b, prefix)
        ordered = ma == mb
        as_sets = {k: set(v) for k, v in ma.items()} == {k: set(v) for k, v in mb.items()}
        print(f"table {prefix}: {len(ma)} keys; same postings in the same order: {ordered}; "
              f"same postings as sets: {as_sets}")
        same &= as_sets
    if meta_a != meta_b:
        print("meta differs:", sorted(k for k in set(meta_a) | set(meta_b) if meta_a.get(k) != meta_b.get(k)))
        same = False
    print("all sections equal" if same else "DIFFERENT")
    return same


if __name__ == "__main__":
    sys.exit(0 if compare(Path(sys.argv[1]), Path(sys.argv[2])) else 1)
