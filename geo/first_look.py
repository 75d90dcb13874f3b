"""The first look at each name of a report: the cues beside it, and what the next name says.

A name is first resolved with what stands beside it only: a country adjective or
alias, a region written after it ("Springfield, Ill.", "Kerdylivshchyna (Sumy
Oblast)"), the kind of the list it is an item of. :mod:`geo.contextual` then weighs
these first answers across the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gazetteer import InputError, Place, Resolution, Resolver, name_key
from gazetteer.rank import distance_km
from gazetteer.ranking import describe

from .lexicon import CONTINENT_ADJECTIVES, region_abbreviation, singular_demonym
from .lists import LIST_KINDS, kind_of, shared_kind
from .model import Span

__all__ = ["Work", "first_work", "resolve_work", "apply_container", "apply_list_kind", "leaves_its_list"]

#: A name after a city's comma within this reach of the city is a part of it ("Queens, New York").
CITY_REACH_KM = 50.0

_CONTAINER_GAP = re.compile(r"^\s*[,(]\s*$")


@dataclass
class Work:
    span: Span
    name: str
    country: str | None
    admin1: str | None
    resolution: Resolution | None = None
    container_used: bool = False
    list_kind: str | None = None  # "ADM1" when the name is an item of a list of states
    known: tuple = ()  # every place the name could be, from the first look: how famous the name is
    holds: bool = False  # the state of "Atlanta, Georgia": decided by the name it holds
    list_of: str | None = None  # "ADM1": an item of a list of states, whatever its first answer
    key: str = ""  # its vote key, set once the name is final (after the containers): asked a dozen times


def first_work(span: Span, resolver: Resolver) -> Work:
    name, country, admin1 = span.name or span.surface, span.country_cue, None
    if span.country_alias:
        code = span.country_alias
        return Work(span, resolver.countries.names.get(code, code), code, None,
                     resolution=_resolve_country(resolver, code, span.surface))
    if span.demonym:
        adjective = singular_demonym(span.key)
        if adjective in CONTINENT_ADJECTIVES:
            return Work(span, span.surface, None, None,
                         resolution=_resolve_continent(resolver, CONTINENT_ADJECTIVES[adjective], span.surface))
        if span.name:  # "Ohioans": the state, within its country
            return Work(span, f"{span.name} region", span.country_cue, None)
        code = resolver.countries.find(span.key) or resolver.countries.find(adjective) or span.country_cue
        return Work(span, span.surface, code, None, resolution=_resolve_country(resolver, code, span.surface))
    region = region_abbreviation(span.surface)  # "Springfield, Ill.", "Regina, Sask."
    if region and span.key == name_key(region[0]):
        return Work(span, f"{region[0]} state", region[1], None)
    if span.key is None and not span.feature_cue:
        # "Wichita Drive": a street, river or park that no gazetteer here knows
        return Work(span, name, country, admin1, resolution=Resolution(
            name, "unresolved", None, (), (f"{span.surface!r} names a street, river or site "
                                           "that the gazetteer does not know",)))
    if span.feature_cue:
        name = f"{name} {_HINT_WORD[span.feature_cue]}"
    return Work(span, name, country, admin1)


#: "Town" capitalised: the cue may have been "village" or "hamlet", and the gazetteer reads a
#: lowercase "town" as a place of a town's size (gazetteer.rank), a capitalised one as a populated
#: place of any; the whole is looked up as before ("Richmond Town", an alternate name)
_HINT_WORD = {"populated": "Town", "admin1": "region", "admin2": "district"}


def resolve_work(resolver: Resolver, work: Work, prior=None) -> Resolution:
    try:
        return resolver.resolve(work.name, country=work.country, admin1=work.admin1, prior=prior,
                                fuzzy=False)
    except InputError as err:  # an unknown region or a contradiction: say so, do not stop
        return Resolution(work.name, "unresolved", None, (), (str(err),))


def _resolve_country(resolver: Resolver, code: str, surface: str) -> Resolution:
    name = resolver.countries.names.get(code, code)
    result = resolver.resolve(name, country=code)
    if result.place is not None and not result.place.feature_code.startswith("PCL"):
        pcl = [p for p in (result.place, *result.alternatives) if p.feature_code.startswith("PCL")]
        if pcl:
            result = Resolution(surface, "resolved", pcl[0], (), result.reasons)
    return Resolution(surface, result.status, result.place, result.alternatives,
                      (f"{surface!r} stands for {name}",) + result.reasons)


def _resolve_continent(resolver: Resolver, name: str, surface: str) -> Resolution:
    result = resolver.resolve(name)
    found = [p for p in (result.place, *result.alternatives) if p is not None and p.feature_code == "CONT"]
    return Resolution(surface, "resolved" if found else "unresolved", found[0] if found else None, (),
                      (f"{surface!r} stands for {name}",))


def apply_container(resolver: Resolver, text: str, work: Work, following: Work) -> None:
    """"Springfield, Ill.", "Kerdylivshchyna (Sumy Oblast)": the name after narrows the name before.

    In parentheses the region is a filter (no namesake elsewhere is kept); after a
    comma it may be the next item of a list, so it narrows only when a place fits.
    A name after the comma that is a country and a state ("Atlanta, Georgia") is
    the state when only the state holds the name before it.
    """
    gap = text[work.span.end:following.span.start]
    # "с. Кам'янка Ізюмського району": a declined region right after the name is its container
    declined = following.span.name is not None and not gap.strip()
    if not (declined or _CONTAINER_GAP.match(gap)):
        return
    in_parentheses = "(" in gap
    container = following.resolution.place if following.resolution else None
    if container is None or work.span.country_alias:
        return
    readings = [container]
    if (container.feature_code.startswith(("PCL", "PPL")) and not following.span.country_alias
            and not in_parentheses):
        # "Atlanta, Georgia" (a country and a state), "Buffalo, New York" (a city and a state)
        readings += [p for p in following.known if p.feature_code == "ADM1"]
    first = None
    for reading in readings:
        narrowed = _narrowed(work, reading, declined)
        if narrowed is None:
            continue
        result = resolve_work(resolver, narrowed)
        if (result.place is not None and reading is not container and container.feature_code.startswith("PPL")
                and distance_km(result.place.latitude, result.place.longitude, container.latitude,
                                container.longitude) <= CITY_REACH_KM):
            continue  # "Queens, New York": a part of the city, not a namesake in the state
        if result.place is not None:
            if reading is not container:
                following.resolution = Resolution(following.resolution.query, "resolved", reading, (), (
                    f"the region that holds {work.span.surface!r}: {describe(reading)}",))
                following.holds = True
            break
        first = first or (narrowed, result)
    else:
        if not (in_parentheses and first) and not (first and _says_its_region(following, container, work)):
            return
        narrowed, result = first
    work.country, work.admin1, work.resolution = narrowed.country, narrowed.admin1, result
    work.container_used = True


def _says_its_region(following: Work, container: Place, work: Work) -> bool:
    """Whether the name after the comma is a first-level region by its own word ("Kharkiv Oblast",
    "Kherson Obl.", "Херсонської області") and the name's answer lies outside it: a namesake in
    another region, where the gazetteer holds none inside ("Hlyboke, Kharkiv Oblast")."""
    place = work.resolution.place if work.resolution else None
    return (container.feature_code == "ADM1" and place is not None
            and place.admin1_code != container.admin1_code
            and (following.span.name is not None or following.span.feature_cue == "admin1"
                 or following.span.surface.split()[-1].lower().rstrip(".") in _REGION_WORDS_WRITTEN))


#: The words that make a name after a comma a region ("Kharkiv Oblast"), not a list's next item.
_REGION_WORDS_WRITTEN = frozenset(("oblast", "obl", "region", "province", "governorate", "voivodeship", "oblasti"))


def _narrowed(work: Work, container: Place, declined: bool) -> Work | None:
    """The name before, narrowed to ``container``; None when it cannot hold it or contradicts its cue."""
    code = container.feature_code
    if code.startswith("PCL"):
        narrowed = Work(work.span, work.name, container.country_code, work.admin1)
    elif code == "ADM1":
        narrowed = Work(work.span, work.name, container.country_code, container.name)
    elif code == "ADM2" and declined and container.admin1:
        narrowed = Work(work.span, work.name, container.country_code, container.admin1)
    else:
        return None
    if work.country and work.country != narrowed.country:
        return None
    return narrowed


def apply_list_kind(items: list[Work]) -> None:
    """In a list whose other items are states (or countries), a name that can be one is one."""
    for work in items:
        place = work.resolution.place if work.resolution else None
        if place is None or work.container_used:
            continue
        kind = shared_kind([o.resolution.place.feature_code if o.resolution and o.resolution.place else None
                            for o in items if o is not work])
        work.list_of = kind
        if kind_of(place.feature_code):
            continue
        alike = [p for p in work.known if kind and kind_of(p.feature_code) == kind]
        if alike:
            work.list_kind = kind
            work.resolution = Resolution(work.resolution.query, "resolved", alike[0], (), (
                f"an item of a list of {LIST_KINDS[kind]}: {alike[0].name}",) + work.resolution.reasons)


def leaves_its_list(work: Work, answer: Resolution) -> bool:
    """Whether the second look would make a town of a list's state: the rest of the report
    may pick another state for it ("Punjab" of India, not Pakistan), not leave the list's kind."""
    first, then = work.resolution.place, answer.place
    return (work.list_of is not None and first is not None and kind_of(first.feature_code) == work.list_of
            and (then is None or kind_of(then.feature_code) != work.list_of))
