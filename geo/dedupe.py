"""The same event told twice is one incident with two sources.

Same event type, same place, same day: one incident. A casualty report at a
place and day where a typed event (a strike, shelling) is told is folded into
it. Figures that disagree keep the most conservative (the lowest) and record
the others in ``figures_reported``. A span ("from 9 to 12 March", "earlier this
week") is keyed by its first day; told beside a telling of that one day, the
merged incident takes the most precise of :data:`geo.dates.DATE_PRECISIONS`
and that telling's ``date_end``. A span is not merged with a day inside it:
"7 killed between 9 and 12 March" may count the dead of every day in it.

The merging itself (:class:`Merger`) works over any store of merged incidents
with four operations; :func:`merge_incidents` keeps them in a dict, and a
long streamed run keeps them on disk (:mod:`geo.runstate`), so memory does not
grow with the number of reports.
"""

from __future__ import annotations

from dataclasses import replace

from .dates import DATE_PRECISIONS
from .events import GENERIC_TYPES
from .incidents import Incident
from .weapons import more_specific_weapon

__all__ = ["merge_incidents", "Merger", "MemoryStore", "incident_key"]


def merge_incidents(incidents) -> list[Incident]:
    """Merge duplicates, keeping first-seen order.

    >>> a = Incident("x", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
    ...              None, 49.98, 36.25, 1, fatalities=3)
    >>> b = replace(a, fatalities=5, sources=())
    >>> [(i.fatalities, i.figures_reported) for i in merge_incidents([a, b])]
    [(3, ('fatalities 3', 'fatalities 5'))]
    """
    store = MemoryStore()
    merger = Merger(store)
    for incident in incidents:
        merger.add(incident)
    return store.incidents()


def incident_key(incident: Incident) -> tuple:
    """``(event_type, place, date)``: what makes two told incidents the same one."""
    place = f"geonames:{incident.geonameid}" if incident.geonameid is not None else \
        f"name:{incident.place_name.lower()}"
    return (incident.event_type, place, incident.date or "")


class Merger:
    """Folds told incidents into a store of merged ones, in the order they are told.

    The store answers ``get(key)``, ``put(key, incident)``, ``pop(key)`` and
    ``typed_at(place, date)`` (the key of the first typed incident there, or None).
    """

    def __init__(self, store):
        self.store = store

    def add(self, incident: Incident) -> None:
        store = self.store
        key = incident_key(incident)
        if incident.event_type in GENERIC_TYPES:
            # "an attack", "four killed": told of a place and day where a strike is told, it is that strike
            key = store.typed_at(key[1], key[2]) or key
        else:
            for generic in GENERIC_TYPES:
                earlier = store.pop((generic,) + key[1:])
                if earlier is not None:  # the specific event arrives after the generic one
                    incident = _combine(incident, earlier)
        kept = store.get(key)
        store.put(key, incident if kept is None else _combine(kept, incident))


class MemoryStore:
    """Merged incidents in a dict, in first-seen order."""

    def __init__(self):
        self._rows: dict[tuple, Incident] = {}
        self._typed: dict[tuple, list[tuple]] = {}  # (place, date) -> typed keys, first seen first

    def get(self, key: tuple) -> Incident | None:
        return self._rows.get(key)

    def put(self, key: tuple, incident: Incident) -> None:
        if key not in self._rows and key[0] not in GENERIC_TYPES:
            self._typed.setdefault(key[1:], []).append(key)
        self._rows[key] = incident

    def pop(self, key: tuple) -> Incident | None:
        return self._rows.pop(key, None)

    def typed_at(self, place: str, date: str) -> tuple | None:
        keys = self._typed.get((place, date))
        return keys[0] if keys else None

    def incidents(self) -> list[Incident]:
        return list(self._rows.values())


def _combine(kept: Incident, other: Incident) -> Incident:
    reported = list(kept.figures_reported)
    fatalities = _conservative("fatalities", kept.fatalities, other.fatalities, reported)
    injuries = _conservative("injuries", kept.injuries, other.injuries, reported)
    sources = kept.sources + tuple(s for s in other.sources if s not in kept.sources)
    # the more precise telling gives the date's precision and its end: "on 9 March" (a day)
    # beside "from 9 to 12 March" (a range from the same day) is that day
    dated = min((i for i in (kept, other) if i.date_precision in DATE_PRECISIONS),
                key=lambda i: DATE_PRECISIONS.index(i.date_precision), default=kept)
    return replace(
        kept, fatalities=fatalities, injuries=injuries, sources=sources,
        target=kept.target or other.target,
        weapon=more_specific_weapon(kept.weapon, other.weapon),
        date_precision=dated.date_precision, date_end=dated.date_end,
        figures_estimated=kept.figures_estimated if fatalities == kept.fatalities else other.figures_estimated,
        figures_reported=tuple(dict.fromkeys(reported)),
        confidence=round(min(1.0, max(kept.confidence, other.confidence) + 0.1), 2),
        geo_precision=min(p for p in (kept.geo_precision, other.geo_precision) if p is not None)
        if kept.geo_precision is not None or other.geo_precision is not None else None,
    )


def _conservative(name: str, first: int | None, second: int | None, reported: list[str]) -> int | None:
    if first is None or second is None or first == second:
        return first if first is not None else second
    reported.extend((f"{name} {first}", f"{name} {second}"))
    return min(first, second)
