"""Peoples' names and adjectives of states and countries: the state's or country's own place."""

import re

import pytest

from geo import Geoparser
from geo.demonyms import base_names

REPORT = ("Flood water reached the lake shore on Monday. Ohioans and a Texan volunteer filled sandbags; "
          "two Czechs and some Minnesotans drove in, and Saudi engineers joined a German crew.")


def _at(text, words):
    spans = [(m.start(), m.end()) for w in words for m in re.finditer(rf"\b{w}\b", text)]
    return {m.surface: m for m in Geoparser().resolve_at(text, spans)}


@pytest.mark.parametrize("surface, name, country", [
    ("Ohioans", "Ohio", "US"), ("Texan", "Texas", "US"), ("Minnesotans", "Minnesota", "US"),
    ("Czechs", None, "CZ"), ("Saudi", None, "SA"), ("German", None, "DE"),
])
def test_a_peoples_name_given_as_a_span_is_its_state_or_country(surface, name, country):
    mention = _at(REPORT, [surface])[surface]
    assert mention.place is not None, mention.reasons
    assert mention.place.country_code == country
    if name:
        assert (mention.place.name, mention.place.feature_code) == (name, "ADM1")
    else:
        assert mention.place.feature_code.startswith("PCL")
    # never a spelling variant of some village
    assert not any("variant" in reason for reason in mention.reasons)


def test_running_text_reads_peoples_names_of_states_on_request():
    found = {m.surface: m.place for m in Geoparser(demonyms=True).find_places(REPORT)}
    assert found["Ohioans"].name == "Ohio" and found["Minnesotans"].name == "Minnesota"
    assert found["Czechs"].country_code == "CZ"
    # without demonyms a people's name is no place mention at all
    assert not {"Ohioans", "Texan", "German"} & {m.surface for m in Geoparser().find_places(REPORT)}
    # "Milan" ends like "Texan", but it is a city's own name
    found = {m.surface: m.place for m in Geoparser(demonyms=True).find_places("Fans flew from Milan to Turin.")}
    assert found["Milan"].country_code == "IT" and found["Milan"].feature_code.startswith("PPL")


def test_base_names_undo_the_english_endings():
    assert "ohio" in base_names("ohioans") and "ontario" in base_names("ontarians")
    assert "dagestan" in base_names("dagestani") and "vermont" in base_names("vermonters")


def test_a_surname_told_again_is_the_person_though_a_small_capital_bears_it():
    # Douglas is the capital of the Isle of Man, a town of some 27,000: not famous enough to
    # outweigh the police chief the report has just named
    text = 'Police Chief Robert Douglas said officers came at midnight. "It was bad," Douglas said.'
    assert [m.surface for m in Geoparser().find_places(text)] == []


@pytest.mark.parametrize("text, person", [
    # a city of some 150,000 bears the surname; written alone later, it is still the woman named
    ("Deputies charged a man with the death of Mabel Jackson in Athens. Jackson, who lived alone, "
     "kept her savings at home.", "Jackson"),
    ("The hearing for Carla Fairfield, a Lebanon mother, was put off. Fairfield remains in jail.", "Fairfield"),
])
def test_a_surname_told_again_is_the_person_though_a_city_bears_it(text, person):
    found = [m.surface for m in Geoparser().find_places(text)]
    assert person not in found and found, found


@pytest.mark.parametrize("text, place", [
    # a sentence ending in a title ("the Judge.") gives no title to the next sentence's first word
    ("Hyles unseated the sitting Judge. Columbus lawyers backed him.", "Columbus"),
    ("Voters chose a new Mayor. Cincinnati will swear her in on Monday.", "Cincinnati"),
    # a title after a place's name opens the person there, not at the place
    ("Columbus Investigator Gregory Sealock found the car.", "Columbus"),
])
def test_a_place_before_a_title_stays_a_place(text, place):
    found = {m.surface: m.place for m in Geoparser().find_places(text)}
    assert place in found and found[place] is not None, found
