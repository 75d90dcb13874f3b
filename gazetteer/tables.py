"""Flat lookup tables that load in milliseconds: strings and key-to-postings maps.

Both live in :mod:`array` sections of the index file (see :mod:`gazetteer.store`),
so loading them copies bytes instead of building millions of Python objects.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Mapping, Sequence

__all__ = ["StringTable", "KeyTable"]


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
        encoded = [s.replace("\n", " ").encode() for s in strings]
        offsets, position = array("I"), 0
        for item in encoded:
            offsets.append(position)
            position += len(item) + 1
        offsets.append(position)
        return cls(b"\n".join(encoded), offsets)

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
        size = 2
        while size < 2 * max(len(keys), 1):
            size *= 2
        slots, mask = array("i", [-1]) * size, size - 1
        for number, key in enumerate(keys):
            slot = zlib.crc32(key.encode()) & mask
            while slots[slot] >= 0:
                slot = (slot + 1) & mask
            slots[slot] = number
        return cls(StringTable.from_strings(keys), postings, offsets, slots)

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
        slot = zlib.crc32(raw) & self._mask
        while (number := self._slots[slot]) >= 0:
            if self.keys.raw(number) == raw:
                return number
            slot = (slot + 1) & self._mask
        return -1

    def postings_of(self, number: int) -> tuple[int, ...]:
        offsets = self._posting_offsets
        return tuple(self._postings[offsets[number]: offsets[number + 1]])

    def __len__(self) -> int:
        return len(self.keys)
