"""Where a capitalised run is a person's name, not a place's: a rule set of stage one.

"Vladimir Putin", "President Zelensky", "Greg Taylor": a title or a known first name
opens a person. But a title may open a longer place name ("Prince Edward Island"),
a first name may be a town naming its offices ("Santa Ana City Council", "Georgia
Bureau of Investigation"), and a day after a name is no part of it ("in Montana
Sunday"). :class:`geo.recognize.Recogniser` takes these rules in; they read the
gazetteer through its ``_knows``, ``_country_of`` and ``_longest_match``.

>>> sorted(name for name in vars(PersonRules) if not name.startswith("__"))
['_first_name_inside', '_person_end', '_person_inside', '_titled_place']
"""

from __future__ import annotations

from gazetteer import name_key

from .lexicon import (CALENDAR, FUNCTION_WORDS, INSTITUTION_WORDS, NAMED_FEATURE_WORDS, TITLES, is_common_word,
                      is_first_name)
from .span_cues import CITY_OFFICES, Run, previous_word, token_text
from .tokens import Tokens

__all__ = ["PersonRules"]

#: What a town's name opens besides a street: its offices, schools, zoo ("Santa Ana City Council").
_BODIES = (INSTITUTION_WORDS - NAMED_FEATURE_WORDS) | CITY_OFFICES


class PersonRules:
    """The person rules of :class:`geo.recognize.Recogniser` (a mixin: it holds no state)."""

    def _person_end(self, text: str, tokens: Tokens, run: Run) -> int | None:
        """Where a person's name at the start of the run ends: "Vladimir Putin", "President Zelensky".

        None when the run does not open with a person. A person's name stops at a
        connector, so "President Omar al-Bashir of Sudan" leaves Sudan a place.
        """
        end = run.first
        # "in Montana Sunday": a day or month after the name is no part of a person's
        while end < run.last and tokens.capital[end + 1] and tokens.text[end + 1].lower() not in CALENDAR:
            end += 1
        before = previous_word(tokens, run.first)
        if before is not None and tokens.text[before].lower() in TITLES:
            return end
        if tokens.text[run.first].lower() in TITLES and end > run.first:
            return None if self._titled_place(text, tokens, run.first, run.last) else end
        first_word = tokens.text[run.first]
        if (end == run.first or first_word.lower() in FUNCTION_WORDS or not is_first_name(first_word)
                or tokens.text[run.first + 1].lower() in INSTITUTION_WORDS | TITLES):
            return None  # "Columbus Investigator Gregory Sealock": the person starts at the title
        whole = name_key(token_text(tokens, run.first, end))
        if self._knows(whole) or self._country_of(name_key(token_text(tokens, run.first, run.first + 1))):
            return None  # a place, or "Sri Lankan": a country's adjective of two words
        # "Santa Ana City Council": a place of two words or more, then its institution
        matched = self._longest_match(text, tokens, run.first, end)
        if matched is not None and run.first < matched[0] < end and tokens.text[matched[0] + 1].lower() in _BODIES:
            return None
        return end

    def _person_inside(self, text: str, tokens: Tokens, i: int, limit: int) -> int | None:
        """A title inside a run ("President") makes the capitalised words after it a person."""
        if tokens.text[i].lower() not in TITLES or i >= limit or not tokens.capital[i + 1]:
            return None
        if self._titled_place(text, tokens, i, limit):
            return None
        end = i + 1
        while end < limit and tokens.capital[end + 1]:
            end += 1
        return end

    def _titled_place(self, text: str, tokens: Tokens, i: int, limit: int) -> bool:
        """Whether a title opens a longer place name: "Prince Edward Island", "King George County".

        Two words ("Prince George") stay a person's name: the title is more often a person's.
        """
        matched = self._longest_match(text, tokens, i, limit)
        return matched is not None and matched[0] >= i + 2

    def _first_name_inside(self, tokens: Tokens, i: int, limit: int) -> int | None:
        """A first name and a capitalised word after it ("Greg Taylor") that no place is called.

        Not a country's name ("Jordan"), nor before an everyday word ("Georgia Medical Center").
        """
        word = tokens.text[i]
        if i >= limit or not tokens.capital[i + 1] or not is_first_name(word) or word.lower() in FUNCTION_WORDS:
            return None
        following = tokens.text[i + 1]
        # "Georgia Medical Center", "Alexandria Country Day School": a place names an institution
        pair = name_key(token_text(tokens, i, i + 1))
        # "Sri Lankan": two words that qualify a country are no first name and surname
        if (is_common_word(following) or following.lower() in INSTITUTION_WORDS or self._country_of(name_key(word))
                or self._knows(pair) or self._country_of(pair)):
            return None
        end = i + 1
        while end < limit and tokens.capital[end + 1]:
            end += 1
        return end
