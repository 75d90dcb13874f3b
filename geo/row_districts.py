"""Districts in a spreadsheet's place value: an oblast's ("Yasinovatsky district") or a city's
("Kievsky district of Donetsk").

A village the gazetteer lacks is coded by the geoparser to its oblast or to a namesake far
away; the district the value names is closer than either, and a namesake outside the
oblasts the value names is no answer.
"""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer import Place
from gazetteer.batch import DOMINANT_SHARE
from gazetteer.context import DISTRICT_RADIUS_KM, TOWN_LEVELS
from gazetteer import BatchFocus
from gazetteer.rank import distance_km

from .city_districts import CITY_DISTRICT_KM
from .geoparser import Geoparser
from .model import PRECISION_NEAR, PRECISION_PLACE, PRECISION_REGION, Mention

__all__ = ["named_regions", "within_district", "within_named_region"]

#: "Yasinovatsky district", "Bakhmut raion", "Amvrosievsky region": a district of an oblast
_DISTRICT = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)\s+(?P<word>(?i:district|raion|rayon|region))\b")
_ADJECTIVE_END = re.compile(r"(?:sk|ck|tsk)(?:yi|yy|iy|ij|y|i|a|e|oho|ogo)$", re.IGNORECASE)
#: "Kievsky district of Donetsk", "Kirovsky district in the north of the city of Donetsk": a city's own
#: district; "Bashtansky district of the Nikolaev region" is an oblast's, told apart by the word after
_OF_CITY = re.compile(r"\s+(?:in\s+the\s+(?:north|south|east|west|cent(?:re|er))[\w-]*(?:\s+part)?\s+)?of\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
                      r"(?P<city>[A-Z][\w'’-]+)(?![\w'’-]|[ -]+(?i:region|oblast|obl\b|province|district|raion|rayon))")
#: "Pisky, Donetsk region", "near Pisky in Donetsk Oblast": a name written just before the region it is in
_BEFORE_REGION = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)(?:\s+(?:village|town|settlement|city))?"
                            r"\s*(?:,|\bin\b)\s*(?:the\s+)?$")
_NEAR = re.compile(r"\b(?:near|outskirts|close\s+to|not\s+far\s+from|area|vicinity)\b", re.IGNORECASE)
#: what a city's district is in GeoNames: a section of the populated place, or a third-level division
_CITY_DISTRICT_LEVELS = ("PPLX", "ADM3", "ADM2")


def named_regions(mentions: list[Mention]) -> set[str]:
    """The first-level regions (admin1 codes) a place value names: "..., Donetsk region"."""
    return {m.place.admin1_code for m in mentions
            if m.place is not None and m.place.feature_code == "ADM1" and m.place.admin1_code}


def _district(parser: Geoparser, value: str, country: str | None,
              regions: set[str] = frozenset()) -> tuple[Place, re.Match] | None:
    """The district the value names ("Yasinovatsky district", "(Bakhmut raion)"), as the
    second-level region or the town it is named after; an oblast ("Donetsk region") is none.

    With ``regions`` (the oblasts the value names), only a district inside them: one
    outside is a namesake ("Maryinsky district, Donetsk region" is not a village Marine
    in Sumy Oblast). With none named, a district in the batch's own regions (its focus)
    comes before a namesake elsewhere, and only one in the row's country (or the
    focus's) is looked for: "Kupyansky district" is no place in Indonesia.
    """
    country = country or (parser.focus.country if parser.focus is not None else None)
    tries = [regions] if regions else [_focus_regions(parser.focus), frozenset()]
    for match in _DISTRICT.finditer(value):
        name, word = match.group("name"), match.group("word").lower()
        if word == "region" and not _ADJECTIVE_END.search(name):
            continue  # "Donetsk region" is the oblast: only "Amvrosievsky region" is a district
        for within in dict.fromkeys(frozenset(t) for t in tries):
            place = parser.resolver.region(f"{name} district", country, levels=("ADM2",) + TOWN_LEVELS,
                                           within=within)
            if place is not None:
                return place, match
    return None


def _focus_regions(focus: BatchFocus | None) -> frozenset[str]:
    """The batch's dominant first-level regions: the fewest that hold half of its confident places."""
    picked, held = set(), 0.0
    for code, share in focus.regions if focus is not None else ():
        if held >= DOMINANT_SHARE:
            break
        picked.add(code)
        held += share
    return frozenset(picked)


def _city_district(parser: Geoparser, document: str, value: str, scene: Mention,
                   country: str | None) -> Mention | None:
    """The city's district the value names ("Kievsky district of Donetsk"), or None when it names none.

    A city's districts are no oblast's: "Kievsky district" alone has namesakes in other
    oblasts (a village Kyivske), but "of Donetsk" puts it inside Donetsk. The district
    is looked for near the city's point (GeoNames holds many as sections of the city);
    when the gazetteer has no such district, the city's point stands for it, at a
    district's precision. A place the scene found inside the city is kept.
    """
    country = country or (parser.focus.country if parser.focus is not None else None)
    for match in _DISTRICT.finditer(value):
        if match.group("word").lower() == "region" and not _ADJECTIVE_END.search(match.group("name")):
            continue
        of_city = _OF_CITY.match(value, match.end())
        if of_city is None:
            continue
        city = parser.resolver.region(of_city.group("city"), country, levels=TOWN_LEVELS)
        if city is None:
            continue
        if scene.place is not None and scene.precision != PRECISION_REGION \
                and scene.place.geonameid != city.geonameid and \
                distance_km(city.latitude, city.longitude, scene.place.latitude,
                            scene.place.longitude) <= CITY_DISTRICT_KM:
            return scene
        district = parser.resolver.region(f"{match.group('name')} district", country or city.country_code,
                                          levels=_CITY_DISTRICT_LEVELS,
                                          near=(city.latitude, city.longitude, CITY_DISTRICT_KM))
        words = value[match.start():of_city.end()]
        if district is not None:
            note = f"{words!r}: the district {district.name} ({district.feature_code}) inside {city.name}"
            return Mention(document, match.start(), of_city.end(), words, "resolved", district, PRECISION_PLACE,
                           (note,))
        note = f"{words!r}: no such district of {city.name} in the gazetteer: coded to the city, as a district"
        return Mention(document, match.start(), of_city.end(), words, "resolved", city, PRECISION_NEAR, (note,))
    return None


def within_district(parser: Geoparser, document: str, value: str, scene: Mention,
                     country: str | None, regions: set[str] = frozenset()) -> Mention:
    """The scene inside the district the value names: its namesake there, else the district.

    A village the gazetteer lacks is coded by the geoparser to the oblast, or to a namesake
    far away; the district the value names is closer than either.
    """
    if scene.place is not None and scene.precision != PRECISION_REGION and scene.place.feature_code in TOWN_LEVELS \
            and scene.surface.strip() == value.strip():
        return scene  # a bare town name: no district to read
    in_city = _city_district(parser, document, value, scene, country)
    if in_city is not None:
        return in_city
    found = _district(parser, value, country, regions)
    if found is None:
        return scene
    district, match = found
    centre = (district.latitude, district.longitude)
    if scene.place is not None and scene.precision != PRECISION_REGION and \
            distance_km(*centre, scene.place.latitude, scene.place.longitude) <= DISTRICT_RADIUS_KM:
        return scene
    where = f"{district.name} ({district.feature_code})"
    if scene.place is not None and scene.precision != PRECISION_REGION:
        # the namesake in the district's own oblast (one the value names): a namesake across the
        # oblast's border may lie as near the district's point, but the value says where the place
        # is; asked with the oblast, the resolver also reads a Russian spelling ("Stepanovka")
        # as the Ukrainian one ("Stepanivka") when no namesake is spelt as written there
        own = district.admin1_code if district.admin1_code in regions or not regions else None
        nearby = parser.resolver.resolve(scene.surface, country=country or district.country_code,
                                         admin1=district.admin1 if own else None, near=centre, fuzzy=False)
        if nearby.place is not None and (nearby.place.admin1_code == own if own else
                                         nearby.place.admin1_code in regions) \
                and distance_km(*centre, nearby.place.latitude, nearby.place.longitude) <= DISTRICT_RADIUS_KM:
            return replace(scene, place=nearby.place, status=nearby.status,
                           reasons=(f"{scene.surface!r} in the district the row names, near {where}",
                                    *nearby.reasons))
    missing = scene.surface if scene.place is not None and scene.precision != PRECISION_REGION else "the place"
    note = (f"{missing!r} has no place in the district the row names: coded to the district, {where}")
    return Mention(document, match.start(), match.end(), match.group(0), "resolved", district, PRECISION_NEAR, (note,))


def within_named_region(parser: Geoparser, document: str, value: str, scene: Mention,
                        mentions: list[Mention], country: str | None) -> Mention:
    """The place the value names inside the oblast it names, when the scene fell back to the oblast.

    "near Chervonosilsky village, Donetsk oblast": a spelling the gazetteer lacks, or one
    whose only namesake lies in another oblast, leaves the geoparser the oblast alone;
    the value says the village is in it, so the name is looked for there, spelling
    slips included (a place column names places: a near miss in the oblast is far
    likelier the village than another word). The names tried are the value's
    unlocated or elsewhere-located names, then the one written just before the oblast.
    With none found there, the scene stays the oblast.

    >>> from geo.geoparser import Geoparser
    >>> value = "near Kramatorsc, Donetsk region"
    >>> mentions = Geoparser().find_places(value)
    >>> (region,) = [m for m in mentions if m.precision == PRECISION_REGION]
    >>> within_named_region(Geoparser(), "d", value, region, mentions, "UA").place.name
    'Kramatorsk'
    """
    region = scene.place
    if region is None or region.feature_code != "ADM1" or scene.precision != PRECISION_REGION:
        return scene
    # (start, end, name, whether the gazetteer knows the name anywhere)
    names = [(m.start, m.end, m.surface, m.place is not None) for m in mentions
             if m.start < len(value) and m is not scene and m.precision != PRECISION_REGION
             and (m.place is None or m.place.admin1_code != region.admin1_code)]
    before = _BEFORE_REGION.search(value, 0, scene.start)
    if before is not None and not any(m.place is not None and m.start <= before.start("name") < m.end
                                      for m in mentions):
        names.append((before.start("name"), before.end("name"), before.group("name"), False))
    # the typo pass after no name is found as written, and only for the names the gazetteer knows
    # nowhere (a known town's near misses in another oblast are other villages); it compares the
    # oblast's own names alone, so each costs a millisecond or two
    tries = [(*n[:3], False) for n in names] + [(*n[:3], True) for n in names if not n[3]]
    for start, end, name, fuzzy in tries:
        found = (parser.resolver.spelt_in_region(name, region.admin1_code) if fuzzy else
                 parser.resolver.resolve(name, country=country or region.country_code, admin1=region.name,
                                         fuzzy=False))
        if found.place is None or found.place.admin1_code != region.admin1_code \
                or found.place.feature_code not in TOWN_LEVELS:
            continue
        near = _NEAR.search(value, max(0, start - 30), start) is not None
        note = f"{name!r} looked for in {region.name}, the region the row names"
        return Mention(document, start, end, name, found.status, found.place,
                       PRECISION_NEAR if near else PRECISION_PLACE, (note, *found.reasons))
    return scene
