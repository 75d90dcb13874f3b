"""What the map accepts: incidents, or a (Geo)DataFrame as geopandas reads an incidents file back.

A frame may lack columns a record needs (a reader kept a few, or a CSV is the
ACLED-like part only): the map fills them, from the ACLED-like columns first,
then with neutral values, so a reduced frame still draws.

>>> import pandas
>>> frame = pandas.DataFrame({"event_date": ["2022-03-11"], "location": ["Izium"],
...                           "latitude": ["49.21"], "longitude": ["37.26"]})
>>> row = as_incidents(frame)[0]
>>> row.id, row.event_type, row.date, row.place_name, row.latitude
('row-1', 'other', '2022-03-11', 'Izium', 49.21)
"""

from __future__ import annotations

__all__ = ["as_incidents"]

#: A field a frame lacks, and the ACLED-like columns (of the CSV) that say the same, in order.
_ALIASES = {"id": ("event_id_cnty",), "date": ("event_date",), "name": ("location",),
            "place_name": ("name", "location"), "country_code": ("country",)}
#: Fields every record needs; a frame without them (or an alias) gets these.
_NEUTRAL = {"event_type": "other", "date_precision": None, "name": None, "geonameid": None,
            "country_code": None, "admin1": None, "geo_precision": None, "date": None}


def as_incidents(data) -> list:
    """Incidents from a list of :class:`geo.Incident`, or from a (Geo)DataFrame."""
    if not hasattr(data, "columns"):
        return list(data)
    from geo import from_geodataframe

    missing = [f for f in ("id", "event_type", "place_name", *_NEUTRAL) if f not in data.columns]
    if missing:
        data = data.copy()  # the caller's frame stays as it was
        for field in dict.fromkeys(missing):
            alias = next((a for a in _ALIASES.get(field, ()) if a in data.columns), None)
            if alias is not None:
                data[field] = data[alias]
            elif field == "id":
                data[field] = [f"row-{n}" for n in range(1, len(data) + 1)]
            else:
                data[field] = _NEUTRAL.get(field, "")
    return from_geodataframe(data)
