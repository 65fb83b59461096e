"""Times an undated article tells as a possibility or a plan ("might run in 2000", "plans
to stand in 2000"): what someone may do or means to do, not an event. With no date to show
the time lies ahead, a chronology would list it among what happened. A schedule told as
still to come ("the furnace will open in 2033", "said it would open") is kept: it is the
story's expected next event, placed after its latest year. A plan reported in the past
perfect ("had said he would stand in 2030", "had planned to run in 2000") is no event in any
article (``past_plan``): the report is of a plan as it stood before the story's past, which
the writer does not say was kept."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# A hedging modal not telling a past possibility ("might have staged" is past), or a verb
# of plan or wish before an infinitive.
_HEDGE_OR_PLAN = re.compile(
    r"\b(?:(?:might|may|could)(?!\s+(?:not\s+)?have\b)"
    r"|(?:plans?|planned|planning|intends?|intended|intending|hopes?|hoped|hoping|wants?|"
    r"wanted|wanting|aims?|aimed|aiming|seeks?|sought|seeking)\s+to)\b",
    re.I,
)
# After a hedging modal, verbs of an event taking place: the hedge is on when the event is
# held, not on whether ("could be held in spring 2033", "may take place in 2033"), which
# the writer gives as set: a schedule, like "is expected in 2033". "Held" of a particle or a
# state ("could be held back", "may be held responsible") is no event's holding.
_HELD = re.compile(
    r"\s+(?:be\s+held(?!\s+(?:back|up|off|down|over|responsible|liable|accountable|hostage))"
    r"|take\s+place)\b",
    re.I,
)
# Marks that end the clause before the time: what lies before them is another clause's.
_BOUNDARY = re.compile(r"[,;:(\u2014\u2013]|\s_\s|\s-\s")


def intention(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time not told as past (the analysis's tense: a plan told in the past, "was
    planning to run in 2000", may be over or ahead) hangs off a hedging modal or a verb of
    plan in its own clause: a possibility or a plan, not an event. A hedge on when an
    event is held ("could be held in 2033", ``_HELD``) is a schedule, kept as "is expected
    in 2033" is."""
    if t.tense < 0:
        return False
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    bounds = list(_BOUNDARY.finditer(text, span.start, t.start))
    opened = bounds[-1].end() if bounds else span.start
    hedges = list(_HEDGE_OR_PLAN.finditer(text, opened, t.start))
    return bool(hedges) and not _HELD.match(text, hedges[-1].end(), t.start)


# A verb of saying or promising in the past perfect ("had said", "had long promised"), then
# "would" or "'d" (not "would have", a past of its own) before the time; or a verb of plan in
# the past perfect before an infinitive ("had planned to", "had hoped to").
_PAST_PLAN = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:(?:said|told|announced|promised|pledged|vowed|indicated|"
    r"declared|insisted|predicted|suggested|signalled|signaled|hinted|stated|claimed)\b"
    r"[^;:(\u2014\u2013]*?(?:\bwould|\w'd)(?!\s+(?:not\s+)?have\b)"
    r"|(?:planned|hoped|intended|wanted|aimed|expected|meant)\s+to)\b",
    re.I,
)


# A subordinator opening a clause or phrase of its own ("before his death", "after the
# bridge opened"), unless the time follows it at once ("to open before 2030": the plan's).
_SUBORDINATE = re.compile(r"\b(?:before|after|when|until|till|since|once|while)\s+(?=\S)", re.I)
# A past form after a word that may be its subject ("the bridge opened"): a finite verb, its
# clause not the plan's. Not after a word that makes it a participle or an adjective ("to
# be elected", "a delayed vote", "had it repaired", "quickly built"), nor a word merely
# ending so ("two hundred", "a need").
_PAST_FORM = re.compile(r"\b(\w+)\s+(\w{2,}ed)\b", re.I)
_NOT_SUBJECT = frozenset(
    {"to", "be", "been", "being", "was", "were", "is", "are", "am", "have", "has", "had"}
    | {"get", "got", "gets", "a", "an", "the", "this", "that", "these", "those", "no"}
    | {"his", "her", "its", "their", "our", "my", "your", "it", "them", "him", "me", "us"}
)
_NOT_PAST = frozenset(
    {"hundred", "need", "speed", "seed", "feed", "breed", "shed", "sacred", "naked", "wicked"}
    | {"rugged", "kindred", "hatred", "creed", "greed", "deed", "indeed", "proceed", "exceed"}
    | {"succeed", "steed", "weed", "sled"}
)


def past_plan(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time hangs off a plan reported in the past perfect in its own sentence
    ("had said he would run again in 2000", "had planned to run in 2000"): the time comes
    after the plan's "would" or infinitive with no mark that ends a clause between (a time
    before them, "had said in 1996 that he would run", is the saying's), no subordinator
    opening a clause or phrase of its own ("had hoped to retire before his death in 2020":
    the death is an event) and no finite verb ("had expected to lose trade after the bridge
    opened in 2019")."""
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    plans = list(_PAST_PLAN.finditer(text, span.start, t.start))
    if not plans:
        return False
    between = text[plans[-1].end() : t.start]
    if _BOUNDARY.search(between):
        return False
    if any(between[m.end() :].strip() for m in _SUBORDINATE.finditer(between)):
        return False
    return not any(
        (before := m.group(1).lower()) not in _NOT_SUBJECT
        and not before.endswith("ly")
        and m.group(2).lower() not in _NOT_PAST
        for m in _PAST_FORM.finditer(between)
    )
