"""Lists without context: where a batch of names is, told by its names resolved without doubt.

A spreadsheet column of village names has no text around each name, but the
column as a whole is about one place: the names that resolve without doubt (a
unique candidate, a big city, a clear margin) tell where, and the ambiguous
ones are then ranked by how close each candidate lies to that area.

Two passes: the first resolves every name as it stands and keeps the confident
ones; :func:`focus_of` turns them into a :class:`BatchFocus` (the dominant
country, the median point and a spread, the dominant first-level regions); the
second ranks the other names again with the focus as a soft prior (a bonus per
candidate, on the score's scale: one point is a tenfold population), so a name
whose only candidates lie elsewhere still resolves there.

>>> from gazetteer.model import Place
>>> focus = BatchFocus.of_bbox(36.0, 47.0, 39.0, 49.0)
>>> inside = Place(1, "Novoselivka", "UA", "Donetsk Oblast", 48.1, 37.5, "PPL", 600)
>>> far = Place(2, "Novoselivka", "UA", "Odesa Oblast", 46.2, 30.0, "PPL", 900)
>>> focus.bonus(inside) > focus.bonus(far) + 1
True
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from .errors import InputError
from .model import Place, Resolution, validate_coordinates
from .rank import distance_km
from .resolver import Resolver

__all__ = ["BatchFocus", "resolve_batch", "resolve_each", "focus_of", "is_confident", "near_point",
           "FOCUS_MODES", "COUNTRY_WEIGHT", "AREA_WEIGHT", "LOCAL_WEIGHT", "DENSITY_WEIGHT"]

#: ``auto``: find the focus in the batch; ``none``: every name on its own.
FOCUS_MODES = ("auto", "none")
#: Bonus weights on the score's scale. Together they are worth at most a
#: ~100,000-fold population (and a tenfold per tenfold of confident places crowding
#: a candidate, :data:`DENSITY_WEIGHT`): enough to pick a namesake in the area over a
#: bigger one elsewhere, not enough to move a city across the map.
COUNTRY_WEIGHT = 2.0
AREA_WEIGHT = 2.0
LOCAL_WEIGHT = 2.0
#: Nearness to the k-th nearest confident place: a stray one alone pulls nothing.
LOCAL_K = 3
LOCAL_KM = 25.0
#: Where confident places crowd, the list's events are: each tenfold of them within this
#: distance is worth a tenfold population. It tells apart namesakes that all lie in the
#: area (two Stepanivkas of one oblast), where the k-th nearest rule is near its top for both.
DENSITY_WEIGHT = 1.0
DENSITY_KM = 15.0
#: A country holding this share of the confident places is the batch's country.
DOMINANT_SHARE = 0.5
#: Confident places needed before the batch is trusted to have a focus.
MIN_CONFIDENT = 3
#: Rivals within this distance are the same place told twice, not doubt.
SAME_PLACE_KM = 100.0
BIG_CITY = 100_000
MIN_SPREAD_KM = 25.0
MAX_REGIONS = 3
KM_PER_DEGREE = 111.195

Query = str | Mapping[str, str]


@dataclass(frozen=True, slots=True)
class BatchFocus:
    """Where a batch of names is: a point with a spread, or a box; a country and regions.

    ``regions`` maps GeoNames admin1 codes (``UA.05``) to their share of the
    confident places; ``label`` says the area in words for reasons; ``points``
    are the confident places themselves, whose clusters a spread alone would blur
    (a list from two fronts has its median point between them).
    """

    latitude: float
    longitude: float
    spread_km: float
    label: str
    country: str | None = None
    regions: tuple[tuple[str, float], ...] = ()
    bbox: tuple[float, float, float, float] | None = None
    confident: int = 0
    total: int = 0
    points: tuple[tuple[float, float], ...] = ()

    @classmethod
    def of_bbox(cls, west: float, south: float, east: float, north: float) -> BatchFocus:
        """The user's box (W, S, E, N): candidates inside get the whole area bonus.

        >>> BatchFocus.of_bbox(36, 47, 39, 49).label
        'the box 36, 47, 39, 49'
        >>> BatchFocus.of_bbox(39, 47, 36, 49)
        Traceback (most recent call last):
        ...
        gazetteer.errors.InputError: bbox west 39.0 is east of east 36.0
        """
        south, west = validate_coordinates(south, west)
        north, east = validate_coordinates(north, east)
        if west > east:
            raise InputError(f"bbox west {west} is east of east {east}")
        if south > north:
            raise InputError(f"bbox south {south} is north of north {north}")
        lat, lon = (south + north) / 2, (west + east) / 2
        spread = max(MIN_SPREAD_KM, distance_km(south, west, north, east) / 4)
        label = "the box " + ", ".join(f"{v:g}" for v in (west, south, east, north))
        return cls(lat, lon, spread, label, bbox=(west, south, east, north))

    def distance_to(self, place: Place) -> float:
        """Kilometres from the area: to the box (0 inside), else to the median point."""
        lat, lon = place.latitude, place.longitude
        if self.bbox is not None:
            west, south, east, north = self.bbox
            lat, lon = min(max(lat, south), north), min(max(lon, west), east)
            return distance_km(place.latitude, place.longitude, lat, lon)
        return distance_km(self.latitude, self.longitude, lat, lon)

    def bonus(self, place: Place) -> float:
        """The soft prior: the country, nearness to the area and to the confident places."""
        value = COUNTRY_WEIGHT if self.country and place.country_code == self.country else 0.0
        # whole at the centre or in the box, a half spread away, a tenth nine spreads away
        value += AREA_WEIGHT * self.spread_km / (self.spread_km + self.distance_to(place))
        if len(self.points) >= LOCAL_K:
            near = _kth_nearest_km(self.points, place.latitude, place.longitude, LOCAL_K)
            value += LOCAL_WEIGHT * LOCAL_KM / (LOCAL_KM + near)
        if self.points:
            value += DENSITY_WEIGHT * math.log10(1 + _count_within(self.points, place.latitude, place.longitude,
                                                                   DENSITY_KM))
        return value

    def reason(self) -> str:
        """What a resolution says about the focus it was ranked with."""
        if self.bbox is not None or not self.total:
            return f"batch focus: {self.label}, given; ranked by distance to it"
        return (f"batch focus: {self.confident:,} of {self.total:,} names resolved without doubt "
                f"centre on {self.label} (median point {self.latitude:.2f}, {self.longitude:.2f}, "
                f"spread {self.spread_km:,.0f} km); ranked by distance to it")


def is_confident(result: Resolution) -> bool:
    """Resolved without doubt: no rival elsewhere within a thousandfold, or a big city.

    A country says little about where in it a list is, so it never counts.
    """
    place = result.place
    if result.status != "resolved" or place is None or place.feature_code.startswith(("PCL", "CONT")):
        return False
    if place.feature_code == "PPLC" or place.population >= BIG_CITY:
        return True
    return all(distance_km(place.latitude, place.longitude, alt.latitude, alt.longitude) <= SAME_PLACE_KM
               for alt in result.alternatives)


def focus_of(results: list[Resolution], total: int | None = None) -> BatchFocus | None:
    """The focus of a batch's first answers, or None when too few are confident.

    Each distinct place counts once, so a name repeated down a column does not
    outvote the rest; medians keep a few stray places from moving the centre.
    """
    places = list({p.geonameid or (p.name, p.latitude, p.longitude): p
                   for r in results if is_confident(r) for p in (r.place,)}.values())
    if len(places) < MIN_CONFIDENT:
        return None
    countries = Counter(p.country_code for p in places)
    country, count = countries.most_common(1)[0]
    if count / len(places) < DOMINANT_SHARE:
        country = None
    inside = [p for p in places if country is None or p.country_code == country]
    lat = statistics.median(p.latitude for p in inside)
    lon = statistics.median(p.longitude for p in inside)
    spread = max(MIN_SPREAD_KM, statistics.median(distance_km(lat, lon, p.latitude, p.longitude)
                                                  for p in inside))
    regions = Counter(p.admin1_code for p in inside if p.admin1_code)
    shares = tuple((code, n / len(places)) for code, n in regions.most_common())
    names = {p.admin1_code: p.admin1 for p in inside if p.admin1}
    return BatchFocus(lat, lon, spread, _label(shares, names, country), country, shares,
                      confident=sum(map(is_confident, results)),
                      total=len(results) if total is None else total, points=tuple((p.latitude, p.longitude) for p in places))


def _kth_nearest_km(points, lat: float, lon: float, k: int) -> float:
    """Kilometres to the k-th nearest point, on a flat map around ``lat`` (fine at these ranges).

    >>> round(_kth_nearest_km([(48.0, 37.0), (48.1, 37.0), (50.0, 30.0)], 48.0, 37.0, 2))
    11
    """
    scale = math.cos(math.radians(lat))
    squares = sorted((p_lat - lat) ** 2 + ((p_lon - lon) * scale) ** 2 for p_lat, p_lon in points)
    return math.sqrt(squares[k - 1]) * KM_PER_DEGREE


def _count_within(points, lat: float, lon: float, km: float) -> int:
    """How many points lie within ``km`` of ``lat, lon``, on a flat map around it.

    >>> _count_within([(48.0, 37.0), (48.1, 37.0), (50.0, 30.0)], 48.0, 37.0, 15)
    2
    """
    scale = math.cos(math.radians(lat))
    limit = (km / KM_PER_DEGREE) ** 2
    return sum(1 for p_lat, p_lon in points if (p_lat - lat) ** 2 + ((p_lon - lon) * scale) ** 2 <= limit)


def _label(shares, names: dict[str, str], country: str | None) -> str:
    """The dominant regions, fewest that hold half of the confident places: 'Donetsk Oblast, UA'."""
    picked, held = [], 0.0
    for code, share in shares[:MAX_REGIONS]:
        if held >= DOMINANT_SHARE or code not in names:
            break
        picked.append(names[code])
        held += share
    words = " and ".join(picked) if held >= DOMINANT_SHARE else ""
    return ", ".join(w for w in (words, country) if w) or "several countries"


def resolve_each(queries: Iterable[Query], resolver: Resolver, country: str | None = None,
                 admin1: str | None = None, near: tuple[float, float] | None = None,
                 prior: Callable[[Place], float] | None = None) -> Iterator[Resolution]:
    """Each query on its own, in order; a query with unusable context is unresolved, not an error.

    A query is a name, or a mapping with ``name`` and optional ``country`` and
    ``admin1`` (a CSV row), whose values win over the arguments.
    """
    for query in queries:
        row = {"name": query} if isinstance(query, str) else query
        name = row.get("name") or ""
        try:
            yield resolver.resolve(name, country=row.get("country") or country,
                                   admin1=row.get("admin1") or admin1, near=near, prior=prior)
        except InputError as err:
            yield Resolution(name, "unresolved", None, (), (f"invalid input: {err}",))


def resolve_batch(queries: Iterable[Query], resolver: Resolver, focus: str | BatchFocus | None = "auto",
                  country: str | None = None, admin1: str | None = None,
                  near: tuple[float, float] | None = None,
                  progress: Callable[[Iterable], Iterable] | None = None) -> list[Resolution]:
    """Resolve a list of names together: the answers, in order.

    ``focus`` is ``"auto"`` (found in the batch; a given ``near`` point names
    the area instead, so none is looked for), a :class:`BatchFocus` (the user's
    area), or ``"none"``/None (each name on its own). Names resolved without
    doubt keep their answer; the others are ranked again with the focus's bonus.
    ``progress`` wraps the first pass (a progress bar); the second costs little,
    as the resolver keeps each query's candidates.

    Raises :class:`~gazetteer.errors.InputError` for an unknown focus mode.
    """
    if isinstance(focus, str) and focus not in FOCUS_MODES:
        raise InputError(f"unknown focus {focus!r}; expected one of {', '.join(FOCUS_MODES)}")
    queries = list(queries)
    first = list(resolve_each(progress(queries) if progress else queries, resolver, country, admin1, near))
    if focus in (None, "none") or (focus == "auto" and near is not None):
        return first
    if isinstance(focus, str):
        focus = focus_of(first)
        if focus is None:
            return first
    said = focus.reason()
    answers = []
    for query, result in zip(queries, first):
        if result.place is None:
            answers.append(result)  # no candidate: a prior cannot help
            continue
        if focus.bbox is None and is_confident(result) and _settled(result):
            # the names the focus was found from keep their answer; a box the user drew re-ranks all
            answers.append(_tell(result, said + " (kept: without doubt)"))
            continue
        prior = focus.bonus
        if focus.bbox is None and is_confident(result):
            # a namesake of the answer lies further than a place's own reach: ranked again, with
            # the answer's own point left out of the evidence, as it would vote for itself
            own = (result.place.latitude, result.place.longitude)
            prior = replace(focus, points=tuple(p for p in focus.points if p != own)).bonus
        again = next(resolve_each([query], resolver, country, admin1, near, prior=prior))
        answers.append(_tell(again, said))
    return answers


def _settled(result: Resolution) -> bool:
    """A capital or big city, or no namesake of the answer beyond a place's own reach (:data:`LOCAL_KM`).

    A confident answer may have namesakes within :data:`SAME_PLACE_KM`: too close to tell the
    batch's area apart, too far for where an event was (two Opytnes of one oblast).
    """
    place = result.place
    if place.feature_code == "PPLC" or place.population >= BIG_CITY:
        return True
    return all(distance_km(place.latitude, place.longitude, alt.latitude, alt.longitude) <= LOCAL_KM
               for alt in result.alternatives)


def _tell(result: Resolution, reason: str) -> Resolution:
    return replace(result, reasons=(*result.reasons, reason))


def near_point(resolver: Resolver, text: str) -> tuple[tuple[float, float], str]:
    """A point from ``LAT,LON`` or a place name resolved first, and how it was read.

    >>> near_point(Resolver(), "48.0,37.8")  # doctest: +SKIP
    ((48.0, 37.8), '48.0000, 37.8000')
    """
    try:
        lat, lon = (float(p) for p in text.split(","))
    except ValueError:
        pass  # not two numbers: a place name
    else:
        point = validate_coordinates(lat, lon)
        return point, f"{point[0]:.4f}, {point[1]:.4f}"
    result = resolver.resolve(text)
    if result.place is None:
        raise InputError(f"near {text!r} is neither LAT,LON nor a known place")
    if result.status != "resolved":
        # a point picked at random among namesakes would steer every name wrong
        raise InputError(f"near {text!r} is ambiguous ({result.reasons[-1]}); "
                         "qualify it, e.g. 'Pokrovsk (Donetsk Oblast)', or give LAT,LON")
    place = result.place
    return (place.latitude, place.longitude), f"{place.name} ({place.admin1 or '-'}, {place.country_code})"
