"""Places listed after a heading that tells the event: "Shelling reported in: Nikopol, Marhanets".

A log often names what happened once, then a colon, then only places. The clause after the
colon has no event word of its own; its places are the scenes of the heading's event.

>>> text = "Shelling reported in: Nikopol, Marhanets and Pokrov."
>>> spans = [(22, 29), (31, 40), (45, 51)]
>>> heading_of_list(text, 0, (21, 52), spans)
(0, 20)
>>> heading_of_list("Kyiv: officials in Lviv said so.", 0, (5, 32), [(19, 23)])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["heading_of_list"]

# what may stand between listed places: commas, bullets, "and"/"or" in the languages read
_BETWEEN = re.compile(r"^(?:[\s,;/•·▪️*\-–—.!]|\b(?:and|or|та|і|й|и|или|або)\b)*$", re.IGNORECASE)
_HEADING_START = re.compile(r"[;:.!?\n]")


def heading_of_list(text: str, sentence_start: int, clause: tuple[int, int],
                    spans: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """The heading clause before ``clause`` when ``clause`` follows a colon and holds only the
    places at ``spans`` (and what separates them); else None."""
    clause_start, clause_end = clause
    before = text[sentence_start:clause_start].rstrip()
    if not before.endswith(":"):
        return None
    inside = sorted((s, e) for s, e in spans if clause_start <= s and e <= clause_end)
    if len(inside) < 2:
        return None  # one place after a colon is a dateline's business, or a source
    at, rest = clause_start, []
    for s, e in inside:
        rest.append(text[at:s])
        at = e
    rest.append(text[at:clause_end])
    if not all(_BETWEEN.match(part) for part in rest):
        return None
    colon = sentence_start + len(before) - 1
    head = max((m.end() for m in _HEADING_START.finditer(text, sentence_start, colon)), default=sentence_start)
    return (head, colon) if colon > head else None
