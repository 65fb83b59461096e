"""Defects a reviewer reproduced in session 16's merges: a person retyped as a programme,
different past events joined by a shared year range, a second date of a sentence dropped,
an undated story's days stripped of their year by one future year, and a people's word
joined to the wrong country. Invented articles."""

from __future__ import annotations

from crossbrief.synthesize.entities.countries import merge_countries
from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.entities.peoples import join_peoples_words
from crossbrief.synthesize.entities.works import work_names
from tests.synthesize.builders import story_with_entities, tagged_everywhere, types_with_form


def test_a_person_before_episode_or_after_a_counting_series_stays_a_person() -> None:
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The council's finance chief, Tom Varga, was dismissed in 2029.",
                "The Tom Varga episode still hangs over the council, said Ann Lee.",
                "The series of Tom Varga rallies across the north ended in Orsk.",
            ],
            [("Tom Varga", "PERSON"), ("Ann Lee", "PERSON"), ("Orsk", "GPE")],
        ),
    )
    assert types_with_form(found, "Tom Varga") == ["PERSON"]
    assert work_names("Police linked the series of Kelbrook Harbour fires to one man.") == {}


def test_a_programme_after_a_new_or_last_series_or_episode_is_still_a_work() -> None:
    # Negative: a programme cue before "series of"/"episode of" still names the programme,
    # a one-word title included.
    assert work_names("The new series of Celebrity Orla Street ends on Sunday.") == {
        "Celebrity Orla Street": "WORK_OF_ART",
        "Orla Street": "WORK_OF_ART",
    }
    assert work_names("Viewers cried at the last episode of Brennick.") == {
        "Brennick": "WORK_OF_ART"
    }
    assert work_names("The Orla Street series drew six million viewers.") == {
        "Orla Street": "WORK_OF_ART"
    }


def _peoples_joined(place: str, people: str) -> bool:
    nodes = {
        place.lower(): _node(place.lower(), "GPE", place),
        people.lower(): _node(people.lower(), "NORP", people),
    }
    clusters = UnionFind(nodes)
    merge_countries(nodes, clusters)
    join_peoples_words(nodes, clusters)
    return bool(clusters.find(place.lower()) == clusters.find(people.lower()))


def _node(key: str, label: str, text: str) -> KeyGroup:
    group = KeyGroup(key)
    group.mentions.append(StoryMention("a1", 0, 0, len(text), text, label))
    return group


def test_a_peoples_word_the_table_gives_another_country_joins_no_place_by_form() -> None:
    # "Nigerian(s)" is Nigeria's people in the country table, not Niger's, though its form
    # is Niger's name plus "-ian".
    assert not _peoples_joined("Niger", "Nigerian")
    assert not _peoples_joined("Niger", "Nigerians")
    # Negative: a people's word the table does not know still joins the place it is formed on.
    assert _peoples_joined("Velmora", "Velmoran")
