"""Dates relative to the report, end to end: the most specific expression wins, nights are
the day they began, spans keep their last day. Reports written for the tests."""

import pytest

from geo import Report, extract
from geo.dates import DATE_PRECISIONS

WEDNESDAY = "2024-01-17"


def one(text, date=WEDNESDAY):
    found = extract([Report("t", text)], date=date)
    assert len(found) == 1, [(i.event_type, i.place_name, i.date) for i in found]
    return found[0]


def when(incident):
    return incident.date, incident.date_precision, incident.date_end


@pytest.mark.parametrize("text", [
    "Overnight on Tuesday, drones struck the port of Odesa.",
    "This morning officials said drones struck the port of Odesa on Tuesday night.",
    "Drones struck the port of Odesa overnight, on Tuesday.",
    "Drones struck the port of Odesa overnight Tuesday, officials said today.",
])
def test_a_weekday_beats_overnight_wherever_it_stands(text):
    incident = one(text)
    assert incident.name == "Odesa"
    assert when(incident) == ("2024-01-16", "day", None)


@pytest.mark.parametrize("text", [
    "Shelling hit Kherson overnight, wounding three residents.",
    "Overnight shelling of Kherson wounded three residents.",
    # the day the officials speak is not the event's
    "Officials said today that shelling hit Kherson yesterday, wounding three residents.",
    "This morning the governor said shelling last night wounded three residents of Kherson.",
])
def test_a_night_with_no_weekday_is_the_day_before_the_report(text):
    incident = one(text)
    assert (incident.name, incident.injuries) == ("Kherson", 3)
    assert when(incident) == ("2024-01-16", "day", None)


@pytest.mark.parametrize("text, day", [
    ("Rockets fell on Mykolaiv the day before yesterday.", "2024-01-15"),
    ("Rockets fell on Mykolaiv two days ago.", "2024-01-15"),
    ("Rockets fell on Mykolaiv 4 days ago, a local official said.", "2024-01-13"),
])
def test_days_counted_back(text, day):
    assert when(one(text)) == (day, "day", None)


@pytest.mark.parametrize("text, day", [
    ("On the night of 14 to 15 January, missiles hit Lviv.", "2024-01-14"),
    ("Missiles hit Lviv overnight, in the night of January 14-15.", "2024-01-14"),
    ("Missiles hit Lviv during the night from 31 December to 1 January.", "2023-12-31"),
    ("Missiles hit Lviv overnight into Monday.", "2024-01-14"),
    ("Missiles hit Lviv in the night into Wednesday.", "2024-01-16"),
])
def test_a_night_between_two_days_is_its_first(text, day):
    incident = one(text)
    assert incident.name == "Lviv"
    assert when(incident) == (day, "day", None)


@pytest.mark.parametrize("text, report, first", [
    ("Earlier this week a glide bomb hit a school in Sumy.", WEDNESDAY, "2024-01-15"),
    ("A glide bomb hit a school in Sumy earlier this week.", "2024-01-19", "2024-01-15"),
    # told on a Monday, the only earlier day is the Sunday before
    ("Earlier this week a glide bomb hit a school in Sumy.", "2024-01-15", "2024-01-14"),
])
def test_earlier_this_week_is_before_the_report_in_its_week(text, report, first):
    incident = one(text, date=report)
    day_before = {"2024-01-17": "2024-01-16", "2024-01-19": "2024-01-18", "2024-01-15": "2024-01-14"}[report]
    assert when(incident) == (first, "week", day_before)
    assert incident.date < report


@pytest.mark.parametrize("text, first, last", [
    ("Shelling of Kharkiv on 10 and 11 January killed four civilians.", "2024-01-10", "2024-01-11"),
    ("Between 9 and 12 January, Kharkiv was shelled every day; four civilians were killed.",
     "2024-01-09", "2024-01-12"),
    ("From 9 to 12 January shelling of Kharkiv killed four civilians.", "2024-01-09", "2024-01-12"),
    ("Kharkiv was shelled January 9-12, killing four civilians.", "2024-01-09", "2024-01-12"),
    ("Kharkiv was shelled from 28 December to 2 January, killing four civilians.", "2023-12-28", "2024-01-02"),
    ("Kharkiv was shelled last weekend, killing four civilians.", "2024-01-13", "2024-01-14"),
    ("In early January shelling of Kharkiv killed four civilians.", "2024-01-01", "2024-01-10"),
    ("Shelling of Kharkiv in late December killed four civilians.", "2023-12-21", "2023-12-31"),
])
def test_a_span_is_its_first_day_with_its_last(text, first, last):
    incident = one(text)
    assert (incident.name, incident.fatalities) == ("Kharkiv", 4)
    assert when(incident) == (first, "range", last)


@pytest.mark.parametrize("text, day", [
    ("Shelling of Kherson on 11 January wounded two.", "2024-01-11"),
    ("Shelling of Kherson 11 January wounded two.", "2024-01-11"),
    ("Kherson was shelled on the 3rd of January, wounding two.", "2024-01-03"),
    # a day after the report's is last year's
    ("Kherson was shelled on 20 March, wounding two.", "2023-03-20"),
])
def test_day_before_month(text, day):
    assert when(one(text)) == (day, "day", None)


def test_a_date_the_sentence_only_counts_from_is_not_the_event_s():
    incident = one("The heaviest shelling of Kherson since January 3 wounded two yesterday.")
    assert when(incident) == ("2024-01-16", "day", None)


def test_a_range_survives_the_file_formats(tmp_path):
    from geo import read_incidents, write_incidents

    incident = one("Between 9 and 12 January, Kharkiv was shelled every day; four civilians were killed.")
    for suffix in (".geojson", ".csv"):
        path = write_incidents(tmp_path / f"out{suffix}", [incident])
        assert when(read_incidents(path)[0]) == ("2024-01-09", "range", "2024-01-12")


def test_precisions_run_from_the_most_precise():
    assert DATE_PRECISIONS.index("day") < DATE_PRECISIONS.index("range") < DATE_PRECISIONS.index("week")


def test_a_day_and_a_span_from_it_merge_to_the_day():
    found = extract([Report("a", "Kharkiv was shelled from 9 to 12 January, killing four civilians."),
                     Report("b", "Shelling hit Kharkiv on 9 January.")], date=WEDNESDAY)
    assert [when(i) for i in found] == [("2024-01-09", "day", None)]
    assert found[0].fatalities == 4 and len(found[0].sources) == 2
