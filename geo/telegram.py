"""Telegram Desktop's channel export (``result.json``): each message a report.

"Export chat history" in JSON writes one object for the chat, ``{"name", "type",
"id", "messages": [...]}``. A message's ``text`` is a string, or a list of strings
and entities (``{"type": "bold", "text": ...}``) that read in order make the text.
Service messages (a pinned post, a changed title) and messages without text (a
photo alone, a poll) are not reports.

>>> export = {"name": "Kharkiv Now", "type": "public_channel", "id": 1500000001, "messages": [
...     {"id": 7, "type": "service", "date": "2022-03-10T08:00:00", "action": "pin_message"},
...     {"id": 8, "type": "message", "date": "2022-03-11T09:12:00",
...      "text": ["Strike on ", {"type": "bold", "text": "Saltivka"}, " this morning"]}]}
>>> (report,) = telegram_reports("result.json", export)
>>> report.document, report.text, report.date, report.url
('Kharkiv Now#8', 'Strike on Saltivka this morning', '2022-03-11T09:12:00', 'https://t.me/c/1500000001/8')
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from gazetteer import InputError

from .model import Report

__all__ = ["telegram_reports", "is_telegram_export", "looks_like_telegram", "flatten_text",
           "count_telegram_messages"]

# Telegram's API names a channel -100<id>; t.me/c/ links want the bare id
_CHANNEL_PREFIX = "-100"
_MESSAGE_TYPE = re.compile(rb'"type"\s*:\s*"message"')


def is_telegram_export(data) -> bool:
    """Whether parsed JSON is one chat of a Telegram Desktop export: an object with a
    ``messages`` list.

    >>> is_telegram_export({"name": "c", "messages": []}), is_telegram_export([{"messages": []}])
    (True, False)
    """
    return isinstance(data, dict) and isinstance(data.get("messages"), list)


def looks_like_telegram(head: bytes) -> bool:
    """Whether the first bytes of a file look like a Telegram export (a cheap test before
    parsing, for files met in a folder): a JSON object that has a ``"messages"`` key early.

    >>> looks_like_telegram(b'{\\n "name": "c",\\n "type": "public_channel",\\n "id": 1,\\n "messages": [')
    True
    >>> looks_like_telegram(b'{"name": "my-package", "version": "1.0"}')
    False
    """
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"{") and b'"messages"' in text


def count_telegram_messages(data: bytes) -> int:
    """About how many messages an export holds (its ``"type": "message"`` keys), for a
    progress estimate; entities have other types, so they do not count."""
    return len(_MESSAGE_TYPE.findall(data))


def flatten_text(text) -> str:
    """A message's text as one string: entities' texts joined in order.

    >>> flatten_text(["Shelling in ", {"type": "hashtag", "text": "#Izium"}, "."])
    'Shelling in #Izium.'
    >>> flatten_text(None)
    ''
    """
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(part if isinstance(part, str) else str(part.get("text", ""))
                       for part in text if isinstance(part, (str, dict)))
    return ""


def telegram_reports(name: str, export: dict) -> Iterator[Report]:
    """The reports of one parsed chat export; ``name`` is the file, named in errors."""
    if not is_telegram_export(export):
        raise InputError(f'{name}: not a Telegram export (no "messages" list at the top); '
                         "reports as JSON records go one a line in a .jsonl file")
    channel = str(export.get("name") or name)
    chat_id = _link_id(export.get("id"))
    for message in export["messages"]:
        if not isinstance(message, dict) or message.get("type", "message") != "message":
            continue
        text = flatten_text(message.get("text"))
        if not text.strip():
            text = flatten_text(message.get("text_entities"))
        if not text.strip():
            continue
        number = message.get("id")
        url = f"https://t.me/c/{chat_id}/{number}" if chat_id and number is not None else None
        yield Report(document=f"{channel}#{number}", text=text, date=_message_date(message),
                     url=url, title=channel)


def _link_id(chat_id) -> str | None:
    if chat_id is None or isinstance(chat_id, bool):
        return None
    text = str(chat_id).removeprefix(_CHANNEL_PREFIX)
    return text if text.isdigit() else None


def _message_date(message: dict) -> str | None:
    """The message's date as the export writes it (the exporting machine's clock), else from
    its Unix time in UTC."""
    date = message.get("date")
    if isinstance(date, str) and date:
        return date
    stamp = message.get("date_unixtime")
    try:
        return dt.datetime.fromtimestamp(int(stamp), dt.timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError, OSError):
        return None
