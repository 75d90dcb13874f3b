"""Stages two to four of the geoparser: look up, rank in context, resolve.

Each span is first resolved with the cues beside it only (a country
adjective, a region written after it, "near"). What those first answers say
about the whole report (which countries and regions it is about) then becomes
a soft prior for a second look at the names that had rivals, the way CLAVIN
and Mordecai let places in one report pull each other together.
"""

from __future__ import annotations

import re

from gazetteer import InputError, Place, Resolution, Resolver, name_key
from gazetteer.rank import WIDE_FEATURES, distance_km
from gazetteer.ranking import identity

from .evidence import COUNTRY_WEIGHT, Evidence
from .first_look import Work, apply_container, apply_list_kind, first_work, leaves_its_list, resolve_work
from .inflection import is_cyrillic
from .lists import in_list, kind_of, list_groups
from .lexicon import (is_common_plural, is_common_word, is_first_name)
from .model import PRECISION_NEAR, PRECISION_PLACE, PRECISION_REGION, Mention, Span

__all__ = ["resolve_spans", "precision_of"]

#: Prior weights, on the gazetteer's score scale (one point is a tenfold population).
SENTENCE_REGION_WEIGHT = 2.5
EVIDENCE_ROUNDS = 2
REACH = 6.0
REPORT_REGION_WEIGHT = 1.5
#: A place this big is a place even when its name is an everyday word ("Reading").
IMPORTANT_POPULATION = 100_000
FAMOUS_POPULATION = 1_000_000
_REGION_CODES = ("PCL", "ADM1", "ADM2", "ADM3", "ADMD", "RGN", "CONT", "ISL")
#: A lake's or a reservoir's point stands for a water tens of kilometres across.
_WATER_CODES = ("LK", "RSV")


def precision_of(place: Place | None, span: Span) -> int | None:
    """1 the place itself, 2 near or part of it, 3 only a region or country.

    >>> from gazetteer import Place
    >>> kyiv = Place(703448, "Kyiv", "UA", "Kyiv City", 50.45, 30.52, "PPLC", 2797553)
    >>> precision_of(kyiv, Span(0, 4, "Kyiv", "kyiv", 0)), precision_of(kyiv, Span(0, 4, "Kyiv", "kyiv", 0, near_cue="near"))
    (1, 2)
    """
    if place is None:
        return None
    code = place.feature_code
    if code.startswith(_REGION_CODES) or code.startswith(_WATER_CODES) or code in WIDE_FEATURES:
        return PRECISION_REGION
    if span.near_cue or span.facility:
        return PRECISION_NEAR
    return PRECISION_PLACE


def resolve_spans(spans: list[Span], text: str, resolver: Resolver, document: str = "",
                  country: str | None = None, demonyms: bool = False,
                  keep_all: bool = False, likely_country: str | None = None) -> list[Mention]:
    """Resolve recognised spans of one document into mentions, in text order.

    ``likely_country`` is the country the report reads as when it names none (its register,
    :func:`geo.languages.register_country`): a soft preference like ``country``, which the
    report's names outweigh when they say another country ("the Ontario Municipal Board").
    """
    works = [first_work(span, resolver) for span in spans if demonyms or not span.demonym]
    if not works and not country:
        return []  # nothing to resolve (a given country is still checked below: an unknown one is an error)
    # first look: the cues beside each name, and the region written after it
    for i, work in enumerate(works):
        if work.resolution is None:
            work.resolution = resolve_work(resolver, work)
        work.known = tuple(p for p in (work.resolution.place, *work.resolution.alternatives) if p is not None)
    groups = list_groups(text, [(w.span.start, w.span.end) for w in works])
    for i, work in enumerate(works[:-1]):
        if not (in_list(i, groups) and in_list(i + 1, groups)):  # "Washington, West Virginia and Wyoming"
            apply_container(resolver, text, work, works[i + 1])
    for group in groups:
        apply_list_kind([works[i] for i in group])
    for work in works:  # the name, country and region are final from here on
        work.key = _vote_key(work)
    country = country or likely_country
    told: dict[str, Work] = {}  # a name told again votes once
    for work in works:
        if work.resolution is not None and work.resolution.place is not None:
            told.setdefault(work.key, work)
    names = [(key, _candidates(resolver, work)) for key, work in told.items()]
    candidates = dict(names)
    # a name that no place bears as its own, only as one odd alternate name ("McDaniel",
    # once a name of a Georgia town), is too weak a clue to pull the report's other names
    names = [(key, found) for key, found in names if not _alias_only(resolver, told[key])]
    if not keep_all:
        # an acronym its mention drops ("GBI" read as an alternate name of an Indian city) is no clue
        names = [(key, found) for key, found in names if not _noise(told[key], document, likely_country)]
    # a report of one name, or of names without rivals, has nothing to weigh
    weighed = len(names) > 1 and any(len(found) > 1 for _, found in names)
    evidence = Evidence(names if weighed else [])
    for _ in range(EVIDENCE_ROUNDS - 1 if weighed else 0):
        # votes cast again as the report's evidence says: "Gainesville" in a Texas story
        # votes for Texas once the other names have said so
        evidence = evidence.recast()
    # second look, for names with rivals: what the rest of the report is about; a name told
    # again with the same first answer, in a sentence no different, gets the same answer
    looked: dict[str, list[Place]] = {}  # vote key -> its candidate places, for the names that look again
    for work in works:
        key = work.key
        if key not in looked:
            reachable = [place for place, _ in candidates.get(key, ())]
            if _looks_again(work, reachable):
                looked[key] = reachable
    # every name's votes in one go: the evidence reckons many names' closeness at once
    votes_of = {key: dict(zip(map(identity, reachable), bonuses)) for (key, reachable), bonuses
                in zip(looked.items(), evidence.bonuses_many(list(looked.items())))}
    # how the evidence reads each name with rivals: a district whose first answer (its most
    # populous namesake) the evidence reads in another state names no state for the rest
    read_as = {key: max(candidates[key], key=lambda found: found[1] + votes_of[key].get(identity(found[0]), 0.0))[0]
               for key in looked if candidates.get(key)}
    prior = _Prior(works, resolver, country, read_as)
    second: dict[tuple, Resolution] = {}
    for work in works:
        key = work.key
        if key in looked and _looks_again(work, looked[key]):
            signature = prior.signature(work)
            if signature not in second:
                second[signature] = resolve_work(resolver, work, prior.for_work(work, votes_of[key]))
            if not leaves_its_list(work, second[signature]):
                work.resolution = second[signature]
    mentions = []
    for work in works:
        mention = _mention(work, document, keep_all, by_alias=_answered_by_alias(resolver, work))
        if mention is not None:
            mentions.append(mention)
    return _with_supported_names(works, mentions, document)


class _Prior:
    """What the report says around a name: regions named beside it, the country given.

    The votes of the report's other names come from :class:`~geo.evidence.Evidence`;
    this adds the regions the report names itself ("in Kharkiv Oblast") and the
    country the caller gives.
    """

    def __init__(self, works: list[Work], resolver: Resolver, country: str | None,
                 read_as: dict[str, Place] | None = None):
        # region code -> the names (vote keys) that named it. A district's first answer is
        # no evidence for itself, however often it is told: "Madison County" alone would
        # vote for the state of whichever of its twenty namesakes ranked first. A state
        # named outright is its own region ("Nevada" the state, not the Missouri town).
        # ``read_as``: each name with rivals as the other names' votes read it alone.
        self._sentence_regions: dict[int, dict[str, set[str]]] = {}
        self._regions: dict[str, set[str]] = {}  # first-level regions the report names, itself or by a district
        self._given = resolver.countries.code(country) if country else None
        read_as = read_as or {}
        for work in works:
            place = work.resolution.place if work.resolution else None
            if (place is not None and place.feature_code == "ADM2"
                    and read_as.get(work.key, place).admin1_code != place.admin1_code):
                continue  # "Boone County" beside "Lebanon": the Indiana pair, not Missouri's bigger county
            if place is not None and place.feature_code in ("ADM1", "ADM2") and place.admin1_code:
                key = work.key if place.feature_code == "ADM2" else _STATE_NAMED
                self._sentence_regions.setdefault(work.span.sentence, {}).setdefault(
                    place.admin1_code, set()).add(key)
                self._regions.setdefault(place.admin1_code, set()).add(key)

    def signature(self, work: Work) -> tuple:
        """What :meth:`for_work` depends on besides the report: equal signatures, equal bonuses."""
        key = work.key
        regions = self._sentence_regions.get(work.span.sentence, {})
        return (key, frozenset(code for code, names in regions.items() if names - {key}))

    def for_work(self, work: Work, votes: dict[tuple, float]):
        """The bonus per candidate, with the other names' ``votes`` by place (its ``identity``);
        those too unlikely to be lifted to the top have none."""
        # a region counts when another name of the report named it, not the name itself
        key = work.key
        regions = {code for code, names in self._sentence_regions.get(work.span.sentence, {}).items()
                   if names - {key}}
        regions_named = {code for code, names in self._regions.items() if names - {key}}
        given = self._given

        def bonus(place: Place) -> float:
            value = votes.get(identity(place), 0.0)
            region = place.admin1_code
            if region in regions:
                value += SENTENCE_REGION_WEIGHT
            elif region in regions_named:
                value += REPORT_REGION_WEIGHT
            if given and place.country_code == given:
                value += COUNTRY_WEIGHT
            return value

        return bonus


_STATE_NAMED = ""  # no vote key is empty: a region named outright counts for every name


def _vote_key(work: Work) -> str:
    """Names told again vote once: "Kharkiv" three times is one name of the report."""
    return f"{name_key(work.name)}|{work.country or ''}|{work.admin1 or ''}"


def _candidates(resolver: Resolver, work: Work) -> list[tuple[Place, float]]:
    """A name's candidates with their plain scores; a name decided by its cues has one."""
    if work.span.country_alias or work.span.demonym or work.container_used or work.list_kind or work.holds:
        return [(work.resolution.place, 0.0)]
    ranking = _ranking(resolver, work)
    if ranking is None or not ranking.scored:
        return [(work.resolution.place, 0.0)]
    best = ranking.scored[0].score
    # a namesake a million times less likely than the first is left to its plain score
    return [(c.place, c.score) for c in ranking.scored if c.score > best - REACH]


def _alias_only(resolver: Resolver, work: Work) -> bool:
    """Whether every candidate of a name is reached through one lone alternate name only."""
    if work.span.country_alias or work.span.demonym or work.container_used or work.list_kind:
        return False
    ranking = _ranking(resolver, work)
    return ranking is not None and bool(ranking.scored) and all(c.match == "alias" for c in ranking.scored)


def _answered_by_alias(resolver: Resolver, work: Work) -> bool:
    """Whether the name's answer bears it only as one lone alternate name ("OKs": Oshkosh) or
    as a folded spelling of a name ("Wynne": Vienna, "Rosa": Russia)."""
    place = work.resolution.place if work.resolution else None
    if place is None:
        return False
    ranking = _ranking(resolver, work)
    answer = identity(place)
    # the match first: most candidates are no alias, and an identity is a new tuple
    return ranking is not None and any(c.match in ("alias", "variant") and identity(c.place) == answer
                                       for c in ranking.scored)


def _noise(work: Work, document: str, likely_country: str | None = None) -> bool:
    """Whether a name is an acronym that its mention drops ("GBI", "SWAT": agencies and units).

    An everyday word dropped as a place ("Carbon monoxide", "the Green party", a headline's
    "Sycamore") votes only in a report that reads as local news of ``likely_country``, whose
    hamlets such words name (the Illinois town Sycamore, measured on LGL); elsewhere four of
    them would carry Georgia across the Atlantic.
    """
    span = work.span
    everyday = likely_country is None and " " not in span.surface and is_common_word(span.surface)
    return (span.acronym or everyday) and _mention(work, document) is None


def _looks_again(work: Work, reachable: list[Place]) -> bool:
    """Whether a name has rivals that the rest of the report may decide between."""
    result = work.resolution
    return (result.place is not None and (result.alternatives or len(reachable) > 1)
            and not work.span.country_alias and not work.list_kind and not work.holds)


def _ranking(resolver: Resolver, work: Work):
    try:
        return resolver.ranking(work.name, country=work.country, admin1=work.admin1)
    except InputError:
        return None


def _important(place: Place) -> bool:
    code = place.feature_code
    return (code.startswith(("PCL", "ADM1", "PPLC", "PPLA", "CONT")) or code in WIDE_FEATURES
            or place.population >= IMPORTANT_POPULATION)


def _famous_over_person(place: Place) -> bool:
    """Famous enough to be meant even by a name that the report gives a person ("Jordan")."""
    code = place.feature_code
    return (code.startswith(("PCL", "ADM1", "CONT")) or place.population >= FAMOUS_POPULATION
            or (code == "PPLC" and place.population >= IMPORTANT_POPULATION))


def _famous(place: Place) -> bool:
    """Famous enough to be meant even when the name is an everyday word ("Turkey", "Reading").

    A capital of a few thousand is not ("Valley": The Valley, Anguilla's capital).
    """
    code = place.feature_code
    return (code.startswith(("PCL", "CONT")) or code in WIDE_FEATURES or place.population >= FAMOUS_POPULATION
            or (code == "PPLC" and place.population >= IMPORTANT_POPULATION))


def _mention(work: Work, document: str, keep_all: bool = False, by_alias: bool = False) -> Mention | None:
    span, result = work.span, work.resolution
    place = result.place
    cued = bool(span.country_cue or span.feature_cue or span.near_cue or span.facility
                or work.container_used)
    if keep_all:
        pass
    elif place is None:
        if not (cued or span.key is None):
            return None
    elif span.acronym and not place.feature_code.startswith(("PCL", "ADM1", "CONT")):
        return None  # NATO, TASS, OSCE: acronyms name organisations far more than places
    elif (span.article_alone and place.feature_code.startswith("PPL") and not cued
          and not name_key(place.name).startswith("the ")):
        return None  # "from across the Dnipro": the river, which the gazetteer does not hold; not the city
    elif not span.country_alias and not (cued and not span.facility):
        single = " " not in span.surface.strip()
        known = (place, *result.alternatives, *work.known)
        # the kind first, the name last: few places are famous, and folding every name is dear
        locative = span.locative and not span.sentence_initial
        famous = any((_famous(p) or (locative and _important(p))) and _short_name(p.name) == span.key
                     for p in known)
        # "Maine, Montana, New Hampshire": a list of states holds states
        famous = famous or bool(work.list_of and kind_of(place.feature_code) == work.list_of)
        # the places named alike are read only for a person's name: folded for it alone
        if span.person and not (work.list_of or _big_alike(span.key, known, locative)):
            # "Doris Jackson ... Jackson, who lived alone": the person, though a city of 150,000 is
            # named so; a place only when famous or written as one ("in Jackson")
            return None
        if single and span.speaker and not span.demonym and not famous:
            return None  # "Wynne said", "Denton said": a person, unless a capital or a city of millions
        if single and not (cued or span.locative) and by_alias and not is_cyrillic(span.surface):
            # (a Cyrillic name is the place's own in its language, however GeoNames files it)
            return None  # "Pct.", "OKs", "Wynne": one alternate name or a spelling of a far town's, no cue
        if single and not famous and (is_common_word(span.surface) or span.common or (
                is_common_plural(span.surface) and not span.locative)):
            return None  # "Police", "Home", "Council": everyday words, not places
        if single and not any(map(_important, known)):
            if (is_first_name(span.surface) and not (span.locative or span.near_cue or span.dateline)) or span.speaker:
                return None  # "Jim", "Welch said": people; but "in Lyman", "near Marinka" are places
    reasons = list(result.reasons)
    if span.demonym and span.name:
        reasons.insert(0, f"{span.surface!r} stands for {span.name}")
    elif span.country_cue and not span.demonym:
        reasons.insert(0, f"country {span.country_cue} from the adjective before the name")
    if span.near_cue:
        reasons.insert(0, f"{span.near_cue!r} the place: precision 2")
    if span.facility:
        reasons.insert(0, f"the {span.facility} of the place: precision 2")
    if work.container_used:
        reasons.insert(0, f"within {work.admin1 or work.country}, written after the name")
    status = result.status
    return Mention(document, span.start, span.end, span.surface, status, place,
                   precision_of(place, span), tuple(reasons), span.sentence,
                   near=span.near_cue, facility=span.facility)


def _short_name(name: str) -> str:
    """A place's name as a report writes it short: "Acapulco" of "Acapulco de Juárez".

    >>> _short_name("Acapulco de Juárez"), _short_name("Boston")
    ('acapulco', 'boston')
    """
    return _OF_LINK.split(name_key(name), 1)[0]


_OF_LINK = re.compile(r" (?:de|del|da|do|di|dos|das) ")


def _big_alike(key: str | None, known, locative: bool) -> bool:
    """Whether a place named as a person is ("Jackson") is famous enough to be meant, or
    important and written as a place ("in Jackson")."""
    alike = _named_alike(key, known)
    return any(map(_famous_over_person, alike)) or (locative and any(map(_important, alike)))


def _named_alike(key: str | None, places) -> list[Place]:
    """The places that a name means by itself: "Johnson County" is not what "Johnson" names."""
    counties = {f"{key} {word}" for word in _COUNTY_WORDS}
    return [p for p in places if name_key(p.name) not in counties]


_COUNTY_WORDS = ("county", "parish", "borough", "township", "district")


#: A dropped name is kept when another place of the report lies this close to it.
SUPPORT_KM = 200.0


def _with_supported_names(works: list[Work], mentions: list[Mention], document: str) -> list[Mention]:
    """The mentions, with the everyday-word names that the rest of the report places nearby.

    "Montana", "Hurricane", "Trenton" are dropped one at a time as an everyday word or a
    first name; a report that also names Billings, Putnam County or Monroe puts them back
    when the place the name resolved to shares a first-level region with another mention
    (not a country) or lies within :data:`SUPPORT_KM` of one.
    """
    kept = {(m.start, m.end) for m in mentions}
    anchors = [m.place for m in mentions
               if m.place is not None and not m.place.feature_code.startswith(("PCL", "CONT"))]
    if not anchors:
        return mentions
    rescued = []
    for work in works:
        span, place = work.span, work.resolution.place if work.resolution else None
        if (place is None or (span.start, span.end) in kept or span.person or span.speaker or span.acronym
                or (span.article_alone and place.feature_code.startswith("PPL")) or span.country_alias or span.demonym or place.feature_code.startswith(("PCL", "CONT"))):
            continue
        if (is_common_word(span.surface) or is_common_plural(span.surface)) and not span.locative:
            continue  # "Hope", "Union", "Day": only where the sentence puts something in them
        if any(other is not place and ((other.admin1_code and other.admin1_code == place.admin1_code)
                                       or distance_km(other.latitude, other.longitude, place.latitude,
                                                      place.longitude) <= SUPPORT_KM) for other in anchors):
            rescued.append(_mention(work, document, keep_all=True))
    return sorted([*mentions, *rescued], key=lambda m: m.start) if rescued else mentions
