"""Place names as conflict-event spreadsheets write them: a region that rules out the
namesake, type words misspelt or naming a facility, GeoNames names with a generic word."""

import pytest

from gazetteer import Resolver
from gazetteer.importer import add_place
from gazetteer.local import LocalStore
from gazetteer.user_places import UserPlace


@pytest.fixture
def store(home):
    return LocalStore()


def _add(store, name, lat, lon, admin1=None, feature="PPL"):
    add_place(UserPlace(name, lat, lon, "UA", admin1=admin1, feature_code=feature), store=store)


def test_a_named_region_reaches_a_spelling_near_the_name_when_no_namesake_lies_in_it(store):
    # made-up villages: the name as written exists only in another oblast
    _add(store, "Tomashin", 48.90, 39.30, "Luhansk Oblast")
    _add(store, "Tomashyne", 48.20, 38.50, "Donetsk Oblast")
    resolver = Resolver(store=store)
    inside = resolver.resolve("Tomashin village", country="UA", admin1="Donetsk oblast")
    assert inside.place is not None and inside.place.name == "Tomashyne", inside.reasons
    # without the region, the name as written still wins
    assert resolver.resolve("Tomashin village", country="UA").place.name == "Tomashin"
    # a name that differs inside the stem is another village, not a spelling of this one
    _add(store, "Tramashin", 46.70, 32.90, "Kherson Oblast")
    assert Resolver(store=store).resolve("Tomashin", country="UA", admin1="Kherson oblast").place is None
    # and a namesake in the region named is kept over a nearer spelling there
    _add(store, "Tomashynka", 48.95, 39.20, "Luhansk Oblast")
    assert Resolver(store=store).resolve("Tomashin", country="UA", admin1="Luhansk oblast").place.name == "Tomashin"



@pytest.mark.parametrize("written", ["Hlushkivka vilage", "Hlushkivka villlage", "Hlushkivka setlement"])
def test_a_misspelt_type_word_is_read_as_the_type_word(store, written):
    # a made-up village and a made-up region of the same name far away: the type word decides
    _add(store, "Hlushkivka", 48.3, 37.9, "Donetsk Oblast")
    _add(store, "Hlushkivka", 50.9, 26.1, "Rivne Oblast", feature="ADM2")
    result = Resolver(store=store).resolve(written, country="UA")
    assert result.place is not None and result.place.feature_code == "PPL", result.reasons


@pytest.mark.parametrize("written, feature", [
    ("Kozachanka border checkpoint", "PSTB"),
    ("Kozachanka railway station", "RSTN"),
])
def test_a_facility_the_gazetteer_knows_is_answered_by_itself_not_its_village(store, written, feature):
    # made-up: two villages of the name, and the facility of the name near neither's point
    _add(store, "Kozachanka", 48.10, 38.20, "Donetsk Oblast")
    _add(store, "Kozachanka", 47.40, 37.10, "Donetsk Oblast")
    _add(store, "Kozachanka", 47.92, 39.70, "Donetsk Oblast", feature=feature)
    result = Resolver(store=store).resolve(written, country="UA", admin1="Donetsk oblast")
    assert result.place is not None and result.place.feature_code == feature, result.reasons
    # the village itself is still the village
    assert Resolver(store=store).resolve("Kozachanka village", country="UA").place.feature_code == "PPL"


def _dump_row(geonameid, name, alternates, lat, lon, feature_class, feature, admin1="05"):
    return "\t".join([str(geonameid), name, name, alternates, str(lat), str(lon), feature_class, feature,
                      "UA", "", admin1, "", "", "", "0", "", "150", "Europe/Kyiv", "2024-01-01"])


@pytest.fixture
def generic_dump(tmp_path):
    """Made-up places whose GeoNames names lead with the word for their kind, as Ukrainian maps do."""
    folder = tmp_path / "generic"
    folder.mkdir()
    rows = [
        _dump_row(99300001, "Hora Zorianka-Mohyla", "Gora Zoryanka-Mogila", 47.91, 38.72, "T", "HLL"),
        _dump_row(99300002, "Stantsiia Tykhoplavne", "", 48.22, 38.41, "S", "RSTN"),
        _dump_row(99300003, "Ozero Sribliane", "", 48.05, 37.60, "H", "LK"),
        _dump_row(99300004, "Platforma 17 km", "", 48.30, 38.10, "S", "RSTP"),
        # a village whose name begins with the word for hill: no hill, so nothing is cut
        _dump_row(99300005, "Hora Vyshnivska", "", 48.40, 37.90, "P", "PPL"),
        _dump_row(99300006, "Kamianyi Potik", "", 48.60, 37.40, "H", "STM"),
        # another station that bears the name only as an alternate name
        _dump_row(99200001, "Mali Bairaky", "Tykhoplavne", 46.50, 33.10, "S", "RSTN", admin1="11"),
    ]
    (folder / "UA.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "admin1CodesASCII.txt").write_text("UA.05\tDonetsk\tDonetsk\t709716\n", encoding="utf-8")
    # an alternate name from the alternate-names file leads with the generic word too
    (folder / "alternateNamesV2.txt").write_text("99400001\t99300006\tuk\tRichka Sribnovodna\t\t\t\t\t\t\n",
                                                 encoding="utf-8")
    return folder


def test_a_name_leading_with_the_word_for_its_kind_is_found_without_it(store, generic_dump):
    from gazetteer.importer import import_files

    import_files([generic_dump / n for n in ("UA.txt", "admin1CodesASCII.txt", "alternateNamesV2.txt")],
                 store=store, progress=False)
    resolver = Resolver(store=store)
    hill = resolver.resolve("Zorianka-Mohyla monument", country="UA", admin1="Donetsk oblast")
    assert hill.place is not None and hill.place.geonameid == 99300001, hill.reasons
    assert resolver.resolve("Zoryanka-Mogila", country="UA").place.geonameid == 99300001
    # the station whose own name it is, without its generic word, ranks above the one that has it as an alias
    assert resolver.resolve("Tykhoplavne", country="UA").place.geonameid == 99300002
    assert resolver.resolve("Sribliane", country="UA").place.geonameid == 99300003
    assert resolver.resolve("Sribnovodna", country="UA").place.geonameid == 99300006
    # the names as GeoNames writes them still find them
    assert resolver.resolve("Hora Zorianka-Mohyla", country="UA").place.geonameid == 99300001
    # a kilometre post is no name, and a village keeps its name whole
    assert resolver.resolve("17 km", country="UA", fuzzy=False).place is None
    assert resolver.resolve("Vyshnivska", country="UA", fuzzy=False).place is None


def test_an_adjective_in_the_other_gender_finds_the_village_when_no_namesake_does(store):
    # made-up villages named by adjectives, as many Ukrainian villages are
    _add(store, "Tykhoberezhne", 48.31, 37.95, "Donetsk Oblast")
    _add(store, "Lunozorianyi", 47.80, 35.20, "Zaporizhzhia Oblast")
    resolver = Resolver(store=store)
    for written, meant in [("Tykhoberezhnyy village", "Tykhoberezhne"), ("Tykhoberezhnyi", "Tykhoberezhne"),
                           ("Lunozoriane", "Lunozorianyi"), ("Lunozoryanoye village", "Lunozorianyi")]:
        found = resolver.resolve(written, country="UA")
        assert found.place is not None and found.place.name == meant, (written, found.reasons)
    # a village named in the masculine is another village than one named in the neuter:
    # where the name as written exists, the other gender is not looked for...
    _add(store, "Tykhoberezhnyi", 46.60, 32.70, "Kherson Oblast")
    resolver = Resolver(store=store)
    assert resolver.resolve("Tykhoberezhnyi", country="UA").place.name == "Tykhoberezhnyi"
    # ...unless the region named rules it out
    inside = resolver.resolve("Tykhoberezhnyi", country="UA", admin1="Donetsk oblast")
    assert inside.place is not None and inside.place.name == "Tykhoberezhne", inside.reasons
