"""Inputs as spreadsheets and pipes give them: a result or one error line, never a traceback."""

import io
import json
import os
import subprocess
import sys

import pytest

from incidentmap.cli import main

# bytes as an executable has them: a header, NULs, bytes that are not UTF-8, a few line ends
BINARY = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8 + b"\n\xd0\xff\xfe\r\x00\x00\n" + bytes(range(200, 256))


def resolve_stdin(capsys, monkeypatch, data: bytes, *options):
    """``incidentmap resolve -`` with ``data`` on stdin as Python opens it in a UTF-8 locale: strict
    decoding, and lines split at ``\n`` only (``newline="\n"``, as sys.stdin on POSIX)."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", newline="\n"))
    code = main(["resolve", "-", *options])
    out, err = capsys.readouterr()
    return code, [json.loads(line) for line in out.splitlines()], err


def test_binary_stdin_in_a_utf8_locale_is_refused_row_by_row(capsys, monkeypatch):
    code, rows, err = resolve_stdin(capsys, monkeypatch, BINARY + b"\nLutsk\n")
    assert code == 3 and "Traceback" not in err
    assert rows and all(r["place"] is None for r in rows[:-1])
    assert any("not text" in reason for r in rows[:-1] for reason in r["reasons"])
    assert rows[-1]["place"]["name"] == "Lutsk"


def test_binary_file_piped_into_the_installed_command(tmp_path):
    binary = tmp_path / "program"
    binary.write_bytes(BINARY)
    # PYTHONIOENCODING as a UTF-8 locale (en_US.UTF-8) sets it: strict decoding of stdin
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    with binary.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "incidentmap", "resolve", "-", "-q"], stdin=stdin,
                              capture_output=True, env=env, timeout=120)
    assert done.returncode == 3, done.stderr
    assert b"Traceback" not in done.stderr
    assert all(json.loads(line)["place"] is None for line in done.stdout.splitlines())


@pytest.mark.parametrize("table", [
    b"name,country\rLutsk,UA\rOdessa,US\r",                      # old Mac line ends
    b"\xef\xbb\xbfname,country\r\nLutsk,UA\r\nOdessa,US\r\n",    # Excel's CSV UTF-8: a byte-order mark
    b"name;country\r\nLutsk;UA\r\nOdessa;US\r\n",                # Excel in most of Europe
    b"id\tname\tcountry\n1\tLutsk\tUA\n2\tOdessa\tUS\n",          # tab-separated
    b"\xef\xbb\xbfName;Country\rLutsk;UA\rOdessa;US",             # all at once, no last line end
    b'"name";"note";"country"\n"Lutsk";"a city, in the west";UA\n"Odessa";"in Texas; here";US\n',
], ids=["cr", "bom", "semicolon", "tab", "bom-semicolon-cr", "quoted-semicolon"])
def test_spreadsheet_dialects_give_one_row_per_name(capsys, monkeypatch, table):
    code, rows, err = resolve_stdin(capsys, monkeypatch, table)
    assert [r["query"] for r in rows] == ["Lutsk", "Odessa"], err
    assert [r["place"]["country_code"] for r in rows] == ["UA", "US"]  # the country column was read
    assert code == 0


@pytest.mark.parametrize("column", ["place", "Location", "toponym"])
def test_the_name_column_may_have_another_usual_header(capsys, monkeypatch, column):
    code, rows, _ = resolve_stdin(capsys, monkeypatch, f"{column},country\nOdessa,US\n".encode())
    assert [(r["query"], r["place"]["admin1"]) for r in rows] == [("Odessa", "Texas")]
    assert code == 0


def test_a_plain_list_with_old_mac_line_ends(capsys, monkeypatch):
    code, rows, _ = resolve_stdin(capsys, monkeypatch, b"Lutsk\r\rIzyum\r")
    assert [r["place"]["name"] for r in rows] == ["Lutsk", "Izyum"] and code == 0


def test_places_on_a_binary_file_prints_nothing_but_the_error(tmp_path, cli):
    binary = tmp_path / "program"
    binary.write_bytes(BINARY)
    code, out, err = cli("places", binary)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("incidentmap: error:")

