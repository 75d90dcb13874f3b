"""Figures told in the sentence after an event: "Missiles hit Lutsk. Four were killed."

A sentence of figures alone, with no place of its own, counts the incident the sentence
before told. When that sentence told several (a list of places), figures cannot be split
among them, but "no casualties" can: none anywhere, so each gets zeros.

>>> from geo.languages import ENGLISH
>>> only_figures("No casualties reported so far.", 0, 30, ENGLISH)
True
"""

from __future__ import annotations

from dataclasses import replace

from .events import GENERIC_TYPES, find_event_cues, sentence_event_type
from .figures import read_figures
from .incidents import Incident
from .languages import Language
from .weapons import find_weapon

__all__ = ["only_figures", "with_figures_after"]


def only_figures(text: str, start: int, end: int, language: Language) -> bool:
    """Whether a sentence tells casualties at most, no event of its own ("2 dead, 7 injured")."""
    cues = find_event_cues(text, start, end, language)
    return not cues or sentence_event_type(cues, language) in GENERIC_TYPES and not find_weapon(
        text, start, end, language)


def with_figures_after(incidents: list[Incident], told: range, text: str, start: int, end: int,
                       language: Language) -> bool:
    """Give the incidents at ``told`` (the sentence before's) the figures of ``text[start:end]``:
    to one incident any figures, to several only "none killed, none hurt". False when the
    sentence's figures are for none of them (several incidents, figures that are not zeros)."""
    figures = read_figures(text, start, end, language)
    if len(told) > 1 and (figures.fatalities, figures.injuries) != (0, 0):
        return False  # "Shelling of A, B and C. Two dead.": where, the report does not say
    if figures.fatalities is not None or figures.injuries is not None:
        for index in told:
            incidents[index] = _with_figures(incidents[index], figures, text, end)
    return True


def _with_figures(incident: Incident, figures, text: str, end: int) -> Incident:
    if incident.fatalities is not None or incident.injuries is not None:
        return incident
    return replace(incident, fatalities=figures.fatalities, injuries=figures.injuries,
                   figures_estimated=figures.estimated,
                   sources=incident.sources[:-1] + (replace(
                       incident.sources[-1], sentence=text[incident.sources[-1].start:end],
                       end=end),),
                   reasons=incident.reasons + ("figures from the sentence after",))
