"""``incidentmap extract``, ``map`` and ``run`` from the command line."""

import re
from pathlib import Path

import pytest

from geo import read_incidents

EXAMPLES = Path(__file__).parent.parent / "examples" / "reports"



@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".csv", ".parquet", ".kml"])
def test_extract_writes_the_format_of_the_extension(tmp_path, cli, suffix):
    out = tmp_path / f"incidents{suffix}"
    code, _, err = cli("extract", EXAMPLES, "-o", out, "--date", "2022-03-11")
    assert code == 0, err
    incidents = read_incidents(out)
    lutsk = [i for i in incidents if i.name == "Lutsk"]
    assert lutsk and (lutsk[0].fatalities, lutsk[0].injuries, lutsk[0].target) == (4, 6, "airfield")
    assert not [i for i in incidents if i.country_code not in (None, "UA")]  # Kopani never in Ukraine
    assert "incidents" in err


@pytest.mark.parametrize("argv, words", [
    (["extract", "nowhere.txt", "-o", "{tmp}/x.geojson"], ["nowhere.txt"]),
    (["extract", str(EXAMPLES), "-o", "{tmp}/missing/x.geojson"], ["does not exist"]),
    (["extract", str(EXAMPLES), "-o", "{tmp}/x.shp"], ["unknown output format"]),
    (["extract", str(EXAMPLES), "-o", "{tmp}/x.geojson", "--date", "yesterday"], ["date"]),
])
def test_extract_bad_input_is_one_line(tmp_path, cli, argv, words):
    code, _, err = cli(*[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err
    for word in words:
        assert word in err
    assert [p for p in tmp_path.iterdir()] == []


def test_map_and_run(tmp_path, cli):
    incidents = tmp_path / "incidents.geojson"
    cli("extract", EXAMPLES, "-o", incidents)
    code, _, err = cli("map", incidents, "-o", tmp_path / "map.html", "--title", "<script>x</script>")
    assert code == 0, err
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "leaflet" in html.lower() and "<script>x</script>" not in html
    code, out, err = cli("run", EXAMPLES, "-o", tmp_path / "out", "--offline")
    assert code == 0, err
    # the summary is on stderr, so a pipe gets only the output
    assert out == "" and err.startswith(tuple("0123456789")) and "incidents" in err and "unresolved mention" in err
    for name in ("incidents.geojson", "incidents.gpkg", "map.html"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    offline = (tmp_path / "out" / "map.html").read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]*\bsrc=|<link[^>]*\bhref=", offline)  # every asset inlined
