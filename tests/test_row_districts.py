"""The districts a place value names: a city's own ("Kievsky district of Donetsk") and an oblast's
("Maryinsky district"), read where the log is rather than at a namesake far away.

The values are written for these tests.
"""

import pytest

from gazetteer import Resolver
from gazetteer.rank import distance_km
from geo import Geoparser
from geo.event_extract import extract_event_row
from geo.event_rows import EventRow
from geo.row_focus import rows_focus

QUIET = "Windows were broken in two flats; nobody was hurt."
DONETSK = (48.023, 37.802)
KHARKIV = (49.982, 36.255)
EASTERN_LOG = ["Kramatorsk", "Sloviansk", "Bakhmut", "Druzhkivka", "Avdiivka", "Pokrovsk", "Luhansk", "Alchevsk"]


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def _one(parser, value):
    (incident,) = extract_event_row(EventRow("r", QUIET, value, "2016-02-09"), parser)
    return incident


@pytest.mark.parametrize("value, city", [
    ("a yard on a side street, Kirovsky district of Donetsk", DONETSK),
    ("Kievsky district in the north of the city of Donetsk", DONETSK),
    ("Kievsky district of Kharkov", KHARKIV),
])
def test_a_district_of_a_city_is_inside_that_city(parser, value, city):
    # "Kirovsky district" alone has namesakes in Russia and villages named alike in other oblasts
    incident = _one(parser, value)
    assert distance_km(*city, incident.latitude, incident.longitude) <= 20, incident
    assert incident.geo_precision <= 2
    assert any("district" in r and "inside" in r or "as a district" in r for r in incident.reasons), incident.reasons


def test_an_oblasts_district_is_looked_for_in_the_logs_regions_first(parser):
    focus = rows_focus([EventRow(str(i), "", v) for i, v in enumerate(EASTERN_LOG)], parser)
    focused = Geoparser(resolver=parser.resolver, focus=focus)
    incident = _one(focused, "at a checkpoint near Berezove (Maryinsky district)")
    assert incident.admin1 == "Donetsk Oblast", incident


def test_region_keeps_only_places_near_a_point_when_asked():
    resolver = Resolver()
    anywhere = resolver.region("Kirovsky district", levels=("ADM2",))
    assert anywhere is not None and distance_km(*DONETSK, anywhere.latitude, anywhere.longitude) > 500
    assert resolver.region("Kirovsky district", levels=("ADM2",), near=(*DONETSK, 20.0)) is None
