"""What each sentence tells happened, read from its parse: its main predicates.

A sentence's act is its main verb (the parse's root, and the verbs conjoined with it: "was
arrested and charged"), wherever the auxiliaries put it ("will be known" -> "known"), and a
verb its main verb controls ("agreed to pay" -> "agreed", "pay"). A copula or a light verb
takes its meaning from its complement, so the act is the complement's head: "Lee is the
winner" -> "winner", "the ship is safe" -> "safe", "the ministers held talks" -> "talks",
"took control" -> "control", "faces trial" -> "trial"; where it has none, the copula and
"have" give nothing ("Lee was in hospital"), another light verb itself ("will be held"). A
verb of reporting ("said", "announced") tells who gave the news; the clause it reports
carries the act, read as well and marked ``reported`` ("police said the man was arrested"
-> "said", "arrested" reported), as does a content clause of a copula's or a light verb's
noun ("there were signs that the barn was burned" -> "signs", "burned" reported). A root
that is no verb (a headline's noun phrase) gives nothing, nor does a relative or adverbial
clause: they describe, not tell.

Words are kept as written, lower-cased: the pipeline runs no lemmatizer, and synthesis
stems every word it compares alike.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from crossbrief.analyze.paragraphs import Paragraph, parsed_sentences
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE, REPORTING_BASES
from crossbrief.model import Span
from crossbrief.model_acts import Act

# Verbs whose object or complement tells the event ("made a visit", "took power", "found
# him liable", "kept quiet"), in every form, the copula's among them
_LIGHT_WORDS = """be is are am was were been being 's 're 'm have has had having 've 'd
    make makes made making take takes took taken taking give gives gave given giving
    hold holds held holding find finds found finding keep keeps kept keeping
    face faces faced facing"""
_LIGHT = frozenset(_LIGHT_WORDS.split())
# the copula and "have" alone tell nothing ("Lee was in hospital"); another light verb with
# no complement tells its own act ("the vote will be held on Friday", "she was found")
_EMPTY_WORDS = "be is are am was were been being 's 're 'm have has had having 've 'd"
_EMPTY = frozenset(_EMPTY_WORDS.split())
# the complements whose head tells a light verb's event: a predicate noun or adjective, an
# object, an object's predicate ("found him liable")
_COMPLEMENTS = frozenset({"attr", "acomp", "dobj", "oprd"})
_VERBAL = frozenset({"VERB", "AUX"})
# a pronoun or a determiner as a complement ("has it", "took that") names no event
_NO_EVENT = frozenset({"PRON", "DET", "NUM", "PUNCT", "SPACE"})
# the tenses of a finite verb, which no "to" takes
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# a subject: its head words' (start, end) offsets in the article, and whether it is passive
_Subject = tuple[tuple[tuple[int, int], ...], bool]
_NO_SUBJECT: _Subject = ((), False)
# one act as read: its word, whether reported, its subject
_Read = tuple[str, bool, _Subject]


def extract_acts(paragraphs: Sequence[Paragraph], sentences: Sequence[Span]) -> tuple[Act, ...]:
    """The main predicates (``Act``) of every sentence of ``sentences`` (offsets into the
    article), read from the parsed ``paragraphs`` whose sentences they are, each with the
    head words of its subject."""
    out: list[Act] = []
    for k, p, sent in parsed_sentences(paragraphs, sentences):
        seen: set[_Read] = set()
        for read in _acts(sent.root, False, p.offset, _NO_SUBJECT):
            if read not in seen:
                seen.add(read)
                word, reported, (subject, passive) = read
                out.append(Act(k, word, reported, subject, passive))
    return tuple(out)


def _acts(head: Any, reported: bool, offset: int, shared: _Subject) -> Iterator[_Read]:
    """The predicates of the clause ``head`` (a token) heads and of the clauses conjoined
    with it, each with ``reported`` and its subject (``_subject``; ``shared``: the subject
    of the verb ``head`` is a stray conjunct of, where it has none of its own); a reporting
    verb's complement clause marked reported. ``offset``: the paragraph's in the article."""
    for verb in _conjoined(head):
        if verb.pos_ not in _VERBAL or _unlike(verb):
            continue
        # a verb conjoined with the head shares its subject ("was arrested and charged")
        shared = _subject(verb, offset, shared)
        # "call" saying words is no act, but the verb it controls is one ("called on the
        # parties to make peace: '...'")
        for word, subject in _predicate(verb, offset, shared, not _calls_out(verb)):
            yield word, reported, subject
        for stray in _stray_conjuncts(verb):
            yield from _acts(stray, reported, offset, shared)
        for clause in _contents(verb):
            yield from _acts(clause, True, offset, _NO_SUBJECT)
        if FORM_TO_BASE.get(verb.lower_) in REPORTING_BASES:
            for child in verb.children:
                if child.dep_ == "ccomp":
                    yield from _acts(child, True, offset, _NO_SUBJECT)


def _subject(verb: Any, offset: int, shared: _Subject) -> _Subject:
    """The subject of ``verb``: the head words of its own subject and of the subjects
    conjoined with it, as article offsets, or else ``shared`` (the subject of the verb it is
    conjoined with or controlled by); passive where the subject is a passive one or the
    verb has a passive auxiliary ("fled and was caught"), or, a participle with no
    auxiliary of its own, shares a passive one ("was arrested and charged")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    for child in verb.children:
        if child.dep_ in _SUBJECTS:
            return _heads(child, offset), passive or child.dep_ == "nsubjpass"
    bare = verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return shared[0], passive or (bare and shared[1])


def _heads(token: Any, offset: int) -> tuple[tuple[int, int], ...]:
    """The (start, end) article offsets of ``token`` and the tokens conjoined with it."""
    return tuple((offset + t.idx, offset + t.idx + len(t)) for t in _conjoined(token))


def _calls_out(verb: Any) -> bool:
    """Whether ``verb`` is "call" in its sense of saying: with the words it says, a clause
    or a quote ("'Leave now,' the guard called"). Elsewhere it tells an act of its own, a
    demand, a naming, a summons or a phone call ("called for an inquiry", "called the plan
    a mistake", "police were called"), so it is read as an act."""
    return FORM_TO_BASE.get(verb.lower_) == "call" and any(c.dep_ == "ccomp" for c in verb.children)


def _stray_conjuncts(verb: Any) -> Iterator[Any]:
    """The tensed verbs the parser joined to a verb that ``verb`` controls ("agreed to repay
    the fishermen and closed the quay": "closed" under "repay"). "To" takes a bare verb, so
    a tensed one cannot share its "to": it is ``verb``'s own conjunct, a second act. A bare
    verb joined to the controlled one shares its "to" ("wants to build and run the mill")
    and is no act of the subject's own: it is left to the controlled verb."""
    for child in verb.children:
        if child.dep_ == "xcomp" and child.tag_ == "VB":
            for c in _conjoined(child)[1:]:
                if c.tag_ in _TENSED:
                    yield c
            yield from _stray_conjuncts(child)


def _unlike(verb: Any) -> bool:
    """Whether ``verb``, conjoined with another verb, is a gerund the other is not: verbs
    joined by "and" share their form ("was arrested and charged"), so a bare "-ing" word
    joined to a finite verb is a noun's modifier the parser took for a verb ("airlifted food
    parcels and drinking water")."""
    return bool(verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.tag_ != "VBG")


def _contents(verb: Any) -> Iterator[Any]:
    """The content clauses of a light verb's complement nouns ("there were signs that the
    barn was burned", "is evidence that the dam failed"): a clause opened by a conjunction
    ("that", "whether"), not a relative one, tells what the noun holds, as a reported
    clause does."""
    if verb.lower_ not in _LIGHT:
        return
    for complement in verb.children:
        if complement.dep_ not in _COMPLEMENTS:
            continue
        for clause in complement.children:
            if clause.dep_ == "acl" and any(c.dep_ == "mark" for c in clause.children):
                yield clause


def _predicate(
    verb: Any, offset: int, subject: _Subject, own: bool = True
) -> Iterator[tuple[str, _Subject]]:
    """The words telling the act of ``verb``, each with its ``subject``: itself, or for a
    light verb or a copula the heads of its complements (unless ``own`` is False); then
    those of a verb it controls ("agreed to pay"), whose subject is ``verb``'s, or its
    object's where it has one ("asked Lee to pay")."""
    complements = [c for c in verb.children if c.dep_ in _COMPLEMENTS and c.pos_ not in _NO_EVENT]
    if own and verb.lower_ in _LIGHT and complements:
        for child in complements:
            # like with like: "a writer and an activist", not a noun and a gerund
            yield from ((c.lower_, subject) for c in _conjoined(child) if c.pos_ == child.pos_)
    elif own and verb.lower_ not in _EMPTY:
        yield verb.lower_, subject
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    controller = (_heads(objects[0], offset), False) if objects else subject
    for child in verb.children:
        if child.dep_ == "xcomp" and child.pos_ in _VERBAL:
            yield from _predicate(child, offset, _subject(child, offset, controller))


def _conjoined(token: Any) -> list[Any]:
    """``token`` and the tokens conjoined with it ("arrested and charged", "a writer and
    an activist"), in order."""
    out = [token]
    k = 0
    while k < len(out):
        out.extend(c for c in out[k].children if c.dep_ == "conj")
        k += 1
    return out
