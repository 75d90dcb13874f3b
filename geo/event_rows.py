"""Spreadsheets of events: each row of a CSV, TSV or JSON-lines file is one event.

An analyst's log keeps a line per event: a text (what happened), often a place and
a date in columns of their own. :func:`read_event_rows` reads such a file into
:class:`EventRow` values, the columns named by the user (:class:`RowColumns`);
:mod:`geo.event_extract` turns each into incidents. A column the file lacks is an
:class:`~gazetteer.errors.InputError` naming the column and the columns there are,
raised on the header, before any row is read.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "log.csv"
>>> _ = path.write_text("id;when;where;what\\n7;2022-03-11;Izium;Shelling of a school\\n")
>>> [(r.document, r.text, r.place, r.date) for r in read_event_rows([path], RowColumns("what", "where", "when"))]
[('7', 'Shelling of a school', 'Izium', '2022-03-11')]
>>> list(read_event_rows([path], RowColumns("description")))
Traceback (most recent call last):
...
gazetteer.errors.InputError: log.csv: no column 'description' (the columns are: id, when, where, what)
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gazetteer import InputError

__all__ = ["EventRow", "RowColumns", "read_event_rows", "check_event_columns", "ROW_SUFFIXES"]

ROW_SUFFIXES = (".csv", ".tsv", ".tab", ".jsonl", ".ndjson")
_JSON_LINES = (".jsonl", ".ndjson")
_DELIMITERS = ",;\t|"
_SAMPLE_CHARS = 1 << 16
#: columns read whenever the file has them, as JSON-lines reports read them
_ID, _URL, _TITLE = "id", "url", "title"


@dataclass(frozen=True, slots=True)
class RowColumns:
    """The columns (or JSON keys) that hold each event's text, place and date."""

    text: str
    place: str | None = None
    date: str | None = None

    def wanted(self) -> list[str]:
        return [c for c in (self.text, self.place, self.date) if c]


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event of a spreadsheet: its text, and the place and date its columns give (raw).

    ``document`` is the row's ``id`` when the file has one, else ``file:row``.
    """

    document: str
    text: str
    place: str | None = None
    date: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None


def read_event_rows(sources: Iterable[str | Path], columns: RowColumns, skip_bad: bool = False,
                    on_error: Callable[[str], None] | None = None) -> Iterator[EventRow]:
    """Every row of ``sources`` (CSV/TSV/JSON-lines files, or ``-`` for stdin), in order.

    A missing column or a source that is not such a file raises
    :class:`~gazetteer.errors.InputError` (whatever ``skip_bad`` says: every row would
    fail alike); a bad JSON line is skipped and told to ``on_error`` when ``skip_bad``.
    """
    for source in sources:
        if str(source) == "-":
            data = sys.stdin.buffer.read().decode("utf-8-sig", errors="replace")
            json_lines = data.lstrip().startswith("{")
            yield from _rows("stdin", io.StringIO(data, newline=None) if json_lines else io.StringIO(data, newline=""),
                             json_lines, columns, skip_bad, on_error)
            continue
        path = _row_file(source)
        try:
            handle = open(path, encoding="utf-8-sig", errors="replace", newline="")
        except OSError as err:
            raise InputError(f"{path}: cannot read ({err.strerror})") from err
        with handle:
            yield from _rows(path.name, handle, path.suffix.lower() in _JSON_LINES, columns, skip_bad, on_error)


def check_event_columns(sources: Iterable[str | Path], columns: RowColumns) -> None:
    """Raise :class:`~gazetteer.errors.InputError` now if a file is not rows or lacks a column
    (stdin is checked as it is read): a command can fail before it writes anything."""
    for source in sources:
        if str(source) == "-":
            continue
        for _ in read_event_rows([source], columns, skip_bad=True):
            break  # the header (or the first record) is checked before the first row is given


def _row_file(source: str | Path) -> Path:
    path = Path(source)
    if not path.is_file():
        raise InputError(f"{path}: no such file" + (" (a folder: give its CSV or JSON-lines files)"
                                                    if path.is_dir() else ""))
    if path.suffix.lower() not in ROW_SUFFIXES:
        raise InputError(f"{path}: --text-column reads a CSV, TSV or JSON-lines file "
                         f"({', '.join(ROW_SUFFIXES)}), not a {path.suffix or 'suffix-less'} file")
    return path


def _rows(name: str, handle, json_lines: bool, columns: RowColumns, skip_bad: bool, on_error) -> Iterator[EventRow]:
    records = _json_records(name, handle, skip_bad, on_error) if json_lines else _csv_records(name, handle, columns)
    first = json_lines
    for number, record in records:
        if first:  # a JSON-lines file has no header: its first record says which keys there are
            _check(name, columns.wanted(), list(record), "key")
            first = False
        text = record.get(columns.text)
        if json_lines and text is None and columns.text not in record:
            message = f"{name}:{number}: no key {columns.text!r} in this line"
            if not skip_bad:
                raise InputError(message)
            if on_error:
                on_error(message)
            continue
        yield EventRow(document=_value(record.get(_ID)) or f"{name}:{number}", text=_value(text) or "",
                       place=_value(record.get(columns.place)) if columns.place else None,
                       date=_value(record.get(columns.date)) if columns.date else None,
                       url=_value(record.get(_URL)), title=_value(record.get(_TITLE)))


def _check(name: str, wanted: list[str], have: list[str], kind: str) -> None:
    for column in wanted:
        if column not in have:
            raise InputError(f"{name}: no {kind} {column!r} (the {kind}s are: {', '.join(have) or 'none'})")


def _csv_records(name: str, handle, columns: RowColumns) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as {header: value}, headers stripped; the delimiter sniffed (``;`` from Excel, tabs...)."""
    sample = handle.read(_SAMPLE_CHARS)
    delimiter = "\t" if name.lower().endswith((".tsv", ".tab")) else _delimiter(sample)
    reader = csv.reader(_chained(sample, handle), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader, [])]
        _check(name, columns.wanted(), header, "column")
        for values in reader:
            if any(v.strip() for v in values):
                yield reader.line_num, dict(zip(header, values))
    except csv.Error as err:
        raise InputError(f"{name} line {reader.line_num}: not a readable CSV row ({err})") from None


def _delimiter(sample: str) -> str:
    first = sample.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:  # one column or too few rows: the delimiter the header uses most
        return max(_DELIMITERS, key=first.count) if any(d in first for d in _DELIMITERS) else ","


def _chained(sample: str, handle) -> Iterator[str]:
    yield from io.StringIO(sample + handle.readline(), newline="")  # complete the sample's last line
    yield from handle


def _json_records(name: str, handle, skip_bad: bool, on_error) -> Iterator[tuple[int, dict]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("expected an object")
        except ValueError as err:
            message = f"{name}:{number}: bad JSON line ({err})"
            if not skip_bad:
                raise InputError(message) from None
            if on_error:
                on_error(message)
            continue
        yield number, record


def _value(value) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None
