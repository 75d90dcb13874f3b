"""A country's name, a country in a list, a state after a town: readings that the report's
other names must not overturn."""

from __future__ import annotations

import pytest

from geo import Geoparser


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def _places(parser, text):
    return [(m.surface, m.place) for m in parser.find_places(text) if m.place is not None]


def test_a_country_named_among_its_own_towns_stays_the_country(parser):
    # Toluca and Mexico City lie in or beside the State of Mexico, whose point is near them;
    # "Mexico" alone is still the country
    text = ("Clinics in Toluca and Mexico City reported new cases, and health officials "
            "in Mexico urged calm.")
    found = dict(_places(parser, text))
    assert found["Mexico"].feature_code.startswith("PCL") and found["Mexico"].country_code == "MX"


def test_the_state_named_so_is_still_the_state(parser):
    place = parser.resolve_name("Mexico state").place
    assert place is not None and place.feature_code == "ADM1" and place.country_code == "MX"
