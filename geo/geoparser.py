"""The geoparser: recognise spans, then resolve them in context. The orchestrator is small.

>>> parser = Geoparser()
>>> [(m.surface, m.place.name) for m in parser.find_places("Shelling hit Kharkov and Sumy.")]
[('Kharkov', 'Kharkiv'), ('Sumy', 'Sumy')]
"""

from __future__ import annotations

from gazetteer import BatchFocus, InputError, Resolution, Resolver

from .contextual import resolve_spans
from .demonyms import DemonymFinder
from .focus import FocusedResolver
from .languages import LANGUAGES, register_country
from .languages.detect import detect_language
from .model import Mention
from .recognize import Recogniser
from .report_focus import at_report_focus

__all__ = ["Geoparser", "find_places"]


class Geoparser:
    """Finds and resolves the places of report texts with one gazetteer.

    Parameters
    ----------
    resolver
        The gazetteer to use; the default one (embedded + imported + user places) if None.
    demonyms
        Also report country adjectives ("Russian forces") as mentions of the country,
        at precision 3. Off by default: an adjective says whose, not where.
    focus
        The area the reports are about (:func:`~geo.focus.area_focus`: a box, or
        near a place or point): a soft prior on every candidate place, added to
        what each report says; a name with no place there still resolves elsewhere.

    Examples
    --------
    >>> from geo.focus import area_focus
    >>> east = Geoparser(focus=area_focus(bbox=(35, 46.5, 40.5, 50.5)))
    >>> [m.place.admin1 for m in east.find_places("Shelling hit Novoselivka.")]
    ['Donetsk Oblast']
    """

    def __init__(self, resolver: Resolver | None = None, demonyms: bool = False,
                 focus: BatchFocus | None = None):
        self.resolver = resolver or Resolver()
        self.demonyms = demonyms
        self.focus = focus
        # the stages resolve through this: the focus is added to each report's own prior
        self._ranker = self.resolver if focus is None else FocusedResolver(self.resolver, focus)
        self._country_names: dict[str, bool] = {}
        index = self.resolver.index
        # the stages ask a word's country tens of thousands of times per hundred reports: the
        # index's own table lookup, not a method in front of it (the parser keeps its index)
        country_of = index.country_aliases.get
        people = DemonymFinder(index.find, self.resolver.knows, country_of, index.country_names)
        self._recogniser = Recogniser(self.resolver.knows, country_of, self._is_country_name, people.find,
                                      self._countries_bearing, self.resolver.knows_spelling)

    def find_places(self, text: str, document: str = "", country: str | None = None) -> list[Mention]:
        """Every place mention of ``text``, in order, resolved in context.

        ``country`` (a code, name or adjective) says which country the report is
        about when the text does not; it is a soft preference, not a filter.
        """
        with self.resolver.pinned():
            spans = self._recogniser.spans(text)
            return at_report_focus(resolve_spans(spans, text, self._ranker, document=document, country=country,
                                                 demonyms=self.demonyms, likely_country=self._register(text, country)),
                                   spans)

    def resolve_at(self, text: str, offsets: list[tuple[int, int]], document: str = "",
                   country: str | None = None) -> list[Mention]:
        """Resolve mentions whose offsets are given (gold spans): resolution alone, nothing dropped."""
        with self.resolver.pinned():
            spans = self._recogniser.spans_at(text, offsets)
            return at_report_focus(resolve_spans(spans, text, self._ranker, document=document, country=country,
                                                 demonyms=True, keep_all=True,
                                                 likely_country=self._register(text, country)),
                                   spans)

    def resolve_name(self, name: str, country: str | None = None, prior=None) -> Resolution:
        """One name given on its own (a spreadsheet's place column), ranked with the parser's
        focus plus ``prior`` (a bonus per candidate, e.g. what the row's text says).

        An unusable name (empty, too long) or context is an unresolved answer, not an error.

        >>> Geoparser().resolve_name("Izium").place.admin1
        'Kharkiv Oblast'
        """
        with self.resolver.pinned():
            try:
                return self._ranker.resolve(name, country=country, prior=prior, fuzzy=False)
            except InputError as err:
                return Resolution(name, "unresolved", None, (), (str(err),))

    @staticmethod
    def _register(text: str, country: str | None) -> str | None:
        """The country the report reads as, asked only when the caller names none: by its
        register, else by its language's home ("Біля Кринок": Krynky in Ukraine, not Krynki in
        Poland), as :func:`~geo.extract.report_country` reads a report for its incidents."""
        if country:
            return None
        language = LANGUAGES.get(detect_language(text) or "")
        return register_country(text) or (language.home_country if language else None) or None

    def _countries_bearing(self, key: str) -> frozenset[str]:
        """The countries of the places that bear ``key`` as one of their names (no spelling variant)."""
        return frozenset(place.country_code for place in self.resolver.index.find(key))

    def _country_of(self, key: str) -> str | None:
        return self.resolver.index.country_aliases.get(key)

    def _is_country_name(self, key: str) -> bool:
        """"Belarus" names a country; "Belarusian" only qualifies one."""
        named = self._country_names.get(key)
        if named is None:
            # a region counts in the adjective's own country only: "German" is a parish of
            # the Isle of Man, and still Germany's adjective
            code = self._country_of(key)
            named = self._country_names[key] = any(
                p.feature_code.startswith("PCL") or (p.feature_code in ("ADM1", "TERR")
                                                     and (code is None or p.country_code == code))
                for p in self.resolver.index.find(key))
        return named


_default: Geoparser | None = None


def find_places(text: str, context: str | None = None, document: str = "") -> list[Mention]:
    """Find and resolve the places named in ``text`` with the default gazetteer.

    Parameters
    ----------
    text
        The report text.
    context
        The country the report is about, if known (ISO code, name or adjective).

    Examples
    --------
    >>> mentions = find_places("Jets fired at the Belarusian village of Kopani on Friday.")
    >>> [(m.surface, m.status, m.place) for m in mentions]
    [('Kopani', 'unresolved', None)]
    >>> [m.place.name for m in find_places("A hospital near the town of Izyum was shelled.")]
    ['Izyum']
    """
    global _default
    if _default is None:
        _default = Geoparser()
    return _default.find_places(text, document=document, country=context)
