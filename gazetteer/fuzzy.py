"""The last pass: names within a typo or two of a gazetteer key.

Only consulted when neither the exact nor the variant spelling of a name
matches anything, so a fuzzy match can never beat an exact one.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["allowed_edits", "near_keys", "KeysByLength"]


class KeysByLength:
    """Keys grouped by length: a key within n edits of another differs in length by at most n,
    so only a few groups need comparing.

    >>> KeysByLength(["kyiv", "lviv", "popasna"]).around(7, 1)
    ['popasna']
    """

    def __init__(self, keys: list[str], first: KeysByLength | None = None):
        self._groups: dict[int, list[str]] = {}
        for key in keys:
            self._groups.setdefault(len(key), []).append(key)
        self._first = first

    def then(self, keys: list[str]) -> KeysByLength:
        """These keys and, after them in each length, ``keys`` (none of which they hold): a local
        store's few keys joined to the index's without grouping the index's 700,000 again.

        >>> KeysByLength(["kyiv", "lviv"]).then(["kyyv"]).around(4, 0)
        ['kyiv', 'lviv', 'kyyv']
        """
        return KeysByLength(keys, first=self)

    def around(self, length: int, edits: int) -> list[str]:
        found: list[str] = []
        for size in range(length - edits, length + edits + 1):
            if self._first is not None:
                found.extend(self._first.around(size, 0))
            found.extend(self._groups.get(size, ()))
        return found


def allowed_edits(key: str) -> int:
    """Edits tolerated for a key of this length (as search engines' "AUTO" fuzziness).

    >>> [allowed_edits(k) for k in ("kyiv", "sumy", "popsana", "kerdylivshchyna")]
    [0, 0, 1, 2]
    """
    letters = len(key.replace(" ", ""))
    if letters < 5:
        return 0
    return 1 if letters < 9 else 2


def near_keys(key: str, keys, limit: int = 10, extra_edits: int = 0) -> list[tuple[str, int]]:
    """Keys within :func:`allowed_edits` (plus ``extra_edits``) of ``key`` (a transposition is one edit).

    >>> near_keys("popsana", ["popasna", "popovka", "kyiv"])
    [('popasna', 1)]
    >>> near_keys("nikolin", ["nykolyn", "kyiv"]), near_keys("nikolin", ["nykolyn", "kyiv"], extra_edits=1)
    ([], [('nykolyn', 2)])
    """
    edits = allowed_edits(key)
    edits = edits + extra_edits if edits else 0
    if edits == 0:
        return []
    if isinstance(keys, KeysByLength):
        keys = keys.around(len(key), edits)
    found = process.extract(key, keys, scorer=OSA.distance, score_cutoff=edits, limit=limit)
    return [(choice, int(distance)) for choice, distance, _ in found]
