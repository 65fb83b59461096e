"""People the article describes instead of naming, as clause subjects ("The former
firefighter lost his ears", "Our reporter saw ..."), and names in apposition to a subject.

A later "he" or "she" stands for the nearest such subject as much as for a named one: the
speaker resolution must see them, or it skips them and puts the words in an earlier named
person's mouth.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crossbrief.analyze.doc_cache import doc_ents
from crossbrief.analyze.quotes.animate import HUMAN_NOUNS, person_word, singular
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import ORG_NOUNS, SUBJECTS, is_reporting
from crossbrief.analyze.quotes.proxies import PROXY_NOUNS

# Nouns for one person (bodies of people, "group", "party", "crowd", are never "he").
_BODY_WORDS = """people staff crowd audience public electorate everyone someone anyone everybody
    somebody nobody other others many some few both all establishment elite base group
    committee campaign party administration government council court jury agency department
    ministry organization organisation company firm union coalition team panel board network
    newspaper magazine paper outlet station bank congress senate house parliament legislature
    state country nation city side camp wing caucus gop dnc rnc"""
_BODIES = ORG_NOUNS | frozenset(_BODY_WORDS.split())
# "chairman" and "spokesman" name women too
_MALE = frozenset({"man", "father", "son", "husband", "brother", "boy"})
_FEMALE = frozenset(
    {"woman", "mother", "daughter", "wife", "sister", "spokeswoman", "chairwoman", "girl"}
)
# Determiners of a description that points back to someone already named.
_DEFINITE = frozenset({"the", "this", "that"})


_PERSON_NOUNS = HUMAN_NOUNS - _BODIES


def a_body(low: str) -> bool:
    """A noun for a body or group of people ("council", "crowd", "team"), never one person."""
    return low in _BODIES


def one_person(low: str) -> bool:
    """A noun for one person, also as the end of a compound ("firefighter", "homeowner")."""
    return low in _PERSON_NOUNS or any(
        low.endswith(w) for w in _PERSON_NOUNS if len(w) >= 5 and len(low) > len(w)
    )


# Kin, whom news names once ("his brother Dan Reed") and then by the tie alone ("his
# brother said"); and others named by their tie to someone that neither the lists of nouns
# for people nor their endings know ("his former deputy", "his closest associate").
_KIN_WORDS = """father mother wife husband son daughter brother sister uncle aunt cousin
    nephew niece grandson granddaughter grandfather grandmother stepson stepdaughter
    stepfather stepmother fiance fiancee fiancé fiancée widow widower sibling"""
KIN = frozenset(_KIN_WORDS.split())
_TIE_WORDS = """associate deputy successor predecessor protege protégé boss mentor coach
    teammate biographer grandparent grandchild girlfriend boyfriend"""
_TIES = KIN | frozenset(_TIE_WORDS.split())


def someone_else(noun: Any) -> bool:
    """A noun for a person or a body of people that is not its possessor's proxy ("her
    husband", "his closest associate", "his former deputy", "his party"): whoever "his" or
    "her" stands for owns the role but does not hold it, so never speaks as it. A proxy
    ("his lawyer", "her aides") speaks for its owner, and a thing the owner put out ("his
    statement", "her website") carries the owner's words."""
    low = str(noun.lower_)
    one = singular(low)
    return low not in PROXY_NOUNS and (one_person(one) or person_word(low) or one in _TIES)


@dataclass(frozen=True)
class Described:
    """A singular noun for a person as a clause subject: its article offset, the offset of
    the sentence before its own (where a definite description finds whom it describes),
    whether it is definite ("the firefighter", not "a witness" or "our reporter"), its
    gender, when its noun tells, and its noun."""

    start: int
    before: int
    definite: bool
    female: bool | None
    noun: str = ""
    name: str | None = None  # a name the tagger missed after the noun ("official Fauzi")
    # Its qualifiers ("the former firefighter"), which a role it stands for must share.
    qualifiers: frozenset[str] = frozenset()
    # The offset of the named subject of its paragraph's first sentence, when it is further
    # on ("Hale stopped by. ... the senator said"), and whether that sentence reports them.
    topic: int | None = None
    topic_spoke: bool = False


def described(para: Para, tok: Any) -> Described | None:
    """``tok`` as a described person, when it heads a singular noun phrase for one person,
    the subject of a main clause, outside quotes and with no name of its own."""
    low = tok.text.lower()
    member = _one_of(tok)
    if member:
        low = member  # "One of the wives of Tom Hale": a wife, whom "she" may stand for
    # "The president's roots came into play": the possessor of a subject is talked about
    # as much as a subject, and a later "he" may stand for them.
    subj = tok.head if tok.dep_ == "poss" and tok.head.dep_ in SUBJECTS else tok
    if (
        subj.dep_ not in SUBJECTS
        or subj.head.dep_ not in {"ROOT", "conj"}  # "time for the mayor to say sorry": no
        or (tok.tag_ != "NN" and not member)
        or para.quoted[tok.i]
        or tok.ent_type_ == "PERSON"
        or low in _BODIES
        or not (low in _MALE or low in _FEMALE or one_person(low))
    ):
        return None
    if not member and any(
        t.dep_ in {"appos", "compound"} and t.ent_type_ == "PERSON" for t in tok.subtree
    ):
        return None  # "the lawyer, Tom Reed": the name counts, not the noun
    det = next((c for c in tok.children if c.dep_ in {"det", "poss"}), None)
    definite = det is not None and det.text.lower() in _DEFINITE
    first = min((c.i for c in tok.lefts), default=tok.i)
    start = para.offset + para.doc[first].idx
    k = para.sents.index(para.sent_of(tok.i))
    prev = para.sents[k - 1] if k > 0 else para.sents[k]
    before = para.offset + prev[0].idx if k > 0 else para.offset
    female = True if low in _FEMALE else False if low in _MALE else None
    after = next(
        (c for c in tok.rights if c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN"), None
    )
    name = None if after is None else para.doc[after.left_edge.i : after.i + 1].text
    if name is None and any(
        c.dep_ in SUBJECTS and c.i != subj.i and c.pos_ == "PROPN" for c in subj.head.children
    ):
        return None  # "A lawyer, Khan has ...": the noun and the name are one subject
    quals = frozenset(t.lower_ for c in tok.lefts for t in c.subtree) & QUALIFIERS
    first_sent = para.sents[0]
    lead = next((t for t in first_sent if t.dep_ == "nsubj"), None) if k > 0 else None
    topic = None
    if lead is not None and lead.ent_type_ == "PERSON" and definite:
        ent = next((e for e in doc_ents(para.doc) if e.start <= lead.i < e.end), None)
        topic = para.offset + (ent.start_char if ent is not None else lead.idx)
    spoke = lead is not None and is_reporting(lead.head)
    return Described(start, before, definite, female, low, name, quals, topic, spoke)


def _one_of(tok: Any) -> str:
    """The singular person noun of "one of the <people>" headed by ``tok`` ("One of the
    wives of ...": "wife"), else ""."""
    if tok.lower_ != "one":
        return ""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = None if of is None else next((c for c in of.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ != "NNS":
        return ""
    low = str(noun.lower_)
    one = _PLURALS.get(low) or (low[:-1] if low.endswith("s") else low)
    return one if one in _MALE or one in _FEMALE or one_person(one) else ""


_PLURALS = {"wives": "wife", "women": "woman", "men": "man", "children": "child"}


def subject_through(root: Any) -> Any:
    """The head whose role a name in apposition takes: "the leader of the party in
    Parliament, Fausto Bertinotti, said": the parser hangs the name on the nearest noun
    ("Parliament"); the leader, the subject, is whom it names."""
    head = root.head if root.dep_ in {"compound", "appos"} else root
    if root.dep_ != "appos":
        return head
    while (
        head.dep_ == "pobj"
        and head.head.dep_ == "prep"
        and head.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        head = head.head.head
    return head


# Words that make a title another office: a deputy mayor is not "the mayor".
_QUALIFIER_WORDS = "deputy vice assistant former ex acting shadow junior associate co interim"
QUALIFIERS = frozenset(_QUALIFIER_WORDS.split())


def may_be(roles: frozenset[str], words: set[str]) -> bool:
    """A person whose mentions gave them ``roles`` may be the one described by ``words``:
    no role known, or one that carries the words and no qualifier the words lack ("deputy
    mayor" is not "the mayor")."""
    if not roles:
        return True
    return words <= roles and not ((roles & QUALIFIERS) - words)


def described_as(roles: frozenset[str], words: set[str]) -> bool:
    """A named person is the one a definite description ("the judge") stands for only when
    the text gave them its noun ("Judge Ann Lee", "Lee, a judge"): someone named with no
    role, or with another ("sued his landlord", "arrested Dan Cole"), is someone else."""
    return bool(roles) and may_be(roles, words)


def gender_of(words: frozenset[str] | set[str]) -> bool | None:
    """True (female) or False (male) when the words around a name give one gender only
    ("his mother, Judy"; "Dennis, his father, ... his mother" gives none), else None."""
    female, male = bool(words & _FEMALE), bool(words & _MALE)
    return None if female == male else female
