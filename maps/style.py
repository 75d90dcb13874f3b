"""How each event type looks: a label, a colour, a symbol. Configuration, not logic."""

from __future__ import annotations

__all__ = ["EVENT_STYLES", "style_of", "PRECISION_RING_KM", "PRECISION_NOTES"]

#: event type -> (label, colour)
EVENT_STYLES = {
    "airstrike": ("Airstrike", "#d62728"),
    "missile_or_drone_strike": ("Missile or drone strike", "#ff7f0e"),
    "shelling": ("Shelling", "#8c564b"),
    "explosion": ("Explosion", "#e377c2"),
    "attack_on_facility": ("Attack on a facility", "#9467bd"),
    "armed_clash": ("Armed clash", "#1f77b4"),
    "territory_captured": ("Territory captured", "#17becf"),
    "evacuation_or_corridor": ("Evacuation or corridor", "#2ca02c"),
    "casualty_report": ("Casualty report", "#7f7f7f"),
    "other": ("Other", "#bcbd22"),
}

#: The radius of the uncertainty ring drawn around a point of precision 2 or 3.
PRECISION_RING_KM = {1: 0.0, 2: 10.0, 3: 50.0}
PRECISION_NOTES = {
    1: "at the place itself",
    2: "near the place or part of it: the point is approximate",
    3: "only the region is known: the point is the region's centre",
}


def style_of(event_type: str) -> tuple[str, str]:
    """The label and colour of an event type; unknown types look like "other".

    >>> style_of("shelling")
    ('Shelling', '#8c564b')
    """
    return EVENT_STYLES.get(event_type, EVENT_STYLES["other"])
