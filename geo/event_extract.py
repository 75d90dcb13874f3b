"""A spreadsheet row to incidents: the row is known to be one event.

With a place column, the row gives one incident at that place: the column's value is
geoparsed with the row's text after it, so the text's places are its context (a
namesake near them wins), and when the geoparser finds no place in the value (a
bare ``Pisky``) the value is resolved as a whole name with a prior towards the text's
places. The text gives the type, the figures and, when the date column has none, the
date; a text with no event cue still gives an incident, of type ``other``.

Without a place column the text is read as a report (:func:`~geo.extract.extract_report`);
a row that tells no incident that way but names a place still gives one, at its
first located place finer than a country.

>>> from geo.geoparser import Geoparser
>>> from geo.event_rows import EventRow
>>> row = EventRow("1", "Two civilians were killed by shelling.", place="Izium", date="2022-03-11T06:40")
>>> [(i.event_type, i.name, i.admin1, i.date, i.fatalities) for i in extract_event_row(row, Geoparser())]
[('shelling', 'Izyum', 'Kharkiv Oblast', '2022-03-11', 2)]
"""

from __future__ import annotations

import datetime as dt
import re
import statistics
from collections import Counter
from dataclasses import replace

from gazetteer import BatchFocus
from gazetteer.batch import MIN_SPREAD_KM
from gazetteer import Place
from gazetteer.rank import distance_km
from gazetteer.context import TOWN_LEVELS

from .dates import When, event_when
from .event_rows import EventRow
from .events import find_event_cues, find_target, sentence_event_type
from .contextual import precision_of
from .extract import (_REGION_CODES, _incident, _report_day, extract_report, place_key,
                      reader_of, report_country, with_language)
from .languages import DEFAULT_LANGUAGE, Language
from .scene_rules import can_be_the_scene
from .figures import read_figures
from .weapons import find_weapon, typed_by_weapon
from .geoparser import Geoparser
from .incidents import Incident, incident_id
from .model import PRECISION_NEAR, PRECISION_PLACE, PRECISION_REGION, Mention, Report, Span
from .place_values import listed_places, spelled_regions
from .report_focus import gazetteer_only
from .row_districts import named_regions, within_district, within_named_region
from .scenes import Scene, divide_shared_figures

__all__ = ["extract_event_row", "extract_any", "row_date"]

#: "Kupyansk direction: areas of ...", "Yuzhno-Donetsk and Zaporozhye directions": an axis of a front
_DIRECTION = re.compile(r"\bdirections?\b", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[:;.()]")
#: "Liman, Donetsk", "near Mayorsk town, Donetsk", "Novogorodsky in Donetsk": a name written before
#: the city that names its oblast, which then says where the name is
_BEFORE_ITS_REGION = re.compile(r"(?P<near>\bnear\s+(?:the\s+)?(?:(?:village|town|settlement|city)\s+of\s+)?)?"
                                r"(?P<name>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)"
                                r"(?:\s+(?:village|town|settlement|city))?\s*(?:,|\bin\b)\s*$")
_GAP = "\n\n"  # between the place value and the text: two sentences, never one name


def extract_any(item: Report | EventRow, parser: Geoparser, date=None, mentions: list[Mention] | None = None,
                country: str | None = None) -> list[Incident]:
    """The incidents of a report or of a spreadsheet row, whichever ``item`` is (none for a
    language the tool does not read)."""
    item = with_language(item)
    language = reader_of(item.language)
    if language is None:
        return []
    if isinstance(item, EventRow):
        return extract_event_row(item, parser, date, mentions=mentions, country=country, language=language)
    return extract_report(item, parser, date, mentions=mentions, country=country, language=language)


def row_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """The date of a date column's value (ISO date or datetime), or a reason why there is none.

    >>> row_date("2022-03-11 14:05:00+02:00"), row_date("11/03/2022")[1]
    ((datetime.date(2022, 3, 11), None), "the date column's '11/03/2022' is not an ISO date")
    """
    if not value:
        return None, None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).date(), None
    except ValueError:
        return None, f"the date column's {value!r} is not an ISO date"


def extract_event_row(row: EventRow, parser: Geoparser, date=None, mentions: list[Mention] | None = None,
                      country: str | None = None, language: Language = DEFAULT_LANGUAGE) -> list[Incident]:
    """The incidents of one row: one at the place column's place, or what its text tells.

    ``date`` is the day the rows were told when the date column gives none (relative
    dates in the text resolve against it); ``mentions`` the text's places if found
    already (used without a place column).
    """
    day, bad_date = row_date(row.date)
    country = report_country(country, language)
    report = Report(row.document, row.text, date=None, url=row.url, title=row.title, language=language.code)
    if row.place:
        incidents = _at_place_column(row, report, parser, day or _report_day(report, date, language),
                                     day is not None, country, language)
    else:
        incidents = _from_text(report, parser, day or date, day, mentions, country, language)
    if bad_date:
        incidents = [replace(i, reasons=i.reasons + (bad_date + "; the date comes from the text",))
                     for i in incidents]
    return incidents


def _from_text(report: Report, parser: Geoparser, when, day: dt.date | None, mentions, country,
               language: Language) -> list[Incident]:
    if mentions is None:
        mentions = parser.find_places(report.text, document=report.document, country=country)
    told = extract_report(report, parser, when, mentions=mentions, country=country, language=language)
    if day is not None:  # the column's date is the event's, whatever the text says ("yesterday")
        told = [_dated(i, day) for i in told]
    if told:
        return told
    scene = next((m for m in mentions if m.place is not None and can_be_the_scene(report.text, m, mentions)), None)
    if scene is None:
        return []
    # the row is an event: its best place is where it happened, even when no clause says what
    event_type, note = _text_type(report.text, language)
    return [_row_incident(report, scene, [], event_type, note, _report_day(report, when, language), day is not None,
                          f"the row is an event: at the first place its text names, {scene.surface!r}", language)]


def _at_place_column(row: EventRow, report: Report, parser: Geoparser, when: dt.date | None, dated: bool,
                     country: str | None, language: Language) -> list[Incident]:
    # "Donetsk Obl", "Luhansk People's Republic": the region, never the city named alike
    value, spelled = spelled_regions(row.place)
    # the value first, then the text: the text's places are context for the value's names
    found = gazetteer_only(parser.find_places(value + _GAP + row.text, document=row.document, country=country))
    own = [m for m in found if m.end <= len(value)]
    context = [m for m in found if m.start >= len(value)]
    said = "; ".join([f"the row's place column: {row.place!r}", *spelled])
    regions = [m for m in own + context if m.place is not None and m.place.feature_code in _REGION_CODES]
    event_type, note = _text_type(row.text, language)
    listed = _listed(parser, value, own, language)
    if listed:
        return _listed_incidents(parser, row, report, value, listed, regions, event_type, note, when, dated, said,
                                 country, language, named_regions(own))
    scene = _scene(value, own)
    if scene is None or scene.place is None:
        resolved = _resolve_whole(parser, row.document, value, context, country)
        if resolved is not None:
            scene = resolved
            said += ", resolved as a whole name" + (" near the places of the text" if context else "")
        elif scene is None:
            scene = Mention(row.document, 0, len(value), value, "unresolved", None, None,
                            (f"{value!r} is not in the gazetteer",))
    scene = _named_before_its_region(parser, row.document, value, scene, own, country) or scene
    scene = within_named_region(parser, row.document, value, scene, own, country)
    scene = within_district(parser, row.document, value, scene, country, named_regions(own))
    if scene.place is not None and scene.place.feature_code in _REGION_CODES:
        # "Zarichne, Kyiv region": a name the gazetteer holds only outside the region it is given
        excluded = next((m for m in own if m is not scene and any(r.startswith("context excludes") for r in m.reasons)),
                        None)
        if excluded is not None:
            said += (f"; {excluded.surface!r} has no place in {scene.place.name} in the gazetteer, only namesakes "
                     "elsewhere: coded to the region")
    return [_row_incident(report, scene, regions, event_type, note, when, dated, said, language)]


def _named_before_its_region(parser: Geoparser, document: str, value: str, scene: Mention,
                             mentions: list[Mention], country: str | None) -> Mention | None:
    """The place a name the geoparser passed over stands for, when the city after it names its oblast.

    "Liman, Donetsk": a village too small for the geoparser to take "Liman" for a place,
    and the city Donetsk after it; as in "Atlanta, Georgia", the second name says where
    the first is, and a city that shares its oblast's name is read as the oblast. The
    name is looked for there; with no place of that name there, the scene stays.

    (The geoparser itself now reads "Liman, Donetsk" so; a value it passes over still gets here.)

    >>> from geo.geoparser import Geoparser
    >>> parser = Geoparser()
    >>> city = parser.resolver.resolve("Donetsk", country="UA").place
    >>> scene = Mention("d", 7, 14, "Donetsk", "resolved", city, PRECISION_PLACE, ())
    >>> _named_before_its_region(parser, "d", "Liman, Donetsk", scene, [scene], "UA").place.name
    'Lyman'
    """
    if scene.place is None or scene.precision == PRECISION_REGION or scene.place.feature_code not in TOWN_LEVELS:
        return None
    match = _BEFORE_ITS_REGION.search(value, 0, scene.start)
    if match is None or any(m.place is not None and m.start < scene.start and m.end > match.start("name")
                            for m in mentions if m is not scene):
        return None
    region = parser.resolver.region(scene.surface, country or scene.place.country_code)
    if region is None or region.admin1_code != scene.place.admin1_code:
        return None
    name = match.group("name")
    found = parser.resolver.resolve(name, country=region.country_code, admin1=region.name)
    if found.place is None or found.place.admin1_code != region.admin1_code or \
            found.place.geonameid == scene.place.geonameid:
        return None
    note = (f"{name!r} before {scene.surface!r}, the city named like its oblast: "
            f"{name!r} looked for in {region.name}")
    precision = PRECISION_NEAR if match.group("near") else PRECISION_PLACE
    return Mention(document, match.start("name"), match.end("name"), name, found.status, found.place, precision,
                   (note, *found.reasons))


def _listed(parser: Geoparser, value: str, mentions: list[Mention], language: Language) -> list[Mention]:
    """The located places a list in the value names ("areas of A, B and C"): two or more, or none.

    A front's axis ("Kupyansk direction: ...") is not one of them. A name whose namesake
    outside the regions the value names was read is looked for in them; one with no place
    there is left out (the others are where the row says).
    """
    places = [m for m in mentions if can_be_the_scene(value, m, mentions)]
    axes = _axis_names(value, places)
    listed = listed_places(value, [m for m in places if m not in axes], language)
    named = [m.place for m in places if m.place is not None and m.place.feature_code == "ADM1"]
    located = [_in_regions(parser, m, named) for m in listed if m.place is not None]
    located = [m for m in located if m is not None]
    return located if len(located) >= 2 else []


def _in_regions(parser: Geoparser, mention: Mention, regions: list[Place]) -> Mention | None:
    """``mention`` when it lies in one of ``regions`` (or none are named), else its namesake there, else None."""
    if not regions or any(mention.place.admin1_code == r.admin1_code for r in regions):
        return mention
    for region in regions:
        there = parser.resolver.resolve(mention.surface, country=region.country_code, admin1=region.name, fuzzy=False)
        if there.place is not None and there.place.admin1_code == region.admin1_code:
            return replace(mention, place=there.place, status=there.status,
                           reasons=(f"{mention.surface!r} in {region.name}, the region the row names",
                                    *there.reasons))
    return None


def _listed_incidents(parser: Geoparser, row: EventRow, report: Report, value: str, listed: list[Mention],
                      regions: list[Mention], event_type: str, note: str | None, when: dt.date | None, dated: bool,
                      said: str, country: str | None, language: Language, named: set[str]) -> list[Incident]:
    """One incident per listed place, the row's figures divided among them as a report's are
    (:func:`~geo.scenes.divide_shared_figures`: even shares, the remainder to the first)."""
    text = row.text
    figures = read_figures(text, language=language)
    whole = (0, len(text))
    scenes = divide_shared_figures([Scene(m, whole, event_type, figures, whole) for m in listed])
    names = ", ".join(repr(m.surface) for m in listed)
    shared = "; the row's figures divided among them" if figures.fatalities or figures.injuries else ""
    said += f"; one of the {len(listed)} places it lists ({names}){shared}"
    return [_row_incident(report, within_district(parser, row.document, value, scene.mention, country, named),
                          regions, event_type, note, when, dated, said, language, figures=scene.figures)
            for scene in scenes]


def _scene(value: str, mentions: list[Mention]) -> Mention | None:
    """Of the names in the place value, the event's: the finest that is not a landmark of another."""
    places = [m for m in mentions if can_be_the_scene(value, m, mentions)]
    located = [m for m in places if m.place is not None]
    # "Pisky village, Yasynuvata district, Donetsk region": a namesake outside the region the
    # value names is another place; the region is then the finest the value supports
    named = named_regions(located)
    precise = [m for m in located if m.precision != PRECISION_REGION
               and (not named or m.place.admin1_code in named)]
    # a front's axis is named after a town the fighting is not at: the settlements named
    # besides it are the scene, the axis town only when the value names no other
    axes = _axis_names(value, precise)
    precise = [m for m in precise if m not in axes] + axes
    regions = [m for m in located if m.precision == PRECISION_REGION]
    scene = next(iter(precise or regions or located or places), None)
    elsewhere = [m for m in located if m.precision != PRECISION_REGION and m not in precise]
    if scene in regions and elsewhere:
        other = elsewhere[0]
        note = (f"{other.surface!r} has no place in {scene.place.name} in the gazetteer (its namesake is in "
                f"{other.place.admin1 or other.place.country_code}): coded to the region")
        scene = replace(scene, reasons=(note, *scene.reasons))
    return scene


def _axis_names(value: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions that name a front's axis: those in the clause before "direction(s)".

    >>> m = lambda start, text: Mention("d", start, start + len(text), text, "resolved", None, None, ())
    >>> value = "Kupyansk direction: areas of Tabaivka"
    >>> [a.surface for a in _axis_names(value, [m(0, "Kupyansk"), m(29, "Tabaivka")])]
    ['Kupyansk']
    """
    axes = []
    for match in _DIRECTION.finditer(value):
        start = max((c.end() for c in _CLAUSE_MARK.finditer(value, 0, match.start())), default=0)
        axes += [m for m in mentions if start <= m.start and m.end <= match.start() and m not in axes]
    return axes


def _resolve_whole(parser: Geoparser, document: str, value: str, context: list[Mention],
                   country: str | None) -> Mention | None:
    focus = _focus_of(context)
    result = parser.resolve_name(value, country=country or (focus.country if focus else None),
                                 prior=focus.bonus if focus else None)
    if result.place is None:
        return None
    span = Span(0, len(value), value, None, 0)
    return Mention(document, 0, len(value), value, result.status,
                   result.place, precision_of(result.place, span), tuple(result.reasons))


def _focus_of(context: list[Mention]) -> BatchFocus | None:
    """Where the row's text is: its places finer than a country, as a soft prior for the value."""
    places = [m.place for m in context if m.place is not None and not m.place.feature_code.startswith(("PCL", "CONT"))]
    countries = [m.place.country_code for m in context if m.place is not None]
    if not places:
        return None
    lat = statistics.median(p.latitude for p in places)
    lon = statistics.median(p.longitude for p in places)
    spread = max([MIN_SPREAD_KM] + [distance_km(lat, lon, p.latitude, p.longitude) for p in places])
    # the first named wins a tie: a set's order changes from run to run
    country = Counter(countries).most_common(1)[0][0] if countries else None
    return BatchFocus(lat, lon, spread, "the places of the row's text", country,
                      points=tuple((p.latitude, p.longitude) for p in places))


def _text_type(text: str, language: Language) -> tuple[str, str | None]:
    cues = find_event_cues(text, language=language)
    if cues:
        return typed_by_weapon(sentence_event_type(cues, language), find_weapon(text, language=language)), None
    return "other", "the row is an event with no cue in its text: type 'other'"


def _row_incident(report: Report, scene: Mention, regions: list[Mention], event_type: str, note: str | None,
                  when: dt.date | None, dated: bool, said: str, language: Language, figures=None) -> Incident:
    text = report.text
    figures = figures if figures is not None else read_figures(text, language=language)
    told = When(when.isoformat(), "day") if dated and when else event_when(text, when, language)
    incident = _incident(report, text, 0, len(text), scene, regions, event_type,
                         find_target(text, language=language) or scene.facility, figures, told,
                         find_weapon(text, 0, len(text), language))
    reasons = [said, *incident.reasons[1:]]  # not "told in the same clause": the row says so
    if note:
        reasons.insert(1, note)
    if dated:
        reasons.insert(1, "the date from the row's date column")
    return replace(incident, reasons=tuple(reasons))


def _dated(incident: Incident, day: dt.date) -> Incident:
    # the incident stands for its place here: place_key reads only its geonameid
    key = place_key(incident if incident.geonameid else None, incident.place_name)
    return replace(incident, date=day.isoformat(), date_precision="day",
                   id=incident_id(incident.event_type, key, day.isoformat()),
                   reasons=incident.reasons + ("the date from the row's date column",))
