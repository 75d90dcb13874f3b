"""What the words before a name say: "the eastern Ukrainian town of", "near", "north of"."""

from __future__ import annotations

from collections.abc import Callable

from gazetteer import name_key

from .lexicon import DIRECTIONS, FEATURE_WORDS, LOCATIVES, NEAR_WORDS
from .span_cues import describes
from .tokens import Tokens

__all__ = ["cues_before", "HOLDERS_OF"]

_CUE_WINDOW = 9
#: Feature words whose "of" names what holds them: "the capital of Jamaica" is no town's name.
HOLDERS_OF = {"capital": "holder"}


def cues_before(tokens: Tokens, first: int, country_of: Callable[[str], str | None],
                is_country_name: Callable[[str], bool]) -> tuple[str | None, str | None, str | None, bool]:
    """Read back from the name: "the eastern Ukrainian town of", "near", "north of".

    (the country an adjective names, the feature word's kind, the near word, after a
    locative preposition). ``country_of`` maps a key to a country code when it names or
    qualifies one; ``is_country_name`` tells a country's name from its adjective. The
    kind after "the capital of" is ``"holder"``: the name holds the capital.

    >>> from geo.tokens import tokenize
    >>> tokens = tokenize("Jets fired at the Belarusian village of Kopani.")
    >>> cues_before(tokens, 7, {"belarusian": "BY"}.get, lambda key: False)
    ('BY', 'populated', None, False)
    >>> cues_before(tokenize("the capital of Jamaica"), 3, {}.get, lambda key: False)
    (None, 'holder', None, False)
    """
    country = feature = near = None
    locative = False
    words = []
    i = first - 1
    while i >= 0 and len(words) < _CUE_WINDOW and tokens.sentence[i] == tokens.sentence[first]:
        if tokens.word[i]:
            words.append(tokens.text[i])
        elif tokens.text[i] not in "-–—":
            break
        i -= 1
    lowered = [w.lower() for w in words]  # nearest first
    if lowered:
        locative = lowered[0] in LOCATIVES or (len(lowered) > 1 and lowered[0] == "the"
                                               and lowered[1] in LOCATIVES)
    # "near Izyum", "near the eastern Ukrainian town of Izyum", "north of the port of Mariupol"
    for position, word in enumerate(lowered):
        if not all(describes(w, original) for w, original in zip(lowered[:position], words)):
            break
        if word in NEAR_WORDS:
            near = word
            break
        if word in ("of", "from") and position + 1 < len(lowered):
            before_of = lowered[position + 1]
            if before_of in DIRECTIONS or before_of in ("outskirts", "suburbs", "west", "east"):
                near = f"{before_of} {word}"
                break
    for position, word in enumerate(lowered):
        # "the town of Izyum", "Kerdylivshchyna village"; not "City Council", "City Hall"
        # ("the state of Guerrero on the coast of Mexico": "state" is Guerrero's word, not Mexico's)
        if word in FEATURE_WORDS and ((position == 0 and words[0].islower()) or (lowered[0] == "of" and all(
                describes(w, original) for w, original in zip(lowered[1:position], words[1:position])))):
            # "the capital of Jamaica" names what holds the capital, not a town ("the capital Kyiv" does)
            feature = HOLDERS_OF.get(word, FEATURE_WORDS[word]) if position else FEATURE_WORDS[word]
            # the adjective stands between the article and the feature word:
            # "the Belarusian village of", "the eastern Ukrainian town of"
            for k, adjective in enumerate(words[position + 1:position + 4], start=position + 1):
                if adjective.lower() in ("the", "a", "an"):
                    break
                key = name_key(adjective)
                if adjective[0].isupper() and not is_country_name(key):
                    code = country_of(key)
                    if not code and k + 1 < len(words) and words[k + 1][0].isupper():
                        code = country_of(name_key(f"{words[k + 1]} {adjective}"))  # "Sri Lankan"
                    if code:
                        country = code
                        break
            break
    return country, feature, near, locative
