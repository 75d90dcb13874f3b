"""The last stage of the geoparser: a name no gazetteer here holds, placed where its report is.

Local news names the streets, parks, hamlets and rivers of its own town ("Walnut Street",
"Riverbanks", "Harwinton" beside Torrington), and posts from a front name villages
too small for any gazetteer. Such a name is a place the report asserts, and the report's
other places say where it is: the local place most of them lie near, or the region its own
sentence names without doubt when that place lies outside it. The mention is then
``approximate``, at precision 3 (only the area is known), as conflict datasets place an
event whose village they cannot find at the district they can; its reasons say so.

An incident's scene asks more than a reader's map: a capital named as its government ("Kiev
troops shell a settlement") would become the focus of a report about Donetsk. Incidents are
read from :func:`gazetteer_only`, the mentions as the gazetteer alone placed them.

A name whose own words say another country ("the Belarusian village of Kopani" in a
report about Ukraine) is never moved to the report's focus: it stays unresolved.

>>> from gazetteer import Place
>>> from geo.model import Span
>>> torrington = Place(4790134, "Torrington", "US", "Connecticut", 41.8, -73.12, "PPL", 35000)
>>> known = Mention("d", 0, 10, "Torrington", "resolved", torrington, 1)
>>> street = Mention("d", 20, 33, "Walnut Street", "unresolved", None, None)
>>> spans = [Span(0, 10, "Torrington", "torrington", 0), Span(20, 33, "Walnut Street", None, 0)]
>>> placed = at_report_focus([known, street], spans)[1]
>>> placed.status, placed.place.name, placed.precision
('approximate', 'Torrington', 3)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from gazetteer import Place
from gazetteer.rank import WIDE_FEATURES, distance_km

from .model import PRECISION_REGION, Mention, Span

__all__ = ["at_report_focus", "gazetteer_only"]

#: Places too wide to say where in them a street or a hamlet is.
_WIDE_CODES = ("PCL", "ADM1", "CONT", "TERR", "LK", "RSV")
#: The report's places this near one another are about one town.
FOCUS_KM = 50.0
#: Regions a sentence names that hold its unknown village ("In the Sumy Oblast, ... in Kerdylivshchyna").
_NAMED_REGIONS = ("ADM1", "ADM2", "ADM3")


def at_report_focus(mentions: list[Mention], spans: list[Span]) -> list[Mention]:
    """The mentions, each unresolved one placed at the report's focus, or in the region its
    sentence names when the focus lies outside it."""
    if all(m.place is not None for m in mentions):
        return mentions
    focus, told, local = _focus(mentions)
    cue_of = {(s.start, s.end): s.country_cue for s in spans}
    placed = []
    for mention in mentions:
        if mention.place is None:
            cue = cue_of.get((mention.start, mention.end))
            # a region named without doubt: "Park" read as a Colorado county is no such region
            region = next((m.place for m in mentions if m.sentence == mention.sentence and m.place is not None
                           and m.status == "resolved" and m.place.feature_code in _NAMED_REGIONS), None)
            if region is not None and focus is not None and region.admin1_code != focus.admin1_code:
                focus_here = None  # "In the Sumy Oblast, ... in Kerdylivshchyna": not at Mariupol
            else:
                focus_here = focus
            if focus_here is not None and cue in (None, focus.country_code):
                reason = (f"{mention.surface!r} is in no gazetteer here: placed at the report's focus, "
                          f"{focus.name} ({told} of its {local} places lie within {FOCUS_KM:.0f} km); "
                          "only the area is known")
                mention = _approximate(mention, focus, reason)
            elif region is not None and cue in (None, region.country_code):
                if any(r.startswith("context excludes") for r in mention.reasons):
                    # "Hlyboke, Kharkiv Oblast": the gazetteer holds namesakes, none in the region
                    reason = (f"{mention.surface!r} has no place in {region.name} in the gazetteer, only namesakes "
                              "elsewhere: placed in the region, which its sentence names")
                else:
                    reason = f"{mention.surface!r} is in no gazetteer here: placed in {region.name}, which its sentence names"
                mention = _approximate(mention, region, reason)
        placed.append(mention)
    return placed


def _approximate(mention: Mention, place: Place, reason: str) -> Mention:
    return replace(mention, status="approximate", place=place, precision=PRECISION_REGION,
                   reasons=(reason, *mention.reasons))


def gazetteer_only(mentions: list[Mention]) -> list[Mention]:
    """The mentions as the gazetteer alone placed them: an approximate one unresolved again."""
    return [replace(m, status="unresolved", place=None, precision=None, reasons=m.reasons[1:])
            if m.status == "approximate" else m for m in mentions]


def _focus(mentions: list[Mention]) -> tuple[Place | None, int, int]:
    """The local place most of the report's local mentions lie near (the first of equals), how
    many lie near it, and how many local mentions the report has."""
    told: Counter = Counter()
    places: dict[tuple, Place] = {}
    for mention in mentions:
        place = mention.place
        if place is None or place.feature_code.startswith(_WIDE_CODES) or place.feature_code in WIDE_FEATURES:
            continue
        key = (place.name, place.latitude, place.longitude)
        told[key] += 1
        places.setdefault(key, place)
    # the focus lies in a first-level region the report names, when one of its places does
    # (a West Virginia story's "Monongahela National Forest" read as a Pennsylvania town is no focus)
    named = {m.place.admin1_code for m in mentions if m.place is not None and m.place.feature_code == "ADM1"}
    inside = [place for place in places.values() if place.admin1_code in named]
    best, most = None, 0
    for place in inside or places.values():
        near = sum(count for key, count in told.items()
                   if distance_km(place.latitude, place.longitude, key[1], key[2]) <= FOCUS_KM)
        if near > most:
            best, most = place, near
    return best, most, sum(told.values())
