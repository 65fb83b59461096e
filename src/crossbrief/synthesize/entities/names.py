"""Name forms and keys: what of a mention's text is the name, and the key its spellings share."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from crossbrief.synthesize.entities.states import STATE_ABBREVIATIONS
from crossbrief.synthesize.entities.vocabulary import (
    CONNECTORS,
    CORPORATE,
    COURTESY_TITLES,
    DETERMINERS,
    ELIDED_PARTICLES,
    FIRM_HEADS,
    FUZZY_MIN_LETTERS,
    GENERATIONS,
    INITIAL,
    INSTITUTIONS,
    PERSON_TITLES,
    POSSESSIVE,
    POSTNOMINALS,
    RANK_HEADS,
    ROLE_NEUTRAL,
    ROLE_RANKS,
    SCORE,
    SUFFIXES,
    TITLES,
    WEEKDAYS,
)
from crossbrief.synthesize.text import fold

_Y_END = re.compile(r"(iy|yy|ij|ii|yi)$")
_Y_INSIDE = re.compile(r"(iy|yy)(?=[^aeiou])")
_NOT_LETTER = re.compile(r"[^A-Za-z]")


# Cached: every new name key spells its words so, and names share their words.
@lru_cache(maxsize=1 << 16)
def translit(word: str) -> str:
    """A name word with common transliteration variants merged ("varenskiy" -> "varensky")."""
    word = _Y_END.sub("y", word)
    word = _Y_INSIDE.sub("y", word)
    return word.replace("ck", "k").replace("kh", "h")


# The one quote mark of a span that holds an odd number of them.
_LONE_QUOTE = re.compile(r"^[^\"\u201c\u201d]*([\"\u201c\u201d])[^\"\u201c\u201d]*$")
# Patterns of the functions below, compiled once: they run for every mention and name form
# (a module-level ``re.sub`` looks its pattern up in the ``re`` cache on each call).
_NICKNAME = re.compile(r"\s*(?:\([^)]*\)|\"[^\"]+\"|\u201c[^\u201d]+\u201d|``[^`']+'')\s*")
_OPENING_MARK = re.compile(r"^(?:``|''|[`'\u2018\u201d])\s*")
_AFTER_BRACKET = re.compile(r"^[^()]*\)[\s\-\u2013\u2014]*")
_ENDS_POSSESSIVE = re.compile(r"['\u2019]s$")
_SPACE_OR_HYPHEN = re.compile(r"[\s\-]+")
_SPACES = re.compile(r"\s+")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=1 << 16)
def trim(form: str) -> str:
    """The name at the start of an over-long NER span: "Ostrel's first fiscal quarter" -> "Ostrel's",
    "Ostrel to Buy Harbour" -> "Ostrel", "Ostrel today" and "Ostrel Monday" -> "Ostrel"; nicknames in
    quotes or brackets go ('Ivo "The Fox" Brenn' -> "Ivo Brenn")."""
    form = _NICKNAME.sub(" ", form).strip()
    # An opening quote mark the NER took in ("`` Tara Reid", "'Tara Reid"), or the closing
    # one of the quote before ("'' Cossutta"), is no part of it.
    form = _OPENING_MARK.sub("", form)
    # A span the NER opened inside brackets ("Kiki) Gray") starts after them.
    # ... and after a dash glued to the bracket ("(Reuters)-The Democratic Party").
    form = _AFTER_BRACKET.sub("", form) or form
    # A lone quote mark: the span opened inside a nickname ('The Chin" Gigante') starts
    # after it, one that ran into a nickname ('Vincent "') ends before it.
    lone = _LONE_QUOTE.search(form)
    if lone:
        after = form[lone.end(1) :].strip()
        form = after if re.search(r"\w", after) else form[: lone.start(1)].strip() or form
    # A comma or a colon after the name is punctuation ("Gigante, the mob boss").
    form = form.rstrip(",;:")
    # A span run on into a coordination ("Tarnish and" of "Tarnish and Quell") ends before
    # its conjunction: no name ends with one.
    form = _TRAILING_CONJUNCTION.sub("", form) or form
    words = form.split()
    content = [w for w in words if fold(w) not in DETERMINERS]
    if content and content[0][:1].islower():
        # A lower-case span ("the coast guard") is a common-noun name as a whole: case
        # marks no boundary in it.
        return form
    for i, w in enumerate(words):
        if i and (
            w[:1].islower() and w not in CONNECTORS and not _PARTICLE.match(w) and not _elided(w)
        ):
            return " ".join(words[:i]) if i else form
        if i and (SCORE.match(w) or fold(w) in WEEKDAYS):
            return " ".join(words[:i])  # "Drake 65-53", "HP Monday"
        if i < len(words) - 1 and _ENDS_POSSESSIVE.search(w) and not _PLURAL_POSSESSIVE.match(w):
            return " ".join(words[: i + 1])
    return form


_TRAILING_CONJUNCTION = re.compile(r"(?<=\S)[ \t]*,?[ \t]+(?:and|or|nor|&)$")

# The possessive of a plural without "s" names whom a body serves, inside its name ("the
# Velmora Children's Fund", "People's Party"): it ends no name, unlike "Ostrel's".
_PLURAL_POSSESSIVE = re.compile(r"(?:children|women|men|people)['\u2019]s$", re.IGNORECASE)


def _elided(word: str) -> bool:
    """Whether a word opens with an elided particle and an apostrophe ("dall'Orsa")."""
    head, mark, rest = word.replace("\u2019", "'").partition("'")
    return bool(mark) and head in ELIDED_PARTICLES and rest[:1].isupper()


# An Arabic particle written onto a name with a hyphen ("al-Zuwiy", "el-Baradei", "bin-Talal"):
# a part of the name, not a lower-case word that ends it.
_PARTICLE = re.compile(r"\b(al|el|ad|ar|as|ash|at|az|ul|bin|ibn|bint|abu|abd)-(?=[A-Za-z])", re.I)


def surname_forms(word: str) -> tuple[str, ...]:
    """A name word, and the name in it after a particle: ("al-zuwiy", "zuwiy")."""
    head, _, rest = word.partition("-")
    return (word, rest) if rest and _PARTICLE.match(head + "-" + rest) else (word,)


_SYMBOLS = re.compile("[\u00ae\u2122\u00a9\ufffd]")
_LEADING_INITIAL = re.compile(r"\W*[A-Za-z]\.\s")
_ACRONYM_DOTS = re.compile(r"\b[a-z]\.(?:\s?[a-z]\.)+")


def name_words(form: str) -> list[str]:
    # Acronym dots go ("U.S.", "U. S." -> "us"); other dots only end initials and
    # abbreviations.
    # Trademark signs and undecodable bytes are no part of a name ("BlackBerry\u00ae Q10");
    # they go before folding, which would spell "\u2122" as "tm".
    text = fold(_SYMBOLS.sub("", form))
    text = _ACRONYM_DOTS.sub(lambda m: re.sub(r"[.\s]", "", m.group()), text)
    text = text.strip(" .,;:\"'\u201c\u201d")
    # A particle stays on its name ("al-Zuwiy"): the hyphen is kept, so the surname is one
    # word, found with or without the particle (``surname_forms``). (Only a text with a
    # hyphen is searched: a substitution with a template costs microseconds even unmatched.)
    if "-" in text:
        text = _PARTICLE.sub(r"\1\0", text)
    words = [POSSESSIVE.sub("", w).replace("\0", "-") for w in _SPACE_OR_HYPHEN.split(text)]
    return [w.strip(".,") for w in words if w.strip(".,")]


# "Mt" or "Mt." opening a name before a capitalised word abbreviates "Mount" ("Mt Velda");
# not capitals "MT", a tanker's prefix or a state's code.
_MOUNT = re.compile(r"^([ \t]*)Mt\.?(?=[ \t]+[A-Z])")


def abbreviated(form: str) -> bool:
    """Whether a form abbreviates a word ``name_key`` spells out: "Mt" before a name ("Mt
    Velda") or a state's abbreviation ("Ala.")."""
    return form.strip() in STATE_ABBREVIATIONS or bool(_MOUNT.match(form))


@lru_cache(maxsize=1 << 16)
def name_key(form: str) -> str:
    """The normalised key two spellings of one name share ("Mr Varenskyy's" -> "varensky");
    a state's abbreviation has its state's ("Ala." -> "alabama"), and "Mt" before a name
    is "Mount" ("Mt Velda" -> "mount velda")."""
    spelled = _MOUNT.sub(r"\1Mount", form) if "Mt" in form else form  # (see ``name_words``)
    words = name_words(STATE_ABBREVIATIONS.get(form.strip(), spelled))
    institution = bool(words) and names_a_body(words[-1])
    while len(words) > 1 and (
        (_leading_title(words) and not institution) or words[0] in DETERMINERS
    ):
        words = words[1:]
    while len(words) > 1 and (
        words[-1] in SUFFIXES or words[-1] in CORPORATE or words[-1] in POSTNOMINALS
    ):
        words = words[:-1]
    if len(words) > 2:
        # Leading and middle initials ("W. Mark Felt", "Roger J. Stone") do not tell people
        # apart in one story.
        if INITIAL.match(words[0]) and _LEADING_INITIAL.match(form):
            words = words[1:]
        words = [words[0], *[w for w in words[1:-1] if not INITIAL.match(w)], words[-1]]
    return " ".join(translit(w) for w in words)


@lru_cache(maxsize=1 << 16)
def drops_rank(form: str) -> bool:
    """Whether ``name_key`` keys a ranked office as the plain one: "the deputy chancellor"
    and "the former president" key as "chancellor" and "president", offices their holders
    do not hold, while "the late Ann Lee" keys as her name."""
    key = name_key(form).split()
    lost = ROLE_RANKS & set(name_words(form)) - set(key)
    return bool(lost) and bool(key) and key[-1] in TITLES


def names_a_body(last: str) -> bool:
    """Whether a name's last word (folded) makes it an institution's or a firm's, whose
    first word is its own even when a title ("Defence Ministry" is no "Ministry", "General
    Velmora Motors Corp." no "Velmora Motors"): a title word leads only a person's name."""
    return last in INSTITUTIONS or last in FIRM_HEADS or last in CORPORATE


def _leading_title(words: list[str]) -> bool:
    """Whether a name's first word (folded) is a title: one of ``TITLES``, or a rank's first
    word before another title ("major" of "Major General", not of "Major League")."""
    return words[0] in TITLES or (
        words[0] in RANK_HEADS and len(words) > 2 and words[1].strip(".") in TITLES
    )


@lru_cache(maxsize=1 << 16)
def mention_key(name: str, label: str) -> str:
    """``name_key`` of a mention's name: a state's abbreviation is its state only as a place
    ("Gary, Ind."), not as a party tag the tagger calls a group ("Sen. Lee (Ind.)", an
    Independent)."""
    if label not in {"GPE", "LOC"} and name.strip() in STATE_ABBREVIATIONS:
        return name_key(name.strip().rstrip("."))
    if label == "ORG" and _titled_firm(name):
        return " ".join(translit(w) for w in name_words(name))
    return name_key(name)


def _titled_firm(name: str) -> bool:
    """Whether a body's span opens with a title spelled out before one more word ("General
    Mills", "Premier Foods"): the NER keeps a title out of a person's span, so inside a
    body's it is the first word of the name, and the word after it no one's surname. A
    qualifier ("Former", "Deputy") or a courtesy title ("Sir", "Dr") is no such word."""
    words = name.split()
    if len(words) != 2 or not words[0].isalpha() or not words[0].istitle():
        return False
    first = words[0].lower()
    return first in TITLES and first not in _NOT_FIRST_WORDS


# Titles that never open a firm's name: qualifiers of an office, and forms of address.
_NOT_FIRST_WORDS = ROLE_RANKS | ROLE_NEUTRAL | COURTESY_TITLES | {"the", "foreign"}


@lru_cache(maxsize=1 << 16)
def person_form(form: str) -> str:
    """The name inside a person mention: "Velmoran President Ida Brenn of Velmora" ->
    "Ida Brenn" (titles and their qualifiers before it, "of ..." after it, dropped)."""
    words = _SPACES.split(form.strip())
    for i, w in enumerate(words):
        # "Ivo Tom Hale, Jr": a generation after the comma still names the person.
        after = fold(words[i + 1]).strip(".,") if i + 1 < len(words) else ""
        if w.endswith(",") and after in GENERATIONS:
            continue
        if i and (w in {"of", "from"} or w.endswith(",")):
            words = words[: i + 1] if w.endswith(",") and w not in {"of", "from"} else words[:i]
            break
    words = [w.rstrip(",") for w in words]
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if fold(w).strip(".") in PERSON_TITLES:
            last_title = i
    words = words[last_title + 1 :]
    return POSSESSIVE.sub("", " ".join(words))


@lru_cache(maxsize=1 << 16)
def skeleton(word: str) -> str:
    """A word reduced to what transliterations of one name keep in common."""
    return _NOT_ALNUM.sub("", word.replace("y", "i").replace("j", "i"))


def same_word(a: str, b: str, min_letters: int = FUZZY_MIN_LETTERS) -> bool:
    """Whether two name words are one word up to transliteration or one slip of the pen."""
    return a == b or similar_skeletons(skeleton(a), skeleton(b), min_letters)


def similar_skeletons(sa: str, sb: str, min_letters: int = FUZZY_MIN_LETTERS) -> bool:
    """Whether two word skeletons are equal, or both long and one edit apart."""
    if sa == sb:
        return True
    # Numbers tell things apart ("Flight 2207" / "Flight 2208", "IE6" / "IE9").
    if (
        min(len(sa), len(sb)) < min_letters
        or not sa.isalpha()
        or not sb.isalpha()
        or abs(len(sa) - len(sb)) > 1
    ):
        return False
    # OSA counts a swap of two letters as one edit ("Klistchko" / "Klitschko").
    return OSA.distance(sa, sb, score_cutoff=1) <= 1


def initials(key: str, whole: int = 0) -> str:
    """The initials of a name key, function words aside; words of up to ``whole`` letters
    count in full."""
    return "".join(
        w if len(w) <= whole else w[0] for w in key.split() if w not in {"of", "and", "the", "for"}
    )


# Dotted initials, in any case ("U.S.", "u.s."): an acronym though not in capitals.
_DOTTED_INITIALS = re.compile(r"(?:[A-Za-z]\.\s?){2,}")


@lru_cache(maxsize=1 << 16)
def is_acronym_form(text: str) -> bool:
    """Whether a mention is written as an acronym: in capitals ("NATO") or as dotted initials
    ("U.N."); a word cut short ("Ala.", "Gov.") is an abbreviation, whose letters are no
    initials."""
    last = text.split()[-1] if text.split() else ""
    letters = _NOT_LETTER.sub("", last)
    return len(letters) >= 2 and (letters.isupper() or bool(_DOTTED_INITIALS.fullmatch(last)))


def strip_titles(form: str) -> str:
    words = form.split()
    institution = bool(words) and names_a_body(fold(words[-1]).strip(".,"))
    while len(words) > 1 and (
        (_leading_title([fold(w).strip(".") for w in words[:2]] + words[2:]) and not institution)
        or fold(words[0]) in DETERMINERS
    ):
        words = words[1:]
    return POSSESSIVE.sub("", " ".join(words))


@lru_cache(maxsize=1 << 16)
def clean_form(text: str, label: str) -> str:
    """The name in a mention's text, titles dropped, as the entity may be called."""
    if label == "PERSON":
        return trim(person_form(text))
    if label == "ORG" and _titled_firm(trim(text)):
        return trim(text)  # "General Mills"
    return strip_titles(trim(text))
