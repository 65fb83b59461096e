"""What analysis reads from a parsed Doc again and again, worked out once per Doc.

spaCy builds a new Python object for every read: ``Doc.text`` joins every token's text anew
(about half a microsecond a token), and each pass over ``doc`` makes a Token object per token
and a string per ``pos_`` read. Analysis reads a paragraph's text a dozen times or more
(figures, time expressions, speakers) and several quote passes look only at verbs or nouns,
and seven passes read its entities, so the text, the entities, the lower-case forms and
the part-of-speech column are kept per Doc after their first use. Neither
changes once the Doc is parsed (the quote finders re-hang heads, never tags or entities;
retokenizing keeps the text), so the cache needs no invalidation; it is keyed weakly on the Doc, so an
entry goes when its Doc goes.
"""

from __future__ import annotations

from collections.abc import Collection, Container
from typing import Any
from weakref import WeakKeyDictionary

from spacy.attrs import DEP, LOWER, POS
from spacy.tokens import Span

_TEXTS: WeakKeyDictionary[Any, str] = WeakKeyDictionary()
_ENTS: WeakKeyDictionary[Any, tuple[tuple[int, int, int, int, int], ...]] = WeakKeyDictionary()
_LOWERS: WeakKeyDictionary[Any, list[str]] = WeakKeyDictionary()
_POS: WeakKeyDictionary[Any, dict[int, list[int]]] = WeakKeyDictionary()


def doc_text(doc: Any) -> str:
    """``doc.text`` (a spaCy Doc), computed on the first call for ``doc`` and kept."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def span_text(span: Any) -> str:
    """``span.text`` (a spaCy Span: its tokens' text, less the last token's trailing white
    space), cut from its Doc's kept text instead of joined token by token."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_ents(doc: Any) -> tuple[Any, ...]:
    """``doc.ents`` (a spaCy Doc), its entities found on the first call for ``doc`` and kept:
    spaCy scans every token on each read. What is kept is each entity's token range and ids,
    not its Span: a Span holds its Doc, and a kept Span would keep its Doc's entry, and so
    every Doc ever analysed, alive (a weak key lives only as long as nothing else holds it)."""
    bounds = _ENTS.get(doc)
    if bounds is None:
        bounds = _ENTS[doc] = tuple((e.start, e.end, e.label, e.kb_id, e.id) for e in doc.ents)
    return tuple(
        Span(doc, start, end, label=label, kb_id=kb_id, span_id=span_id)
        for start, end, label, kb_id, span_id in bounds
    )


def tokens_with(doc: Any, pos: Collection[str] = (), dep: Collection[str] = ()) -> list[Any]:
    """The tokens of ``doc`` whose ``pos_`` is one of ``pos`` ("VERB") or whose ``dep_`` is
    one of ``dep`` ("nsubj"), in order: what ``[t for t in doc if t.pos_ in pos or t.dep_ in
    dep]`` gives, from the Doc's kept POS column and its DEP column as it is now (not kept:
    ``quotes.inverted_tags`` re-labels dependencies)."""
    strings = doc.vocab.strings
    found: set[int] = set()
    if pos:
        index = _POS.get(doc)
        if index is None:
            index = _POS[doc] = {}
            for i, value in enumerate(doc.to_array(POS).tolist()):
                index.setdefault(value, []).append(i)
        for tag in pos:
            found.update(index.get(strings[tag], ()))
    if dep:
        labels = {strings[label] for label in dep}
        found.update(i for i, value in enumerate(doc.to_array(DEP).tolist()) if value in labels)
    return [doc[i] for i in sorted(found)]


def tokens_with_pos(doc: Any, *tags: str) -> list[Any]:
    """The tokens of ``doc`` whose ``pos_`` is one of ``tags`` ("VERB", "NOUN"), in order."""
    return tokens_with(doc, pos=tags)


def tokens_with_lower(doc: Any, words: Container[str]) -> list[Any]:
    """The tokens of ``doc`` whose ``lower_`` is one of ``words``, in order: what
    ``[t for t in doc if t.lower_ in words]`` gives, from the Doc's kept lower-case forms
    (a pass that wants only its cue words then makes no Token for any other word)."""
    lowers = _LOWERS.get(doc)
    if lowers is None:
        strings = doc.vocab.strings
        lowers = _LOWERS[doc] = [strings[h] for h in doc.to_array(LOWER).tolist()]
    return [doc[i] for i, low in enumerate(lowers) if low in words]
