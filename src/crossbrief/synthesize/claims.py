"""Event claims: who did, or underwent, what, read from the words around an entity's mention.

A story's main event is often told in a short sentence ("Ann Lee resigned on Tuesday.",
"Transport Minister Ann Lee has resigned.", "Police in Leeds arrested Tom Reed."), too short
for word overlap to tell it from a sentence that only names the same person. A claim is an
(entity, verb root, role) triple: the entity's mention followed by a past verb, with at most
auxiliaries and adverbs between ("Ann Lee has resigned": she acts; "Tom Reed was arrested":
he undergoes it, a form of "be" makes it passive), or right after one ("arrested Tom Reed":
he undergoes it; not after a determiner or possessive: "the embattled Ann Lee" describes
her). Verbs of saying tell a statement, not the event, and make no claim; nor does a future
("will resign").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence

from crossbrief.model import Entity
from crossbrief.synthesize.saying import PLANNING, SAYING, past_forms
from crossbrief.synthesize.story import Story

Claim = tuple[str, str, str]  # (entity id, verb root, "does" | "undergoes")

# auxiliaries and adverbs between a subject and its verb ("has resigned", "was later freed")
_AFTER = re.compile(
    r"\s+((?:(?:has|have|had|was|were|is|are|been|being|also|later|then|not|never|again|"
    r"[a-z]+ly)\s+)*)([a-z]+)\b"
)
_BEFORE = re.compile(r"(?<![\w'-])([a-z]+)\s+$")
# A word right after a determiner or a possessive describes the name it comes before ("the
# embattled Ann Lee", "Galway's disgraced mayor"): an adjective, not a verb done to it
# ("that" is left out: "the scandal that toppled Ann Lee" is one).
_DESCRIBED = re.compile(
    r"(?:\b(?:the|a|an|this|these|those|his|her|its|their|our|my|your)|\w['\u2019]s?)\s+$",
    re.I,
)
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "being"})
# past forms that do not end in -ed
IRREGULAR_PAST = frozenset(
    {"won", "lost", "shot", "struck", "hit", "met", "left", "quit", "fled", "sworn", "taken"}
    | {"took", "caught", "sent", "sold", "bought", "built", "chosen", "given", "stolen"}
    | {"beaten", "slain", "seen", "fell", "fallen", "held", "found", "freed", "shut"}
)
# Verbs of saying and planning tell a statement or a plan, not the event. "Called" is one here
# ("called for an inquiry", "called him a liar") but not beside a time, where it also
# summons ("police were called on Monday"), so the shared list leaves it to this one.
# Verbs of saying that as often name an act ("posted bail", "cited for speeding", "quoted a
# price", "testified in court") tell an event here, as they did before the shared list.
ACTS_TOO = frozenset({"post", "cite", "quote", "testify"})
SAYING_PAST = past_forms((SAYING - ACTS_TOO) | PLANNING | {"call"})


def _past(word: str) -> bool:
    """Whether ``word`` (lower case) reads as a past verb form."""
    if word in SAYING_PAST:
        return False
    return word in IRREGULAR_PAST or (len(word) > 4 and word.endswith("ed"))


def sentence_claims(
    story: Story, entities: Sequence[Entity], term: Callable[[str], str]
) -> list[frozenset[Claim]]:
    """Each story sentence's claims; ``term`` gives a verb's root (as the fact terms do)."""
    found: dict[tuple[str, int], set[Claim]] = defaultdict(set)
    for e in entities:
        for m in e.mentions:
            a = story.by_id.get(m.article)
            if a is None or m.sentence >= len(a.sentences):
                continue
            text, sent = a.article.text, a.sentences[m.sentence]
            at = found[(m.article, m.sentence)]
            after = _AFTER.match(text, m.end, sent.end)
            if after and _past(after.group(2)) and (root := term(after.group(2))):
                role = "undergoes" if _PASSIVE & set(after.group(1).split()) else "does"
                at.add((e.id, root, role))
            before = _BEFORE.search(text, sent.start, m.start)
            if (
                before
                and _past(before.group(1))
                and not _DESCRIBED.search(text, sent.start, before.start())
                and (root := term(before.group(1)))
            ):
                at.add((e.id, root, "undergoes"))
    return [frozenset(found.get((s.article, s.index), ())) for s in story.sentences]
