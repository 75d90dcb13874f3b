"""Headings behind marks ("🔴 Херсон:") and a city's districts named with the city."""

import pytest

from geo import extract

DAY = "2024-01-20"


@pytest.mark.parametrize("text", [
    "🔴 Kherson: artillery fire on a bus stop, one wounded.",
    "• Kherson — artillery fire on a bus stop, one wounded.",
    "#Kherson: artillery fire on a bus stop, one wounded.",
])
def test_marks_before_a_heading_place_keep_it_the_heading(text):
    (incident,) = extract([text], date=DAY)
    assert (incident.name, incident.event_type, incident.injuries) == ("Kherson", "shelling", 1)


@pytest.mark.parametrize("text", [
    "Kherson: a drone dropped a grenade in the Dniprovskyi district, one wounded.",
    "A drone dropped a grenade in the Dniprovskyi district of Kherson, one wounded.",
    "Херсон: ворожий дрон скинув вибухівку на Дніпровський район, поранено жінку.",
    "Ворожий дрон скинув вибухівку на Дніпровський район Херсона, поранено жінку.",
])
def test_a_district_named_with_its_city_is_in_the_city(text):
    found = extract([text], date=DAY)
    assert {i.name for i in found} == {"Kherson"}
    assert all(i.geo_precision == 1 for i in found)


def test_a_district_near_the_city_keeps_its_own_place():
    # a district the gazetteer places near the city named with it is no far namesake
    found = extract(["Shelling hit the Kherson district of Kherson Oblast."], date=DAY)
    assert all(i.name != "Kyiv" for i in found)
