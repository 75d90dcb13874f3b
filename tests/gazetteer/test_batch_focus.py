"""Lists without context: the names resolved without doubt tell where the ambiguous ones are."""

import pytest

from gazetteer import BatchFocus, InputError, Place, Resolution, Resolver, focus_of, resolve_batch
from gazetteer.batch import is_confident, near_point

# towns of one area, each with no namesake as big anywhere: the list's anchor
DONBAS = ["Kramatorsk", "Mariupol", "Horlivka", "Druzhkivka"]
KUBAN = ["Krasnodar", "Sochi", "Novorossiysk", "Armavir", "Anapa"]
# villages in Kyrgyzstan, Russia, Ukraine...: alone, the name says nothing about which
NAMESAKE = "Ivanovka"


@pytest.fixture
def resolver(home):
    return Resolver()


def test_a_list_of_donbas_towns_takes_the_namesake_there(resolver):
    results = resolve_batch(DONBAS + [NAMESAKE], resolver)
    place = results[-1].place
    assert place.country_code == "UA" and place.admin1 in ("Luhansk Oblast", "Donetsk Oblast")
    assert "batch focus: 4 of 5 names resolved without doubt centre on Donetsk Oblast, UA" in results[-1].reasons[-1]
    assert [r.query for r in results] == DONBAS + [NAMESAKE]


def test_the_focus_follows_the_list_not_one_country(resolver):
    place = resolve_batch(KUBAN + [NAMESAKE], resolver)[-1].place
    assert place.country_code == "RU" and place.admin1 == "Krasnodarskiy kray"


def test_without_focus_each_name_stands_alone(resolver):
    results = resolve_batch(DONBAS + [NAMESAKE], resolver, focus="none")
    alone = resolver.resolve(NAMESAKE)
    assert results[-1] == alone
    # what the focus decides between: namesakes in both areas, and the answer in neither
    assert alone.place.country_code not in ("UA", "RU")
    assert {p.country_code for p in alone.alternatives} >= {"UA", "RU"}
    with pytest.raises(InputError):
        resolve_batch(DONBAS, resolver, focus="nearby")


def test_names_resolved_without_doubt_keep_their_answer(resolver):
    results = resolve_batch(DONBAS + [NAMESAKE, "Lviv"], resolver)
    assert results[-1].place.name == "Lviv" and results[-1].reasons[-1].endswith("(kept: without doubt)")


def test_a_box_given_by_the_user_is_the_area(resolver):
    donbas = BatchFocus.of_bbox(37.0, 47.5, 40.0, 49.5)
    result = resolve_batch([NAMESAKE], resolver, focus=donbas)[0]
    assert result.place.country_code == "UA" and donbas.distance_to(result.place) == 0
    assert "the box 37, 47.5, 40, 49.5" in result.reasons[-1]
    with pytest.raises(InputError):
        BatchFocus.of_bbox(40.0, 47.5, 37.0, 49.5)


def test_near_takes_a_place_name_or_a_point_and_refuses_an_ambiguous_one(resolver):
    point, said = near_point(resolver, "Kramatorsk")
    assert said.startswith("Kramatorsk (Donetsk Oblast, UA)") and abs(point[0] - 48.7) < 0.1
    assert near_point(resolver, "48.5,37.9")[0] == (48.5, 37.9)
    with pytest.raises(InputError):
        near_point(resolver, "Springfield")
    with pytest.raises(InputError):
        near_point(resolver, "95,10")


def _resolved(name, lat, lon, country="UA", admin1="Donetsk Oblast", code="UA.05", geonameid=None):
    place = Place(geonameid or hash(name) % 10**6, name, country, admin1, lat, lon, "PPL", 5000,
                  admin1_code=code)
    return Resolution(name, "resolved", place)


def test_the_focus_is_robust_to_a_stray_place():
    results = [_resolved(f"Town {i}", 48.0 + i / 10, 37.5 + i / 10, geonameid=i + 1) for i in range(5)]
    results.append(_resolved("Faraway", 60.0, 100.0, "RU", "Krasnoyarsk Krai", "RU.91", geonameid=99))
    focus = focus_of(results)
    assert focus.country == "UA" and focus.confident == 6 and focus.total == 6
    assert abs(focus.latitude - 48.2) < 0.01 and abs(focus.longitude - 37.7) < 0.01
    assert focus.spread_km < 50
    assert focus.label == "Donetsk Oblast, UA"


def test_no_focus_from_too_few_or_doubtful_names():
    assert focus_of([_resolved("A", 48.0, 37.0, geonameid=1), _resolved("B", 48.1, 37.1, geonameid=2)]) is None
    doubtful = Resolution("C", "ambiguous", _resolved("C", 48.2, 37.2).place)
    assert not is_confident(doubtful)
    rival = _resolved("D", 50.0, 30.0).place
    assert not is_confident(Resolution("D", "resolved", _resolved("D", 48.2, 37.2).place, (rival,)))


def test_of_two_namesakes_in_the_area_the_one_where_confident_places_crowd_gets_more():
    # both namesakes lie in the area and each has three confident places close by, so
    # nearness alone cannot part them; around the first, many more places were named
    crowd = [(48.00 + i / 200, 38.00 + (i % 5) / 200) for i in range(30)]
    few = [(48.30 + i / 200, 37.40) for i in range(3)]
    focus = BatchFocus(48.15, 37.60, 60.0, "test area", "UA", points=tuple(crowd + few))
    crowded = Place(1, "Tykhodolyne", "UA", "Donetsk Oblast", 48.02, 38.01, "PPL", 0)
    quiet = Place(2, "Tykhodolyne", "UA", "Donetsk Oblast", 48.31, 37.41, "PPL", 0)
    assert focus.distance_to(quiet) < focus.distance_to(crowded)  # the median point favours the quiet one
    assert focus.bonus(crowded) > focus.bonus(quiet)


def test_a_confident_answer_with_a_namesake_beyond_a_places_reach_is_ranked_again(home):
    from gazetteer.importer import add_place
    from gazetteer.local import LocalStore
    from gazetteer.user_places import UserPlace

    store = LocalStore()
    # made-up villages: two namesakes 50 km apart, and the list's other places around the second
    add_place(UserPlace("Tykhodolyne", 48.00, 37.70, "UA"), store=store)
    add_place(UserPlace("Tykhodolyne", 48.40, 37.30, "UA"), store=store)
    others = ["Zorivka Persha", "Zorivka Druha", "Zorivka Tretia", "Zorivka Chetverta"]
    for i, name in enumerate(others):
        add_place(UserPlace(name, 48.00 + i / 50, 37.72 - i / 50, "UA"), store=store)
    resolver = Resolver(store=store)
    alone = resolver.resolve("Tykhodolyne")
    assert alone.place.latitude == 48.40 and is_confident(alone)  # the rival is within 100 km
    batch = resolve_batch(others + ["Tykhodolyne"], resolver)
    assert batch[-1].place.latitude == 48.00, batch[-1].reasons
