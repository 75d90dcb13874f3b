"""geo.per_text: a reader's answers kept for the last text only, told by identity."""

from geo.events import find_event_cues
from geo.per_text import per_text


def _counting_reader():
    calls = []

    @per_text
    def first_word(text, start=0, end=None):
        calls.append((text, start, end))
        return text[start:end].split()[0]

    return first_word, calls


def test_the_same_stretch_of_the_same_text_is_read_once():
    reader, calls = _counting_reader()
    text = "Drones hit a depot near Lviv"
    assert reader(text, 0, 6) == reader(text, 0, 6) == "Drones"
    assert reader(text, 13, 18) == "depot"
    assert len(calls) == 2


def test_another_text_forgets_the_last_one():
    reader, calls = _counting_reader()
    first, second = "Shelling in Kherson", "Shelling in Nikopol"
    reader(first, 12)
    reader(second, 12)
    reader(first, 12)  # read again: only the last text is kept
    assert [c[0] for c in calls] == [first, second, first]


def test_an_equal_text_that_is_another_object_is_read_again():
    reader, calls = _counting_reader()
    text = "".join(["Missiles ", "struck Odesa"])
    copy = "".join(["Missiles struck ", "Odesa"])
    assert text == copy and text is not copy
    assert reader(text) == reader(copy) == "Missiles"
    assert len(calls) == 2


def test_cues_are_fresh_lists_each_call():
    text = "Shelling hit the market"
    cues = find_event_cues(text)
    cues.clear()  # a caller may change its list: the next caller still gets every cue
    assert [c.word for c in find_event_cues(text)] == ["Shelling", "hit"]
