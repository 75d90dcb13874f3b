"""Rules over a name's candidate places, each a small filter the resolver applies in turn.

Each takes the candidates (or places) found for a name and returns those kept, saying
why in ``reasons`` when it drops any: a district's radius, the facility a name calls
itself, a name too short to be a place, a country's own name over its namesakes.

>>> article_variants("Democratic Republic of Congo")
('Democratic Republic of the Congo',)
"""

from __future__ import annotations

import os

from .facilities import facility_features
from .model import Place
from .normalize import initialism, name_key, variant_key
from .query import ParsedName
from .rank import Candidate, distance_km
from .ranking import identity
from .sources import PRECEDENCE

__all__ = ["around_town", "same_stem", "the_facility", "short_name", "lone_alias_ids", "countrys_own_name",
           "country_over_its_regions", "water_by_its_name", "article_variants", "merge_places", "MIN_VARIANT_LENGTH",
           "MIN_NAME_LETTERS", "STEM_ENDING"]

MIN_VARIANT_LENGTH = 4
#: Names of fewer letters ("A", "ab") are abbreviations or noise, not places; they
#: may still name a country or first-level region exactly ("UK").
MIN_NAME_LETTERS = 3
#: Letters of an ending that a Russian-style or shortened spelling may drop or change ("-ino", "-yne").
STEM_ENDING = 2


def around_town(candidates: list[Candidate], context, reasons: list[str]) -> list[Candidate]:
    """Keep the candidates within the context's radius, when any is; all of them otherwise."""
    if context.radius_km is None or context.near is None:
        return candidates
    close = [c for c in candidates
             if distance_km(*context.near, c.place.latitude, c.place.longitude) <= context.radius_km]
    if close and len(close) < len(candidates):
        reasons.append(f"kept {len(close)} of {len(candidates)} candidates within "
                       f"{context.radius_km:.0f} km of the district's town")
    return close or candidates


def same_stem(key: str, other: str) -> bool:
    """Whether two keys differ, once romanisation is folded, only in their last letters.

    >>> same_stem("nikishin", "nikishyne"), same_stem("stepanivka", "stepnivka")
    (True, False)
    """
    a, b = variant_key(key), variant_key(other)
    common = len(os.path.commonprefix([a, b]))
    return common >= MIN_VARIANT_LENGTH and common >= max(len(a), len(b)) - STEM_ENDING


def the_facility(parsed: ParsedName, candidates: list[Candidate], reasons: list[str]) -> list[Candidate]:
    """Keep the facility itself when the gazetteer knows one of that name and kind.

    "Marynivka border checkpoint": a border post named Marynivka is the checkpoint, where the
    village of that name (or a namesake village) is only near it.
    """
    codes = facility_features(parsed.facility)
    found = [c for c in candidates if c.place.feature_code in codes] if codes else []
    if not found:
        return candidates
    reasons.append(f"the {parsed.facility} itself: {found[0].place.name} ({found[0].place.feature_code})")
    return found


def short_name(name: str, key: str, candidates: list[Candidate], reasons: list[str]) -> list[Candidate]:
    """Keep, for a name of one or two letters, only a country or region it spells exactly."""
    letters = sum(ch.isalpha() for ch in key)
    if letters >= MIN_NAME_LETTERS or not candidates:
        return candidates
    dotted = initialism(name) is not None  # "L.A.": an alias written short on purpose
    kept = [c for c in candidates if c.match in ("exact", "alias") and dotted or c.match == "exact"
            and (c.place.feature_code in ("ADM1", "ZN") or c.place.feature_code.startswith("PCL"))]
    if not kept:
        reasons.append(f"{name!r} is too short to name a place ({letters} letter{'s' if letters != 1 else ''}; "
                       f"at least {MIN_NAME_LETTERS} unless it names a country or region)")
    return kept


def lone_alias_ids(sources, key: str, spelled: str | None) -> frozenset:
    """The ids of places that ``key`` (and its ``spelled`` out form) reach through a lone
    alternate name only: a place named "Saint Cloud" is no lone alias of "St. Cloud"."""
    lone = frozenset().union(*(source.lone_aliases(key) for source in sources))
    if not spelled:
        return lone
    by_key = {p.geonameid for source in sources for p in source.find(key)}
    by_spelled = {p.geonameid for source in sources for p in source.find(spelled)}
    spelled_lone = frozenset().union(*(source.lone_aliases(spelled) for source in sources))
    return frozenset(g for g in by_key | by_spelled
                     if (g not in by_key or g in lone) and (g not in by_spelled or g in spelled_lone))


def countrys_own_name(places: list[Place], key: str) -> list[Place]:
    """A country's own name means the country, not a place that bears it only as an alternate
    name ("Mexico" is not Mexico City); namesakes that bear it as their own name stay."""
    if not any(p.feature_code.startswith("PCL") and name_key(p.name) == key for p in places):
        return places
    return [p for p in places if name_key(p.name) == key or variant_key(name_key(p.name)) == variant_key(key)]


def country_over_its_regions(candidates: list[Candidate], key: str, reasons: list[str]) -> list[Candidate]:
    """A country's own name, unqualified, means the country, not a region of it named alike.

    "Mexico" is the country; the State of Mexico is what "Mexico state" names. The
    region's point lies among the country's towns, so a report's other names would
    otherwise pull the bare name to it.
    """
    countries = {c.place.country_code for c in candidates
                 if c.place.feature_code.startswith("PCL") and name_key(c.place.name) == key}
    if not countries:
        return candidates
    kept = [c for c in candidates
            if not (c.place.country_code in countries and c.place.feature_code.startswith("ADM"))]
    if len(kept) < len(candidates):
        reasons.append("a country's own name, unqualified: the country, not its region named alike")
    return kept


#: Last words of a name that say it is water, and the GeoNames codes of water.
WATER_WORDS = frozenset("sea ocean gulf bay lake strait channel river".split())
WATER_CODES = ("SEA", "OCN", "GULF", "BAY", "LK", "STRT", "CHN", "STM", "RSV", "LGN", "SD", "INLT")


def water_by_its_name(candidates: list[Candidate], key: str, reasons: list[str]) -> list[Candidate]:
    """A name that says it is water ("Red Sea", "Lake Erie") means the water that bears it as
    its own name, not a region that bears it as another name (Egypt's Red Sea Governorate).

    >>> from gazetteer.model import Place
    >>> sea = Candidate(Place(1, "Red Sea", "", None, 20.3, 38.5, "SEA", 0), "exact")
    >>> land = Candidate(Place(2, "Al Bahr al Ahmar", "EG", None, 24.7, 33.4, "ADM1", 506601), "exact")
    >>> [c.place.name for c in water_by_its_name([land, sea], "red sea", [])]
    ['Red Sea']
    >>> town = Candidate(Place(3, "Lake Charles", "US", None, 30.2, -93.2, "PPL", 80000), "exact")
    >>> lake = Candidate(Place(4, "Lake Charles", "US", None, 30.2, -93.3, "LK", 0), "exact")
    >>> len(water_by_its_name([town, lake], "lake charles", []))
    2
    """
    words = key.split()
    if len(words) < 2 or (words[-1] not in WATER_WORDS and words[0] != "lake"):
        return candidates
    water = [c for c in candidates if c.place.feature_code.startswith(WATER_CODES) and name_key(c.place.name) == key]
    if not water or len(water) == len(candidates) or any(
            c.place.feature_code.startswith("PPL") and name_key(c.place.name) == key for c in candidates):
        return candidates  # "Lake Charles": a town bears the name as its own too
    reasons.append(f"{key!r} names water: the water that bears the name, not a place named after it")
    return water


def article_variants(name: str) -> tuple[str, ...]:
    """The name with "the" put in after "of", or taken out: reports write both.

    >>> article_variants("Democratic Republic of Congo"), article_variants("Isle of the Dead")
    (('Democratic Republic of the Congo',), ('Isle of Dead',))
    """
    words = name.split()
    for i, word in enumerate(words[:-1]):
        if word.lower() == "of":
            if words[i + 1].lower() == "the":
                return (" ".join(words[:i + 1] + words[i + 2:]),)
            return (" ".join(words[:i + 1] + ["the"] + words[i + 1:]),)
    return ()


def merge_places(places) -> list[Place]:
    """Drop duplicates of one place from several sources, keeping the highest precedence."""
    best: dict[tuple, Place] = {}
    for place in places:
        key = identity(place)
        kept = best.get(key)
        if kept is None or PRECEDENCE[place.source] > PRECEDENCE[kept.source]:
            best[key] = place
    return list(best.values())
