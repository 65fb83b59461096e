"""Marital status: one person said to be married in one article and divorced, widowed or
unmarried in another ("He remarried last spring" / "He was widowed, the register shows").

A status counts only where its sentence opens with the person and the status follows as the
main predicate ("Nell Arvo was divorced", "He remarried in 2004"): a status further in is
often someone else's ("her sister, who was divorced"). Two such sentences of different
articles disagree when they are related (one fact, or similar words: ``related_pairs``), their
subjects are one person (the same name, or a pronoun), and neither sentence gives both kinds
of status ("divorced in 1990 and remarried" tells a history, not a disagreement).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.conflicts.context import related_pairs
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

# the two kinds of status, by the words that state them
_MARRIED = {"married", "remarried"}
_UNMARRIED = {"divorced", "widowed", "unmarried"}
# the sentence's subject (a pronoun, or a name of one to three capitalised words), then the
# status as its predicate, after an optional auxiliary
_OPENING = re.compile(
    r"(?P<who>[Hh]e|[Ss]he|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2}),?\s+"
    r"(?:(?:was|is|had|has|had been|has been|got|became|later)\s+)?"
    r"(?P<status>" + "|".join(sorted(_MARRIED | _UNMARRIED)) + r")\b(?!-)"
)
_PRONOUNS = {"he", "she"}
_STATUS_WORDS = re.compile(r"\b(?:" + "|".join(sorted(_MARRIED | _UNMARRIED)) + r")\b", re.I)


@dataclass(frozen=True)
class Status:
    """One sentence's marital status of its subject: ``who`` as written, ``status`` the
    word ("divorced"), ``sentence`` an index into ``story.sentences``."""

    article: str
    sentence: int
    who: str
    status: str

    @property
    def married(self) -> bool:
        return self.status in _MARRIED


def status_of(text: str) -> tuple[str, str] | None:
    """(subject, status word) when ``text`` opens with its subject and a marital status as
    its predicate, and states only one kind of status; else None."""
    m = _OPENING.match(text.strip())
    if m is None:
        return None
    who = m.group("who")
    # a capitalised function word opens no name ("The married couple", "Newly wed")
    if who.lower() not in _PRONOUNS and any(w.lower() in STOP_WORDS for w in who.split()):
        return None
    words = {w.lower() for w in _STATUS_WORDS.findall(text)}
    if words & _MARRIED and words & _UNMARRIED:
        return None
    return who, m.group("status").lower()


def _one_person(a: str, b: str) -> bool:
    """Whether two subjects may be one person: a pronoun, or names sharing their last word."""
    if a.lower() in _PRONOUNS or b.lower() in _PRONOUNS:
        return True
    return a.split()[-1].lower() == b.split()[-1].lower()


def status_conflicts(
    story: Story, groups: Sequence[FactGroup], blocked: Collection[tuple[int, int]] = ()
) -> list[list[Status]]:
    """Sets of related sentences of different articles giving one person a married and an
    unmarried status, each set in story order."""
    found: dict[int, Status] = {}
    for n, s in enumerate(story.sentences):
        if s.heading or not _STATUS_WORDS.search(s.text):
            continue  # (cheap: most sentences name no status at all)
        if read := status_of(s.text):
            found[n] = Status(s.article, n, *read)
    if len(found) < 2:
        return []
    links: dict[int, set[int]] = {}
    for i, j, _ in related_pairs(story, groups, list(found), blocked):
        a, b = found[i], found[j]
        if a.married != b.married and _one_person(a.who, b.who):
            links.setdefault(i, {i}).add(j)
    out: list[list[Status]] = []
    seen: set[int] = set()
    for i, members in sorted(links.items()):
        if i in seen:
            continue
        # every status of the same kinds related to this one, listed once
        group = sorted(members | {k for j in members for k in links.get(j, ())})
        seen.update(group)
        out.append([found[k] for k in group])
    return out
