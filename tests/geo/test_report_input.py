"""Reading reports: text, Markdown, HTML, folders, JSON lines, stdin, and bad input."""

import io
import json
import sys

import pytest

from geo import InputError
from geo.reports import count_reports, read_reports


def test_each_kind_of_report(tmp_path):
    (tmp_path / "a.txt").write_text("Shelling in Kharkiv.", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Lviv\n\nCalm in *Lviv*.", encoding="utf-8")
    (tmp_path / "c.html").write_text(
        "<html><head><title>t</title><style>p{}</style></head><body><p>Strike on <b>Dnipro</b>"
        "</p><script>alert('x')</script></body></html>", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "r1", "text": "Fighting near Izyum.", "date": "2022-03-11", "url": "https://e.org/1",
                    "title": "T"}) + "\n\n" + json.dumps({"text": "Quiet in Sumy."}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("never read", encoding="utf-8")
    reports = list(read_reports([tmp_path]))
    assert [r.document for r in reports] == ["a.txt", "b.md", "c.html", "r1", "d.jsonl:3"]
    html = reports[2]
    assert html.html and "Dnipro" in html.text and "alert" not in html.text and "p{}" not in html.text
    assert reports[3].date == "2022-03-11" and reports[3].url == "https://e.org/1"


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("Shells hit Kherson.".encode())))
    assert [r.text for r in read_reports(["-"])] == ["Shells hit Kherson."]


@pytest.mark.parametrize("name, data, words", [
    ("bin.txt", b"\x00\x01\x02PNG", ["binary"]),
    ("cp.txt", "Київ".encode("cp1251"), ["UTF-8", "byte 0"]),
    ("nothere.txt", None, ["no such"]),
])
def test_bad_files_are_one_line_errors(tmp_path, name, data, words):
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(read_reports([path]))
    message = str(caught.value)
    assert "\n" not in message and name in message
    for word in words:
        assert word in message


def test_malformed_json_lines_name_the_line_and_skip_bad_goes_on(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"text": "Kyiv"}\n{broken\n{"no_text": 1}\n{"text": "Lviv"}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        list(read_reports([path]))
    assert "feed.jsonl:2" in str(caught.value)
    skipped = []
    reports = list(read_reports([path], skip_bad=True, on_error=skipped.append))
    assert [r.text for r in reports] == ["Kyiv", "Lviv"]
    assert [m.split(":")[1] for m in skipped] == ["2", "3"]


def test_an_empty_file_is_an_empty_report(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert [r.text for r in read_reports([path])] == [""]


def test_a_large_report_is_read_whole(tmp_path):
    path = tmp_path / "big.txt"
    line = "Shelling was reported near Kharkiv and in the Sumy Oblast on Friday.\n"
    path.write_text(line * 200_000, encoding="utf-8")  # about 14 MB
    (report,) = read_reports([path])
    assert len(report.text) == len(line) * 200_000


def test_the_progress_estimate_counts_what_is_read(tmp_path):
    (tmp_path / "wire.jsonl").write_text('{"text": "Lutsk"}\n{"text": "Kyiv"}\n', encoding="utf-8")
    (tmp_path / "one.txt").write_text("Dnipro was hit.", encoding="utf-8")
    (tmp_path / ".hidden.jsonl").write_text('{"text": "Sumy"}\n', encoding="utf-8")  # not a report
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text("Izyum", encoding="utf-8")
    assert count_reports([tmp_path]) == len(list(read_reports([tmp_path]))) == 3
    assert count_reports(["-"]) is None and count_reports([tmp_path / "missing"]) is None
