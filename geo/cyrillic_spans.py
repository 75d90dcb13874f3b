"""Where a capitalised Cyrillic word opens a place's name: a rule set of stage one.

Declined names ("у Харкові", "під Бахмутом"), region phrases ("Харківської області"), a town
heading a post ("Балаклія: ..."), and the words that are no names though a dictionary or the
gazetteer holds them (an everyday word or a surname opening a sentence, an abbreviation).
:class:`geo.recognize.Recogniser` takes these rules in; they read the gazetteer through its
``_longest_match``, ``_span``, ``_is_country_name`` and its :class:`~geo.cyrillic_names.InflectedNames`.

>>> sorted(name for name in vars(CyrillicSpans) if not name.startswith("__"))
['_cyrillic_span']
"""

from __future__ import annotations

from dataclasses import replace

from .cyrillic_names import is_abbreviation
from .model import Span
from .tokens import Tokens

__all__ = ["CyrillicSpans"]


class CyrillicSpans:
    """The Cyrillic rules of :class:`geo.recognize.Recogniser` (a mixin: it holds no state)."""

    def _cyrillic_span(self, text: str, tokens: Tokens, first: int, limit: int) -> tuple[Span | None, int]:
        """The place named from ``first`` in Cyrillic, with its cues, and the last token it takes.

        A region phrase first ("Харківської області": "Харківської" alone is the city),
        then the name as written, then declined; an unknown name after a settlement word
        ("в селі Кердилівщина") is a place the gazetteer does not know.
        """
        names = self._inflected
        name = None
        if names.is_cue(tokens.text[first]):
            return None, first  # "Селище Шевченкове", "Область": the cue, capitalised at a sentence start
        found = names.region(tokens, first, limit)
        if found is None:
            matched = self._longest_match(text, tokens, first, limit)
            declined = names.declined(tokens.text[first], matched[1]) if matched and matched[0] == first else None
            if declined is not None:
                found = (first, *declined)  # "Покровська": Покровськ's genitive, not a namesake so spelt
            else:
                found = (*matched, None) if matched is not None else names.inflected(tokens, first, limit)
            if matched is not None and matched[0] < limit:
                # "Донецькій Народній Республіці", "Білій Церкві": a longer declined name over a word
                # known as written or declined alone (a village "Білій", the adjective "Біла")
                longer = names.inflected(tokens, first, limit)
                found = longer if longer is not None and longer[0] > matched[0] else found
        settlement, cue_start = names.settlement_before(tokens, first)
        if found is not None:
            last, key, name = found
            after = last + 1
            if after < len(tokens.text) and tokens.text[after].lower() in names.front_words:
                return None, last  # "на Запорожском направлении": a front named after the place
        elif settlement is not None and not is_abbreviation(tokens.text[first]):
            last, key = first, None  # "в селі Кердилівщина"; not "атакував місто КАБами", an abbreviation
        else:
            return None, first
        span = self._span(text, tokens, first, last, key)
        if span is None:
            return None, last
        locative, near = names.cue_before(tokens, cue_start)
        region = names.regions_after_on.get((name or span.surface).lower()) if first == last else None
        if region and first > 0 and tokens.text[first - 1].lower() == "на":
            name = region  # "на Запоріжжі": the region, as Ukrainian and Russian say it
        person = common = False
        word = tokens.text[first]
        # "Кам'янка-Дніпровська:", "Новгород-Сіверський:": a name of capitalised parts is no
        # everyday word nor a surname, though a dictionary reads its parts so
        compound = "-" in word and all(part[:1].isupper() for part in word.split("-"))
        if not (locative or near or settlement or compound) and first == last:
            # "Федоров заявив", "Атака на ...": a surname, or an everyday word opening a sentence
            kind = names.dictionary_word(word, name)
            # a surname that the dictionary knows is a person's only where a person stands:
            # "Федоров заявив", not "обстріляли Лиман і Кропивницький"
            # (as its subject, so written as the nominative: "Обстріл Енергодара тривав" is the town's)
            heading = names.heads_a_post(tokens, first, last, key)
            person = ((kind == "person" and name in (None, tokens.text[first]) and names.speaks_after(tokens, last)
                       and not heading) or names.opens_a_full_name(tokens, first, last))
            # a region or country by name stays ("Київщина знову під атакою")
            # (a dictionary's surname opening a sentence is a word too when no town of the language's
            # countries bears it: "Голова ОВА ...", not Gölova in Turkey; "Лиман ..." stays Lyman)
            common = (tokens.initial[first] and not (key and self._is_country_name(key)) and not heading
                      and (kind == "word" or (kind == "person" and not person
                                              and not names.home_town(word, key))))
        return replace(span, name=name, locative=locative or span.locative, near_cue=near or span.near_cue,
                       feature_cue=settlement or span.feature_cue, person=person or span.person,
                       common=common), last

