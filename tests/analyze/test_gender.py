"""First-name gender: the bisection over a sorted JSON object (invented data) and the rules
over the nomquamgender data (skipped where that package is not installed)."""

from __future__ import annotations

import json

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
