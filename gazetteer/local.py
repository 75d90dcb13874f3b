"""The local index: imported GeoNames dumps and the user's own places, in SQLite.

One file, ``places.sqlite`` in the data directory. Writes happen in one
transaction per command, so an import that fails or is killed half-way leaves
the index as it was; WAL mode lets lookups go on while an import runs.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from .datadir import data_dir
from .errors import DataDirError, IndexCorruptError
from .model import Place
from .sources import PlaceSource

__all__ = ["LocalStore", "GeoNamesSource", "UserSource", "local_path"]

SCHEMA_VERSION = 1
_SCHEMA = """
CREATE TABLE IF NOT EXISTS place (
    id INTEGER PRIMARY KEY,            -- GeoNames id; user places are numbered below zero
    name TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    feature_class TEXT NOT NULL DEFAULT '',
    feature_code TEXT NOT NULL DEFAULT '',
    country_code TEXT NOT NULL DEFAULT '',
    admin1_code TEXT,                  -- full GeoNames codes: 'UA.21', 'UA.21.5908'
    admin2_code TEXT,
    admin1_name TEXT,                  -- as the user wrote it, for user places
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,              -- 'geonames' | 'user'
    origin TEXT NOT NULL               -- the file or command it came from
);
CREATE INDEX IF NOT EXISTS place_origin ON place(origin);
CREATE TABLE IF NOT EXISTS name (
    key TEXT NOT NULL,
    variant TEXT NOT NULL,
    place_id INTEGER NOT NULL,
    PRIMARY KEY (key, place_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_variant ON name(variant);
CREATE INDEX IF NOT EXISTS name_place ON name(place_id);
CREATE TABLE IF NOT EXISTS region (code TEXT PRIMARY KEY, name TEXT NOT NULL, from_dump INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS import (
    origin TEXT PRIMARY KEY, kind TEXT NOT NULL, rows INTEGER NOT NULL, imported_at TEXT NOT NULL
);
"""
# the names a place is known by, counted at lookup (name_place makes it cheap): stores
# imported before the count mattered need no new column
_PLACE_COLUMNS = ("p.id, p.name, p.latitude, p.longitude, p.feature_code, p.country_code, "
                  "p.admin1_code, p.admin2_code, p.admin1_name, p.population, p.source, "
                  "(SELECT count(*) FROM name k WHERE k.place_id = p.id)")


def local_path() -> Path:
    return data_dir(create=False) / "places.sqlite"


class LocalStore:
    """The SQLite file behind :class:`GeoNamesSource` and :class:`UserSource`."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else local_path()
        self._connection: sqlite3.Connection | None = None
        self._held: bool | None = None

    @property
    def exists(self) -> bool:
        # an open connection holds the file, and a held answer stands for a batch of
        # lookups: no file system call per lookup
        if self._connection is not None:
            return True
        return self._held if self._held is not None else self.path.exists()

    @contextmanager
    def held(self):
        """Answer :attr:`exists` once for a batch of lookups (one report): a store that
        an import creates meanwhile is seen by the next batch."""
        taken = self.hold()
        try:
            yield self
        finally:
            if taken:
                self.release()

    def hold(self) -> bool:
        """Start answering :attr:`exists` once (see :meth:`held`); False when already held,
        and then the holder that took it calls :meth:`release`."""
        if self._held is not None:
            return False
        self._held = self.path.exists()
        return True

    def release(self) -> None:
        """End what :meth:`hold` started: the next lookup asks the file system again."""
        self._held = None

    def connect(self) -> sqlite3.Connection:
        """Open (and create, if needed) the database."""
        if self._connection is None:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                connection = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                version = connection.execute("PRAGMA user_version").fetchone()[0]
                if version not in (0, SCHEMA_VERSION):
                    raise IndexCorruptError(f"{self.path} was written by another version of incidentmap")
                connection.executescript(_SCHEMA)
                connection.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            except OSError as err:
                raise DataDirError(f"cannot create {self.path.parent}: {err.strerror}") from err
            except sqlite3.OperationalError as err:
                raise DataDirError(f"cannot open {self.path}: {err}") from err
            except sqlite3.DatabaseError as err:
                raise IndexCorruptError(f"{self.path} is damaged ({err}); move it away and import again") from err
            self._connection = connection
        return self._connection

    def version(self) -> tuple | None:
        """Changes whenever any connection commits to the store: lets callers keep caches honest."""
        if not self.exists:
            return None
        connection = self.connect()
        return connection.execute("PRAGMA data_version").fetchone()[0], connection.total_changes

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def query(self, sql: str, params: Iterable = ()) -> list[tuple]:
        if not self.exists:
            return []
        try:
            return self.connect().execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as err:
            raise IndexCorruptError(f"{self.path} is damaged ({err}); move it away and import again") from err

    def region_name(self, code: str) -> str | None:
        rows = self.query("SELECT name FROM region WHERE code = ?", (code,))
        return rows[0][0] if rows else None


class _LocalSource(PlaceSource):
    """Places of one ``source`` in the local store."""

    def __init__(self, store: LocalStore | None = None):
        self.store = store or LocalStore()
        self._region_name = lru_cache(maxsize=4096)(self.store.region_name)

    def find(self, key: str) -> list[Place]:
        return self._places("n.key = ?", key)

    def find_variant(self, key: str) -> list[Place]:
        return self._places("n.variant = ?", key)

    def knows(self, key: str) -> bool:
        return bool(self.store.query(
            "SELECT 1 FROM name n JOIN place p ON p.id = n.place_id WHERE n.key = ? AND p.source = ? "
            "LIMIT 1", (key, self.name)))

    def all_keys(self) -> list[str]:
        return [row[0] for row in self.store.query(
            "SELECT DISTINCT n.key FROM name n JOIN place p ON p.id = n.place_id WHERE p.source = ?",
            (self.name,))]

    def region_keys(self, admin1_code: str) -> list[str]:
        return [row[0] for row in self.store.query(
            "SELECT DISTINCT n.key FROM place p JOIN name n ON n.place_id = p.id "
            "WHERE p.admin1_code = ? AND p.source = ?", (admin1_code, self.name))]

    def region_name(self, code: str) -> str | None:
        return self._region_name(code)

    def __len__(self) -> int:
        rows = self.store.query("SELECT count(*) FROM place WHERE source = ?", (self.name,))
        return rows[0][0] if rows else 0

    def _places(self, where: str, value: str) -> list[Place]:
        rows = self.store.query(
            f"SELECT {_PLACE_COLUMNS} FROM name n JOIN place p ON p.id = n.place_id "
            f"WHERE {where} AND p.source = ?", (value, self.name))
        return [self._place(row) for row in rows]

    def _place(self, row: tuple) -> Place:
        pid, name, lat, lon, fcode, cc, a1, a2, a1_name, population, source, names = row
        return Place(
            geonameid=pid if pid > 0 else None, name=name, country_code=cc,
            admin1=a1_name or (self.region_name(a1) if a1 else None),
            latitude=lat, longitude=lon, feature_code=fcode, population=population,
            admin2=self.region_name(a2) if a2 else None,
            admin1_code=a1, admin2_code=a2, source=source, names=names,
        )


class GeoNamesSource(_LocalSource):
    """Places imported from GeoNames dumps with ``incidentmap gazetteer import``."""

    name = "geonames"


class UserSource(_LocalSource):
    """The user's own places (``gazetteer add`` or a places file); they win over the rest."""

    name = "user"
