"""Names to places, offline: the embedded GeoNames index, context ranking, resolution.

>>> from gazetteer import resolve
>>> resolve("Kharkov").place.name
'Kharkiv'
"""

from .countries import CountryTable
from .datadir import data_dir
from .errors import (
    DataDirError,
    IncidentMapError,
    IndexCorruptError,
    InputError,
    UnknownCountryError,
    UnknownRegionError,
)
from .index import EmbeddedIndex, default_index
from .model import Place, Resolution, validate_coordinates
from .normalize import name_key, variant_key
from .context import Context
from .resolver import Resolver, resolve
from .batch import BatchFocus, focus_of, resolve_batch

__all__ = [
    "resolve", "Resolver", "Context", "Place", "Resolution", "EmbeddedIndex", "default_index",
    "CountryTable", "data_dir", "name_key", "variant_key", "validate_coordinates",
    "IncidentMapError", "InputError", "UnknownCountryError", "UnknownRegionError",
    "DataDirError", "IndexCorruptError", "BatchFocus", "focus_of", "resolve_batch",
]
