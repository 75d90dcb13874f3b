"""A place and what holds it or lies near it are one scene: the dead are counted once, at
the finer place. Reports written for the tests."""

import pytest

from geo import Report, extract

DAY = "2023-08-10"


def told(text):
    return [(i.place_name, i.geo_precision, i.fatalities, i.injuries)
            for i in extract([Report("t", text)], date=DAY)]


@pytest.mark.parametrize("text, expected", [
    # a relative clause about the wider area, the dead at the village
    ("Fighting flared around Lyman, where three soldiers died near Sviatohirsk.", ("Sviatohirsk", 2, 3, None)),
    ("Shelling hit Hostomel, near Irpin, wounding four people.", ("Hostomel", 1, None, 4)),
    ("Outside Bucha, shells landed on Vorzel, killing two civilians.", ("Vorzel", 1, 2, None)),
    ("A drone hit a car on the outskirts of Myrnohrad, near Pokrovsk, killing one man.",
     ("Myrnohrad", 2, 1, None)),
])
def test_near_outside_outskirts_one_incident_at_the_finer_place(text, expected):
    assert told(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Clashes between Kostiantynivka and Druzhkivka left two soldiers dead.", ("Kostiantynivka", 2, 2, None)),
    ("Artillery duels between the towns of Nikopol and Marhanets wounded three workers.",
     ("Nikopol", 2, None, 3)),
])
def test_between_two_places_is_one_incident_near_the_first(text, expected):
    assert told(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # the container 100 km away: the words, not the distance, say it holds the town
    ("A missile struck Kupiansk in Kharkiv district, wounding three people.", ("Kupiansk", 1, None, 3)),
    ("A rocket hit the Saltivka district of Kharkiv, killing one resident.", ("Saltivka", 1, 1, None)),
    ("Shelling of Kharkiv's Saltivka district wounded two pensioners.", ("Saltivka", 1, None, 2)),
    ("Shelling hit Velyka Pysarivka in Bohodukhiv raion of Kharkiv oblast, killing two women.",
     ("Velyka Pysarivka", 1, 2, None)),
])
def test_a_district_or_region_is_not_a_second_incident(text, expected):
    assert told(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kherson region: shelling of Bilozerka and Chornobaivka, one killed in Bilozerka, two wounded in "
     "Chornobaivka.", [("Bilozerka", 1, 1, None), ("Chornobaivka", 1, None, 2)]),
    ("Russian guns killed two people in Nikopol and wounded five in Marhanets.",
     [("Nikopol", 1, 2, None), ("Marhanets", 1, None, 5)]),
])
def test_each_place_with_its_own_dead_keeps_them(text, expected):
    assert told(text) == expected


def test_far_or_listed_places_stay_apart_while_the_near_one_folds():
    found = told("Shelling continued around Lyman, where two soldiers were killed near Sviatohirsk. "
                 "Missiles hit Kharkiv and Lviv on the same night. "
                 "Shelling hit Kharkiv and Tsyrkuny; two men were wounded in Tsyrkuny.")
    assert ("Sviatohirsk", 2, 2, None) in found and not any(name == "Lyman" for name, *_ in found)
    assert {name for name, *_ in found} >= {"Kharkiv", "Lviv", "Tsyrkuny"}
    assert ("Tsyrkuny", 1, None, 2) in found


def test_the_one_scene_left_takes_the_dead_told_after_a_colon():
    from geo import Report, extract

    found = extract([Report("log", "A missile hit a shop in Chuhuiv near Kharkiv at noon: 3 killed.",
                            date="2023-05-02")])
    assert [(i.place_name, i.fatalities) for i in found] == [("Chuhuiv", 3)]


@pytest.mark.parametrize("text, places", [
    # a facility named after one place and standing in another is the other's
    ("Drones struck the Dnipro hydroelectric plant in Zaporizhzhia; one worker was killed.", ["Zaporizhzhia"]),
    # a list is not a facility's name
    ("Shelling of Kharkiv and a school in Izium went on.", ["Kharkiv", "Izium"]),
])
def test_a_facility_named_after_a_place_is_where_it_stands(text, places):
    from geo import Report, extract

    assert [i.place_name for i in extract([Report("log", text, date="2023-05-02")])] == places


@pytest.mark.parametrize("text, figures", [
    # one set of figures told for places together is divided, so the map's sum is the report's
    ("Missiles hit Kharkiv and Lviv overnight, killing three people.", [("Kharkiv", 2, None), ("Lviv", 1, None)]),
    ("Shelling of Kherson and Mykolaiv left 5 dead and 7 wounded.", [("Kherson", 3, 4), ("Mykolaiv", 2, 3)]),
    # figures told place by place stay each place's own
    ("One killed in Bilozerka, two wounded in Chornobaivka after shelling.",
     [("Bilozerka", 1, None), ("Chornobaivka", None, 2)]),
])
def test_figures_told_for_several_places_together_are_divided(text, figures):
    from geo import Report, extract

    found = extract([Report("log", text, date="2023-05-02")])
    assert [(i.place_name, i.fatalities, i.injuries) for i in found] == figures
