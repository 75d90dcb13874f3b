"""A capital written for its government: "Kiev troops", "Kyiv's attack", a headline's "... - Kyiv".

News names a government by its capital: the troops, the attack or the statement are the
government's, wherever they happened. Such a capital is no incident's place; the
statements themselves ("Kyiv said", "according to Moscow") are told apart in
:mod:`geo.extract` for every place.
"""

from __future__ import annotations

import re

from gazetteer import Place

__all__ = ["names_its_government"]

#: what a government has that a city does not: armed forces, an attack, a regime; "Kiev forces"
#: and "Kiev's troops" alike
_GOVERNMENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:armed|punitive|security|government|regime)\s+)?(?:forces|troops|military|militaries|"
    r"army|soldiers|servicemen|units|regime|government|authorities|side|artillery|attacks?|shellings?|"
    r"offensive|aggression)\b(?!\s+(?:hospital|academy|school|base|museum|cemetery|quarter|district|buildings?|"
    r"house|offices?|headquarters))")
#: a source named after a headline's dash at its very end: "... in the past day - Kyiv"
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: "in Kyiv military hospital": a capital written after a locative is a place all the same
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|around|over)\s+(?:the\s+)?$", re.IGNORECASE)


def names_its_government(text: str, start: int, end: int, place: Place | None) -> bool:
    """Whether the capital at ``text[start:end]`` stands for its government, not for the city.

    >>> from gazetteer import Place
    >>> kyiv = Place(703448, "Kyiv", "UA", None, 50.45, 30.52, "PPLC")
    >>> text = "Two soldiers were killed as Kiev troops shelled Horlivka."
    >>> names_its_government(text, 28, 32, kyiv)
    True
    >>> names_its_government("Two people were killed in Kiev on Monday.", 26, 30, kyiv)
    False
    >>> names_its_government("One soldier was killed in Donbas - Kyiv", 35, 39, kyiv)
    True
    >>> names_its_government("A fire broke out in Kyiv's government quarter.", 20, 24, kyiv)
    False
    """
    if place is None or place.feature_code != "PPLC":
        return False
    government = _GOVERNMENT_AFTER.match(text, end)
    if government is not None and (government.group(0)[:1] in "'’"
                                   or not _LOCATIVE_BEFORE.search(text, max(0, start - 12), start)):
        return True  # "killed in Kiev's attack" is Kiev's all the same; "in Kyiv military hospital" is not
    return bool(_DASH_BEFORE.search(text, max(0, start - 4), start) and _LINE_END.match(text, end))
