"""Casualty figures as reports write them: "four were killed and six injured", "at least 1,582".

Vague quantities are mapped the way ACLED codes them and flagged as estimates:
"a few" 3, "several", "many", "scores of" 10, "dozens" 12, "hundreds" 100,
"thousands" 1,000. A figure is never invented: no number near a casualty word
means ``None``, not 0.

>>> read_figures("Four were killed and six were injured.")
Figures(fatalities=4, injuries=6, estimated=False, qualifier=None)
>>> read_figures("At least 1,582 civilians have been killed.")
Figures(fatalities=1582, injuries=None, estimated=False, qualifier='at least')
>>> read_figures("Dozens were wounded.")
Figures(fatalities=None, injuries=12, estimated=True, qualifier=None)
>>> read_figures("The strike killed at least one person.").fatalities
1
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Figures", "read_figures", "parse_number"]

_UNITS = {
    "no": 0, "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
#: ACLED's codes for vague quantities.
_VAGUE = {"a few": 3, "few": 3, "several": 10, "many": 10, "scores of": 10, "dozens of": 12,
          "dozens": 12, "hundreds of": 100, "hundreds": 100, "thousands of": 1000, "thousands": 1000}

_NUMBER = (r"\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
           r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|"
           r"no\s+one|nobody|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
           r"fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|dozens(?:\s+of)?|hundreds(?:\s+of)?|"
           r"thousands(?:\s+of)?|several|many|a\s+few|scores\s+of")
_QUALIFIER = r"(?P<q>at\s+least|more\s+than|over|about|around|nearly|almost|up\s+to|some)\s+"
_WHO = (r"(?:\s+(?:more\s+)?(?:civilians?|people|persons?|children|soldiers?|servicemen|troops|"
        r"residents?|others?|men|women|policemen|officers|firefighters|workers|fighters|militants|"
        r"of\s+them|ukrainians?|russians?))?")
_BE = r"(?:\s+(?:were|was|are|is|have\s+been|has\s+been|had\s+been|been|got))?"
_INJURED = r"injur(?:ed|ies|ing)|wounded|wounding|hurt|hospitali[sz]ed"
_KILLED = r"killed|dead|died|deaths?|killing|lost\s+their\s+lives|fatalities|perished"
# "four were killed", "1,582 civilians in Mariupol have been killed", "4 dead"
_BEFORE = (
    rf"(?<!how\s)(?:{_QUALIFIER})?(?P<n>{_NUMBER}){_WHO}(?P<place>\s+(?:in|at|from|near)\s+[\w'’ -]{{1,40}}?)?"
    rf"{_BE}\s+(?P<what>{_KILLED}|{_INJURED})\b")
# "killing at least one person", "injuring six"
_AFTER = (
    rf"\b(?P<what>killing|killed|kills|injuring|wounding|injured|wounded|left)\s+(?:{_QUALIFIER})?"
    rf"(?P<n>{_NUMBER})\b(?!\s*(?:km|kilometres|kilometers|miles|metres|meters|%|per)\b)")
# "the death toll rose to 12"
_TOLL = (rf"death\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|at|of|is|was|stands\s+at)\s+(?:{_QUALIFIER})?"
         rf"(?P<n>{_NUMBER})")
# The patterns are lower case and run over the lower-cased clause; ignoring case in the
# engine made them several times slower. A clause whose lower case changes its length
# (a rare letter that lower-cases to two) is read with the engine ignoring case.
_PATTERNS = tuple(re.compile(p) for p in (_BEFORE, _AFTER, _TOLL))
_PATTERNS_ANY_CASE = tuple(re.compile(p, re.IGNORECASE) for p in (_BEFORE, _AFTER, _TOLL))
_IS_INJURY = re.compile(_INJURED, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Figures:
    """Fatalities and injuries read from a clause; None when the clause gives none."""

    fatalities: int | None = None
    injuries: int | None = None
    estimated: bool = False
    qualifier: str | None = None


def parse_number(text: str) -> tuple[int, bool] | None:
    """A number written in digits or words, and whether it is a vague estimate.

    >>> parse_number("1,582"), parse_number("twenty-one"), parse_number("dozens of")
    ((1582, False), (21, False), (12, True))
    """
    word = " ".join(text.lower().replace("-", " ").split())
    if word.replace(",", "").isdigit():
        return int(word.replace(",", "")), False
    if word in ("no one", "nobody"):
        return 0, False
    if word in _VAGUE:
        return _VAGUE[word], True
    if word == "a dozen":
        return 12, False
    parts = word.split()
    if parts and all(p in _UNITS for p in parts):
        return sum(_UNITS[p] for p in parts), False
    return None


def read_figures(text: str, start: int = 0, end: int | None = None) -> Figures:
    """The casualty figures of ``text[start:end]``: the first of each kind."""
    clause = text[start:len(text) if end is None else end]
    fatalities = injuries = None
    estimated = False
    qualifier = None
    found = []
    lowered = clause.lower()
    patterns, clause = (_PATTERNS, lowered) if len(lowered) == len(clause) else (_PATTERNS_ANY_CASE, clause)
    for pattern in patterns:
        for match in pattern.finditer(clause):
            found.append((match.start(), match))
    for _, match in sorted(found, key=lambda item: item[0]):
        parsed = parse_number(match.group("n"))
        if parsed is None:
            continue
        value, vague = parsed
        what = (match.groupdict().get("what") or "killed").lower()
        if what == "left":
            continue  # "left six injured" is read by _BEFORE through "six injured"
        is_injury = bool(_IS_INJURY.fullmatch(what))
        if is_injury and injuries is None:
            injuries = value
        elif not is_injury and fatalities is None:
            fatalities = value
        else:
            continue
        estimated = estimated or vague
        q = match.groupdict().get("q")
        if q and qualifier is None:
            qualifier = " ".join(q.lower().split())
    return Figures(fatalities, injuries, estimated, qualifier)
