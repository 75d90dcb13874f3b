"""Places to draw when there is no basemap: the largest cities of the gazetteer.

>>> ("Kyiv", 50.45466, 30.5238) in major_cities(2_000_000)
True
"""

from __future__ import annotations

from gazetteer import default_index

__all__ = ["major_cities"]


def major_cities(min_population: int = 1_000_000) -> list[tuple[str, float, float]]:
    """``(name, latitude, longitude)`` of every populated place this big, biggest first."""
    return [(p.name, p.latitude, p.longitude) for p in default_index().populous(min_population)]
