"""What a spreadsheet's place value says besides its names: regions written short, lists of places.

A log's place column is written in haste: "Mayorsk, Donetsk Obl", "near Annivka in the
Donetsk People's Republic", "areas of the settlements of Vodiane, Pervomaiske and
Nevelske". :func:`spelled_regions` writes the short and the political forms of a region
as the geoparser reads a region ("Donetsk region"), so the value's own places are looked
for in it and the region is never the city it is named after; :func:`listed_places`
finds the places a value lists, each a scene of its own (:mod:`geo.event_extract` gives
each an incident and divides the row's figures among them).

>>> spelled_regions("Mayorsk, Donetsk Obl.")
('Mayorsk, Donetsk region', ["'Donetsk Obl.' read as 'Donetsk region'"])
>>> spelled_regions("near Sokilnyky, Luhansk People's Republic (LPR)")[0]
'near Sokilnyky, Luhansk region (LPR)'
>>> spelled_regions("Democratic People's Republic of Korea")[0]  # a country, not a region of one
"Democratic People's Republic of Korea"
>>> spelled_regions("shelling in the LPR")[0], spelled_regions("Donets basin area")[0]
('shelling in the Luhansk region', 'Donets Basin area')
"""

from __future__ import annotations

import re

from .languages import DEFAULT_LANGUAGE, Language
from .model import PRECISION_REGION, Mention
from .scenes import ScenePatterns, scene_patterns

__all__ = ["spelled_regions", "listed_places"]

#: "Donetsk Obl", "Luhansk obl.": an oblast written short
_SHORT_OBLAST = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+[Oo]bl\b\.?")
#: "Donetsk People's Republic", "Lugansk People`s Republic": the self-proclaimed republics
#: held parts of the oblast named so; the oblast is the nearest region a gazetteer holds.
#: "... People's Republic of China" names a country, and is left alone.
_PEOPLES_REPUBLIC = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+[Pp]eople['’`]?s\s+[Rr]epublic\b(?!\s+of\b)")
#: what may stand between a listed place and the region it is in: "Vuhledar of the Donetsk region, ..."
#: "DPR", "LNR" on their own: the republics by their initials (written after the full name, in
#: brackets, they add nothing and are left alone)
_REPUBLIC_INITIALS = re.compile(r"(?<![(\w])(?P<initial>[DL])[PN]R\b(?!\s*\))")
_INITIAL_REGIONS = {"D": "Donetsk", "L": "Luhansk"}
#: "Donets basin area": a basin is a region named after its river, never the town named like the
#: river; written with a capital, the geoparser reads the basin's own name ("Donets Basin")
_BASIN = re.compile(r"\b(?P<name>[A-Z][\w'’-]+)\s+basin\b")
_OF_REGION = re.compile(r"^\s*,?\s*(?:(?:of|in)\s+(?:the\s+)?)?$")
#: the rest of a region's name after the geoparser's mention: "Donetsk| region (DPR)"
_REGION_TAIL = re.compile(r"^\s*(?:(?:region|oblast|province|district|raion|rayon)\b\.?)?\s*(?:\([^)]*\))?", re.IGNORECASE)
#: "4 in Izium, 2 in Balakliia and one - in Kupiansk": a tally per place (of the dead, of strikes);
#: the count and its "in" before a place belong to the list's joins
_TALLY = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*[-–—]?\s*in\s*$", re.IGNORECASE)
_JOINS = re.compile(r"[,&/]|\b(?:and|or|as\s+well\s+as|plus)\b")
_AND = re.compile(r"[&]|\b(?:and|or|as\s+well\s+as|plus)\b")


def spelled_regions(value: str) -> tuple[str, list[str]]:
    """The value with "X Obl(.)", "X People's Republic" and its initials ("DPR") written "X region",
    "X basin" written "X Basin", and what was read so."""
    notes: list[str] = []

    def region(match: re.Match) -> str:
        notes.append(f"{match.group(0)!r} read as '{match.group('name')} region'")
        return f"{match.group('name')} region"

    def initials(match: re.Match) -> str:
        name = _INITIAL_REGIONS[match.group("initial")]
        notes.append(f"{match.group(0)!r} read as '{name} region'")
        return f"{name} region"

    def basin(match: re.Match) -> str:
        notes.append(f"{match.group(0)!r} read as the basin, '{match.group('name')} Basin'")
        return f"{match.group('name')} Basin"

    value = _SHORT_OBLAST.sub(region, value)
    value = _REPUBLIC_INITIALS.sub(initials, value)
    value = _BASIN.sub(basin, value)
    return _PEOPLES_REPUBLIC.sub(region, value), notes


def listed_places(value: str, mentions: list[Mention], language: Language = DEFAULT_LANGUAGE) -> list[Mention]:
    """The places the value lists, in order: two or more joined as a list is joined, or none.

    ``mentions`` are the value's places that may be the scene (regions among them are
    only what the listed places are in). Places are listed when only a list's joins
    stand between them ("A, B and C", "A or B", a tally "2 in A, 1 in B"), or a region
    they are in ("A of the Donetsk region, B and C"), or when "between A and B" names both ends. Two names
    joined by a comma alone are not a list: "Mayorsk, Horlivka" may say where Mayorsk is.

    >>> m = lambda start, text, precision=1: Mention("d", start, start + len(text), text, "resolved", None,
    ...                                              precision, ())
    >>> value = "areas of Vodiane, Pervomaiske and Nevelske"
    >>> [p.surface for p in listed_places(value, [m(9, "Vodiane"), m(18, "Pervomaiske"), m(34, "Nevelske")])]
    ['Vodiane', 'Pervomaiske', 'Nevelske']
    >>> listed_places("Mayorsk, Horlivka", [m(0, "Mayorsk"), m(9, "Horlivka")])
    []
    >>> [p.surface for p in listed_places("2 in Izium, 1 in Balakliia", [m(5, "Izium"), m(17, "Balakliia")])]
    ['Izium', 'Balakliia']
    """
    patterns = scene_patterns(language)
    regions = [m for m in mentions if m.precision == PRECISION_REGION]
    places = [m for m in mentions if m.precision != PRECISION_REGION]
    best: list[Mention] = []
    chain: list[Mention] = []
    joined_by_words = False
    for place in places:
        if chain and _joined(value, chain[-1], place, regions, patterns):
            chain.append(place)
            gap = value[chain[-2].end:place.start]
            joined_by_words = joined_by_words or bool(_AND.search(gap) or _TALLY.search(gap)) \
                or _between(value, chain[-2], patterns)
            continue
        if _is_list(chain, joined_by_words) and len(chain) > len(best):
            best = chain
        chain, joined_by_words = [place], False
    if _is_list(chain, joined_by_words) and len(chain) > len(best):
        best = chain
    return best


def _is_list(chain: list[Mention], joined_by_words: bool) -> bool:
    return len(chain) >= 3 or (len(chain) == 2 and joined_by_words)


def _joined(value: str, a: Mention, b: Mention, regions: list[Mention], patterns: ScenePatterns) -> bool:
    """Whether only a list's joins (and the regions ``a`` is in) stand between ``a`` and ``b``."""
    gap = value[a.end:b.start]
    inside = [r for r in regions if a.end <= r.start and r.end <= b.start]
    if len(inside) > 1:
        return False
    if inside:
        region = inside[0]
        if not _OF_REGION.match(value[a.end:region.start]):
            return False
        gap = _REGION_TAIL.sub("", value[region.end:b.start], count=1)
    gap = _TALLY.sub("", gap)
    if not gap.strip() or not _JOINS.search(gap):
        return False
    if patterns.list_gap is not None and patterns.list_gap.match(gap):
        return True
    return _between(value, a, patterns) and patterns.between_gap is not None and bool(patterns.between_gap.match(gap))


def _between(value: str, a: Mention, patterns: ScenePatterns) -> bool:
    return patterns.between_before is not None and patterns.between_before.search(
        value, max(0, a.start - 40), a.start) is not None
