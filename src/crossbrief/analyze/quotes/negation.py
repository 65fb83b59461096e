"""Negated cues: "did not say", "never claimed", "doesn't believe", "was not critical of".

A negated attribution reports that something was *not* said or held, so its content must
never be shown as someone's words. The negation is read from the cue itself, per article:
a ``neg`` dependent of the cue ("not", "n't", "never"), or one of those words among its
auxiliaries; for a stance adjective or noun after a copula ("is not sure that"), the
copula's. A verb joined by "or"/"nor" to a negated verb and with no subject of its own
shares its negation ("did not confirm or deny"). A cue that negates by its sense ("denied
that", "refused to") is a cue of its own and is not marked. Content set after a contrast
word ("did not think so, however 'the time has come'") is past the negation's reach.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Quote

# Negating words as the tokenizer splits them ("did" + "n't"; curly apostrophes too).
NEGATORS = frozenset({"not", "n't", "n\u2019t", "never", "nt"})
# "not only", "not just": the first half of "... but also", which adds and does not deny.
_ADDING = frozenset({"only", "just", "merely", "simply"})
_DO = frozenset({"do", "does", "did"})
_NEGATING_DEPS = frozenset({"neg", "aux", "auxpass", "advmod"})
# Dependents that join a stance adjective or noun to its copula ("is not sure that").
_PREDICATES = frozenset({"acomp", "attr"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def _negates(tok: Any, cue: Any, quoted: Sequence[int]) -> bool:
    """A "not"/"never" before the cue and outside quote marks; one after the cue or inside a
    quote belongs to the quoted words ('"Probably not," she said'). "never before" may be
    parsed with "never" under "before"."""
    if tok.i > cue.i or (tok.i < len(quoted) and quoted[tok.i]):
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in _ADDING:
        return False  # "not only said ... but": a second statement, no denial of the first
    if _not_once_but(tok):
        return False  # "not once but twice said": said more than once, no denial
    if tok.dep_ == "advmod" and tok.lower_ in _AGAIN:
        return any(_negates(c, cue, quoted) for c in tok.children if c.i < tok.i)
    return tok.dep_ == "neg" or (tok.dep_ in _NEGATING_DEPS and tok.lower_ in NEGATORS)


def _not_once_but(tok: Any) -> bool:
    """A "not" before an adverb of time and "but" ("not once but twice"), as tokenized."""
    after = [t.lower_ for t in tok.doc[tok.i + 1 : tok.i + 3]]
    return len(after) == 2 and after[0] in _AGAIN and after[1] == "but"


# Adverbs of time a "never" may hang on ("had never before questioned", "never once said").
_AGAIN = frozenset({"before", "once", "again", "previously", "ever"})


# Links from a cue up to the verb or adjective it completes in the same clause ("avoided
# saying", "stopped short of saying", "was not ready to say", "go so far as to say").
_COMPLETES = frozenset({"xcomp", "pcomp", "prep", "acomp", "advcl", "advmod"})
# Verbs that hold the speaker back from their complement ("avoided saying").
_HOLDING_BACK_WORDS = """avoid avoids avoided avoiding refrain refrains refrained refraining
    evade evades evaded evading decline declines declined declining unable"""
_HOLDING_BACK = frozenset(_HOLDING_BACK_WORDS.split())
_STOP = frozenset({"stop", "stops", "stopped", "stopping"})
# Governors whose negation withholds their complement ("was not ready to say", "did not go so
# far as to say", "did not want to say"); any other negated governor leaves the statement
# made ("was not afraid to say", "did not resign despite saying").
_WITHHOLDING_WORDS = """go goes went gone going ready prepared willing able want wants
    wanted wanting wish wishes wished dare dares dared bring brings brought"""
_WITHHOLDING = frozenset(_WITHHOLDING_WORDS.split())
# Subjects that say no one spoke ("No one said", "Nobody told", "none of them said").
NO_ONE = frozenset({"nobody", "none", "noone", "no-one"})


def _governors(cue: Any) -> list[Any]:
    """The verbs and adjectives the cue completes, nearest first, within its clause: a
    reported clause ("said he would not say") is another's."""
    out: list[Any] = []
    tok = cue
    while tok.dep_ in _COMPLETES and tok.head.i != tok.i and len(out) < 4:
        if tok.dep_ == "advcl" and not any(c.lower_ == "as" for c in tok.children):
            break  # only "so far as to say" completes its verb
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX", "ADJ"}:
            out.append(tok)
    return out


def _held_back(gov: Any, cue: Any, quoted: Sequence[int]) -> bool:
    """A governor that denies its complement: negated ("did not go so far as to say"; not
    "did not hesitate to say"), avoiding ("avoided saying"), unable ("was unable to
    say"), "stopped short of", or "has yet to"."""
    if gov.lower_ in _HOLDING_BACK:
        return True
    kids = list(gov.children)
    if gov.lower_ in _STOP and any(c.lower_ == "short" for c in kids):
        return True
    if any(c.lower_ == "yet" and c.nbor(1).lower_ == "to" for c in kids if c.i + 1 < len(c.doc)):
        return True
    # the copula of "was not ready to say" carries the negation of its withholding adjective
    withholding = gov.lower_ in _WITHHOLDING or any(
        c.dep_ == "acomp" and c.lower_ in _WITHHOLDING for c in kids
    )
    return withholding and any(_negates(c, cue, quoted) for c in kids)


def _no_subject(tok: Any) -> bool:
    """A subject that denies anyone spoke: "no one", "nobody", "no official", "neither X
    nor Y", "neither side", or that few or hardly any hold it ("Few think", "few
    economists expect", "hardly anyone believes"; not "a few" or "the few")."""
    low = tok.lower_
    return (
        low in NO_ONE
        or _few(tok)
        or any(
            (c.dep_ == "det" and c.lower_ in _NO_DETERMINERS)
            or (c.dep_ == "preconj" and c.lower_ == "neither")
            or (c.dep_ == "amod" and _few(c))
            for c in tok.children
        )
        or (low in _ANY and any(c.lower_ in _HARDLY for c in tok.children))
    )


def _few(tok: Any) -> bool:
    """A bare "few" ("Few think", "very few economists"): "a few", "quite a few" and "the
    few" are some people, who did say it."""
    if tok.lower_ != "few":
        return False
    before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if before in _HARDLY or before in {"very", "too", "so"}:
        before = tok.doc[tok.i - 2].lower_ if tok.i > 1 else ""
    return before not in _DETERMINED and not any(c.dep_ == "det" for c in tok.children)


# Words that make "few" some people ("a few", "the few", "those few", "his few").
_DETERMINED = frozenset({"a", "the", "those", "these", "his", "her", "their", "its", "our", "my"})
# "hardly anyone", "scarcely anybody", "barely any of them": as good as no one.
_HARDLY = frozenset({"hardly", "scarcely", "barely"})
_ANY = frozenset({"anyone", "anybody", "any"})


# Determiners that leave no one who spoke: "no official", "neither side".
_NO_DETERMINERS = frozenset({"no", "neither"})


# Negative adverbials that deny the whole statement, as preposition and noun ("at no point",
# "in no way"); "in no uncertain terms" or "in no time" only say how it was said.
_NO_POINT = frozenset(
    {
        ("at", "point"), ("at", "time"), ("at", "stage"), ("at", "moment"), ("at", "juncture"),
        ("in", "way"), ("in", "sense"), ("in", "case"), ("on", "occasion"), ("on", "account"),
        ("under", "circumstances"),
    }
)  # fmt: skip


def _at_no_point(tok: Any, quoted: Sequence[int]) -> bool:
    """A negative adverbial on the verb before it: "at no point", "in no way"."""
    return any(
        c.dep_ == "prep"
        and c.i < tok.i
        and not _inside(c, quoted)
        and any(
            o.dep_ == "pobj"
            and (c.lower_, o.lower_) in _NO_POINT
            and any(d.lower_ == "no" for d in o.children)
            for o in c.children
        )
        for c in tok.children
    )


def _inside(tok: Any, quoted: Sequence[int]) -> bool:
    return tok.i < len(quoted) and bool(quoted[tok.i])


def negative_subject(cue: Any, quoted: Sequence[int] = ()) -> Any:
    """The subject of the cue or of the verb it completes when it denies anyone spoke ("No
    one said", "Neither Lee nor Reed said"), outside quote marks ('"No more," they
    chanted' is the crowd's words), else None."""
    for tok in (cue, *_governors(cue)):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            plain = not any(_inside(t, quoted) for t in subj.subtree)
            return subj if plain and _no_subject(subj) else None
    return None


def negated_cue(cue: Any, quoted: Sequence[int] = ()) -> bool:
    """Whether the cue token ``cue`` is negated: by its own "not"/"never", by its copula's
    when it is a predicate adjective or noun, by a verb it completes that holds it back
    ("stopped short of saying", "has yet to say"), by a negative subject or adverbial ("No
    one said", "At no point did Lee say"), or, for a verb joined by "or"/"nor" with no
    subject of its own, by the verb it is joined to. ``quoted`` marks the tokens inside
    quote marks, whose negations are the quoted words'."""
    if any(_negates(c, cue, quoted) for c in cue.children):
        return True
    if any(_held_back(g, cue, quoted) for g in _governors(cue)):
        return True
    if negative_subject(cue, quoted) is not None or _at_no_point(cue, quoted):
        return True
    if cue.dep_ in _PREDICATES and any(_negates(c, cue, quoted) for c in cue.head.children):
        return True
    if cue.dep_ == "dobj" and cue.head.lower_ in _DO and cue.head.i < cue.i:
        # "didn’t comment" parsed as "did" with the noun "comment": the negation is "did"'s
        return any(_negates(c, cue, quoted) for c in cue.head.children)
    if cue.dep_ == "conj" and not any(c.dep_ in _SUBJECTS for c in cue.children):
        first = cue.head
        joined = any(c.dep_ == "cc" and c.lower_ in {"or", "nor"} for c in first.children)
        return joined and negated_cue(first, quoted)
    return False


def mark_negated(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes with ``negated`` set on those whose cue is negated in the text."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        if q.cue_start is not None and q.cue_end is not None and paras:
            para = paras[max(bisect.bisect_right(starts, q.cue_start) - 1, 0)]
            span = para.tokens(q.cue_start, q.cue_end)
            if (
                span is not None
                and len(span)
                and negated_cue(span.root, para.quoted)
                and not _contrast_between(para, q.cue_end, q.start)
            ):
                q = replace(q, negated=True)
        out.append(q)
    return out


# Words that set what follows against what came before: a negation before one of them does
# not reach past it ("did not think so, however 'now the moment has come'").
_CONTRAST = frozenset({"however", "but", "yet", "although", "though", "nevertheless"})


def _contrast_between(para: Para, cue_end: int, start: int) -> bool:
    """A contrast word outside quote marks between the cue's end and the content's start
    (content that follows its cue): the content lies past the negation's reach."""
    if start <= cue_end:
        return False
    return any(
        t.lower_ in _CONTRAST and not _inside(t, para.quoted)
        for t in para.doc
        if cue_end <= para.offset + t.idx < start
    )
