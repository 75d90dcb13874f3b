"""Place names as conflict-event spreadsheets write them: a region that rules out the
namesake, type words misspelt or naming a facility, GeoNames names with a generic word."""

import pytest

from gazetteer import Resolver
from gazetteer.importer import add_place
from gazetteer.local import LocalStore
from gazetteer.user_places import UserPlace


@pytest.fixture
def store(home):
    return LocalStore()


def _add(store, name, lat, lon, admin1=None, feature="PPL"):
    add_place(UserPlace(name, lat, lon, "UA", admin1=admin1, feature_code=feature), store=store)


def test_a_named_region_reaches_a_spelling_near_the_name_when_no_namesake_lies_in_it(store):
    # made-up villages: the name as written exists only in another oblast
    _add(store, "Tomashin", 48.90, 39.30, "Luhansk Oblast")
    _add(store, "Tomashyne", 48.20, 38.50, "Donetsk Oblast")
    resolver = Resolver(store=store)
    inside = resolver.resolve("Tomashin village", country="UA", admin1="Donetsk oblast")
    assert inside.place is not None and inside.place.name == "Tomashyne", inside.reasons
    # without the region, the name as written still wins
    assert resolver.resolve("Tomashin village", country="UA").place.name == "Tomashin"
    # a name that differs inside the stem is another village, not a spelling of this one
    _add(store, "Tramashin", 46.70, 32.90, "Kherson Oblast")
    assert Resolver(store=store).resolve("Tomashin", country="UA", admin1="Kherson oblast").place is None
    # and a namesake in the region named is kept over a nearer spelling there
    _add(store, "Tomashynka", 48.95, 39.20, "Luhansk Oblast")
    assert Resolver(store=store).resolve("Tomashin", country="UA", admin1="Luhansk oblast").place.name == "Tomashin"



@pytest.mark.parametrize("written", ["Hlushkivka vilage", "Hlushkivka villlage", "Hlushkivka setlement"])
def test_a_misspelt_type_word_is_read_as_the_type_word(store, written):
    # a made-up village and a made-up region of the same name far away: the type word decides
    _add(store, "Hlushkivka", 48.3, 37.9, "Donetsk Oblast")
    _add(store, "Hlushkivka", 50.9, 26.1, "Rivne Oblast", feature="ADM2")
    result = Resolver(store=store).resolve(written, country="UA")
    assert result.place is not None and result.place.feature_code == "PPL", result.reasons


@pytest.mark.parametrize("written, feature", [
    ("Kozachanka border checkpoint", "PSTB"),
    ("Kozachanka railway station", "RSTN"),
])
def test_a_facility_the_gazetteer_knows_is_answered_by_itself_not_its_village(store, written, feature):
    # made-up: two villages of the name, and the facility of the name near neither's point
    _add(store, "Kozachanka", 48.10, 38.20, "Donetsk Oblast")
    _add(store, "Kozachanka", 47.40, 37.10, "Donetsk Oblast")
    _add(store, "Kozachanka", 47.92, 39.70, "Donetsk Oblast", feature=feature)
    result = Resolver(store=store).resolve(written, country="UA", admin1="Donetsk oblast")
    assert result.place is not None and result.place.feature_code == feature, result.reasons
    # the village itself is still the village
    assert Resolver(store=store).resolve("Kozachanka village", country="UA").place.feature_code == "PPL"
