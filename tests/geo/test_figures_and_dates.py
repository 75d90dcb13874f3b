"""Casualty figures in words and digits, and dates relative to the report."""

import datetime as dt

import pytest

from geo.dates import event_date, report_date
from geo.figures import parse_number, read_figures

FRIDAY = dt.date(2022, 3, 11)


@pytest.mark.parametrize("text, fatalities, injuries", [
    ("Four were killed and six were injured in the strike.", 4, 6),
    ("At least 1,582 civilians have been killed since the siege began.", 1582, None),
    ("Two civilians killed in the village.", 2, None),
    ("The blast killed at least one person and injured 12.", 1, 12),
    ("The death toll rose to 17 on Sunday.", 17, None),
    ("Thirty-two people were wounded.", None, 32),
    ("The strike resulted in four dead and six injured.", 4, 6),
    ("No one was hurt.", 0, 0),  # no harm of any kind: none killed either
    # one person named without a number
    ("The driver was killed when the car hit a mine.", 1, None),
    ("Tractor driver killed by a mine outside the village.", 1, None),
    ("Landmine blast near the road: a deminer injured.", None, 1),
    ("A soldier was killed and two wounded.", 1, 2),
    ("The police officer killed the attacker.", None, None),
    # "no casualties" is a figure: none killed, none hurt
    ("Drone attack on an oil depot, no casualties.", 0, 0),
    ("The shelling went on all day, without casualties.", 0, 0),
    # a day of the month is not a count
    ("A shell on May 4 injured five people.", None, 5),
    ("Nobody was killed.", 0, None),
])
def test_figures(text, fatalities, injuries):
    figures = read_figures(text)
    assert (figures.fatalities, figures.injuries) == (fatalities, injuries)
    assert not figures.estimated


def test_at_least_is_kept_as_a_qualifier():
    assert read_figures("At least 78 children have been killed.").qualifier == "at least"


@pytest.mark.parametrize("text, field, value", [
    ("Dozens were wounded.", "injuries", 12),
    ("Hundreds of people were killed.", "fatalities", 100),
    ("Several soldiers were killed.", "fatalities", 10),
    ("A few residents were injured.", "injuries", 3),
])
def test_vague_words_are_coded_as_acled_does_and_flagged(text, field, value):
    figures = read_figures(text)
    assert getattr(figures, field) == value and figures.estimated


@pytest.mark.parametrize("text", [
    "The strike hit a depot 30 km from the city.",
    "Prices rose 12% in March.",
    "Officials could not say how many people were killed.",
    "Shelling went on through the night.",
    "Troops killed time waiting for orders.",
])
def test_no_figure_is_none_never_zero(text):
    figures = read_figures(text)
    assert figures.fatalities is None and figures.injuries is None


def test_parse_number():
    assert parse_number("1,582") == (1582, False)
    assert parse_number("twenty-one") == (21, False)
    assert parse_number("a dozen") == (12, False)
    assert parse_number("dozens of") == (12, True)
    assert parse_number("many more") is None


@pytest.mark.parametrize("text, expected", [
    ("Lviv, March 11, 2022 - Sirens sounded.", dt.date(2022, 3, 11)),
    ("Published 11 March 2022. Sirens sounded.", dt.date(2022, 3, 11)),
    ("2022-03-11: sirens sounded.", dt.date(2022, 3, 11)),
    ("Sirens sounded on Friday.", None),
])
def test_datelines(text, expected):
    assert report_date(text) == expected


@pytest.mark.parametrize("sentence, day, precision", [
    ("Jets struck on Friday.", "2022-03-11", "day"),
    ("Jets struck on Thursday.", "2022-03-10", "day"),
    ("Jets struck on Sunday.", "2022-03-06", "day"),
    ("Jets struck yesterday.", "2022-03-10", "day"),
    ("Jets struck overnight.", "2022-03-10", "day"),  # a night is the day it began
    ("Jets struck on March 9.", "2022-03-09", "day"),
    ("Fighting went on last week.", "2022-03-04", "week"),
    ("The town was shelled.", "2022-03-11", "report"),
])
def test_relative_dates_resolve_against_the_report(sentence, day, precision):
    assert event_date(sentence, FRIDAY) == (day, precision)


def test_a_december_day_in_a_january_report_is_last_year():
    assert event_date("Shelling on December 30 hit the port.", dt.date(2023, 1, 3)) == ("2022-12-30", "day")


def test_no_report_date_no_event_date():
    assert event_date("Jets struck on Friday.", None) == (None, None)


@pytest.mark.parametrize("text, event_type", [
    ("Air raid alert in Kyiv; missile debris fell on a street.", "missile_or_drone_strike"),
    ("An air raid on the depot started a fire.", "airstrike"),
    ("Tanks firing at the village from the ridge.", "shelling"),
])
def test_warnings_are_not_raids_and_tank_fire_is_shelling(text, event_type):
    from geo.events import find_event_cues, sentence_event_type

    assert sentence_event_type(find_event_cues(text)) == event_type
