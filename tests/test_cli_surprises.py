"""A command line without surprises: -q anywhere, each command's own exit codes and help,
summaries on stderr in good English, ids that fit together, --country wherever reports are read."""

import argparse
import json
import re

import pytest

from geo import read_incidents
from incidentmap.cli import build_parser

# Invented for the tests: Odessa alone is the Ukrainian city; in a report about the US, the Texan one.
SHOOTING = "A shooting killed two people in Odessa on Friday."


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(SHOOTING, encoding="utf-8")
    return path


def _commands(parser: argparse.ArgumentParser, prefix=()):
    """Every (command words, parser) of the command line, nested ones included."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield (*prefix, name), sub
                yield from _commands(sub, (*prefix, name))


def _exit_codes(help_text: str) -> set[int]:
    paragraph = " ".join(help_text.split("exit codes:", 1)[1].split())
    return {int(code) for code in re.findall(r"(?:^|, )(\d+) ", paragraph)}


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_before_or_after_the_command_silences_the_summary(tmp_path, cli, report, where):
    out_file = tmp_path / "x.geojson"
    argv = ["extract", report, "-o", out_file, "--date", "2023-05-05"]
    code, _, err = cli(*(["-q", *argv] if where == "before" else [*argv, "--quiet"]))
    assert code == 0 and err == ""
    code, out, err = cli("run", report, "-o", tmp_path / "out", *(["-q"] if where == "after" else []))
    assert code == 0 and out == ""
    assert (err == "") == (where == "after")


def test_each_command_lists_its_own_exit_codes():
    parser = build_parser()
    codes = {words: _exit_codes(sub.format_help()) for words, sub in _commands(parser)}
    assert codes[("resolve",)] == {0, 1, 2, 3, 130}
    assert codes[("gazetteer", "remove")] == {0, 1, 2, 3, 130}
    others = {words: found for words, found in codes.items() if words not in (("resolve",), ("gazetteer",),
                                                                               ("gazetteer", "remove"))}
    assert others and all(found == {0, 1, 2, 130} for found in others.values()), others
    assert "unresolved or ambiguous" in build_parser().format_help()  # the overview says who uses 3


def test_every_option_and_argument_has_a_help_line():
    missing = [(words, action.dest) for words, sub in _commands(build_parser())
               for action in sub._actions
               if not isinstance(action, argparse._SubParsersAction) and not (action.help or "").strip()]
    assert missing == []


def test_import_help_names_the_files_it_takes_and_their_columns():
    parser = dict(_commands(build_parser()))[("gazetteer", "import")]
    files = next(a for a in parser._actions if a.dest == "files")
    for word in ("UA.zip", "alternateNamesV2", "admin1CodesASCII", ".csv", "latitude", "longitude",
                 "country", ".geojson"):
        assert word in files.help


def test_summaries_go_to_stderr_in_the_singular_for_one(tmp_path, cli, report):
    code, out, err = cli("run", report, "-o", tmp_path / "out", "--date", "2023-05-05")
    assert code == 0 and out == ""
    assert "1 incident from 1 report, 1 place, 0 unresolved mentions" in err
    code, out, err = cli("extract", report, "-o", tmp_path / "x.geojson", "--date", "2023-05-05")
    assert out == "" and "1 incident (1 located, 0 without coordinates) from 1 report," in err
    code, out, err = cli("map", tmp_path / "x.geojson", "-o", tmp_path / "map.html")
    assert out == "" and err.startswith("1 incident drawn")


def test_gazetteer_add_prints_the_number_that_list_shows_and_remove_takes(home, cli):
    numbers = []
    for name in ("Checkpoint Alpha", "Checkpoint Bravo"):
        code, out, err = cli("gazetteer", "add", name, "--lat", "48.1", "--lon", "37.2", "--country", "UA")
        assert code == 0, err
        numbers.append(int(re.search(r"place (-?\d+)", out).group(1)))
    code, out, _ = cli("gazetteer", "list", "--json")
    listed = {p["number"]: p["name"] for p in map(json.loads, out.splitlines())}
    assert listed == {numbers[0]: "Checkpoint Alpha", numbers[1]: "Checkpoint Bravo"}
    code, _, err = cli("gazetteer", "remove", str(numbers[1]))
    assert code == 0 and "removed 1 place\n" in err
    code, out, _ = cli("gazetteer", "list", "--json")
    assert [json.loads(line)["name"] for line in out.splitlines()] == ["Checkpoint Alpha"]


@pytest.mark.parametrize("workers", ["1", "2"])
def test_extract_takes_country_like_places(tmp_path, cli, report, workers):
    plain, american = tmp_path / "plain.geojson", tmp_path / "american.geojson"
    for path, options in ((plain, []), (american, ["--country", "United States"])):
        code, _, err = cli("extract", report, "-o", path, "--date", "2023-05-05", "--workers", workers, *options)
        assert code == 0, err
    assert [i.country_code for i in read_incidents(plain)] == ["UA"]
    assert [(i.country_code, i.admin1) for i in read_incidents(american)] == [("US", "Texas")]


def test_run_takes_country_and_refuses_an_unknown_one_before_writing(tmp_path, cli, report):
    code, _, err = cli("run", report, "-o", tmp_path / "out", "--country", "US")
    assert code == 0, err
    assert [i.admin1 for i in read_incidents(tmp_path / "out" / "incidents.geojson")] == ["Texas"]
    for command, output in (("run", tmp_path / "never"), ("extract", tmp_path / "never.geojson")):
        code, out, err = cli(command, report, "-o", output, "--country", "Narnia")
        assert code == 2 and err.count("\n") == 1 and "Narnia" in err
        assert not output.exists()
