"""Incidents written as GeoJSON, GeoPackage, CSV and GeoParquet, and read back equal."""

import json
import math
import os

import geopandas
import pyogrio
import pytest

from geo import Incident, Source, read_incidents, to_geodataframe, write_incidents
from geo.io import FORMATS, OutputError
from gazetteer import InputError

INCIDENTS = [
    Incident("im-a", "missile_or_drone_strike", "2022-03-11", "day", "Lutsk", "Lutsk", 702569, "UA",
             "Volyn Oblast", 50.75784, 25.35024, 1, target="airfield", fatalities=4, injuries=6,
             sources=(Source("r1", 'Missiles hit the "airfield" — <b>four</b> killed', 10, 58,
                             url="https://example.org/a?b=1&c=2", title="Захід"),),
             confidence=0.8, reasons=("a reason",)),
    Incident("im-b", "airstrike", "2022-03-11", "report", "Kopani", None, None, None, None, None, None, None,
             sources=(Source("r2", "Jets fired at Kopani.", 0, 21),), status="unresolved"),
    Incident("im-c", "shelling", "2022-03-10", "week", "Zzyzkivka", "Sumy Oblast", 692196, "UA", None,
             51.08, 34.03, 3, fatalities=12, figures_estimated=True,
             figures_reported=("fatalities 12", "fatalities 15"), status="region"),
]


@pytest.mark.parametrize("suffix", FORMATS)
def test_round_trip(tmp_path, suffix):
    path = write_incidents(tmp_path / f"incidents{suffix}", INCIDENTS)
    assert read_incidents(path) == INCIDENTS
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


@pytest.mark.parametrize("suffix", [".geojson", ".gpkg", ".parquet"])
def test_geopandas_reads_each_with_epsg_4326(tmp_path, suffix):
    path = write_incidents(tmp_path / f"incidents{suffix}", INCIDENTS)
    frame = geopandas.read_parquet(path) if suffix == ".parquet" else geopandas.read_file(path)
    assert frame.crs.to_epsg() == 4326 and len(frame) == 3
    lutsk = frame[frame["id"] == "im-a"].geometry.iloc[0]
    assert (lutsk.x, lutsk.y) == (25.35024, 50.75784)


def test_the_geopackage_layer_is_called_incidents(tmp_path):
    path = write_incidents(tmp_path / "incidents.gpkg", INCIDENTS)
    assert [name for name, _ in pyogrio.list_layers(path)] == ["incidents"]


def test_geojson_follows_rfc_7946(tmp_path):
    path = write_incidents(tmp_path / "incidents.geojson", INCIDENTS)
    collection = json.loads(path.read_text(encoding="utf-8"), parse_constant=lambda c: pytest.fail(c))
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        json.dumps(feature["properties"], allow_nan=False)
        if feature["geometry"] is not None:
            lon, lat = feature["geometry"]["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
            assert feature["properties"]["longitude"] == lon and feature["properties"]["latitude"] == lat
    assert collection["features"][1]["geometry"] is None


def test_the_csv_starts_with_acled_like_columns(tmp_path):
    path = write_incidents(tmp_path / "incidents.csv", INCIDENTS)
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header[:6] == ["event_id_cnty", "event_date", "acled_event_type", "sub_event_type", "country", "admin1"]


def test_the_geodataframe_layer():
    frame = to_geodataframe(INCIDENTS)
    assert frame.crs.to_epsg() == 4326 and frame.geometry.iloc[1] is None
    assert frame["fatalities"].isna().tolist() == [False, True, False]


@pytest.mark.parametrize("make", ["missing folder", "unknown format", "read-only folder"])
def test_bad_outputs_are_one_line_errors_and_leave_the_old_file(tmp_path, make):
    if make == "read-only folder" and os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    target = {"missing folder": tmp_path / "no" / "such" / "x.geojson",
              "unknown format": tmp_path / "x.shp",
              "read-only folder": tmp_path / "ro" / "x.geojson"}[make]
    if make == "read-only folder":
        target.parent.mkdir()
        target.write_text("old", encoding="utf-8")
        target.parent.chmod(0o500)
    try:
        with pytest.raises(OutputError) as caught:
            write_incidents(target, INCIDENTS)
        assert isinstance(caught.value, OSError) and "\n" not in str(caught.value)
        if make == "read-only folder":
            assert target.read_text(encoding="utf-8") == "old"
    finally:
        if make == "read-only folder":
            target.parent.chmod(0o700)


def test_a_writer_failing_half_way_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    from geo import io as geo_io

    target = tmp_path / "incidents.geojson"
    write_incidents(target, INCIDENTS[:1])
    before = target.read_bytes()

    def broken(path, incidents):
        path.write_text('{"type": "FeatureCollection", "features": [', encoding="utf-8")
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(geo_io._WRITERS, ".geojson", broken)
    with pytest.raises(OutputError):
        write_incidents(target, INCIDENTS)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["incidents.geojson"]


def test_coordinates_are_validated_when_built():
    with pytest.raises(ValueError):
        Incident("x", "shelling", None, None, "X", "X", None, "UA", None, 95.0, 30.0, 1)
    with pytest.raises(ValueError):
        Incident("x", "shelling", None, None, "X", "X", None, "UA", None, math.nan, 30.0, 1)
    with pytest.raises(ValueError):
        Incident("x", "shelling", None, None, "X", "X", None, "UA", None, 50.0, 30.0, 1, fatalities=-1)


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_generator_is_written_in_batches_and_read_back_in_order(tmp_path, monkeypatch, suffix):
    import dataclasses

    import geo.io

    monkeypatch.setattr(geo.io, "BATCH", 4)
    # 11 incidents: batches of 4, one of them with no located incident at all, and a short last one
    many = [dataclasses.replace(INCIDENTS[1 if 4 <= n < 8 else n % 3], id=f"im-{n}") for n in range(11)]
    consumed = []

    def one_at_a_time():
        for incident in many:
            consumed.append(incident.id)
            yield incident

    path = write_incidents(tmp_path / f"many{suffix}", one_at_a_time())
    assert consumed == [i.id for i in many]
    assert read_incidents(path) == many


def test_an_empty_generator_gives_an_empty_layer(tmp_path):
    path = write_incidents(tmp_path / "none.gpkg", iter(()))
    assert pyogrio.list_layers(path)[0][0] == "incidents"
    assert read_incidents(path) == []


@pytest.mark.parametrize("document, says", [
    ({"type": "FeatureCollection", "features": "0"}, "FeatureCollection"),
    ({"type": "FeatureCollection", "features": ["x"]}, "feature 1 is not an object"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": "text",
                                                  "geometry": None}]}, "properties"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"},
                                                  "geometry": {"type": "LineString", "coordinates": []}}]},
     "LineString geometry"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"},
                                                  "geometry": {"type": "Point", "coordinates": [36.2, 95.0]}}]},
     "latitude 95.0"),
    ({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "a"},
                                                  "geometry": {"type": "Point", "coordinates": [float("nan"), 1]}}]},
     "finite"),
])
def test_a_malformed_geojson_is_one_input_error_naming_the_feature(tmp_path, document, says):
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_incidents(path)
    assert says in str(caught.value) and "\n" not in str(caught.value)


def test_the_geopackage_holds_what_geopandas_writes_from_the_frame(tmp_path, monkeypatch):
    import dataclasses

    import geo.io

    monkeypatch.setattr(geo.io, "BATCH", 2)  # three batches, one with no coordinates at all
    many = [dataclasses.replace(INCIDENTS[n % 3], id=f"im-{n}") for n in (0, 2, 1, 1, 2)]
    ours = write_incidents(tmp_path / "ours.gpkg", many)
    theirs = tmp_path / "theirs.gpkg"
    pyogrio.write_dataframe(to_geodataframe(many), theirs, layer="incidents", driver="GPKG",
                            geometry_type="Point", use_arrow=True)
    ours_info, their_info = pyogrio.read_info(ours), pyogrio.read_info(theirs)
    for key in ("layer_name", "crs", "fields", "dtypes", "ogr_types", "ogr_subtypes", "geometry_name",
                "geometry_type", "features", "total_bounds"):
        assert str(ours_info[key]) == str(their_info[key]), key
    ours_frame, their_frame = geopandas.read_file(ours), geopandas.read_file(theirs)
    assert ours_frame.crs.to_epsg() == 4326
    pandas_testing = pytest.importorskip("pandas.testing")
    pandas_testing.assert_frame_equal(ours_frame, their_frame, check_exact=True)


@pytest.mark.parametrize("suffix", FORMATS)
@pytest.mark.parametrize("error", [InputError("reports.jsonl, line 4: not JSON"), KeyboardInterrupt()])
def test_an_error_of_the_incidents_reaches_the_caller_as_itself(tmp_path, monkeypatch, suffix, error):
    import geo.io

    monkeypatch.setattr(geo.io, "BATCH", 2)

    def failing():
        yield from INCIDENTS
        raise error

    with pytest.raises(type(error)) as caught:
        write_incidents(tmp_path / f"incidents{suffix}", failing())
    assert caught.value is error
    assert list(tmp_path.iterdir()) == []
