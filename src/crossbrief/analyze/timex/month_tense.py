"""Which month a bare month names when its clause looks ahead: a planned event's month
("will attend the March summit") is the coming one, a future told from the past ("said it
would vote in May") the nearest; and whether a month-day told in the past is a day gone ("was
held on May 10") or one a schedule may put ahead ("was set for May 10")."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.governors import clause_verb
from crossbrief.analyze.timex.tense_words import FIXES_DAY, FUTURE_VERBS, INTENDS
from crossbrief.analyze.timex.words import MONTHS

# Nouns of an event planned ahead for a known month.
_PLANNED = {
    "election", "elections", "primary", "primaries", "caucus", "caucuses", "convention",
    "conventions", "summit", "conference", "vote", "referendum", "runoff", "inauguration",
    "deadline", "congress", "olympics", "games", "launch", "trial", "hearing",
}  # fmt: skip
# Verbs of intent that put what they govern ahead, told in any tense ("vowed to stay until
# the congress in June").
_INTENT = INTENDS | {
    "vowed", "vows", "vow", "promised", "promises", "promise", "pledged", "pledges",
    "pledge", "planned", "intended", "hoped", "aimed",
}  # fmt: skip
# Prepositions by which a progressive or an infinitive heads for an event ("is preparing
# for the March summit", "to turn to the June congress"), as against one about it ("is
# still complaining about the March hearing").
_TOWARD = {"to", "for", "into", "toward", "towards"}
# The present forms of "be" (the pipeline has no lemmatizer).
_BE = {"is", "are", "am", "'s", "'re", "'m"}


def planned_month(span: Any, tense: int) -> bool:
    """Whether a bare month names when a planned event takes place, in a clause told in the
    future or looking ahead (an intent, an arrangement, a progressive heading for the
    event): "will attend the March summit", "is preparing for the congress in June" said
    in April are this year's, ahead, though last November is nearer; a clause merely in
    the present ("the trial in March is over") keeps the nearest."""
    root = span.root
    if span.text.lower().removesuffix("'s").strip() not in MONTHS:
        return False
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in":
        head = head.head
    elif root.dep_ not in {"compound", "poss", "nmod", "npadvmod", "amod"}:
        return False
    if head.lower_ not in _PLANNED:
        return False
    if tense > 0:
        return True
    governor = clause_verb(head)
    if governor.lower_ in _INTENT and any(c.dep_ == "xcomp" for c in governor.children):
        return True
    return tense == 0 and (governor.lower_ in FUTURE_VERBS or _heads_for(head, governor))


# Words of wanting or readiness whose object or goal is ahead ("is ready for the March
# summit", "wants the June vote").
_AWAITING = {
    "ready", "eager", "keen", "prepared", "want", "wants", "await", "awaits", "awaiting",
}  # fmt: skip


def _heads_for(event: Any, verb: Any) -> bool:
    """Whether ``event`` is the goal of a clause that looks ahead: the object, direct or
    through a preposition of goal, of a progressive, a to-infinitive or a word of wanting
    or readiness, or of an adjective complementing one ("is getting ready for it"). An
    event that is the subject or is only talked about ("angry about") is not."""
    if event.dep_ == "dobj":
        word = event.head
    elif event.dep_ == "pobj" and event.head.lower_ in _TOWARD:
        word = event.head.head
    else:
        return False
    # Up through complements: "is getting ready for", "is eager to attend".
    for _ in range(3):
        if _looks_ahead(word):
            return True
        if word.dep_ not in {"acomp", "xcomp"}:
            return False
        word = word.head
    return False


def _looks_ahead(word: Any) -> bool:
    """Whether a word heads toward what it governs: a progressive, a to-infinitive or a
    word of wanting or readiness."""
    aux = {c.lower_ for c in word.children if c.dep_ == "aux"}
    return (
        (word.tag_ == "VBG" and bool(aux & _BE))
        or (word.tag_ == "VB" and "to" in aux)
        or word.lower_ in _AWAITING
    )


def future_in_past_month(span: Any) -> bool:
    """Whether a bare month hangs off a future told from the past ("the club said the
    coach would go in June", "said it would vote in May"): from the article's day that month
    may be gone or still to come, so the nearest one, not the next."""
    if span.text.lower().removesuffix("'s").strip() not in MONTHS:
        return False
    verb = clause_verb(span.root)
    if not any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children):
        return False
    if verb.dep_ not in {"ccomp", "xcomp"}:
        return False
    head = verb.head
    aux = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    return bool(head.tag_ == "VBD" or (aux and aux[0].tag_ == "VBD"))


# Present forms of "have" that make a present perfect, and past auxiliaries.
_HAVE_NOW = {"has", "have", "'s", "'ve"}
_PAST_AUX = {"was", "were", "had", "'d", "been"}
# Prepositions by which a day is when the verb's event took place ("held on May 10").
_WHEN = {"on", "at", "in"}


def gone_day(span: Any) -> bool:
    """Whether a month-day told in the past is the day of a past verb's own event, gone by
    the telling ("the vote was held on May 10", "hit Velmora May 10"): the day hangs off
    the verb, bare or after "on", "at" or "in". Not the day of a verb that fixes days
    (``FIXES_DAY``: "was set for", "was scheduled on"), nor one after another preposition
    (a bound or an aim: "until May 10", "by May 10"), nor one of a noun or an adjective
    ("the May 10 deadline", "payable May 10"), whose event may be ahead, nor one of a
    present perfect ("has invited them to a ceremony on May 10")."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj":
        if head.lower_ not in _WHEN:
            return False
        head = head.head
    elif root.dep_ not in {"npadvmod", "tmod"}:
        return False
    # English puts no day gone on a present perfect ("has invited them ... on May 10"): a
    # day with one is the day of what it brings about, ahead.
    aux = {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
    # A finite past: a simple past, or a participle with a past auxiliary ("was held",
    # "had hit"). A bare participle ("the chart published on May 10", "the vote, widely
    # expected on May 10") or an infinitive ("to be thrown out on May 10") takes its time
    # from the clause it hangs in, which may look ahead.
    finite = head.tag_ == "VBD" or (head.tag_ == "VBN" and bool(aux & _PAST_AUX))
    return bool(
        head.pos_ in {"VERB", "AUX"}
        and finite
        and "to" not in aux
        and not aux & _HAVE_NOW
        and head.lower_ not in FIXES_DAY
        and not any(c.lower_ in FIXES_DAY for c in head.children if c.dep_ == "xcomp")
    )
