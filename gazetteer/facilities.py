"""Names that are not one settlement: a facility of a town, or a stretch between two places.

Spreadsheets of incidents write "Luhansk airport", "Kramatorsk airfield" or
"Marynivka border checkpoint" where no gazetteer may know the facility itself; the
town's point is then the honest answer, a few kilometres off, and said so (ACLED's
precision 2: near the place). "Road between Siversk and Lyman" is near both ends:
the midpoint when they are close, the first end otherwise.

>>> facility_reason("airport", "Luhansk")
"the airport of 'Luhansk': its town's point (precision 2, the facility lies near it)"
"""

from __future__ import annotations

from dataclasses import replace

from .model import Resolution
from .rank import distance_km

__all__ = ["facility_reason", "between", "facility_features", "BETWEEN_MIDPOINT_KM"]

#: GeoNames feature codes of the facilities :data:`~gazetteer.query.FACILITY_WORDS` name.
_FEATURES = {
    ("airport", "airfield", "air base", "airbase", "aerodrome", "heliport"):
        ("AIRP", "AIRF", "AIRB", "AIRH", "AIRQ"),
    ("railway station", "train station", "rail station", "station"): ("RSTN", "RSTP"),
    ("bus station",): ("BUSTN",),
    ("border crossing point", "border crossing", "border checkpoint", "border post", "checkpoint",
     "crossing point"): ("PSTB", "PSTC"),
    ("mine",): ("MN", "MNC", "MNCR", "MNCU", "MNFE", "MNQ", "MNQR"),
    ("power plant", "power station"): ("PS", "PSH", "PSN"),
    ("monument", "memorial"): ("MNMT",),
}

#: Two ends closer than this are one stretch of road or front: its midpoint is nearer either
#: end's events than one end is; farther apart, "between" names a long road, and one end is a guess.
BETWEEN_MIDPOINT_KM = 30.0


def facility_features(facility: str | None) -> tuple[str, ...]:
    """The GeoNames feature codes of a facility word: a place of such a code is the facility itself.

    >>> facility_features("border checkpoint"), facility_features("church")
    (('PSTB', 'PSTC'), ())
    """
    return next((codes for words, codes in _FEATURES.items() if facility in words), ())


def facility_reason(facility: str, town: str) -> str:
    """The reason said when a facility is answered by the point of the place it belongs to."""
    return f"the {facility} of {town!r}: its town's point (precision 2, the facility lies near it)"


def between(query: str, first: Resolution, second: Resolution) -> Resolution:
    """One answer for "between X and Y", from the resolutions of X and of Y.

    The midpoint of both when they lie within :data:`BETWEEN_MIDPOINT_KM` of each
    other; otherwise X (or Y, when X has no answer). A midpoint is no gazetteer place,
    so it carries no GeoNames id.

    >>> from gazetteer.model import Place
    >>> a = Resolution("A", "resolved", Place(1, "A", "UA", None, 48.0, 38.0, "PPL"))
    >>> b = Resolution("B", "resolved", Place(2, "B", "UA", None, 48.2, 38.0, "PPL"))
    >>> mid = between("between A and B", a, b)
    >>> mid.status, mid.place.name, round(mid.place.latitude, 2), mid.place.geonameid
    ('resolved', 'between A and B', 48.1, None)
    >>> far = Resolution("C", "resolved", Place(3, "C", "UA", None, 50.0, 38.0, "PPL"))
    >>> between("between A and C", a, far).place.name
    'A'
    """
    if first.place is None or second.place is None:
        chosen = first if first.place is not None or second.place is None else second
        missing = second if chosen is first else first
        return replace(chosen, query=query, reasons=(
            *chosen.reasons, f"{missing.query!r}, the other end, has no answer: {chosen.query!r} alone"))
    a, b = first.place, second.place
    km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)
    reasons = (*(f"{first.query}: {r}" for r in first.reasons), *(f"{second.query}: {r}" for r in second.reasons))
    if km >= BETWEEN_MIDPOINT_KM:
        return replace(first, query=query, reasons=(
            *reasons, f"the ends are {km:,.0f} km apart: {a.name}, the first, stands for the stretch"))
    # ends this close: a flat average of coordinates is the great-circle midpoint to metres
    mid = replace(a, geonameid=None, name=f"between {a.name} and {b.name}", population=0,
                  latitude=(a.latitude + b.latitude) / 2, longitude=(a.longitude + b.longitude) / 2)
    status = "resolved" if first.resolved and second.resolved else "ambiguous"
    return Resolution(query, status, mid, (a, b), (
        *reasons, f"the midpoint of {a.name} and {b.name}, {km:,.1f} km apart"))
