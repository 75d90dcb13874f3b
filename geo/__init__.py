"""Reports to places and incidents: the geoparser, the core model, GIS input and output.

>>> from geo import find_places
>>> [m.surface for m in find_places("Airstrikes hit Dnipro and Lutsk in March.")]
['Dnipro', 'Lutsk']
"""

from gazetteer import IncidentMapError, InputError

from .extract import extract, extract_report
from .frame import from_geodataframe, to_geodataframe
from .geoparser import Geoparser, find_places
from .incidents import Incident, Source
from .io import read_incidents, write_incidents
from .model import PRECISION_NEAR, PRECISION_PLACE, PRECISION_REGION, Mention, Report, Span

__all__ = ["find_places", "Geoparser", "Mention", "Report", "Span",
           "PRECISION_PLACE", "PRECISION_NEAR", "PRECISION_REGION",
           "extract", "extract_report", "Incident", "Source", "to_geodataframe",
           "from_geodataframe", "read_incidents", "write_incidents", "IncidentMapError", "InputError"]
