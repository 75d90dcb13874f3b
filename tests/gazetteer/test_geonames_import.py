"""Importing GeoNames dumps: every feature class, joined to the embedded index, all or nothing."""

import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from gazetteer import InputError, Resolver
from gazetteer.importer import import_files
from gazetteer.local import LocalStore
from gazetteer.rank import distance_km

GEONAMES = Path(__file__).parent.parent / "fixtures" / "geonames"


def counts(store: LocalStore) -> tuple:
    if not store.exists:
        return (0, 0, 0)
    return tuple(store.query(f"SELECT count(*) FROM {table}")[0][0] for table in ("place", "name", "region"))


def imported(home, dumps):
    store = LocalStore()
    import_files([dumps / "UA.zip", dumps / "admin1CodesASCII.txt", dumps / "alternateNamesV2.txt"],
                 store=store, progress=False)
    return store


def test_imported_places_of_every_class_resolve(home, dumps):
    store = imported(home, dumps)
    resolver = Resolver(store=store)
    village = resolver.resolve("Kerdylivshchyna").place
    assert village.source == "geonames" and village.country_code == "UA"
    assert distance_km(50.682, 34.685, village.latitude, village.longitude) < 1
    assert village.admin1 == "Sumy Oblast"  # the region named as the embedded index names it
    assert resolver.resolve("Lutsk Airfield").place.feature_code == "AIRP"
    assert resolver.resolve("Balakliia Regional Hospital").place.feature_code == "HSP"
    assert resolver.resolve("Siverskyi Donets").place.feature_code == "STM"
    # alternate names from the dump's own column and from the alternate-names file
    assert resolver.resolve("Кердилівщина").place.geonameid == 99100001
    assert resolver.resolve("Quiet Farmstead").place.geonameid == 99100002
    # the embedded places are still there, beside the imported ones
    assert resolver.resolve("Lutsk").place.name == "Lutsk"


def test_without_the_dump_the_village_is_unknown(home):
    assert Resolver(store=LocalStore()).resolve("Kerdylivshchyna").place is None


def test_imported_village_joins_context_filters(home, dumps):
    resolver = Resolver(store=imported(home, dumps))
    zaporizhzhia = resolver.resolve("Kopani", country="UA", admin1="Zaporizhzhia Oblast")
    assert zaporizhzhia.place is not None and zaporizhzhia.place.geonameid == 99100008


def test_reimport_is_idempotent(home, dumps):
    store = imported(home, dumps)
    first = counts(store)
    imported(home, dumps)
    assert counts(store) == first and first[0] == 8


def _bad_dump(folder, line: str, name="UA.txt"):
    good = (GEONAMES / "UA_sample.txt").read_text(encoding="utf-8")
    path = folder / name
    path.write_text(good + line + "\n", encoding="utf-8")
    return path


BAD_ROWS = {
    "columns": "99100099\tShort Row\tShort Row\t\t50.0\t30.0\tP\tPPL\tUA",
    "latitude": "99100099\tBad Lat\tBad Lat\t\tnorth\t30.0\tP\tPPL\tUA\t\t21\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
    "range": "99100099\tFar Lat\tFar Lat\t\t95.0\t30.0\tP\tPPL\tUA\t\t21\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
    "population": "99100099\tBad Pop\tBad Pop\t\t50.0\t30.0\tP\tPPL\tUA\t\t21\t\t\t\tmany\t\t150\tEurope/Kyiv\t2024-01-01",
    "country": "99100099\tNowhere\tNowhere\t\t50.0\t30.0\tP\tPPL\tQQ\t\t21\t\t\t\t0\t\t150\tEurope/Kyiv\t2024-01-01",
}


@pytest.mark.parametrize("kind", sorted(BAD_ROWS))
def test_a_bad_last_row_fails_the_whole_import_and_leaves_the_index(home, dumps, tmp_path, kind):
    store = imported(home, dumps)
    before = counts(store)
    bad = _bad_dump(tmp_path, BAD_ROWS[kind])
    with pytest.raises(InputError) as caught:
        import_files([bad], store=store, progress=False)
    message = str(caught.value)
    assert "UA.txt" in message and ":9" in message and "\n" not in message
    assert counts(store) == before


def test_corrupt_and_truncated_zips_are_input_errors(home, dumps, tmp_path):
    store = imported(home, dumps)
    before = counts(store)
    corrupt = tmp_path / "PL.zip"
    corrupt.write_bytes(b"PK\x03\x04 this is not really a zip archive")
    truncated = tmp_path / "BY.zip"
    truncated.write_bytes((dumps / "UA.zip").read_bytes()[:60])
    empty = tmp_path / "MD.zip"
    with zipfile.ZipFile(empty, "w"):
        pass
    for path in (corrupt, truncated, empty):
        with pytest.raises(InputError) as caught:
            import_files([path], store=store, progress=False)
        assert path.name in str(caught.value)
    assert counts(store) == before


def test_an_import_killed_half_way_leaves_the_index_as_it_was(home, dumps, tmp_path):
    store = imported(home, dumps)
    before = counts(store)
    store.close()
    row = (GEONAMES / "UA_sample.txt").read_text(encoding="utf-8").splitlines()[1].split("\t")
    big = tmp_path / "UA.txt"
    with open(big, "w", encoding="utf-8") as out:
        for number in range(300_000):
            row[0], row[1], row[2] = str(98_000_000 + number), f"Khutir {number}", f"Khutir {number}"
            out.write("\t".join(row) + "\n")
    process = subprocess.Popen([sys.executable, "-m", "incidentmap", "-q", "gazetteer", "import", str(big)],
                               env=os.environ.copy(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    # wait until the import is writing (its transaction holds the write-ahead log), then kill it
    while time.monotonic() < deadline and process.poll() is None:
        wal = home / "places.sqlite-wal"
        if wal.exists() and wal.stat().st_size > 1_000_000:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the import finished before it could be interrupted"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    reopened = LocalStore()
    assert counts(reopened) == before
    assert Resolver(store=reopened).resolve("Kerdylivshchyna").place.geonameid == 99100001
