"""The tense of the clause a time expression hangs off: which way a weekday is counted."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.timex.governors import (
    DONE_WITH,
    LOOKS_AHEAD_TO,
    MAKES_DO,
    clause_verb,
    infinitive_governor,
    tells_tense,
)
from crossbrief.analyze.timex.past_signs import known_outcome, since_object
from crossbrief.analyze.timex.put_off import put_off_tense
from crossbrief.analyze.timex.schedule import planned_day, progressive_plan, scheduled
from crossbrief.analyze.timex.tense_words import ARRANGED_AHEAD, FUTURE_VERBS

# Conjunctions opening a temporal clause ("as" of "as soon as").
_TEMPORAL_MARKS = {"when", "once", "after", "before", "until", "till", "as", "whenever"}


def clause_tense(span: Any) -> int:
    """-1 past, +1 future, 0 present or unknown: from the verb the expression hangs off.

    "would"/"will" and verbs of intent ("is expected to", "plans to") make it future, also
    through infinitive chains ("would try to refloat the ship on Tuesday"); "would have"
    is past.
    """
    tense = _span_tense(span)
    # "met to discuss it in the wake of the Friday squall": a thing with a wake is over by the
    # time of its clause, so past unless that clause is still to come.
    token = span.root
    while tense == 0 and token.dep_ != "ROOT" and not tells_tense(token):
        token = token.head
        if token.lower_ in {"wake", "aftermath"}:
            return -1
    return tense


def _span_tense(span: Any) -> int:
    verb = span.root
    if since_object(verb):
        return -1
    if when := _when_clause(span):
        return when
    if _looked_ahead_to(verb) or planned_day(verb):
        return 1
    outcome = False
    awaited = False  # "the results due on Friday": the span tells when they come, still ahead
    of_noun = False  # "has called talks on Friday": the time of the talks, not of the call
    after = False  # "would resign, following his disclosure on Friday": before the resigning
    while verb.dep_ != "ROOT" and not tells_tense(verb):
        verb = verb.head
        of_noun = of_noun or verb.pos_ in {"NOUN", "PROPN"}
        after = after or (verb.dep_ == "prep" and verb.lower_ in _AFTER_NOUN and of_noun)
        awaited = awaited or verb.lower_ in FUTURE_VERBS
        outcome = outcome or (not awaited and known_outcome(verb))
        if verb.lower_ == "effective":
            # "created an office, effective Feb. 1": the day something takes effect is
            # announced with it, whatever the tense of the announcement: the nearest one.
            return 0
        if verb.pos_ in {"NOUN", "PROPN"}:
            # An event noun told in its own relative clause has that clause's tense ("would
            # not retaliate for the bombing on Tuesday, which killed seven": past), unless
            # that clause tells how it was arranged ("the final on Saturday, which was moved
            # from Cardiff, will be played"): arranging comes before, so the noun's own
            # clause tells its time, and such a relative clause only where that gives none.
            # A relative clause the parser heads with no verb form ("which both air", "air"
            # taken for a noun) tells no tense of its own.
            relcls = [c for c in verb.children if c.dep_ == "relcl" and _verbal(c)]
            # A present perfect there ("the vote on Friday, which has drawn protests") may
            # be told before its noun's event: no tense of its own.
            told = [_verb_tense(c, 0, perfect=False) for c in relcls if not _arranges(c)]
            if any(told):
                return next(t for t in told if t)
            arranged = [_verb_tense(c, 0) for c in relcls if _arranges(c)]
            if any(arranged):
                return _clause_tense(clause_verb(verb)) or next(t for t in arranged if t)
    if verb.dep_ == "acl" and verb.lower_ in FUTURE_VERBS:
        # "the verdict expected on Monday will end it": a participle of arranging tells no
        # tense of its own; the clause of the awaited thing does.
        awaited, verb = True, clause_verb(verb.head)
    # A present perfect is read as past only for the time of its own event: not a deadline
    # ("has been closed until Friday": a state still holding) nor the time of a noun it
    # governs ("has agreed to talks on Friday": the talks may be ahead).
    root = span.root
    bound = root.dep_ == "pobj" and root.head.lower_ in _DEADLINES
    tense = _clause_tense(verb, perfect=not (bound or of_noun))
    if (put_off := put_off_tense(span, tense)) is not None:
        return put_off  # "has been delayed until Monday": a day still ahead
    # "The party's wins on Sunday will change the race": the outcome is in, its effects to come;
    # a weekday between such a subject and its verb is the subject's, wherever the parser
    # hangs it.
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    between = subject is not None and subject.i < span.start and span.end <= verb.i
    if tense > 0 and not awaited and (outcome or (between and known_outcome(subject))):
        return -1
    # A verb the tagger took for a noun ("The Owls (11-5) face ...") reads as past above;
    # with a subject of its own, a schedule's present still tells a day to come.
    misread = tense < 0 and verb.tag_ in {"NN", "NNS"}
    if (tense == 0 or misread) and scheduled(root, verb):
        return 1
    if tense == 0 and progressive_plan(root, verb):
        return 1
    if tense > 0 and after and any(c.lower_ in _WOULD for c in verb.children if c.dep_ == "aux"):
        # An event told after "following"/"after" came before a coming one: under a reported
        # or conditional "would" it may be over or still ahead, so neither way (as a gerund
        # after "after" is read). Under "will" the telling's future runs on from now: the
        # event before the coming one is to come too ("will fly after the summit on Monday").
        return 0
    return tense


def _when_clause(span: Any) -> int:
    """The tense of a time's own "when" clause after it ("until Monday, when the storm
    passed": past), -1 or +1; 0 when it has none or that clause tells none. The clause tells
    what happened on the day, in the writer's tense, so it outweighs a reported "would"
    ("said the pier would stay shut until Monday, ...")."""
    told = [
        _when_tense(c)
        for c in span.root.children
        if c.dep_ == "relcl"
        and c.i >= span.end
        and _verbal(c)
        and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)
    ]
    return next((t for t in told if t), 0)


def _when_tense(verb: Any) -> int:
    """The tense of a "when" clause's verb: "will" (also "will have passed") still to come,
    another modal ("would", "could") or an arrangement ("was to be ratified", "was due to
    open": told in the past, it may be over or still ahead) none of its own, else as told
    (``_verb_tense``)."""
    modals = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD"]
    if modals:
        return 1 if modals[0] in _WILL else 0
    near = [c for c in verb.children] + [g for c in verb.children for g in c.children]
    if any(t.tag_ == "TO" for t in [verb, *near]):
        return 0
    return _verb_tense(verb, 0, perfect=False)


_AFTER_NOUN = {"following", "after"}
_WOULD = {"would", "'d"}


# Verbs of looking or thinking, and the words by which they look past or beyond a time.
_LOOKING = {
    "look", "looks", "looked", "looking", "think", "thinks", "thought", "thinking", "see",
    "sees", "saw", "seeing", "gaze", "gazed", "plan", "plans", "planned", "planning",
}  # fmt: skip
_BEYOND = {"past", "beyond"}
_AHEAD = {"ahead", "forward"}


def _looked_ahead_to(root: Any) -> bool:
    """Whether a time is what a verb of looking or thinking looks past, beyond, ahead or
    forward to ("was looking beyond November", "is looking ahead to March"): that time is
    still to come from the telling, whatever the tense of the looking."""
    if root.dep_ != "pobj":
        return False
    prep = root.head
    verb = prep.head
    if verb.lower_ not in _LOOKING:
        return False
    if prep.lower_ in _BEYOND:
        return True
    return prep.lower_ in {"to", "toward", "towards"} and any(
        c.lower_ in _AHEAD for c in verb.children if c.dep_ in {"advmod", "prt"}
    )


def _verbal(token: Any) -> bool:
    """Whether a token is a verb form, or a word with an auxiliary of its own."""
    return bool(token.tag_.startswith(("VB", "MD"))) or any(
        c.dep_ in {"aux", "auxpass"} for c in token.children
    )


# Verbs of arranging an event, as told of one already arranged (the pipeline has no
# lemmatizer): a relative clause of one tells when it was planned.
_ARRANGING = {
    "arranged", "scheduled", "rescheduled", "moved", "postponed", "delayed", "planned",
    "called", "set", "announced", "organised", "organized", "booked", "confirmed", "agreed",
    "approved", "brought",
}  # fmt: skip


def _arranges(relcl: Any) -> bool:
    """Whether a relative clause tells how its event was arranged ("which was moved",
    "that officials said were arranged")."""
    verbs = [relcl, *(c for c in relcl.children if c.dep_ == "ccomp")]
    return any(v.lower_ in _ARRANGING for v in verbs)


def _clause_tense(verb: Any, perfect: bool = True) -> int:
    """The tense of the clause ``verb`` heads, a bare gerund's taken from its governor
    within the order an "after"/"before" gives (see ``_finite``); ``perfect`` reads a
    present perfect as past (see ``_present_perfect``)."""
    finite, order = _finite(verb)
    tense = _verb_tense(finite, 0, perfect)
    if (order == "after" and tense > 0) or (order == "before" and tense < 0):
        # "After losing on Saturday, Arsenal will face Spurs": what came before a coming
        # event may be past or coming (and what comes after a past one), so neither way.
        return 0
    if order == "granted" and tense == 0:
        # "misses the final despite winning on Saturday": a concession is granted as a
        # fact, so it is over when its clause is told in the present.
        return -1
    return tense


# Words opening a gerund that place it before or after its governor's event, or grant it
# as a fact ("despite").
_ORDER = {"after": "after", "since": "after", "following": "after", "before": "before",
          "until": "before", "till": "before", "ahead": "before",
          "despite": "granted"}  # fmt: skip


def _finite(verb: Any) -> tuple[Any, str | None]:
    """The verb whose tense a gerund with no auxiliary of its own takes: the one it hangs
    off ("broke away in June after voting in a March ballot": "broke"); with "after"
    or "before" when the first gerund is opened by a word placing it so."""
    order: str | None = None
    if (
        verb.tag_ == "VBG"
        and verb.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr"}
        and not any(c.dep_ in {"aux", "auxpass", "nsubj"} for c in verb.children)
    ):
        # A gerund used as a noun ("days of grilling in October") has no tense of its
        # own: the clause it belongs to has.
        head = clause_verb(verb.head)
        if head.i != verb.i and head.pos_ in {"VERB", "AUX"}:
            verb = head
    for n in range(3):
        if verb.tag_ != "VBG" or verb.dep_ not in {"pcomp", "advcl"}:
            break
        if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            break
        if n == 0:
            opener = [c.lower_ for c in verb.children if c.dep_ == "mark"]
            if verb.dep_ == "pcomp":
                opener.append(verb.head.lower_)
            order = next((_ORDER[w] for w in opener if w in _ORDER), None)
        head = verb.head
        while head.dep_ != "ROOT" and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        if head.i == verb.i or head.pos_ not in {"VERB", "AUX"}:
            break
        verb = head
    return verb, order


# Modals of a future told from the present, under which a past form is past.
_WILL = {"will", "shall", "'ll", "wo"}


def _told_in_past(verb: Any) -> bool:
    """Whether a verb is in the simple past, itself or by its auxiliary ("opened", "was
    called")."""
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if aux:
        return bool(aux[0].tag_ == "VBD")
    return bool(verb.tag_ == "VBD")


# Prepositions of a deadline: the day a state lasts until, or an event is due by.
_DEADLINES = {"by", "until", "till", "through", "for", "before", "to"}
# The present forms of "have" as a perfect's auxiliary ("'s" is more often "is": "it's shut").
_HAVE = {"has", "have", "'ve"}


def _present_perfect(verb: Any, tokens: list[Any]) -> bool:
    """Whether a verb is in the present perfect and tells an event over ("has voted",
    "has been closed"): not one of arranging ("has set Friday as the day"), nor under a
    condition ("if it has voted")."""
    if verb.tag_ != "VBN" or verb.lower_ in _ARRANGING or verb.lower_ == "got":
        # "have got" is "have": a present, no event over.
        return False
    if not any(t.lower_ in _HAVE and t.tag_ in {"VBZ", "VBP"} for t in tokens[1:]):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children)


def _verb_tense(verb: Any, depth: int, perfect: bool = True) -> int:
    if (
        depth < 3
        and verb.dep_ == "advcl"
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ in _TEMPORAL_MARKS for c in verb.children)
    ):
        # A temporal clause shifts its tense to its main clause's ("will sell when trading
        # opens Monday", "would sell as soon as the market opened Tuesday"): take that one; but
        # one told in the past under "will" is past ("will rise, as it did after the
        # result was declared Tuesday"): only a future told from the past ("would", "were
        # likely to") takes a past form for a coming event.
        head = verb.head
        while head.dep_ != "ROOT" and head.pos_ not in {"VERB", "AUX"}:
            head = head.head
        if _told_in_past(verb) and any(c.tag_ == "MD" and c.lower_ in _WILL for c in head.children):
            return -1
        if _told_in_past(verb) and head.tag_ in {"VBZ", "VBP"}:
            # "the closure comes after she rear-ended a ferry on Aug 30": a simple past under
            # a present with no modal is past; only a future told from the past shifts it.
            return -1
        return _verb_tense(head, depth + 1, perfect)
    chain = [verb]
    while chain[-1].dep_ in {"xcomp", "conj"} and len(chain) < 5:
        chain.append(chain[-1].head)
    for n, v in enumerate(chain):
        aux = [c for c in v.children if c.dep_ in {"aux", "auxpass"}]
        if any(a.tag_ == "MD" for a in aux) or v.tag_ == "MD":
            # "could not" is the past of "cannot": an inability on a day gone.
            past = any(a.lower_ in {"have", "'ve"} for a in aux) or _could_not(v, aux)
            return -1 if past else 1
        # "had been due to": the auxiliary hangs off the copula "due" complements.
        copula = v.head if v.dep_ == "acomp" else v
        if any(a.lower_ == "had" for a in (*aux, *copula.children) if a.dep_ == "aux"):
            # Past perfect: "had been due to end Thursday" was planned, and is past.
            return -1
        # "is going to", "plans to", "is to resume": intent or arrangement, hence future.
        be_to = n > 0 and v.lower_ in _BE and any(c.lower_ == "to" for c in chain[n - 1].children)
        intent = (
            any(a.lower_ == "going" for a in aux) or (n > 0 and v.lower_ in FUTURE_VERBS) or be_to
        )
        if intent and v.tag_ != "VBD":
            # "was scheduled to leave Tuesday": a plan told in the past may be over or still
            # to come, so neither way (the nearest day).
            return 0 if any(a.tag_ == "VBD" for a in aux) else 1
        if be_to and v.tag_ == "VBD":
            # "were to sign it Friday": the same, an arrangement told in the past; but "if
            # they were to sign", "were they to sign" is a condition on what may yet be.
            return 1 if _conditional(v) else 0
        if v.dep_ == "conj" and v.tag_ in {"VBD", "VBN", "VBZ", "VBP"}:
            break
    if verb.lower_ in _BE_TO and _to_infinitive(verb) and not _complemented(verb):
        # "Later Monday, she is to fly home": the day hangs on "is" of "is to", an
        # arrangement, still to come; "was to" told in the past may be over (the nearest).
        return 1 if verb.tag_ in {"VBZ", "VBP"} else 0
    if depth < 3 and (governor := infinitive_governor(verb)) is not None:
        # A to-infinitive has no tense of its own: "enabled the board to cut it on Friday"
        # is past; but what a verb of intent, decision or asking looks ahead to, told in the
        # past, may be over or still to come.
        if governor.lower_ in LOOKS_AHEAD_TO:
            return 0
        if governor.lower_ in _BE_TO and _conditional(governor):
            return 1  # "were they to close it Friday", parsed with the infinitive as advcl
        # A present perfect tells that its own event is over ("has chosen", "has been
        # summoned"), not the infinitive's, which may be ahead; but what a causative's object
        # or a verb of trying does happens with it ("has forced them to close").
        tense = _verb_tense(governor, depth + 1, perfect and governor.lower_ in DONE_WITH)
        if verb.dep_ == "advcl" and governor.lower_ not in MAKES_DO:
            # An infinitive of purpose ("flew to Orlen to attend the summit on Friday")
            # tells what its event was for, which comes after it: still to come after a
            # coming event, but after a past one it may be over or still ahead.
            return max(tense, 0)
        return tense
    tokens = [verb, *[c for c in verb.children if c.dep_ in {"aux", "auxpass"}]]
    if any(t.tag_ in {"VBD"} for t in tokens):
        return -1
    if perfect and _present_perfect(verb, tokens):
        # "has voted on Friday", "has forced them to close on Friday": the present perfect
        # tells an event already over, as the simple past does.
        return -1
    if verb.tag_ == "VBN" and not any(t.tag_ in {"VBZ", "VBP"} for t in tokens[1:]):
        return -1
    if verb.lower_ in ARRANGED_AHEAD and any(t.tag_ in {"VBZ", "VBP"} for t in tokens[1:]):
        # "a vigil is planned for Sunday", "a ruling is expected on Monday": arranged now,
        # so still to come (told in the past, "was planned", it may be over).
        return 1
    if any(t.tag_ in {"VBZ", "VBP", "VBG", "VB"} for t in tokens):
        return 1 if _present_ahead(verb) else 0
    return -1


def _could_not(verb: Any, aux: list[Any]) -> bool:
    """Whether a verb is negated under "could" outside a condition ("still could not speak
    on Sunday"): the past of "cannot"; "could" alone is a possibility, still ahead."""
    return (
        any(a.lower_ == "could" for a in aux)
        and any(c.dep_ == "neg" for c in verb.children)
        and not _conditional(verb)
    )


# Forms of "be" that with a to-infinitive tell an arrangement ("is to fly", "was to fly"),
# with a typewriter or a curly apostrophe.
_BE_TO = {"is", "are", "'s", "'re", "’s", "’re", "was", "were"}
# The finite forms of "be", by the word as written: the pipeline runs no lemmatizer (the
# attribute ruler gives "be" to most forms, but not to a curly "’s" or "’re"). Only a finite
# "be" tells an arrangement with "to" ("is to resume"): "to be here and to speak" does not.
_BE = _BE_TO | {"am", "'m", "’m"}


def _to_infinitive(verb: Any) -> bool:
    """Whether a verb has a to-infinitive complement ("is to fly")."""
    return any(
        c.dep_ == "xcomp" and c.tag_ == "VB" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _complemented(verb: Any) -> bool:
    """Whether a "be" has a complement the infinitive may belong to ("were able to", "is
    the first to"): then it is no "be to" of arrangement."""
    return any(c.dep_ in {"acomp", "attr"} for c in verb.children)


# Conjunctions of a condition: a present under them looks ahead ("if she is the nominee in
# November"); adverbs of a habit: a present with them tells what happens each time, so the
# next time from now ("often ends in a vote in May").
_CONDITIONS = {"if", "unless"}
_HABITUAL = {"often", "usually", "always", "typically", "generally", "rarely", "seldom", "normally"}


def _conditional(verb: Any) -> bool:
    """Whether a verb opens a condition: by "if"/"unless", or by standing before its subject
    ("were they to sign", "had they known")."""
    return any(
        (c.dep_ == "mark" and c.lower_ in _CONDITIONS)
        or (c.dep_ in {"nsubj", "nsubjpass"} and c.i > verb.i)
        for c in verb.children
    )


def _present_ahead(verb: Any) -> bool:
    """Whether a clause in the present (not a progressive) is a condition or a habit: its
    time is the coming one, not the nearest either way."""
    if verb.tag_ == "VBG":
        return False
    return any(
        (c.dep_ == "mark" and c.lower_ in _CONDITIONS)
        or (c.dep_ == "advmod" and c.lower_ in _HABITUAL)
        for c in verb.children
    )
