"""One function escapes every untrusted string before it reaches HTML or JavaScript.

Report text is untrusted. Folium pastes popups and tooltips into HTML and into
JavaScript template strings, so HTML entities are not enough: ``$`` and the
backtick are escaped too, or ``${...}`` would run. Folium (branca) also renders
what an element produced as a Jinja template a second time, so braces are
escaped as well, or ``{{...}}`` in a report would be evaluated by Jinja.

>>> escape_text('<img src=x onerror=alert(1)> ${alert(2)} `x` "q" \\'s')
'&lt;img src=x onerror=alert(1)&gt; &#36;&#123;alert(2)&#125; &#96;x&#96; &quot;q&quot; &#x27;s'
>>> safe_url("javascript:alert(1)") is None, safe_url("https://example.org/a?b=1&c=2")
(True, 'https://example.org/a?b=1&amp;c=2')
>>> script_json({"a": "</script><script>alert(1)</script>"})
'{"a":"\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

__all__ = ["escape_text", "safe_url", "script_json"]

_SCRIPT_UNSAFE = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029",
                  # Folium renders scripts through Jinja twice: no "{{", "{%" or "{#" may survive. In
                  # JSON these pairs occur only inside strings, where a \u escape means the same.
                  "{{": "{\\u007b", "{%": "{\\u0025", "{#": "{\\u0023"}


_ENTITIES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;",
                           "$": "&#36;", "`": "&#96;", "{": "&#123;", "}": "&#125;"})


def escape_text(value) -> str:
    """Text as inert HTML: entities for ``<>&"'``, ``$`` and backtick for JS template strings,
    and braces for Jinja; one translation table, so every character is replaced once."""
    if value is None:
        return ""
    return str(value).translate(_ENTITIES)


def safe_url(value) -> str | None:
    """An http(s) URL, escaped for an attribute; None for anything else (``javascript:``, ``data:``)."""
    if not value:
        return None
    text = str(value).strip()
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return escape_text(text)


def script_json(value) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, no line separators.

    Compact (no spaces after separators): a large map's data is millions of numbers."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    for character, replacement in _SCRIPT_UNSAFE.items():
        text = text.replace(character, replacement)
    return text
