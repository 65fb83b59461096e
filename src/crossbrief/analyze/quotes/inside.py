"""How the words of a speaker phrase and its sentence stand to the speaker: whether a name
inside the phrase names its head or only modifies it ("One of the wives of Tom Hale"), names
whom a proxy speaks for ("the Lee campaign"), or lies in words reported as someone else's.

Each is a rule on the parse: a name reaches the head it names through apposition or the
parts of a name, never through an of-, at- or for-phrase or a relative clause.
"""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.descriptions import one_person
from crossbrief.analyze.quotes.lexicon import SUBJECTS, is_reporting
from crossbrief.analyze.quotes.proxies import is_proxy
from crossbrief.model import Mention

# How a name hangs on the head it names: in apposition ("his wife, Ann Lee"), or as part of
# a name ("Harbour master Ellen Voss").
_NAMING = frozenset({"appos", "compound", "flat"})


def names_head(para: Para, m: Mention, head: Any) -> bool:
    """The person name ``m`` inside a speaker phrase names its head: it reaches the head
    through apposition or a name's parts only, never through an of-, at- or for-phrase or a
    relative clause ("One of the wives of Tom Hale", "officials at the school where Tom Hale
    teaches") nor as a modifier of a common noun ("a Tom Hale aide")."""
    span = para.tokens(m.start, m.end)
    if span is None:
        return False
    tok = span.root
    for _ in range(len(para.doc)):
        if tok.i == head.i:
            return True
        if tok.dep_ not in _NAMING or tok.head.i == tok.i:
            return False
        if tok.dep_ == "compound" and tok.head.pos_ != "PROPN":
            return False  # "longtime Ann Lee aide": the aide is someone else
        tok = tok.head
    return False


def speaks_for(para: Para, m: Mention, head: Any) -> bool:
    """The person name ``m`` names whom the proxy noun heading the speaker phrase speaks
    for ("the Obama administration", "the Lee campaign"), as a possessor would."""
    span = para.tokens(m.start, m.end)
    return (
        span is not None
        and span.root.head.i == head.i
        and span.root.dep_ == "compound"
        and is_proxy(head)
    )


def reported(tok: Any) -> bool:
    """``tok`` lies in a clause reported as someone's words ("Lee said that Hale lied",
    "..., telling reporters she was Hale's wife"): under a clausal complement of a reporting
    verb that has a subject of its own or is a participle going on from one."""
    while tok.head.i != tok.i:
        verb = tok.head
        if (
            tok.dep_ == "ccomp"
            and is_reporting(verb)
            and (
                verb.tag_ == "VBG" or any(c.dep_ in SUBJECTS and c.i < tok.i for c in verb.children)
            )
        ):
            return True
        tok = verb
    return False


def singular(noun: Any) -> str:
    """A plural common noun's singular ("friends" -> "friend"; the pipeline has no
    lemmatizer), any other word as written, lower-cased."""
    low = str(noun.lower_)
    if noun.tag_ != "NNS" or not low.endswith("s"):
        return low
    return low[:-3] + "y" if low.endswith("ies") else low[:-1]


def clause_subject(pronoun: Any) -> Any:
    """The subject, not a pronoun, of a clause earlier in the sentence that the clause of
    ``pronoun`` (an "it") hangs on ("The board never blamed Lee, just as it never said
    ..."), or None."""
    verb = pronoun.head
    while verb.head.i != verb.i and verb.dep_ in _JOINED:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < pronoun.i), None)
        if subj is not None:
            # a person ("The mayor left and it said") is never "it"
            person = subj.ent_type_ == "PERSON" or one_person(singular(subj))
            return None if subj.pos_ == "PRON" or person else subj
    return None


# How a clause hangs on the one before it in its sentence ("..., and it said", "..., just
# as it said", "..., but it said").
_JOINED = frozenset({"conj", "advcl"})


def title_words(noun: Any) -> set[str]:
    """The words of a title in apposition ("the Israeli prime minister"): its noun and the
    words that modify it, never a possessor or an of-phrase in it ("one of the president's
    aides" gives no "president")."""
    out = {str(noun.lower_)} if noun.pos_ in {"NOUN", "ADJ"} else set()
    for child in noun.lefts:
        if child.dep_ in {"compound", "amod"}:
            out |= title_words(child)
    return out


# Prepositions that join another's office to a title's head ("a lawyer FOR the mayor").
_OBJECT_PREPS = frozenset({"of", "for", "to", "at", "with"})


def own_title_words(noun: Any, tags: frozenset[str] = frozenset({"NOUN", "ADJ"})) -> set[str]:
    """The words of ``noun``'s phrase (those tagged ``tags``) that describe its own holder:
    none from a person who possesses the title or is the object of its preposition ("the
    mayor's lawyer", "a lawyer for the mayor" give "lawyer"); a place or body there stays
    ("the harbour board's chairman", "the mayor of Orsk")."""
    theirs = {t.i for c in noun.subtree if c.i != noun.i and _anothers(c) for t in c.subtree}
    return {str(t.lower_) for t in noun.subtree if t.pos_ in tags and t.i not in theirs}


def _anothers(tok: Any) -> bool:
    """A possessor or prepositional phrase on a title that names another person."""
    if tok.dep_ == "prep" and tok.lower_ in _OBJECT_PREPS:
        tok = next((c for c in tok.children if c.dep_ == "pobj"), None)
    elif tok.dep_ != "poss":
        return False
    return tok is not None and (tok.ent_type_ == "PERSON" or one_person(singular(tok)))
