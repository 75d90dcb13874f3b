"""Flat lookup tables that load in milliseconds: strings and key-to-postings maps.

Both live in :mod:`array` sections of the index file (see :mod:`gazetteer.store`),
so loading them copies bytes instead of building millions of Python objects.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence

__all__ = ["StringTable", "KeyTable", "group_pairs"]


class StringTable:
    """Strings in one newline-separated UTF-8 blob with start offsets.

    >>> table = StringTable.from_strings(["Lutsk", "Київ"])
    >>> table[1], len(table)
    ('Київ', 2)
    """

    def __init__(self, blob: bytes, offsets: array):
        self._blob = blob
        self._offsets = offsets

    @classmethod
    def from_strings(cls, strings: Sequence[str]) -> StringTable:
        import numpy as np  # only the build makes tables; loading an index stays free of it

        text = "\n".join(strings)
        if text.count("\n") != len(strings) - 1:  # a string holds a newline: written as a space
            text = "\n".join(s.replace("\n", " ") for s in strings)
        # one blob, not a bytes object per string: a million keys would cost 50 MB more
        blob = text.encode()
        sizes = map(len, strings) if len(blob) == len(text) else (len(s.encode()) for s in strings)
        ends = np.cumsum(np.fromiter(sizes, dtype=np.uint32, count=len(strings)) + np.uint32(1), dtype=np.uint32)
        offsets = array("I", [0])
        offsets.frombytes(ends.tobytes())
        return cls(blob, offsets)

    def sections(self, prefix: str) -> dict:
        return {f"{prefix}.blob": self._blob, f"{prefix}.offsets": self._offsets}

    @classmethod
    def from_sections(cls, sections: Mapping, prefix: str) -> StringTable:
        return cls(sections[f"{prefix}.blob"], sections[f"{prefix}.offsets"])

    def raw(self, i: int) -> bytes:
        return self._blob[self._offsets[i]: self._offsets[i + 1] - 1]

    def __getitem__(self, i: int) -> str:
        return self.raw(i).decode()

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def chunks(self, size: int) -> Iterator[list[str]]:
        """The strings in order, ``size`` at a time (one decode and split per chunk).

        >>> list(StringTable.from_strings(["a", "", "b"]).chunks(2))
        [['a', ''], ['b']]
        """
        offsets = self._offsets
        for start in range(0, len(self), size):
            end = min(start + size, len(self))
            yield self._blob[offsets[start]: offsets[end] - 1].decode().split("\n")

    def all(self) -> list[str]:
        """Every string, in order (one decode and split of the blob)."""
        return self._blob.decode().split("\n") if len(self) else []


class KeyTable:
    """An open-addressing hash table from key strings to tuples of place numbers.

    The hash is CRC-32 (stable across processes, unlike ``hash()``); probing is
    linear over a power-of-two slot array at most half full.

    >>> table = KeyTable.build({"lutsk": [3], "kyiv": [1, 7]})
    >>> table.get("kyiv"), table.get("lviv")
    ((1, 7), ())
    """

    def __init__(self, keys: StringTable, postings: array, posting_offsets: array, slots: array):
        self.keys = keys
        self._postings = postings
        self._posting_offsets = posting_offsets
        self._slots = slots
        self._mask = len(slots) - 1

    @classmethod
    def build(cls, mapping: Mapping[str, Iterable[int]]) -> KeyTable:
        keys = list(mapping)
        postings, offsets = array("i"), array("I", [0])
        for key in keys:
            postings.extend(dict.fromkeys(mapping[key]))  # dedupe, keep order
            offsets.append(len(postings))
        return cls(StringTable.from_strings(keys), postings, offsets, _slots(keys))

    @classmethod
    def from_pairs(cls, keys: Sequence[str], key_numbers, numbers) -> KeyTable:
        """The table of ``{keys[k]: [n for k, n in pairs]}``: what :meth:`build` makes of it.

        ``key_numbers`` and ``numbers`` are parallel int32 arrays, one pair per
        posting; no dict of lists is made, which is what a table of a million
        keys costs most.

        >>> table = KeyTable.from_pairs(["kyiv", "lutsk"], array("i", [1, 0, 1, 0]), array("i", [7, 3, 7, 2]))
        >>> table.get("kyiv"), table.get("lutsk")
        ((3, 2), (7,))
        """
        import numpy as np  # only the build needs it; loading an index stays free of it

        key_numbers, numbers = group_pairs(key_numbers, numbers)
        counts = np.bincount(key_numbers, minlength=len(keys))
        offsets = array("I", [0])
        offsets.frombytes(np.cumsum(counts, dtype=np.uint32).tobytes())
        postings = array("i")
        postings.frombytes(numbers.astype(np.int32).tobytes())
        return cls(StringTable.from_strings(keys), postings, offsets, _slots(keys))

    def sections(self, prefix: str) -> dict:
        return {
            **self.keys.sections(f"{prefix}.keys"),
            f"{prefix}.postings": self._postings,
            f"{prefix}.posting_offsets": self._posting_offsets,
            f"{prefix}.slots": self._slots,
        }

    @classmethod
    def from_sections(cls, sections: Mapping, prefix: str) -> KeyTable:
        return cls(
            StringTable.from_sections(sections, f"{prefix}.keys"),
            sections[f"{prefix}.postings"],
            sections[f"{prefix}.posting_offsets"],
            sections[f"{prefix}.slots"],
        )

    def get(self, key: str) -> tuple[int, ...]:
        """Place numbers filed under ``key``; an empty tuple when none."""
        number = self.get_number(key)
        return self.postings_of(number) if number >= 0 else ()

    def get_number(self, key: str) -> int:
        """The key's row number in :attr:`keys`, or -1."""
        raw = key.encode()
        size = len(raw) + 1  # with the newline that ends each string
        blob, offsets, slots, mask = self.keys._blob, self.keys._offsets, self._slots, self._mask
        slot = zlib.crc32(raw) & mask
        # lengths first: a probe that lands on another key costs no copy of it
        while (number := slots[slot]) >= 0:
            start = offsets[number]
            if offsets[number + 1] - start == size and blob.startswith(raw, start):
                return number
            slot = (slot + 1) & mask
        return -1

    def count(self, key: str) -> int:
        """How many place numbers are filed under ``key`` (no tuple of them made)."""
        number = self.get_number(key)
        return self._posting_offsets[number + 1] - self._posting_offsets[number] if number >= 0 else 0

    def postings_of(self, number: int) -> tuple[int, ...]:
        offsets = self._posting_offsets
        return tuple(self._postings[offsets[number]: offsets[number + 1]])

    def numbers_holding(self, wanted) -> list[int]:
        """The key numbers filed with at least one place that ``wanted`` (a numpy array of
        booleans, one per place number) marks, in order: a region's keys in one vectorised pass.

        >>> import numpy as np
        >>> table = KeyTable.build({"lutsk": [3], "kyiv": [1, 7], "lviv": [2]})
        >>> [table.keys[n] for n in table.numbers_holding(np.isin(np.arange(8), [2, 7]))]
        ['kyiv', 'lviv']
        """
        import numpy as np  # only a search within one region needs it

        offsets = np.frombuffer(self._posting_offsets, dtype=np.dtype(self._posting_offsets.typecode))
        postings = np.frombuffer(self._postings, dtype=np.dtype(self._postings.typecode))
        held = wanted[postings]
        # a key's postings run from its offset to the next: the number of each held posting's key
        return np.unique(np.searchsorted(offsets, np.flatnonzero(held), side="right") - 1).tolist()

    def __len__(self) -> int:
        return len(self.keys)


def group_pairs(key_numbers, numbers) -> tuple:
    """Pairs sorted by key number, each key's numbers in their order, repeats left out.

    >>> [a.tolist() for a in group_pairs(array("i", [1, 0, 1, 1]), array("i", [5, 3, 4, 5]))]
    [[0, 1, 1], [3, 5, 4]]
    """
    import numpy as np

    keys = np.asarray(key_numbers, dtype=np.int64)
    order = np.argsort(keys, kind="stable")
    keys, values = keys[order], np.asarray(numbers, dtype=np.int64)[order]
    _, first = np.unique(keys << 32 | values, return_index=True)  # numbers are >= 0
    keep = np.zeros(len(keys), dtype=bool)
    keep[first] = True
    return keys[keep], values[keep]


def _slots(keys: Sequence[str]) -> array:
    """Open addressing: each key's number at its CRC-32 slot, or the next free one."""
    size = 2
    while size < 2 * max(len(keys), 1):
        size *= 2
    slots, mask = array("i", [-1]) * size, size - 1
    crc32 = zlib.crc32
    for number, key in enumerate(keys):
        slot = crc32(key.encode()) & mask
        while slots[slot] >= 0:
            slot = (slot + 1) & mask
        slots[slot] = number
    return slots
