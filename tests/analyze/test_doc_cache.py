"""The per-Doc caches give what spaCy's own reads give, for the Doc they were built from."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.doc_cache import (
    doc_ents,
    doc_text,
    span_text,
    tokens_with,
    tokens_with_lower,
    tokens_with_pos,
)

_TEXT = (
    "The harbour board said on Tuesday that Ann Lee would stay.\n"
    "Critics in Dorvik were critical of the plan, which cost $5 million. It seemed late."
)


def test_text_and_sentences_are_spacys(nlp: Any) -> None:
    doc = nlp(_TEXT)
    assert doc_text(doc) == doc.text
    assert doc_text(doc) is doc_text(doc)  # kept, not joined again
    assert [span_text(s) for s in doc.sents] == [s.text for s in doc.sents]
    assert span_text(doc[2:5]) == doc[2:5].text


def test_each_doc_has_its_own_entry(nlp: Any) -> None:
    one, two = nlp("Ann Lee spoke."), nlp("Tom Hale wrote in Dorvik.")
    assert doc_text(one) == "Ann Lee spoke."
    assert doc_text(two) == "Tom Hale wrote in Dorvik."
    assert [e.text for e in doc_ents(two)] == [e.text for e in two.ents]
    assert [e.text for e in doc_ents(one)] == [e.text for e in one.ents]


def test_entities_are_spacys(nlp: Any) -> None:
    doc = nlp(_TEXT)
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]


def test_tokens_by_part_of_speech_in_order(nlp: Any) -> None:
    doc = nlp(_TEXT)
    assert [t.i for t in tokens_with_pos(doc, "VERB")] == [t.i for t in doc if t.pos_ == "VERB"]
    both = [t.i for t in tokens_with_pos(doc, "VERB", "NOUN")]
    assert both == [t.i for t in doc if t.pos_ in {"VERB", "NOUN"}]
    assert both == sorted(both)


def test_tokens_by_lower_case_form_in_order(nlp: Any) -> None:
    doc = nlp(_TEXT)
    words = frozenset({"the", "in", "critical", "said"})
    assert [t.i for t in tokens_with_lower(doc, words)] == [t.i for t in doc if t.lower_ in words]
    assert [t.lower_ for t in tokens_with_lower(doc, {"critics"})] == ["critics"]
    assert tokens_with_lower(doc, frozenset()) == []


def test_tokens_by_part_of_speech_or_dependency_in_order(nlp: Any) -> None:
    doc = nlp(_TEXT)
    got = [t.i for t in tokens_with(doc, pos=("PROPN",), dep=("nsubj", "pobj"))]
    assert got == [t.i for t in doc if t.pos_ == "PROPN" or t.dep_ in {"nsubj", "pobj"}]
    assert len(got) == len(set(got))  # a proper noun that is a subject comes once


def test_dependencies_are_read_as_they_are_now(nlp: Any) -> None:
    doc = nlp("Ann Lee said the ferry would sail.")
    subject = next(t for t in doc if t.dep_ == "nsubj")
    assert subject in tokens_with(doc, dep=("nsubj",))
    subject.dep_ = "dep"  # a re-hung label (quotes.inverted_tags) is seen at once
    assert subject.i not in [t.i for t in tokens_with(doc, dep=("nsubj",))]


def test_a_doc_read_through_every_cache_is_freed_with_its_last_reference(nlp: Any) -> None:
    # the entries are keyed weakly on the Doc: nothing kept may hold the Doc itself (a kept
    # Span would), or every Doc ever analysed would stay in memory
    import gc
    import weakref

    doc = nlp(_TEXT)
    assert [e.text for e in doc_ents(doc)] == [e.text for e in doc.ents]
    assert doc_ents(doc) == doc.ents
    doc_text(doc)
    tokens_with(doc, pos=("VERB",), dep=("nsubj",))
    tokens_with_lower(doc, {"plan"})
    ref = weakref.ref(doc)
    del doc
    gc.collect()
    assert ref() is None
