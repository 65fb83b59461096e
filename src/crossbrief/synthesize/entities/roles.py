"""Role descriptions ("the Velmoran prime minister") linked to the one person holding that role.

A person holds a role where an outlet introduces them with it: a title before the name
("Velmora's Prime Minister Ann Lee", "Ostrel chief executive Tom Varga"), an apposition
after it ("Ann Lee, the Velmoran prime minister", "X, the prime minister of Velmora")
or a title and an "of" ("President Ida Brenn of Orsk"). A definite description of
the role ("the Velmoran prime minister", "the minister", "the company's chief executive")
is that person when exactly one person holds a role it agrees with: of those the article
names, as its reader knows them, or, where it names none, of the whole story, unless the
article introduced someone of that role it leaves unnamed ("a port official said", "the
mayor's spokesman said"), whom the description then means; with two or none it stays
unlinked, never a guess (not the last named, not the most named). The
qualifier must agree ("the Russian president" is not the Ukrainian one; a country and its
people are one qualifier), and a demonym inside the description does not stop it:
"Israeli" stays a mention of Israel as well.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.mentions import StoryMention, vote
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.vocabulary import (
    DEGREES,
    ROLE_AFTER,
    ROLE_COVERS,
    ROLE_NEUTRAL,
    ROLE_NOUNS,
    ROLE_RANKS,
    ROLE_TEXT,
    TITLES,
    degree_form,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold
from crossbrief.synthesize.unnamed_speakers import introduced_unnamed

# A qualifier that points back at what the story is about ("the company's", "the
# country's"): it agrees with any holder of the role.
ANY = "*"
# "X of France" after a title and a name.
_OF_AFTER = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)")

Role = tuple[str, str]  # (qualifier, role)

# A role noun only a woman holds ("chairwoman", "queen"); "-man" nouns are used for women too.
_FEMALE_ROLE = re.compile(r"(?i)\b(?:\w+woman|queen|princess|duchess|empress)\b")
# How a man is addressed: a person once called so holds no woman's role.
_MISTER = re.compile(r"Mr\.?\s")
# A possessive word ("the company's"); compiled once, read for every role word.
_POSSESSIVE_END = re.compile(r"['\u2019]s$")


def link_roles(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Role descriptions ("the French president") -> the one person who holds that role."""
    holders = _holders(story, groups)
    if not holders:
        return
    named = {root: {m.article for m in groups[root]} for root in holders}
    men = {root for root in holders if any(_MISTER.match(m.text) for m in groups[root])}
    # Each article's spans, gathered in one pass over the groups rather than one per article.
    spans_of: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for ms in groups.values():
        for m in ms:
            spans_of[m.article].append((m.start, m.end))
    for a in story.articles:
        text = a.article.text
        spans = spans_of[a.article.id]
        for match in ROLE_TEXT.finditer(text):
            start, end = match.span()
            if match.group(0)[:1] in "Mm" and match.group(1):
                continue  # "Mr President" is an address, never "Mr French President"
            # A mention inside the qualifier ("Israeli", "U.S.") is no obstacle: it names the
            # country, the description names its office holder.
            head_start, head_end = match.span(2)
            if any(s < head_end and head_start < e for s, e in spans) or any(
                s < start < e or s < end < e for s, e in spans
            ):
                continue
            role = _parse(match.group(1).split() + match.group(2).split(), match.group(3))
            if role is None:
                continue
            found = {root for root, held in holders.items() if any(_agrees(role, h) for h in held)}
            if _FEMALE_ROLE.search(match.group(0)):
                found -= men  # "the party's chairwoman" is no "Mr. Varga"
            # A reader takes the description for the one holder the article itself names;
            # with none named there, the story's one holder.
            local = {root for root in found if a.article.id in named[root]}
            pick = local if local else found
            if len(pick) != 1:
                continue
            if not local and introduced_unnamed(text[:start], match.group(2).split()[-1]):
                continue  # "a port official said ... the official": the article's own
            groups[next(iter(pick))].append(
                StoryMention(
                    a.article.id,
                    a.sentence_index(start),
                    start,
                    end,
                    match.group(0),
                    "PERSON",
                    "role",
                )
            )


def _holders(story: Story, groups: dict[str, list[StoryMention]]) -> dict[str, set[Role]]:
    """Person root -> the roles outlets introduce that person with."""
    held: dict[str, set[Role]] = defaultdict(set)
    for root in sorted(r for r, ms in groups.items() if vote(ms) == "PERSON"):
        for m in groups[root]:
            if m.kind != "name":
                continue
            text = story.by_id[m.article].article.text
            inner = m.text[: max(m.text.find(m.clean), 0)]
            left = _title_left(text[max(0, m.start - 60) : m.start] + inner)
            if left:
                of = _OF_AFTER.match(text[m.end : m.end + 40])
                role = _parse(left.split(), of.group(1) if of else None)
                if role:
                    held[root].add(role)
            after = ROLE_AFTER.match(text[m.end : m.end + 90])
            if after:
                role = _parse(after.group(1).split() + after.group(2).split(), after.group(3))
                if role:
                    held[root].add(role)
    return held


# ``TITLE_LEFT`` written backwards: its words, each with the one space after it, read from
# the window's end. Searching the window tries every position of it, each one word by word.
_WORDS_BACKWARDS = re.compile(r"(?: [\w.\-'\u2019]+){1,5}")


def _title_left(before: str) -> str | None:
    """``TITLE_LEFT``'s words at the end of ``before`` (its group; its ``$`` may also match
    before a closing line break), or None; matched once on the reversed text."""
    backwards = before[::-1]
    found = _WORDS_BACKWARDS.match(backwards, 1 if backwards.startswith("\n") else 0)
    return found.group()[::-1] if found else None


def _parse(words: Sequence[str], of: str | None = None) -> Role | None:
    """(qualifier, role) of the words of a title that end with a role noun ("Israel's Prime
    Minister" -> israeli, prime minister; "deputy prime minister" -> "", deputy prime
    minister); ``of``: the place after it ("the prime minister of Israel")."""
    lowered = [fold(w).strip(".,") for w in words]
    for size in (4, 3, 2, 1):
        phrase = " ".join(lowered[-size:])
        if len(lowered) >= size and phrase in ROLE_NOUNS:
            break
    else:
        return None
    role = ROLE_NOUNS[phrase]
    qualifier: list[str] = []
    possessive = False
    for w, low in zip(reversed(words[:-size]), reversed(lowered[:-size]), strict=True):
        # A rank on either side of the qualifier ("the former Israeli prime minister", "the
        # French deputy minister") makes another office.
        if low in ROLE_RANKS:
            role = f"{low} {role}"
        elif low in ROLE_NEUTRAL:
            continue
        elif _POSSESSIVE_END.search(w) and w[:1].islower():
            possessive = True  # "the company's": back to what the story is about
            break
        elif w[:1].isupper() and low not in TITLES:
            qualifier.insert(0, w)
        else:
            break
    if possessive:
        return ANY, role
    if not qualifier and of:
        qualifier = of.split()
    return _qualifier(qualifier), role


def _qualifier(words: list[str]) -> str:
    """A title's qualifier, countries as their people ("U.S." and "American", "Israel's"
    and "Israeli" agree); of a longer run, a country's name at its end ("Meanwhile Israeli")."""
    for n in range(len(words)):
        key = name_key(" ".join(words[n:]))
        entry = countries().get(key)
        if entry:
            return entry[2]
        if key in metonyms()["demonym"]:
            return key
    return name_key(" ".join(words)) if words else ""


def _agrees(description: Role, held: Role) -> bool:
    """Whether a description ("the Russian leader") fits a role a person holds ("Russian
    President"): the same role or one it covers; the same qualifier, unless the description
    has none or points back ("the minister", "the company's chief executive")."""
    (dq, dr), (hq, hr) = description, held
    if dr != hr and hr not in ROLE_COVERS.get(dr, frozenset()):
        return False
    return dq in {"", ANY} or dq == hq


def degree(part: str) -> bool:
    """``part`` is a degree set off after a name ("MD", "Ph.D.", "RN"), which names no one:
    never a speaker or an entity to link a speaker to."""
    return degree_form(part) in DEGREES
