"""Datelines and title lines of logs: "Chuhuiv, south of Kharkiv: ...", "Location: Bakhmut".

A dateline opens a line with places and the words that say where they lie, then a
colon or a dash; a line (or a sentence opening a line) of places alone is a title.
The places of either are the scene of what the line, or the lines under the title,
tell when they name no place of their own (see :func:`geo.extract.extract_report`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .languages import Language
from .model import Mention

__all__ = ["credits_a_source", "find_dateline"]

#: Where a dateline ends: a colon, a dash, or the period after an agency's credit between slashes: "БЕЛГОРОД, 3 июня /ТАСС/. ..."
_DATELINE_END = re.compile(r"\s*:\s*|\s+[-–—]+\s+|\s*[–—]\s*|(?<=/)\.\s+")
_MAX_DATELINE = 80
#: Words that say where before a heading's first place ("Near", "Outskirts of"): at most so long.
_MAX_LEAD = 24
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Marks a log puts before its heading: emoji, bullets, a hashtag ("🔴 Херсон:", "⚡️ Kharkiv —",
#: "• Nikopol:", "#Kherson:"); never a letter, a figure, a quote or a bracket.
_MARKS = re.compile(r"(?:[^\w\s\"'«“„(\[]+[ \t]*)+")


def find_dateline(text: str, start: int, end: int, mentions: list[Mention],
                  language: Language) -> tuple[list[Mention], int] | None:
    """The places of a line's dateline and where the rest of its sentence starts, if it opens with one.

    A dateline opens a line with places and the words that say where they lie, then a
    colon or a dash: ``Chuhuiv, south of Kharkiv: ...``, ``Kherson — ...``, ``Near Sumy: ...``. A line of
    nothing else is a title (the rest starts at its end). Marks before the heading
    (emoji, bullets, a hashtag) are no part of it.

    >>> from geo.languages import ENGLISH
    >>> from geo.model import Mention
    >>> text = "⚡️ Kharkiv — shelling, 2 wounded"
    >>> kharkiv = Mention("d", 3, 10, "Kharkiv", "resolved", None, 1, ())
    >>> [m.surface for m in find_dateline(text, 0, len(text), [kharkiv], ENGLISH)[0]]
    ['Kharkiv']
    """
    opened = start
    marks = _MARKS.match(text, start, end)
    if marks is not None:
        start = marks.end()  # "🔴 Херсон: ...": the heading starts after the marks
    label = _label(text, start, language)
    if label is not None:
        start = label  # "Location: Bakhmut": a log's field name, then the place
    lead = text[start:mentions[0].start]
    if lead and (len(lead) > _MAX_LEAD or "\n" in lead or not lead[-1:].isspace()
                 or not _dateline_words(lead, language)):
        return None  # "Near Hlukhiv:", "Outskirts of Sumy:": only words that say where may lead
    if not _opens_line(text, opened, label is not None):
        return None
    cut = _DATELINE_END.search(text, mentions[0].end, min(end, start + _MAX_DATELINE))
    if cut is not None:
        head_end, rest = cut.start(), cut.end()
    elif end - start <= _MAX_DATELINE and (_closes_line(text, end) or text[start:end].rstrip().endswith(".")):
        # a title: a line, or a sentence opening a line ("Kherson. Shelling of ..."), of places alone
        head_end = rest = end
    else:
        return None
    head = [m for m in mentions if m.start < head_end]
    position = start
    for mention in head:
        if mention.end > head_end or not _dateline_words(text[position:mention.start], language):
            return None
        position = mention.end
    return (head, rest) if _dateline_words(text[position:head_end], language) else None


def credits_a_source(text: str, start: int, rest: int, language: Language) -> bool:
    """Whether the dateline at ``text[start:rest]`` credits an agency or service: a story's, not a log's.

    >>> from geo.languages import ENGLISH
    >>> credits_a_source("SUMY, Ukraine (AP) — A drone hit", 0, 21, ENGLISH)
    True
    >>> credits_a_source("Sumy: a drone hit", 0, 6, ENGLISH)
    False
    """
    return any(w.lower() in language.dateline_credits for w in _WORD.findall(text, start, rest))


def _dateline_words(gap: str, language: Language) -> bool:
    words = language.dateline_words
    return all(w in words or w in language.months or w in language.weekdays or w in language.dateline_credits
               for w in map(str.lower, _WORD.findall(gap)))


def _label(text: str, start: int, language: Language) -> int | None:
    """Where the value starts when a line opens with a field name such as ``Location:``."""
    pattern = _label_pattern(language.dateline_label_pattern)
    match = pattern.match(text, start) if pattern is not None else None
    return match.end() if match else None


@lru_cache(maxsize=None)
def _label_pattern(body: str) -> re.Pattern | None:
    return re.compile(rf"(?:{body})\s*:\s*", re.IGNORECASE) if body else None


def _opens_line(text: str, start: int, labelled: bool = False) -> bool:
    if labelled:
        return True
    # only blanks or marks ("🔴 ", "#") between the line's start and the heading
    line = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    before = text[line:start]
    return not before.strip() or _MARKS.fullmatch(before) is not None


def _closes_line(text: str, end: int) -> bool:
    after = end
    while after < len(text) and text[after] in " \t":
        after += 1
    return after == len(text) or text[after] in "\r\n"
