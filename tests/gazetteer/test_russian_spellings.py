"""Russian-style Latin spellings reach the Ukrainian names of places, and a district
named by its adjective ("Yasinovatsky district") is the town it is named after."""

import pytest

from gazetteer import Resolver
from gazetteer.importer import add_place
from gazetteer.local import LocalStore
from gazetteer.rank import distance_km
from gazetteer.context import DISTRICT_RADIUS_KM
from gazetteer.user_places import UserPlace


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("ukrainian, russian_style", [
    ("Zorianivka", "Zoryanovka"),          # -ivka / -ovka
    ("Kvitneve", "Kvitnevo"),              # -eve / -evo
    ("Hlybokivske", "Glybokovskoye"),      # -ske / -skoye, g / h
    ("Vuhlyskyne", "Uglyskino"),           # an initial v, -yne / -ino
])
def test_a_russian_style_spelling_finds_the_ukrainian_place(home, ukrainian, russian_style):
    # made-up villages, known only by their Ukrainian name: no alternate name can help
    store = LocalStore()
    add_place(UserPlace(ukrainian, 48.21, 37.64, "UA"), store=store)
    result = Resolver(store=store).resolve(russian_style, country="UA")
    assert result.place is not None and result.place.name == ukrainian, result.reasons
    assert any("Russian-style" in reason for reason in result.reasons)


@pytest.mark.parametrize("name, district, town", [
    ("Petrivka", "Yasinovatsky", "Yasynuvata"),
    ("Andriivka", "Dobropolsky", "Dobropillia"),
])
def test_a_district_named_by_its_adjective_keeps_its_villages(resolver, name, district, town):
    result = resolver.resolve(f"{name} ({district} district)", country="UA")
    centre = resolver.resolve(town, country="UA").place
    assert result.place is not None, result.reasons
    assert distance_km(centre.latitude, centre.longitude, result.place.latitude,
                       result.place.longitude) <= DISTRICT_RADIUS_KM, result.reasons
