"""Put GeoNames dumps and the user's own places into the local index.

Everything one call imports is written in a single transaction: a bad line in
the last file, or a kill half-way, leaves the index exactly as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from .errors import InputError
from .generic import without_generic_word
from .geonames import dump_kind, read_admin_codes, read_alternate_names, read_dump
from .local import LocalStore
from .normalize import is_indexable_script, name_key, variant_key
from .resolver import Resolver
from .user_places import UserPlace, is_places_file, read_places_file

__all__ = ["ImportedFile", "import_files", "add_place", "remove_places", "list_places"]

BATCH = 2000
_MAX_PARAMETERS = 900
# Order matters: places before the alternate names that refer to them.
_ORDER = {"admin1": 0, "admin2": 1, "places": 2, "alternates": 3, "user": 4}


@dataclass(frozen=True, slots=True)
class ImportedFile:
    path: str
    kind: str
    rows: int


def import_files(paths: Sequence[Path], store: LocalStore | None = None,
                 resolver: Resolver | None = None, progress: bool | None = None) -> list[ImportedFile]:
    """Import GeoNames dumps, code tables and user places files, all or nothing."""
    store = store or LocalStore()
    resolver = resolver or Resolver(store=store)
    jobs = []
    for path in map(Path, paths):
        if not path.is_file():
            raise InputError(f"{path}: no such file")
        kind = "user" if is_places_file(path) else dump_kind(path)
        if kind == "countryinfo":
            raise InputError(f"{path.name}: countryInfo is not needed (countries are built in)")
        jobs.append((kind, path))
    jobs.sort(key=lambda job: _ORDER[job[0]])
    known = set(resolver.index.country_names)
    # user places are read and checked before the transaction starts
    user_rows = {path: _user_rows(read_places_file(path), resolver, path.name)
                 for kind, path in jobs if kind == "user"}
    connection = store.connect()
    done = []
    with _transaction(connection):
        for kind, path in jobs:
            with tqdm(desc=path.name, unit=" rows", disable=_quiet(progress), leave=False) as bar:
                if kind == "user":
                    rows = _store_user_places(connection, user_rows[path], path.name)
                else:
                    reader, write = {
                        "places": (lambda p: read_dump(p, known), _write_places),
                        "admin1": (read_admin_codes, _write_regions),
                        "admin2": (read_admin_codes, _write_regions),
                        "alternates": (read_alternate_names, _write_alternates),
                    }[kind]
                    rows = _write_in_batches(connection, reader(path), write, path.name, bar.update)
            connection.execute(
                "INSERT OR REPLACE INTO import VALUES (?, ?, ?, ?)",
                (path.name, kind, rows, datetime.now(timezone.utc).isoformat(timespec="seconds")))
            done.append(ImportedFile(str(path), kind, rows))
    return done


def add_place(place: UserPlace, store: LocalStore | None = None,
              resolver: Resolver | None = None) -> int:
    """Store one user place; returns its number (for ``remove_places``)."""
    store = store or LocalStore()
    rows = _user_rows([place], resolver or Resolver(store=store))
    connection = store.connect()
    with _transaction(connection):
        number = _next_user_id(connection)
        _insert_user_place(connection, number, rows[0], "gazetteer add")
    return number


def remove_places(numbers_or_names: Iterable[str], store: LocalStore | None = None) -> int:
    """Remove user places by number or by name; returns how many went."""
    store = store or LocalStore()
    connection = store.connect()
    removed = 0
    with _transaction(connection):
        for item in numbers_or_names:
            if item.lstrip("-").isdigit():
                ids = [-abs(int(item))]
            else:
                ids = [r[0] for r in connection.execute(
                    "SELECT id FROM place WHERE source = 'user' AND name = ? COLLATE NOCASE", (item,))]
            for pid in ids:
                connection.execute("DELETE FROM name WHERE place_id = ?", (pid,))
                removed += connection.execute(
                    "DELETE FROM place WHERE id = ? AND source = 'user'", (pid,)).rowcount
    return removed


def list_places(store: LocalStore | None = None) -> list[dict]:
    """The user's places, in the order they were added."""
    store = store or LocalStore()
    rows = store.query("SELECT id, name, latitude, longitude, country_code, admin1_name, origin "
                       "FROM place WHERE source = 'user' ORDER BY id DESC")
    return [{"number": -r[0], "name": r[1], "latitude": r[2], "longitude": r[3], "country_code": r[4],
             "admin1": r[5], "origin": r[6]} for r in rows]


# -- writers ---------------------------------------------------------------

def _write_places(connection, batch: list, origin: str) -> None:
    places, names, regions = [], [], []
    for row in batch:
        a1 = f"{row.country_code}.{row.admin1_code}" if row.admin1_code else None
        a2 = f"{a1}.{row.admin2_code}" if a1 and row.admin2_code else None
        places.append((row.geonameid, row.name, row.latitude, row.longitude, row.feature_class,
                       row.feature_code, row.country_code, a1, a2, None, row.population,
                       "geonames", origin))
        names.extend(_name_rows(row.geonameid, (row.name, row.asciiname, *row.alternatenames),
                                row.feature_code))
        own_code = {"ADM1": a1, "ADM2": a2}.get(row.feature_code)
        if own_code:
            regions.append((own_code, row.name))
    connection.executemany("DELETE FROM name WHERE place_id = ?", [(p[0],) for p in places])
    connection.executemany("INSERT OR REPLACE INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", places)
    connection.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)", names)
    # a dump's own region names win over the code tables'
    connection.executemany("INSERT OR REPLACE INTO region VALUES (?, ?, 1)", regions)


def _write_regions(connection, batch: list, origin: str) -> None:
    connection.executemany(
        "INSERT INTO region VALUES (?, ?, 0) ON CONFLICT(code) DO UPDATE SET name = excluded.name "
        "WHERE region.from_dump = 0", [(c.code, c.name) for c in batch])


def _write_alternates(connection, batch: list, origin: str) -> None:
    ids = list({alt.geonameid for alt in batch})
    kinds = {}  # the kind of each place named, for the names that lead with a generic word of it
    for start in range(0, len(ids), _MAX_PARAMETERS):  # old SQLite builds take 999 parameters
        chunk = ids[start:start + _MAX_PARAMETERS]
        kinds.update(connection.execute(
            f"SELECT id, feature_code FROM place WHERE id IN ({','.join('?' * len(chunk))})", chunk))
    rows = [(key, variant, place_id, place_id)
            for alt in batch
            for key, variant, place_id in _name_rows(alt.geonameid, (alt.name,), kinds.get(alt.geonameid, ""))]
    # names of places this index does not hold are skipped, so memory stays flat
    connection.executemany(
        "INSERT OR IGNORE INTO name SELECT ?, ?, ? WHERE EXISTS "
        "(SELECT 1 FROM place WHERE id = ? AND source = 'geonames')", rows)


def _write_in_batches(connection, items: Iterable, write, origin: str,
                      tick: Callable[[int], object]) -> int:
    count = 0
    for batch in _batches(items):
        write(connection, batch, origin)
        count += len(batch)
        tick(len(batch))
    return count


def _store_user_places(connection, rows: list[tuple], origin: str) -> int:
    # re-importing a file replaces what it brought last time
    old = [r[0] for r in connection.execute(
        "SELECT id FROM place WHERE source = 'user' AND origin = ?", (origin,))]
    connection.executemany("DELETE FROM name WHERE place_id = ?", [(i,) for i in old])
    connection.execute("DELETE FROM place WHERE source = 'user' AND origin = ?", (origin,))
    number = _next_user_id(connection)
    for offset, row in enumerate(rows):
        _insert_user_place(connection, number + offset, row, origin)
    return len(rows)


def _user_rows(places: list[UserPlace], resolver: Resolver, origin: str | None = None) -> list[tuple]:
    rows = []
    for place in places:
        try:
            country = resolver.countries.code(place.country)
        except InputError as err:
            if origin is None:
                raise
            raise InputError(f"{origin}: place {place.name!r}: {err}") from err
        admin1_code = None
        if place.admin1:
            region = resolver.region(place.admin1, country)
            admin1_code = region.admin1_code if region else None
        rows.append((place, country, admin1_code))
    return rows


def _insert_user_place(connection, number: int, row: tuple, origin: str) -> None:
    place, country, admin1_code = row
    connection.execute(
        "INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (-number, place.name, place.latitude, place.longitude, place.feature_code[:1],
         place.feature_code, country, admin1_code, None, place.admin1, 0, "user", origin))
    connection.executemany("INSERT OR IGNORE INTO name VALUES (?, ?, ?)",
                           _name_rows(-number, (place.name, *place.aliases), place.feature_code))


def _next_user_id(connection) -> int:
    return 1 - (connection.execute("SELECT min(min(id), 0) FROM place").fetchone()[0] or 0)


def _name_rows(place_id: int, names: Iterable[str], feature_code: str = "") -> list[tuple]:
    """The (key, variant, id) rows of a place's names; a name that leads with the generic word of
    the place's kind ("Hora Savur-Mohyla", a hill) is indexed without it as well."""
    keys = {name_key(n) for n in names if n and is_indexable_script(n)}
    keys |= {short for key in keys if (short := without_generic_word(key, feature_code))}
    return [(key, variant_key(key), place_id) for key in keys if key]


def _batches(items: Iterable) -> Iterator[list]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class _transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any error or interrupt."""

    def __init__(self, connection: sqlite3.Connection):
        self.connection = connection

    def __enter__(self):
        self.connection.execute("BEGIN IMMEDIATE")
        return self.connection

    def __exit__(self, kind, value, traceback):
        self.connection.execute("COMMIT" if kind is None else "ROLLBACK")
        return False


def _quiet(progress: bool | None) -> bool | None:
    return None if progress is None else not progress
