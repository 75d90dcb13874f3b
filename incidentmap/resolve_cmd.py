"""``incidentmap resolve``: one name, or a column of names from stdin."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from functools import partial

from tqdm import tqdm

from gazetteer import Resolution, Resolver, resolve_batch
from gazetteer.batch import FOCUS_MODES, near_point, resolve_each
from gazetteer.online import PROVIDERS, OnlineGeocoder

from .batch_input import NAME_COLUMNS, read_batch
from .exits import EXIT_OK, EXIT_UNRESOLVED, epilog
from .reports_args import parse_bbox as _bbox

__all__ = ["register", "run", "read_batch"]


def register(commands) -> None:
    parser = commands.add_parser(
        "resolve", help="resolve a place name to coordinates",
        description="Resolve a place name to one place, offline. NAME '-' reads names from "
                    "stdin, one per line or a CSV with a header naming the names' column "
                    f"({', '.join(NAME_COLUMNS)}) and optional 'country' and 'admin1' columns "
                    "(comma, semicolon or tab separated; a byte-order mark and any line ends "
                    "are fine), and writes one JSON object per line.",
        epilog=epilog("every name resolved", "some name unresolved or ambiguous"),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", metavar="NAME", help="place name, or - for stdin")
    parser.add_argument("--country", help="ISO code, name or adjective (BY, Belarus, Belarusian)")
    parser.add_argument("--admin1", help="first-level region (oblast, state), e.g. 'Brest'")
    parser.add_argument("--near", metavar="PLACE|LAT,LON",
                        help="prefer places near this point, or near this place (resolved first)")
    parser.add_argument("--bbox", type=_bbox, metavar="W,S,E,N",
                        help="prefer places in this box (a soft preference: a name with no place "
                             "in it resolves outside)")
    parser.add_argument("--focus", choices=FOCUS_MODES, default="auto",
                        help="with NAME '-': 'auto' (default) finds where the list is from its names "
                             "resolved without doubt and ranks the ambiguous ones by distance to it; "
                             "'none' resolves each name on its own. --near or --bbox name the area "
                             "instead.")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    online = parser.add_argument_group("online fallback (off unless --online)")
    online.add_argument("--online", action="store_true",
                        help="ask an online geocoder when the offline sources have no answer "
                             "(rate-limited, cached in the data directory)")
    online.add_argument("--online-provider", default="nominatim", choices=sorted(PROVIDERS),
                        help="the geocoder to ask: nominatim (OpenStreetMap's, the default) or photon "
                             "(Komoot's), at its public server or at --online-url")
    online.add_argument("--online-url", metavar="URL", help="a self-hosted server, e.g. http://127.0.0.1:8080")
    online.add_argument("--user-agent", help="identify yourself to the provider "
                                             "(default: $INCIDENTMAP_USER_AGENT or incidentmap's)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    online = None
    if args.online:
        online = OnlineGeocoder(args.online_provider, url=args.online_url, user_agent=args.user_agent)
    resolver = Resolver(online=online)
    near = near_point(resolver, args.near)[0] if args.near else None
    if args.name == "-":
        return _run_batch(resolver, args, near)
    prior = args.bbox.bonus if args.bbox else None
    result = resolver.resolve(args.name, country=args.country, admin1=args.admin1, near=near, prior=prior)
    if args.bbox and result.place is not None:
        result = replace(result, reasons=(*result.reasons, args.bbox.reason()))
    print(json.dumps(result.to_dict(), ensure_ascii=False) if args.json else format_text(result))
    return EXIT_OK if result.resolved else EXIT_UNRESOLVED


def _run_batch(resolver: Resolver, args: argparse.Namespace, near) -> int:
    rows = read_batch(sys.stdin)
    bar = partial(tqdm, desc="resolving", unit=" names", disable=True if args.quiet else None)
    focus = args.bbox or args.focus
    if focus == "none":  # each name on its own: answers stream out as they come
        results = resolve_each(bar(rows), resolver, args.country, args.admin1, near)
    else:
        results = resolve_batch(rows, resolver, focus, args.country, args.admin1, near, progress=bar)
    status = EXIT_OK
    for result in results:
        if result.place is None and result.reasons and result.reasons[-1].startswith("invalid input"):
            result = replace(result, query=_printable(result.query))  # binary noise echoed safely
        if not result.resolved:
            status = EXIT_UNRESOLVED
        print(json.dumps(result.to_dict(), ensure_ascii=False), flush=False)
    return status


def _printable(text: str, limit: int = 80) -> str:
    """A refused input as it may be echoed: undecodable bytes and control characters escaped, cut short.

    >>> _printable("\\x7fELF\\udcd0" + "x" * 100, limit=12)
    '\\\\x7fELF\\\\xd0x…'
    """
    raw = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    escaped = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in raw)
    return escaped if len(escaped) <= limit else escaped[:limit] + "…"


def format_text(result: Resolution) -> str:
    """The human-readable answer of ``incidentmap resolve NAME``."""
    lines = [f"{result.query}: {result.status}"]
    place = result.place
    if place is not None:
        ns, ew = ("N" if place.latitude >= 0 else "S"), ("E" if place.longitude >= 0 else "W")
        lines += [
            f"  place        {place.name}",
            f"  coordinates  {abs(place.latitude):.5f} {ns}, {abs(place.longitude):.5f} {ew}",
            f"  country      {place.country_code}",
            f"  admin1       {place.admin1 or '-'}",
            f"  geonameid    {place.geonameid or '-'}",
            f"  source       {place.source}",
            f"  feature      {place.feature_code}",
            f"  population   {place.population:,}",
        ]
    for i, reason in enumerate(result.reasons):
        lines.append(f"  {'why' if i == 0 else '':<12} {reason}")
    for i, alt in enumerate(result.alternatives):
        lines.append(f"  {'alternatives' if i == 0 else '':<12} {alt.name} ({alt.admin1 or '-'}, "
                     f"{alt.country_code}; {alt.feature_code}) {alt.latitude:.4f}, {alt.longitude:.4f}")
    return "\n".join(lines)
