"""Speaker resolution within one article: a speaker phrase to the name it stands for."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para, make_quote
from crossbrief.analyze.quotes.cues import phrase
from crossbrief.analyze.quotes.descriptions import (
    Described,
    described,
    described_as,
    gender_of,
    may_be,
    one_person,
    subject_through,
)
from crossbrief.analyze.quotes.inside import (
    clause_subject,
    names_head,
    reported,
    singular,
    speaks_for,
    title_words,
)
from crossbrief.analyze.quotes.lexicon import (
    ABBREVIATED,
    FEMALE,
    FEMALE_TITLES,
    IT_REACH,
    MALE_TITLES,
    NAME_TYPES,
    NAME_WORDS,
    ORG_NOUNS,
    PRONOUNS,
    SUBJECTS,
    is_reporting,
)
from crossbrief.analyze.quotes.proxies import PROXY_NOUNS, owned_speaker, unpossessed
from crossbrief.analyze.quotes.relatives import predicated
from crossbrief.model import Mention, Quote


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
    # "he" of the cue ('"Cruz is winning," he said' is not Cruz).
    quoted: list[bool] = field(default_factory=list)
    # The mention lies in what someone else is reported to have said ("Lee said that Hale
    # lied"): talked about, so not the "he" of the next cue ("He also said ...").
    reported: list[bool] = field(default_factory=list)
    # Organisations named as a clause subject ("The port authority said ..."), for "it".
    org_starts: list[int] = field(default_factory=list)
    org_names: list[str] = field(default_factory=list)


def people_of(paras: Sequence[Para], mentions: Sequence[Mention]) -> People:
    people = People([], [], [], [], [])
    descs: list[Described] = []
    by_start = {m.start: m for m in mentions if m.type in {"PERSON", "ORG"}}
    surnames = frozenset(_surname(m.text) for m in mentions if m.type == "PERSON")
    for para in paras:
        for ent in para.doc.ents:
            m = by_start.get(para.offset + ent.start_char)
            if m is None:
                continue
            root = ent.root
            head = root.head if root.dep_ in {"compound", "appos"} else root
            role = subject_through(root)
            # "Romano Prodi ... Prodi is faced with": a surname the tagger took for a body
            known = _named_before(people, ent.text.lower()) if len(ent) == 1 else None
            if m.type == "ORG" and known is None:
                if head.dep_ == "nsubj":
                    people.org_starts.append(m.start)
                    people.org_names.append(m.text)
                continue
            # Only words that modify the name ("Ukrainian Foreign Minister ..."), never the
            # neighbours of a clause ("The two leaders urged Putin").
            words = {
                t.lower_
                for left in root.lefts
                if left.i < ent.start
                for t in left.subtree
                if t.pos_ in {"NOUN", "PROPN", "ADJ"}
            }
            for child in head.children:
                if child.dep_ == "appos":
                    words |= title_words(child)
            if root.dep_ == "appos":
                words |= {t.lower_ for t in root.head.subtree if t.pos_ in {"NOUN", "ADJ"}}
            words = {ABBREVIATED.get(w, w) for w in words}  # "Gov. Lee" is "the governor"
            title = para.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            female = True if title in FEMALE_TITLES else False if title in MALE_TITLES else None
            if female is None:
                female = gender_of(words)  # "his mother, Judy"
            people.starts.append(m.start)
            people.names.append(known or unpossessed(m.text))  # "Ann Lee's": Ann Lee
            # "the Trump campaign said": the campaign is the subject, not the name on it
            on_noun = root.dep_ == "compound" and head.pos_ == "NOUN"
            people.subject.append(role.dep_ in SUBJECTS and not on_noun)
            people.female.append(female)
            people.roles.append(frozenset(words))
            people.quoted.append(bool(para.quoted[root.i]))
            people.reported.append(reported(root))
        for tok in para.doc:
            desc = described(para, tok)
            if desc is not None:
                descs.append(desc)
            if _unnamed_speaker(para, tok, surnames):
                first = min((c.i for c in tok.lefts if c.dep_ == "compound"), default=tok.i)
                start = para.offset + para.doc[first].idx
                name: str | None = para.doc[first : tok.i + 1].text
                known = _named_before(people, tok.lower_)
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
            # "The mayor said": the holder of the title named before, further back.
            name = name or _role(people, d.start, {d.noun})
        people.starts.append(d.start)
        people.names.append(name)
        people.subject.append(True)
        people.female.append(d.female)
        people.roles.append(frozenset())
        people.quoted.append(False)
        people.reported.append(False)
    return _sorted(people) if descs else people


def _named_before(people: People, word: str) -> str | None:
    """The full name of a person named so far whose surname is ``word``."""
    return next((n for n in reversed(people.names) if n and " " in n and _surname(n) == word), None)


def _unnamed_speaker(para: Para, tok: Any, surnames: frozenset[str]) -> bool:
    """A capitalised proper noun the entity tagger missed, as the subject of a reporting
    verb ('Nefzi said ...'): someone who speaks, whom a later "he" or "she" may stand for;
    also the surname of a person the article names that the tagger took for a common noun
    ('Trump tweeted'). A one-word name tagged an organisation may be such a name; the
    caller takes it only when no person is named shortly before it."""
    return bool(
        tok.dep_ == "nsubj"
        and (tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.lower_ in surnames))
        and (not tok.ent_type_ or (tok.ent_type_ == "ORG" and _lone_word(tok)))
        and tok.text[:1].isupper()
        and not para.quoted[tok.i]
        and is_reporting(tok.head)
    )


def _lone_word(tok: Any) -> bool:
    """A one-word name in mixed case ("Ulvane", not "CNN" or "Reuters Staff")."""
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) == 1 and not tok.text.isupper()


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
        org_starts=people.org_starts,
        org_names=people.org_names,
    )


def _antecedent(
    people: People, before: int, female: bool, others: frozenset[str] = frozenset()
) -> str | None:
    """The latest person named as a subject before offset ``before``, then any person; a
    subject inside someone else's reported words counts as any person ("Reed said that Hale
    lied. He also said ...": Reed). ``others`` are surnames named in the pronoun's own
    clause ("he told Lee", "he said Lee would come"), who are never it."""
    k = bisect.bisect_left(people.starts, before)
    fallback = None
    for j in range(k - 1, max(k - 40, 0) - 1, -1):
        if people.female[j] is not None and people.female[j] != female:
            continue
        if people.quoted[j]:
            continue
        if _surname(people.names[j]) in others:
            if people.subject[j] and not people.reported[j] and fallback:
                # "X met Y. ... he told X": with X ruled out, the one named with X.
                return fallback
            continue
        if people.subject[j] and not people.reported[j]:
            return people.names[j]
        fallback = fallback or people.names[j]
    return fallback


def _matrix_subject(pronoun: Any) -> Any:
    """The named subject of the verb whose reported clause the pronoun is the subject of
    ("Lee said he ...", "Lee insisted that she ..."), or None."""
    if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ccomp":
        return None
    top = pronoun.head.head
    return next(
        (c for c in top.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN" and c.i < pronoun.i),
        None,
    )


def _token_names(para: Para, mentions: Sequence[Mention]) -> dict[int, tuple[str, str]]:
    """Token index to the text and type of the name mention the token lies in."""
    out: dict[int, tuple[str, str]] = {}
    for m in mentions:
        span = para.doc.char_span(m.start - para.offset, m.end - para.offset, "expand")
        for t in span if span is not None else ():
            out[t.i] = (m.text, m.type)
    return out


def _surname(name: str | None) -> str:
    return name.split()[-1].lower() if name and name.split() else ""


def _clause_names(para: Para, head: Any, names: Names) -> frozenset[str]:
    """Surnames of the people named after a pronoun in the clause it is the subject of
    ("he told Lee"; a quote put before it may name him: '"Lee's plan works," he said')."""
    if head.dep_ not in SUBJECTS:
        return frozenset()
    verb = head.head
    start = para.offset + verb.left_edge.idx
    last = verb.right_edge
    end = para.offset + last.idx + len(last.text)
    me = para.offset + head.idx
    k = bisect.bisect_left(names.starts, start)
    return frozenset(
        _surname(m.text)
        for m in names.mentions[k:]
        if m.start < end and m.type == "PERSON" and m.start > me
    )


def _organisation(people: People, before: int) -> str | None:
    """The latest organisation named as a subject before offset ``before``, in reach."""
    k = bisect.bisect_left(people.org_starts, before)
    if k == 0 or before - people.org_starts[k - 1] > IT_REACH:
        return None
    return people.org_names[k - 1]


def _the(noun: Any) -> bool:
    return any(c.lower_ == "the" for c in noun.children)


def _latest(names: Names, before: int, kind: str, word: str = "") -> str | None:
    """The latest name of this kind before offset ``before``, in reach, with ``word`` among
    its words when one is given."""
    k = bisect.bisect_left(names.starts, before)
    for m in reversed(names.mentions[:k]):
        if before - m.start > IT_REACH:
            return None
        if m.type == kind and (not word or word in m.text.lower().split()):
            return m.text
    return None


def _role(people: People, before: int, words: Iterable[str]) -> str | None:
    """The person before ``before`` whose mention carries all the role words; of several
    ("the president" after two presidents), the one the article has named most so far, its
    protagonist, then the latest."""
    want = set(words)
    if not want:
        return None
    k = bisect.bisect_left(people.starts, before)
    count: dict[str, int] = {}
    for j in range(k):
        key = _surname(people.names[j])
        count[key] = count.get(key, 0) + 1
    best, most = None, 0
    for j in range(k - 1, -1, -1):
        roles = people.roles[j]
        if roles and may_be(roles, want) and count[_surname(people.names[j])] > most:
            best, most = people.names[j], count[_surname(people.names[j])]
    return best


def resolve(
    para: Para, span: tuple[int, int], head: Any, people: People, names: Names
) -> str | None:
    """The name a speaker phrase stands for in this article, when there is one."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        ante = predicated(head.head.head)  # the noun its clause modifies stands for it
        return resolve(para, phrase(ante), ante, people, names)
    start = para.offset + para.doc[span[0]].idx
    end = para.offset + para.doc[span[1] - 1].idx + len(para.doc[span[1] - 1].text)
    k = bisect.bisect_left(names.starts, start)
    inside = [m for m in names.mentions[k:] if m.start < end]
    whose = owned_speaker(head, _token_names(para, inside))
    if whose is not None:
        return whose.name  # "Ann Lee's office": Ann Lee; "Dan Cole's mother": not Dan Cole
    for wanted in NAME_TYPES:
        for m in inside:
            if m.type == wanted and (
                m.start <= para.offset + head.idx < m.end
                or (wanted == "PERSON" and names_head(para, m, head))
                or (wanted == "PERSON" and speaks_for(para, m, head))
            ):
                return m.text
    low = head.lower_
    if not inside and span[1] - span[0] == 1 and head.text[:1].isupper():
        full = _named_before(people, low)
        if full is not None:
            return full  # "Trump tweeted", the tagger missing the name: Donald Trump
    matrix = _matrix_subject(head)
    if low in PRONOUNS and matrix is not None:
        # "Trump said he responded: ...": the one whose words report the clause.
        found = resolve(para, phrase(matrix), matrix, people, names)
        if found is not None:
            return found
    if low in PRONOUNS:
        others = _clause_names(para, head, names)
        return _antecedent(people, start, low in FEMALE, others)
    if low == "it":
        earlier = clause_subject(head)
        if earlier is not None:
            # "The Lee administration never blamed Russia, just as it never said ...": the
            # subject of the sentence it goes on from, never another organisation.
            return resolve(para, phrase(earlier), earlier, people, names)
        return _organisation(people, start)  # "It said ...": the organisation just named
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in PRONOUNS:  # "his office", "her campaign"
        if one_person(singular(head)) and low not in PROXY_NOUNS:
            # "her husband", "his friends": others than whom "her" is; "her lawyer" not
            return None
        return _antecedent(people, start, poss.lower_ in FEMALE)
    if head.pos_ == "NOUN" and head.lower_ in ORG_NOUNS and _the(head):
        if low in NAME_WORDS:
            return _latest(names, start, "ORG", low)  # "the party": one named "... Party"
        return _latest(names, start, "ORG")  # "the company said": the one just named
    if head.pos_ == "NOUN" and _the(head):
        words = [
            t.lower_
            for t in para.doc[span[0] : head.i + 1]
            if t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.dep_ != "poss"
        ]
        topic = _paragraph_subject(para, head, people, names) if _free(head) else None
        if topic is not None and _may_hold(people, topic, set(words), _reports_first(para)):
            return topic  # "He claimed ... '...,' the president said": the paragraph's subject
        return _role(people, start, words)
    return None


def _paragraph_subject(para: Para, head: Any, people: People, names: Names) -> str | None:
    """The person the paragraph's first sentence is about, when the speaker is further on."""
    first = para.sents[0]
    if head.i < first.end:
        return None
    subj = next((t for t in first if t.dep_ == "nsubj"), None)
    if subj is None:
        return None
    if subj.lower_ in PRONOUNS:
        at = para.offset + subj.idx
        return _antecedent(people, at, subj.lower_ in FEMALE, _clause_names(para, subj, names))
    at = para.offset + subj.idx
    k = bisect.bisect_right(names.starts, at) - 1
    if k >= 0 and names.mentions[k].type == "PERSON" and at < names.mentions[k].end:
        return names.mentions[k].text
    return None


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _free(head: Any) -> bool:
    """The description may be the paragraph's subject: it is a noun for one person ("the
    senator", not "the study" or "the 10,000 people"), and its verb has no "him" or "her"
    as object ("The mayor criticized her"), which, not being "herself", is someone other
    than the subject, most often the one the paragraph is about."""
    if head.tag_ != "NN" or not (one_person(head.lower_) or animate(head)):
        return False
    verb = head.head if head.dep_ in SUBJECTS else None
    return verb is None or not any(
        t.lower_ in _OBJECT_PRONOUNS and t.dep_ in {"dobj", "dative", "pobj"}
        for t in verb.subtree
        if t.head.i == verb.i or (t.head.dep_ == "prep" and t.head.head.i == verb.i)
    )


def _reports_first(para: Para) -> bool:
    """The paragraph's first sentence reports its subject's words ("She claimed that ...")."""
    return any(t.dep_ == "nsubj" and is_reporting(t.head) for t in para.sents[0])


def _may_hold(people: People, name: str, words: set[str], spoke: bool) -> bool:
    """No mention of this person gives them a role without these words, or one these words
    do not name ("deputy mayor" for "the mayor"); one with no role at all only when the
    paragraph opened with their words (``spoke``): "Ann Lee sued the city" makes her no
    judge, "She claimed ... , the mayor said" makes her the mayor."""
    roles = [r for n, r in zip(people.names, people.roles, strict=True) if n == name and r]
    return (spoke or bool(roles)) and all(may_be(r, words) for r in roles)


@dataclass(frozen=True)
class Found:
    """What the reported-speech extractors of one article share: its text, the spans quotes
    found so far hold (``taken``: start, end, direct), the starts of its direct quotes, and
    the people and names it mentions."""

    text: str
    taken: Sequence[tuple[int, int, bool]]
    direct: Sequence[int]
    people: People
    names: Names


def held_by(found: Found, para: Para, span: tuple[int, int], cue: Any, holder: Any) -> Quote:
    """Reported content at article offsets ``span``, cued by token ``cue`` and held by the
    speaker phrase around token ``holder``, resolved within the paragraph to a name."""
    attr = Attr(para, cue, phrase(holder), holder)
    attr.name = resolve(para, attr.speaker or (0, 0), holder, found.people, found.names)
    return make_quote(found.text, span[0], span[1], "indirect", attr)
