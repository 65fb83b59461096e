"""First-name gender: the bisection over a sorted JSON object (invented data) and the rules
over the nomquamgender data (skipped where that package is not installed)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from crossbrief.analyze import gender
from crossbrief.analyze.gender import first_name_gender

_INVENTED = {
    "abel": [3, 500, 0.01, 3],
    "ann": [5, 900, 0.99, 3],
    'an"n': [1, 2, 1.0, 3],
    "jos\u00e9": [2, 40, 0.0, 3],
    "kim": [4, 300, 0.6, [0, 0, 2, 2, 2, 3, 3, 3, 3]],
    "rare": [1, 3, 1.0, 3],
    "unknown": [1, 0, None, 3],
    "zed": [2, 80, 0.0, 3],
}


def test_bisection_finds_every_key_and_no_other() -> None:
    raw = json.dumps(dict(sorted(_INVENTED.items()))).encode()
    for key, value in _INVENTED.items():
        expected = None if value[2] is None else (value[1], value[2])
        assert gender._lookup(raw, key) == expected, key
    for absent in ["", "a", "abe", "annie", "jose", "kimberly", "zz", "aaa"]:
        assert gender._lookup(raw, absent) is None, absent


@pytest.fixture(scope="module")
def data() -> bytes:
    raw = gender._data()
    if not raw:
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")
    return raw


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("name", "female"),
    [
        ("Ann Reed", True),
        ("Tom Hale", False),
        ("Sen. Evelyn Marsh", True),  # a title before the first name is skipped
        ("General Tom Hale", False),
        ("Jos\u00e9 Ortega", False),  # accents off, as the data spells names
        ("Reed", None),  # a surname alone
        ("Robin Hale", None),  # used by both (p(gf) about 0.26)
        ("Kim Hale", None),
        ("Bernie Hale", False),  # p(gf) 0.15: male at the 0.2 threshold
        ("Zqxv Hale", None),  # not in the data
        ("ann reed", None),  # not written as a name
    ],
)
def test_first_name_gender(name: str, female: bool | None) -> None:
    assert first_name_gender(name) is female


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("name", "female"),
    [
        # a surname written first, before a romanised given name: the surname says nothing
        ("Park Geun-hye", None),
        ("President Park Geun-hye", None),
        # the negative cases: a double-barrelled surname or given name still tells
        ("Ann Reed-Hale", True),
        ("Tom Reed-Hale", False),
    ],
)
def test_a_surname_first_name_has_no_first_name_gender(name: str, female: bool | None) -> None:
    assert first_name_gender(name) is female


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("name", "female"),
    [
        # office words the data genders are skipped like any title
        ("Chancellor Ann Reed", True),
        ("Premier Ann Reed", True),
        ("Pastor Ann Reed", True),
        ("Emperor Ann Reed", True),
        ("Dean Ann Reed", True),
        ("Police Chief Ann Reed", True),
        ("Chancellor Reed", None),  # a title and a surname: no first name
        ("Pastor Tom Hale", False),  # the negative case: a man's name stays a man's
    ],
)
def test_office_words_are_no_first_names(name: str, female: bool | None) -> None:
    assert first_name_gender(name) is female


def test_one_title_list_is_shared_with_entity_grouping() -> None:
    from crossbrief.analyze import titles
    from crossbrief.synthesize.entities import vocabulary

    assert vocabulary.TITLES is titles.TITLES
    assert vocabulary.PERSON_TITLES is titles.PERSON_TITLES
    assert {"chancellor", "premier"} <= gender._TITLE_WORDS


def test_she_after_a_surname_first_name_is_not_given_to_a_man_by_his_surname(nlp: Any) -> None:
    from crossbrief.analyze import analyze_article
    from crossbrief.model import Article

    if not gender._data():
        pytest.skip("nomquamgender's name data is not installed (make install adds it)")
    text = (
        "President Park Geun-hye met workers in Seoul on Monday with Moon Jae-in. The talks ran "
        'late.\n\n"We will manage this," she said.'
    )
    quotes = analyze_article(Article(id="a", text=text), nlp).quotes
    assert [q.speaker_name for q in quotes] == ["Park Geun-hye"]


@pytest.mark.usefixtures("data")
@pytest.mark.parametrize(
    ("name", "female"),
    [
        # two given names of opposite genders: the name alone does not tell
        ("Leila Karim Osman", None),
        ("Tom Ann Reed", None),
        # the negative cases: given names that agree, or a middle word the data does not
        # gender (an initial, a maiden name), keep the first name's gender
        ("Mary Ann Reed", True),
        ("Tom Paul Hale", False),
        ("Ann J. Reed", True),
        ("Leila Zqxv Osman", True),
        # a surname that is also a given name is no second given name
        ("Ann Thomas", True),
    ],
)
def test_given_names_of_both_genders_tell_no_gender(name: str, female: bool | None) -> None:
    assert first_name_gender(name) is female
