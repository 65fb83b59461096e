"""Defects a reviewer reproduced in session 16's merges: a person retyped as a programme,
different past events joined by a shared year range, a second date of a sentence dropped,
an undated story's days stripped of their year by one future year, and a people's word
joined to the wrong country. Invented articles."""

from __future__ import annotations

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
