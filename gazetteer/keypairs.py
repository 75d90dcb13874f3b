"""The index build's name keys, gathered as flat (key number, row) pairs.

A dict from each of 700,000 keys to a list of rows costs about 150 MB in
Python objects; a dict from key to number plus two int32 arrays costs half of
that, and :meth:`gazetteer.tables.KeyTable.from_pairs` groups the pairs with
numpy. Places are gathered in parts (regions, then the streamed cities, then
the regions added afterwards) and :func:`merge_parts` lays them end to end, as
if one loop had seen every row in order.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import compress

from rapidfuzz.distance import Levenshtein

from .normalize import variant_keys

__all__ = ["KeyPairs", "merge_parts", "variant_pairs", "lone_keys"]


class KeyPairs:
    """Keys in the order first seen, and one (key number, row) pair per posting.

    >>> pairs = KeyPairs()
    >>> pairs.add("lutsk", 0); pairs.add("kyiv", 1); pairs.add("lutsk", 2)
    >>> list(pairs.ids), pairs.key_numbers.tolist(), pairs.rows.tolist()
    (['lutsk', 'kyiv'], [0, 1, 0], [0, 1, 2])
    """

    __slots__ = ("ids", "key_numbers", "rows")

    def __init__(self):
        self.ids: dict[str, int] = {}
        self.key_numbers = array("i")
        self.rows = array("i")

    def add(self, key: str, row: int) -> None:
        self.key_numbers.append(self.ids.setdefault(key, len(self.ids)))
        self.rows.append(row)


def merge_parts(parts: list[tuple[KeyPairs, int]]) -> tuple[list[str], object, object]:
    """Every key in order of first sight, and the pairs renumbered, of parts laid end to end.

    Each part comes with the number of its first row. Returns the keys and two
    numpy arrays, key numbers and rows.

    >>> a, b = KeyPairs(), KeyPairs()
    >>> a.add("kyiv", 0); b.add("lviv", 0); b.add("kyiv", 1)
    >>> keys, numbers, rows = merge_parts([(a, 0), (b, 5)])
    >>> keys, numbers.tolist(), rows.tolist()
    (['kyiv', 'lviv'], [0, 1, 0], [0, 5, 6])
    """
    import numpy as np

    keys: list[str] = []
    seen: list[tuple[dict, np.ndarray]] = []
    numbers, rows = [], []
    for part, first_row in parts:
        renumber = np.full(len(part.ids), -1, dtype=np.int64)
        for ids, their_numbers in seen:
            # look up the smaller side's keys in the larger: 100,000 regions' keys, not 700,000 places'
            if len(ids) <= len(part.ids):
                for key, earlier in ids.items():
                    local = part.ids.get(key)
                    if local is not None:
                        renumber[local] = their_numbers[earlier]
            else:
                for key, local in part.ids.items():
                    earlier = ids.get(key)
                    if earlier is not None:
                        renumber[local] = their_numbers[earlier]
        new = renumber < 0
        renumber[new] = np.arange(len(keys), len(keys) + int(new.sum()))
        keys.extend(compress(part.ids, new.tolist()))
        seen.append((part.ids, renumber))
        numbers.append(renumber[np.frombuffer(part.key_numbers, dtype=np.int32)])
        rows.append(np.frombuffer(part.rows, dtype=np.int32).astype(np.int64) + first_row)
    return keys, np.concatenate(numbers), np.concatenate(rows)


def variant_pairs(key_chunks: Iterable[list[str]], numbers, rows) -> tuple[list[str], object, object]:
    """The variant keys of the keys and their pairs, as ``variants[variant_key(k)].extend(rows of k)`` gives.

    The keys come a chunk at a time (each folded at once by :func:`variant_keys`,
    and let go before the next: a list of all 700,000 would raise the build's
    peak memory). ``numbers`` and ``rows`` are grouped by key
    (:func:`gazetteer.tables.group_pairs`), so each variant's rows come key by
    key, in key order.

    >>> variant_pairs([["odesa", "odessa"], ["lviv"]], [0, 1, 2], [4, 5, 6])[0]
    ['odesa', 'lviv']
    """
    import numpy as np

    ids: dict[str, int] = {}
    number = ids.setdefault
    of_key = array("q")
    for keys in key_chunks:
        of_key.extend([number(variant, len(ids)) for variant in variant_keys(keys)])
    return list(ids), np.frombuffer(of_key, dtype=np.int64)[np.asarray(numbers)], np.asarray(rows)


def lone_keys(main: str, keys: list[str]) -> list[str]:
    """The keys, sorted, that reach a place through one alternate name only.

    ``keys`` are the place's keys, sorted; ``main`` the key of its own name. A
    key is lone when neither ``main`` nor another of ``keys`` is within two
    edits of it: what ``cdist`` over all of them found, with the pairs whose
    lengths differ by more than two (more than two edits apart) left out.

    >>> lone_keys("austin", ["austin", "austin city", "waterloo"])
    ['austin city', 'waterloo']
    >>> lone_keys("mykolaiv", ["mikolaiv", "mykolaiv", "nikolaev", "nikolayev", "vernoleninsk"])
    ['vernoleninsk']
    """
    distance = Levenshtein.distance
    result = []
    for key in keys:
        if key == main:
            continue
        size = len(key)
        if abs(len(main) - size) <= 2 and distance(key, main, score_cutoff=2) <= 2:
            continue
        for other in keys:
            if other != key and abs(len(other) - size) <= 2 and distance(key, other, score_cutoff=2) <= 2:
                break
        else:
            result.append(key)
    return result
