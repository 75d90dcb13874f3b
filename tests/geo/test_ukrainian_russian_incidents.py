"""Reports in Ukrainian and Russian to incidents, end to end (short texts written for the tests).

Each class of sentence the posts write: one person hurt with no number, blasts told with the
weapon that made them, mines and launchers, namesakes abroad, genitives with an apostrophe.
A sentence that must give nothing stands beside one that must give something, so every
test says what the rule reads and what it leaves alone.
"""

import re

import pytest

from geo.extract import extract_report, report_country
from geo.figures import read_figures
from geo.geoparser import Geoparser
from geo.languages import ENGLISH, LANGUAGES, RUSSIAN, UKRAINIAN
from geo.model import Report

DAY = "2024-03-14"


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def incidents(parser, text, language):
    return extract_report(Report("t", text, date=DAY, language=language), parser)


def told(parser, text, language):
    return [(i.name, i.event_type, i.fatalities, i.injuries, i.weapon) for i in incidents(parser, text, language)]


# -- one person, no number -----------------------------------------------------------------

@pytest.mark.parametrize("text, language, fatalities, injuries", [
    ("У Краматорську після ракетного удару загинула жінка.", "uk", 1, None),
    ("Внаслідок обстрілу Херсона загинув чоловік.", "uk", 1, None),
    ("У Нікополі дрон атакував автівку, водія поранено.", "uk", None, 1),
    ("Під час обстрілу Херсона поранено пенсіонерку.", "uk", None, 1),
    ("У Сумах після удару дрона тракторист загинув.", "uk", 1, None),
    ("У Харкові внаслідок обстрілу чоловік отримав поранення.", "uk", None, 1),
    ("В Донецке при обстреле погиб мужчина.", "ru", 1, None),
    ("В Херсоне дрон атаковал машину, водитель погиб.", "ru", 1, None),
    ("В Николаеве после обстрела погибла женщина и ранены двое детей.", "ru", 1, 2),
    ("В Одессе дрон сбросил гранату на мужчину, он ранен.", "ru", None, 1),
])
def test_one_person_hurt_without_a_number_is_one(parser, text, language, fatalities, injuries):
    found = incidents(parser, text, language)
    assert [(i.fatalities, i.injuries) for i in found] == [(fatalities, injuries)], found


@pytest.mark.parametrize("counted, not_counted, language", [
    # the same person words with no casualty verb beside them, or two people, or many
    ("загинула жінка", "жінка розповіла про нічний обстріл", UKRAINIAN),
    ("загинув чоловік", "загинули чоловіки", UKRAINIAN),
    ("водія поранено", "водій та пасажир поранені", UKRAINIAN),
    ("поранено жінку", "поранено жінку та її сина", UKRAINIAN),
    ("погиб мужчина", "мужчина рассказал о ночной атаке", RUSSIAN),
    ("водитель погиб", "мужчина и женщина погибли", RUSSIAN),
    ("погибла женщина", "погибли женщины", RUSSIAN),
])
def test_a_person_word_counts_one_only_beside_a_casualty_word(counted, not_counted, language):
    one = read_figures(counted, language=language)
    assert 1 in (one.fatalities, one.injuries)
    none = read_figures(not_counted, language=language)
    assert 1 not in (none.fatalities, none.injuries)


@pytest.mark.parametrize("text, language", [
    ("Окупанти поранили трьох людей.", UKRAINIAN),
    ("Обстрелом ранили трех человек.", RUSSIAN),
])
def test_they_wounded_three_is_three_injured_not_killed(text, language):
    figures = read_figures(text, language=language)
    assert (figures.fatalities, figures.injuries) == (None, 3)


# -- blasts told with the weapon that made them ---------------------------------------------

@pytest.mark.parametrize("text, language, event_type, weapon", [
    ("У Дніпрі пролунали вибухи: ворог вдарив крилатими ракетами.", "uk", "missile_or_drone_strike",
     "cruise_missile"),
    ("У Полтаві лунали вибухи, місто атакували балістичними ракетами.", "uk", "missile_or_drone_strike",
     "ballistic_missile"),
    ("В Харькове взрывы: по городу ударили баллистическими ракетами.", "ru", "missile_or_drone_strike",
     "ballistic_missile"),
    ("Explosions in Dnipro: Kalibr missiles hit an industrial site.", "en", "missile_or_drone_strike",
     "cruise_missile"),
])
def test_a_blast_told_with_a_fired_weapon_takes_the_weapons_type(parser, text, language, event_type, weapon):
    found = incidents(parser, text, language)
    assert [(i.event_type, i.weapon) for i in found] == [(event_type, weapon)], found


@pytest.mark.parametrize("blast, with_weapon, language", [
    ("У Запоріжжі вибухнув склад боєприпасів.", "У Запоріжжі вибухнув склад: ворог вдарив ракетами.", "uk"),
    ("В Мелитополе прогремел взрыв у здания.", "В Мелитополе прогремел взрыв: ударили ракетами.", "ru"),
])
def test_a_blast_with_no_fired_weapon_stays_an_explosion(parser, blast, with_weapon, language):
    assert [i.event_type for i in incidents(parser, blast, language)] == ["explosion"]
    assert [i.event_type for i in incidents(parser, with_weapon, language)] == ["missile_or_drone_strike"]


# -- mines and launchers ------------------------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Біля Оріхова на міні підірвалася вантажівка, водій загинув.", "uk"),
    ("Под Херсоном на мине подорвался трактор, тракторист погиб.", "ru"),
])
def test_a_vehicle_on_a_mine_is_an_explosion_by_a_mine(parser, text, language):
    assert [(e, f, w) for _, e, f, _, w in told(parser, text, language)] == [("explosion", 1, "mine")]


@pytest.mark.parametrize("text, language, place", [
    ("Ворог обстріляв Нікополь з РСЗВ «Град», поранено двох людей.", "uk", "Nikopol"),
    ("Оккупанты обстреляли Херсон из РСЗВ «Град», ранены двое.", "ru", "Kherson"),
    ("Оккупанты обстреляли Херсон из РСЗО «Град», ранены двое.", "ru", "Kherson"),
])
def test_a_launcher_named_in_quotes_is_the_weapon_not_a_place(parser, text, language, place):
    assert told(parser, text, language) == [(place, "shelling", None, 2, "mlrs")]


# -- namesakes: the report's language says which country ------------------------------------

def test_a_ukrainian_reports_places_lean_to_ukraine(parser):
    found = incidents(parser, "Ворожий дрон атакував селище Дружба, поранено чоловіка.", "uk")
    assert [(i.country_code, i.injuries) for i in found] == [("UA", 1)]
    assert (report_country(None, UKRAINIAN), report_country("PL", UKRAINIAN)) == ("UA", "PL")
    # Russian posts tell of Ukraine and Russia alike, English ones of anywhere
    assert (report_country(None, RUSSIAN), report_country(None, ENGLISH)) == (None, None)


@pytest.mark.parametrize("text, language, place, admin1", [
    ("На околицях Покровська ворог скинув КАБ, поранено трьох людей.", "uk", "Pokrovsk", "Donetsk Oblast"),
    ("На Харківщині внаслідок обстрілу Куп'янська загинули двоє людей.", "uk", "Kupyansk", "Kharkiv Oblast"),
])
def test_a_towns_genitive_is_the_town_not_a_namesake_or_a_surname(parser, text, language, place, admin1):
    assert [(i.name, i.admin1) for i in incidents(parser, text, language)] == [(place, admin1)]
    # the apostrophe however written: ' ’ ʼ
    for mark in "’ʼ":
        again = text.replace("'", mark)
        assert [(i.name, i.admin1) for i in incidents(parser, again, language)] == [(place, admin1)]


# -- between X and Y: the words, for the scene choice ------------------------------------------

@pytest.mark.parametrize("code, before, gap", [
    ("uk", "Запеклі бої між ", " і "),
    ("uk", "Бої точаться між селами ", " та "),
    ("ru", "Тяжелые бои идут между ", " и "),
])
def test_between_x_and_y_is_written_in_the_languages_data(code, before, gap):
    patterns = LANGUAGES[code].scene_patterns
    assert re.search(rf"\b(?:{patterns['between_before']})\s*$", before.lower())
    assert re.fullmatch(patterns["between_gap"], gap)
    assert not re.search(rf"\b(?:{patterns['between_before']})\s*$", "бої тривають біля ")


# -- near a place: "поблизу", "біля", "возле" put the event there, as "near" does ------------------

@pytest.mark.parametrize("text, language, place", [
    ("На Запоріжжі поблизу Оріхова точаться важкі бої.", "uk", "Orikhiv"),
    ("В Донецкой области возле Авдеевки идут бои.", "ru", "Avdiyivka"),
])
def test_a_place_near_which_the_event_is_told_is_its_scene(parser, text, language, place):
    assert place in [i.name for i in incidents(parser, text, language)]
