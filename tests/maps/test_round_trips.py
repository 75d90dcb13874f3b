"""maps.render takes what geopandas reads back from each format the project writes.

Each test writes with the project's own writer, reads the file with geopandas as a
user would (whole, and with only a few columns), and renders the map.
"""

import json
import re

import geopandas
import pandas
import pytest

from geo import Incident, Source, write_incidents
from maps import render, to_html
from maps.render import as_incidents

DATA = re.compile(r'<script type="application/json" id="[^"]+_data">(.*?)</script>', re.DOTALL)


def rows():
    said = "Shelling hit the market in Izium; two people were killed."
    return [
        Incident("im-1", "shelling", "2022-03-11", "day", "Izium", "Izium", 707292, "UA", "Kharkiv Oblast",
                 49.21, 37.26, 1, fatalities=2, figures_reported=("two people were killed",),
                 sources=(Source("doc-1", said, 0, len(said), url="https://example.org/1", title="Market"),),
                 reasons=("named in the sentence",)),
        Incident("im-2", "airstrike", "2022-03-12", "report", "near Lutsk", "Lutsk", 702569, "UA",
                 "Volyn Oblast", 50.76, 25.34, 2, target="airfield", injuries=6,
                 sources=(Source("doc-2", "Jets struck the airfield.", 3, 9),)),
        Incident("im-3", "armed_clash", "2022-03", "month", "the north", None, None, None, None,
                 None, None, None, confidence=0.2, status="unresolved"),
    ]


def map_data(fmap) -> dict:
    """The incidents' columns as the page holds them (strings resolved)."""
    found = DATA.search(to_html(fmap))
    assert found, "the map has no incident data"
    data = json.loads(found.group(1))
    return {"count": len(data["lat"]), "dates": sorted({data["strings"][n] for n in data["date"]}),
            "killed": sorted(data["killed"])}


def check(frame, whole: bool):
    """The frame draws the two located incidents with their dates; a whole read is exact."""
    if whole:
        assert as_incidents(frame) == rows()
    drawn = map_data(render(frame))
    assert drawn["count"] == 2
    assert drawn["dates"] == ["2022-03-11", "2022-03-12"]  # days, not timestamps
    return drawn


@pytest.fixture
def written(tmp_path):
    return lambda suffix: write_incidents(tmp_path / f"incidents{suffix}", rows())


def test_geojson_as_geopandas_reads_it(written):
    path = written(".geojson")
    # lists come back as numpy arrays, dates as timestamps, missing text as NaN
    assert check(geopandas.read_file(path), whole=True)["killed"] == [-1, 2]
    check(geopandas.read_file(path, use_arrow=True), whole=True)
    check(geopandas.read_file(path, columns=["event_type", "date"]), whole=False)


def test_geopackage_as_geopandas_reads_it(written):
    path = written(".gpkg")
    check(geopandas.read_file(path), whole=True)
    # a few columns only, or no geometry (the points are then the latitude/longitude columns)
    check(geopandas.read_file(path, columns=["event_type", "date", "fatalities"]), whole=False)
    check(geopandas.read_file(path, ignore_geometry=True), whole=True)


def test_csv_as_geopandas_reads_it(written):
    path = written(".csv")
    # a plain DataFrame of text: numbers, lists as JSON text, empty strings for nothing
    check(geopandas.read_file(path), whole=True)
    located = geopandas.read_file(path, X_POSSIBLE_NAMES="longitude", Y_POSSIBLE_NAMES="latitude")
    check(located, whole=True)
    check(pandas.read_csv(path), whole=True)  # NaN for nothing
    # only the ACLED-like columns
    acled = pandas.read_csv(path, usecols=["event_id_cnty", "event_date", "location", "latitude", "longitude",
                                           "fatalities"])
    assert check(acled, whole=False)["killed"] == [-1, 2]


def test_geoparquet_as_geopandas_reads_it(written):
    path = written(".parquet")
    check(geopandas.read_parquet(path), whole=True)
    check(geopandas.read_parquet(path, columns=["event_type", "date", "geometry"]), whole=False)
