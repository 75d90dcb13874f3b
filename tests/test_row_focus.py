"""A spreadsheet of events is about one area: its batch focus ranks each bare place value.

The log below is written for these tests: most rows name towns of the Donbas that have no
rival elsewhere; two name villages whose bigger namesakes lie far off (Novoselivka in
another oblast, Kalinovo across the border) and whose text says nothing of where.
"""

import csv
import io

import pytest

from geo import Geoparser, read_incidents
from geo.event_extract import extract_event_row
from geo.event_rows import EventRow
from geo.row_focus import rows_focus, rows_with_focus

QUIET = "A shell hit a yard; nobody was hurt, the owner said."
LOG = [("k", "Kramatorsk"), ("s", "Sloviansk town"), ("b", "near Bakhmut"), ("c", "Kostiantynivka"),
       ("d", "Druzhkivka"), ("n", "Novoselivka village"), ("v", "Kalinovo")]
FAR = {"n": "Novoselivka", "v": "Kalinovo"}


def _rows():
    return [EventRow(doc, QUIET, place, "2016-04-02") for doc, place in LOG]


def _in_the_east(incident) -> bool:
    return incident.latitude is not None and 47.0 <= incident.latitude <= 49.5 and 36.5 <= incident.longitude <= 40.0


@pytest.fixture(scope="module")
def parser():
    return Geoparser()


def test_the_rows_resolved_without_doubt_tell_the_area(parser):
    focus = rows_focus(_rows(), parser)
    assert focus is not None and focus.country == "UA"
    assert 48.0 < focus.latitude < 49.2 and 37.0 < focus.longitude < 38.3
    # a log with too few names resolved without doubt has no focus: each row stands alone
    assert rows_focus([r for r in _rows() if r.document in FAR], parser) is None


def test_a_bare_namesake_is_read_in_the_logs_area_only_with_the_focus(parser):
    focused = Geoparser(resolver=parser.resolver, focus=rows_focus(_rows(), parser))
    for row in _rows():
        if row.document not in FAR:
            continue
        (alone,) = extract_event_row(row, parser)
        (with_focus,) = extract_event_row(row, focused)
        assert not _in_the_east(alone), alone  # the far namesake wins on its own: the case is real
        assert _in_the_east(with_focus), with_focus
        assert with_focus.name[:3] == FAR[row.document][:3]  # the namesake, not some other place


def test_an_input_read_once_gives_its_rows_back_whole(parser):
    focus, rows = rows_with_focus(iter(_rows()), parser, sample=5)
    assert focus is not None
    assert list(rows) == _rows()


def _log_csv(path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "day", "where", "what"])
        writer.writerows((row.document, row.date, row.place, row.text) for row in _rows())
    return path


@pytest.mark.parametrize("option, east", [([], True), (["--focus", "none"], False),
                                          (["--near", "Odesa"], False)])
def test_extract_ranks_rows_with_the_batch_focus_by_default(cli, tmp_path, option, east):
    """On by default with a place column; ``--focus none`` and the user's own area win."""
    output = tmp_path / "out.geojson"
    code, _, err = cli("extract", _log_csv(tmp_path / "log.csv"), "--text-column", "what", "--place-column", "where",
                       "--date-column", "day", "-o", output, *option)
    assert code == 0, err
    found = {s.document: i for i in read_incidents(output) for s in i.sources}
    assert all(_in_the_east(found[doc]) == east for doc in FAR), found
    assert ("batch focus" in err) == (option == [])


def test_rows_from_standard_input_get_the_focus_too(cli, tmp_path, monkeypatch):
    text = _log_csv(tmp_path / "log.csv").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8"))))
    output = tmp_path / "out.geojson"
    code, _, err = cli("extract", "-", "--text-column", "what", "--place-column", "where", "-o", output)
    assert code == 0, err
    found = {s.document: i for i in read_incidents(output) for s in i.sources}
    assert len(found) == len(LOG) and all(_in_the_east(found[doc]) for doc in FAR)
