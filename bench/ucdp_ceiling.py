"""The best any ranking could do on UCDP's places: is a right candidate there at all?

For every event of ``bench/ucdp_accuracy.py`` this script gathers every place the
gazetteer can return for the name (exact and spelling-variant keys, Russian-style
folds, near misses within the fuzzy pass's edits, each for the name as written, without
its type word, and without a misspelt type word) and asks whether any of them lies
within 25 km of UCDP's point. Three shares per setting:

- ``ceiling``: some candidate is within 25 km (what a perfect ranking would reach);
- ``resolved right``: the resolver's own answer is within 25 km;
- ``fixable by ranking``: the ceiling minus the resolver's hits (a right candidate
  exists but ranks lower, or is reached only by a looser reading of the name).

With ``--with-dump`` the dump is imported into a scratch index first, as in
``ucdp_accuracy.py``; the oblast setting keeps only candidates in UCDP's oblast
(all of them when the oblast is unknown to the gazetteer).

Run::

    python bench/ucdp_ceiling.py [--csv ...] [--with-dump ../shared/geonames/UA.zip]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ucdp_accuracy import DEFAULT_CSV, WITHIN_KM, _error_km, load_events  # noqa: E402

from gazetteer import Resolver  # noqa: E402
from gazetteer.fuzzy import near_keys  # noqa: E402
from gazetteer.importer import import_files  # noqa: E402
from gazetteer.local import LocalStore  # noqa: E402
from gazetteer.normalize import name_key, variant_key  # noqa: E402
from gazetteer.query import parse_name  # noqa: E402
from gazetteer.rank import distance_km  # noqa: E402
from gazetteer.ranking import _within  # noqa: E402
from gazetteer.transliteration import ukrainian_keys  # noqa: E402

# type words as UCDP coders write them, misspellings included: only for the ceiling's
# generous reading, never for the resolver
_TYPE_WORDS = re.compile(r"\s+(?:vill?i?age|vilage|town|city|settlement|border post|checkpoint|"
                         r"border checkpoint|monument|railway station|station|area|outskirts)\b.*$",
                         re.IGNORECASE)


def readings(name: str) -> list[str]:
    """The texts a name may stand for: as parsed, and with any type word cut off."""
    parsed = parse_name(name)
    texts = [parsed.full, parsed.name, _TYPE_WORDS.sub("", parsed.full)]
    return [t for t in dict.fromkeys(texts) if t]


_FOUND: dict[str, list] = {}


def candidates(resolver: Resolver, name: str) -> list:
    """Every Ukrainian place the gazetteer's sources can return for any reading of ``name``."""
    if name in _FOUND:
        return _FOUND[name]
    places = {}
    fuzzy = resolver._fuzzy_keys()
    for text in readings(name):
        key = name_key(text)
        found = resolver._find(key) + resolver._find_variant(variant_key(key))
        for folded in ukrainian_keys(key):
            found += resolver._find_variant(folded)
        for near, _ in near_keys(key, fuzzy):
            found += resolver._find(near)
        for place in found:
            if place.country_code == "UA":
                places[(place.geonameid, place.latitude, place.longitude)] = place
    found = _FOUND[name] = list(places.values())
    return found


def measure(events, resolver: Resolver, with_admin1: bool) -> dict:
    per_name: dict[tuple, tuple[bool, bool]] = {}
    ceiling = listed = right = 0
    for event in events:
        admin1 = event["adm_1"] if with_admin1 and event["adm_1"] else None
        key = (event["place_name"], admin1)
        if key not in per_name:
            found = candidates(resolver, event["place_name"])
            if admin1:
                regions = resolver._regions.find(admin1, "UA")
                if regions is not None:
                    found = [p for p in found if any(_within(p, r) for r in regions.regions)]
            point = float(event["latitude"]), float(event["longitude"])
            reachable = any(distance_km(p.latitude, p.longitude, *point) <= WITHIN_KM for p in found)
            km = _error_km(resolver, event, event["place_name"], admin1)
            try:
                ranked = resolver.ranking(event["place_name"], "UA", admin1, fuzzy=True).scored
            except Exception:  # an oblast the gazetteer refuses: the resolver's own fallback
                ranked = resolver.ranking(event["place_name"], "UA", fuzzy=True).scored
            ranked_ok = any(distance_km(c.place.latitude, c.place.longitude, *point) <= WITHIN_KM
                            for c in ranked)
            per_name[key] = (reachable or ranked_ok, ranked_ok, km is not None and km <= WITHIN_KM)
        reachable, ranked_ok, hit = per_name[key]
        ceiling += reachable
        listed += ranked_ok
        right += hit
    n = len(events)
    return {"ceiling": ceiling / n, "listed": listed / n, "right": right / n,
            "fixable": (listed - right) / n, "reading": (ceiling - listed) / n, "events": n}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--with-dump", type=Path, action="append", default=[])
    args = parser.parse_args()
    events = load_events(args.csv)
    store = None
    if args.with_dump:
        store = LocalStore(Path(tempfile.mkdtemp(prefix="incidentmap-ceiling-")) / "places.sqlite")
        import_files(args.with_dump, store=store, progress=False)
    resolver = Resolver(store=store)
    print("| setting | ceiling: any candidate within 25 km | among the resolver's candidates "
          "| resolver's answer within 25 km | right candidate ranked lower | reached only by a looser reading |")
    print("|---|---|---|---|---|---|")
    for flag in (False, True):
        r = measure(events, resolver, flag)
        setting = ("dump + " if args.with_dump else "embedded, ") + ("UA + oblast" if flag else "UA")
        print(f"| {setting} | {r['ceiling']:.1%} | {r['listed']:.1%} | {r['right']:.1%} "
              f"| {r['fixable']:.1%} | {r['reading']:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
