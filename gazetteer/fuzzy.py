"""The last pass: names within a typo or two of a gazetteer key.

Only consulted when neither the exact nor the variant spelling of a name
matches anything, so a fuzzy match can never beat an exact one.
"""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

__all__ = ["allowed_edits", "near_keys"]


def allowed_edits(key: str) -> int:
    """Edits tolerated for a key of this length (as search engines' "AUTO" fuzziness).

    >>> [allowed_edits(k) for k in ("kyiv", "sumy", "popsana", "kerdylivshchyna")]
    [0, 0, 1, 2]
    """
    letters = len(key.replace(" ", ""))
    if letters < 5:
        return 0
    return 1 if letters < 9 else 2


def near_keys(key: str, keys: list[str], limit: int = 10) -> list[tuple[str, int]]:
    """Keys within :func:`allowed_edits` of ``key`` (a transposition is one edit).

    >>> near_keys("popsana", ["popasna", "popovka", "kyiv"])
    [('popasna', 1)]
    """
    edits = allowed_edits(key)
    if edits == 0:
        return []
    found = process.extract(key, keys, scorer=OSA.distance, score_cutoff=edits, limit=limit)
    return [(choice, int(distance)) for choice, distance, _ in found]
