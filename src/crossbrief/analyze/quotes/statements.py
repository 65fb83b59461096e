"""A statement announced in the sentence before a quote ('Lee released a statement on
Monday.' then '"We are sorry. ..."'): the one who issued it speaks the words that follow."""

from __future__ import annotations

import bisect
from typing import Any

from crossbrief.analyze.quotes.context import Attr, Para, make_quote
from crossbrief.analyze.quotes.cues import from_cue
from crossbrief.analyze.quotes.inflection import forms_to_base
from crossbrief.analyze.quotes.lexicon import MARKS
from crossbrief.analyze.quotes.marks import Seg
from crossbrief.model import Quote

# Nouns for a text someone puts out, and the verbs that put it out.
_TEXTS = frozenset({"statement", "statements"})
_PUTTING_OUT_WORDS = """issue release put send post give distribute email read"""
# Their forms, as written (the pipeline has no lemmatizer).
_PUTTING_OUT_FORMS = forms_to_base(_PUTTING_OUT_WORDS)


def announced(sent: Any, quoted: bytearray, para: Para) -> Attr | None:
    """The attribution for a quote right after ``sent``, a sentence of the writer's (no
    quote mark, a full stop or a colon at its end) whose main verb puts out a statement as
    its object ("put out a statement via her agent", "released the statement below on
    the verdict"): the verb's subject issued the words. A negated verb ("did not release a
    statement"), a statement that says its own words ("a statement saying ...", "a statement
    that ...") or no subject gives nothing."""
    toks = [t for t in sent if not t.is_space]
    if not toks or toks[-1].text not in {".", ":"} or any(quoted[t.i] for t in toks):
        return None
    root = sent.root
    if root.pos_ != "VERB" or root.lower_ not in _PUTTING_OUT_FORMS:
        return None
    if any(c.dep_ == "neg" or c.lower_ == "never" for c in root.children):
        return None
    noun = next((c for c in root.children if c.dep_ == "dobj" and c.lower_ in _TEXTS), None)
    if noun is None or any(c.dep_ in {"acl", "relcl", "ccomp"} for c in noun.children):
        return None
    attr = from_cue(para, root)
    return attr if attr.head is not None else None


def announced_before(para: Para, span: Any) -> Attr | None:
    """``announced`` for the sentence before the one opening with the quote ``span``, in
    the same paragraph."""
    k = bisect.bisect_right(para.sent_starts, span.start) - 2
    return announced(para.sents[k], para.quoted, para) if k >= 0 else None


def announced_last(prev: Para) -> Attr | None:
    """``announced`` for the sentence that ends the paragraph before a quote paragraph."""
    return announced(prev.sents[-1], prev.quoted, prev) if prev.sents else None


def opens_para(text: str, para: Para, seg: Seg) -> bool:
    """The quote opens its paragraph: only marks and spaces before it (a typewriter's two
    backticks and a space count as much as one curly mark)."""
    return not text[para.offset : seg.start].strip(MARKS + " \t\n")


def run_start(
    text: str,
    quotes: list[Quote],
    run_from: int | None,
    seg: Seg,
    attr: Attr | None,
    para: Para,
    own: bool,
) -> int | None:
    """Track a quote running over paragraphs whose first part took the cue of an earlier
    paragraph; when a later part, in a paragraph with no opening mark, names its own cue
    ('"A.' then 'B," Lee said.'), the whole run is that cue's, and the parts before it are given it (in place in ``quotes``).
    Returns where the open run starts, None when no such run is open."""
    if own and seg.bare and run_from is not None and attr is not None:
        quotes[run_from:-1] = [
            make_quote(text, q.start, q.end, q.kind, attr) for q in quotes[run_from:-1]
        ]
    if not seg.open_end:
        return None
    if seg.continues:
        return run_from
    inherited = attr is not None and attr.para is not para
    return len(quotes) - 1 if inherited else None
