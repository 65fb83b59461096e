"""Where a quote starts afresh: a quote with no cue of its own goes on with the quote
before it in its paragraph, unless the writer's own narrative lies between them."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.descriptions import one_person
from crossbrief.analyze.quotes.lexicon import NAME_TYPES, SUBJECTS


def narrative_between(para: Para, last: Attr, a: int, b: int) -> bool:
    """A whole sentence of the writer's own lies between offsets ``a`` and ``b``: no word
    of it in quote marks, not the sentence of the previous quote's cue ('"A." Lee said.
    "B."'), and about something else (its subject a common noun, where a pronoun or a name
    may still be the speaker's). The quote after it starts afresh: '"We tried," Lee said.
    The mourners left cards behind. "We miss you."' is no more Lee's."""
    for sent in para.sents:
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        if s0 < a or s1 > b or sum(t.is_alpha for t in sent) < 3:
            continue
        if any(para.quoted[t.i] for t in sent):
            continue
        if last.cue is not None and last.para is para and sent.start <= last.cue.i < sent.end:
            continue
        if any(t.lower_ in _PERSONAL for t in sent):
            continue  # "Her voice broke", "The fire destroyed her home": about the speaker
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
        if subjects and all(_common_noun(c) and not _description(c) for c in subjects):
            return True  # of someone or something else: not "she plans", not "Lee went on"
    return False


# Words that tie a sentence to a person just quoted ("Her voice broke", "He paused").
_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _description(tok: Any) -> bool:
    """A definite description of one person ("The mother of two paused"), who may be the
    speaker just quoted."""
    return (
        tok.tag_ == "NN"
        and one_person(tok.lower_)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


def _common_noun(tok: Any) -> bool:
    """A common noun, not a name the tagger called one ("Trump went on" at a sentence's
    start): not tagged a name, and in lower case or with a determiner or modifier."""
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ not in NAME_TYPES
        and (tok.is_lower or any(c.dep_ in {"det", "poss", "amod"} for c in tok.children))
    )
