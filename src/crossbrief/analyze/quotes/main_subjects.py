"""The sentences before a word, latest first, and the subject of each one's main clause:
where a pronoun or a possessor looks back for whom it stands for."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.inside import reported
from crossbrief.analyze.quotes.lexicon import SUBJECTS

# Sentences before the pronoun's own that a group named as a subject stays in reach: a
# "they" a paragraph or more away from any subject is too loose to resolve.
REACH = 3


def sentences_back(paras: Sequence[Para], k: int, tok_i: int) -> Any:
    """The sentences from the one holding token ``tok_i`` of paragraph ``k`` (the first)
    back to the article's start, latest first, each with its paragraph."""
    para = paras[k]
    own = [s for s in para.sents if s.start <= tok_i]
    for sent in reversed(own):
        yield para, sent
    for j in range(k - 1, -1, -1):
        for sent in reversed(paras[j].sents):
            yield paras[j], sent


def main_subject(para: Para, sent: Any, before: int) -> Any:
    """The latest subject before token ``before`` of a main clause of the sentence (its
    root, a verb joined to it by "and", or a verb hung on quoted words, as a misparse puts
    '"...," the mayor said'), outside quote marks and any reported clause; None when the
    sentence has none."""
    latest = None
    for tok in sent:
        if tok.i >= before:
            break
        if tok.dep_ not in SUBJECTS or para.quoted[tok.i] or reported(tok):
            continue
        if _main(para, tok.head):
            latest = tok
    return latest


def _main(para: Para, verb: Any) -> bool:
    """The verb heads a main clause: the sentence root, reached through "and" only, or a
    clause hung on quoted words."""
    while verb.head.i != verb.i:
        if para.quoted[verb.head.i] and not para.quoted[verb.i]:
            return True
        if verb.dep_ != "conj":
            return False
        verb = verb.head
    return True
