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


@pytest.mark.parametrize("value, names", [
    ("areas of Kramatorsk and Sloviansk", ["Kramatorsk", "Slov"]),
    ("Kostiantynivka, Druzhkivka and Bakhmut", ["Kost", "Druzh", "Bakhmut"]),
    ("between Avdiivka and Yasynuvata", ["Avdi", "Yasyn"]),
])
def test_each_place_a_value_lists_is_an_incident_with_a_share_of_the_figures(parser, value, names):
    text = "Shelling killed 7 people and wounded 4."
    incidents = extract_event_row(EventRow("list-row", text, value, "2019-06-03"), parser)
    assert len(incidents) == len(names) and all(i.name.startswith(n) for i, n in zip(incidents, names)), incidents
    parts = len(names)
    # even shares, the remainder to the first: the map's sums are the row's
    assert [i.fatalities for i in incidents] == [7 // parts + 7 % parts] + [7 // parts] * (parts - 1)
    assert sum(i.injuries for i in incidents) == 4
    assert all(i.sources[0].document == "list-row" and i.date == "2019-06-03" for i in incidents)
    assert len({i.id for i in incidents}) == parts
    # a place and what says where it is, or a front's axis and its village, are no list
    for one in ("Mayorsk, Horlivka", "Volnovakha, north of Mariupol", "Kupiansk direction: Synkivka"):
        assert len(extract_event_row(EventRow("one", text, one), parser)) == 1



@pytest.mark.parametrize("value, oblast", [
    ("DPR", "Donetsk Oblast"),
    ("somewhere in the LPR, exact spot unknown", "Luhansk Oblast"),
])
def test_a_republics_initials_alone_are_its_oblast(parser, value, oblast):
    incident = _one(parser, value)
    assert (incident.name, incident.geo_precision) == (oblast, 3), incident
    assert any("read as" in r for r in incident.reasons)


@pytest.mark.parametrize("value", ["Donets basin area", "the Donets basin, no closer location given"])
def test_a_basin_named_after_its_river_is_the_region_not_the_town_named_alike(parser, value):
    # the town Donets lies in Kharkiv Oblast, 200 km from the coal basin
    incident = _one(parser, value)
    assert incident.geo_precision == 3 and incident.admin1 != "Kharkiv Oblast", incident
    assert abs(incident.latitude - 48.2) < 0.6 and abs(incident.longitude - 38.2) < 0.6, incident


@pytest.mark.parametrize("value, precision", [
    ("Liman, Donetsk", 1),
    ("Liman in Donetsk", 1),
])
def test_a_name_before_a_city_named_like_its_oblast_is_looked_for_in_the_oblast(parser, value, precision):
    # the geoparser passes over the Russian spelling; the city after it stands for its oblast
    incident = _one(parser, value)
    assert (incident.name, incident.admin1, incident.geo_precision) == ("Lyman", "Donetsk Oblast", precision), incident


def test_a_city_named_before_another_stays_itself(parser):
    assert _one(parser, "Lozova, Kharkiv").name == "Lozova"


@pytest.mark.parametrize("value, names", [
    ("Kharkiv region: 3 in Izium, 1 in Balakliia", ["Iz", "Balakl"]),
    ("one - in Kramatorsk and two - in Sloviansk", ["Kramatorsk", "Slov"]),
])
def test_a_tally_per_place_is_a_list_of_places(parser, value, names):
    # a log counting the dead place by place: each place is an incident, not only the first
    incidents = extract_event_row(EventRow("tally-row", "Strikes killed four people.", value, "2023-02-10"), parser)
    assert len(incidents) == len(names) and all(i.name.startswith(n) for i, n in zip(incidents, names)), incidents


@pytest.mark.parametrize("value, name, oblast, precision", [
    ("near Kramatorsc, Donetsk region", "Kramatorsk", "Donetsk Oblast", 2),
    ("Starobilsck, Luhansk region", "Starobil", "Luhansk Oblast", 1),
    ("near Popasnna, Luhansk Obl", "Popasn", "Luhansk Oblast", 2),
])
def test_a_name_the_gazetteer_lacks_is_looked_for_in_the_region_the_value_names(parser, value, name, oblast,
                                                                              precision):
    # a slip of spelling leaves the geoparser only the oblast; the value says the town is in it
    incident = _one(parser, value)
    assert incident.name.startswith(name), incident
    assert (incident.admin1, incident.geo_precision) == (oblast, precision), incident
    assert any("looked for in" in r for r in incident.reasons)


def test_a_village_of_a_regions_possessive_is_the_village_in_that_region(parser):
    # "Kharkiv Region's ...": the oblast, so the village after it is the scene, not the city
    incident = _one(parser, "in Kharkiv Region's Balakliia town")
    assert incident.name.startswith("Balakli") and incident.admin1 == "Kharkiv Oblast", incident


def test_every_unknown_name_of_the_value_is_looked_for_in_its_region_spelling_slips_included(parser):
    # the first unknown name is a farm no gazetteer holds; the second a slip of Sloviansk's spelling
    incident = _one(parser, "Zzorivske village outside Slovyansc, Donetsk region")
    assert incident.name.startswith("Slov") and incident.admin1 == "Donetsk Oblast", incident
    assert any("looked for in" in r for r in incident.reasons)
