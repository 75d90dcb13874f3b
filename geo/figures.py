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
>>> [(f.fatalities, f.injuries) for f in map(read_figures, ("1 x fatality, 2x WIA", "killed: 3; injured: 12"))]
[(1, 2), (3, 12)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import DEFAULT_LANGUAGE, Language
from .per_text import per_text

__all__ = ["Figures", "read_figures", "parse_number"]



@dataclass(frozen=True, slots=True)
class _Grammar:
    """A language's casualty patterns, compiled once."""

    patterns: tuple[re.Pattern, ...]
    patterns_any_case: tuple[re.Pattern, ...]
    is_injury: re.Pattern
    no_casualties: re.Pattern | None
    month_before: re.Pattern | None
    words: re.Pattern  # a word every pattern needs: a clause without one has no figure to read


@lru_cache(maxsize=None)
def _grammar(language: Language) -> _Grammar:
    number, qualifier = language.number_pattern, rf"(?P<q>{language.qualifier_pattern})\s+"
    # a word may qualify who: "two police officers", "three local residents"
    who = rf"(?:\s+(?:\w+\s+)?{language.who_pattern})?"
    be = rf"(?:\s+(?:{language.be_pattern}))?"
    killed, injured = language.killed_pattern, language.injured_pattern
    not_unit = rf"(?!\s*(?:{language.not_after_number})\b)" if language.not_after_number else ""
    # logs put a mark between the count and the word: "1 x fatality", "2x KIA"
    marker = rf"(?:\s*(?:{language.count_marker_pattern}))?" if language.count_marker_pattern else ""
    # "four were killed", "1,582 civilians in Mariupol have been killed", "4 dead", "1 x fatality"
    before = (
        rf"(?<!how\s)(?:{qualifier})?(?P<n>{number}){marker}{who}(?P<place>\s+(?:in|at|from|near)\s+[\w'’ -]{{1,40}}?)?"
        rf"{be}\s+(?P<what>{killed}|{injured})\b")
    # "killing at least one person", "injuring six"
    # never an age or a size: "погибла 60-летняя женщина", "killing a 5-storey" (a hyphen and a word)
    after = (rf"\b(?P<what>{language.after_verb_pattern})\s+(?:{qualifier})?(?P<n>{number})\b(?![-‐‑]\w){not_unit}")
    # "the death toll rose to 12"
    toll = rf"{language.toll_pattern}\s+(?:{qualifier})?(?P<n>{number})"
    # The patterns are lower case and run over the lower-cased clause; ignoring case in the
    # engine made them several times slower. A clause whose lower case changes its length
    # (a rare letter that lower-cases to two) is read with the engine ignoring case.
    # a log's labels: "killed: 3", "injured: 12"
    label = rf"\b(?P<what>{killed}|{injured})\s*:\s*(?:{qualifier})?(?P<n>{number})\b{not_unit}"
    # "the driver was killed", "a woman wounded": one person, no number (a pattern without ``n``)
    one = (rf"\b(?:{language.one_person_pattern})\s+(?:(?:{language.be_pattern})\s+)?(?P<what>{killed}|{injured})\b"
           r"(?!\s+(?:a|an|the|his|her|their|him|them|\d+)\b)" if language.one_person_pattern else None)
    # "загинув чоловік", "поранено жінку": the casualty word first, then the one person
    one_after = (rf"\b(?P<what>{language.one_person_after_pattern})\s+(?:{language.one_person_pattern})\b"
                 if language.one_person_pattern and language.one_person_after_pattern else None)
    months = "|".join(re.escape(m) for m in sorted(language.months, key=len, reverse=True))
    bodies = (before, after, toll, label, *language.extra_figure_patterns,
              *(p for p in (one, one_after) if p))
    return _Grammar(tuple(re.compile(p) for p in bodies), tuple(re.compile(p, re.IGNORECASE) for p in bodies),
                    re.compile(injured, re.IGNORECASE),
                    re.compile(language.no_casualties_pattern, re.IGNORECASE) if language.no_casualties_pattern
                    else None,
                    re.compile(rf"\b(?:{months})\.?\s*$", re.IGNORECASE) if months else None,
                    re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in _needed_words(bodies, language)) + ")"))


def _needed_words(bodies, language: Language) -> list[str]:
    """The words one of which a clause must hold for any pattern to match: each pattern's
    ``what`` group (the casualty word), the toll's words, "no casualties"."""
    words = [language.toll_pattern]
    if language.no_casualties_pattern:
        words.append(language.no_casualties_pattern)
    for body in bodies:
        if body.startswith(language.toll_pattern):
            continue  # the toll's own words are in already
        at = body.find("(?P<what>")
        if at < 0:
            return [""]  # a pattern without a casualty word: every clause is read
        depth, i = 0, at
        while True:
            depth += {"(": 1, ")": -1}.get(body[i], 0) if body[i - 1] != "\\" else 0
            i += 1
            if depth == 0:
                break
        words.append(body[at + len("(?P<what>"):i - 1])
    return words


@dataclass(frozen=True, slots=True)
class Figures:
    """Fatalities and injuries read from a clause; None when the clause gives none."""

    fatalities: int | None = None
    injuries: int | None = None
    estimated: bool = False
    qualifier: str | None = None


def parse_number(text: str, language: Language = DEFAULT_LANGUAGE) -> tuple[int, bool] | None:
    """A number written in digits or words, and whether it is a vague estimate.

    >>> parse_number("1,582"), parse_number("twenty-one"), parse_number("dozens of")
    ((1582, False), (21, False), (12, True))
    """
    word = " ".join(text.lower().replace("-", " ").split()).rstrip("+")  # "50+": at least fifty
    if word.replace(",", "").isdigit():
        return int(word.replace(",", "")), False
    if word in language.no_one_words:
        return 0, False
    if word in language.vague_numbers:
        return language.vague_numbers[word], True
    units = language.number_words
    if word in units:
        return units[word], False
    parts = word.split()
    if parts and all(p in units for p in parts):
        return sum(units[p] for p in parts), False
    return None


@per_text  # a clause's figures, then its sentence's, are read again for each scene
def read_figures(text: str, start: int = 0, end: int | None = None,
                 language: Language = DEFAULT_LANGUAGE) -> Figures:
    """The casualty figures of ``text[start:end]``: the first of each kind."""
    clause = text[start:len(text) if end is None else end]
    fatalities = injuries = None
    estimated = False
    qualifier = None
    found = []
    grammar = _grammar(language)
    lowered = clause.lower()
    if not grammar.words.search(lowered):
        return Figures()
    patterns, clause = ((grammar.patterns, lowered) if len(lowered) == len(clause)
                        else (grammar.patterns_any_case, clause))
    for pattern in patterns:
        for match in pattern.finditer(clause):
            found.append((match.start(), match))
    for _, match in sorted(found, key=lambda item: item[0]):
        number = match.groupdict().get("n")
        if number is not None and grammar.month_before is not None and grammar.month_before.search(
                clause, max(0, match.start("n") - 16), match.start("n")):
            continue  # "on May 4 injured five": a day of the month, not a count
        parsed = (1, False) if number is None else parse_number(number, language)
        if parsed is None:
            continue
        value, vague = parsed
        what = (match.groupdict().get("what") or "killed").lower()
        if what == "left":
            continue  # "left six injured" is read by _BEFORE through "six injured"
        is_injury = bool(grammar.is_injury.fullmatch(what))
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
    if grammar.no_casualties is not None and grammar.no_casualties.search(clause):
        # "no casualties": none killed and none hurt, which is a figure (0), not a silence (None)
        fatalities = 0 if fatalities is None else fatalities
        injuries = 0 if injuries is None else injuries
    return Figures(fatalities, injuries, estimated, qualifier)
