"""Reports to incidents: a place plus an event cue in the same clause or sentence.

Stages, each a plain function: find the places (the geoparser), cut each
sentence into clauses, read the event cues, figures, target and date of the
clause, decide which places the event happened at, then merge the same event
told twice (:mod:`geo.dedupe`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from collections.abc import Iterable, Iterator

from .dates import When, event_when, parse_iso_date, report_date
from .dedupe import merge_incidents
from .events import GENERIC_TYPES, find_event_cues, find_target, sentence_event_type
from .figures import read_figures
from .geoparser import Geoparser
from .incidents import Incident, Source, incident_id
from .languages import DEFAULT_LANGUAGE, Language
from .model import PRECISION_NEAR, PRECISION_REGION, Mention, Report
from .scenes import Scene, one_scene_each, scene_figures
from .tokens import sentence_spans

__all__ = ["extract", "extract_report"]

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:and|but|while|whereas|with|as|after|adding|though)\b)|"
                           r"\s+(?:while|whereas|when)\s+|\s+as\s+(?=(?:the\s|a\s|[A-Z]))")
# "Moscow said", "according to Kyiv", "Russia's defence ministry", "Ivano-Frankivsk Mayor"
_SPEAKS_AFTER = re.compile(r"\s*(?:said|says|say|told|reported|claimed|announced|warned|denied|"
                           r"accused|confirmed|stated|['’]s\s+(?:[A-Z]\w*\s+)*(?:ministry|minister|"
                           r"government|president|officials?|military|army|forces|defen[cs]e|foreign|[A-Z])|"
                           r"\s*(?:Mayor|Governor|President|Minister|officials?|authorities))\b")
_SPEAKS_BEFORE = re.compile(r"(?:according\s+to|citing|quoted|told)\s+(?:the\s+)?$", re.IGNORECASE)
_REGION_CODES = ("ADM1", "ADM2", "ADM3")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$", re.IGNORECASE)


def extract(reports: Iterable[Report | str], date: str | dt.date | None = None,
            parser: Geoparser | None = None) -> list[Incident]:
    """Incidents told by ``reports``, the same event across sentences and reports merged.

    Parameters
    ----------
    reports
        :class:`~geo.model.Report` values, or plain texts.
    date
        The reports' date (ISO string or date) when they do not carry one.

    Examples
    --------
    >>> found = extract(["March 11, 2022. Shelling killed two civilians in Kharkiv on Friday."])
    >>> [(i.event_type, i.name, i.fatalities, i.date) for i in found]
    [('shelling', 'Kharkiv', 2, '2022-03-11')]
    """
    parser = parser or Geoparser()
    told = []
    for number, report in enumerate(reports):
        if isinstance(report, str):
            report = Report(document=f"text-{number + 1}", text=report)
        told.extend(extract_report(report, parser, date))
    return merge_incidents(told)


def extract_report(report: Report, parser: Geoparser, date: str | dt.date | None = None,
                   mentions: list[Mention] | None = None, country: str | None = None,
                   language: Language = DEFAULT_LANGUAGE) -> list[Incident]:
    """The incidents of one report, one per place and clause, not yet merged.

    ``mentions`` are the report's places when the caller has found them already;
    ``country`` is the country the report is about, if known (a soft preference, see
    :meth:`~geo.geoparser.Geoparser.find_places`).
    """
    text = report.text
    if mentions is None:
        mentions = parser.find_places(text, document=report.document, country=country)
    when = _report_day(report, date, language)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    incidents: list[Incident] = []
    last_told: tuple[int, int] | None = None  # (sentence, index of its only incident)
    for number, (start, end) in enumerate(sentence_spans(text)):
        found = by_sentence.get(number)
        if found:
            told = list(_sentence_incidents(report, text, start, end, found, when, language))
            incidents.extend(told)
            last_told = (number, len(incidents) - 1) if len(told) == 1 else None
        elif last_told is not None and last_told[0] == number - 1:
            # "Missiles hit the airfield in Lutsk. Four were killed and six injured.":
            # figures with no place of their own belong to the incident just told
            incidents[last_told[1]] = _with_figures(incidents[last_told[1]], text, start, end, language)
            last_told = None
    return incidents


def _with_figures(incident: Incident, text: str, start: int, end: int, language: Language) -> Incident:
    figures = read_figures(text, start, end, language)
    if figures.fatalities is None and figures.injuries is None:
        return incident
    if incident.fatalities is not None or incident.injuries is not None:
        return incident
    return replace(incident, fatalities=figures.fatalities, injuries=figures.injuries,
                   figures_estimated=figures.estimated,
                   sources=incident.sources[:-1] + (replace(
                       incident.sources[-1], sentence=text[incident.sources[-1].start:end],
                       end=end),),
                   reasons=incident.reasons + ("figures from the sentence after",))


def _report_day(report: Report, date, language: Language) -> dt.date | None:
    if isinstance(date, dt.date):
        return date
    for value in (date, report.date):
        if value:
            try:
                return parse_iso_date(str(value)[:10])
            except ValueError:
                continue
    return report_date(report.text, language=language)


def _sentence_incidents(report: Report, text: str, start: int, end: int,
                        mentions: list[Mention], when: dt.date | None,
                        language: Language) -> Iterator[Incident]:
    sentence_cues = find_event_cues(text, start, end, language)
    if not sentence_cues:
        return
    places = [m for m in mentions if _can_be_the_scene(text, m, mentions)]
    precise = [m for m in places if m.precision != PRECISION_REGION]
    regions = [m for m in mentions if m.place is not None and m.place.feature_code in _REGION_CODES]
    if precise:
        places = precise  # "shelling in the Sumy Oblast ... killed in Kerdylivshchyna": the village
    clauses = _clauses(text, start, end)
    scenes = []
    for mention in places:
        clause = next(((s, e) for s, e in clauses if s <= mention.start < e), (start, end))
        cues = find_event_cues(text, *clause, language)
        if not cues:
            continue  # "as Lukashenko was meeting Putin in Moscow": the event is in another clause
        event_type = sentence_event_type(cues, language)
        if event_type in GENERIC_TYPES:
            # "two civilians killed in Kerdylivshchyna", in a sentence about shelling
            event_type = min(event_type, sentence_event_type(sentence_cues, language), key=_specificity)
        figures, figures_from = scene_figures(text, mention, clause, (start, end), places, language)
        scenes.append(Scene(mention, clause, event_type, figures, figures_from))
    when_told = event_when(text[start:end], when, language) if scenes else None
    # "around Izium, where two were killed near Kamianka": one scene, the finest place, the dead once
    for scene in one_scene_each(text, scenes, language, mentions):
        yield _incident(report, text, start, end, scene.mention, regions, scene.event_type,
                        find_target(text, *scene.clause, language) or scene.mention.facility,
                        scene.figures, when_told)


def _specificity(event_type: str) -> int:
    return GENERIC_TYPES.index(event_type) + 1 if event_type in GENERIC_TYPES else 0


def _can_be_the_scene(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether the event may have happened at ``mention``: not a speaker, a source or a landmark."""
    located = _LOCATIVE_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    if (_SPEAKS_AFTER.match(text, mention.end) and not located) or _SPEAKS_BEFORE.search(
            text, max(0, mention.start - 40), mention.start):
        return False  # "Moscow said", "according to Kyiv"; but "officials in Mariupol said" is a scene
    if mention.near and mention.near != "near" and any(
            m.start < mention.start and m.place is not None and m is not mention for m in mentions):
        return False  # "Volnovakha, north of Mariupol": Mariupol only says where Volnovakha is
    if mention.place is not None and mention.place.feature_code.startswith(("PCL", "CONT")):
        return False  # as ACLED: an event is coded to a region at least, never to a whole country
    return True


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _incident(report: Report, text: str, start: int, end: int, mention: Mention,
              regions: list[Mention], event_type: str, target: str | None, figures,
              when: When) -> Incident:
    place = mention.place
    precision = mention.precision
    reasons = [f"{event_type.replace('_', ' ')} told in the same clause as {mention.surface!r}"]
    status = mention.status
    if place is None:
        # ACLED codes a village it cannot find to the region the report names, at precision 3
        region = next((r.place for r in regions), None)
        if region is not None:
            place, precision = region, PRECISION_REGION
            reasons.append(f"{mention.surface!r} is not in the gazetteer; coded to {region.name}")
            status = "region"
        else:
            reasons.append(f"{mention.surface!r} is not in the gazetteer: no coordinates")
    place_key = f"geonames:{place.geonameid}" if place is not None and place.geonameid else \
        f"name:{mention.surface.lower()}"
    if precision == PRECISION_NEAR and mention.near:
        reasons.append(f"{mention.near!r} {mention.surface}")
    if figures.estimated:
        reasons.append("figures are estimates coded from words such as 'dozens'")
    confidence = 0.4 + (0.2 if precision == 1 else 0.1 if precision == 2 else 0.0)
    confidence += 0.1 if event_type not in ("casualty_report", "attack_on_facility", "other") else 0.0
    confidence += 0.1 if figures.fatalities is not None or figures.injuries is not None else 0.0
    if place is None:
        confidence = 0.2
    source = Source(report.document, text[start:end], start, end, report.url, report.title)
    return Incident(
        id=incident_id(event_type, place_key, when.date), event_type=event_type, date=when.date,
        date_precision=when.precision, date_end=when.end, place_name=mention.surface,
        name=place.name if place else None, geonameid=place.geonameid if place else None,
        country_code=place.country_code if place else None, admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=precision if place else None, target=target,
        fatalities=figures.fatalities, injuries=figures.injuries,
        figures_estimated=figures.estimated, sources=(source,), confidence=round(confidence, 2),
        status=status, reasons=tuple(reasons + list(mention.reasons[:3])),
    )
