"""Short logs that name the event once and then list its places after a colon."""

import pytest

from geo import extract

DAY = "2024-02-11"


@pytest.mark.parametrize("text, places", [
    ("Artillery fire this morning on: Orikhiv, Huliaipole and Stepnohirsk.",
     {"Orikhiv", "Huliaipole", "Stepnohirsk"}),
    ("Drone attacks overnight — hit: Kherson, Beryslav, Antonivka", {"Kherson", "Beryslav", "Antonivka"}),
    ("Обстріли вночі: Нікополь, Марганець.", {"Нікополь", "Марганець"}),
])
def test_places_listed_after_a_heading_are_its_scenes(text, places):
    found = extract([text], date=DAY)
    assert {i.place_name for i in found} == places
    assert len({i.event_type for i in found}) == 1


def test_a_place_after_a_colon_that_is_no_list_is_left_alone():
    found = extract(["Missiles hit Odesa: officials in Lviv and Kyiv said they were watching."], date=DAY)
    assert {i.place_name for i in found} == {"Odesa"}


def test_ukrainian_places_side_by_side_are_each_a_scene():
    found = extract(["Вночі ворог обстріляв Нікополь і Марганець з артилерії."], date=DAY)
    assert {i.place_name for i in found} == {"Нікополь", "Марганець"}
