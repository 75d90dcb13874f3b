"""The names ``incidentmap resolve -`` reads: a column of a spreadsheet, or one name a line.

Spreadsheets save CSV in several dialects: Excel's "CSV UTF-8" starts with a byte-order
mark, Excel in most of Europe separates with semicolons, some exports use tabs, and old
Macs end lines with a lone carriage return. All are read alike: the input is decoded as
UTF-8 (undecodable bytes kept as escapes, so binary noise becomes refused names, never a
crash), lines end at ``\\r\\n``, ``\\r`` or ``\\n``, the mark is dropped, and the delimiter is
sniffed from a sample and checked against the header, which must name a name column
(``name``, ``place``, ``location`` or ``toponym``). Without one, every line is a name.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Iterable, Iterator

from gazetteer import InputError

__all__ = ["read_batch", "NAME_COLUMNS"]

#: header names of the column that holds the names, in order of preference
NAME_COLUMNS = ("name", "place", "location", "toponym")
_DELIMITERS = ",;\t|"
_SAMPLE_LINES = 32  # enough rows for the sniffer to see the pattern, few enough to keep streaming
_SAMPLE_CHARS = 1 << 16  # the sniffer's time grows with its sample
_CHUNK = 1 << 16
_LINE_END = re.compile(r"\r\n|\r|\n")


def read_batch(stream: io.TextIOBase) -> Iterator[dict[str, str]]:
    """Rows from a CSV with a name column (any dialect), or one name per line.

    The name column's value is under ``name`` whatever its header said.

    >>> list(read_batch(io.StringIO("name,country\\nKopani,BY\\n")))
    [{'name': 'Kopani', 'country': 'BY'}]
    >>> list(read_batch(io.StringIO("\\ufeffToponym;Country\\r\\nLutsk;UA\\r\\n")))
    [{'name': 'Lutsk', 'country': 'UA'}]
    >>> list(read_batch(io.StringIO("Lutsk\\r\\rIzyum\\r")))
    [{'name': 'Lutsk'}, {'name': 'Izyum'}]
    """
    lines = _lines(_text_chunks(stream))
    head = list(itertools.islice(lines, _SAMPLE_LINES))
    if head:
        head[0] = head[0].removeprefix("\ufeff")
    delimiter, header = _header(head)
    rest = itertools.chain(head, lines)
    if header is None:
        for line in rest:
            if line.strip():
                yield {"name": line.strip()}
        return
    column = next(c for c in NAME_COLUMNS if c in header)
    keys = ["name" if h == column else h for h in header]
    reader = csv.reader(rest, delimiter=delimiter)
    try:
        next(reader)  # the header
        for values in reader:
            if any(v.strip() for v in values):
                yield {k: v.strip() for k, v in zip(keys, values)}
    except csv.Error as err:
        raise InputError(f"stdin line {reader.line_num}: not a readable CSV row ({err})") from None


def _header(head: list[str]) -> tuple[str | None, list[str] | None]:
    """The delimiter and the lower-cased header, or (None, None) when the input is a list of names."""
    first = head[0] if head else ""
    if not first.strip() or "\x00" in first:  # nothing, or binary: no header to look for
        return None, None
    candidates = list(_DELIMITERS)
    try:
        sniffed = csv.Sniffer().sniff("".join(head)[:_SAMPLE_CHARS], delimiters=_DELIMITERS).delimiter
        candidates.insert(0, sniffed)
    except csv.Error:  # one column, or too few rows to tell: the header alone decides
        pass
    for delimiter in candidates:
        try:
            row = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            continue
        header = [h.strip().lower() for h in row]
        if any(c in header for c in NAME_COLUMNS):
            return delimiter, header
    return None, None


def _text_chunks(stream) -> Iterator[str]:
    """The stream's text, decoded as UTF-8 whatever the locale (undecodable bytes escaped)."""
    raw = getattr(stream, "buffer", None)
    if raw is None:  # already text (a StringIO)
        yield from iter(lambda: stream.read(_CHUNK), "")
        return
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    read = getattr(raw, "read1", raw.read)  # what is there: names typed one by one still stream
    for block in iter(lambda: read(_CHUNK), b""):
        yield decoder.decode(block)
    yield decoder.decode(b"", final=True)


def _lines(chunks: Iterable[str]) -> Iterator[str]:
    r"""Lines ending at ``\r\n``, ``\r`` or ``\n``, each given back ending in ``\n``.

    >>> list(_lines(["a\r", "\nb\rc", "\n", "d"]))
    ['a\n', 'b\n', 'c\n', 'd']
    """
    pending = ""
    for chunk in chunks:
        searched = max(0, len(pending) - 1)  # a line end may straddle two chunks
        pending += chunk
        start = 0
        for end in _LINE_END.finditer(pending, searched):
            if end.group() == "\r" and end.end() == len(pending):
                break  # perhaps the first half of \r\n: wait for the next chunk
            yield pending[start:end.start()] + "\n"
            start = end.end()
        pending = pending[start:]
    if pending.endswith("\r"):
        yield pending[:-1] + "\n"
    elif pending:
        yield pending
