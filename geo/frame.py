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
_DTYPES = {"geonameid": "Int64", "fatalities": "Int64", "injuries": "Int64", "geo_precision": "Int64",
           "latitude": "float64", "longitude": "float64", "confidence": "float64", "figures_estimated": "bool"}
# one encoder for every row: json.dumps with options builds a new one per call
_as_json = json.JSONEncoder(ensure_ascii=False).encode


def to_geodataframe(incidents, nested_as_json: bool = True):
    """The incidents as a GeoDataFrame in EPSG:4326, one row each, point geometry (or None)."""
    import geopandas
    import numpy
    import shapely

    # column lists, not a dict per row: pandas builds a frame from columns several times faster
    columns: dict[str, list] = {name: [] for name in FIELDS}
    located, coordinates = [], []
    for number, incident in enumerate(incidents):
        for name, value in incident.properties().items():
            columns[name].append(_as_json(value) if nested_as_json and name in NESTED_FIELDS else value)
        if incident.lonlat is not None:
            located.append(number)
            coordinates.append(incident.lonlat)
    # one vectorised call instead of a shapely Point per row; unresolved rows stay None
    geometry = numpy.full(len(columns["id"]), None, dtype=object)
    if coordinates:
        geometry[located] = shapely.points(coordinates)
    frame = geopandas.GeoDataFrame(columns, geometry=geometry, crs="EPSG:4326")
    # a fixed schema, whatever the values: a batch whose column is all None must still
    # append to a layer where that column is a number or text
    return frame.astype({name: _DTYPES.get(name, "string") for name in FIELDS})


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
