"""A thin GeoDataFrame layer over the plain incident records.

>>> from geo.incidents import Incident
>>> row = Incident("im-1", "shelling", "2022-03-11", "day", "Kharkiv", "Kharkiv", 706483, "UA",
...                "Kharkiv Oblast", 49.98, 36.25, 1)
>>> frame = to_geodataframe([row])
>>> frame.crs.to_epsg(), frame.geometry[0].x, frame.geometry[0].y
(4326, 36.25, 49.98)
>>> from_geodataframe(frame) == [row]
True
"""

from __future__ import annotations

import json

from .incidents import FIELDS, Incident

__all__ = ["to_geodataframe", "from_geodataframe", "NESTED_FIELDS"]

#: Fields that hold lists; flat formats (GeoPackage, CSV, Parquet) store them as JSON text.
NESTED_FIELDS = ("sources", "figures_reported", "reasons")


def to_geodataframe(incidents, nested_as_json: bool = True):
    """The incidents as a GeoDataFrame in EPSG:4326, one row each, point geometry (or None)."""
    import geopandas

    incidents = list(incidents)
    rows = []
    for incident in incidents:
        record = incident.properties()
        if nested_as_json:
            for key in NESTED_FIELDS:
                record[key] = json.dumps(record[key], ensure_ascii=False)
        rows.append(record)
    geometry = [incident.point for incident in incidents]
    frame = geopandas.GeoDataFrame(rows, columns=list(FIELDS), geometry=geometry, crs="EPSG:4326")
    for key in ("geonameid", "fatalities", "injuries", "geo_precision"):
        frame[key] = frame[key].astype("Int64")
    return frame


def from_geodataframe(frame) -> list[Incident]:
    """Incidents from a GeoDataFrame that :func:`to_geodataframe` (or a file it wrote) gave."""
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    incidents = []
    columns = [c for c in frame.columns if c != frame.geometry.name]
    for values, point in zip(frame[columns].itertuples(index=False, name=None), frame.geometry):
        properties = dict(zip(columns, values))
        latitude = longitude = None
        if point is not None and not point.is_empty:
            latitude, longitude = point.y, point.x
        incidents.append(Incident.from_properties(properties, latitude, longitude))
    return incidents
