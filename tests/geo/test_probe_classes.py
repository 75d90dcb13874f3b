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


# -- 2. a short report's body tells its headline place's incident --------------------------

@pytest.mark.parametrize("text, name, event_type, weapon, figures", [
    ("Grain terminal hit near Izmail\nCruise missiles struck the terminal before dawn. No casualties reported.",
     "Izmayil", "missile_or_drone_strike", "cruise_missile", (0, 0)),
    ("Substation damaged in Konotop\nA Shahed drone struck it at night. Two repair workers were wounded.",
     "Konotop", "missile_or_drone_strike", "loitering_munition", (None, 2)),
    ("⚡️Вибухи в Житомирі\nЗа словами міського голови, росіяни атакували місто дронами-камікадзе, "
     "поранено двох людей.", "Zhytomyr", "missile_or_drone_strike", "loitering_munition", (None, 2)),
    ("⚡️Взрывы в Полтаве\nПо данным властей, город атаковали баллистическими ракетами, ранены три человека.",
     "Poltava", "missile_or_drone_strike", "ballistic_missile", (None, 3)),
])
def test_the_body_of_a_short_report_tells_the_headline_place(text, name, event_type, weapon, figures):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.event_type, incident.weapon) == (name, event_type, weapon)
    assert (incident.fatalities, incident.injuries) == figures


def test_a_headline_place_before_a_model_code_on_the_next_line_stays_a_place():
    # "Bayraktar TB-2" is a maker and a model; "Smila" and "Kh-22" on two lines are not
    (incident,) = extract(["Oil depot struck near Smila\nKh-22 missiles hit the tanks at dawn."], date=DAY)
    assert (incident.name, incident.weapon) == ("Smila", "cruise_missile")


def test_a_body_naming_another_place_tells_its_own_event():
    found = {i.name: (i.event_type, i.weapon) for i in extract(["Explosions in Poltava\nIn Kharkiv, missiles "
                                                                "hit a factory."], date=DAY)}
    assert found == {"Poltava": ("explosion", None), "Kharkiv": ("missile_or_drone_strike", "missile")}


def test_a_number_word_opening_a_sentence_is_no_place():
    (incident,) = extract(["A drone hit the port of Kherson overnight. Two port workers were hurt."], date=DAY)
    assert (incident.name, incident.injuries) == ("Kherson", 2)


# -- 3. damage told with no attack, and a front's axis, are no incident ---------------------

@pytest.mark.parametrize("text", [
    "The mayor of Balakliia promised to pay owners of homes damaged last spring.",
    "У Балаклії депутати обговорили ремонт пошкодженої торік школи.",
    "В Балаклее депутаты обсудили ремонт поврежденной в прошлом году школы.",
])
def test_damage_with_no_attack_word_is_no_incident(text):
    assert extract([text], date=DAY) == []


@pytest.mark.parametrize("text", [
    # a log's caption of damage is the attack's own record, in any of the three languages
    "Balakliia: school damaged.",
    "У Балаклії вночі пошкоджено школу.",
    "В Балаклее ночью повреждена школа.",
])
def test_damage_a_log_captions_is_still_an_incident(text):
    (incident,) = extract([text], date=DAY)
    assert incident.name == "Balakliya"


def test_damage_beside_an_attack_is_still_an_incident():
    (incident,) = extract(["A drone damaged two homes in Balakliia overnight."], date=DAY)
    assert (incident.name, incident.event_type) == ("Balakliya", "missile_or_drone_strike")


@pytest.mark.parametrize("text", [
    "Fierce clashes near Krynky on the Kherson axis, 4 KIA.",
    "Fierce clashes near Krynky in the Kherson direction left 4 soldiers dead.",
])
def test_a_front_axis_gets_no_incident_and_no_share_of_the_dead(text):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.event_type, incident.fatalities) == ("Krynky", "armed_clash", 4)


@pytest.mark.parametrize("text", [
    # a front named after a town is all such a report says: analysts (UCDP) code it at the town
    "Russian forces said they killed 30 Ukrainian soldiers in the Kupiansk direction.",
    "Defence officials reported heavy fighting on the Kupiansk axis, with 12 soldiers of Ukraine's army killed.",
])
def test_a_front_named_alone_is_placed_at_its_town(text):
    (incident,) = extract([text], date=DAY)
    assert incident.name == "Kupyansk"


# -- 4. a relative hurt beside the one killed counts -----------------------------------------

@pytest.mark.parametrize("text", [
    "Artillery fire hit Kupiansk at dawn, one pensioner killed and his daughter injured.",
    "У Куп'янську через артобстріл загинув пенсіонер, а його доньку поранено.",
    "Купянск: в результате артобстрела погиб пенсионер, его дочь ранена.",
])
def test_a_relative_injured_beside_the_one_killed_counts(text):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.fatalities, incident.injuries) == ("Kupyansk", 1, 1)


@pytest.mark.parametrize("text", [
    "Shelling of Kupiansk: a pensioner and her grandson were killed.",
    "Пенсіонерка та її онук загинули під час обстрілу Куп'янська.",
    "Пенсионерка и ее внук погибли при обстреле Купянска.",
])
def test_a_relative_named_with_another_is_not_one_person(text):
    (incident,) = extract([text], date=DAY)
    assert incident.fatalities != 1
