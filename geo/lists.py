"""Names written as a list: "Utah, Virginia, Washington and Wyoming".

A list's items are alike: in a list of states, "Washington" is the state, not
one of the towns named so; and "Washington, West Virginia" inside such a list
is two items, not a town and the state that holds it.

>>> text = "Cases in Utah, Virginia, Washington and Wyoming."
>>> spans = [(9, 13), (15, 23), (25, 35), (40, 47)]
>>> list_groups(text, spans)
[[0, 1, 2, 3]]
>>> list_groups("From Texas and Washington, D.C. alike", [(5, 10), (15, 25), (27, 31)])
[]
>>> list_groups("China, Japan, and the Netherlands", [(0, 5), (7, 12), (22, 33)])
[[0, 1, 2]]
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["list_groups", "in_list", "shared_kind", "kind_of", "LIST_KINDS"]

#: "the" may open the next item: "China, Japan, and the Netherlands".
_LIST_GAP = re.compile(r"^\s*(?:,|,?\s+(?:and|or|&)|;)\s*(?:the\s+)?$", re.IGNORECASE)
#: The kinds of place a list's items share, by GeoNames feature code.
LIST_KINDS = {"ADM1": "first-level regions", "PCL": "countries"}
#: Items a list needs before its kind decides an item: three say more than a pair.
MIN_ITEMS = 3


def list_groups(text: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Indexes of the spans (in text order) written as one list of three or more names."""
    groups: list[list[int]] = []
    current: list[int] = []
    closed = False  # "and" or "or" ends a list: "Texas and Washington, D.C." is no list of three
    for i, (start, _) in enumerate(spans):
        gap = _LIST_GAP.match(text[spans[current[-1]][1]:start]) if current else None
        if gap and not closed:
            current.append(i)
            closed = _closes(gap.group(0))
            continue
        if len(current) >= MIN_ITEMS:
            groups.append(current)
        current, closed = ([current[-1], i], _closes(gap.group(0))) if gap else ([i], False)
    if len(current) >= MIN_ITEMS:
        groups.append(current)
    return groups


def _closes(gap: str) -> bool:
    """Whether a gap ends the list: "and", "or", "&", not a bare comma or semicolon."""
    return gap.strip().lower().removesuffix("the").strip() not in (",", ";")


def in_list(index: int, groups: list[list[int]]) -> bool:
    """Whether the span at ``index`` is an item of one of ``groups``."""
    return any(index in group for group in groups)


def kind_of(feature_code: str) -> str | None:
    """The list kind of a feature code, or None.

    >>> kind_of("PCLI"), kind_of("ADM1"), kind_of("PPL")
    ('PCL', 'ADM1', None)
    """
    if feature_code.startswith("PCL"):
        return "PCL"
    return "ADM1" if feature_code == "ADM1" else None


def shared_kind(codes: list[str | None]) -> str | None:
    """The kind most of a list's other items are, when at least two thirds of them are.

    >>> shared_kind(["ADM1", "ADM1", None]), shared_kind(["ADM1", None, None])
    ('ADM1', None)
    """
    kinds = Counter(kind_of(code) for code in codes if code)
    if not kinds:
        return None
    kind, count = kinds.most_common(1)[0]
    return kind if kind is not None and count * 3 >= 2 * len(codes) else None
