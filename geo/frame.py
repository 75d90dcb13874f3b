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

__all__ = ["to_geodataframe", "from_geodataframe", "arrow_schema", "to_record_batch", "NESTED_FIELDS"]

#: Fields that hold lists; flat formats (GeoPackage, CSV, Parquet) store them as JSON text.
NESTED_FIELDS = ("sources", "figures_reported", "reasons")
_DTYPES = {"geonameid": "Int64", "fatalities": "Int64", "injuries": "Int64", "geo_precision": "Int64",
           "latitude": "float64", "longitude": "float64", "confidence": "float64", "figures_estimated": "bool"}
#: pyarrow's names for the types above, so an Arrow batch has the columns a frame has
_ARROW_TYPES = {"Int64": "int64", "float64": "float64", "bool": "bool", "string": "string"}
# one encoder for every row: json.dumps with options builds a new one per call
_as_json = json.JSONEncoder(ensure_ascii=False).encode


def to_geodataframe(incidents, nested_as_json: bool = True):
    """The incidents as a GeoDataFrame in EPSG:4326, one row each, point geometry (or None)."""
    import geopandas

    # column lists, not a dict per row: pandas builds a frame from columns several times faster
    columns: dict[str, list] = {name: [] for name in FIELDS}
    lonlats = []
    for incident in incidents:
        for name, value in incident.properties().items():
            columns[name].append(_as_json(value) if nested_as_json and name in NESTED_FIELDS else value)
        lonlats.append(incident.lonlat)
    frame = geopandas.GeoDataFrame(columns, geometry=_points(lonlats), crs="EPSG:4326")
    # a fixed schema, whatever the values: a batch whose column is all None must still
    # append to a layer where that column is a number or text
    return frame.astype({name: _DTYPES.get(name, "string") for name in FIELDS})


def arrow_schema():
    """The columns of :func:`to_record_batch`: the fields typed as in a frame, then the points as WKB."""
    import pyarrow

    fields = [pyarrow.field(name, _ARROW_TYPES[_DTYPES.get(name, "string")]) for name in FIELDS]
    geometry = pyarrow.field("geometry", pyarrow.binary(), metadata={"ARROW:extension:name": "geoarrow.wkb"})
    return pyarrow.schema(fields + [geometry])


def to_record_batch(incidents: list, schema):
    """The rows :func:`to_geodataframe` makes, as one Arrow record batch of :func:`arrow_schema`.

    Column by column from the attributes, without pandas: a dict per row and a frame
    per batch were over half of the time of writing a GeoPackage.
    """
    import pyarrow
    import shapely

    columns = []
    for field in schema:
        name = field.name  # once: pyarrow makes a new str each time it is asked
        if name == "geometry":
            geometry = shapely.to_wkb(_points([incident.lonlat for incident in incidents]))
            columns.append(pyarrow.array(geometry, field.type))
            continue
        values = [getattr(incident, name) for incident in incidents]
        if name == "sources":
            values = [_as_json([source.record() for source in sources]) for sources in values]
        elif name in NESTED_FIELDS:  # tuples of text: the same JSON as the lists of properties()
            values = [_as_json(value) if value else "[]" for value in values]
        try:
            columns.append(pyarrow.array(values, field.type))
        except (pyarrow.ArrowTypeError, pyarrow.ArrowInvalid):  # a number in a text field, as astype("string")
            columns.append(pyarrow.array([None if v is None else str(v) for v in values], field.type))
    return pyarrow.record_batch(columns, schema=schema)


def _points(lonlats: list):
    """Shapely points, or None where an incident has no coordinates."""
    import numpy
    import shapely

    # one vectorised call instead of a shapely Point per row; unresolved rows stay None
    geometry = numpy.full(len(lonlats), None, dtype=object)
    located = [number for number, lonlat in enumerate(lonlats) if lonlat is not None]
    if located:
        geometry[located] = shapely.points([lonlats[number] for number in located])
    return geometry


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
