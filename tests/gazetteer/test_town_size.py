""""Town" or "city" after a name is no village that GeoNames counts at a few hundred people.

The fixture's places are made up: two Hlynozirias of one oblast, one counted at 240 people and
one of unknown population (GeoNames writes 0), two Zorianopils, a counted town of 5,200 and
a namesake of unknown population, and two places whose own name ends in "City", one counted
at 300 people.
"""

from pathlib import Path

import pytest

from gazetteer.query import parse_name
from geo import Geoparser

DUMP = Path(__file__).parent.parent / "fixtures" / "geonames" / "UA_town_size.txt"
COUNTED_VILLAGE, UNCOUNTED = 90000201, 90000202
COUNTED_TOWN = 90000203


@pytest.fixture
def resolver(resolver_over):
    return resolver_over(DUMP)


@pytest.mark.parametrize("text, hint", [
    ("Hlynoziria town", "town"), ("Hlynoziria city", "town"), ("the town of Hlynoziria", "town"),
    ("Hlynoziria village", "populated"), ("Hlynoziria settlement", "populated"),
    ("the village of Hlynoziria", "populated"), ("Hlynoziria City", "populated"),
    ("Hlynoziria Town", "populated"),
])
def test_town_and_city_are_a_hint_of_their_own(text, hint):
    assert parse_name(text).hint == hint
    assert parse_name(text).name == "Hlynoziria"


@pytest.mark.parametrize("name", ["Hlynoziria town", "Hlynoziria city", "the town of Hlynoziria"])
@pytest.mark.parametrize("admin1", [None, "Donetsk oblast"])
def test_a_town_is_not_the_namesake_counted_at_a_few_hundred_people(resolver, name, admin1):
    place = resolver.resolve(name, country="UA", admin1=admin1).place
    assert place is not None and place.geonameid == UNCOUNTED, place


@pytest.mark.parametrize("name", ["Hlynoziria village", "Hlynoziria"])
def test_a_village_or_a_bare_name_still_goes_to_the_counted_namesake(resolver, name):
    place = resolver.resolve(name, country="UA", admin1="Donetsk oblast").place
    assert place is not None and place.geonameid == COUNTED_VILLAGE, place


def test_a_counted_town_keeps_its_lead_over_an_uncounted_namesake(resolver):
    place = resolver.resolve("Zorianopil town", country="UA", admin1="Donetsk oblast").place
    assert place is not None and place.geonameid == COUNTED_TOWN, place


@pytest.mark.parametrize("name", ["Ostrozhna City", "ostrozhna city"])
def test_city_in_a_places_own_name_is_no_type_word(resolver, name):
    # capitalised, or found whole in the gazetteer
    place = resolver.resolve(name, country="UA", admin1="Donetsk oblast").place
    assert place is not None and place.geonameid == 90000205, place


def test_running_texts_village_is_not_read_as_a_town(resolver):
    # the geoparser hands on a village, a hamlet or a city alike: no size is read into it
    text = "Shelling damaged houses in the village of Hlynoziria, Donetsk region, on Monday."
    found = [m.place for m in Geoparser(resolver).find_places(text) if m.surface == "Hlynoziria"]
    assert found and found[0] is not None and found[0].geonameid == COUNTED_VILLAGE, found
