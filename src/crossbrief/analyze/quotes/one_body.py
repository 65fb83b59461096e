"""The one body "its" or "the union's" stands for: the latest body named as a subject or
an object of a sentence before it ("The Velmora Harbour Board met. Its lawyer said"), for
"the union's" one whose head word is "union", also after a preposition."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.acted_on import acted_on
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.descriptions import a_body
from crossbrief.analyze.quotes.inside import reported
from crossbrief.analyze.quotes.main_subjects import REACH, main_subject, sentences_back
from crossbrief.analyze.quotes.people import People
from crossbrief.model import Mention

# The article's name mentions and people, which the names in a group are looked up in.
Known = tuple[Sequence[Mention], People]
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# Entity types of a body of people that "they" may stand for ("the board ... they said").
BODY_TYPES = frozenset({"ORG", "NORP"})
# Where a body "its" may stand for is named: a subject or an object ("nmod" is a name a
# misparse hangs on the next noun, as in "fined the union 40,000 crowns").
_CORE = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "nmod", "attr", "appos", "conj"})
# "the union's" may name a union after a preposition too ("a suit against the union").
_ON = frozenset({"pobj"})
_ARGUMENTS = _CORE | _ON
# Entity types of a named thing that "its" might stand for besides a body (a town, a port).
_NAMED_THINGS = frozenset({"ORG", "NORP", "FAC", "GPE"})


def one_body(
    paras: Sequence[Para], k: int, owner: Any, known: Known, noun: str | None
) -> str | None:
    """The one body "its" or "the <noun>'s" (from token ``owner`` of paragraph ``k``) stands
    for. With ``noun``, the latest body named as subject or object whose head word is that
    noun ("the union's": a union); without, the body the latest sentence with a subject or
    an object names, when it names no other body or named thing, else the one that is its
    subject when its verb acts on no other: "A judge fined the council and the port. Its
    lawyer" may mean either, and a wrong principal is worse than none."""
    for back, (para, sent) in enumerate(sentences_back(paras, k, owner.i)):
        if back > REACH:
            return None
        before = owner.i if back == 0 else len(para.doc)
        if noun is not None:
            found = _named(para, sent, before, known, _ARGUMENTS)
            named = [name for tok, name, _ in found if name is not None and tok.lower_ == noun]
            if named:
                return named[-1]
            continue
        found = _named(para, sent, before, known, _CORE)
        subj = main_subject(para, sent, before)
        if found or subj is not None:
            own = next((f for f in found if subj is not None and f[0].i == subj.i), None)
            if own is None and not found:
                return _only_after_preposition(para, sent, before, known)
            if own is None:
                return found[0][1] if len({key for _, _, key in found}) == 1 else None
            # the subject, which "its" favours as any pronoun does, unless its verb acts on
            # another body, which "its" may as well mean ("fined the ferry company")
            more = found + [f for f in _named(para, sent, before, known, _ON) if f[1]]
            return None if any(k != own[2] and acted_on(t, subj) for t, _, k in more) else own[1]
    return None


def _named(
    para: Para, sent: Any, before: int, known: Known, deps: frozenset[str]
) -> list[tuple[Any, str | None, str]]:
    """What "it" may stand for in the sentence before token ``before``, hung on it by one
    of ``deps``, outside quote marks and reported words: each body of one (not people in
    the plural) with its name as the article writes it, and each other named thing (a
    place, a site) with None; each with a key that is the same for two words of one name."""
    out: list[tuple[Any, str | None, str]] = []
    for tok in sent:
        if tok.i >= before:
            break
        if tok.dep_ not in deps or para.quoted[tok.i] or reported(tok):
            continue
        if tok.tag_ in PLURAL_TAGS or tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        name = _body_name(para, tok, known)
        if name is not None:
            out.append((tok, name, name.lower().removeprefix("the ")))
        elif tok.pos_ == "PROPN" and tok.ent_type_ in _NAMED_THINGS:
            at = para.offset + tok.idx
            m = next((m for m in known[0] if m.start <= at < m.end), None)
            out.append((tok, None, str(m.text if m is not None else tok.text).lower()))
    return out


def _body_name(para: Para, tok: Any, known: Known) -> str | None:
    """The name of the body the noun heads ("the Velmora Harbour Board", "the union"), or
    None when it is no body."""
    if tok.ent_type_ in BODY_TYPES:
        at = para.offset + tok.idx
        body = next((m for m in known[0] if m.start <= at < m.end and m.type in BODY_TYPES), None)
        if body is not None:
            return body.text
    # a common noun names one body with a determiner ("the council"); a bare one is a
    # place or an idiom ("went to court")
    fixed = tok.tag_ == "NNP" or any(c.dep_ in {"det", "poss"} for c in tok.children)
    if fixed and a_body(tok.lower_):
        return str(para.doc[tok.left_edge.i : tok.i + 1].text)
    return None


def _only_after_preposition(para: Para, sent: Any, before: int, known: Known) -> str | None:
    """The one body a sentence with none as a subject or an object names after a preposition
    ("a ruling against Dockline Shipping"), when it names no other body or named thing there:
    the only thing for "its" to mean. Two (or a body and a town) may each be meant."""
    on = _named(para, sent, before, known, _ON)
    if len({key for _, _, key in on}) != 1 or any(name is None for _, name, _ in on):
        return None
    return on[0][1]
