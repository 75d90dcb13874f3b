"""Files ``gazetteer import`` reads: GeoNames dumps with wrong column counts, bad numbers,
truncated zips, and the user's places files. Imported, or one clear error line; and a
refused file leaves the index as it was."""

import csv
import io
import json
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from .conftest import assert_clean_outcome, fuzz, run_cli

FUZZ = fuzz(120)
SAMPLE = (Path(__file__).parent.parent / "fixtures" / "geonames" / "UA_sample.txt").read_text(encoding="utf-8")
SAMPLE_ROWS = [line.split("\t") for line in SAMPLE.splitlines() if line]
CELL = st.one_of(st.text(max_size=12), st.sampled_from(["", "abc", "1e999", "nan", "-inf", "91", "-181", "UA",
                                                        "ZZ", "99100001", "P", "PPL", "\u0000", "1,2"]))


def _count_places(home: Path) -> int:
    from gazetteer.local import LocalStore

    store = LocalStore(home / "places.sqlite")
    return store.query("SELECT count(*) FROM place")[0][0] if store.exists else 0


@st.composite
def dump_rows(draw):
    """Real rows of the sample dump, some with a cell replaced, a column added or dropped."""
    rows = []
    for _ in range(draw(st.integers(1, 4))):
        row = list(draw(st.sampled_from(SAMPLE_ROWS)))
        change = draw(st.sampled_from(["none", "cell", "add", "drop"]))
        if change == "cell":
            row[draw(st.integers(0, len(row) - 1))] = draw(CELL).replace("\t", " ").replace("\n", " ")
        elif change == "add":
            row.append(draw(CELL))
        elif change == "drop":
            row.pop(draw(st.integers(0, len(row) - 1)))
        rows.append("\t".join(row).replace("\n", " ").replace("\r", " "))
    return "\n".join(rows) + "\n"


@FUZZ
@given(text=dump_rows(), zipped=st.booleans())
def test_any_dump_is_imported_or_refused_whole(shared_home, tmp_path_factory, text, zipped):
    folder = tmp_path_factory.mktemp("dump")
    if zipped:
        path = folder / "UA.zip"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("UA.txt", text)
    else:
        path = folder / "UA.txt"
        path.write_text(text, encoding="utf-8")
    before = _count_places(shared_home)
    code, _, err = run_cli("gazetteer", "import", path)
    assert_clean_outcome("GeoNames dump", code, err, allowed={0, 2})
    if code == 2:
        assert _count_places(shared_home) == before, "a refused dump must leave the index as it was"
        assert "UA." in err  # the file is named


@FUZZ
@given(cut=st.floats(0.0, 0.99))
def test_a_truncated_zip_is_one_clear_error(shared_home, tmp_path_factory, cut):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", SAMPLE * 20)
    data = buffer.getvalue()
    path = tmp_path_factory.mktemp("zip") / "UA.zip"
    path.write_bytes(data[: int(len(data) * cut)])
    code, _, err = run_cli("gazetteer", "import", path)
    assert_clean_outcome("GeoNames dump", code, err, allowed={2})


PLACE_VALUES = st.one_of(CELL, st.floats(allow_nan=True, allow_infinity=True).map(str),
                         st.floats(-90, 90).map(str), st.sampled_from(["Ukraine", "Belarusian", "BY", "Atlantis"]))
PLACES_COLUMNS = st.lists(st.sampled_from(["name", "latitude", "longitude", "lat", "lon", "country", "admin1",
                                           "aliases", "feature_code", "x"]), max_size=7, unique=True)


@FUZZ
@given(columns=PLACES_COLUMNS, rows=st.lists(st.lists(PLACE_VALUES, max_size=8), max_size=3))
def test_any_places_csv(shared_home, tmp_path_factory, columns, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("places") / "mine.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    code, _, err = run_cli("gazetteer", "import", path)
    assert_clean_outcome("places file", code, err, allowed={0, 2})


JSONISH = st.recursive(st.none() | st.booleans() | st.floats() | st.integers() | st.text(max_size=10),
                       lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                                   max_size=3), max_leaves=8)
PLACE_FEATURE = st.fixed_dictionaries(
    {"type": st.sampled_from(["Feature", "Nope"])},
    optional={"geometry": st.one_of(JSONISH, st.builds(lambda c: {"type": "Point", "coordinates": c},
                                                       st.lists(st.floats(allow_nan=True), max_size=3))),
              "properties": st.one_of(JSONISH, st.fixed_dictionaries(
                  {}, optional={"name": PLACE_VALUES, "country": PLACE_VALUES, "aliases": JSONISH}))})


@FUZZ
@given(document=st.one_of(JSONISH, st.builds(lambda f: {"type": "FeatureCollection", "features": f},
                                              st.lists(PLACE_FEATURE, max_size=3))))
def test_any_places_geojson(shared_home, tmp_path_factory, document):
    path = tmp_path_factory.mktemp("places") / "mine.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    code, _, err = run_cli("gazetteer", "import", path)
    assert_clean_outcome("places file", code, err, allowed={0, 2})
