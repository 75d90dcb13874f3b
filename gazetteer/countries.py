"""Countries given as context: ISO codes, names and adjectives.

>>> table = CountryTable({"by": "BY", "belarus": "BY", "belarusian": "BY"}, {"BY": "Belarus"})
>>> table.code("Belarusian"), table.code("by")
('BY', 'BY')
>>> table.code("Narnia")
Traceback (most recent call last):
...
gazetteer.errors.UnknownCountryError: unknown country 'Narnia' (give an ISO code, a name or an adjective such as 'Belarusian')
"""

from __future__ import annotations

from collections.abc import Mapping

from .errors import UnknownCountryError
from .normalize import clean_name, name_key

__all__ = ["CountryTable"]


class CountryTable:
    """Maps what a user or report writes for a country to its ISO 3166 alpha-2 code."""

    def __init__(self, aliases: Mapping[str, str], names: Mapping[str, str]):
        self._aliases = aliases
        self.names = names

    def find(self, text: str) -> str | None:
        """The ISO code for ``text``, or None when it names no country."""
        return self._aliases.get(name_key(clean_name(text)))

    def code(self, text: str) -> str:
        """Like :meth:`find`, but an unknown country is an error."""
        code = self.find(text)
        if code is None:
            raise UnknownCountryError(
                f"unknown country {text!r} (give an ISO code, a name or an adjective such as 'Belarusian')"
            )
        return code
