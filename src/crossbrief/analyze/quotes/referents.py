"""Whom a surname or a "he"/"she" speaker may stand for, by position in the article: the
nearest earlier full name with that surname, never a person the speaker's own quote talks
about, and for "she" a woman named after a subject whose gender is unknown."""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from crossbrief.analyze.doc_cache import doc_ents
from crossbrief.analyze.gender import first_name_gender
from crossbrief.analyze.quotes.lexicon import FEMALE_TITLES, IT_REACH, MALE_TITLES, sex_of_title

if TYPE_CHECKING:  # people.py looks surnames up here; no import cycle at run time
    from crossbrief.analyze.quotes.people import Names, People


def surname(name: str | None) -> str:
    """The last word of a name, lower-cased ("" for none)."""
    return name.split()[-1].lower() if name and name.split() else ""


def full_name(
    people: People,
    word: str,
    before: int,
    female: bool | None = None,
    names: Names | None = None,
) -> str | None:
    """The full name a bare surname ``word`` at offset ``before`` stands for: that of the
    person with this surname named last before it ("Club official Ann Lee ... Lee said" is
    Ann Lee even where a Tom Lee is named more often, earlier or later), of a first name
    not of the other gender when ``female`` is known (a title: "Mrs. Lee"); else None.

    With ``names`` (the surname is itself a tagged name, which the entities merge on their
    own), only the last mention of the surname written in full counts, and only when it is
    a clause subject ("Club official Peter Moss said ... Moss said": Peter Moss, even where a
    John Moss is named more often): after a full name that is no subject ("his wife, Ann
    Lee") a later bare "Lee" is as often the article's protagonist, and stays bare. Without
    ``names`` the surname has no mention of its own (the tagger missed it, or it is on a
    noun: "the Lee campaign"), so the full name last given is all there is to go on."""
    # A name written surname first ("Lin Wei" is Mr. Lin) is known by the word the article
    # uses alone: its first word stands for it only where no full name ends in that word,
    # since a surname written last is by far the commoner order in English news.
    found = _last_named(people, word, before, female, names, surname)
    if found is None:
        found = _last_named(people, word, before, female, names, _first_word)
    return found


def _first_word(name: str | None) -> str:
    """The first word of a name of several words, lower-cased ("" for none or one word)."""
    words = name.split() if name else []
    return words[0].lower() if len(words) > 1 else ""


def _last_named(
    people: People,
    word: str,
    before: int,
    female: bool | None,
    names: Names | None,
    key: Callable[[str | None], str],
) -> str | None:
    """``full_name`` with the word of a name that stands for it alone given by ``key``."""
    # A plain scan: while the people are being gathered, those added per paragraph (names
    # the tagger missed) are not yet in text order.
    best, at = -1, -1
    for j, (start, name) in enumerate(zip(people.starts, people.names, strict=True)):
        if not (at < start < before and name and key(name) == word):
            continue
        if female is not None and first_name_gender(name) not in {None, female}:
            continue
        if names is None and " " not in name:
            continue
        if names is not None and not _written_in_full(names, start):
            continue  # a bare mention decides nothing
        best, at = j, start
    if best < 0:
        return None
    name = people.names[best]
    if name is None or " " not in name or (names is not None and not people.subject[best]):
        return None
    return name


def _written_in_full(names: Names, start: int) -> bool:
    """A name mention of more than one word starts at offset ``start``."""
    at = bisect.bisect_left(names.starts, start)
    mention = names.mentions[at] if at < len(names.starts) else None
    return mention is not None and mention.start == start and " " in mention.text


def most_named(people: People, word: str) -> str | None:
    """The full name, of those named so far with the surname ``word``, named most often
    ("Ann Lee" named five times and "Tom Lee" once: a bare "Lee" is Ann), the latest of
    equals: for a surname the tagger missed as the subject of any verb, which, unlike a
    speaker's, is most often the article's protagonist."""
    count: dict[str, int] = {}
    for n in people.names:
        if n and " " in n and surname(n) == word:
            count[n] = count.get(n, 0) + 1
    return max(reversed(list(count)), key=lambda n: count[n]) if count else None


def named_alone(people: People, word: str) -> str | None:
    """``word`` when a person so far was named by it alone ("Trump", the article never giving
    a first name), else None."""
    return word if word in people.names else None


def quoted_names(people: People, quote: tuple[int, int] | None) -> frozenset[str]:
    """The names of the people named inside a quote's own words ("'Ann Lee met them,' he
    said"), as resolved (a bare "Lee" to the Lee named before): whom the speaker talks
    about, so never the "he" who says it; a first name alone, the person named before with
    it in full. Only those very people: a relative or colleague sharing their surname may
    well be the speaker ('"Tom Lee was my life," she said')."""
    if quote is None:
        return frozenset()
    start, end = quote
    first = bisect.bisect_left(people.starts, start)
    k = first
    out: set[str] = set()
    while k < len(people.starts) and people.starts[k] < end:
        name = people.names[k]
        if name and people.quoted[k]:
            out.add(name)
        k += 1
    return frozenset(out | called_by_first_name(people, out, first))


def called_by_first_name(people: People, words: set[str], before: int) -> set[str]:
    """The names, of the people named before mention ``before``, of whom a one-word name in
    ``words`` is the first name ('"Ann has not decided," he said' after "Ann Lee" talks
    about Ann Lee by her first name): the full name, and her surname after a title only
    ("Ms Lee"), which names no one else with it. A first name two people named before
    share ("Ann Lee met Ann Varga") says neither is talked about: none is ruled out."""
    alone = {w for w in words if " " not in w}
    full = {
        name for name in people.names[:before] if name and " " in name and name.split()[0] in alone
    }
    held_by = Counter(name.split()[0] for name in full)
    full = {name for name in full if held_by[name.split()[0]] == 1}
    held = {surname(name) for name in full}
    titled = {
        name
        for name in people.names[:before]
        if name and name.split()[0].lower() in MALE_TITLES | FEMALE_TITLES and surname(name) in held
    }
    return full | titled


def named_woman_after(
    people: People, found: int, before: int, others: frozenset[str], quoted: frozenset[str]
) -> int:
    """For a "she" whose nearest subject (mention ``found``) has no known gender: the latest
    mention of a known woman between that subject and the pronoun at ``before``, outside
    quotes and reported words ("Lee's speech followed one by his daughter Ann Lee. She
    said ..."), else ``found``; a name of unknown gender is no sign of a woman, a woman's
    first name or title is. Never a woman that subject's own verb acts on ("Lee thanked
    Mrs. Ann Cole"): "she" then is as likely the subject, of a name of either gender, and
    the one thanked is whom the words are about."""
    k = bisect.bisect_left(people.starts, before)
    for j in range(k - 1, found, -1):
        name = people.names[j]
        if (
            name
            and people.gender(j) is True
            and not people.quoted[j]
            and not people.reported[j]
            and surname(name) not in others
            and name not in quoted
            and name != people.names[found]
            and people.agent[j] != people.starts[found]
        ):
            return j
    return found


_JUNIOR = frozenset({"jr.", "jr"})


def junior(people: People, words: list[str], before: int) -> str | None:
    """For a speaker phrase of ``words`` that says "the younger" ("the younger Mr. Lee"):
    the person the article names with the surname of its last word and "Jr." after it ("Tom
    Lee Jr."), the son of the same name, the last before offset ``before`` or else the first
    after it (an article may give the son's full name only later); else None."""
    if not words or "younger" not in words:
        return None
    word = words[-1].removesuffix("'s")
    before_it, after_it = None, None
    for start, name in zip(people.starts, people.names, strict=True):
        parts = (name or "").lower().rstrip(",").split()
        if len(parts) > 2 and parts[-1] in _JUNIOR and parts[-2] == word:
            if start < before:
                before_it = name
            elif after_it is None:
                after_it = name
    return before_it or after_it


def titled_conjunct(head: Any, names: Names, offset: int) -> str | None:
    """The person named at the end of a second title joined by "and" to a subject title
    with no article ("Harbour Board president and chief executive Ann Lee said"): one
    person with two titles, whom the name names; None for "the mayor and Ann Lee" (two
    people: an article opens the first, or no title comes before the name)."""
    if any(c.dep_ == "det" for c in head.children):
        return None
    for c in head.children:
        if c.dep_ != "conj" or c.ent_type_ != "PERSON" or c.i < head.i:
            continue
        if not any(t.dep_ == "compound" and t.pos_ == "NOUN" for t in c.subtree):
            return None  # no title before the name
        ent = next((e for e in doc_ents(c.doc) if e.start <= c.i < e.end), None)
        if ent is None:
            return None
        k = bisect.bisect_left(names.starts, offset + ent.start_char)
        if k < len(names.starts) and names.mentions[k].type == "PERSON":
            return names.mentions[k].text
    return None


# How a speaker's reported clause hangs on its verb when the clause comes first.
_FRONTED = frozenset({"ccomp", "parataxis"})


def said_before(para: Any, head: Any, start: int) -> int:
    """The article offset before which the name a speaker phrase stands for is sought: the
    phrase's own start, or the start of the words it says when they come first ("Europol
    believes ..., the newspaper said"), since a body named in what the paper said is not
    the paper."""
    verb = head.head if head.dep_ in {"nsubj", "nsubjpass"} else None
    said = [] if verb is None else [c for c in verb.children if c.dep_ in _FRONTED and c.i < head.i]
    return min([start, *(int(para.offset + c.left_edge.idx) for c in said)])


def latest_name(
    names: Names, before: int, kind: str, word: str = "", said: int | None = None
) -> str | None:
    """The latest name of this kind before offset ``before``, in reach, with ``word`` among
    its words when one is given; none from ``said`` on, where the words the speaker says
    begin when they come before it."""
    k = bisect.bisect_left(names.starts, before)
    for m in reversed(names.mentions[:k]):
        if before - m.start > IT_REACH:
            return None
        if said is not None and m.start >= said:
            continue
        if m.type == kind and (not word or word in m.text.lower().split()):
            return m.text
    return None


def title_sex(doc: Any, at: int) -> bool | None:
    """Whether a courtesy title right before the token at character ``at`` of ``doc``
    names a woman (True: "Ms. Lee") or a man (False: "Mr. Lee"); None without one. A
    "Mr. Lee" is never the Ann Lee named before, whoever else he may be."""
    tok = next((t for t in doc if t.idx == at), None)
    if tok is None or tok.i == 0:
        return None
    return sex_of_title(doc[tok.i - 1].lower_)
