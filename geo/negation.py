"""Negated event cues: "No shelling in Nikopol today", "вибухів не було" tell no event.

A cue is negated when its language's ``negation_before`` pattern ends right before it
("no", "not", "without", a few modifiers between: "no new strikes") or its
``negation_after`` pattern starts right after it ("вибухів не було", "обстрілів не
зафіксовано"), unless a preposition governs the cue ("після обстрілу світла не було": the
light was out after the shelling). Both patterns hold only words and spaces, so a negation never reaches
across a comma or a clause break: "no one was hurt; shelling went on" keeps its shelling.

>>> from geo.languages import ENGLISH
>>> text = "no shelling in nikopol today"
>>> negated(text, 3, 11, ENGLISH), negated("shelling in nikopol", 0, 8, ENGLISH)
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import Language

__all__ = ["negated"]

#: How far before a cue a negation may start: a negator and two or three modifiers.
_REACH = 60


@lru_cache(maxsize=None)
def _patterns(language: Language) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    # case ignored: the engines pass the lower-cased text, or the text itself when lowering
    # it would move offsets
    before = re.compile(r"(?:" + language.negation_before + r")$", re.IGNORECASE) if language.negation_before else None
    after = re.compile(language.negation_after, re.IGNORECASE) if language.negation_after else None
    governed = (re.compile(r"(?<!\w)(?:" + language.negation_governed + r")\s+$", re.IGNORECASE)
                if language.negation_governed else None)
    return before, after, governed


def negated(folded: str, start: int, end: int, language: Language) -> bool:
    """Whether the cue at ``folded[start:end]`` stands under a negation.

    >>> from geo.languages import LANGUAGES
    >>> text = "повітряна тривога тривала годину, вибухів не було"
    >>> negated(text, 34, 41, LANGUAGES["uk"])
    True
    """
    before, after, governed = _patterns(language)
    if before is not None and before.search(folded, max(0, start - _REACH), start):
        return True
    if after is None or after.match(folded, end) is None:
        return False
    # "після обстрілу світла не було": the light was out, the shelling happened
    return governed is None or governed.search(folded, max(0, start - 20), start) is None
