"""A place value's regions written short or by a republic's name, and the places a value lists.

The values are written for these tests, in the hurried forms logs of events use.
"""

import pytest

from geo import Geoparser
from geo.event_extract import extract_event_row
from geo.event_rows import EventRow

QUIET = "A shell hit a yard; nobody was hurt."


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def _one(parser, value, text=QUIET):
    (incident,) = extract_event_row(EventRow("r", text, value, "2019-06-03"), parser)
    return incident


@pytest.mark.parametrize("value, oblast", [
    ("Donetsk Obl.", "Donetsk Oblast"),
    ("Kharkiv obl", "Kharkiv Oblast"),
    ("Luhansk People's Republic (LPR)", "Luhansk Oblast"),
    ("the territory of the Donetsk People`s Republic", "Donetsk Oblast"),
])
def test_a_region_written_short_or_as_a_republic_is_the_region_not_its_city(parser, value, oblast):
    incident = _one(parser, value)
    assert (incident.name, incident.geo_precision) == (oblast, 3), incident
    assert any("read as" in r for r in incident.reasons)


def test_a_village_is_looked_for_in_the_region_written_short(parser):
    # on its own the village resolves to a namesake in another oblast; the value names Kharkiv's
    region = lambda incident: incident.admin1 or incident.name  # noqa: E731  (a region's own incident has no admin1)
    assert region(_one(parser, "Novoselivka")) != "Kharkiv Oblast"
    assert region(_one(parser, "Novoselivka, Kharkiv Obl.")) == "Kharkiv Oblast"
