"""Offline maps: every asset inlined from installed packages, a drawn basemap, zero requests.

Folium links Leaflet, its plugins and their CSS from CDNs. The package
``folium-offline`` ships those very files, at Folium's versions, keyed by the
URL Folium uses; this module swaps each ``<script src>`` and stylesheet link for
the file's content. A URL it has no file for is an error, never a link left
behind. The basemap is OpenStreetMap's raster tiles over the incidents' extent,
carried in the page (:mod:`maps.tiles`), over country outlines (Natural Earth,
shipped by pyogrio) that show wherever the page has no tile; the largest cities
of the gazetteer are labelled (:class:`~maps.layers.PlaceLabels`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import folium

from geo import IncidentMapError

from .layers import OfflineTiles
from .tiles import select_tiles

__all__ = ["inline_assets", "add_basemap", "OfflineAssetError", "CITY_POPULATION"]

#: Cities at least this big are labelled on an offline map.
CITY_POPULATION = 1_000_000
_SCRIPT = re.compile(r'<script\s+src="(?P<url>[^"]+)"\s*>\s*</script>', re.IGNORECASE)
_STYLESHEET = re.compile(r'<link\s+(?=[^>]*rel="stylesheet")[^>]*href="(?P<url>[^"]+)"[^>]*/?>', re.IGNORECASE)
_CSS_URL = re.compile(r"""url\(\s*(["']?)(?!data:)(?!#)([^)"']+)\1\s*\)""", re.IGNORECASE)
_REMOTE_TILES = re.compile(r'L\.tileLayer\(\s*"(?:https?:)?//', re.IGNORECASE)
_LINKING_TAG = re.compile(r'<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*"[^"]*"[^>]*>', re.IGNORECASE)


class OfflineAssetError(IncidentMapError, RuntimeError):
    """An asset has no installed copy: the offline map would need the network."""


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    try:
        from offlinefolium.elements import _res
    except ImportError as err:  # the package is a dependency; a broken install says so
        raise OfflineAssetError("offline maps need the package folium-offline") from err
    return _res


def _asset(url: str) -> str:
    content = _assets().get(url)
    if content is None:
        raise OfflineAssetError(f"no installed copy of {url}; the offline map would need the network")
    return content


def inline_assets(html: str) -> str:
    """``html`` with every script and stylesheet link replaced by the file itself."""
    for tag in _LINKING_TAG.finditer(html):
        if not (_SCRIPT.match(html, tag.start()) or _STYLESHEET.match(tag.group())):
            raise OfflineAssetError(f"a link that cannot be inlined: {tag.group()[:120]}")
    html = _SCRIPT.sub(lambda m: "<script>" + _asset(m.group("url")).replace("</script", "<\\/script")
                       + "</script>", html)
    if _REMOTE_TILES.search(html):
        raise OfflineAssetError("the map has a tile layer from the network; render it with offline=True")
    html = _STYLESHEET.sub(lambda m: "<style>" + _local_css(_asset(m.group("url"))).replace("</style", "<\\/style")
                           + "</style>", html)
    return html


def _local_css(css: str) -> str:
    """Images and fonts the package did not ship as data URIs point nowhere, never to the network."""
    return _CSS_URL.sub("url(data:,)", css)


@lru_cache(maxsize=1)
def _countries_geojson() -> dict:
    import pyogrio

    path = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"
    if not path.exists():
        raise OfflineAssetError(f"no country outlines at {path} (they come with pyogrio)")
    frame = pyogrio.read_dataframe(path)
    frame["geometry"] = frame.geometry.simplify(0.05)
    keep = [c for c in ("name", "iso_a3") if c in frame.columns]
    import json

    return json.loads(frame[keep + ["geometry"]].to_json())


def add_basemap(fmap: folium.Map, bounds) -> None:
    """OpenStreetMap tiles over ``bounds`` (``[[south, west], [north, east]]``) from the page, over
    drawn country outlines that fill in wherever a tile is missing."""
    # a pane under the tiles: where a tile is in the page it covers the outlines
    folium.map.CustomPane("imOutlines", z_index=150).add_to(fmap)
    outlines = folium.GeoJson(
        _countries_geojson(), name="Countries (Natural Earth)", control=False, pane="imOutlines",
        style_function=lambda _: {"color": "#888", "weight": 1, "fillColor": "#f2efe9", "fillOpacity": 1},
        highlight_function=None, smooth_factor=1)
    fmap.add_child(outlines)
    tiles = select_tiles(bounds)
    if tiles.tiles:
        fmap.add_child(OfflineTiles(tiles))
