"""Second looks at the cue found for a direct quote, where the nearest verb is not the one
that reports it: the writer's own "I quote", a passive after the quote that only says when
it was said, a participle whose parsed subject is really the addressee of the verb before
it, a colon closing a clause of its own after a conjunction, "Lee's answer was:", a quote
paragraph after the sentence that quoted its speaker, a line "Added Lee:" before one,
"Here is Lee:", a quote going on after a fragment cued inside the whole quote's cue clause,
and a colon after what someone is said to have learned or hoped."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cues import from_cue, subject
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, SUBJECTS, is_reporting
from crossbrief.analyze.quotes.marks import Seg
from crossbrief.analyze.quotes.speaker_spans import phrase

FIRST_PERSON = frozenset({"i", "we"})


def writer_aside(para: Para, cue: Any) -> Any:
    """'Lee said, and I quote, "..."': the writer's "I quote" only vouches for the words; the
    reporting verb before it in the sentence is their cue (None when there is none)."""
    if FORM_TO_BASE.get(cue.lower_) != "quote":
        return None
    if not any(c.dep_ in SUBJECTS and c.lower_ in FIRST_PERSON for c in cue.children):
        return None
    sent = para.sent_of(cue.i)
    before = [
        t
        for t in para.doc[sent.start : cue.i]
        if not para.quoted[t.i] and is_reporting(t) and FORM_TO_BASE.get(t.lower_) != "quote"
    ]
    return before[-1] if before else None


def addressed(para: Para, attr: Attr) -> Attr:
    """'The senator emailed supporters saying: "..."': a participle the parser gave a subject
    of its own, under a reporting verb just before that subject, says how that verb's subject
    spoke; the noun between is whom the words went to ("heard protesters saying" keeps the
    protesters: hearing reports no words of the hearer)."""
    cue, head = attr.cue, attr.head
    if cue is None or head is None or cue.tag_ != "VBG" or head.dep_ not in SUBJECTS:
        return attr
    verb = cue.head
    if cue.dep_ not in {"ccomp", "xcomp"} or not verb.i < head.i < cue.i:
        return attr
    if not is_reporting(verb) or para.quoted[verb.i]:
        return attr
    speaker = subject(verb, para.quoted)
    if speaker is None or speaker.i > verb.i or not animate(speaker):
        return attr
    return Attr(para, cue, phrase(speaker), speaker)


def colon_after_conjunction(para: Para, span: Any, attr: Attr) -> Attr:
    """'Lee said both were weak, but she gave Reed a compliment: "..."': a quote right after
    a colon closing a clause that opens with a conjunction and has a subject of its own who
    can speak is that subject's words, not those of the reporting verb before the
    conjunction."""
    cue = attr.cue
    doc = para.doc
    colon = span.start - 1
    while colon > 0 and (doc[colon].is_space or para.quoted[colon]) and doc[colon].text != ":":
        colon -= 1
    if cue is None or colon <= 0 or doc[colon].text != ":" or cue.i >= colon:
        return attr
    sent = para.sent_of(colon)
    # The clause the colon closes: from the last conjunction after the cue to the colon.
    conj = next(
        (t for t in reversed(doc[cue.i + 1 : colon]) if t.pos_ == "CCONJ" and t.i >= sent.start),
        None,
    )
    if conj is None or para.quoted[conj.i]:
        return attr
    words = [t for t in doc[conj.i + 1 : colon] if not para.quoted[t.i]]
    subj = next((t for t in words if t.dep_ in SUBJECTS), None)
    if subj is None or not animate(subj) or subj.head.pos_ not in {"VERB", "AUX"}:
        return attr
    verb = subj.head
    if not conj.i < verb.i < colon or para.quoted[verb.i]:
        return attr
    own = from_cue(para, verb)
    return own if own.head is not None and own.head.i == subj.i else attr


def spoken_before(para: Para, span: Any, cue: Any) -> Any:
    """'Lee clashed with Reed, chiding him, "..." when questioned about it': a passive with
    no one named after the quote says when it was said, not who said it; the reporting verb
    whose clause ends right before the quote with a comma or colon is its cue (None when
    there is none)."""
    if cue.i < span.end or cue.tag_ != "VBN":
        return None
    if any(c.dep_ in SUBJECTS or c.dep_ == "agent" for c in cue.children):
        return None
    doc = para.doc
    j = span.start - 1
    while j > 0 and (doc[j].is_space or doc[j].is_quote or para.quoted[j]):
        j -= 1
    if j <= 0 or doc[j].text not in {",", ":"}:
        return None
    sent = para.sent_of(j)
    verb = next(
        (
            t
            for t in reversed(doc[sent.start : j])
            if not para.quoted[t.i] and is_reporting(t) and t.right_edge.i >= j - 1
        ),
        None,
    )
    if verb is None or subject(verb, para.quoted) is None:
        return None
    return verb


BE = frozenset({"is", "was", "are", "were"})
# Nouns for words someone said or keeps saying (not for a stance: "his support was ...").
_SAYING_WORDS = """response reply answer retort reaction dictum motto mantra refrain advice
    message statement comment remark warning question explanation verdict words"""
SAYINGS = frozenset(_SAYING_WORDS.split())


def possessed_words(para: Para, span: Any) -> Attr | None:
    """'Lee's response was: "..."', 'His answer was simple: "..."': a quote completing the
    main verb "was" whose subject is a noun for words said is spoken by that noun's
    possessor."""
    doc = para.doc
    j = span.start - 1
    while j > 0 and (_blank(doc[j]) or doc[j].text in {",", ":"} or doc[j].is_quote):
        j -= 1
    if j < 0 or para.quoted[j] or _blank(doc[j]) or doc[j].is_quote:
        return None
    be = doc[j] if doc[j].lower_ in BE else doc[j].head if doc[j].dep_ == "acomp" else None
    if be is None or be.lower_ not in BE or be.dep_ != "ROOT":
        return None  # ('Lee said his answer was "..."': Lee's words about it)
    noun = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if noun is None or noun.lower_ not in SAYINGS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss" and not para.quoted[c.i]), None)
    if owner is None:
        return None
    return Attr(para, noun, phrase(owner), owner)


def _blank(tok: Any) -> bool:
    """A space within the line (a line break ends the writer's sentence before a quote)."""
    return bool(tok.is_space and "\n" not in tok.text)


SAYING_BASES = frozenset({"say", "tell", "add"})


def quoted_last(prev: Para) -> Attr | None:
    """'Her friends called him "a buffoon," Lee said.' then a paragraph of quote alone: the
    words go on with the one person quoted by the sentence that ends the paragraph before,
    when its main verb says so ("said", "told", "added") after quoted words of theirs."""
    if not prev.sents:
        return None
    last = prev.sents[-1]
    root = last.root
    if FORM_TO_BASE.get(root.lower_) not in SAYING_BASES or prev.quoted[root.i]:
        return None
    if not any(prev.quoted[t.i] for t in last if t.i < root.i):
        return None
    attr = from_cue(prev, root)
    head = attr.head
    if head is None or not (head.pos_ == "PROPN" or head.lower_ in {"he", "she"}):
        return None
    return attr


def verb_then_name(prev: Para) -> Attr | None:
    """'Added Lee:' or 'Stated Ann Lee:' ending the paragraph before a quote: the verb opens
    the line and the name after it, up to the colon, speaks (the parser reads the verb as
    part of the name)."""
    if not prev.sents:
        return None
    toks = [t for t in prev.sents[-1] if not t.is_space]
    if len(toks) < 3 or toks[-1].text != ":" or prev.quoted[toks[0].i]:
        return None
    verb, names = toks[0], toks[1:-1]
    if FORM_TO_BASE.get(verb.lower_) is None or not verb.text[:1].isupper():
        return None
    if verb.tag_ not in {"VBD", "VBN", "NNP"} or verb.lower_ == FORM_TO_BASE[verb.lower_]:
        return None  # a past form ("Said", "Added"), not a base one ("Note:", "Read:")
    if not all(t.pos_ == "PROPN" for t in names):
        return None
    return Attr(prev, verb, (names[0].i, names[-1].i + 1), names[-1])


def here_is(para: Para, span: Any) -> Attr | None:
    """'Here is Lee in December 1992: "..."': a sentence presenting someone with "Here is"
    and closed by a colon right before a quote gives the words to that someone."""
    doc = para.doc
    j = span.start - 1
    while j > 0 and (_blank(doc[j]) or doc[j].is_quote):
        j -= 1
    if j < 3 or doc[j].text != ":" or para.quoted[j]:
        return None
    sent = para.sent_of(j)
    first = next((t for t in doc[sent.start : j] if not (t.is_space or t.is_punct)), None)
    if first is None or first.lower_ != "here" or first.i + 2 >= j:
        return None
    be = doc[first.i + 1]
    if be.lower_ not in {"is", "'s", "\u2019s", "are"}:
        return None
    who = next((c for c in be.children if c.dep_ == "nsubj" and c.i > be.i), None)
    if who is None or para.quoted[who.i] or not (who.pos_ == "PROPN" or animate(who)):
        return None
    return Attr(para, be, phrase(who), who)


def under_cue(frag: Attr, whole: Attr | None) -> Attr | None:
    """'"A," said Lee, who noted that prices had "dropped." "B."': a quote with no cue of
    its own that goes on after a fragment goes on with the whole quote before it when the
    fragment's cue hangs off that quote's cue in one sentence (a relative clause on its
    speaker, a participle, an "after" phrase; not a verb joined to it by "and"), so B is
    under "said", not "noted"."""
    if whole is None or whole.para is not frag.para or whole.cue is None or frag.cue is None:
        return None
    h = frag.cue
    while h.head.i != h.i and h.dep_ != "conj":
        h = h.head
        if h.i == whole.cue.i:
            return whole
    return None


# Verbs of knowing, hoping and thinking: what someone is said to have learned or hoped is
# reported by the verb of saying above it.
THOUGHT_BASES = frozenset(
    {"learn", "hope", "think", "believe", "feel", "know", "fear", "wish", "realize", "expect"}
)


def thought_reported(para: Para, span: Any, cue: Any) -> Any:
    """'Lee said Reed has learned his lesson: "..."': a quote after a colon closing a clause
    of knowing or hoping that is itself the reported content of a verb of saying in the
    sentence is the words of the one saying, cued by that verb (None when there is none)."""
    if FORM_TO_BASE.get(cue.lower_) not in THOUGHT_BASES or not cue.i < span.start:
        return None
    j = span.start - 1
    while j > cue.i and (para.doc[j].is_space or para.doc[j].is_quote):
        j -= 1
    if para.doc[j].text != ":":
        return None
    h = cue
    while h.dep_ in {"ccomp", "conj"} and h.head.i != h.i:
        h = h.head
        if (
            is_reporting(h)
            and not para.quoted[h.i]
            and FORM_TO_BASE.get(h.lower_) not in THOUGHT_BASES
            and subject(h, para.quoted) is not None
        ):
            return h
    return None


def cued_run(unsaid: list[Seg], before: Seg | None, seg: Seg) -> bool:
    """``seg`` goes on with the quote left open in the paragraph just before (``before``,
    the last of ``unsaid``, the open paragraphs dropped for no speaker): in '"A.' / '"B.' /
    'C," she said.' each paragraph re-opens the one quote, closed only by the last."""
    return (
        bool(unsaid)
        and before is not None
        and unsaid[-1] is before
        and before.open_end
        and seg.continues
        and before.para == seg.para - 1
    )


def cue_after(attr: Attr, span: Any) -> bool:
    """The quote's own cue follows it in its paragraph ('C," she said.')."""
    return attr.cue is not None and attr.para.doc is span.doc and attr.cue.i >= span.end
