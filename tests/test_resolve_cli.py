"""``incidentmap resolve``: exit codes, the JSON shape, batches, --help, one-line errors."""

import io
import json
import subprocess
import sys

import pytest

from incidentmap.cli import main

PLACE_KEYS = {"geonameid", "name", "country_code", "admin1", "latitude", "longitude", "feature_code",
              "population"}


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode()), encoding="utf-8"))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_resolved_name_exits_0_with_the_json_shape(capsys):
    code, out, err = run(capsys, "resolve", "Lutsk", "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"query", "status", "place", "alternatives", "reasons"}
    assert result["status"] == "resolved"
    assert set(result["place"]) == PLACE_KEYS
    assert result["place"]["name"] == "Lutsk" and result["place"]["country_code"] == "UA"
    assert all(set(a) == PLACE_KEYS for a in result["alternatives"])


def test_readable_output_names_the_place_and_why(capsys):
    code, out, _ = run(capsys, "resolve", "Izium", "--country", "UA")
    assert code == 0
    assert "Izyum" in out and "Kharkiv Oblast" in out


def test_unresolved_and_ambiguous_exit_3(capsys):
    code, out, _ = run(capsys, "resolve", "Kopani", "--country", "Belarusian", "--json")
    assert code == 3 and json.loads(out)["place"] is None
    code, out, _ = run(capsys, "resolve", "Springfield", "--json")
    assert code == 3 and json.loads(out)["status"] == "ambiguous"


def exit_code(argv):
    """main's return value, or argparse's exit code for usage errors."""
    try:
        return main(argv)
    except SystemExit as raised:
        return raised.code


@pytest.mark.parametrize("argv", [
    ["resolve", "Lutsk", "--country", "Narnia"],
    ["resolve", ""],
    ["resolve", "Lutsk", "--near", "north"],
    ["resolve"],
    ["no-such-command"],
])
def test_bad_usage_and_bad_input_exit_2_with_one_line(capsys, argv):
    assert exit_code(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and err.startswith("incidentmap: error:")


def test_batch_csv_gives_one_object_per_row(capsys, monkeypatch):
    table = "name,country,admin1\nLutsk,UA,\nKopani,BY,\nOdessa,US,Texas\n,UA,\n"
    code, out, _ = run(capsys, "resolve", "-", stdin=table, monkeypatch=monkeypatch)
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows[:3]] == ["Lutsk", "Kopani", "Odessa"]
    assert rows[0]["status"] == "resolved" and rows[1]["place"] is None
    assert rows[2]["place"]["admin1"] == "Texas"
    assert rows[3]["status"] == "unresolved" and any("invalid" in r for r in rows[3]["reasons"])
    assert code == 3


def test_batch_plain_lines(capsys, monkeypatch):
    code, out, _ = run(capsys, "resolve", "-", stdin="Kharkov\nOdesa\n", monkeypatch=monkeypatch)
    assert [json.loads(line)["place"]["name"] for line in out.splitlines()] == ["Kharkiv", "Odesa"]
    assert code == 0


@pytest.mark.parametrize("argv", [[], ["resolve"], ["gazetteer"], ["gazetteer", "info"],
                                  ["gazetteer", "import"], ["gazetteer", "add"], ["gazetteer", "list"],
                                  ["gazetteer", "remove"], ["gazetteer", "build"], ["extract"], ["map"],
                                  ["run"]])
def test_every_command_has_help(capsys, argv):
    with pytest.raises(SystemExit) as raised:
        main(argv + ["--help"])
    assert raised.value.code == 0
    assert "usage:" in capsys.readouterr().out


def test_the_installed_entry_point_runs():
    done = subprocess.run([sys.executable, "-m", "incidentmap", "resolve", "Kyiv", "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["place"]["country_code"] == "UA"


def test_batch_focus_picks_the_namesake_where_the_list_is(capsys, monkeypatch):
    names = "Kramatorsk\nMariupol\nHorlivka\nDruzhkivka\nIvanovka\n"
    code, out, _ = run(capsys, "resolve", "-", stdin=names, monkeypatch=monkeypatch)
    focused = json.loads(out.splitlines()[-1])
    assert focused["place"]["country_code"] == "UA"
    assert "batch focus: 4 of 5 names" in focused["reasons"][-1]
    code, out, _ = run(capsys, "resolve", "-", "--focus", "none", stdin=names, monkeypatch=monkeypatch)
    assert code == 0
    alone = json.loads(out.splitlines()[-1])
    assert alone["place"]["country_code"] != "UA" and not any("batch focus" in r for r in alone["reasons"])


def test_bbox_and_near_by_name_name_the_area(capsys):
    code, out, _ = run(capsys, "resolve", "Ivanovka", "--bbox", "37,47.5,40,49.5", "--json")
    result = json.loads(out)
    assert result["place"]["country_code"] == "UA" and "the box" in result["reasons"][-1]
    code, out, _ = run(capsys, "resolve", "Ivanovka", "--near", "Kramatorsk", "--json")
    assert json.loads(out)["place"]["country_code"] == "UA"
    assert exit_code(["resolve", "Ivanovka", "--bbox", "40,47,37,49"]) == 2
    assert exit_code(["resolve", "Ivanovka", "--near", "Springfield"]) == 2


def test_a_typo_exits_3_and_an_unknown_admin1_is_a_reason(capsys):
    code, out, _ = run(capsys, "resolve", "Kramatrosk", "--json")
    assert code == 3 and json.loads(out)["status"] == "ambiguous"
    code, out, _ = run(capsys, "resolve", "Lutsk", "--admin1", "Narnia Province", "--json")
    result = json.loads(out)
    assert code == 0 and result["place"]["name"] == "Lutsk"
    assert any("unknown first-level region" in r for r in result["reasons"])


def test_batch_of_binary_lines_names_no_place_and_echoes_no_raw_bytes(capsys, monkeypatch):
    noise = b"\x7fELF\x02\x01\r\x00\x00\xd0\xff\n\x00\x01\x02\x03Sumy\x04\nLutsk\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(noise), encoding="utf-8",
                                                       errors="surrogateescape"))
    code = main(["resolve", "-"])
    out, _ = capsys.readouterr()
    rows = [json.loads(line) for line in out.encode("utf-8").splitlines()]
    assert len(rows) >= 3 and all(r["place"] is None for r in rows[:-1])
    assert all(any("not text" in reason for reason in r["reasons"]) for r in rows[:-1])
    assert rows[-1]["place"]["name"] == "Lutsk" and code == 3
