"""Each sentence's shape, read from its parse: whether it has a verb, and where its main
clauses' subjects are.

A sentence with no verb or auxiliary anywhere is a label, a spec list or a line of figures
("Weight 2 kg; range 40 km.", "Price: $80."): it tells no event, and synthesis keeps it out
of the summary. A subject is found by its dependency, not its place: in "The plan covers
the docks" the subject's head is "plan", and "covers" is the verb, as the parse says, where
a reading by word order may take "covers" for a plural noun. The subjects kept are those of
the sentence's root, of the verbs conjoined with it and of the clauses a main verb reports
("The plan will fail, the board said": "plan" and "board"), at any depth, the clauses a reader
meets as the sentence's own; a relative or adverbial clause's subject is not one.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, parsed_sentences
from crossbrief.model import Span
from crossbrief.model_acts import Clause

_VERBAL = frozenset({"VERB", "AUX"})
_SUBJECT = frozenset({"nsubj", "nsubjpass"})
# the clauses a main clause carries as the sentence's own, not a relative or adverbial one
_JOINED = frozenset({"conj", "ccomp", "parataxis"})


def extract_clauses(
    paragraphs: Sequence[Paragraph], sentences: Sequence[Span]
) -> tuple[Clause, ...]:
    """A ``Clause`` for every sentence of ``sentences`` (offsets into the article) that the
    parsed ``paragraphs`` hold, in order."""
    out: list[Clause] = []
    for k, p, sent in parsed_sentences(paragraphs, sentences):
        if out and out[-1].sentence == k:
            continue
        verb = any(t.pos_ in _VERBAL for t in sent)
        heads = sorted({p.offset + t.idx for t in _subjects(sent.root)})
        out.append(Clause(k, verb, tuple(heads)))
    return tuple(out)


def _subjects(root: Any) -> Iterator[Any]:
    """The head words of the subjects of ``root``'s clause and of the clauses joined to it
    as the sentence's own, however deep: a conjunct, a reported clause (``ccomp``, which the
    parser also uses for a clause a semicolon joins on: "The piers must close; that quay
    will not, officials said"), a clause set beside it (``parataxis``)."""
    verbs = [root]
    k = 0
    while k < len(verbs):
        verbs.extend(c for c in verbs[k].children if c.dep_ in _JOINED)
        k += 1
    for v in verbs:
        yield from (c for c in v.children if c.dep_ in _SUBJECT)
