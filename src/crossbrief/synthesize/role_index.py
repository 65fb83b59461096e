"""The ledger's role index: role word -> the people the story's outlets name with it, read
from the title run right before a person's name ("Ukrainian President ...", "Pentagon
spokesman ...") and the apposition after it (", the Israeli prime minister,")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.entities.vocabulary import ROLE_RANKS
from crossbrief.synthesize.quote_roles import (
    ends_sentence,
    own_words,
    person_possessive,
    person_title,
    role_words,
    unranked,
    words_around,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

_ROLE_WINDOW = 5  # words before a name (or in its apposition) that can name its role
_POSSESSIVE = re.compile(r"['\u2019]s?\s")  # "Hale's lawyer", "Jones' lawyer"
PLAIN = "\0plain "  # role index key prefix: the word held with no rank before it
_ROLE_NOUN_WORDS = """spokesman spokeswoman spokesperson minister president leader chancellor mayor
    ambassador negotiator secretary governor senator chief head director official
    commander general envoy adviser advisor master manager captain officer chair"""
ROLE_NOUNS = frozenset(_ROLE_NOUN_WORDS.split())
# Occupations that title a name ("labour correspondent Ann Lee", "Velmora coach Tom Varga")
# and stand for its holder as a speaker ("our correspondent said", "the national coach
# said"), though the word alone may name no one ("the coach" may be a bus): only a speaker
# phrase or a title before a name is read with them.
SPEAKING_TITLES = frozenset({"correspondent", "reporter", "coach", "editor"})


# An apposition right after a person's name: ", the Velmoran harbour master,"
_APPOSITION = re.compile(r"\s*,\s*((?:the|a|an)\s[^,.;:\n]{2,60})[,.;]")


def role_index(story: Story, key_to_id: dict[str, str]) -> dict[str, set[str]]:
    """Role word -> ids of the people the story's outlets name with it.

    Reads the words right before a person mention ("Ukrainian President ...") and in the
    apposition after it (", the Israeli prime minister,"), from the analysed offsets.
    """
    index: dict[str, set[str]] = defaultdict(set)
    for a in story.articles:
        text = a.article.text
        people = [m for m in a.mentions if m.type == "PERSON"]
        # the ends of the possessive names, found once per article and not once per pair
        owned = sorted({o.end for o in people if _owns(text, o.end)})
        for m in people:
            eid = key_to_id.get(name_key(m.text))
            if eid is None:
                continue
            # a person named before, as possessor ("Mayor Tom Hale's lawyer Ann Lee"), holds
            # their own title; a name merely before may be a mistagged body ("WRU manager")
            k = bisect_right(owned, m.start)
            left = max([max(0, m.start - 60), *owned[k - 1 : k]])
            title = _title_words(text[left : m.start])[::-1]  # reading order
            after = _APPOSITION.match(text[m.end : m.end + 80])
            # "a lawyer for the mayor": her office is the head's, the mayor someone else
            apposition = own_words(after.group(1))[:_ROLE_WINDOW] if after else []
            around = words_around(text, m.start, m.end)  # "(D-Ore.)", "the mayor, Ann Lee"
            for w in title + apposition + around:
                index[w].add(eid)
            for w in unranked(title) + unranked(apposition) + unranked(around):
                index[PLAIN + w].add(eid)
    return index


def _owns(text: str, end: int) -> bool:
    """The name ending at ``end`` is a possessive ("Tom Hale's", "Jones'")."""
    return bool(_POSSESSIVE.match(text, end) or _POSSESSIVE.match(text[end - 2 : end] + " "))


def _title_words(before: str) -> list[str]:
    """The title run right before a name: capitalised words, role nouns and ranks
    ("Israel's Prime Minister", "Pentagon spokesman", "the party's shadow chancellor"),
    stopping at any other word; nearest the name first."""
    out: list[str] = []
    for raw in reversed(before.split()[-_ROLE_WINDOW:]):
        word = raw.strip(',;:()"\u201c\u201d')
        low = fold(word)
        # a rank is kept so that "shadow chancellor Ann Lee" is never "the chancellor"
        titled = word[:1].isupper() or low in ROLE_NOUNS | SPEAKING_TITLES or low in ROLE_RANKS
        titled = titled or person_title(low)  # "producer"
        if not word or not titled or raw[-1:] in ",;:" or ends_sentence(raw):
            break
        if person_possessive(word):
            break  # "the Mayor's lawyer Ann Lee": the words before are the mayor's
        out.extend(role_words(word))
    return out
