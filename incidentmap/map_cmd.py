"""``incidentmap map`` and ``incidentmap run``: incidents to a self-contained HTML map."""

from __future__ import annotations

import argparse
from pathlib import Path

from gazetteer import Resolver
from geo import Geoparser, read_incidents, write_incidents
from geo.dates import parse_iso_date
from geo.dedupe import merge_incidents
from geo.event_extract import extract_any
from geo.extract import reader_of, report_country, with_language
from geo.io import FORMATS, OutputError, atomic_output

from .console import not_read_note, plural, summary
from .exits import epilog
from .reports_args import (add_country_argument, add_focus_arguments, add_report_arguments, country_of_args,
                           focus_of_args, reports_and_focus, row_columns_of, with_progress)

__all__ = ["register", "run_map", "run_all"]


def register(commands) -> None:
    parser = commands.add_parser(
        "map", help="draw incidents on an HTML map",
        description=f"Render an incidents file ({', '.join(FORMATS)}) as one HTML map with a "
                    "layer per event type, clustering, a casualty heat layer, a time slider, "
                    "a legend and a summary panel.",
        epilog=epilog("done"), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("incidents", metavar="INCIDENTS", help="a file that 'incidentmap extract' wrote")
    parser.add_argument("-o", "--output", required=True, metavar="MAP.html",
                        help="where to write the map: one HTML file (replaced whole, never half-written)")
    parser.add_argument("--title", default="Incidents", help="the map's title")
    parser.add_argument("--offline", action="store_true",
                        help="one HTML file that makes no network request: assets inlined, "
                             "country outlines and cities instead of tiles")
    parser.set_defaults(handler=run_map)

    run = commands.add_parser(
        "run", help="the main job: reports in, incidents and a map out",
        description="Reports in; OUTDIR/incidents.geojson, OUTDIR/incidents.gpkg and "
                    "OUTDIR/map.html out, with a summary line on stderr.",
        epilog=epilog("done (unresolved mentions are part of the output)"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    add_report_arguments(run)
    run.add_argument("-o", "--output", required=True, metavar="OUTDIR", help="folder for the outputs (created)")
    run.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the reports' date when they carry none")
    run.add_argument("--title", default=None, help="the map's title")
    run.add_argument("--offline", action="store_true", help="a map that makes no network request")
    add_country_argument(run)
    add_focus_arguments(run)
    run.set_defaults(handler=run_all)


def run_map(args: argparse.Namespace) -> int:
    from maps import render, to_html

    incidents = read_incidents(args.incidents)
    _save(to_html(render(incidents, title=args.title, offline=args.offline), args.offline), Path(args.output))
    summary(args, f"{plural(len(incidents), 'incident')} drawn in {args.output}")
    return 0


def run_all(args: argparse.Namespace) -> int:
    resolver = Resolver()
    focus = focus_of_args(args, resolver)  # a bad --near fails before any output
    country = country_of_args(args, resolver)
    columns = row_columns_of(args)  # a missing column fails before the folder is made
    reports_read, focus = reports_and_focus(args, columns, focus, country, resolver)
    parser = Geoparser(resolver, focus=focus)
    # the map's libraries (folium, pandas: 90 MB) come in once the index is loaded: a first
    # run builds the index in a child process, and this one should be small meanwhile
    from maps import render, to_html

    folder = Path(args.output)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{folder}: cannot create the output folder ({err.strerror})") from err
    told, mentions, unresolved, reports, not_read = [], [], 0, 0, []
    for report in with_progress(args, reports_read):
        reports += 1
        report = with_language(report)
        language = reader_of(report.language)
        if language is None:
            not_read.append((report.document, report.language))
            continue
        found = parser.find_places(report.text, document=report.document,
                                   country=report_country(country, language))
        mentions.extend(found)
        unresolved += sum(1 for m in found if m.place is None)
        told.extend(extract_any(report, parser, args.date, mentions=found, country=country))
    incidents = merge_incidents(told)
    write_incidents(folder / "incidents.geojson", incidents, not_read)
    write_incidents(folder / "incidents.gpkg", incidents)
    title = args.title or (f"Incidents of {args.date.isoformat()}" if args.date else "Incidents")
    fmap = render(incidents, title=title, mentions=mentions, offline=args.offline)
    _save(to_html(fmap, args.offline), folder / "map.html")
    places = len({(m.place.geonameid, m.place.name) for m in mentions if m.place is not None})
    summary(args, f"{plural(len(incidents), 'incident')} from {plural(reports, 'report')}, "
                  f"{plural(places, 'place')}, {plural(unresolved, 'unresolved mention')}"
                  f"{not_read_note(not_read)}; "
                  f"wrote {folder / 'incidents.geojson'}, {folder / 'incidents.gpkg'}, {folder / 'map.html'}")
    return 0


def _save(html: str, path: Path) -> None:
    """Write the map beside its final name, then rename: never a half-written map."""
    with atomic_output(path, ".html") as temporary:
        temporary.write_text(html, encoding="utf-8")


def _date(text: str):
    try:
        return parse_iso_date(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from err
