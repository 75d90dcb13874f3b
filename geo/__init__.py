"""Reports to places: the geoparser and the core model of incidentmap.

>>> from geo import find_places
>>> [m.surface for m in find_places("Airstrikes hit Dnipro and Lutsk in March.")]
['Dnipro', 'Lutsk']
"""

from .geoparser import Geoparser, find_places
from .model import PRECISION_NEAR, PRECISION_PLACE, PRECISION_REGION, Mention, Report, Span

__all__ = ["find_places", "Geoparser", "Mention", "Report", "Span",
           "PRECISION_PLACE", "PRECISION_NEAR", "PRECISION_REGION"]
