"""The order the summary's sentences are read in.

The newest main event first: a chosen lead of one of the newest reports (of the story's
latest date, or undated), the one more other reports lead with before the others. Then by
article date (chronological where dates are known; an undated article counts as of the
latest date, so a lone dated detail does not go before every undated lead), then position in
the article (leads, which set the scene, before details), then article order; a sentence
chosen with its antecedent stays right after it, and so does one that says a figure "also"
moved with no owner named before the "also" (``also_unowned``), after its article's last
earlier chosen sentence. Among sentences of one date (or of none),
one that names a person by surname alone ("Grynchenko said ...") comes after one that
introduces that person in full ("Ports Minister Oleksiy Hrynchenko said ..."): a reader
meets the full name first. Where only a later report introduces them, the surname still
waits for it, as a name nobody has introduced reads worse than a detail told out of date.
Outlets spell a transliterated name their own way, so surnames match when they are
near-identical (``SURNAME_LIKENESS``), not only equal. Last, of a series counted by ordinal
(``series_rank``: "the first rower to be dropped", "the latest rower to be dropped"), the
earlier is read before the later wherever the later stands, even at the top: "the latest"
read before "the first" tells the series backwards. People who underwent one act are one
series whatever noun each report gives them ("the first star", "the latest contestant").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from weakref import WeakKeyDictionary

from crossbrief.synthesize.entities.vocabulary import COURTESY_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_also import also_unowned
from crossbrief.synthesize.summary_anchors import relative_time
from crossbrief.synthesize.summary_fronted import points_back
from crossbrief.synthesize.summary_given import given_subject
from crossbrief.synthesize.summary_people import pronoun_namer
from crossbrief.synthesize.summary_reactions import events_before_reactions
from crossbrief.synthesize.summary_referents import bound_to_previous
from crossbrief.synthesize.summary_rules import needs_previous
from crossbrief.synthesize.summary_shells import shell_object, shell_subject
from crossbrief.synthesize.text import fold, stem

# "grynchenko" / "hrynchenko" is 0.9; "smith" / "smyth" (0.8) stay two people.
SURNAME_LIKENESS = 0.85
# The place of each ordinal in a series; "latest", "last" and "final" come after any number.
_RANKS = {
    **{
        w: n
        for n, w in enumerate(
            [
                "first",
                "second",
                "third",
                "fourth",
                "fifth",
                "sixth",
                "seventh",
                "eighth",
                "ninth",
                "tenth",
            ],
            start=1,
        )
    },
    "latest": 99,
    "last": 99,
    "final": 99,
}
# "the first rower to be dropped", "the second captain to resign", "the last boat to leave":
# an ordinal on who or what did or underwent an act, which the infinitive names.
_SERIES = re.compile(
    r"\bthe\s+(?P<rank>" + "|".join(_RANKS) + r")\s+(?:[\w'-]+\s+){0,1}?(?P<noun>[\w'-]+)\s+to\s+"
    r"(?:be\s+|have\s+been\s+|get\s+)?(?P<verb>[a-z]+)\b",
    re.I,
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*")


def newest(story: Story, leads: dict[str, int], dates: dict[str, str | None]) -> set[int]:
    """The ``leads`` (story sentence numbers, by article) of the story's newest reports: those
    of its latest date, or undated (every lead of an undated story). What the newest reports
    open with is the story's newest main event."""
    days = {a: d[:10] for a, d in dates.items() if d}
    last = max(days.values(), default=None)
    return {i for a, i in leads.items() if days.get(a, last) == last}


_PEOPLE: WeakKeyDictionary[Story, frozenset[tuple[str, ...]]] = WeakKeyDictionary()


def _name_words(text: str) -> list[str]:
    """A name's words, folded, without courtesy titles or a possessive "'s"."""
    words = [w for w in _NAME_WORD.findall(fold(text)) if w not in COURTESY_TITLES]
    return [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]


def _people(story: Story) -> frozenset[tuple[str, ...]]:
    """The words of every person mention of two words or more: the story's full names."""
    known = _PEOPLE.get(story)
    if known is None:
        known = _PEOPLE[story] = frozenset(
            tuple(words)
            for a in story.articles
            for m in a.mentions
            if m.type == "PERSON" and len(words := _name_words(m.text)) >= 2
        )
    return known


def person_names(story: Story, i: int) -> tuple[set[str], set[str]]:
    """The surnames sentence ``i`` names in full (first name and surname) and those it
    names by surname alone, folded. A mention the analysis types otherwise there ("Lee"
    read as a place) counts where it is a person's full name or surname elsewhere in the
    story: else "Lee said ..." would be read before the full name it waits for."""
    s = story.sentences[i]
    full: set[str] = set()
    alone: set[str] = set()
    names = _people(story)
    surnames = {n[-1] for n in names}
    for m in story.by_id[s.article].mentions:
        if not s.start <= m.start < s.end:
            continue
        words = _name_words(m.text)
        if len(words) >= 2 and (m.type == "PERSON" or tuple(words) in names):
            full.add(words[-1])
        elif len(words) == 1 and (m.type == "PERSON" or words[0] in surnames):
            alone.add(words[0])
    return full, alone - full


def same_surname(a: str, b: str) -> bool:
    """True when two folded surnames are one name, allowing another outlet's spelling."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 4 and SequenceMatcher(None, a, b).ratio() >= SURNAME_LIKENESS


def reading_order(
    story: Story,
    chosen: Sequence[int],
    dates: dict[str, str | None],
    first: Mapping[int, int] | None = None,
) -> list[int]:
    """``chosen`` sentences in reading order (see the module docstring); ``first`` maps the
    newest reports' leads to how many other reports lead with the same (``newest``)."""
    first = first or {}
    newest_day = max((d for d in dates.values() if d), default="9999")
    sents = story.sentences
    order = {a.article.id: n for n, a in enumerate(story.articles)}
    blocks: list[list[int]] = []
    for i in sorted(chosen, key=lambda i: (order[sents[i].article], sents[i].index)):
        last = blocks[-1][-1] if blocks else None
        namer = pronoun_namer(story, i)
        # the block holding the sentence that names the pronoun's person, even with another
        # chosen sentence of the article between them (it comes earlier in the article)
        holder = next((b for b in blocks if namer in b), None)
        if holder is None and also_unowned(story, i):
            # "Harbour fees also fell": the block of its article's last earlier chosen
            # sentence, whose company it goes on about, even with sentences between
            holder = next(
                (
                    b
                    for b in reversed(blocks)
                    if any(sents[k].article == sents[i].article for k in b)
                ),
                None,
            )
        if last is not None and (
            sents[last].article == sents[i].article
            and sents[last].index + 1 == sents[i].index
            and (
                needs_previous(story, i)
                or points_back(sents[i].text) is not None
                or shell_subject(sents[i].text) is not None
                or shell_object(sents[i].text) is not None
                or given_subject(story, i)
                or relative_time(story, i)
                or bound_to_previous(story, i)
            )
        ):
            blocks[-1].append(i)
        elif holder is not None:
            holder.append(i)
        else:
            blocks.append([i])
    blocks.sort(
        key=lambda b: (
            -first.get(b[0], -1),
            dates.get(sents[b[0]].article) or newest_day,
            sents[b[0]].position,
            order[sents[b[0]].article],
        )
    )
    blocks = events_before_reactions(story, blocks, dates)
    ordered = _series_in_order(story, _full_names_first(story, blocks, dates))
    return [i for b in ordered for i in b]


def _full_names_first(
    story: Story, blocks: list[list[int]], dates: dict[str, str | None]
) -> list[list[int]]:
    """``blocks`` in their order, except that a block naming someone by surname alone waits
    for a block that introduces them in full: one of the same date where there is one, else
    one of any date. Where two blocks each wait for the other, the earlier goes first."""
    sents = story.sentences
    day = [dates.get(sents[b[0]].article) for b in blocks]
    full: list[set[str]] = []
    alone: list[set[str]] = []
    for b in blocks:
        names = [person_names(story, i) for i in b]
        full.append(set().union(*(f for f, _ in names)))
        alone.append(set().union(*(a for _, a in names)) - full[-1])
    # For each block, the blocks introducing one of the names it uses alone, one set a name.
    waits: list[list[set[int]]] = []
    for x in range(len(blocks)):
        needed = []
        for name in alone[x]:
            if any(same_surname(name, f) for f in full[x]):
                continue
            introducers = {
                y
                for y in range(len(blocks))
                if y != x and any(same_surname(name, f) for f in full[y])
            }
            # One of the same date if any; else chronology yields to the introduction, since
            # a surname met first names no one ("Grynchenko said" from an earlier report).
            same_day = {y for y in introducers if day[y] == day[x]}
            if introducers:
                needed.append(same_day or introducers)
        waits.append(needed)
    placed: list[int] = []
    left = list(range(len(blocks)))
    while left:
        done = set(placed)
        ready = next((x for x in left if all(need & done for need in waits[x])), left[0])
        placed.append(ready)
        left.remove(ready)
    return [blocks[x] for x in placed]


def series_rank(text: str) -> tuple[int, str] | None:
    """The place in a series ``text`` gives what it tells (1 for "the first ... to be
    dropped", 99 for "the latest" or "the last") and the series: who or what and the act (the
    noun and the infinitive's verb, stemmed: "rower drop"); None when it counts no act ("the
    first race", "the first time")."""
    m = _SERIES.search(text)
    if m is None:
        return None
    # who or what as well as the act: "the latest town to become insolvent" and "the first
    # woman to become mayor" are two series
    act = f"{stem(m.group('noun').lower())} {stem(m.group('verb').lower())}"
    return _RANKS[m.group("rank").lower()], act


def _series_of(story: Story, i: int) -> tuple[int, str] | None:
    """``series_rank`` of sentence ``i``, with the people one act counts as one kind: where
    a person is named before the ordinal ("Ann Lee became the first singer sent home by the jury",
    "Tom Kerr is the latest hopeful sent home by the jury"), the outlets' nouns for them differ
    but the series is one; a place or a thing keeps its noun ("the first town to ...")."""
    s = story.sentences[i]
    found = series_rank(s.text)
    m = _SERIES.search(s.text)
    if found is None or m is None:
        return None
    cut = s.start + m.start()
    if any(
        p.type == "PERSON" and s.start <= p.start < cut for p in story.by_id[s.article].mentions
    ):
        return found[0], f"person {stem(m.group('verb').lower())}"
    return found


def _series_in_order(story: Story, blocks: list[list[int]]) -> list[list[int]]:
    """``blocks`` in their order, except that a block telling an earlier place in a series
    (``_series_of``) moves right before the first block telling a later place in it."""
    ranks = []
    for b in blocks:
        found = [r for r in (_series_of(story, i) for i in b) if r]
        ranks.append(found[0] if found else None)
    names = [[person_names(story, i) for i in b] for b in blocks]
    full = [set().union(*(f for f, _ in n)) for n in names]
    alone = [set().union(*(a for _, a in n)) - f for n, f in zip(names, full, strict=True)]
    placed = list(range(len(blocks)))
    for x in sorted((x for x in placed if ranks[x]), key=lambda x: ranks[x] or (0, "")):
        rank, act = ranks[x] or (0, "")
        later = [y for y in placed if (r := ranks[y]) and r[1] == act and r[0] > rank]
        if later and placed.index(later[0]) < placed.index(x):
            # a block between that introduces a name ``x`` uses alone moves with it, before
            # it: the reader still meets the full name first
            span = placed[placed.index(later[0]) : placed.index(x)]
            intro = [y for y in span if any(same_surname(a, f) for a in alone[x] for f in full[y])]
            for y in [*intro, x]:
                placed.remove(y)
            at = placed.index(later[0])
            placed[at:at] = [*intro, x]
    return [blocks[x] for x in placed]
