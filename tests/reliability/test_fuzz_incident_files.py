"""Incidents files that ``map`` reads: GeoJSON and CSV with wrong geometry types, swapped or
out-of-range coordinates, NaN and infinity, missing properties, no features, broken JSON."""

import csv
import io
import json
import math

from hypothesis import given
from hypothesis import strategies as st

from geo.incidents import FIELDS

from .conftest import assert_clean_outcome, fuzz, run_cli

FUZZ = fuzz(150)

NUMBERS = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-1000, 1000),
                    st.floats(-90, 90), st.just(1e308))
JSONISH = st.one_of(st.none(), st.booleans(), NUMBERS, st.text(max_size=20),
                    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=4), st.integers(), max_size=2))
GEOMETRIES = st.one_of(
    st.none(),
    st.builds(lambda c: {"type": "Point", "coordinates": c}, st.lists(NUMBERS, min_size=0, max_size=4)),
    st.builds(lambda c: {"type": "Point", "coordinates": c}, st.tuples(st.floats(-180, 180), st.floats(-90, 90))),
    st.builds(lambda c: {"type": "LineString", "coordinates": c}, st.lists(st.tuples(NUMBERS, NUMBERS), max_size=3)),
    st.builds(lambda c: {"type": "Polygon", "coordinates": [c]}, st.lists(st.tuples(NUMBERS, NUMBERS), max_size=4)),
    st.dictionaries(st.sampled_from(["type", "coordinates", "geometries"]), JSONISH, max_size=3),
    JSONISH,
)
VALID_VALUES = {"id": st.text(min_size=1, max_size=12), "event_type": st.sampled_from(["shelling", "airstrike", "?"]),
                "date": st.one_of(st.dates().map(str), st.text(max_size=10)), "place_name": st.text(max_size=20),
                "fatalities": st.one_of(st.integers(-3, 10**6), st.text(max_size=4)),
                "sources": st.one_of(st.just([]), st.lists(st.fixed_dictionaries(
                    {"document": st.text(max_size=8), "sentence": st.text(max_size=30),
                     "start": st.integers(0, 9), "end": st.integers(0, 99)}), max_size=2), JSONISH)}
PROPERTIES = st.one_of(
    st.none(), JSONISH,
    st.dictionaries(st.sampled_from(FIELDS), st.one_of(JSONISH, *VALID_VALUES.values()), max_size=8),
    st.fixed_dictionaries({}, optional=VALID_VALUES),
)
FEATURES = st.fixed_dictionaries({"type": st.just("Feature")},
                                 optional={"geometry": GEOMETRIES, "properties": PROPERTIES, "id": JSONISH})
DOCUMENTS = st.one_of(
    st.builds(lambda f: {"type": "FeatureCollection", "features": f}, st.lists(FEATURES, max_size=5)),
    st.just({"type": "FeatureCollection", "features": []}),
    st.dictionaries(st.sampled_from(["type", "features", "crs"]), JSONISH, max_size=3),
    JSONISH,
)


def _bad_point(document) -> bool:
    """A Point whose first two numbers are not a finite (lon, lat) in range."""
    if not isinstance(document, dict) or not isinstance(document.get("features"), list):
        return False
    for feature in document["features"]:
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if isinstance(geometry, dict) and geometry.get("type") == "Point":
            coords = geometry.get("coordinates")
            if isinstance(coords, (list, tuple)) and len(coords) >= 2 and all(
                    isinstance(c, (int, float)) for c in coords[:2]):
                lon, lat = coords[:2]
                if not (math.isfinite(lon) and math.isfinite(lat) and -90 <= lat <= 90 and -180 <= lon <= 180):
                    return True
    return False


@FUZZ
@given(document=DOCUMENTS, broken=st.booleans())
def test_any_geojson_is_drawn_or_refused_in_one_line(shared_home, tmp_path_factory, document, broken):
    folder = tmp_path_factory.mktemp("geojson")
    source = folder / "incidents.geojson"
    text = json.dumps(document)  # NaN and Infinity stay in, as JSON writers outside Python emit them
    source.write_text(text[: len(text) // 2] if broken else text, encoding="utf-8")
    target = folder / "map.html"
    code, _, err = run_cli("map", source, "-o", target)
    assert_clean_outcome("GeoJSON for map", code, err, allowed={0, 2})
    if not broken and _bad_point(document):
        assert code == 2, "a point out of range or not finite must not be drawn"
    assert target.exists() == (code == 0)


CSV_COLUMNS = st.lists(st.sampled_from(FIELDS + ("lat", "lon", "", "x,y")), max_size=8, unique=True)


@FUZZ
@given(columns=CSV_COLUMNS, rows=st.lists(st.lists(st.one_of(st.text(max_size=12), NUMBERS.map(str)),
                                                    max_size=9), max_size=4))
def test_any_csv_is_drawn_or_refused_in_one_line(shared_home, tmp_path_factory, columns, rows):
    folder = tmp_path_factory.mktemp("csv")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    source = folder / "incidents.csv"
    source.write_text(buffer.getvalue(), encoding="utf-8")
    code, _, err = run_cli("map", source, "-o", folder / "map.html")
    assert_clean_outcome("CSV for map", code, err, allowed={0, 2})
