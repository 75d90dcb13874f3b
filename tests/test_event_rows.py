"""Spreadsheets of events: each CSV/JSON-lines row is one event, its place column resolved with
its text as context, its type, figures and (without a date value) date read from the text.

The rows are written for these tests. Zarichne and Shevchenkove have namesakes in several
oblasts: only the row's text says which is meant.
"""

import csv
import json

import pytest

from geo import read_incidents
from geo.event_extract import extract_event_row, row_date
from geo.event_rows import EventRow, RowColumns, read_event_rows
from geo.geoparser import Geoparser
from geo.runstate import state_path

ROWS = [
    # id, when, where, what
    ("z1", "2022-09-14", "Zarichne", "Shelling near Lyman damaged two houses; two people were wounded."),
    ("z2", "2022-09-14 08:15", "Zarichne", "Shelling near Dnipro damaged two houses; two people were wounded."),
    ("s1", "2022-07-02T21:30:00", "Shevchenkove", "A drone hit a grain store outside Mykolaiv, killing two workers."),
    ("m1", "2022-06-01", "Mykolaivka", "Photos from Kramatorsk taken by a volunteer."),
    ("v1", "last Saturday", "Vilne", "Artillery hit a farm near Dnipro on Saturday; 3 people were killed."),
    ("i1", "", "Izium", "An explosion at a fuel depot injured five people on May 4."),
]
REPORTED = "2022-11-01"  # --date: the day the log was written, for the rows without a date value


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


@pytest.fixture
def events_csv(tmp_path):
    path = tmp_path / "events.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "date", "location", "description"])
        writer.writerows(ROWS)
    return path


@pytest.fixture
def events_jsonl(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text("".join(json.dumps({"id": i, "when": d, "where": p, "what": t}) + "\n" for i, d, p, t in ROWS),
                    encoding="utf-8")
    return path


def _by_document(incidents):
    found = {}
    for incident in incidents:
        for source in incident.sources:
            found.setdefault(source.document, []).append(incident)
    return found


def _check_rows(found):
    """What every way of reading the fixture must give, one incident a row."""
    assert {k: len(v) for k, v in found.items()} == {i: 1 for i, *_ in ROWS}
    (z1,), (z2,), (s1,), (m1,), (v1,), (i1,) = (found[i] for i, *_ in ROWS)
    # the same name, two texts: the namesake near the text's places
    assert (z1.name, z1.admin1, z1.event_type, z1.injuries) == ("Zarichne", "Donetsk Oblast", "shelling", 2)
    assert (z2.name, z2.admin1, z2.event_type) == ("Zarichne", "Dnipropetrovsk Oblast", "shelling")
    assert (z1.date, z2.date) == ("2022-09-14", "2022-09-14")  # a datetime's date
    assert (s1.admin1, s1.event_type, s1.fatalities, s1.date) == (
        "Mykolaiv Oblast", "missile_or_drone_strike", 2, "2022-07-02")
    # no event cue: still the row's event, typed "other", and said why
    assert (m1.name, m1.admin1, m1.event_type) == ("Mykolaivka", "Donetsk Oblast", "other")
    assert any("no cue" in r for r in m1.reasons)
    # a date value that is no date: a reason, and the text's "on Saturday" before the log's day
    assert (v1.date, v1.fatalities, v1.event_type) == ("2022-10-29", 3, "shelling")
    assert any("'last Saturday' is not an ISO date" in r for r in v1.reasons)
    # no date value: the text's date
    assert (i1.name, i1.event_type, i1.injuries, i1.date) == ("Izyum", "explosion", 5, "2022-05-04")


def test_rows_read_from_csv_and_json_lines_alike(events_csv, events_jsonl):
    from_csv = list(read_event_rows([events_csv], RowColumns("description", "location", "date")))
    from_json = list(read_event_rows([events_jsonl], RowColumns("what", "where", "when")))
    assert from_csv == from_json
    assert from_csv[1] == EventRow("z2", ROWS[1][3], "Zarichne", "2022-09-14 08:15")
    assert from_csv[5].date is None  # an empty cell is no value


def test_a_row_is_one_incident_at_its_place_column(parser):
    rows = [EventRow(i, t, p, d or None) for i, d, p, t in ROWS]
    _check_rows(_by_document([i for row in rows for i in extract_event_row(row, parser, date=REPORTED)]))


@pytest.mark.parametrize("value, day", [("2022-03-11", "2022-03-11"), ("2022-03-11T23:59:59+03:00", "2022-03-11"),
                                        ("11.03.2022", None), ("", None)])
def test_date_column_values(value, day):
    found, reason = row_date(value)
    assert (found.isoformat() if found else None) == day
    assert (reason is not None) == (bool(value) and day is None)


def test_without_a_place_column_the_text_is_read_and_a_cueless_row_still_counts(parser):
    quiet = EventRow("q", "Volunteers filmed the ruined street in Kupiansk.")
    told = EventRow("t", "Missiles struck Odesa yesterday, killing 4.", date="2022-10-01")
    nowhere = EventRow("n", "Nothing was reported overnight.")
    (first,) = extract_event_row(quiet, parser, date=REPORTED)
    assert (first.name, first.event_type, first.date) == ("Kupyansk", "other", REPORTED)
    assert any("no cue" in r for r in first.reasons)
    (second,) = extract_event_row(told, parser, date=REPORTED)
    # the date column is the event's day, whatever "yesterday" would make of it
    assert (second.name, second.event_type, second.fatalities, second.date) == (
        "Odesa", "missile_or_drone_strike", 4, "2022-10-01")
    assert extract_event_row(nowhere, parser, date=REPORTED) == []


def test_extract_command_reads_a_spreadsheet_of_events(cli, events_csv, tmp_path):
    output = tmp_path / "out.geojson"
    code, _, err = cli("extract", events_csv, "--text-column", "description", "--place-column", "location",
                       "--date-column", "date", "--date", REPORTED, "-o", output, "-q")
    assert code == 0, err
    _check_rows(_by_document(read_incidents(output)))


def test_extract_command_reads_json_lines_on_two_processes(cli, events_jsonl, tmp_path):
    output = tmp_path / "out.csv"
    code, _, err = cli("extract", events_jsonl, "--text-column", "what", "--place-column", "where",
                       "--date-column", "when", "--date", REPORTED, "-o", output, "--workers", "2", "-q")
    assert code == 0, err
    _check_rows(_by_document(read_incidents(output)))


def test_run_command_reads_a_spreadsheet_of_events(cli, events_csv, tmp_path):
    code, _, err = cli("run", events_csv, "--text-column", "description", "--place-column", "location",
                       "--date-column", "date", "--date", REPORTED, "-o", tmp_path / "out", "-q")
    assert code == 0, err
    _check_rows(_by_document(read_incidents(tmp_path / "out" / "incidents.geojson")))


@pytest.mark.parametrize("command", ["extract", "run"])
def test_a_missing_column_is_one_line_and_nothing_is_written(cli, events_csv, tmp_path, command):
    output = tmp_path / ("out" if command == "run" else "out.geojson")
    code, out, err = cli(command, events_csv, "--text-column", "description", "--place-column", "where",
                         "-o", output)
    assert code == 2
    assert err.strip().splitlines() == [
        "incidentmap: error: events.csv: no column 'where' (the columns are: id, date, location, description)"]
    assert not output.exists() and not state_path(output).exists()


def test_a_missing_json_key_names_the_keys(cli, events_jsonl, tmp_path):
    code, _, err = cli("extract", events_jsonl, "--text-column", "description", "-o", tmp_path / "o.geojson")
    assert code == 2
    assert "no key 'description' (the keys are: id, when, where, what)" in err


@pytest.mark.parametrize("argv, said", [
    (["--place-column", "location"], "--place-column needs --text-column"),
    (["--date-column", "date", "--place-column", "location"], "--place-column and --date-column need --text-column"),
])
def test_columns_without_a_text_column_are_an_error(cli, events_csv, tmp_path, argv, said):
    code, _, err = cli("extract", events_csv, *argv, "-o", tmp_path / "o.geojson")
    assert code == 2 and said in err and "Traceback" not in err


def test_columns_need_a_spreadsheet(cli, tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("Shelling hit Kharkiv.")
    code, _, err = cli("extract", report, "--text-column", "text", "-o", tmp_path / "o.geojson")
    assert code == 2 and "reads a CSV, TSV or JSON-lines file" in err


def test_the_columns_are_part_of_the_runs_fingerprint(events_csv):
    from argparse import Namespace

    from incidentmap.extract_cmd import _fingerprint

    args = Namespace(reports=[str(events_csv)], date=None, skip_bad=False)
    with_place = _fingerprint(args, columns=RowColumns("description", "location"))
    without = _fingerprint(args, columns=RowColumns("description"))
    assert with_place != without != _fingerprint(args)


def test_a_namesake_outside_the_region_the_place_value_names_gives_the_region(parser):
    # no Zarichne in Kyiv Oblast is in the gazetteer: the Rivne one would be another place
    (found,) = extract_event_row(EventRow("k", "Shelling damaged houses.", "Zarichne, Kyiv region"), parser)
    assert (found.name, found.geo_precision, found.event_type) == ("Kyiv", 3, "shelling")
    assert any("'Zarichne' has no place in Kyiv" in r for r in found.reasons)
    (kept,) = extract_event_row(EventRow("d", "Shelling damaged houses.", "Zarichne village, Donetsk region"), parser)
    assert (kept.name, kept.admin1) == ("Zarichne", "Donetsk Oblast")


@pytest.mark.parametrize("text, scene", [
    # a capital written for its government: its troops and attacks are not where the event is
    ("Two militiamen were killed as Kiev troops shelled the outskirts of Horlivka.", "Horlivka"),
    ("A militiaman was killed by Kiev forces in Horlivka on Tuesday.", "Horlivka"),
    ("A soldier was wounded in Horlivka overnight - Kyiv", "Horlivka"),
    ("Three soldiers killed by Kiev troops, militia says", None),
    ("One fighter killed in Kiev’s attack on militia positions", None),
    # the city itself stays the scene
    ("Two people were killed in Kyiv on Monday.", "Kyiv"),
    ("A blast at a Kyiv military hospital wounded two.", "Kyiv"),
])
def test_a_capital_standing_for_its_government_is_not_the_rows_place(parser, text, scene):
    incidents = extract_event_row(EventRow("gov", text, place=None, date="2016-03-02"), parser)
    assert [i.name for i in incidents if i.latitude is not None] == ([scene] if scene else []), incidents
