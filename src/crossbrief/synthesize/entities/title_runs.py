"""The titles written before a name ("Ports Minister", "Major General"), which belong to the
mention and make it a person's, and the names that only qualify a title after them ("Velmora
Bank" of "Deputy Velmora Bank governor Tom Varga"), which the title before them is not of."""

from __future__ import annotations

import re
from collections.abc import Collection

from crossbrief.analyze.quotes.animate import THING_NOUNS
from crossbrief.analyze.quotes.lexicon import ORG_NOUNS
from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.junk import only_title_qualifiers
from crossbrief.synthesize.entities.names import names_a_body
from crossbrief.synthesize.entities.vocabulary import (
    COURTESY_TITLES,
    NOT_TITLES,
    PERSON_TITLES,
    RANK_HEADS,
    TITLE_RUN,
)
from crossbrief.synthesize.text import fold

# A role noun between a name and a person's: an office ("governor") or a noun of one who
# does something ("economist", "spokesman", "lawyer", "director", "president").
_AGENT_ENDINGS = ("man", "woman", "person", "er", "or", "ist", "ent", "ant", "yst", "ian")
# Lower-case words ending like an agent noun that are none ("the bank under Ann Lee"), and
# verbs of saying, which end the clause a role would be in ("official said Ann Lee").
_FUNCTION_WORDS = frozenset(
    {"after", "under", "over", "for", "or", "never", "ever", "whether", "per", "rather"}
    | {"either", "neither", "former", "later", "sooner", "than", "nor", "other"}
    | {"said", "says", "told", "tells", "asked", "added"}
)
# ... and nouns of things ending so ("plant", "incident"): the quote ledger's list, one
# answer to "is this noun someone?", with the news's common nouns of machines, places,
# times and abstractions ending in "-er" or "-or" ("computer", "corridor"). Not the words
# that name a person as often as a thing ("monitor", "fighter", "conductor", "carrier").
_THING_WORDS = """computer printer server browser router scanner container trailer tanker freighter
    water paper number center tower border order letter power matter quarter chapter
    corner winter summer weather meter layer river shelter theater chamber charter filter
    transfer disaster cluster register barrier answer offer cancer fever finger thunder
    motor corridor sector factor reactor tractor error floor door elevator calculator
    vector mirror terror color honor harbor interior exterior indicator generator
    radiator processor detector escalator ventilator simulator accelerator semiconductor
    transistor september october november december"""
_THINGS_ENDING_LIKE_AGENTS = frozenset(_THING_WORDS.split())
_NOT_AGENTS = _FUNCTION_WORDS | THING_NOUNS | _THINGS_ENDING_LIKE_AGENTS
# Nouns ending so name an act, its result or a body ("department", "settlement"), never
# one who acts, though they end like "resident".
_THING_SUFFIX = "ment"
# A role's words are at most this many ("chief executive", "deputy governor").
_ROLE_WORDS = 2
_WORD = re.compile(r"\S+")


def titled(
    article: str,
    text: str,
    start: int,
    end: int,
    label: str,
    taken: list[tuple[int, int]],
    qualifiers: Collection[tuple[int, int]] = (),
    person_starts: Collection[int] = (),
) -> StoryMention:
    """The mention with the capitalised titles right before it ("Mr", "Ports Minister"), which
    also mark it as a person whatever the NER said; other mentions are never swallowed, but
    for ``qualifiers``, spans that only qualify a title ("Fisheries" Minister). A name that
    qualifies a role before a person's name (``person_starts``: "Deputy Velmora Bank governor
    Tom Varga") takes no title: the title is the person's, also where the NER tagged such a
    name a person though its last word heads a body's ("Bank")."""
    # A law's name takes no title: "Finance" of "the Finance Bill" is its portfolio's word.
    run = _title_run(text[max(0, start - 60) : start]) if label != "LAW" else None
    new_start = start
    # A span tagged a person whose last word heads a body's name ("Velmora Bank") is an NER
    # slip: no person's name ends so, and the title before it is the role's holder's.
    slip = label == "PERSON" and _body_head(text[start:end])
    if run and not ((label != "PERSON" or slip) and qualifies_a_role(text, end, person_starts)):
        offset = start - len(run.group(1))
        for word in reversed(list(_WORD.finditer(run.group(1)))):
            folded = fold(word.group()).strip(".")
            w_start = offset + word.start()
            qualifier = any(s <= w_start < e for s, e in qualifiers)
            # "Major" of "Major General": a rank's first word right before the rank.
            head = folded in RANK_HEADS and new_start == w_start + len(word.group()) + 1
            if not (qualifier or head) and (folded in NOT_TITLES or folded not in PERSON_TITLES):
                break
            if any(s < start and w_start < e for s, e in taken if (s, e) != (start, end)):
                break
            new_start = w_start
    if new_start < start:
        new_start = _office_cut(text, new_start, start, taken)
    if new_start == start or only_title_qualifiers(text[new_start:start]):
        return StoryMention(article, 0, start, end, text[start:end], label)
    return StoryMention(article, 0, new_start, end, text[new_start:end], "PERSON")


def _title_run(before: str) -> re.Match[str] | None:
    """``TITLE_RUN`` in the text right before a name. The search tries every position of
    its window, and most names follow a lower-case word ("said", "the") or no space at
    all, which end no run: those are told first, from the last word alone."""
    if not before[-1:].isspace():
        return None
    last = before.rsplit(None, 1)[-1:]
    if not last or last[0].islower():  # no capital letter: no title word ends there
        return None
    return TITLE_RUN.search(before)


# A capitalised word right before a title run, and what before it marks the middle of a
# sentence (a word or a clause's punctuation, not a full stop or a quote mark).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*\s$")
_MID_SENTENCE = re.compile(r"[\w,;:)]\s$")


def _office_cut(text: str, run_start: int, start: int, taken: list[tuple[int, int]]) -> int:
    """Where a title run starts when it stops at a capitalised word that is no name of its
    own: the run then has only the last words of an office it cannot read whole ("Harbour
    Chief"), which go. At a sentence's start the word may be any opener ("Yesterday"), so
    the run is cut there only where an abbreviated title is left to bind to the name."""
    before = _CAPITALISED_BEFORE.search(text, max(0, run_start - 40), run_start)
    if before is None or any(s <= before.start() < e for s, e in taken):
        return run_start
    cut = _past_office_words(text, run_start, start)
    mid = _MID_SENTENCE.search(text, max(0, before.start() - 2), before.start())
    return cut if mid or cut < start else run_start


def _past_office_words(text: str, run_start: int, start: int) -> int:
    """Where a cut title run starts once the office's words go: at its first abbreviated or
    courtesy title ("Sen.", "Dr"), which binds to the name alone; none left, at the name."""
    for word in _WORD.finditer(text, run_start, start):
        if word.group().endswith(".") or fold(word.group()) in COURTESY_TITLES:
            return word.start()
    return start


def qualifies_a_role(text: str, end: int, person_starts: Collection[int]) -> bool:
    """Whether the name ending at ``end`` qualifies a role right before a person's name: a
    role noun or title of at most two words, then the person ("Velmora Bank economist Ann
    Lee", "Velmora Bank Chairman Tom Varga"); not a verb or a function word ("Velmora Bank
    under Tom Varga", "Orla beat Tom Varga")."""
    for start in person_starts:
        if not end < start <= end + 40:
            continue
        between = text[end:start].split()
        if between and len(between) <= _ROLE_WORDS and all(_role_word(w) for w in between):
            # "chief executive": a title word makes a role of any noun it qualifies
            return role_noun(between[-1]) or any(_title(w) for w in between)
        if not between and text[end:start].strip(" \t") == "":
            first = _WORD.match(text, start)
            return first is not None and fold(first.group()).strip(".") in PERSON_TITLES
    return False


def _body_head(name: str) -> bool:
    """Whether a name ends with a word that heads an organisation's ("Bank", "Ministry",
    "Holdings", "Corp.")."""
    words = name.split()
    last = fold(words[-1]).strip(".,") if words else ""
    return names_a_body(last) or last in ORG_NOUNS


def _title(word: str) -> bool:
    """Whether a word is a title of a person ("Chairman", "governor")."""
    return fold(word).strip(".") in PERSON_TITLES


def _role_word(word: str) -> bool:
    """A word of a role: lower case and no function word, or a title ("Chief")."""
    return _title(word) or (word.islower() and fold(word) not in _FUNCTION_WORDS)


def role_noun(word: str) -> bool:
    """A role's head noun: a title, or a noun of one who does something ("economist",
    "assistant"), not a thing ending like one ("plant", "incident")."""
    folded = fold(word).strip(".")
    if _title(word):
        return True
    return (
        folded not in _NOT_AGENTS
        and not folded.endswith(_THING_SUFFIX)
        and folded.endswith(_AGENT_ENDINGS)
    )
