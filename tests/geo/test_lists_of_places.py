"""Names written as a list are alike: in a list of states each item is a state."""

import pytest

from geo import Geoparser


def places(text):
    return {m.surface: m.place for m in Geoparser().find_places(text) if m.place}


@pytest.mark.parametrize("text, name, feature, admin1", [
    # "Washington, West Virginia" inside a list of states is two states, not a town and its state
    ("Cases were confirmed in Ohio, Utah, Washington, West Virginia and Wyoming last week.",
     "Washington", "ADM1", None),
    ("Health officers are tracing cases in Oklahoma, Oregon, Washington and Wisconsin.",
     "Washington", "ADM1", None),
    ("Volunteers came from Kansas, Missouri, Oklahoma and Iowa to help.", "Kansas", "ADM1", None),
    # a pair joined by "and" and then a container is no list: the capital keeps its district
    ("Visitors travel from as far as Texas and Washington, D.C. to see it.", "Washington", "PPLC", "District of Columbia"),
])
def test_an_item_of_a_list_of_states_is_a_state(text, name, feature, admin1):
    place = places(text)[name]
    assert place.feature_code == feature
    assert place.admin1 == admin1


def test_a_list_of_towns_keeps_its_towns():
    found = places("Storms hit Springfield, Joplin, Branson and Columbia overnight.")
    assert all(p.feature_code.startswith("PPL") for p in found.values())


@pytest.mark.parametrize("text, names, feature", [
    # one plural word after the list says what every item is: regions, not their capitals
    ("Overnight drones struck the Sumy, Poltava and Chernihiv regions.", ("Sumy", "Poltava", "Chernihiv"), "ADM1"),
    ("Artillery fire went on in the Donetsk and Luhansk oblasts all week.", ("Donetsk", "Luhansk"), "ADM1"),
    ("Road closures were posted for Becker, Clay and Wilkin counties in Minnesota.",
     ("Becker", "Clay", "Wilkin"), "ADM2"),
    # declined Ukrainian and Russian lists: one plural region word closes them
    ("Тривогу оголосили в Сумській, Полтавській та Чернігівській областях.",
     ("Сумській", "Полтавській"), "ADM1"),
    ("Ракети впали у Харківській і Донецькій областях.", ("Харківській",), "ADM1"),
    ("В Белгородской и Курской областях отменили занятия.", ("Белгородской",), "ADM1"),
])
def test_a_plural_region_word_after_a_list_makes_each_item_a_region(text, names, feature):
    found = places(text)
    for name in names:
        assert found[name].feature_code == feature, name


def test_a_list_that_a_clause_breaks_is_no_list_of_regions():
    # "where" stops the list: Sumy stays the city
    found = places("Shelling hit Sumy, where two regions share a border, and Kharkiv.")
    assert found["Sumy"].feature_code.startswith("PPL")


def test_a_town_before_its_region_in_a_list_stays_the_town():
    # "Odesa and Odesa Oblast": the region word closes only the adjectives before it
    found = places("Удар по Одесі та Одеській області.")
    assert found["Одесі"].feature_code.startswith("PPL")
    assert found["Одеській області"].feature_code == "ADM1"
