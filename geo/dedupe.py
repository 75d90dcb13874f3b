"""The same event told twice is one incident with two sources.

Same event type, same place, same day: one incident. A casualty report at a
place and day where a typed event (a strike, shelling) is told is folded into
it. Figures that disagree keep the most conservative (the lowest) and record
the others in ``figures_reported``.
"""

from __future__ import annotations

from dataclasses import replace

from .dates import DATE_PRECISIONS
from .events import GENERIC_TYPES
from .incidents import Incident

__all__ = ["merge_incidents"]


def merge_incidents(incidents: list[Incident]) -> list[Incident]:
    """Merge duplicates, keeping first-seen order.

    >>> a = Incident("x", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
    ...              None, 49.98, 36.25, 1, fatalities=3)
    >>> b = replace(a, fatalities=5, sources=())
    >>> [(i.fatalities, i.figures_reported) for i in merge_incidents([a, b])]
    [(3, ('fatalities 3', 'fatalities 5'))]
    """
    merged: dict[tuple, Incident] = {}
    for incident in incidents:
        key = _key(incident, incident.event_type)
        if incident.event_type in GENERIC_TYPES:
            # "an attack", "four killed": told of a place and day where a strike is told, it is that strike
            typed = next((k for k in merged if k[1:] == key[1:] and k[0] not in GENERIC_TYPES), None)
            key = typed or key
        else:
            for generic in GENERIC_TYPES:
                earlier = merged.pop((generic,) + key[1:], None)
                if earlier is not None:  # the specific event arrives after the generic one
                    incident = _combine(incident, earlier)
        kept = merged.get(key)
        merged[key] = incident if kept is None else _combine(kept, incident)
    return list(merged.values())


def _key(incident: Incident, event_type: str) -> tuple:
    place = incident.geonameid if incident.geonameid is not None else incident.place_name.lower()
    return (event_type, place, incident.date)


def _combine(kept: Incident, other: Incident) -> Incident:
    reported = list(kept.figures_reported)
    fatalities = _conservative("fatalities", kept.fatalities, other.fatalities, reported)
    injuries = _conservative("injuries", kept.injuries, other.injuries, reported)
    sources = kept.sources + tuple(s for s in other.sources if s not in kept.sources)
    return replace(
        kept, fatalities=fatalities, injuries=injuries, sources=sources,
        target=kept.target or other.target,
        date_precision=min((p for p in (kept.date_precision, other.date_precision) if p),
                           key=DATE_PRECISIONS.index, default=None),
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
