"""Facilities written after their town, and stretches "between X and Y"."""

import pytest

from gazetteer import Resolver
from gazetteer.facilities import BETWEEN_MIDPOINT_KM
from gazetteer.query import parse_name
from gazetteer.rank import distance_km


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("text, town, facility", [
    ("Kramatorsk airfield", "Kramatorsk", "airfield"),
    ("Mariupol International Airport", "Mariupol", "airport"),
    ("Lutsk railway station", "Lutsk", "railway station"),
    ("Sumy  border   checkpoint", "Sumy", "border checkpoint"),
    ("Chop international border crossing", "Chop", "border crossing"),
])
def test_a_facility_is_read_as_its_town(text, town, facility):
    parsed = parse_name(text)
    assert (parsed.name, parsed.facility, parsed.hint) == (town, facility, "populated")


@pytest.mark.parametrize("text, town", [
    ("Kramatorsk airfield", "Kramatorsk"),
    ("Lutsk railway station", "Lutsk"),
    ("Izium border post", "Izium"),
    ("Kherson International airport", "Kherson"),
])
def test_a_facility_resolves_to_its_town_s_point(resolver, text, town):
    result = resolver.resolve(text, country="UA")
    expected = resolver.resolve(town, country="UA").place
    assert result.status == "resolved", result.reasons
    assert result.place == expected
    assert any("precision 2" in r and parse_name(text).facility in r for r in result.reasons)
    assert not any("precision 2" in r for r in resolver.resolve(town, country="UA").reasons)


def test_close_ends_resolve_to_their_midpoint(resolver):
    result = resolver.resolve("road between Siversk and Lyman", country="UA")
    ends = [resolver.resolve(n, country="UA").place for n in ("Siversk", "Lyman")]
    assert result.place is not None and result.place.geonameid is None
    apart = distance_km(ends[0].latitude, ends[0].longitude, ends[1].latitude, ends[1].longitude)
    assert apart < BETWEEN_MIDPOINT_KM
    for end in ends:
        km = distance_km(result.place.latitude, result.place.longitude, end.latitude, end.longitude)
        assert km == pytest.approx(apart / 2, abs=0.5)


def test_an_end_is_read_near_the_other(resolver):
    # the biggest Zarichne is far west; the one near Lyman is meant
    lyman = resolver.resolve("Lyman", country="UA").place
    result = resolver.resolve("between Lyman and Zarichne", country="UA")
    assert result.place is not None
    assert distance_km(result.place.latitude, result.place.longitude, lyman.latitude, lyman.longitude) < 20


def test_far_ends_resolve_to_the_first(resolver):
    result = resolver.resolve("between Lutsk and Kharkiv", country="UA")
    assert result.place == resolver.resolve("Lutsk", country="UA").place
    assert any("km apart" in r for r in result.reasons)


def test_each_end_keeps_its_own_qualifier():
    parsed = parse_name("Road between Hranitne (Volnovakha raion) and Myrne (Kalmiuske raion)")
    assert parsed.between == ("Hranitne (Volnovakha raion)", "Myrne (Kalmiuske raion)")
    assert parsed.name == "Hranitne" and parsed.qualifiers == ("Volnovakha raion",)
