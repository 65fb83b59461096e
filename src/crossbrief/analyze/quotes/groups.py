"""A "they" that speaks, resolved to the group it stands for within the article.

News style names a group as a sentence's subject and goes on with "they" ("Harbour workers
marched on Monday. '...,' they said."). The group is the subject of the main clause of the
latest sentence before the pronoun that has one outside quote marks: a plural noun for
people ("Harbour workers"), people joined by "and" ("Ann Lee and Tom Varga"), or an
organisation or a body ("The Velmora Harbour Board", "the union"). A "they" before it
carries the same group on. A subject that is one person or a thing ends the search with no
group: the pronoun then stands for someone the article did not name as a subject, and
guessing further back would give the words to the wrong speaker. A body found so is no
"they" when its sentence calls it "it" or has people in the plural as another subject or
object ("The board said it would raise fees, prompting dockers to strike"), nor when people
in the plural were a subject just before it: the pronoun may as well mean them. A plural
named only after a preposition, inside a quotation or in someone's reported words is what
is talked about, never who speaks (though in reported words it still keeps "they" from a
body).

A proxy whose possessor is such a group ("Their spokesman said") speaks for the group
found the same way from its possessor. "its" and "the union's" are one body, never people
in the plural, and may be a body named as an object as well as a subject: "the union's
lawyer" speaks for the latest body named whose head word is "union" (so "the guild's" for
a body named "... Guild", the tagger's organisation type telling it is a body), none when
there is none; "its lawyer" for the body the latest sentence names, and when it names another
body or named thing too, only for its subject and only when the subject's verb does not act
on the other ("The council fined the port. Its lawyer said": either may be meant, so neither).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.descriptions import a_body
from crossbrief.analyze.quotes.inside import reported
from crossbrief.analyze.quotes.lexicon import SUBJECTS
from crossbrief.analyze.quotes.main_subjects import REACH, main_subject, sentences_back
from crossbrief.analyze.quotes.one_body import BODY_TYPES, PLURAL_TAGS, Known, one_body
from crossbrief.analyze.quotes.people import People
from crossbrief.analyze.quotes.proxies import is_proxy
from crossbrief.analyze.quotes.referents import full_name
from crossbrief.model import Mention, Quote

__all__ = ["group_for_they", "name_groups"]

_THEY = "they"
# Possessors of a proxy that stand for a group: "their" any group, "its" one body.
_THEIR = "their"
_ITS = "its"
# Nouns that stand for any one body, as "its" does ("the group's lawyer").
_ANY_BODY = frozenset({"group", "body", "organisation", "organization"})
# The pronouns a writer calls one body by, which "they" then cannot also stand for.
_IT = frozenset({"it", "its"})
# An object of a verb, and the clauses that take their subject from the verb they hang on
# ("rejected the plan and scrapped it", "..., calling it unfair").
_OBJECTS = frozenset({"dobj", "dative"})
_SHARED_SUBJECT = frozenset({"conj", "advcl", "xcomp"})
# Where people in the plural are an argument of a clause: its subject or its object.
_PEOPLE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})


def name_groups(
    quotes: Sequence[Quote], paras: Sequence[Para], mentions: Sequence[Mention], people: People
) -> list[Quote]:
    """The quotes, each whose speaker is a "they" no name was found for given the group the
    pronoun stands for, when the article names one as a subject just before it; so too a
    group's proxy ("their spokesman"), given the group it speaks for."""
    starts = [p.offset for p in paras]
    found: dict[int, str | None] = {}
    out = []
    for q in quotes:
        at = q.speaker_start
        if q.speaker_name is None and at is not None and q.speaker_end is not None:
            if at not in found:
                found[at] = _speaks_for(
                    paras, starts, (at, q.speaker_end), (mentions, people), (q.start, q.end)
                )
            if found[at] is not None:
                q = replace(q, speaker_name=found[at])
        out.append(q)
    return out


def _speaks_for(
    paras: Sequence[Para],
    starts: list[int],
    span: tuple[int, int],
    known: Known,
    said: tuple[int, int] | None = None,
) -> str | None:
    """The group the speaker phrase at article offsets ``span`` stands for: for "they"
    the group, for a proxy of "their", "its" or "the <body>'s" the group it speaks for;
    ``said`` is the article span of the words it says, whose subject it never is."""
    k = bisect.bisect_right(starts, span[0]) - 1
    tokens = paras[k].tokens(*span) if k >= 0 else None
    if tokens is None or len(tokens) == 0:
        return None
    if tokens.text.lower() == _THEY:
        # a "they" of "as they say" left by the sayings step has a group named before it
        return _group_for(paras, k, tokens[0], known, said)
    head = tokens.root
    if not is_proxy(head):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ == _THEIR:
        return _group_for(paras, k, owner, known)
    if owner.lower_ == _ITS:
        return one_body(paras, k, owner, known, None)
    the = any(c.lower_ == "the" for c in owner.children)
    if owner.tag_ == "NN" and the:
        # "the guild's lawyer": any common noun, as the body it stands for is found by
        # it only among bodies (a body's noun, or a name the tagger typed an organisation)
        noun = None if owner.lower_ in _ANY_BODY else owner.lower_
        return one_body(paras, k, owner.left_edge, known, noun)
    return None


def group_for_they(paras: Sequence[Para], k: int, pronoun: Any, known: Known) -> str | None:
    """The group a "they" (a token of paragraph ``k``) stands for, as the article names it
    as a subject just before the pronoun; None when it names none."""
    return _group_for(paras, k, pronoun, known)


def _group_for(
    paras: Sequence[Para],
    k: int,
    pronoun: Any,
    known: Known,
    said: tuple[int, int] | None = None,
) -> str | None:
    """The group "they" or "their" (a token of paragraph ``k``) stands for, or None; never
    the subject of the words it says (article span ``said``): in "Harbour workers, they
    say, will lose their jobs" the workers are talked about."""
    sentences = sentences_back(paras, k, pronoun.i)
    for back, (para, sent) in enumerate(sentences):
        if back > REACH:
            return None
        before = pronoun.i if back == 0 else len(para.doc)
        subj = main_subject(para, sent, before)
        if subj is not None and said is not None and said[0] <= para.offset + subj.idx < said[1]:
            continue
        if subj is not None and subj.lower_ != _THEY:
            group = _group(para, subj, known)
            # "Workers marched. The board offered 2 percent. '...,' they said.": a body is
            # "they" only with no people in the plural named as a subject just before it
            body = group is not None and subj.tag_ not in PLURAL_TAGS and not _joined(subj)
            if body and _elsewhere(para, sent, subj, before):
                return None
            return None if body and _people_before(sentences, REACH - back) else group
        if back > 0 and subj is None and _names_people(para, sent):
            # "And how about Ann Lee?": people named, none as a subject; in the pronoun's
            # own sentence they are what it reports ("Unlike Lee, Hale has few, they say")
            return None
    return None


def _elsewhere(para: Para, sent: Any, subj: Any, before: int) -> bool:
    """The sentence that names the body ``subj`` points "they" away from it (up to token
    ``before``, outside quote marks): the writer calls the body "it" ("The board said it is
    reviewing fees"), and one body is not both; or it names people in the plural as another
    argument ("prompting dockers to strike", "said dockers would lose"), whom the pronoun
    agrees with as readily as with the body."""
    for tok in sent:
        if tok.i >= before:
            break
        if para.quoted[tok.i] or tok.i == subj.i:
            continue
        if (
            tok.lower_ in _IT
            and tok.i > subj.i
            and tok.dep_ != "expl"
            and not _own_object(tok, subj)
        ):
            return True
        if tok.dep_ in _PEOPLE_ARGUMENTS and tok.tag_ in PLURAL_TAGS and animate(tok):
            return True
    return False


def _own_object(it: Any, subj: Any) -> bool:
    """``it`` is the object of a verb whose subject is ``subj``, its own or shared with the
    verb it is joined to or hangs on ("The board reviewed the plan and rejected it", "...,
    calling it unfair"): such an "it" is something else, as the body itself would be
    "itself"."""
    if it.dep_ not in _OBJECTS:
        return False
    verb = it.head
    while True:
        own = [c for c in verb.children if c.dep_ in SUBJECTS]
        if own:
            return any(c.i == subj.i for c in own)
        if verb.dep_ not in _SHARED_SUBJECT or verb.head.i == verb.i:
            return False
        verb = verb.head


def _joined(subj: Any) -> bool:
    """The subject is people joined by "and" ("Ann Lee and Tom Varga")."""
    return any(c.dep_ == "conj" for c in subj.children)


def _people_before(sentences: Any, reach: int) -> bool:
    """One of the next ``reach`` sentences back has a main-clause subject that is people in
    the plural ("Harbour workers marched")."""
    for n, (para, sent) in enumerate(sentences):
        if n >= reach:
            return False
        subj = main_subject(para, sent, len(para.doc))
        if subj is not None and (
            subj.lower_ == _THEY or (subj.tag_ in PLURAL_TAGS and animate(subj))
        ):
            return True
    return False


def _names_people(para: Para, sent: Any) -> bool:
    """The sentence names a person or people outside quote marks and reported words: with
    no subject to say which, a "they" after it may stand for them."""
    return any(
        not para.quoted[t.i]
        and (t.ent_type_ == "PERSON" or (t.tag_ in PLURAL_TAGS and animate(t)))
        and not reported(t)
        for t in sent
    )


def _group(para: Para, subj: Any, known: Known) -> str | None:
    """What a subject names when it is a group "they" may stand for, as the article writes
    it; None for one person or a thing."""
    doc = para.doc
    if _acts_on_people(subj.head):
        # "The Velmora Gazette interviewed 20 pier workers. They said ...": the plural the
        # pronoun agrees with, not the body, which American style calls "it"; "Police
        # arrested two fishermen", "Lee and Varga met the dockers": either side may be
        # "they", so neither is taken
        return None
    joined = [c for c in subj.children if c.dep_ == "conj"]
    if joined:
        if not all(animate(t) for t in (subj, *joined)):
            return None  # "Prices and fees rose": things
        last = joined[-1]
        while (more := [c for c in last.children if c.dep_ == "conj"]) != []:
            joined.append(more[-1])
            last = more[-1]
        named = [_person(para, t, known) for t in (subj, *joined)]
        if all(named):
            # "Ann Lee, the harbour master, and Tom Varga": the names, not the titles
            return _listed([n for n in named if n])
        return str(doc[subj.left_edge.i : last.i + 1].text)
    if subj.ent_type_ in BODY_TYPES:
        at = para.offset + subj.idx
        body = next((m for m in known[0] if m.start <= at < m.end and m.type in BODY_TYPES), None)
        if body is not None:
            return body.text
    of = _of_people(subj)
    if of is not None:
        # "Hundreds of harbour workers", "residents of Velmora": the phrase to its of-phrase
        # (to its object, not past it into an apposition or a relative clause)
        obj = next(c for c in of.children if c.dep_ == "pobj")
        return str(doc[subj.left_edge.i : obj.i + 1].text)
    if subj.tag_ in PLURAL_TAGS and animate(subj) and subj.pos_ != "PRON":
        return str(doc[subj.left_edge.i : subj.i + 1].text)
    if subj.tag_ in {"NN", "NNP"} and a_body(subj.lower_):
        # "the union"; "The Dockers Union" where the tagger gave the name no type
        return str(doc[subj.left_edge.i : subj.i + 1].text)
    return None


def _of_people(subj: Any) -> Any:
    """The of-phrase right after a plural subject that says whom it counts or where they
    are from ("Hundreds of harbour workers", "residents of Velmora"), when the whole is
    people; else None."""
    if subj.tag_ not in PLURAL_TAGS or subj.pos_ == "PRON":
        return None
    of = next((c for c in subj.rights if c.dep_ == "prep" and c.i == subj.i + 1), None)
    if of is None or of.lower_ != "of":
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.dep_ == "relcl":
        return None
    counted = obj.tag_ in PLURAL_TAGS and animate(obj)  # "Hundreds of workers"
    return of if counted or animate(subj) else None


def _person(para: Para, tok: Any, known: Known) -> str | None:
    """The person name the token lies in, in full when it is a surname of someone named
    before ("Lee and Varga": "Ann Lee and Tom Varga"), or None."""
    at = para.offset + tok.idx
    mentions, people = known
    mention = next((m for m in mentions if m.start <= at < m.end), None)
    start = mention.start if mention is not None else at
    k = bisect.bisect_left(people.starts, start)
    if k < len(people.starts) and people.starts[k] == start and people.names[k]:
        return people.names[k]  # a person of the article, resolved to their full name
    if mention is not None and mention.type == "PERSON":
        return mention.text
    # a surname the tagger took for a place ("Lee and Varga left")
    return full_name(people, tok.lower_, at) if tok.pos_ == "PROPN" else None


def _listed(names: list[str]) -> str:
    """Names as a list in prose: "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _acts_on_people(verb: Any) -> bool:
    """The verb's object is people in the plural ("interviewed 20 pier workers", "met the
    mayor and the pilots")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    return any(o.tag_ in PLURAL_TAGS and animate(o) for o in objects)
