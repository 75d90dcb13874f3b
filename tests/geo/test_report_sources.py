"""Telegram Desktop channel exports and RSS/Atom feeds as report sources."""

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from geo import InputError, read_incidents
from geo.reports import count_reports, read_reports

FIXTURES = Path(__file__).parent.parent / "fixtures" / "reports"
TELEGRAM = FIXTURES / "telegram_result.json"
RSS = FIXTURES / "feed.rss"
ATOM = FIXTURES / "feed.atom"


def test_each_telegram_message_with_text_is_a_report():
    reports = list(read_reports([TELEGRAM]))
    # the service message (101) and the photo without a caption (103) are not reports
    assert [r.document for r in reports] == ["Kharkiv Watch#102", "Kharkiv Watch#104", "Kharkiv Watch#105"]
    strike, ukrainian, forwarded = reports
    assert strike.text == "A missile struck the airfield in Lutsk: 4 people were killed and 6 wounded. #Volyn details"
    assert ukrainian.text == "Вночі у Харкові пролунали вибухи біля станції метро."
    assert forwarded.text == "Artillery fire reported near Izium this evening."  # its own text, not the source's
    assert [r.date for r in reports] == ["2022-03-11T09:12:00", "2022-03-12T06:05:00", "2022-03-12T18:30:00"]
    assert [r.url for r in reports] == [f"https://t.me/c/1712345678/{n}" for n in (102, 104, 105)]
    assert {r.title for r in reports} == {"Kharkiv Watch"}


def test_telegram_link_ids_and_entity_only_texts(tmp_path):
    export = {"name": "Odesa Desk", "type": "public_supergroup", "id": -1009876543210, "messages": [
        {"id": 5, "type": "message", "date": "2022-04-02T10:00:00", "text": "",
         "text_entities": [{"type": "plain", "text": "Blasts in "}, {"type": "bold", "text": "Odesa"}]},
        {"id": 6, "date_unixtime": "1648900800", "text": ["Calm in ", {"type": "italic", "text": "Izmail"}]},
        {"id": 7, "type": "message", "date": "2022-04-02T11:00:00", "text": "   \n"}]}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    reports = list(read_reports([path]))
    assert [(r.text, r.url) for r in reports] == [
        ("Blasts in Odesa", "https://t.me/c/9876543210/5"), ("Calm in Izmail", "https://t.me/c/9876543210/6")]
    assert reports[1].date.startswith("2022-04-02T12:00:00")  # from its Unix time, in UTC


def test_a_folder_reads_exports_and_feeds_by_content_and_leaves_other_json_and_xml(tmp_path):
    shutil.copy(TELEGRAM, tmp_path / "channel-archive.json")
    shutil.copy(RSS, tmp_path / "wire.xml")
    shutil.copy(ATOM, tmp_path / "desk.atom")
    (tmp_path / "package.json").write_text('{"name": "site", "version": "1.0"}', encoding="utf-8")
    (tmp_path / "broken-settings.json").write_text('{"theme": ', encoding="utf-8")
    (tmp_path / "layout.xml").write_text("<layout><row/></layout>", encoding="utf-8")
    documents = [r.document for r in read_reports([tmp_path])]
    assert documents == ["Kharkiv Watch#102", "Kharkiv Watch#104", "Kharkiv Watch#105",
                         "tag:eastern.example,2022:sumy-1", "tag:eastern.example,2022:chernihiv-2",
                         "wire-2022-0311-odesa", "https://wire.example/2022/03/mykolaiv-night"]
    assert count_reports([tmp_path]) == 4 + 2 + 3  # an estimate: every message and item tag


def test_rss_items_are_reports():
    odesa, mykolaiv = read_reports([RSS])  # the item with neither title nor text is skipped
    assert odesa.text == "Blasts heard in Odesa\n\nResidents of Odesa reported two blasts near the port."
    assert (odesa.document, odesa.url, odesa.title) == (
        "wire-2022-0311-odesa", "https://wire.example/2022/03/odesa-blasts", "Blasts heard in Odesa")
    assert odesa.date == "2022-03-11T23:40:00+02:00"  # RFC 822, the writer's day kept
    # the fuller of description and content:encoded; no guid, so the link names it
    assert mykolaiv.text.endswith("Three drones hit a warehouse in Mykolaiv; one guard was injured.")
    assert mykolaiv.text.count("Drones over Mykolaiv.") == 1
    assert (mykolaiv.document, mykolaiv.date) == ("https://wire.example/2022/03/mykolaiv-night", "2022-03-13T02:15:00Z")


def test_atom_entries_are_reports():
    sumy, chernihiv = read_reports([ATOM])
    assert sumy.text == "Shelling in Sumy\n\nSeveral shells landed in Sumy overnight."
    assert (sumy.url, sumy.date) == ("https://eastern.example/sumy-1", "2022-03-13T08:00:00+02:00")
    assert chernihiv.text.split("\n\n") == ["Chernihiv", "A bridge in Chernihiv was destroyed.",
                                            "No casualties were reported."]
    assert (chernihiv.document, chernihiv.url, chernihiv.date) == (
        "tag:eastern.example,2022:chernihiv-2", "https://eastern.example/chernihiv-2", "2022-03-14T07:30:00Z")


def test_exports_and_feeds_on_stdin(monkeypatch):
    for path, first in ((TELEGRAM, "Kharkiv Watch#102"), (ATOM, "tag:eastern.example,2022:sumy-1")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(path.read_bytes())))
        assert [r.document for r in read_reports(["-"])][0] == first


LAUGHS = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
          '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><item><title>&c;</title></item></channel></rss>')


@pytest.mark.parametrize("name, content, words", [
    ("result.json", '{"name": "c", "messages": [{"id": 1, "text": "Kyiv"}', ["bad JSON", "line 1"]),
    ("result.json", '[{"text": "Kyiv"}]', ["not a Telegram export", ".jsonl"]),
    ("news.rss", "<rss><channel><item><title>Kyiv</title></channel></rss>", ["bad XML", "line 1"]),
    ("news.atom", "<html><body>Kyiv</body></html>", ["not an RSS or Atom feed"]),
    ("laughs.rss", LAUGHS, ["refused"]),
])
def test_bad_exports_and_feeds_are_one_line_errors(tmp_path, name, content, words):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_reports([path]))
    message = str(caught.value)
    assert "\n" not in message and name in message
    for word in words:
        assert word in message
    skipped = []
    assert list(read_reports([path, RSS], skip_bad=True, on_error=skipped.append))[0].document == "wire-2022-0311-odesa"
    assert len(skipped) == 1


def test_extract_from_a_telegram_export_dates_incidents_by_message(tmp_path, cli):
    out = tmp_path / "out.geojson"
    code, _, err = cli("extract", TELEGRAM, "-o", out)
    assert code == 0, err
    lutsk = [i for i in read_incidents(out) if i.name == "Lutsk"]
    assert len(lutsk) == 1 and str(lutsk[0].date) == "2022-03-11"
    assert (lutsk[0].fatalities, lutsk[0].injuries) == (4, 6)
    assert lutsk[0].sources[0].url == "https://t.me/c/1712345678/102"


def test_run_reads_a_feed_and_a_bad_export_is_exit_2(tmp_path, cli):
    code, _, err = cli("run", RSS, "-o", tmp_path / "out", "--offline")
    assert code == 0, err
    odesa = [i for i in read_incidents(tmp_path / "out" / "incidents.geojson") if i.name == "Odesa"]
    assert odesa and str(odesa[0].date) == "2022-03-11"
    bad = tmp_path / "result.json"
    bad.write_text('{"name": "c", "messages": [', encoding="utf-8")
    code, _, err = cli("extract", bad, "-o", tmp_path / "x.geojson")
    assert code == 2 and err.count("\n") == 1 and "result.json" in err and "Traceback" not in err


@pytest.mark.parametrize("command", ["extract", "run", "places"])
def test_the_help_names_the_new_sources(cli, command):
    code, out, _ = cli(command, "--help")
    assert code == 0 and "Telegram" in out and "RSS or Atom" in out
