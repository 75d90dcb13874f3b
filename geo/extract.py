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

from .dates import When, event_when, parse_iso_date, report_date, told_as_background
from .dedupe import merge_incidents
from .events import GENERIC_TYPES, find_event_cues, find_target, only_as_purpose, only_consequences, sentence_event_type
from .figures import read_figures
from .geoparser import Geoparser
from .incidents import Incident, Source, incident_id
from .languages import DEFAULT_LANGUAGE, LANGUAGES, Language
from .languages.detect import detect_language
from .report_focus import gazetteer_only
from .clause_lists import heading_of_list
from .city_districts import districts_in_city
from .datelines import credits_a_source, find_dateline
from .facts_after import about_one_place, with_facts_after
from .figures_after import only_figures as _only_figures, with_figures_after
from .sources import names_a_source
from .scene_rules import can_be_the_scene
from .scenes import Scene, divide_shared_figures, one_scene_each, scene_figures
from .model import PRECISION_NEAR, PRECISION_REGION, Mention, Report
from .tokens import sentence_spans
from .weapons import WEAPON_EVENT_TYPES, find_weapon, typed_by_weapon

__all__ = ["extract", "extract_report", "place_key", "with_language", "reader_of", "report_country"]

_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?=(?:and|but|while|whereas|with|as|after|adding|though)\b)|"
                           r"\s+(?:while|whereas|when)\s+|\s+as\s+(?=(?:the\s|a\s|[A-Z]))")
_REGION_CODES = ("ADM1", "ADM2", "ADM3")
# where a dateline ends: "Kharkiv:", "Kharkiv - ", "Kherson — ", "Kherson—"
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
_DAMAGE_ONLY = "damage told with no attack word"


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


def with_language(report: Report) -> Report:
    """``report`` with its language: the one it carries (a source or an option set it), else detected.

    >>> with_language(Report("a", "Вночі ворог обстріляв Харків.")).language
    'uk'
    """
    if report.language:
        return report
    return replace(report, language=detect_language(report.text))


def reader_of(code: str | None) -> Language | None:
    """The language the tool reads ``code`` with; None for a language it does not read.

    A text with no words to tell its language by is read as English, as before.

    >>> reader_of("ru").name, reader_of(None).name, reader_of("fr")
    ('Russian', 'English', None)
    """
    return DEFAULT_LANGUAGE if code is None else LANGUAGES.get(code)


def report_country(country: str | None, language: Language) -> str | None:
    """The country a report is about: the one the caller gives, else its language's home, if any.

    A soft preference for the report's places (see :meth:`~geo.geoparser.Geoparser.find_places`):
    a report in Ukrainian is about Ukraine unless its names say otherwise.

    >>> from geo.languages import LANGUAGES
    >>> report_country(None, LANGUAGES["uk"]), report_country("PL", LANGUAGES["uk"]), report_country(None, LANGUAGES["ru"])
    ('UA', 'PL', None)
    """
    return country or language.home_country or None


def extract_report(report: Report, parser: Geoparser, date: str | dt.date | None = None,
                   mentions: list[Mention] | None = None, country: str | None = None,
                   language: Language | None = None) -> list[Incident]:
    """The incidents of one report, one per place and clause, not yet merged.

    ``mentions`` are the report's places when the caller has found them already;
    ``country`` is the country the report is about, if known (a soft preference, see
    :meth:`~geo.geoparser.Geoparser.find_places`); by default its language's home
    (:func:`report_country`). ``language`` is the language to read it in; by default
    the report's own (:attr:`Report.language`, else detected). A report
    in a language the tool does not read gives no incident: callers that count reports
    say so with :func:`with_language` and :func:`reader_of`.
    """
    if language is None:
        language = reader_of(report.language or detect_language(report.text))
        if language is None:
            return []
    text = report.text
    country = report_country(country, language)
    if mentions is None:
        mentions = parser.find_places(text, document=report.document, country=country)
    mentions = gazetteer_only(mentions)
    when = _report_day(report, date, language)
    if not mentions:
        return []  # an incident is told at a place: a report naming none tells none
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    incidents: list[Incident] = []
    last_told: tuple[int, range] | None = None  # (sentence, the indices of its incidents)
    # the places of the last dateline or title line: a log's lines after it happened there,
    # up to a blank line (a news article's section heading stands over paragraphs, not events)
    context: list[Mention] = []
    previous_end = 0
    spans = sentence_spans(text)
    headline = min(by_sentence)  # the first sentence naming a place
    for number, (start, end) in enumerate(spans):
        if context and _BLANK_LINE.search(text, previous_end, start):
            context = []
        previous_end = end
        found = by_sentence.get(number, [])
        if found and _follows(last_told, number) and all(names_a_source(text, m, language) for m in found):
            # "Sudzha was shelled. One killed, the Kursk region's governor said.": the figures of
            # the incident just told, not an incident at the governor's region
            found = []
        line = find_dateline(text, start, end, found, language) if found else None
        dateline = None
        if line is not None:
            head, rest = line
            heads = [m for m in head if can_be_the_scene(text, m, found, language)]
            found = [m for m in found if all(m is not h for h in head)]
            if credits_a_source(text, start, rest, language):
                # "KHARKIV, Ukraine (AP) — ...": where the story was filed; it stands for its own
                # sentence only, not for the paragraph after it as a log's heading does, and only
                # when the sentence names no scene of its own ("... near the village of Dvorichna")
                own = any(can_be_the_scene(text, m, found, language) for m in found)
                dateline = (heads, rest) if heads and not own else None
            else:
                context = heads or context
                dateline = (context, rest)
        elif context and not any(can_be_the_scene(text, m, found, language) for m in found):
            dateline = (context, start)
        # "Херсон: ... Дніпровський район", "the Kyivskyi district of Kharkiv": the city's, not a namesake's
        found = districts_in_city(text, found, context, language)
        if found or dateline:
            if dateline and not found and _follows(last_told, number) and _only_figures(
                    text, start, end, language) and with_figures_after(incidents, last_told[1], text, start, end,
                                                                       language):
                # "Kharkiv: a missile hit a school.\n2 dead": the figures of the line before
                last_told = None
                continue
            told = list(_sentence_incidents(report, text, start, end, found, when, language, dateline))
            incidents.extend(told)
            last_told = (number, range(len(incidents) - len(told), len(incidents))) if told else None
        elif _follows(last_told, number):
            # "Missiles hit the airfield in Lutsk. Four were killed and six injured.":
            # figures with no place of their own belong to the incident just told
            told = last_told[1]
            if len(told) == 1 and about_one_place(incidents[told[0]], headline, mentions, len(spans)):
                # "Rail junction hit near Fastiv\nCruise missiles struck it.": a short report's body
                # tells its one place's incident, however many sentences it takes
                with_facts_after(incidents, told[0], text, start, end, language)
                with_figures_after(incidents, told, text, start, end, language)
                last_told = (number, told)
                continue
            with_figures_after(incidents, told, text, start, end, language)
            last_told = None
    told = [i for i in incidents if _told_an_event(i)]
    return [i for i in told if not _summed_up_by_its_places(i, told)]


def _summed_up_by_its_places(incident: Incident, incidents: list[Incident]) -> bool:
    """"14 shellings of Sumy Oblast's border. Khotin and Richky came under fire": a region's
    count of what the report then places in its settlements, with no casualty of its own."""
    region = incident.admin1 or incident.name  # a first-level region's incident names it as its place
    return (incident.geo_precision == PRECISION_REGION and region is not None
            and not (incident.fatalities or incident.injuries)
            and any(other.geo_precision < PRECISION_REGION and other.admin1 == region
                    and other.event_type == incident.event_type  # (a night and its morning: one story)
                    for other in incidents))


def _follows(last_told: tuple[int, int] | None, number: int) -> bool:
    return last_told is not None and last_told[0] == number - 1


def _report_day(report: Report, date, language: Language = DEFAULT_LANGUAGE) -> dt.date | None:
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
                        language: Language, dateline: tuple[list[Mention], int] | None = None
                        ) -> Iterator[Incident]:
    """The incidents of one sentence; ``dateline`` gives the places of the line's dateline
    (or of the title above) and where the text they stand for starts."""
    sentence_cues = find_event_cues(text, start, end, language)
    if not sentence_cues:
        return
    if told_as_background(text[start:end], when, language) or only_as_purpose(sentence_cues, text, start, end,
                                                                                language):
        # "In September, a strike on Poltava killed 50", "captured Bakhmut in May 2023": what the
        # report recalls beside its news, no incident of its date
        return
    places = _precise([m for m in mentions if can_be_the_scene(text, m, mentions, language)])
    regions = [m for m in mentions + (dateline[0] if dateline else [])
               if m.place is not None and m.place.feature_code in _REGION_CODES]
    clauses = _clauses(text, start, end)
    scenes = [scene for scene in (_scene_at(text, (start, end), next(((s, e) for s, e in clauses if s <= m.start < e),
                                                                     (start, end)), m, places, sentence_cues, language)
                                  for m in places) if scene is not None]
    # "around Izium, where two were killed near Kamianka": one scene, the finest place, the dead once
    told = divide_shared_figures(list(one_scene_each(text, scenes, language, mentions)))
    if len(told) == 1 and told[0].figures_from is None:
        # "a cafe in Hroza near Kupiansk: 52 killed": one scene left, the sentence's dead are its own
        figures = read_figures(text, start, end, language)
        if figures.fatalities is not None or figures.injuries is not None:
            told[0] = replace(told[0], figures=figures, figures_from=(start, end))
    if dateline:
        # "Chuhuiv, south of Kharkiv: Apartment block hit.": what the sentence tells before it
        # names a place of its own happened at the dateline's place
        heads, rest = dateline
        stop = min((max(s, rest) for s, e in clauses if e > rest and any(s <= m.start < e for m in places)),
                   default=end)
        for mention in _precise(heads):
            scene = _scene_at(text, (start, end), (rest, stop), mention, [] if places else [mention],
                              sentence_cues, language, dateline=True)
            if scene is not None:
                told.append(scene)
    when_told = event_when(text[start:end], when, language) if told else None
    for scene in told:
        incident = _incident(report, text, start, end, scene.mention, regions, scene.event_type,
                             find_target(text, *scene.clause, language) or scene.mention.facility,
                             scene.figures, when_told, scene.weapon, scene.reason)
        if scene.shared > 1:
            incident = replace(incident, reasons=incident.reasons + (
                f"the figures were told for {scene.shared} places together: divided among them",))
        if only_consequences(sentence_cues, text, language):
            # "homes damaged last year": what an event left, no event, unless the report's
            # body tells the attack ("Substation damaged in Konotop. A Shahed struck it.")
            incident = replace(incident, reasons=incident.reasons + (_DAMAGE_ONLY,))
        yield incident


def _told_an_event(incident: Incident) -> bool:
    """False for damage told with no attack, blast or casualty word, that nothing after typed or counted."""
    return not (_DAMAGE_ONLY in incident.reasons and incident.event_type in GENERIC_TYPES
                and not (incident.fatalities or incident.injuries))


def _precise(places: list[Mention]) -> list[Mention]:
    # "shelling in the Sumy Oblast ... killed in Kerdylivshchyna": the village
    return [m for m in places if m.precision != PRECISION_REGION] or places


def _scene_at(text: str, sentence: tuple[int, int], clause: tuple[int, int], mention: Mention,
              places: list[Mention], sentence_cues, language: Language, dateline: bool = False) -> Scene | None:
    """What a clause tells at ``mention``, or None when the clause tells no event.

    ``places`` are the sentence's other scenes (their figures are theirs); a dateline's
    place stands for the clause after the dateline, and takes the sentence's figures when
    no place of the sentence has its own.
    """
    (start, end), (clause_start, clause_end) = sentence, clause
    cues = find_event_cues(text, clause_start, clause_end, language)
    heading = None if cues else heading_of_list(text, start, clause, [(m.start, m.end) for m in (*places, mention)])
    if heading:
        cues = find_event_cues(text, *heading, language)  # "Shelling reported in: Nikopol, Marhanets"
    if not cues:
        return None  # "as Lukashenko was meeting Putin in Moscow": the event is in another clause
    weapon = find_weapon(text, clause_start, clause_end, language)
    if weapon is None and (clause_start, clause_end) != (start, end):
        weapon = find_weapon(text, start, end, language)
    event_type = sentence_event_type(cues, language, weapon)
    if event_type in GENERIC_TYPES:
        # "two civilians killed in Kerdylivshchyna", in a sentence about shelling
        event_type = min(event_type, sentence_event_type(sentence_cues, language), key=_specificity)
        if event_type in GENERIC_TYPES and weapon:
            event_type = WEAPON_EVENT_TYPES.get(weapon, event_type)
    event_type = typed_by_weapon(event_type, weapon)  # "explosions: missiles hit the city"
    if dateline:
        figures, figures_from = read_figures(text, clause_start, clause_end, language), (clause_start, clause_end)
        if figures.fatalities is None and figures.injuries is None and places:
            figures, figures_from = read_figures(text, start, end, language), (start, end)
        reason = f"{event_type.replace('_', ' ')} told after the dateline {mention.surface!r}"
    else:
        figures, figures_from = scene_figures(text, mention, clause, sentence, places, language)
        reason = None
    return Scene(mention, clause, event_type, figures, figures_from, weapon, reason)


def place_key(place, surface: str) -> str:
    """What an incident's id says of its place: the GeoNames id, else the name as written."""
    return f"geonames:{place.geonameid}" if place is not None and place.geonameid else f"name:{surface.lower()}"


def _specificity(event_type: str) -> int:
    return GENERIC_TYPES.index(event_type) + 1 if event_type in GENERIC_TYPES else 0


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, end)] + [end]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _incident(report: Report, text: str, start: int, end: int, mention: Mention,
              regions: list[Mention], event_type: str, target: str | None, figures,
              when: When, weapon: str | None = None, reason: str | None = None) -> Incident:
    place = mention.place
    precision = mention.precision
    reasons = [reason or f"{event_type.replace('_', ' ')} told in the same clause as {mention.surface!r}"]
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
    key = place_key(place, mention.surface)
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
        id=incident_id(event_type, key, when.date), event_type=event_type, date=when.date,
        date_precision=when.precision, date_end=when.end, place_name=mention.surface,
        name=place.name if place else None, geonameid=place.geonameid if place else None,
        country_code=place.country_code if place else None, admin1=place.admin1 if place else None,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=precision if place else None, target=target, weapon=weapon,
        fatalities=figures.fatalities, injuries=figures.injuries,
        figures_estimated=figures.estimated, sources=(source,), confidence=round(confidence, 2),
        status=status, reasons=tuple(reasons + list(mention.reasons[:3])),
    )
