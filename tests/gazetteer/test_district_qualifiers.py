"""A district written after a village narrows its namesakes: "Pisky (Lubny district)"."""

import pytest

from gazetteer import Resolver
from gazetteer.rank import distance_km
from gazetteer.context import DISTRICT_RADIUS_KM


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("name, district", [
    ("Stepanivka", "Kremenchuk"),
    ("Novoselivka", "Podilsk"),
    ("Dmytrivka", "Izmail"),
])
def test_district_is_a_synonym_of_raion(resolver, name, district):
    result = resolver.resolve(f"{name} ({district} district)", country="UA")
    assert result.place is not None, result.reasons
    assert result.place.admin2 == f"{district} Raion"


@pytest.mark.parametrize("name, town", [
    ("Petrivka", "Yasynuvata"),
    ("Vasylivka", "Kostiantynivka"),
    ("Andriivka", "Dobropillia"),
    ("Ivanivka", "Bilozerka"),
])
def test_a_former_district_keeps_the_villages_around_its_town(resolver, name, town):
    # districts merged away in 2020 are no gazetteer region: their centre town says where
    result = resolver.resolve(f"{name} village ({town} raion)", country="UA")
    centre = resolver.resolve(town, country="UA").place
    assert result.status == "resolved", result.reasons
    km = distance_km(centre.latitude, centre.longitude, result.place.latitude, result.place.longitude)
    assert km <= DISTRICT_RADIUS_KM
    assert resolver.resolve(name, country="UA").place != result.place
