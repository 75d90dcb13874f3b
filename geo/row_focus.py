"""Where a spreadsheet of events is: its batch focus, found from the place values resolved without doubt.

An analyst's log of events is about one area (a front, a region, a city's districts),
but each row's place value is a bare name with a line of text at most: "Pisky village"
has namesakes in five oblasts, "Andreyevka" a bigger one in Russia. The log as a
whole says where it is: the values that resolve without doubt (a big city, a name
with no rival elsewhere) cluster there. As with ``incidentmap resolve -`` (see
:mod:`gazetteer.batch`), they are turned into a :class:`~gazetteer.BatchFocus`, and
every row is then read with it as a soft prior: of a name's namesakes, the one near
the log's area wins; a name with no place there still resolves elsewhere.

The focus is found on a sample of the rows (a reservoir of :data:`SAMPLE_ROWS` place
values drawn evenly over the whole input, so a log sorted by date gives its later
areas a say too), in a first pass that reads the rows but extracts nothing: memory
stays flat however long the file. Standard input cannot be read twice: its focus
comes from its first rows, kept and given back in order (:func:`rows_with_focus`).

>>> from geo.event_rows import EventRow
>>> rows = [EventRow(str(i), "", place) for i, place in enumerate(
...     ["Kramatorsk", "Sloviansk", "Bakhmut", "Druzhkivka", "Novoselivka"])]
>>> focus = rows_focus(rows, Geoparser())
>>> focus.label
'Donetsk Oblast, UA'
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable, Iterator

from gazetteer import BatchFocus
from gazetteer.batch import focus_of

from .event_rows import EventRow
from .geoparser import Geoparser
from .model import PRECISION_REGION

__all__ = ["rows_focus", "rows_with_focus", "SAMPLE_ROWS"]

#: Place values sampled to find the focus: enough for a few dozen places without
#: doubt in a log of any length, few enough to cost a second or two.
SAMPLE_ROWS = 400
#: The sample is drawn with a fixed seed: the same file gives the same focus on a
#: resumed run, on every engine.
_SEED = 14


def rows_focus(rows: Iterable[EventRow], parser: Geoparser, country: str | None = None,
               sample: int = SAMPLE_ROWS) -> BatchFocus | None:
    """The focus of the rows' place values, or None when too few resolve without doubt.

    Each value's names are found by ``parser`` (so "near the village of Pisky"
    gives "Pisky"), and each name is then resolved on its own, as ``resolve -``
    resolves a list: only an answer without doubt counts. A region named
    ("Donetsk region") counts too: it says where the log is as well as a town.
    """
    values = _reservoir((row.place for row in rows if row.place), sample)
    results = []
    for value in values:
        for mention in parser.find_places(value, country=country):
            if mention.place is None:
                continue
            if mention.precision == PRECISION_REGION and mention.place.feature_code != "ADM1":
                continue  # a country or a wider area says little about where in it the log is
            results.append(parser.resolve_name(mention.surface, country=country))
    return focus_of(results)


def rows_with_focus(rows: Iterable[EventRow], parser: Geoparser, country: str | None = None,
                    sample: int = SAMPLE_ROWS) -> tuple[BatchFocus | None, Iterator[EventRow]]:
    """The focus of the first ``sample`` rows, and all the rows again in order, for an input
    read once (standard input): only the first rows are held."""
    rows = iter(rows)
    head = list(itertools.islice(rows, sample))
    return rows_focus(head, parser, country, sample), itertools.chain(head, rows)


def _reservoir(values: Iterable[str], size: int) -> list[str]:
    """``size`` values drawn evenly from ``values`` in one pass, in input order (Algorithm R).

    >>> len(_reservoir(map(str, range(10_000)), 5)), _reservoir("abc", 5)
    (5, ['a', 'b', 'c'])
    """
    chance = random.Random(_SEED)
    kept: list[tuple[int, str]] = []
    for number, value in enumerate(values):
        if number < size:
            kept.append((number, value))
            continue
        slot = chance.randrange(number + 1)
        if slot < size:
            kept[slot] = (number, value)
    return [value for _, value in sorted(kept)]
