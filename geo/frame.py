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

import datetime as _dt
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
    """Incidents from a (Geo)DataFrame: one :func:`to_geodataframe` made, or what geopandas
    reads back from any file :func:`geo.write_incidents` wrote.

    Reading undoes some of the writing: GeoJSON's lists come back as numpy arrays and its
    dates as timestamps, missing values as NaN or NaT, a CSV as a frame of text with no
    geometry (the points are its ``latitude``/``longitude`` columns). Each is put back as
    the formats wrote it before the record is made.

    >>> import numpy, pandas
    >>> frame = pandas.DataFrame({"id": ["im-1"], "event_type": ["shelling"],
    ...     "date": pandas.to_datetime(["2022-03-11"]), "date_precision": ["day"], "place_name": ["Izium"],
    ...     "name": [float("nan")], "geonameid": [float("nan")], "country_code": ["UA"],
    ...     "admin1": [None], "latitude": ["49.2"], "longitude": ["37.3"], "geo_precision": ["1"]})
    >>> frame["figures_reported"] = [numpy.array(["3 killed"])]
    >>> row = from_geodataframe(frame)[0]
    >>> row.date, row.name, row.latitude, row.figures_reported
    ('2022-03-11', None, 49.2, ('3 killed',))
    """
    try:
        geometry = frame.geometry
    except AttributeError:  # a plain DataFrame, or a GeoDataFrame without an active geometry
        geometry = None
    if geometry is not None and frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
        geometry = frame.geometry
    columns = [c for c in frame.columns if geometry is None or c != geometry.name]
    values_of = [_as_written(frame[c]) for c in columns]
    points = geometry if geometry is not None else [None] * len(frame)
    incidents = []
    for values, point in zip(zip(*values_of) if columns else [()] * len(frame), points):
        properties = dict(zip(columns, values))
        latitude = longitude = None
        if point is not None and not point.is_empty:
            latitude, longitude = point.y, point.x
        incidents.append(Incident.from_properties(properties, latitude, longitude))
    return incidents


def _as_written(series) -> list:
    """A column's values as the formats wrote them; only dates and objects need more than a list."""
    import pandas

    if pandas.api.types.is_datetime64_any_dtype(series.dtype):
        return [_plain(value) for value in series]
    if series.dtype == object:
        return [_plain(value) for value in series]
    return series.tolist()


def _plain(value):
    """One value back to JSON's kinds: arrays to lists, NaN/NaT/NA to None, timestamps to ISO dates.

    >>> import numpy, pandas
    >>> _plain(numpy.array(["a", "b"])), _plain(pandas.NaT), _plain(pandas.Timestamp("2022-03-11"))
    (['a', 'b'], None, '2022-03-11')
    """
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if hasattr(value, "tolist") and not hasattr(value, "isoformat"):  # numpy arrays and scalars
        converted = value.tolist()
        return [_plain(item) for item in converted] if isinstance(converted, list) else _plain(converted)
    import pandas

    if pandas.isna(value):
        return None
    if isinstance(value, _dt.datetime):
        # a date written as text that GDAL parsed: midnight means the day itself
        return value.date().isoformat() if value.time() == _dt.time() else value.isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value
