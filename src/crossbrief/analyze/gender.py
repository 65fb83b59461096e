"""The gender a person's first name usually goes with ("Loretta Lynch" is a woman), offline.

The data is ``name_data.json`` of the PyPI package nomquamgender (Van Buskirk, Clauset and
Larremore, "An open-source cultural consensus approach to name-based gender classification",
2023; MIT licence): 721k lower-cased, ASCII-folded names from many countries, each with the
number of sources and of people counted and p(gf), the share of people with that name who are
gendered female. A name counts as female at p(gf) >= 0.8, as male at p(gf) <= 0.2, with at
least 10 people counted (the package's "high coverage"); anything between ("Robin" 0.26,
"Kim" 0.67, "Jean" 0.48) or rarer is unknown. The package's own default, 0.1 / 0.9, leaves
"Bernie" (0.15) and "Charlie" unknown, and so lets "she" stand for them; at 0.2 / 0.8 a
name is wrong for at most one person in five who bear it, and a pronoun is resolved only
among the people of one article.

The package's module imports pandas and parses the whole file into a dict (seconds, about
500 MB), so this reads the file's bytes once per process, on the first look-up, and finds a
name by bisection: the file's keys are sorted and its text is ASCII. Without the package
(or with a file this reading does not understand) every name is unknown.
"""

from __future__ import annotations

import importlib.metadata
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

from crossbrief.analyze.titles import PERSON_TITLES, RANKS

_FEMALE_AT = 0.8
_MALE_AT = 0.2
_MIN_COUNT = 10
# Words written before a first name inside a name ("General Ann Reed", "Chancellor ..."):
# never first names themselves, though the data genders some ("general", "chancellor").
_TITLE_WORDS = PERSON_TITLES | RANKS
# A romanised Korean given name, written after the surname ("Park Geun-hye", "Moon Jae-in"):
# the first word is then a surname, whose gender in the data says nothing.
_HYPHENED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
_ENTRY = b'], "'  # the end of one entry's value and the start of the next key
_KEY_END = b'": ['


def first_name_gender(name: str) -> bool | None:
    """True when the first name of ``name`` ("Loretta Lynch") is mostly a woman's, False
    when mostly a man's, None when it is rare, used by both, not a first name, or the name
    is one word (a surname alone says nothing) or written surname first ("Park Geun-hye"),
    or its second given name is the other gender's. Leading titles and ranks ("Sen.", "General", "Pastor") are skipped."""
    words = [w for w in name.split() if w]
    while words and (words[0].endswith(".") or words[0].lower() in _TITLE_WORDS):
        words = words[1:]
    if len(words) < 2 or any(_HYPHENED_GIVEN.fullmatch(w) for w in words[1:]):
        return None
    first = given_name_gender(words[0])
    # A second given name of the other gender ("Leila Karim Osman"): which one the person
    # goes by differs across naming customs (a man's "José María", a woman's "María José"),
    # so the name alone does not tell. The last word is the surname, never a given name.
    second = given_name_gender(words[1]) if len(words) > 2 else None
    return None if first is not None and second is not None and second != first else first


def given_name_gender(first: str) -> bool | None:
    """``first_name_gender`` for a given name alone ("Loretta"): True, False or None."""
    if not first[:1].isupper():
        return None
    return _gender(_folded(first))


def _folded(word: str) -> str:
    """The word as the data spells names: lower case, accents off ("José" -> "jose")."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _gender(first: str) -> bool | None:
    if not first.replace("-", "").replace("'", "").isalpha() or not first.isascii():
        return None
    entry = _lookup(_data(), first)
    if entry is None:
        return None
    count, pgf = entry
    if count < _MIN_COUNT:
        return None
    return True if pgf >= _FEMALE_AT else False if pgf <= _MALE_AT else None


@cache
def _data() -> bytes:
    """The bytes of name_data.json, read once per process (b"" when not installed)."""
    try:
        files = importlib.metadata.files("nomquamgender") or []
    except importlib.metadata.PackageNotFoundError:
        return b""
    path = next((f for f in files if f.name == "name_data.json"), None)
    if path is None:
        return b""
    try:
        data = Path(path.locate()).read_bytes()
    except OSError:
        return b""
    return data if data.startswith(b'{"') else b""


def _lookup(raw: bytes, name: str) -> tuple[int, float] | None:
    """The count and p(gf) of ``name`` in the sorted JSON object ``raw``, by bisection over
    byte offsets: [lo, hi) always holds the start of the name's key if it is there."""
    lo, hi = 0, len(raw)
    while lo < hi:
        mid = (lo + hi) // 2
        start = _key_start(raw, mid)
        if start >= hi:
            hi = mid  # no key starts in [mid, hi)
            continue
        end = raw.find(_KEY_END, start)
        if end < 0:
            return None
        key = _key(raw[start:end])
        if key == name:
            return _value(raw, end + len(_KEY_END))
        if key < name:
            lo = start + 1
        else:
            hi = mid
    return None


def _key_start(raw: bytes, at: int) -> int:
    """The offset of the first key that starts at or after ``at`` (len(raw) for none)."""
    if at <= 2:
        return 2  # the first key, after '{"'
    found = raw.find(_ENTRY, at - len(_ENTRY))
    return len(raw) if found < 0 else found + len(_ENTRY)


def _key(raw: bytes) -> str:
    """A key's text: the file escapes non-ASCII and quotes, so decode only those."""
    if b"\\" in raw:
        decoded: str = json.loads(b'"' + raw + b'"')
        return decoded
    return raw.decode("ascii", "replace")


def _value(raw: bytes, at: int) -> tuple[int, float] | None:
    """The count and p(gf) of the value "[sources, count, p(gf), ...]" at ``at``."""
    fields = raw[at : at + 64].split(b", ", 3)
    try:
        return int(fields[1]), float(fields[2])
    except (IndexError, ValueError):
        return None
