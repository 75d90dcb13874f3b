"""A place named in a source, not at a scene: "the Odesa regional governor said", "голова Сумської ОВА".

A report says who told it: an official whose title holds the place where they serve, or a
body named after it ("the Gaza health ministry said"). That place is where the news came from;
the event happened where the sentence says, unless the source's place is the only one it names
(see :func:`geo.scene_rules.can_be_the_scene`).
"""

from __future__ import annotations

import re

from .languages import Language, language_pattern
from .model import Mention

__all__ = ["names_a_source"]

#: how far from the title the word that says the source spoke may stand
_SPEECH_AFTER = 100
_SPEECH_BEFORE = 60
#: a sentence's end: the speech word of another sentence says nothing of this one
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def names_a_source(text: str, mention: Mention, language: Language) -> bool:
    """Whether the place at ``mention`` is written in an official's title or a body's name that spoke.

    >>> from geo.languages import ENGLISH
    >>> from geo.model import Mention
    >>> text = "Shells hit Tiahynka, the Kherson regional administration said."
    >>> kherson = Mention("d", 25, 32, "Kherson", "resolved", None, 1, ())
    >>> names_a_source(text, kherson, ENGLISH)
    True
    >>> text = "A missile hit the Kherson regional administration building."
    >>> names_a_source(text, Mention("d", 18, 25, "Kherson", "resolved", None, 1, ()), ENGLISH)
    False
    """
    after, before, speech = map(language_pattern, (language.source_after_pattern, language.source_before_pattern,
                                                   language.speech_pattern))
    if speech is None:
        return False
    title = after.match(text, mention.end) if after is not None else None
    if title is not None:
        title_start, title_end = mention.start, title.end()
    else:
        title = before.search(text, max(0, mention.start - 40), mention.start) if before is not None else None
        if title is None:
            return False
        title_start, title_end = title.start(), mention.end
    ahead_end = title_end + _SPEECH_AFTER
    stop = _SENTENCE_END.search(text, title_end, ahead_end)
    if speech.search(text, title_end, stop.start() if stop else ahead_end):
        return True  # "the Odesa regional governor said", "the Kherson regional chief Oleh Prokudin wrote"
    back = max(0, title_start - _SPEECH_BEFORE)
    stops = list(_SENTENCE_END.finditer(text, back, title_start))
    return bool(speech.search(text, stops[-1].end() if stops else back, title_start))  # "said the Sumy governor"
