"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item or entry a report.

A report's text is the item's title, a blank line, and the visible text of its
longer body (description or ``content:encoded``; Atom's summary or content). The
parser refuses a document type with an internal subset, where entities are declared,
so a feed cannot expand a few bytes into gigabytes ("billion laughs") nor fetch
files ("external entities").

>>> feed = b'''<rss version="2.0"><channel><title>Wire</title><item>
...   <title>Strike on Lutsk airfield</title><link>https://news.example/1</link>
...   <description>&lt;p&gt;Four &lt;b&gt;killed&lt;/b&gt;.&lt;/p&gt;</description>
...   <pubDate>Fri, 11 Mar 2022 07:30:00 +0200</pubDate></item></channel></rss>'''
>>> (report,) = feed_reports("wire.rss", feed)
>>> report.text.split("\\n"), report.date, report.document
(['Strike on Lutsk airfield', '', 'Four killed.'], '2022-03-11T07:30:00+02:00', 'https://news.example/1')
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from xml.parsers import expat

from gazetteer import InputError

from .htmltext import html_to_text
from .model import Report

__all__ = ["feed_reports", "feed_root", "count_feed_items", "FEED_ROOTS"]

#: The root elements of a feed (local names): RSS 2.0, RSS 1.0 and Atom.
FEED_ROOTS = ("rss", "RDF", "feed")

_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC_DATE = "{http://purl.org/dc/elements/1.1/}date"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ROOT = re.compile(rb"<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)")
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*>)", re.DOTALL)
_ITEM = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>]")


def feed_root(head: bytes) -> str | None:
    """The local name of the first element in ``head`` (a file's first bytes), or None.

    >>> feed_root(b'<?xml version="1.0"?>\\n<!-- a comment -->\\n<feed xmlns="http://www.w3.org/2005/Atom">')
    'feed'
    >>> feed_root(b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">')
    'RDF'
    """
    text, position = head.removeprefix(b"\xef\xbb\xbf"), 0
    while match := _PROLOG.match(text, position):
        position = match.end()
    match = _ROOT.match(text[position:].lstrip())
    return match.group(2).decode("ascii") if match else None


def count_feed_items(data: bytes) -> int:
    """About how many items or entries a feed holds, for a progress estimate."""
    return len(_ITEM.findall(data))


def feed_reports(name: str, data: bytes) -> Iterator[Report]:
    """The reports of a feed's bytes; ``name`` is the file, named in errors and documents."""
    root = _parse(name, data)
    local = _local(root.tag)
    if local not in FEED_ROOTS:
        raise InputError(f"{name}: not an RSS or Atom feed (its root element is <{local}>)")
    items = [e for e in root.iter() if _local(e.tag) in ("item", "entry")]
    for number, item in enumerate(items, 1):
        read = _atom_entry if _local(item.tag) == "entry" else _rss_item
        report = read(item, f"{name}#{number}")
        if report is not None:
            yield report


def _rss_item(item: ET.Element, fallback: str) -> Report | None:
    core = item.tag[: -len("item")]  # "" in RSS 2.0, the RSS 1.0 namespace in RDF
    title = _text(item.find(f"{core}title"))
    bodies = [_text(item.find(f"{core}description")), _text(item.find(_CONTENT))]
    body = max((html_to_text(b).strip() for b in bodies if b), key=len, default="")
    if not (title or body):
        return None
    link = _text(item.find(f"{core}link")) or None
    guid = item.find(f"{core}guid")
    if link is None and guid is not None and guid.get("isPermaLink", "true") != "false":
        link = _text(guid) or None
    ident = _text(guid) or item.get(f"{{{_RDF}}}about") or link or fallback
    date = _feed_date(_text(item.find(f"{core}pubDate"))) or _feed_date(_text(item.find(_DC_DATE)))
    return Report(document=ident, text=_join(title, body), date=date, url=link, title=title or None,
                  html=bool(body))


def _atom_entry(entry: ET.Element, fallback: str) -> Report | None:
    ns = entry.tag[: -len("entry")]
    title = _atom_text(entry.find(f"{ns}title")).strip()
    bodies = [_atom_text(entry.find(f"{ns}summary")), _atom_text(entry.find(f"{ns}content"))]
    body = max((b.strip() for b in bodies if b), key=len, default="")
    if not (title or body):
        return None
    links = [link for link in entry.findall(f"{ns}link") if link.get("href")]
    alternate = [link for link in links if link.get("rel", "alternate") == "alternate"]
    url = (alternate or links)[0].get("href") if links else None
    date = _feed_date(_text(entry.find(f"{ns}published"))) or _feed_date(_text(entry.find(f"{ns}updated")))
    return Report(document=_text(entry.find(f"{ns}id")) or url or fallback, text=_join(title, body),
                  date=date, url=url, title=title or None, html=bool(body))


def _atom_text(element: ET.Element | None) -> str:
    """An Atom text construct's visible text: ``html`` is reduced, ``xhtml`` is markup inline."""
    if element is None:
        return ""
    kind = element.get("type", "text")
    if kind == "xhtml" or len(element):
        for part in element.iter():  # XHTML's namespace off, so the tags read as HTML's
            part.tag = _local(part.tag)
        return html_to_text(ET.tostring(element, encoding="unicode", method="html"))
    return html_to_text(element.text or "") if kind == "html" else (element.text or "")


def _text(element: ET.Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _join(title: str, body: str) -> str:
    return f"{title}\n\n{body}" if title and body and body != title else (title or body)


def _feed_date(value: str) -> str | None:
    """An ISO date and time from RSS's RFC 822 (``Fri, 11 Mar 2022 07:30:00 +0200``) or an ISO
    one as Atom and Dublin Core write it; the offset is kept, so the day is the writer's."""
    if _ISO_DAY.match(value):
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _parse(name: str, data: bytes) -> ET.Element:
    """The document's root, built by expat with entity declarations refused."""
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ET.TreeBuilder()

    def clark(tag: str) -> str:
        return "{" + tag if "}" in tag else tag

    def refuse_subset(_name, _system, _public, has_internal_subset):
        if has_internal_subset:
            raise InputError(f"{name}: a feed with a document type declaring entities is refused "
                             "(it could expand without bound)")

    def refuse_entity(*_):
        raise InputError(f"{name}: a feed that declares or fetches entities is refused")

    parser.StartElementHandler = lambda tag, attrs: builder.start(
        clark(tag), {clark(k): v for k, v in attrs.items()})
    parser.EndElementHandler = lambda tag: builder.end(clark(tag))
    parser.CharacterDataHandler = builder.data
    parser.StartDoctypeDeclHandler = refuse_subset
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_entity
    parser.buffer_text = True
    try:
        parser.Parse(data, True)
    except expat.ExpatError as err:
        raise InputError(f"{name}: bad XML ({expat.ErrorString(err.code)}, line {err.lineno} "
                         f"column {err.offset + 1})") from None
    return builder.close()
