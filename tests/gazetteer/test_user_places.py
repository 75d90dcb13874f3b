"""The user's own places: add, list, remove, CSV and GeoJSON files, and they win."""

import json

import pytest

from gazetteer import InputError, Resolver
from gazetteer.importer import import_files, list_places
from gazetteer.local import LocalStore

# A village the embedded gazetteer does not place in Belarus; coordinates invented for the test.
KOPANI_BY = {"lat": 52.12, "lon": 23.77}



def test_add_list_resolve_remove(home, cli):
    code, out, err = cli("gazetteer", "add", "Kopani", "--lat", str(KOPANI_BY["lat"]),
                         "--lon", str(KOPANI_BY["lon"]), "--country", "Belarusian", "--alias", "Kopany")
    assert code == 0, err
    code, out, _ = cli("gazetteer", "list", "--json")
    listed = [json.loads(line) for line in out.splitlines()]
    assert [(p["name"], p["country_code"]) for p in listed] == [("Kopani", "BY")]
    code, out, _ = cli("resolve", "Kopani", "--country", "BY", "--json")
    result = json.loads(out)
    assert code == 0 and result["place"]["latitude"] == KOPANI_BY["lat"]
    code, out, _ = cli("resolve", "Kopany", "--json")
    assert json.loads(out)["place"]["country_code"] == "BY"
    code, _, _ = cli("gazetteer", "remove", "Kopani")
    assert code == 0
    code, out, _ = cli("gazetteer", "list", "--json")
    assert out.strip() == ""
    code, out, _ = cli("resolve", "Kopani", "--country", "BY", "--json")
    assert code == 3 and json.loads(out)["place"] is None


def test_a_user_place_wins_over_geonames_and_embedded(home, dumps):
    store = LocalStore()
    import_files([dumps / "UA.zip"], store=store, progress=False)
    resolver = Resolver(store=store)
    assert resolver.resolve("Lutsk").place.source in ("embedded", "geonames")
    places = home.parent / "mine.csv"
    places.write_text("name,latitude,longitude,country,aliases\n"
                      "Lutsk,50.70,25.30,UA,\n"
                      "Kerdylivshchyna,50.60,34.60,Ukraine,Kerdylivka\n", encoding="utf-8")
    import_files([places], store=store, progress=False)
    lutsk = resolver.resolve("Lutsk").place
    assert lutsk.source == "user" and (lutsk.latitude, lutsk.longitude) == (50.70, 25.30)
    village = resolver.resolve("Kerdylivshchyna").place
    assert village.source == "user" and village.latitude == 50.60
    assert resolver.resolve("Kerdylivka").place.source == "user"


def test_a_geojson_places_file_is_longitude_first(home):
    path = home.parent / "checkpoints.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [30.61, 50.39]},
         "properties": {"name": "Checkpoint Vostok", "country": "UA", "feature_code": "CTRB"}}]}),
        encoding="utf-8")
    store = LocalStore()
    import_files([path], store=store, progress=False)
    place = Resolver(store=store).resolve("Checkpoint Vostok").place
    assert (place.latitude, place.longitude) == (50.39, 30.61)
    assert place.feature_code == "CTRB"


@pytest.mark.parametrize("content, suffix, words", [
    ("name,latitude,longitude,country\nFar,95.0,30.0,UA\n", ".csv", ["latitude"]),
    ("name,latitude,longitude,country\nFar,50.0,190.0,UA\n", ".csv", ["longitude"]),
    ("name,latitude,longitude,country\nNaN place,nan,30.0,UA\n", ".csv", []),
    ("name,latitude,longitude,country\nNo country,50.0,30.0,\n", ".csv", ["country"]),
    ("name,latitude,longitude,country\nNowhere,50.0,30.0,Narnia\n", ".csv", ["Narnia"]),
    ("place,lat\nX,1\n", ".csv", ["name"]),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
     '{"type": "Point", "coordinates": [30.0, 100.0]}, "properties": {"name": "X", "country": "UA"}}]}',
     ".geojson", ["latitude"]),
    ('{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": '
     '{"type": "LineString", "coordinates": [[30, 50], [31, 51]]}, "properties": {"name": "X"}}]}',
     ".geojson", ["Point"]),
    ("{not json", ".geojson", ["JSON"]),
])
def test_bad_places_files_fail_with_one_line_and_change_nothing(home, content, suffix, words):
    store = LocalStore()
    good = home.parent / "good.csv"
    good.write_text("name,latitude,longitude,country\nKept,50.0,30.0,UA\n", encoding="utf-8")
    import_files([good], store=store, progress=False)
    bad = home.parent / f"bad{suffix}"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_files([bad], store=store, progress=False)
    message = str(caught.value)
    assert "\n" not in message and bad.name in message
    for word in words:
        assert word in message
    assert [p["name"] for p in list_places(store)] == ["Kept"]


def test_info_names_sources_and_the_licence(home, dumps, cli):
    import_files([dumps / "UA.zip"], store=LocalStore(), progress=False)
    code, out, _ = cli("gazetteer", "info")
    assert code == 0
    assert "CC BY 4.0" in out and "UA.zip" in out and "embedded" in out


def test_a_running_geoparser_sees_a_place_added_after_it_started(home):
    from geo import Geoparser
    from gazetteer.importer import add_place
    from gazetteer.user_places import UserPlace

    store = LocalStore()
    parser = Geoparser(Resolver(store=store))
    text = "Shelling hit Zzyxkivka overnight."  # no cue: only the gazetteer can say it is a place
    assert parser.find_places(text) == []
    add_place(UserPlace("Zzyxkivka", 48.1, 37.2, "UA"), store=LocalStore())
    assert [m.place.latitude for m in parser.find_places(text)] == [48.1]


@pytest.mark.parametrize("document", [
    {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": [None]}]},
    {"type": "FeatureCollection", "features": "many"},
    {"type": "FeatureCollection", "features": [7]},
])
def test_a_malformed_places_geojson_is_an_input_error(tmp_path, document):
    from gazetteer.user_places import read_places_file

    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(InputError):
        read_places_file(path)
