"""A spreadsheet row's place: a village the gazetteer lacks, in a district the value names,
is coded to the district (the town it is named after), not to the oblast nor a namesake."""

import pytest

from gazetteer.rank import distance_km
from geo.event_extract import extract_event_row
from geo.event_rows import EventRow
from geo.geoparser import Geoparser


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


@pytest.mark.parametrize("place, town", [
    # made-up village names: no gazetteer knows them
    ("near Zzorivske village, Starobeshivskyi district, Donetsk region", "Starobesheve"),
    ("the village of Khvylkove (Popasnyansky district)", "Popasna"),
    ("Kvyrchyne village, Amvrosievsky region, Donetsk region", "Amvrosiivka"),
])
def test_an_unknown_village_falls_back_to_its_district(parser, place, town):
    row = EventRow("r1", "Two soldiers were killed by shelling.", place=place, date="2016-05-02")
    [incident] = extract_event_row(row, parser)
    centre = parser.resolve_name(town, country="UA").place
    assert distance_km(centre.latitude, centre.longitude, incident.latitude, incident.longitude) <= 25, \
        incident.reasons
    assert any("district" in reason for reason in incident.reasons)


def test_a_namesake_far_from_the_named_district_is_not_taken(parser):
    # Vodiane is a town in Zaporizhzhia Oblast too; the row names a district on the Azov coast
    row = EventRow("r2", "A civilian was wounded.", place="near Vodiane in the Novoazovsky district",
                   date="2015-02-01")
    [incident] = extract_event_row(row, parser)
    coast = parser.resolve_name("Novoazovsk", country="UA").place
    assert distance_km(coast.latitude, coast.longitude, incident.latitude, incident.longitude) <= 50, \
        incident.reasons



@pytest.mark.parametrize("place, oblast, town", [
    # each district's name has namesakes in other oblasts or in Russia (a Troitskiy, a
    # Krasnoarmeysk): the district is the one inside the oblast the value names
    ("near Zzorivka village, Maryinsky district, Donetsk region", "Donetsk Oblast", "Marinka"),
    ("Khvylkove village (Slovyansky district), Donetsk region", "Donetsk Oblast", "Sloviansk"),
    ("the village of Kvyrchyne, Troitskiy district, Luhansk region", "Luhansk Oblast", "Troitske"),
])
def test_the_district_is_the_one_in_the_named_oblast(parser, place, oblast, town):
    row = EventRow("r3", "A soldier was killed.", place=place, date="2016-05-02")
    [incident] = extract_event_row(row, parser)
    assert incident.admin1 == oblast, incident.reasons
    centre = parser.resolve_name(town, country="UA").place
    assert distance_km(centre.latitude, centre.longitude, incident.latitude, incident.longitude) <= 25, \
        incident.reasons


@pytest.mark.parametrize("place, scene, axis", [
    # a front's axis is named after a town: the place the value names beside it is the scene
    ("Svatove direction, near Kreminna", "Kreminna", "Svatove"),
    ("Kherson direction: near the village of Olhivka, Kherson region", "Olhivka", "Kherson"),
])
def test_the_axis_of_a_front_is_not_the_scene(parser, place, scene, axis):
    row = EventRow("r4", "Positions were shelled.", place=place, date="2022-10-20")
    [incident] = extract_event_row(row, parser)
    assert incident.name == scene, incident.reasons



def test_a_namesake_across_the_oblasts_border_is_not_the_village_in_the_district(parser):
    # a Vasylivka in Kirovohrad Oblast lies within reach of the Kremenchuk district's point, and
    # "Vasylovka" is its Russian spelling as written; the value puts the village in Poltava Oblast
    row = EventRow("r5", "A tractor driver was wounded.", date="2016-05-02",
                   place="near the village of Vasylovka, Kremenchuk district, Poltava region")
    [incident] = extract_event_row(row, parser)
    assert incident.admin1 == "Poltava Oblast", incident.reasons
