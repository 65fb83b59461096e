"""Speaker resolution within one article: a speaker phrase to the name it stands for."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para, make_quote
from crossbrief.analyze.quotes.descriptions import KIN, a_body, may_be, one_person, someone_else
from crossbrief.analyze.quotes.inside import clause_subject, names_head, speaks_for
from crossbrief.analyze.quotes.just_named import just_named
from crossbrief.analyze.quotes.lexicon import (
    FEMALE,
    NAME_TYPES,
    NAME_WORDS,
    ORG_NOUNS,
    PRONOUNS,
    SUBJECTS,
    is_reporting,
)
from crossbrief.analyze.quotes.named_sources import latest_source
from crossbrief.analyze.quotes.org_speakers import (
    FIRMS,
    PLACE,
    apposed,
    has_the,
    introduced,
    member,
    organisation,
    own_name,
    proxy_of_surname,
)
from crossbrief.analyze.quotes.people import Names, People, people_of, role_holder
from crossbrief.analyze.quotes.proxies import one_of_named, owned_speaker
from crossbrief.analyze.quotes.referents import (
    full_name,
    junior,
    latest_name,
    named_woman_after,
    quoted_names,
    said_before,
    surname,
    title_sex,
    titled_conjunct,
)
from crossbrief.analyze.quotes.relatives import predicated
from crossbrief.analyze.quotes.side_subjects import main_subject_before
from crossbrief.analyze.quotes.speaker_spans import phrase
from crossbrief.model import Mention, Quote

__all__ = ["Found", "Names", "People", "held_by", "people_of", "resolve"]


def _antecedent(
    people: People,
    before: int,
    female: bool,
    others: frozenset[str] = frozenset(),
    quoted: frozenset[str] = frozenset(),
) -> str | None:
    """The latest person named as a subject before offset ``before``, then any person; a
    subject inside someone else's reported words counts as any person ("Reed said that Hale
    lied. He also said ...": Reed). ``others`` are surnames named in the pronoun's own
    clause ("he told Lee", "he said Lee would come"), and ``quoted`` the names of the people
    its quote talks about, who are never it."""
    k = bisect.bisect_left(people.starts, before)
    fallback = None
    for j in range(k - 1, max(k - 40, 0) - 1, -1):
        gender = people.gender(j)
        if gender is not None and gender != female:
            continue
        if people.quoted[j]:
            continue
        if surname(people.names[j]) in others or people.names[j] in quoted:
            if people.subject[j] and not people.reported[j] and fallback:
                # "X met Y. ... he told X": with X ruled out, the one named with X.
                return fallback
            continue
        if people.subject[j] and not people.reported[j]:
            # "Hale warned of delays - which Lee denied - ... . He said": Hale, the main
            # clause's subject, before one its aside or relative clause brings in
            j = main_subject_before(people, j, female, others | quoted)
            if female and gender is None:
                j = named_woman_after(people, j, before, others, quoted)
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


def _clause_names(para: Para, head: Any, names: Names, people: People) -> frozenset[str]:
    """Surnames of the people named after a pronoun in the clause it is the subject of
    ("he told Lee"; a quote put before it may name him: '"Lee's plan works," he said'), and
    of those named outside quotes in the reported clause put before it: the one the words
    are about is not who says them ("Lee was on parole, he said": not Lee)."""
    if head.dep_ not in SUBJECTS:
        return frozenset()
    verb = head.head
    start = para.offset + verb.left_edge.idx
    last = verb.right_edge
    end = para.offset + last.idx + len(last.text)
    me = para.offset + head.idx
    k = bisect.bisect_left(names.starts, start)
    after = {
        # "he backed Lee's plan": Lee; not in marks, where "Lee's" may be a title's word
        surname(m.text if _in_marks(para, m) else m.text.removesuffix("'s"))
        for m in names.mentions[k:]
        if m.start < end and m.type == "PERSON" and m.start > me
    }
    j = bisect.bisect_right(people.starts, me)
    while j < len(people.starts) and people.starts[j] < end:
        # a surname the tagger missed ("of Lee and Hale"), not a description resolved
        # to someone ("as recalled by the founder's son")
        word = para.tokens(people.starts[j], people.starts[j] + 1)
        if word is not None and len(word) and word[0].lower_ == surname(people.names[j]):
            after.add(word[0].lower_)
        j += 1
    return frozenset(after | _fronted_subjects(para, head, people))


def _in_marks(para: Para, m: Mention) -> bool:
    """The mention's first token lies inside quote marks."""
    toks = para.tokens(m.start, m.start + 1)
    return toks is not None and len(toks) > 0 and bool(para.quoted[toks[0].i])


def _comma_only(between: Any) -> bool:
    """The words between reported words and their cue are one comma, with a closing quote
    mark before or after it ('Lee "was on parole," he said', British or American style)."""
    texts = [t.text for t in between]
    return texts.count(",") == 1 and all(
        t.is_punct and (t.text == "," or t.is_quote) for t in between
    )


def _fronted_subjects(para: Para, head: Any, people: People) -> set[str]:
    """Surnames of the people named as the subject of reported words put before the
    pronoun and its verb with only a comma between, the clause opening on that subject
    outside quote marks, whether or not it quotes some words ("Lee was on parole, he said",
    'Lee has "no regrets", he said': not Lee); one the subject of a reporting verb restates
    who speaks ("Lee said that ..., she said") and is kept."""
    out: set[str] = set()
    verb = head.head
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i > head.i or para.quoted[c.left_edge.i]:
            continue  # words that open in marks are a direct quote: quoted_names's
        if not _comma_only(para.doc[c.right_edge.i + 1 : head.i]):
            continue
        subj = next((t for t in c.children if t.dep_ in SUBJECTS and t.i < c.i), None)
        if subj is None or subj.left_edge.i != c.left_edge.i or is_reporting(c):
            continue
        lo = para.offset + subj.left_edge.idx
        hi = para.offset + subj.right_edge.idx
        j = bisect.bisect_left(people.starts, lo)
        while j < len(people.starts) and people.starts[j] <= hi:
            if people.names[j]:
                out.add(surname(people.names[j]))
            j += 1
    return out


def resolve(
    para: Para,
    span: tuple[int, int],
    head: Any,
    people: People,
    names: Names,
    quote: tuple[int, int] | None = None,
) -> str | None:
    """The name a speaker phrase stands for in this article, when there is one; ``quote``
    is the article span of the words it says, when known, whose people it never is."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        ante = predicated(head.head.head)  # the noun its clause modifies stands for it
        return resolve(para, phrase(ante), ante, people, names)
    start = para.offset + para.doc[span[0]].idx
    end = para.offset + para.doc[span[1] - 1].idx + len(para.doc[span[1] - 1].text)
    k = bisect.bisect_left(names.starts, start)
    inside = [m for m in names.mentions[k:] if m.start < end]
    in_phrase = _token_names(para, inside)
    one = one_of_named(head, in_phrase)
    if one is not None:
        return one  # "one of his lawyers, Ann Lee": Ann Lee, whatever her name's type
    whose = owned_speaker(head, in_phrase)
    if whose is not None:
        return whose.name  # "Ann Lee's office": Ann Lee; "Dan Cole's mother": not Dan Cole
    if not any(m.type == "PERSON" for m in inside) and head.dep_ in SUBJECTS:
        both = titled_conjunct(head, names, para.offset)
        if both is not None:
            return both  # "Board president and chief executive Ann Lee said": Ann Lee
    if not any(m.type == "PERSON" for m in inside):
        # "Lee's campaign manager, Ann Hale": the person named in the phrase, below
        principal = proxy_of_surname(head, people, start)
        if principal is not None:
            return principal
    for wanted in NAME_TYPES:
        for m in inside:
            if wanted == "NORP" and member(head):
                continue  # "the Oregon Republican": one member, not the party
            if m.type == wanted and (
                m.start <= para.offset + head.idx < m.end
                or (wanted == "PERSON" and names_head(para, m, head))
                or (wanted == "ORG" and apposed(para, m, head))
                or (wanted == "PERSON" and speaks_for(para, m, head))
            ):
                # "Club official Ann Lee ... Lee said": the Lee named last, also where the
                # tagger took the surname for a body or a place
                said = [t.lower_ for t in para.doc[span[0] : span[1]]]
                son = junior(people, said, start) if wanted == "PERSON" else None
                if son is not None:
                    return son  # "Tom Lee Jr. ... the younger Mr. Lee said": the son
                word = m.text.lower()
                alone = " " not in word
                sex = title_sex(para.doc, m.start - para.offset)  # "Mr. Lee": a man
                return (alone and full_name(people, word, start, sex, names)) or m.text
    own = own_name(para, span, head, inside)
    if own is not None:
        # "the Bayside Tribune newspaper": that paper, not the last one named; "the Salem
        # newspaper": one named with the place, when there is one
        place = own.removeprefix(PLACE)
        return latest_name(names, start, "ORG", place.split()[0].lower()) if place != own else own
    low = head.lower_
    if not inside and span[1] - span[0] == 1 and head.text[:1].isupper():
        full = full_name(people, low, start)
        if full is not None:
            return full  # "Trump tweeted", the tagger missing the name: Donald Trump
    matrix = _matrix_subject(head)
    if low in PRONOUNS and matrix is not None:
        # "Hale said he responded: ...": the one whose words report the clause.
        found = resolve(para, phrase(matrix), matrix, people, names)
        if found is not None:
            return found
    if low in PRONOUNS:
        others = _clause_names(para, head, names, people)
        quoted = quoted_names(people, quote)
        turned_to = just_named(people, start, low in FEMALE, others, quoted)
        return turned_to or _antecedent(people, start, low in FEMALE, others, quoted)
    if low == "it":
        earlier = clause_subject(head)
        if earlier is not None:
            # "The Lee administration never blamed Russia, just as it never said ...": the
            # subject of the sentence it goes on from, never another organisation.
            return resolve(para, phrase(earlier), earlier, people, names)
        return organisation(people, start)  # "It said ...": the organisation just named
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in PRONOUNS:  # "his office", "her campaign"
        if someone_else(head):
            # "her husband", "his friends", "his closest associate": others than whom "her"
            # is ("her lawyer" and "her aides" speak for her). A relative is the one the
            # article named with that tie before ("his brother Dan Reed ... his brother
            # said"), if any; a friend or an associate, of whom one has many, no one.
            return role_holder(people, start, [low]) if low in KIN else None
        # "Police held Tom Reed. According to his record, ...": the one just named
        female = poss.lower_ in FEMALE
        return just_named(people, start, female) or _antecedent(people, start, female)
    if head.pos_ == "NOUN" and head.lower_ in ORG_NOUNS and has_the(head):
        fronted = said_before(para, head, start)  # "Europol believes ..., the paper said"
        if introduced(para, head):
            return None  # "a Salem newspaper ... The newspaper said": that unnamed one
        if low == "newspaper":
            # "According to the Herald, the harbour board will ... The newspaper said":
            # the paper last named as a source, not a body named after it
            paper = latest_source(people.sources, start, fronted)
            if paper is not None:
                return paper
        if low in NAME_WORDS:
            return latest_name(
                names, start, "ORG", low, fronted
            )  # "the party": one named "... Party"
        if low in FIRMS:
            # "Acme unveiled the Widget Pro. ... the company said": the organisation that
            # acts, not a product the tagger also took for one
            acting = organisation(people, start)
            if acting is not None:
                return acting
        return latest_name(
            names, start, "ORG", said=fronted
        )  # "the company said": the one just named
    if head.pos_ == "NOUN" and has_the(head):
        words = [
            t.lower_
            for t in para.doc[span[0] : head.i + 1]
            if t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.dep_ != "poss"
        ]
        topic = _paragraph_subject(para, head, people, names) if _free(head) else None
        if topic is not None and _may_hold(people, topic, set(words), _reports_first(para)):
            return topic  # "He claimed ... '...,' the president said": the paragraph's subject
        return role_holder(people, start, words)
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
        return _antecedent(
            people, at, subj.lower_ in FEMALE, _clause_names(para, subj, names, people)
        )
    at = para.offset + subj.idx
    k = bisect.bisect_right(names.starts, at) - 1
    if k >= 0 and names.mentions[k].type == "PERSON" and at < names.mentions[k].end:
        return names.mentions[k].text
    return None


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _free(head: Any) -> bool:
    """The description may be the paragraph's subject: it is a noun for one person ("the
    senator", not "the study", "the council" or "the 10,000 people"), and its verb has no
    "him" or "her" as object ("The mayor criticized her"), which, not being "herself", is
    someone other than the subject, most often the one the paragraph is about."""
    if head.tag_ != "NN" or not (one_person(head.lower_) or animate(head)):
        return False
    if a_body(head.lower_):
        return False  # '"...," the council added': a body, never the person just named
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
