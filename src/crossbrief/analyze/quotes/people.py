"""The people and names of one article that speaker resolution looks up: every person
mention with its role words, gender and grammatical place, in text order."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crossbrief.analyze.doc_cache import doc_ents, tokens_with
from crossbrief.analyze.gender import first_name_gender
from crossbrief.analyze.quotes.animate import singular
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.descriptions import (
    Described,
    described,
    described_as,
    gender_of,
    may_be,
    one_person,
    subject_through,
)
from crossbrief.analyze.quotes.inside import own_title_words, reported, title_words
from crossbrief.analyze.quotes.lexicon import (
    ABBREVIATED,
    IT_REACH,
    SUBJECTS,
    is_reporting,
    sex_of_title,
)
from crossbrief.analyze.quotes.missed_names import missed_surname, unnamed_speaker
from crossbrief.analyze.quotes.named_sources import Sources, named_source
from crossbrief.analyze.quotes.opinion_holders import holds_opinion
from crossbrief.analyze.quotes.proxies import unpossessed
from crossbrief.analyze.quotes.referents import full_name, most_named, named_alone, surname
from crossbrief.analyze.quotes.relatives import who_in_personless
from crossbrief.analyze.quotes.side_subjects import side_subject
from crossbrief.model import Mention

# The tags of the words that modify a name ("Velmoran Foreign Minister").
_MODIFIERS = frozenset({"NOUN", "PROPN", "ADJ"})


@dataclass
class Names:
    """Name mentions sorted by offset, with their offsets for bisection."""

    mentions: list[Mention]
    starts: list[int]
    # Last words of the people and organisations named ("trump", "reuters"), to know a
    # name where the tagger missed it (a headline's 'Trump: ...').
    last_words: frozenset[str] = frozenset()


@dataclass
class People:
    """Person mentions of the article, with what pronoun and role resolution needs."""

    starts: list[int]
    # None for a person the article describes but never names ("our reporter", "a witness"):
    # a pronoun after them stands for them, so for no name.
    names: list[str | None]
    subject: list[bool]  # the mention is a clause subject
    female: list[bool | None]
    roles: list[frozenset[str]]  # words next to the mention ("president", "minister")
    # The mention lies inside a quote: the speaker talks about them, so they are not the
    # "he" of the cue ('"Hale is winning," he said' is not Hale).
    quoted: list[bool] = field(default_factory=list)
    # The mention lies in what someone else is reported to have said ("Lee said that Hale
    # lied"): talked about, so not the "he" of the next cue ("He also said ...").
    reported: list[bool] = field(default_factory=list)
    # Organisations named as a clause subject ("The port authority said ..."), for "it".
    org_starts: list[int] = field(default_factory=list)
    org_names: list[str] = field(default_factory=list)
    # An object's verb's subject start ("Hale thanked Mrs. Cole": "she" likelier Hale); else -1
    agent: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # sentence starts, for just_named.py
    objects: frozenset[int] = frozenset()  # starts of names a verb acts on ("met Lee")
    # starts of subjects of a relative clause or a dash aside: below a main subject
    side: set[int] = field(default_factory=set)
    sources: Sources = field(default_factory=Sources)  # named sources, for "the newspaper"

    def gender(self, j: int) -> bool | None:
        """The gender of mention ``j``: from its title or description ("Mrs.", "his
        mother") when they give one, else from its name's first name ("Loretta Lynch"; a
        surname alone, "Lynch", carries the full name it was resolved to)."""
        female = self.female[j]
        name = self.names[j]
        return female if female is not None or name is None else first_name_gender(name)


def people_of(paras: Sequence[Para], mentions: Sequence[Mention]) -> People:
    """The people of an article: its person mentions (and one-word names tagged an
    organisation that stand for a person named before), the subjects of reporting verbs the
    tagger missed, and the descriptions of people, in text order."""
    people = People([], [], [], [], [])
    descs: list[Described] = []
    by_start = {m.start: m for m in mentions if m.type in {"PERSON", "ORG", "GPE"}}
    org_ends = {m.end: m.text for m in mentions if m.type == "ORG"}
    surnames = frozenset(surname(m.text) for m in mentions if m.type == "PERSON")
    # "Mr. Velko" names one man throughout an article, not whichever Khan was named last
    # ("Arun Velko ... Mr. Velko ... their son, Tomas Velko ... Mr. Velko said").
    by_title: dict[tuple[str, str], str] = {}
    for para in paras:
        for ent in doc_ents(para.doc):
            m = by_start.get(para.offset + ent.start_char)
            if m is None:
                continue
            root = ent.root
            head = root.head if root.dep_ in {"compound", "appos"} else root
            role = subject_through(root)
            title = para.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            female = sex_of_title(title)
            # "Orsola Brandt ... Brandt is faced with": a surname the tagger took for a body;
            # "Mrs. Varga" after "Tom Varga" and "Ida Varga": the woman
            known = full_name(people, ent.text.lower(), m.start, female) if len(ent) == 1 else None
            key = (title, ent.text.lower())
            if len(ent) == 1 and key in by_title:
                known = by_title[key]
            elif len(ent) == 1 and female is not None and known is not None:
                by_title[key] = known
            if m.type == "GPE" and (known is None or head.dep_ not in {*SUBJECTS, "dobj"}):
                continue  # "Kasich, who brags ..., doesn't": a surname as subject or object only
            if m.type == "ORG" and known is None and len(ent) == 1:
                # "Hale ... Hale acknowledged": a person named by one word before
                known = named_alone(people, ent.text)
            if m.type == "ORG" and known is None:
                # "Acme said", "Acme's big launch was ...": an organisation that acts, not
                # one in what someone says ("Acme said the Widget Pro is the best")
                acts = head.dep_ == "nsubj" or (root.dep_ == "poss" and root.head.dep_ == "nsubj")
                if acts and not reported(root):
                    people.org_starts.append(m.start)
                    people.org_names.append(m.text)
                continue
            # Only words that modify the name ("Velmoran Foreign Minister ..."), never the
            # neighbours of a clause ("The two mayors urged Varga"), nor another person's
            # ("the mayor's lawyer Ann Lee").
            words: set[str] = set().union(
                *(own_title_words(left, _MODIFIERS) for left in root.lefts if left.i < ent.start)
            )
            for child in head.children:
                if child.dep_ == "appos":
                    words |= title_words(child)
            if root.dep_ == "appos":  # never "mayor" of "the mayor's lawyer, Ann Lee"
                words |= own_title_words(root.head)
            words = {ABBREVIATED.get(w, w) for w in words}  # "Gov. Lee" is "the governor"
            if female is None:
                female = gender_of(words)  # "his mother, Judy"
            people.starts.append(m.start)
            # "Ann Lee's": Ann Lee; "Arun and Mira Velko": Arun Velko
            people.names.append(known or _shared_surname(para, ent) or unpossessed(m.text))
            # "the Lee campaign said": the campaign is the subject, not the name on it
            on_noun = root.dep_ == "compound" and head.pos_ == "NOUN"
            # "Tom Hale, whose brother Ivo died, said": the subject of a relative
            # clause on a person is someone that person is described by, not whom the
            # sentence is about (as the subject of one on a thing is: "the jobs Lee lost").
            relative = role.dep_ in SUBJECTS and _on_person(role.head)
            subject = role.dep_ in SUBJECTS and not on_noun and not relative
            # "Lee hired her rivals, just as Hale did": the subject of a comparison is no "he"
            subject = subject and not _compared(role.head)
            # "In Lee's view, ...": Lee's words, a later "he said" is Lee's as for a subject
            held = holds_opinion(root)
            if subject and side_subject(role):
                people.side.add(m.start)
            people.subject.append(
                subject or held or _there_is(root) or _owns_subject(root) or who_in_personless(root)
            )
            people.female.append(female)
            people.roles.append(frozenset(words))
            people.quoted.append(bool(para.quoted[root.i]))
            people.reported.append(_talked_about(root))
            people.agent.append(_agent(para, head))
        # Only these tokens can pass named_source (a proper noun), described (a subject or
        # a subject's possessor), unnamed_speaker or missed_surname (a subject, or the
        # possessor or object of a view); the rest of the paragraph need not be read.
        for tok in tokens_with(para.doc, pos=("PROPN",), dep=(*SUBJECTS, "poss", "pobj")):
            source = named_source(para, tok)
            if source is not None:
                end = para.offset + source.end_char
                people.sources.starts.append(para.offset + source.start_char)
                people.sources.names.append(org_ends.get(end, source.text))  # "The Herald"
            desc = described(para, tok)
            if desc is not None:
                descs.append(desc)
            if unnamed_speaker(para, tok, surnames):
                first = min((c.i for c in tok.lefts if c.dep_ == "compound"), default=tok.i)
                start = para.offset + para.doc[first].idx
                name: str | None = para.doc[first : tok.i + 1].text
                known = full_name(people, tok.lower_, start)
                if known is not None:
                    name = known  # "Francesco Cossiga ... Cossiga said": a surname, not a body
                elif tok.ent_type_ and any(0 < start - s <= IT_REACH for s in people.starts):
                    continue  # an organisation ("Boeing said") only when no person is near
                people.starts.append(start)
                people.names.append(name)
                people.subject.append(True)
                people.female.append(None)
                people.roles.append(frozenset())
                people.quoted.append(False)
                people.reported.append(reported(tok))  # "Lee said Trump would ..."
                people.agent.append(-1)
            elif missed_surname(para, tok, surnames):
                # "Ann Lee ... Lee almost seemed to agree. '...,' she said": the surname
                # of someone named before, as the subject of any verb, is that person
                # even where the tagger missed it, so a later pronoun can stand for them.
                known = most_named(people, tok.lower_) or named_alone(people, tok.text)
                if known is not None:
                    people.starts.append(para.offset + tok.idx)
                    people.names.append(known)
                    people.subject.append(True)
                    people.female.append(None)
                    people.roles.append(frozenset())
                    people.quoted.append(False)
                    people.reported.append(_talked_about(tok))
                    people.agent.append(-1)
    return _with_described(_sorted(people), descs)


def _with_described(people: People, descs: Sequence[Described]) -> People:
    """The people with the described subjects added: a definite description ("the former
    firefighter") stands for the person named in its sentence or the one before whom the
    text gave its noun, else for the holder of its title named before ("the mayor"), if
    any; any other ("our reporter", "a witness", "his father") for someone unnamed."""
    for d in descs:
        name = d.name
        if d.definite and name is None:
            k = bisect.bisect_left(people.starts, d.start)
            for j in range(k - 1, -1, -1):
                if people.starts[j] < d.before:
                    break
                if (
                    people.names[j] is not None
                    and not people.quoted[j]
                    and (d.female is None or people.female[j] in {None, d.female})
                    and described_as(people.roles[j], {d.noun} | d.qualifiers)
                ):
                    name = people.names[j]
                    break
            # "Hale stopped by. ... the senator said": the paragraph's subject, as the
            # speaker resolution has it; else "The mayor said": the holder of the title
            # named before, further back.
            name = name or _topic(people, d) or role_holder(people, d.start, {d.noun})
        people.starts.append(d.start)
        people.names.append(name)
        people.subject.append(True)
        people.female.append(d.female)
        people.roles.append(frozenset())
        people.quoted.append(False)
        people.reported.append(False)
        people.agent.append(-1)
    return _sorted(people) if descs else people


def _topic(people: People, d: Described) -> str | None:
    """The person the paragraph of the definite description ``d`` opens on, when no role
    the article gives them rules the description out ("deputy mayor" for "the mayor") and
    they have a role or the paragraph opened with their words."""
    if d.topic is None:
        return None
    k = bisect.bisect_left(people.starts, d.topic)
    if k >= len(people.starts) or people.starts[k] != d.topic:
        return None
    name = people.names[k]
    if name is None or (d.female is not None and people.gender(k) not in {None, d.female}):
        return None
    want = {d.noun} | d.qualifiers
    roles = [r for n, r in zip(people.names, people.roles, strict=True) if n == name and r]
    return name if (d.topic_spoke or roles) and all(may_be(r, want) for r in roles) else None


def _talked_about(tok: Any) -> bool:
    """``tok`` lies in someone's reported words, where the name is talked about: under a
    reporting verb's clause (``reported``), or one whose speaker is found as
    ``_has_subject`` finds it."""
    if reported(tok):
        return True
    came = tok
    while True:
        if any(_inserted_cue(c) and c.i != came.i for c in tok.children):
            return True  # "Lee's plan, Hale said, was a risk": Hale's words, not Hale
        if tok.head.i == tok.i:
            return False
        verb = tok.head
        if tok.dep_ == "ccomp" and is_reporting(verb) and _has_subject(verb, tok):
            return True
        came, tok = tok, verb


def _inserted_cue(tok: Any) -> bool:
    """``tok`` is a reporting verb with a subject set inside a clause ("..., Lee said, ...")."""
    return (
        tok.dep_ == "parataxis"
        and is_reporting(tok)
        and any(c.dep_ in SUBJECTS for c in tok.children)
    )


def _has_subject(verb: Any, content: Any) -> bool:
    """The reporting verb has a speaker: its own subject after the content put first ("Lee
    is a risk, Hale said"), or that of the verb it is joined to ("Hale argued X but
    suggested Lee went too far")."""
    if content.i < verb.i and any(c.dep_ in SUBJECTS and c.i > verb.i for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(
        c.dep_ in SUBJECTS and c.i < verb.i for c in verb.head.children
    )


def _shared_surname(para: Para, ent: Any) -> str | None:
    """The full name of a lone first name joined by "and" to a full name, whose surname the
    couple share ("Arun and Mira Velko": Arun Velko), else None."""
    doc = para.doc
    if len(ent) != 1 or ent.end + 1 >= len(doc) or doc[ent.end].lower_ != "and":
        return None
    if ent.start > 0 and doc[ent.start - 1].text.endswith("."):
        return None  # "Mr. Reed and Ann Hale": a surname, not a first name
    nxt = next((e for e in doc_ents(doc) if e.start == ent.end + 1), None)
    if nxt is None or nxt.label_ != "PERSON" or len(nxt) < 2:
        return None
    return f"{ent.text} {nxt[-1].text}"


def _agent(para: Para, head: Any) -> int:
    """For a name that is the object of a verb, directly or after a preposition on it ("Hale
    thanked Mrs. Cole", "Hale gave a medal to Ann Cole"), the article offset of the name (or
    word) that is that verb's subject; else -1."""
    verb = head.head
    if head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif head.dep_ not in {"dobj", "dative"}:
        return -1
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subj is None or verb.pos_ not in {"VERB", "AUX"}:
        return -1
    ent = next((e for e in doc_ents(para.doc) if e.start <= subj.i < e.end), None)
    return int(para.offset + (ent.start_char if ent is not None else subj.idx))


def _there_is(root: Any) -> bool:
    """The name is what its sentence says there is ("Then there's Ann Lee."): the person
    the text turns to, whom a later "she" stands for as for a subject."""
    verb = root.head
    return root.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.children)


# Verbs that stand for another verb in a comparison ("as Lee did", "as Hale had done"), as
# written: the pipeline has no lemmatizer, and the attribute ruler lemmatizes only some forms.
_PRO_VERBS = frozenset(
    {"do", "does", "did", "done", "doing", "have", "has", "had", "having"}
    | {"be", "am", "is", "are", "was", "were", "been", "being"}
)


def _compared(verb: Any) -> bool:
    """The verb heads a comparison clause that stands for the main verb again: "than"
    ("than Lee was"), or "as" over a pro-verb ("just as Lee did"); not a temporal "as"
    ("as Lee walked in")."""
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return "than" in marks or ("as" in marks and verb.lower_ in _PRO_VERBS)


def _owns_subject(root: Any) -> bool:
    """The name owns the subject of a main clause, and that subject is no one person ("Lee's
    campaign vowed ...", "Lee's plan failed"; not "Lee's lawyer said" or "Lee's aides
    said", nor "when Lee's inquiry ends"): the sentence is about them, and a later "he" or
    "she" stands for them as for a subject."""
    noun = root.head
    return (
        root.dep_ == "poss"
        and noun.dep_ in SUBJECTS
        and (
            noun.head.dep_ == "ROOT" or (noun.head.dep_ == "conj" and noun.head.head.dep_ == "ROOT")
        )
        and noun.pos_ == "NOUN"
        and not one_person(singular(noun.lower_))
    )


def _on_person(verb: Any) -> bool:
    """``verb`` heads a relative clause on a person that opens with "who", "whom" or
    "whose" ("Lee, whose brother died"; not "the judge Hale referred to", whose subject
    is what the sentence is about)."""
    noun = verb.head
    return (
        verb.dep_ == "relcl"
        and (noun.ent_type_ == "PERSON" or one_person(noun.lower_))
        and any(t.tag_ in {"WP", "WP$"} for t in verb.subtree if t.i < verb.i)
    )


def _sorted(people: People) -> People:
    """The person lists in text order (names the tagger missed were added per paragraph)."""
    order = sorted(range(len(people.starts)), key=lambda i: people.starts[i])
    return People(
        [people.starts[i] for i in order],
        [people.names[i] for i in order],
        [people.subject[i] for i in order],
        [people.female[i] for i in order],
        [people.roles[i] for i in order],
        quoted=[people.quoted[i] for i in order],
        reported=[people.reported[i] for i in order],
        agent=[people.agent[i] for i in order],
        org_starts=people.org_starts,
        org_names=people.org_names,
        sources=people.sources,
        side=people.side,
    )


def role_holder(people: People, before: int, words: Iterable[str]) -> str | None:
    """The person before ``before`` whose mention carries all the role words; of several
    ("the president" after two presidents), the one the article has named most so far, its
    protagonist, then the latest."""
    want = set(words)
    if not want:
        return None
    k = bisect.bisect_left(people.starts, before)
    count: dict[str, int] = {}
    for j in range(k):
        key = surname(people.names[j])
        count[key] = count.get(key, 0) + 1
    best, most = None, 0
    for j in range(k - 1, -1, -1):
        roles = people.roles[j]
        if roles and may_be(roles, want) and count[surname(people.names[j])] > most:
            best, most = people.names[j], count[surname(people.names[j])]
    return best
