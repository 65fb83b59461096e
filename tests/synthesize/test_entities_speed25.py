"""The guards that spare the entity panel's searches skip no window a search would match."""

from __future__ import annotations

import pytest

from crossbrief.synthesize.entities.mentions import _LOCATIVE, _PLACE_PREPOSITION, _ends_placing
from crossbrief.synthesize.entities.names import name_key, name_words

# Invented text, each with the name the window ends before.
PLACED = [
    ("The ferry sank 40 miles west of Orsk.", "Orsk"),
    ("It docked 20 km from Velmora on Monday.", "Velmora"),
    ("A camp near Tarvin was shelled.", "Tarvin"),
    ("Fighting went on Outside Kestow.", "Kestow"),
    ("They live in the outskirts of Brenna.", "Brenna"),
    ("Troops moved southwest of the capital, Orsk.", "Orsk"),
    ("Talks began after a visit to Velora.", "Velora"),
    ("Owners Ann Lee of Tarnish agreed.", "Tarnish"),
    ("The minister's trip to \nVelora ended.", "Velora"),
    ("Her flights to \t Orsk were cancelled.", "Orsk"),
]
NOT_PLACED = [
    ("Ann Lee said Orsk would reply.", "Orsk"),
    ("The offer from Velmora stood.", "Velmora"),
    ("(Velmora)", "Velmora"),
    ("Velmora", "Velmora"),
]


@pytest.mark.parametrize(("text", "name"), PLACED + NOT_PLACED)
def test_a_window_the_place_searches_match_ends_as_the_guard_reads(text: str, name: str) -> None:
    start = text.index(name)
    window = (max(0, start - 40), start)
    matched = bool(_PLACE_PREPOSITION.search(text, *window) or _LOCATIVE.search(text, *window))
    assert matched == ((text, name) in PLACED)
    if matched:
        assert _ends_placing(text, start)


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("Ali al-Zuwiy", "ali al-zuwy"),  # a particle keeps its hyphen: one word
        ("Abu-Tarik Velko", "abu-tarik velko"),
        ("Ann Lee", "ann lee"),  # no hyphen: no particle looked for
        ("Mt Velda", "mount velda"),
        (" Mt. Orsk", "mount orsk"),
        ("MT Velda", "mt velda"),  # capitals: a tanker's prefix, not "Mount"
        ("Varenskiy", "varensky"),
        ("Varenskyy", "varensky"),
    ],
)
def test_name_keys_read_particles_mounts_and_transliterations(form: str, key: str) -> None:
    assert name_key(form) == key


def test_a_particle_is_read_whatever_its_case() -> None:
    assert name_words("AL-Zuwiy") == ["al-zuwiy"]
