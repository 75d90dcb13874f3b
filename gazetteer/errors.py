"""One exception tree for the whole project.

Every failure the tool reports on purpose derives from :class:`IncidentMapError`.
Subclasses also inherit the matching builtin, so callers can catch either
``gazetteer.InputError`` or plain ``ValueError``. "Nothing found" is never an
exception: it is an unresolved :class:`~gazetteer.model.Resolution`.
"""

__all__ = [
    "IncidentMapError",
    "InputError",
    "UnknownCountryError",
    "UnknownRegionError",
    "DataDirError",
    "IndexCorruptError",
    "BuildCrashedError",
    "OnlineError",
    "OnlineTimeoutError",
]


class IncidentMapError(Exception):
    """Base class of every error incidentmap raises on purpose."""

    #: process exit code the CLI uses for this error
    exit_code = 1


class InputError(IncidentMapError, ValueError):
    """The caller gave something unusable: an empty name, a bad code, a bad file."""

    exit_code = 2


class UnknownCountryError(InputError):
    """A country given as context matches no ISO code, name or adjective."""


class UnknownRegionError(InputError):
    """A first-level region given as context matches no known region.

    Kept for callers that catch it; the resolver itself now says an unknown region
    in a reason and resolves without it.
    """


class DataDirError(IncidentMapError, OSError):
    """The data directory cannot be created, read or written."""


class IndexCorruptError(IncidentMapError, RuntimeError):
    """A cached index file fails its checks (truncated, wrong checksum, old format)."""


class BuildCrashedError(IncidentMapError, RuntimeError):
    """The child process building the index ended without a result (killed, out of memory)."""


class OnlineError(IncidentMapError, ConnectionError):
    """The online geocoder failed: refused, rate-limited, unavailable, or answered nonsense."""


class OnlineTimeoutError(OnlineError, TimeoutError):
    """The online geocoder did not answer in time, after the retries."""
