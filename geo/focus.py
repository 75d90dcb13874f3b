"""An area the reports are about, given by the user: a soft prior on every name they resolve.

A corpus of short reports ("Shelling of Novoselivka") gives each name little
context of its own, while the user often knows where the whole corpus is: a
box (``--bbox W,S,E,N``) or a place or point (``--near Kramatorsk``). The area
is a :class:`~gazetteer.batch.BatchFocus`, the same value ``incidentmap resolve -``
ranks a list with, so a name ranks alike in a list and in a report: each
candidate place gets the focus's bonus on top of what its report says about it.

The prior is applied by wrapping the resolver that the geoparser's stages ask
(:class:`FocusedResolver`); the stages themselves do not know about it.

>>> focus = area_focus(bbox=(35, 46.5, 40.5, 50.5))
>>> focus.label
'the box 35, 46.5, 40.5, 50.5'
>>> area_focus(near="48.72,37.56").label
'near 48.7200, 37.5600'
>>> area_focus() is None
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from gazetteer import BatchFocus, InputError, Place, Resolution, Resolver
from gazetteer.batch import near_point
from gazetteer.rank import distance_km

__all__ = ["area_focus", "FocusedResolver", "NEAR_SPREAD_KM"]

#: How far "near a place" reaches: about an oblast's radius. A candidate this far
#: off gets half the area bonus; one at the far end of a country a tenth or less.
NEAR_SPREAD_KM = 100.0


def area_focus(near: str | tuple[float, float] | None = None,
               bbox: Sequence[float] | None = None, resolver: Resolver | None = None) -> BatchFocus | None:
    """The focus the user names: a box (W, S, E, N), or a point or place name to be near.

    ``near`` is ``"LAT,LON"``, a ``(lat, lon)`` pair or a place name, resolved
    with ``resolver`` (the default gazetteer if None); an ambiguous or unknown
    name is an error, as a point picked among namesakes would steer every name.

    Raises :class:`~gazetteer.errors.InputError` for a bad box or point, an
    unknown or ambiguous place, or both a box and a point.

    >>> area_focus(near=(48.72, 37.56), bbox=(35, 46.5, 40.5, 50.5))
    Traceback (most recent call last):
    ...
    gazetteer.errors.InputError: give either a box or a point to be near, not both
    """
    if near is not None and bbox is not None:
        raise InputError("give either a box or a point to be near, not both")
    if bbox is not None:
        if len(bbox) != 4:
            raise InputError(f"a box is four numbers W,S,E,N, got {len(bbox)}")
        return BatchFocus.of_bbox(*(float(v) for v in bbox))
    if near is None:
        return None
    text = near if isinstance(near, str) else ",".join(str(float(v)) for v in near)
    (lat, lon), said = near_point(resolver or Resolver(), text)
    return BatchFocus(lat, lon, NEAR_SPREAD_KM, f"near {said}")


class FocusedResolver:
    """A resolver whose every answer ranks its candidates with the focus's bonus added.

    Whatever prior the caller passes (what the report says) is kept; the
    focus's bonus is added to it. A name whose answer or status the focus
    changed says so in its reasons, with the answer it would have had. Everything else
    (rankings with plain scores, country tables, the index) is the wrapped
    resolver's.
    """

    def __init__(self, resolver: Resolver, focus: BatchFocus):
        self._resolver = resolver
        self.focus = focus
        self._said = focus.reason()

    def __getattr__(self, name: str):
        return getattr(self._resolver, name)

    def resolve(self, name: str, country: str | None = None, admin1: str | None = None,
                near: tuple[float, float] | None = None,
                prior: Callable[[Place], float] | None = None, fuzzy: bool = True) -> Resolution:
        inner = self._resolver
        focused = inner.resolve(name, country, admin1, near, _plus(prior, self.focus.bonus), fuzzy)
        if focused.place is None or len(inner.ranking(name, country, admin1, near, fuzzy).scored) < 2:
            return focused  # one candidate or none: a prior cannot change the answer
        without = inner.resolve(name, country, admin1, near, prior, fuzzy)
        if without.place is None:
            return focused
        if _identity(without.place) != _identity(focused.place):
            place = without.place
            said = (f"{self._said}; without it: {place.name} ({place.admin1 or '-'}, {place.country_code}), "
                    f"{_km(place, focused.place):,.0f} km away")
        elif without.status != focused.status:
            said = f"{self._said}; without it: {without.status}"
        else:
            return focused  # the focus agreed with the rest: nothing to say
        return replace(focused, reasons=(*focused.reasons, said))


def _plus(prior: Callable[[Place], float] | None, bonus: Callable[[Place], float]) -> Callable[[Place], float]:
    if prior is None:
        return bonus
    return lambda place: prior(place) + bonus(place)


def _identity(place: Place) -> tuple:
    return (place.geonameid, place.name, place.latitude, place.longitude)


def _km(a: Place, b: Place) -> float:
    return distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
