"""Where a quote starts afresh: a quote with no cue of its own goes on with the quote
before it in its paragraph, unless the writer's own narrative lies between them; a quoted
fragment goes on with the quote in the sentence before only when it ends its own."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.descriptions import one_person
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, MARKS, NAME_TYPES, SUBJECTS


def narrative_between(para: Para, last: Attr, a: int, b: int) -> bool:
    """A whole sentence of the writer's own lies between offsets ``a`` and ``b``: no word
    of it in quote marks, not the sentence of the previous quote's cue ('"A." Lee said.
    "B."'), and about something else (its subject a common noun, where a pronoun or a name
    may still be the speaker's, as may "her voice" or a description the text gave her; a
    name is someone else after a thing's words: "a charter that will reassure ..."). The
    quote after it starts afresh: '"We tried," Lee said. The mourners left cards behind. "We
    miss you."' is no more Lee's, nor is it after "The union called her plan a fantasy."."""
    for sent in para.sents:
        s0, s1 = para.offset + sent.start_char, para.offset + sent.end_char
        if s0 < a or s1 > b or sum(t.is_alpha for t in sent) < 3:
            continue
        if any(para.quoted[t.i] for t in sent):
            continue
        if last.cue is not None and last.para is para and sent.start <= last.cue.i < sent.end:
            continue
        subjects = [c for c in sent.root.children if c.dep_ in SUBJECTS]
        earlier = para.doc[: sent.start]
        if subjects and all(
            _common_noun(c) and not _hers(c) and not _description(c, earlier, para.quoted)
            for c in subjects
        ):
            return True  # of someone or something else: not "she plans", not "Lee went on"
        if subjects and _thing_quoted(last) and all(c.pos_ == "PROPN" for c in subjects):
            return True  # a person named after a thing's words: no words of that thing
    return False


# Relative pronouns a thing takes as its clause's subject ("a charter that will ...").
_THING_RELATIVES = frozenset({"that", "which"})


def _thing_quoted(last: Attr) -> bool:
    """The quote before was cued in a relative clause on a thing ("the charter that will
    reassure ...", "a plan which claims ..."), which cannot go on speaking in a quote after
    a sentence about a named person. Any other cue ('"...," said the coach') is left
    alone: a person's words may go on past a sentence naming someone else."""
    head, cue = last.head, last.cue
    if head is None or cue is None or cue.dep_ != "relcl":
        return False
    # the speaker found is the relative pronoun, or the noun it stands for
    if head.i != cue.head.i and not (head.dep_ == "nsubj" and head.head.i == cue.i):
        return False
    relative = any(c.dep_ == "nsubj" and c.lower_ in _THING_RELATIVES for c in cue.children)
    return relative and cue.head.pos_ == "NOUN" and not animate(cue.head)


# Possessives that tie a subject to the person just quoted ("Her voice broke").
_POSSESSIVES = frozenset({"his", "her", "their"})
# The speaker's own body and voice: a subject of these with "her" is still about her; her
# plan, her home or her party are things others act on, not her going on.
_BODY_WORDS = """voice voices tone eyes eye face hands hand lips throat head shoulders tears
    smile expression gaze fists fist knees legs body heart breath words"""
_BODY = frozenset(_BODY_WORDS.split())


def _hers(tok: Any) -> bool:
    """A subject that is the speaker's own body or voice ("Her voice broke")."""
    return tok.lower_ in _BODY and any(
        c.dep_ == "poss" and c.lower_ in _POSSESSIVES for c in tok.children
    )


def _description(tok: Any, earlier: Any, quoted: Sequence[int]) -> bool:
    """A definite description of one person ("The mother of two paused") that the text gave
    someone earlier in the paragraph, outside quote marks ("Ann Lee, a mother of two"), so
    that it may be the speaker just quoted; "The mayor" for a speaker never called mayor is
    someone else."""
    return (
        tok.tag_ == "NN"
        and one_person(tok.lower_)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
        and any(t.lower_ == tok.lower_ and not quoted[t.i] for t in earlier)
    )


def _common_noun(tok: Any) -> bool:
    """A common noun, not a name the tagger called one ("Trump went on" at a sentence's
    start): not tagged a name, and in lower case, plural, or with a determiner or
    modifier."""
    # a plural opening its sentence ("Police arrested her") is a common noun: names the
    # tagger mistakes for nouns are singular
    return (
        tok.pos_ == "NOUN"
        and tok.ent_type_ not in NAME_TYPES
        and (
            tok.is_lower
            or tok.tag_ == "NNS"
            or any(c.dep_ in {"det", "poss", "amod"} for c in tok.children)
        )
    )


# A fragment of this many words or fewer is a label or a term, not words going on.
SHORT = 2


def fragment_goes_on(text: str, para: Para, span: Any, last_end: int) -> bool:
    """A quoted fragment with no cue, in the sentence after a direct quote, is more of the
    same speaker's words when the writer hands the speaker the end of that sentence ('It's
    "the oldest trick at the harbour board."'): more than a word or two, nothing but marks and
    punctuation after it in its sentence, no reporting word outside quotes in the sentence,
    and no line break since the quote before. A label mid-sentence ('to "look" right') or a
    fragment in someone else's sentence ('Salo groused that the ferries "never leave."') is
    not."""
    if "\n" in text[last_end : para.offset + span[0].idx]:
        return False
    if sum(1 for t in span if t.is_alpha) <= SHORT:
        return False
    sent = para.sent_of(span.start)
    after = para.doc[span.end : sent.end]
    if not all(t.is_punct or t.is_space or t.text in MARKS for t in after):
        return False
    return not any(
        not para.quoted[t.i] and (t.lower_ in FORM_TO_BASE or _named_subject(t))
        for t in para.doc[sent.start : sent.end]
    )


def _named_subject(tok: Any) -> bool:
    """A verb whose subject is a name: someone else's act ('Salo groused that ...')."""
    return tok.pos_ == "VERB" and any(
        c.dep_ in SUBJECTS and c.pos_ == "PROPN" for c in tok.children
    )


def next_sentence(paras: Sequence[Para], last_para: int, last_end: int, at: int, cue: Any) -> bool:
    """The cue's sentence is the one right after the sentence the earlier quote, ending at
    article offset ``last_end`` in paragraph ``last_para``, ends in."""
    k = bisect.bisect_right(paras[at].sent_starts, cue.i) - 1
    if last_para == at and k > 0:
        before, sent = paras[at], paras[at].sents[k - 1]
    elif last_para == at - 1 >= 0 and k == 0 and paras[last_para].sents:
        before, sent = paras[last_para], paras[last_para].sents[-1]
    else:
        return False
    start = before.offset + sent[0].idx
    end = before.offset + sent[-1].idx + len(sent[-1].text)
    return bool(start < last_end <= end)
