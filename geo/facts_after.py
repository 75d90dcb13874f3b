"""What the body of a short report tells of the one place its headline names.

"Rail junction hit near Fastiv\\nCruise missiles struck it overnight. No casualties reported.":
the headline names the place, the sentences after it say how and with what, and name no place
of their own. In a short report that names no other place, those sentences tell the headline's
incident: its weapon, a more specific type than the headline's, its figures
(:mod:`geo.figures_after` gives the figures). A longer report, or one naming other places, may
tell other events in them, so nothing is carried there.

>>> from geo.languages import ENGLISH
>>> told_facts("Cruise missiles struck it overnight.", 0, 36, ENGLISH)
('missile_or_drone_strike', 'cruise_missile')
"""

from __future__ import annotations

from dataclasses import replace

from .events import GENERIC_TYPES, find_event_cues, sentence_event_type
from .incidents import Incident, incident_id
from .languages import Language
from .model import Mention
from .weapons import WEAPON_EVENT_TYPES, find_weapon, more_specific_weapon, typed_by_weapon

__all__ = ["MAX_SENTENCES", "about_one_place", "told_facts", "with_facts_after"]

#: A report this long or shorter is a headline and its few lines; a longer one is an article,
#: whose later sentences may tell events of their own.
MAX_SENTENCES = 6


def about_one_place(incident: Incident, told: int, mentions: list[Mention], sentences: int) -> bool:
    """Whether the report is short and names no place but the incident's outside sentence ``told``,
    which is the first to name a place ("⚡️" alone may stand before it)."""
    if sentences > MAX_SENTENCES or incident.geonameid is None:
        return False
    for mention in mentions:
        if mention.sentence < told:
            return False  # the place's sentence is not the headline
        if mention.sentence != told and (mention.place is None or mention.place.geonameid != incident.geonameid):
            return False  # another place: its sentences may tell their own events
    return True


def told_facts(text: str, start: int, end: int, language: Language) -> tuple[str | None, str | None]:
    """The event type and weapon ``text[start:end]`` tells, each None when it tells none."""
    cues = find_event_cues(text, start, end, language)
    weapon = find_weapon(text, start, end, language)
    if not cues:
        return None, weapon
    event_type = typed_by_weapon(sentence_event_type(cues, language, weapon), weapon)
    if event_type in GENERIC_TYPES and weapon:
        event_type = WEAPON_EVENT_TYPES.get(weapon, event_type)
    return event_type, weapon


def with_facts_after(incidents: list[Incident], index: int, text: str, start: int, end: int,
                     language: Language) -> None:
    """Give ``incidents[index]`` the weapon and the more specific type ``text[start:end]`` tells.

    The headline's type stays unless it says little ("hit", "explosions"): "Shelling of
    Nikopol. A drone also dropped grenades." stays shelling.
    """
    incident = incidents[index]
    event_type, weapon = told_facts(text, start, end, language)
    new_type = incident.event_type
    if event_type is not None and event_type not in GENERIC_TYPES and incident.event_type in GENERIC_TYPES:
        new_type = event_type  # "Rail junction hit near Fastiv. Cruise missiles struck it."
    new_weapon = more_specific_weapon(incident.weapon, weapon)
    new_type = typed_by_weapon(new_type, new_weapon)  # "Explosions in Kropyvnytskyi. Missiles hit it."
    if (new_type, new_weapon) == (incident.event_type, incident.weapon):
        return
    key = f"geonames:{incident.geonameid}"
    source = incident.sources[-1]
    incidents[index] = replace(
        incident, event_type=new_type, weapon=new_weapon, id=incident_id(new_type, key, incident.date),
        sources=incident.sources[:-1] + (replace(source, sentence=text[source.start:end], end=end),),
        reasons=incident.reasons + ("how and with what from the sentence after the headline, "
                                    "in a short report naming no other place",))
