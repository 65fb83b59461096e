"""A reporting tag set into a sentence after its fronted subject ("The night routes, said
the ferry operators, were the last to close"; "This, said Ann Lee, should help"): the parser
often hangs the fronted subject on the tag's verb as its subject, so the tag's speaker went
to the fronted words and the clause lost its subject. Here the subject is hung back on the
clause's verb and the tag made an aside of it, as the parser reads "X, he said, Y"."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_pos
from crossbrief.analyze.quotes.lexicon import is_reporting

# Words a speaker's phrase between the tag's verb and its closing comma may hold, at most.
SPEAKER_WORDS = 10
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def rehang_inverted_tags(doc: Any) -> None:
    """Re-hang, in ``doc``, each fronted subject the parser gave to an inverted tag's verb
    ("X, said Y, VERB ...") on the clause's verb, with the tag as its aside."""
    for verb in tokens_with_pos(doc, "VERB"):  # is_reporting wants a verb
        if verb.tag_ not in {"VBD", "VBZ"} or not is_reporting(verb):
            continue
        found = _inverted(doc, verb)
        if found is None:
            continue
        fronted, speaker, clause = found
        # Words the parser hung on the tag's verb after the speaker (the full stop, the
        # clause's own words) belong to the clause.
        late = [c for c in verb.children if c.i > speaker.right_edge.i + 1]
        if verb.dep_ == "ROOT":
            clause.head = clause
            clause.dep_ = "ROOT"
        else:
            clause.head = verb.head
            clause.dep_ = verb.dep_
        fronted.head = clause
        fronted.dep_ = "nsubj"
        speaker.head = verb
        speaker.dep_ = "nsubj"
        verb.head = clause
        verb.dep_ = "parataxis"
        for c in late:
            if c.i != clause.i:
                c.head = clause


def _inverted(doc: Any, verb: Any) -> tuple[Any, Any, Any] | None:
    """(fronted subject, speaker, clause verb) of an inverted tag at ``verb``, or None."""
    i = verb.i
    sent = verb.sent
    if i - 2 < sent.start or doc[i - 1].text != ",":
        return None
    fronted = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < i - 1), None)
    if fronted is None or fronted.left_edge.i != sent.start:
        return None
    close = next(
        (t for t in doc[i + 1 : min(i + 2 + SPEAKER_WORDS, sent.end)] if t.text == ","), None
    )
    if close is None or close.i == i + 1 or close.i + 1 >= sent.end:
        return None
    words = doc[i + 1 : close.i]
    if any(t.pos_ in {"VERB", "AUX"} or t.is_quote for t in words):
        return None
    first = doc[close.i + 1]
    if first.tag_ not in _FINITE:
        return None
    clause = first if first.pos_ == "VERB" or first.dep_ != "aux" else first.head
    if clause.i <= close.i or clause.pos_ not in {"VERB", "AUX"}:
        return None
    speaker = next((t for t in words if t.head.i < words.start or t.head.i >= words.end), None)
    if speaker is None or speaker.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return None
    if clause.head.i != verb.i and verb.head.i != clause.i:
        return None  # a parse this repair does not know
    return fronted, speaker, clause
