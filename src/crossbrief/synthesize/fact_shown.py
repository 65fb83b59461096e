"""Which sentence shows a fact: one that reads on its own.

A fact group's members all report its fact, but not all read alone: a piece of a quotation
cut by the splitter, a question, a first-person line with no speaker named, a sentence that
leans on the one before it ("It said ...", "the latter"). ``representative`` picks the member
to show; ``shows_whole`` and ``named_piece`` say whether any member can be shown at all.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import numpy as np

from crossbrief.synthesize.ledger_filter import STAND_INS
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_fronted import points_back
from crossbrief.synthesize.summary_quotes import QUOTED, balanced_quotes, inside_quotation
from crossbrief.synthesize.summary_rules import needs_previous
from crossbrief.synthesize.text import first_person

if TYPE_CHECKING:  # facts imports this module; a group is only read here
    from crossbrief.synthesize.facts import FactGroup


def quote_piece(story: Story, i: int) -> bool:
    """Whether sentence ``i`` is a piece of a quotation cut by the splitter: a quote mark
    left open or closed that opened before it ("``His clothes had burned off.", "They didn't
    look down'' beforehand."), or an opening inside a quotation begun earlier. It may
    support a fact another outlet states whole, but it is no fact's text: it reads as half
    of someone's words, its speaker named elsewhere if at all."""
    return not balanced_quotes(story.sentences[i].text) or inside_quotation(story, i)


# a sentence cut by the splitter opens on a lower-case word ("that the council was to
# blame."); a question ("Will the fees rise again?") asks and states nothing
_OPENING = re.compile(r"^[\s\"'`\u201c\u2018(\[]*(?P<first>\w+)")
_QUESTION = re.compile(r"\?[\s\"'\u201d\u2019)\]]*$")
_FIRST_PERSON_SPEAKERS = frozenset(("i", "we", "me", "us"))
# Words that stand for things or people told in an earlier sentence, anywhere in a sentence
# ("Choosing the latter adds ...", "Though the two were late, ..."): "the latter", "the
# former" or a bare number after "the", with a comma, the clause's end or a verb after it,
# or a lower-case participle that ends the phrase ("the two injured were ..."); a noun after
# it says what it means ("the former mayor", "the two ferries", "the latter half of",
# "the two injured men", "the former Fed chairman")
_LEADING_MARKS = " \"'`\u201c\u2018(["
_AFTER_BACK = (
    r"(?:\s*(?:[,;:.)]|$)|\s+(?:were|was|are|is|had|have|has|will|would|could|can|did|also|then"
    r"|both|each|said|say|told)\b)"
)
_LEANS_BACK = re.compile(
    r"\b[Tt]he\s+latter(?=" + _AFTER_BACK + r"|\s+[a-z]+s\b(?!\s+of\b))"
    r"|\b[Tt]he\s+(?:former|two|three|four|five|six)(?="
    + _AFTER_BACK
    + r"|\s+[a-z]+(?:-[a-z]+)?ed"
    + _AFTER_BACK
    + r")"
)
_DOUBLE_MARKS = ('"', "``", "''", "\u201c", "\u201d")
_QUOTE_MARKS = ('"', "``", "''", "\u201c", "\u201d", "'")


def fragment(text: str) -> bool:
    """Whether ``text`` is a piece of a sentence (it opens on a lower-case word) or a
    question: neither reads alone as a statement of fact."""
    m = _OPENING.match(text)
    if m is not None and m.group("first").islower():
        return True
    # a question in quotation marks is someone's, reported by a statement ('Lee asked: "Why
    # now?"'), or a bare quotation (``speakerless``)
    return _QUESTION.search(text) is not None and not any(q in text for q in _DOUBLE_MARKS)


def speakerless(story: Story, i: int) -> bool:
    """Whether sentence ``i`` speaks in the first person ("I expect no fine
    at all.") or is a quotation from mark to mark ('"The man is a wreck."'), and names no
    speaker of its own: no quote of its article has its speaker in it. Shown alone, it tells
    no one who "I" is, or whose words these are."""
    s = story.sentences[i]
    bare = s.text.strip()
    quoted = bare.startswith(_QUOTE_MARKS) and bare.endswith(_QUOTE_MARKS)
    if not (quoted or first_person(s.text)):
        return False
    return not any(
        q.speaker_start is not None
        and s.start <= q.speaker_start < s.end
        # "I expect the pier to open soon": the analysis may read "I" as the speaker, who is
        # still no one named
        and (q.speaker_text or "").strip().lower() not in _FIRST_PERSON_SPEAKERS
        for q in story.by_id[s.article].quotes
    )


def representative(story: Story, group: FactGroup) -> int:
    """The member most similar to the others (ties: the earliest), among those that read on
    their own: a fact shown as "It said a little oil had spilled", "Following the
    talks, ...", or by a piece of someone's quotation ("I cannot go into it.", "``Her
    coat had caught fire.") tells no one who said it or what it follows, when another
    outlet's sentence does; nor does someone's first-person line with no speaker named in
    it (``speakerless``), nor a piece or a question (``fragment``). Where none reads
    alone, a whole statement with its speaker named comes before one that only leans on
    the sentence before it ("I told him he would hear soon," said Lee.), and the opening
    of a quotation that names its speaker before a line that names none. A sentence that
    stands for things told before by "the latter" or "the two" (``leans_back``) does not
    read alone either."""
    if len(group.members) == 1:
        return group.members[0]
    sim = story.similarity[np.array(group.members)[:, None], group.members]  # np.ix_'s block
    scores = sim.sum(axis=1).tolist()
    # the members best first (ties: the earliest), so that each test is read down the list
    # only until a member passes it (the rules behind ``needs_previous`` cost most)
    ranked = [group.members[k] for k in sorted(range(len(scores)), key=lambda k: -scores[k])]
    whole: dict[int, bool] = {}
    for i in ranked:
        whole[i] = shows_whole(story, i)
        if whole[i] and not (
            needs_previous(story, i)
            or points_back(story.sentences[i].text) is not None
            or leans_back(story.sentences[i].text)
        ):
            return i
    # none reads alone: a whole statement, or else an opening that names its speaker
    for i in ranked:
        if whole[i]:
            return i
    for i in ranked:
        if named_piece(story, i):
            return i
    return ranked[0]


def leans_back(text: str) -> bool:
    """Whether ``text``, outside its quotations, stands for something an earlier sentence told
    by "the latter", or by "the former" or "the two" (three, ...) with no noun after it
    ("Though the two were late, ..."), or opens on an underscore, a wire's mark for a
    dash cut loose from the sentence that named its subject ("_ reached the pier on
    Monday"): shown alone, it tells no one what."""
    return (
        text.lstrip(_LEADING_MARKS).startswith("_")
        or _LEANS_BACK.search(QUOTED.sub(" ", text)) is not None
    )


def named_piece(story: Story, i: int) -> bool:
    """Whether sentence ``i`` opens someone's quotation that runs on past it and names its
    speaker ('Lee said: "We will rebuild the pier.'): half of the words, but whose they
    are is told, as a speakerless line does not tell."""
    s = story.sentences[i]
    return not fragment(s.text) and any(
        q.speaker_start is not None
        and s.start <= q.speaker_start < s.end
        # "..., he said": a pronoun names no one
        and (q.speaker_text or "").strip().lower() not in STAND_INS
        for q in story.by_id[s.article].quotes
    )


def shows_whole(story: Story, i: int) -> bool:
    """Whether sentence ``i`` is a whole statement with its speaker, if any, named in it:
    no piece of a quotation or sentence, no question, no speakerless first-person line."""
    return not (quote_piece(story, i) or speakerless(story, i) or fragment(story.sentences[i].text))
