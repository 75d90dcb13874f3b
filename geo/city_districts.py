"""A city's district named with its city: "Dniprovskyi district of Kherson", "🔴 Херсон: ... Дніпровський район".

Cities share their districts' names ("Dniprovskyi", "Kyivskyi", "Shevchenkivskyi" are
districts of Kyiv, Kherson, Kharkiv, Poltava alike), and the gazetteer knows few of them:
the name alone resolves to a namesake far away. When a sentence, or the heading it stands
under, names a city and a district's name resolves far from it (or not at all), the district
is the city's: the event is coded to the city, at the city's precision, never to the far
namesake.

>>> from geo.model import Mention
>>> from gazetteer import Place
>>> kherson = Place(1, "Kherson", "UA", "Kherson Oblast", 46.64, 32.61, "PPLA", 280000)
>>> namesake = Place(2, "Dniprovskyi", "UA", "Kyiv", 50.45, 30.60, "PPLX")
>>> text = "Shelling hit the Dniprovskyi district of Kherson."
>>> mentions = [Mention("d", 17, 28, "Dniprovskyi", "resolved", namesake, 1, ()),
...             Mention("d", 41, 48, "Kherson", "resolved", kherson, 1, ())]
>>> from geo.languages import ENGLISH
>>> [m.place.name for m in districts_in_city(text, mentions, [], ENGLISH)]
['Kherson', 'Kherson']
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from gazetteer.rank import distance_km

from .languages import Language
from .model import PRECISION_REGION, Mention

__all__ = ["districts_in_city", "CITY_DISTRICT_KM"]

#: How far from a city's point its own districts lie (Donetsk's and Kharkiv's reach 10 to 15 km
#: out): a namesake farther off is another place. Spreadsheet rows read districts by it too
#: (:mod:`geo.row_districts`).
CITY_DISTRICT_KM = 20.0


@lru_cache(maxsize=None)
def _district_words(language: Language) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    body = language.scene_patterns.get("city_district")
    if not body:
        return None
    gap = language.scene_patterns.get("city_district_gap", r"\s+")
    return (re.compile(rf"(?:{body})\s*$", re.IGNORECASE), re.compile(rf"\s+(?:{body})(?!\w)", re.IGNORECASE),
            re.compile(rf"(?:{gap})$", re.IGNORECASE))


def districts_in_city(text: str, mentions: list[Mention], heading: list[Mention],
                      language: Language) -> list[Mention]:
    """``mentions`` (one sentence's), each district named with its city and resolved far from it
    (or not at all) put in that city: the city named right after the district ("district of
    Kherson", "район Херсона"), else, when the sentence names no city, its ``heading``'s one city."""
    words = _district_words(language)
    if words is None:
        return mentions
    ending, after, gap = words
    cities = [m for m in mentions if _city(m)]
    heads = [m for m in heading if _city(m)]
    kept = []
    for mention in mentions:
        named = ending.search(mention.surface) or after.match(text, mention.end)
        city = _its_city(text, mention, named, cities, heads, gap) if named else None
        if city is None or (mention.place is not None and (mention.place.feature_code == "ADM1" or distance_km(
                mention.place.latitude, mention.place.longitude, city.place.latitude, city.place.longitude) <= CITY_DISTRICT_KM)):
            kept.append(mention)
            continue
        far = (f"its namesake {mention.place.name} ({mention.place.admin1 or mention.place.country_code}) lies "
               f"far from {city.place.name}" if mention.place is not None else "not in the gazetteer")
        kept.append(replace(mention, place=city.place, status=city.status, precision=city.precision,
                            reasons=(f"{mention.surface!r} named as a district of {city.surface!r} ({far}): "
                                     f"coded to {city.place.name}", *city.reasons[:2])))
    return kept


def _city(mention: Mention) -> bool:
    return (mention.place is not None and mention.place.feature_code.startswith("PPL")
            and mention.place.feature_code != "PPLX" and mention.precision != PRECISION_REGION)


def _its_city(text: str, district: Mention, named: re.Match, cities: list[Mention], heads: list[Mention],
              gap: re.Pattern) -> Mention | None:
    """The city a district is named with: the one right after it, else the heading's only one."""
    end = district.end if named.re.pattern.endswith("$") else named.end()
    after = next((c for c in cities if c.start >= end), None)
    if after is not None and gap.fullmatch(text, end, after.start):
        return after
    others = [c for c in cities if c is not district]
    return heads[0] if len(heads) == 1 and not others else None
