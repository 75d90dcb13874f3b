"""Where places come from: one small base class, and the table of backends.

Every backend answers the same three questions (places under a name key, places
under a variant key, every key for the fuzzy pass). The resolver asks all of
them and merges the answers, so imported GeoNames dumps and the user's own places
join the embedded default in every lookup.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import ClassVar

from .model import Place

__all__ = ["PlaceSource", "PRECEDENCE"]

#: Who wins when sources disagree: the user's own places, then imported GeoNames
#: dumps (real feature codes, every village), then the embedded default, and last
#: an online geocoder, asked only when the offline sources have no answer.
PRECEDENCE = {"user": 2, "geonames": 1, "embedded": 0, "online": -1}


class PlaceSource(ABC):
    """A backend of places, looked up by the keys of :mod:`gazetteer.normalize`."""

    #: the name in :data:`PRECEDENCE` and in :attr:`Place.source`
    name: ClassVar[str]

    @abstractmethod
    def find(self, key: str) -> list[Place]:
        """Places with a name or alternate name that folds to ``key``."""

    @abstractmethod
    def find_variant(self, key: str) -> list[Place]:
        """Places with a name whose :func:`~gazetteer.normalize.variant_key` is ``key``."""

    def lone_aliases(self, key: str) -> frozenset[int]:
        """GeoNames ids of places that ``key`` reaches through one alternate name only."""
        return frozenset()

    def knows(self, key: str) -> bool:
        """Whether any place has a name that folds to ``key``: the geoparser's cheap test."""
        return bool(self.find(key))

    def all_keys(self) -> list[str]:
        """Every key, for the fuzzy pass; a backend too large to list may return []."""
        return []

    def region_keys(self, admin1_code: str) -> list[str]:
        """Every key of the places in one first-level region (GeoNames code ``UA.05``), for a
        typo-tolerant search within the region; [] from a backend that cannot tell."""
        return []

    def region_name(self, code: str) -> str | None:
        """The name of the region with this GeoNames admin code (``UA.21``), if known."""
        return None

    def __len__(self) -> int:
        return 0

    def info(self) -> dict:
        return {"source": self.name, "places": len(self)}
