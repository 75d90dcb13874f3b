"""The visible text of HTML: blocks become lines; scripts, styles and the head are dropped.

>>> html_to_text("<p>Shelling in <b>Kharkiv</b></p><script>alert(1)</script><p>Calm in Lviv</p>").split()
['Shelling', 'in', 'Kharkiv', 'Calm', 'in', 'Lviv']
"""

from __future__ import annotations

from html.parser import HTMLParser

__all__ = ["html_to_text"]


class _TextExtractor(HTMLParser):
    _SKIPPED = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
    _BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
               "header", "footer", "blockquote", "pre", "ul", "ol", "table", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIPPED:
            self._skipping += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIPPED and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page: blocks become lines; scripts and styles are dropped."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    extractor.close()
    return "".join(extractor.parts)
