"""``--near`` and ``--bbox`` on ``places``, ``extract`` and ``run``: the area the reports are about."""

import json

import pytest

from geo import read_incidents

EAST = "35,46.5,40.5,50.5"
TEXT = "Overnight, artillery fire damaged a school in Novoselivka, local officials said.\n"


def _inside(lat, lon) -> bool:
    return 35 <= lon <= 40.5 and 46.5 <= lat <= 50.5


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _village(out):
    rows = [json.loads(line) for line in out.splitlines()]
    return next(r for r in rows if r["surface"] == "Novoselivka")


@pytest.mark.parametrize("option", [["--bbox", EAST], ["--near", "Kramatorsk"], ["--near", "48.72,37.56"]])
def test_places_ranks_the_village_into_the_area_only_with_a_focus(cli, report, option):
    for given in ([], option):
        code, out, err = cli("places", report, "--json", *given)
        assert code == 0, err
        village = _village(out)
        assert _inside(village["place"]["latitude"], village["place"]["longitude"]) == bool(given)
        assert any(r.startswith("batch focus:") for r in village["reasons"]) == bool(given)


@pytest.mark.parametrize("option", [["--bbox", EAST], ["--near", "Kramatorsk"]])
def test_extract_takes_the_focus_on_every_engine(cli, report, tmp_path, option):
    for workers in ("1", "2"):
        out = tmp_path / f"incidents-{workers}.geojson"
        code, _, err = cli("extract", report, "-o", out, "--date", "2023-05-02", "--workers", workers, *option)
        assert code == 0, err
        [incident] = read_incidents(out)
        assert _inside(incident.latitude, incident.longitude), incident


def test_run_takes_the_focus(cli, report, tmp_path):
    code, _, err = cli("run", report, "-o", tmp_path / "out", "--date", "2023-05-02", "--bbox", EAST)
    assert code == 0, err
    [incident] = read_incidents(tmp_path / "out" / "incidents.geojson")
    assert _inside(incident.latitude, incident.longitude)


def test_resuming_with_another_focus_is_refused(cli, report, tmp_path):
    from geo.runstate import RunState, state_path
    from incidentmap.cli import build_parser
    from incidentmap.extract_cmd import _fingerprint

    output = tmp_path / "x.geojson"
    RunState(state_path(output), _fingerprint(build_parser().parse_args(["extract", str(report), "-o", str(output)])))
    code, _, err = cli("extract", report, "-o", output, "--resume", "--near", "Kramatorsk")
    assert code == 2 and "other reports or options" in err
    code, _, err = cli("extract", report, "-o", output, "--resume")  # the same options go on
    assert code == 0, err


@pytest.mark.parametrize("command", ["places", "extract", "run"])
@pytest.mark.parametrize("option, words", [
    (["--bbox", "40.5,46.5,35,50.5"], "east of east"),
    (["--bbox", "35,46.5,40.5"], "W,S,E,N"),
    (["--bbox", "west,south,east,north"], "W,S,E,N"),
    (["--near", "Springfield"], "ambiguous"),
    (["--near", "Nowhere-at-all-ville"], "neither LAT,LON nor a known place"),
    (["--near", "95,30"], "latitude"),
    (["--near", "Kramatorsk", "--bbox", EAST], "not allowed with"),
])
def test_a_bad_area_is_one_line_and_exit_2(cli, report, tmp_path, command, option, words):
    output = [] if command == "places" else ["-o", tmp_path / ("out" if command == "run" else "x.geojson")]
    code, out, err = cli(command, report, *output, *option)
    assert code == 2 and err.count("\n") == 1 and words in err and "Traceback" not in err
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]  # nothing written
