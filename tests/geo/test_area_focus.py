"""A user's area as a soft prior of the geoparser: ``Geoparser(focus=...)``.

"Novoselivka" has many namesakes in Ukraine; by population alone the geoparser
picks one in Odesa Oblast, far west of the fighting in Donetsk and Luhansk. A
box of eastern Ukraine, or a point near Kramatorsk, picks one there.
"""

import pytest

from gazetteer import InputError
from geo import Geoparser
from geo.focus import area_focus

EAST = (35.0, 46.5, 40.5, 50.5)
REPORT = "Overnight, artillery fire damaged a school in Novoselivka, local officials said."


def _inside(place, box=EAST) -> bool:
    west, south, east, north = box
    return west <= place.longitude <= east and south <= place.latitude <= north


def _village(parser):
    found = [m for m in parser.find_places(REPORT) if m.surface == "Novoselivka"]
    assert len(found) == 1 and found[0].place is not None
    return found[0]


@pytest.mark.parametrize("focus", [dict(bbox=EAST), dict(near="Kramatorsk"), dict(near="48.72,37.56"),
                                   dict(near=(48.72, 37.56))])
def test_a_focus_puts_the_village_in_the_area_and_says_so(focus):
    assert not _inside(_village(Geoparser()).place)  # without one it lies far west
    mention = _village(Geoparser(focus=area_focus(**focus)))
    assert _inside(mention.place), mention
    said = mention.reasons[-1]
    assert said.startswith("batch focus:") and "without it: Novoselivka (Odesa Oblast" in said


def test_the_focus_is_soft_a_region_written_beside_the_name_wins():
    parser = Geoparser(focus=area_focus(bbox=EAST))
    found = parser.find_places("Shelling damaged houses in Novoselivka (Odesa Oblast) on Sunday.")
    assert found[0].place.admin1 == "Odesa Oblast"


def test_places_outside_the_area_still_resolve_and_say_nothing_of_it():
    parser = Geoparser(focus=area_focus(bbox=EAST))
    found = {m.surface: m for m in parser.find_places("Drones flew over Lutsk and Lviv.")}
    assert found["Lutsk"].place.admin1 == "Volyn Oblast" and found["Lviv"].place.admin1 == "Lviv Oblast"
    assert not any("batch focus" in r for m in found.values() for r in m.reasons)


def test_gold_spans_are_resolved_with_the_focus_too():
    start = REPORT.index("Novoselivka")
    plain = Geoparser().resolve_at(REPORT, [(start, start + len("Novoselivka"))])
    focused = Geoparser(focus=area_focus(bbox=EAST)).resolve_at(REPORT, [(start, start + len("Novoselivka"))])
    assert not _inside(plain[0].place) and _inside(focused[0].place)


@pytest.mark.parametrize("arguments, words", [
    (dict(bbox=EAST, near="Kramatorsk"), "not both"),
    (dict(bbox=(40.5, 46.5, 35.0, 50.5)), "east of east"),
    (dict(bbox=(35.0, 46.5, 40.5)), "four numbers"),
    (dict(near="Springfield"), "ambiguous"),
    (dict(near="Nowhere-at-all-ville"), "neither LAT,LON nor a known place"),
])
def test_a_bad_area_is_an_input_error(arguments, words):
    with pytest.raises(InputError, match=words):
        area_focus(**arguments)
