"""General weaknesses a probe of fresh reports found, each tested in new wording.

1. a named weapon system after a generic word ("ракети HIMARS") is the system's class;
2. a short report's body sentences without a place tell the headline place's incident;
3. "damaged" with no attack word, and a front's axis, are no incident;
4. a relative hurt beside the one killed is counted.
"""

import pytest

from geo import extract
from geo.languages import RUSSIAN, UKRAINIAN
from geo.weapons import find_weapon

DAY = "2024-05-14"


# -- 1. named weapon systems ---------------------------------------------------------------

@pytest.mark.parametrize("text, language, weapon", [
    ("по місту випустили ракети HIMARS", UKRAINIAN, "mlrs"),
    ("по городу выпустили ракеты HIMARS", RUSSIAN, "mlrs"),
    ("порт атакували ракетами Storm Shadow", UKRAINIAN, "cruise_missile"),
    ("порт атаковали ракеты Storm Shadow", RUSSIAN, "cruise_missile"),
    ("аеродром уразили ракетами ATACMS", UKRAINIAN, "ballistic_missile"),
    ("аэродром поразили ракетами ATACMS", RUSSIAN, "ballistic_missile"),
    ("село обстріляли з реактивних систем залпового вогню", UKRAINIAN, "mlrs"),
    ("село обстреляли из реактивных систем залпового огня", RUSSIAN, "mlrs"),
])
def test_a_named_system_after_a_generic_word_wins(text, language, weapon):
    assert find_weapon(text, language=language) == weapon


@pytest.mark.parametrize("text, name, weapon, event_type", [
    ("Войска ударили по Луганску ракетами ATACMS с кассетной боевой частью, ранены трое.",
     "Luhansk", "cluster_munition", "missile_or_drone_strike"),
    ("Ворог вдарив по Одесі ракетами Storm Shadow, загинули двоє.", "Odesa", "cruise_missile",
     "missile_or_drone_strike"),
    ("Під вечір Херсон обстріляли з реактивних систем залпового вогню.", "Kherson", "mlrs", "shelling"),
])
def test_a_named_missile_system_keeps_a_strike_a_strike(text, name, weapon, event_type):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.weapon, incident.event_type) == (name, weapon, event_type)
