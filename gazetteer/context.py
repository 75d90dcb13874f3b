"""What narrows a query: the country, regions and point its context gives.

A name comes with qualifiers ("Kamianka (Izium Raion)"), a country, a first-level
region as a spreadsheet writes it, or a point; :func:`read_context` turns them into
one :class:`Context` that the resolver's filters read, and :func:`find_region` finds
the region (or town) a qualifier names.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from .errors import InputError
from .model import Place, validate_coordinates
from .normalize import name_key, variant_key
from .query import ParsedName, parse_name
from .rank import distance_km
from .regions import RegionFinder
from .transliteration import district_town_keys, ukrainian_keys

__all__ = ["Context", "read_context", "find_region", "DISTRICT_WORDS", "DISTRICT_RADIUS_KM", "TOWN_LEVELS"]

#: How gazetteers name a second-level region after its town: "Volnovakha Raion".
DISTRICT_WORDS = ("raion", "rayon", "district")
#: A qualifier that names no region may name the town a district was named after (a raion
#: centre is PPLA2) or any other town: the place is looked for near it.
#: How far a former district's villages lie from the town it was named after.
DISTRICT_RADIUS_KM = 50.0
TOWN_LEVELS = ("PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPL")


@dataclass(frozen=True, slots=True)
class Context:
    """What narrows a query: a country, a first-level region, a region at any level, a point.

    ``admin1`` holds every first-level region the context's text names: one as a rule,
    two when a region is named after a city that is a region itself (``Kyiv``: Kyiv
    City and Kyiv Oblast); a place in any of them fits.
    """

    country: str | None = None
    admin1: tuple[Place, ...] = ()
    region: Place | None = None
    near: tuple[float, float] | None = None
    radius_km: float | None = None  # a district named after its town: places this close to it


def read_context(resolver, regions: RegionFinder, parsed: ParsedName, country, admin1, near,
                 reasons: list[str]) -> Context:
    """The :class:`Context` a query's qualifiers, country, first-level region and point give.

    ``resolver`` looks the qualifiers up (:meth:`~gazetteer.resolver.Resolver.region`);
    ``regions`` finds the first-level region as spreadsheets write it. What each part
    says is added to ``reasons``; an unknown region is said and ignored, never an error.
    """
    code = resolver.countries.code(country) if country else None
    if code:
        reasons.append(f"country {code} from context {country!r}")
    region, radius = None, None
    for qualifier in parsed.qualifiers:
        found = resolver.countries.find(qualifier)
        if found and code and found != code:
            raise InputError(f"{qualifier!r} contradicts country {code}")
        if found:
            code = found
            reasons.append(f"country {code} from {qualifier!r}")
            continue
        region = resolver.region(qualifier, code, levels=("ADM1", "ADM2"))
        if region is None and near is None:
            # "Recreation centre (Borova)": a town as qualifier says where to look
            town = resolver.region(qualifier, code, levels=TOWN_LEVELS)
            if town is not None:
                near = (town.latitude, town.longitude)
                if parse_name(qualifier).hint == "admin2":
                    # a former district, named after its centre: its villages lie around it
                    radius = DISTRICT_RADIUS_KM
                code = code or town.country_code
                reasons.append(f"near {town.name} ({town.country_code}) from {qualifier!r}")
                continue
        if region is None:
            reasons.append(f"qualifier {qualifier!r} names no country, region or town; ignored")
        else:
            code = code or region.country_code
            reasons.append(f"within {region.name} ({region.country_code}) from {qualifier!r}")
    admin1_places: tuple[Place, ...] = ()
    if admin1:
        # a soft preference: an unknown region is said and ignored, never a lost row
        match = regions.find(admin1, code)
        if match is None:
            where = f" in {code}" if code else ""
            reasons.append(f"unknown first-level region {admin1!r}{where}; ignored")
        else:
            admin1_places = match.regions
            code = code or admin1_places[0].country_code
            how = "" if match.how == "name" else f" ({match.how})"
            reasons.append(f"within {' or '.join(r.name for r in admin1_places)} "
                           f"from context {admin1!r}{how}")
    if near is not None:
        near = validate_coordinates(*near)
        reasons.append(f"ranked by distance to {near[0]:.4f}, {near[1]:.4f}")
    return Context(code, admin1_places, region, near, radius)


def find_region(regions: RegionFinder, sources, text: str, country: str | None = None,
                levels: tuple[str, ...] = ("ADM1",), within: Collection[str] = (),
                near: tuple[float, float, float] | None = None) -> Place | None:
    """The region (or, with other ``levels``, the place) that ``text`` names, or None.

    A first-level region (the default ``levels``) may be named as spreadsheets
    do: by an alternate name, its capital, or a near miss (see
    :mod:`gazetteer.regions`); of two regions named alike (Kyiv City and Kyiv
    Oblast) the one holding the place of that name comes first. ``within`` keeps
    the places in those admin1 codes, ``near`` (latitude, longitude, km) those
    within that distance of a point (a city's own districts).
    """
    if levels == ("ADM1",):
        match = regions.find(text, country)
        return match.regions[0] if match else None
    parsed = parse_name(text)
    names = [parsed.full, parsed.name]
    if parsed.hint == "admin2":
        # "Volnovakha district" is GeoNames' "Volnovakha Raion": the region words are synonyms
        names += [f"{parsed.name} {word}" for word in DISTRICT_WORDS]
    keys = [name_key(n) for n in dict.fromkeys(names)]
    lookups = [(s.find, k) for k in keys for s in sources]
    lookups += [(s.find_variant, variant_key(k)) for k in keys for s in sources]
    if parsed.hint == "admin2":
        # "Yasinovatsky district": a district named by its adjective is named after a town
        towns = district_town_keys(name_key(parsed.name))
        lookups += [(s.find_variant, k) for k in towns for s in sources]
        lookups += [(s.find_variant, u) for k in towns[:2] for u in ukrainian_keys(k) for s in sources]
    lookups += [(s.find_variant, u) for k in keys[-1:] for u in ukrainian_keys(k) for s in sources]
    for find, key in lookups:
        places = [p for p in find(key) if p.feature_code in levels
                  and (country is None or p.country_code == country)
                  and (not within or p.admin1_code in within)
                  and (near is None or distance_km(near[0], near[1], p.latitude, p.longitude) <= near[2])]
        if places:
            return max(places, key=lambda p: (p.feature_code == levels[0], p.population))
    return None
