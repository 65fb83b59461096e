"""A quote that goes on with the source a sentence before it ends by naming: 'Holt could
lose her base, the columnist Ivo Brenn wrote. "This could set her against her voters."'.

News style fronts what a source said and closes the sentence with who said it; a quote of
its own right after goes on with that source, as it would after '"...," Brenn wrote.' The
content before the cue is the source's words, so the people it names are talked about,
never the speaker of the next quote."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cues import from_cue
from crossbrief.analyze.quotes.descriptions import one_person
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, is_reporting
from crossbrief.analyze.quotes.openers import SAID, stands_alone
from crossbrief.analyze.quotes.proxies import is_proxy

# Verbs that close a sentence by naming who said or wrote its words.
_SOURCE_VERBS = frozenset({"say", "write", "add", "tell", "state", "report", "argue", "note"})


def source_before(para: Para, span: Any, prev: Para | None) -> Attr | None:
    """The attribution of a quote standing alone as its sentence (``span``), right after a
    sentence that ends with its source ('..., the columnist Ivo Brenn wrote.'): in this
    paragraph, or ending ``prev`` (the paragraph before) when the quote opens its own."""
    first = para.sent_of(span.start)
    if not stands_alone(para, span):
        return None
    k = next((i for i, s in enumerate(para.sents) if s.start == first.start), None)
    if k is None:
        return None
    if k > 0:
        return _trailing_source(para, para.sents[k - 1])
    if prev is not None and prev.sents:
        return _trailing_source(prev, prev.sents[-1])
    return None


def _trailing_source(para: Para, sent: Any) -> Attr | None:
    """The cue closing ``sent`` after the words it reports ('X could lose, Brenn wrote.'),
    with one person as its subject, when no word of the sentence is in quote marks."""
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text != "." or any(para.quoted[t.i] for t in sent):
        return None
    verbs = [
        t
        for t in sent
        if is_reporting(t) and FORM_TO_BASE.get(t.lower_) in _SOURCE_VERBS and t.tag_ == "VBD"
    ]
    if len(verbs) != 1:
        return None
    verb = verbs[0]
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and not _one_person(subj):
        return None
    if subj is None or subj.left_edge.i <= sent.start:
        return None
    comma = para.doc[subj.left_edge.i - 1]
    if comma.text != "," or any(c.dep_ in SAID and c.i > verb.i for c in verb.children):
        return None  # not fronted words and then the source; or words after the verb too
    return from_cue(para, verb)


def _one_person(tok: Any) -> bool:
    """A subject that is one person: a name, or a noun for one person ("the columnist"),
    also with the name in apposition; not a proxy ("a spokesman") who speaks for another."""
    if tok.ent_type_ == "PERSON":
        return True
    return bool(tok.tag_ == "NN" and one_person(tok.lower_) and not is_proxy(tok))
