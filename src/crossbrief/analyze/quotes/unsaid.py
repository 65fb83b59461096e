"""Attributions whose frame says no one said anything: analysis keeps them (PolNeAR annotates
them), the ledger shows no line (``Quote.claimless``). One rule per frame:

- a possibility, an ability or a duty: the cue, or a verb its clause hangs on, under "may",
  "might", "can", "could", "should", "must" or "ought" ("Lee may have gambled that ...",
  "Lee can ask them to ...", "should insist on a plan whereby Lee lays out ...") is what
  someone might or ought to do or think, not what they did; a negated one ("could not
  confirm") is a refusal and keeps its line;
- a purpose or a prospect: the cue, or a verb its clause hangs on, is a to-infinitive on a
  noun ("reasons to behave, showing that ...", "a chance to defend it"), or the cue is one
  of knowing or seeing that gives a purpose ("tested missiles to know it can hit ..."),
  unless that infinitive is itself a verb of speaking ("a plan to announce that ..."); a
  purpose of another act was carried out ("broke their silence to defend the arrest");
- the first person: a cue whose subject is "I" or "we", outside quote marks, is the
  writer's own voice ("as I noted", "I can only hope ..."); inside them it is the quoted
  speaker's, and keeps its line;
- an event seen: under a verb of perception ("saw Lee fall", "heard them arguing") or a
  picture's "shows" ("the video shows her running"), a clause with no finite verb is what
  was seen, not a claim;
- a death: "claimed the life/lives of" is a killing, never a claim;
- a deed someone is accused of: "was accused of attacking ..." is what others allege, not
  the accused's words;
- a fact as the subject: "That Lee won does not mean ..." says what a fact implies; so
  does a thing that "means" something ("This means that ...", "..., which means that");
- a state of mind: what someone "hopes" or "knows", how they "see", "view" or "regard"
  something "as", or "consider" it (a judgement or a deliberation, unless a that-clause
  gives what they hold) is held, not said: the writer's account of a mind, with no words
  of its owner;
- a hearer: a verb of telling in the passive with no "by" agent ("he was told that the
  seats were gone", "residents were warned that ...") has the one who heard as its
  subject, and names no one who said it; so has "let fans know that ..." (a quoted
  fragment in either is no hearer's words either: ``speakable``);
- a cue verb in its everyday sense (``senses``: "assured that the crew would stay by
  re-signing Lee" is making sure) that still reads as a stance over its that-clause.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.animate import animate, singular
from crossbrief.analyze.quotes.inflection import forms_to_base
from crossbrief.analyze.quotes.lexicon import ADDRESSEE, FORM_TO_BASE
from crossbrief.analyze.quotes.senses import everyday_sense

# Modals of possibility, ability and duty; "will" and "would" also report plans and
# habits ("would later say"), so they are left alone.
_MODAL_WORDS = "may might can could should must ought ca"
_MODALS = frozenset(_MODAL_WORDS.split())
_FIRST_PERSON = frozenset({"i", "we"})
# Verbs of perception, whose non-finite clause is an event perceived.
_PERCEIVE_WORDS = "see watch hear notice observe witness spot feel"
_PERCEIVE = frozenset(_PERCEIVE_WORDS.split())
# What shows an event rather than a finding ("the video shows her running" against "the poll
# shows Lee leading"): pictures, and "it" standing for one.
_PICTURE_WORDS = """video videos footage photo photos photograph photographs image images
    picture pictures film clip clips tape recording camera it"""
_PICTURES = frozenset(_PICTURE_WORDS.split())
_SHOWING = frozenset({"show", "depict", "capture"})
_LIVES = frozenset({"life", "lives"})
# Clause links a frame can hang a cue on (a relative clause on a noun, a purpose, an object
# clause, a preposition's clause): followed up to the sentence's root.
_MAX_STEPS = 8


def unsaid(
    q: Any, cue: Any, content: Any, speaking: frozenset[str], quoted: Sequence[Any] = ()
) -> bool:
    """Whether the attribution ``q`` (a Quote) is framed as no one's saying: see the module's
    rules. ``cue`` is the cue's verb token (None when not found), ``content`` the content's
    tokens, ``speaking`` the base forms of verbs of speaking and ``quoted`` marks the
    paragraph's tokens inside quote marks."""
    if cue is None:
        return False
    base = _BASES.get(cue.lower_, "")
    if _life_claimed(cue, base) or _state_of_mind(cue, base) or everyday_sense(cue, base):
        return True
    if hearer_as_subject(cue):
        return True
    if not q.negated and _framed(cue, content, speaking):
        return True
    writer = not (cue.i < len(quoted) and quoted[cue.i])
    # "I am hopeful": an adjective's subject is its copula's
    holder = cue.head if cue.dep_ in ("acomp", "attr") else cue
    if writer and any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in holder.children):
        return True  # inside quote marks, "I think" is the quoted speaker's own words
    if _fact_as_subject(cue) or _implied(cue) or _alleged(cue):
        return True
    return _event_seen(q, cue, base, content)


def _framed(cue: Any, content: Any, speaking: frozenset[str]) -> bool:
    """The cue, or a verb it hangs on up to the first verb of speaking above it, stands under
    a modal of possibility or duty or is a to-infinitive on a noun ("reasons to behave,
    showing that ..."), or the cue is a to-infinitive of knowing or seeing that gives a
    purpose ("tested it to know that ..."). A clause of time or reason ("after Lee said"), a
    relative clause about its own noun ("voters who are wary of"), a subject's modifier ("a
    group backing Lee may ...") and the content's own verbs (a cue set inside its content:
    "X, Lee said, may fail") stop the search: they are asserted whatever frames them."""
    tok = cue
    inside = range(content[0].i, content[-1].i + 1)
    for _ in range(_MAX_STEPS):
        modal = next((c for c in tok.children if c.dep_ == "aux" and c.lower_ in _MODALS), None)
        if modal is not None and not (tok.i != cue.i and _inverted(tok, modal)):
            # "could not confirm", "can't say": a refusal or an inability, stated
            return not any(c.dep_ == "neg" for c in tok.children)
        infinitive = any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)
        base = _BASES.get(tok.lower_, "")
        said = base in speaking
        if infinitive and not said and tok.dep_ == "acl":
            return True
        if infinitive and tok.i == cue.i and tok.dep_ == "advcl" and base in _KNOWING:
            return True
        if tok.i != cue.i and said and tok.pos_ == "VERB":
            return False  # what a speaker says might happen is theirs to say
        if tok.head.i == tok.i or tok.head.i in inside or _asserted(tok):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return False  # a subject's modifier holds of it, whatever its verb's modal
        tok = tok.head
    return False


def _inverted(verb: Any, modal: Any) -> bool:
    """A modal before its verb's subject ("should the talks fail, ..."): a condition set
    beside the main clause, which the parser may hang under it; only what lies inside the
    condition's own phrases ("should anyone be suspected of opposing it") is supposed."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or modal.i > subject.i:
        return False
    return not any(c.dep_ == "prep" for c in verb.children if c.i > subject.i)


# Verbs of knowing and seeing, whose purpose infinitive is a wish to find out ("to know").
_KNOWING_WORDS = "know see learn find show prove understand determine hear confirm"
_KNOWING = frozenset(_KNOWING_WORDS.split())
# The forms of the verbs read here, and of the reporting verbs (the pipeline has no
# lemmatizer): a cue or a verb it hangs on is read by its base form.
_BASES = {
    **forms_to_base(" ".join([_PERCEIVE_WORDS, _KNOWING_WORDS, *_SHOWING])),
    **FORM_TO_BASE,
}


# Subordinators of a clause of time or reason, asserted on its own ("after Lee said").
_TIME_OR_REASON_WORDS = "after before since because when while as although though until once"
_TIME_OR_REASON = frozenset(_TIME_OR_REASON_WORDS.split())
# Prepositions whose object is granted or past ("despite the fact that", "after reports that").
_CONCEDING = frozenset({"despite", "after", "since", "amid", "notwithstanding", "following"})
_RELATIVES = frozenset({"who", "that", "which", "whose", "whom"})


def _asserted(tok: Any) -> bool:
    """A clause asserted whatever frames it: a clause of time or reason opened by its
    conjunction ("after Lee said"), or a relative clause whose subject is the relative
    pronoun or owned by it ("voters who are wary", "a man whose death was seen as"), or the
    object of a preposition that grants it ("despite the fact that ...")."""
    if tok.dep_ == "advcl":
        # the parser may hang "after" on the clause as a preposition
        return any(
            c.dep_ in ("mark", "prep") and c.i < tok.i and c.lower_ in _TIME_OR_REASON
            for c in tok.children
        )
    if tok.dep_ == "prep" and tok.lower_ in _CONCEDING:
        return True  # "despite the fact that X appears to ...": X is granted
    if tok.dep_ != "relcl":
        return False
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in _RELATIVES or any(
                g.dep_ == "poss" and g.lower_ in _RELATIVES for g in c.children
            )
    return False


def _fact_as_subject(cue: Any) -> bool:
    """The cue's subject is a clause ("That Lee won does not mean ...", "Whether it
    rains shows nothing"): what a fact implies, not anyone's words. The parser may read
    such a sentence as the clause's verb joined to the cue, so a sentence opening with
    "that" or "whether" on the verb the cue is joined to counts too."""
    if any(c.dep_ == "csubj" for c in cue.children):
        return True
    verb = cue.head if cue.dep_ == "conj" else cue
    return any(
        c.dep_ == "mark" and c.lower_ in ("that", "whether") and c.i == c.sent.start
        for c in verb.children
    )


# The forms of "mean", which no reporting lexicon holds (a verb with a that-clause is a cue).
_MEAN = frozenset({"mean", "means", "meant", "meaning"})


def _implied(cue: Any) -> bool:
    """ "This means that ...", "..., which means that ...": what a fact or a thing implies,
    the writer's inference; only someone "means" what they say ("Lee meant that ...")."""
    if cue.lower_ not in _MEAN:
        return False
    subject = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and not animate(subject)


# Verbs of charging someone with a deed, in any form ("accused", "was charged with"): the
# deed after them is what others say the subject did, never the subject's own words.
_ACCUSING_WORDS = """accuse accuses accused accusing charge charges charged charging convict
    convicts convicted convicting suspect suspects suspected suspecting"""
_ACCUSING = frozenset(_ACCUSING_WORDS.split())


def _alleged(cue: Any) -> bool:
    """'was accused of attacking a staffer', 'charged Lee with threatening the mayor': the
    cue is the deed a verb of accusing names after "of" or "with", which the accused is not
    reported to have said; the accuser's words are the accusing verb's own line."""
    prep = cue.head
    return bool(
        cue.dep_ == "pcomp" and prep.lower_ in {"of", "with"} and prep.head.lower_ in _ACCUSING
    )


def _life_claimed(cue: Any, base: str) -> bool:
    """ "claimed the life of", "claiming the lives of": a death."""
    return base == "claim" and any(c.dep_ == "dobj" and c.lower_ in _LIVES for c in cue.children)


# Verbs of a state of mind whose content is held, never said ("Many hope he will ...").
_HELD = frozenset({"hope", "know"})
# Verbs of a view held, with "as" ("sees the arrest as a test", "is viewed as weak").
_VIEWING = frozenset({"see", "view", "regard"})


# What is told when it is shared ("the news was shared by police", "photos shared by
# residents"); anything else shared (a view, a fear, a prize, power, a border) is held or
# divided in common, and sharing it says nothing.
_TOLD_NOUN_WORDS = """news information detail figure data finding result message story post
    photo photograph picture image video footage clip statement letter note document report
    link tweet thought account update memo email recording"""
_TOLD_NOUNS = frozenset(_TOLD_NOUN_WORDS.split())


def _state_of_mind(cue: Any, base: str) -> bool:
    """ "hope", "know", "see/view/regard ... as", "consider" without a that-clause ("consider
    the party illegal", "is considering whether to sell") and anything but news or a
    message "shared" with no listener ("the concern is shared by residents", "a prize
    shared by two"): held, not said."""
    if base in _HELD:
        return True
    if base == "share":
        return _view_shared(cue)
    if base in _VIEWING:  # the parser may hang the "as" on the object
        holders = [cue, *(c for c in cue.children if c.dep_ == "dobj")]
        return any(c.dep_ == "prep" and c.lower_ == "as" for h in holders for c in h.children)
    if base != "consider":
        return False
    return not any(
        c.dep_ == "ccomp" and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        for c in cue.children
    )


def _view_shared(cue: Any) -> bool:
    """ "shared" of a thing that is no news or message (its passive subject, its object, or
    the noun it modifies: "a fear shared by many", "the prize was shared by two"), with no
    listener ("shared her concerns with the board" voices them)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in cue.children):
        return False
    things = [c for c in cue.children if c.dep_ in ("nsubjpass", "dobj")]
    if cue.dep_ == "acl":
        things.append(cue.head)
    nouns = [t for t in things if t.pos_ in ("NOUN", "PROPN")]
    return bool(nouns) and not any({t.lower_, singular(t.lower_)} & _TOLD_NOUNS for t in nouns)


# Verbs of telling whose passive subject is the one told ("was told", "were warned");
# "was convinced that" and "was persuaded that" are a belief its subject holds.
_TELLING = ADDRESSEE - {"convince", "persuade"}


def hearer_as_subject(cue: Any) -> bool:
    """ "he was told that ...", "voters were assured that ...": a passive verb of telling
    with a subject and no "by" agent; or "let fans know that ...": the one let know is
    told. "was told by the judge that ..." names who said it."""
    base = _BASES.get(cue.lower_, "")
    if base == "know":
        return cue.head.i != cue.i and cue.head.lower_ in _LETTING
    if base not in _TELLING or cue.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in cue.children}
    return "auxpass" in deps and "nsubjpass" in deps and "agent" not in deps


# "let" and "make" someone know: tell them.
_LETTING = frozenset({"let", "lets", "letting", "make", "makes", "made", "making"})


def _event_seen(q: Any, cue: Any, base: str, content: Any) -> bool:
    """Content with no finite verb under a verb of perception, or under "shows" of a
    picture: an event seen ("saw Lee fall", "the video shows her running")."""
    if base in _SHOWING:
        subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in _PICTURES:
            return False
    elif base not in _PERCEIVE:
        return False
    if content[0].i == cue.i:
        return False  # the act itself given as content: judged elsewhere
    # a finite verb of a clause inside the scene ("after the shots rang out") is no claim
    return not any(
        (t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.dep_ not in _SUBORDINATE)
        or t.lower_ in ("that", "whether", "if", "how")
        for t in content
    )


_SUBORDINATE = frozenset({"advcl", "relcl", "acl", "pcomp"})
