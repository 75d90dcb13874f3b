"""Tokens: offsets that point at their text, and sentence openers found two ways that agree."""

from hypothesis import example, given, settings
from hypothesis import strategies as st

from geo.tokens import (MAX_SENTENCE_TOKENS, _GAP_AND_TOKEN, _longest_sentence, _sentence_openers,
                        _sentence_openers_bounded, sentence_spans, tokenize)

# report-like text: words, capitals, abbreviations, numbers, punctuation, line breaks, odd characters
_PIECES = st.sampled_from(["Lutsk", "the", "Dr", "J", "a", "J.", "Mr.", "U.S.", "St", ".", ",", "!", "?", "\n", " ", "  ", "_",
                           "3.5", "1,582", "al-Qaim", "Ivano-Frankivsk", "'s", '"', "Київ", "İ", "\t", "—"])
_TEXTS = (st.lists(_PIECES, max_size=80).map(" ".join) | st.lists(_PIECES, max_size=80).map("".join)
          | st.text(max_size=200))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(_TEXTS)
def test_every_token_points_at_its_own_text(text):
    tokens = tokenize(text)
    assert all(text[s:e] == word for word, s, e in zip(tokens.text, tokens.start, tokens.end))
    assert list(tokens.sentence) == sorted(tokens.sentence)
    # nothing but white space and underscores is left between tokens
    covered = "".join(text[e:s] for e, s in zip((0, *tokens.end), (*tokens.start, len(text))))
    assert covered.replace("_", "").strip() == ""


@settings(max_examples=500, deadline=None, derandomize=True)
@given(_TEXTS)
@example("J.Lutsk was hit. Mr.Smith left!Then\nKyiv")
def test_openers_from_full_stops_agree_with_the_token_by_token_reading(text):
    pairs = _GAP_AND_TOKEN.findall(text)
    words, gaps = [w for _, w in pairs], [g for g, _ in pairs]
    fast = _sentence_openers(words, gaps, [w[0].isalnum() for w in words])
    if words and _longest_sentence(fast) <= MAX_SENTENCE_TOKENS:
        assert fast == _sentence_openers_bounded(words, gaps)


def test_a_text_without_full_stops_is_cut_into_bounded_sentences():
    text = "and then the convoy moved on, " * 300  # 2,100 tokens, no full stop
    tokens = tokenize(text)
    assert max(tokens.sentence) >= 4
    assert all(e - s < len(text) // 4 for s, e in sentence_spans(text))


def test_abbreviations_and_initials_do_not_end_sentences():
    tokens = tokenize("Dr. Smith met J. Doe in St. Petersburg. Lutsk was hit.\nKyiv too")
    opened = [w for w, initial in zip(tokens.text, tokens.initial) if initial]
    assert opened == ["Dr", "Lutsk", "Kyiv"]
