"""An acronym its mention drops is no clue to the report's other names (issue 13).

"SWAT" matches the Swat district of Pakistan; a made-up report of a police unit
searching a house must not pull its one real place there.
"""

from geo.geoparser import Geoparser


def test_a_dropped_acronym_does_not_vote_for_its_namesake_country():
    parser = Geoparser()
    alone = parser.find_places("Officers searched a house in Hyderabad.")
    mentions = parser.find_places("SWAT officers and GBI agents searched a house in Hyderabad.")
    assert [m.surface for m in mentions] == ["Hyderabad"]
    assert mentions[0].place.country_code == alone[0].place.country_code
