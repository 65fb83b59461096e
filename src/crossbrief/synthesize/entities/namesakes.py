"""Which of a surname's namesakes a one-word mention may stand for: the first and last words
of the story's full person names, by spelling, and the titles each full name is written
with ("Sen. Ann Lee" ... "Senator Lee")."""

from __future__ import annotations

from collections import defaultdict

from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.names import (
    name_words,
    similar_skeletons,
    skeleton,
    surname_forms,
)
from crossbrief.synthesize.entities.vocabulary import FUZZY_MIN_LETTERS, TITLES
from crossbrief.synthesize.quote_roles import title_word

# Words before a name that say nothing of which namesake it is: a form of address (gender
# does that), a determiner, a time ("former", "late").
_NO_CUE = frozenset({"mr", "mrs", "ms", "miss", "the", "former", "late", "then"})
# Military ranks a compound rank is called by on later reference ("Maj. Gen. Ann Lee" ...
# "General Lee"), and the words that qualify them. Not an office's deputy: "Lt. Gov." and
# "Vice President" are other offices than the governor's and the president's.
_RANKS = frozenset({"general", "colonel", "admiral", "sergeant", "commander"})
_RANK_QUALIFIERS = frozenset(
    {"maj", "major", "lt", "lieutenant", "brig", "brigadier", "vice", "rear", "staff", "master"}
)


def titles_of(text: str) -> frozenset[str]:
    """The titles a mention opens with, abbreviations written out ("Sen. Ann Lee" ->
    {"senator"}); none for a form of address alone."""
    out = set()
    for word in name_words(text)[:-1]:
        if word not in TITLES:
            break
        if word not in _NO_CUE:
            out.add(title_word(word))
    return frozenset(out)


def by_title(
    m: StoryMention, candidates: list[str], full_mentions: dict[str, list[StoryMention]]
) -> list[str]:
    """The one candidate whose full name the story writes with the title a bare surname
    carries ("Senator Lee" for "Sen. Ann Lee", not for "Tom Lee" the mayor), if only one is.
    The titles must be the same, not merely share a word: "Gov. Lee" is not "Lt. Gov. Ann
    Lee", whose title is another office (the governor may be written with no title)."""
    mine = titles_of(m.text)
    if not mine:
        return []
    fitting = [
        c
        for c in candidates
        if any(
            _same_title(mine, titles_of(f.text)) for f in full_mentions.get(c, []) if " " in f.clean
        )
    ]
    return fitting if len(fitting) == 1 else []


def introduced_before(
    m: StoryMention,
    candidates: list[str],
    local: list[str],
    full_mentions: dict[str, list[StoryMention]],
) -> list[str]:
    """Of the namesakes ``local`` that a bare surname's article names in full (all of them
    ``candidates``' elders, not a son named only with "Jr"), the one it stands for, or none.
    News style names a person in full at first mention, so the surname is the namesake
    introduced last before it ("Ann Lee ... Tom Lee, an aide ... Lee said" is the aide), if
    the article named no other in full since (then the writer tells them apart by full
    names, and the surname is open); none when no full name comes before it, as a namesake
    named only later does not take the earlier mentions. A title decides first: "Mayor Lee"
    is the one namesake the story writes in full as mayor, whoever was named last."""
    titled = by_title(m, candidates, full_mentions)
    if titled:
        return titled
    first: dict[str, tuple[int, int]] = {}  # namesake -> its introduction before ``m``
    last: dict[str, int] = {}  # namesake -> the sentence it was last named in full in
    for c in local:
        for f in full_mentions.get(c, []):
            # a span run on from a lower-case word ("rob Lee") is the tagger's, no writer's
            if f.article == m.article and f.start < m.start and f.text[:1].isupper():
                first[c] = min(first.get(c, (f.sentence, f.start)), (f.sentence, f.start))
                last[c] = max(last.get(c, f.sentence), f.sentence)
    if not first:
        return []
    newest = max(first, key=lambda c: first[c])
    while len(first) > 1 and _in_passing(newest, m, first, full_mentions):
        # a name listed once beside others takes no surname from the subject, nor does
        # another namesake of the same list ("Ivo and Mira Velko")
        del first[newest]
        newest = max(first, key=lambda c: first[c])
    if any(last[c] >= first[newest][0] for c in first if c != newest):
        return []  # named side by side, or again in full after the newest came in
    return [newest]


def _in_passing(
    newest: str,
    m: StoryMention,
    first: dict[str, tuple[int, int]],
    full_mentions: dict[str, list[StoryMention]],
) -> bool:
    """Whether the namesake introduced last before ``m`` is named in passing beside the one
    its article is about: named once in the whole article, as an item of a list of names
    ("Bo Ray (knee) and Tomas Velko (ankle) were limited"), after another namesake the
    article named in full at least twice before it, in an earlier sentence. The writer who
    lists a name once goes on about the person already introduced, not the listed one."""
    own = [f for f in full_mentions.get(newest, []) if f.article == m.article]
    if len(own) != 1 or not own[0].listed:
        return False
    return any(
        first[c][0] < first[newest][0]
        and sum(f.article == m.article and f.start < own[0].start for f in full_mentions[c]) >= 2
        for c in first
        if c != newest
    )


def kin_decides(
    relation: str | None,
    article: str,
    candidates: list[str],
    full_mentions: dict[str, list[StoryMention]],
) -> list[str] | None:
    """Which namesakes a bare surname may be where its article sets some apart as relatives
    with a kinship noun ("Tomas Velko, her father," / "her father Tomas Velko"): "the elder
    Velko" is the one relative set apart; any other bare surname is one of the rest, since
    the relative was named for telling him from them. None when the article sets no one
    apart, or everyone: then the order of introductions decides."""
    relatives = [
        c for c in candidates if any(f.article == article and f.relation for f in full_mentions[c])
    ]
    if relation == "rank":
        return relatives if len(relatives) == 1 else []
    if relatives and len(relatives) < len(candidates):
        return [c for c in candidates if c not in relatives]
    return None


def _same_title(bare: frozenset[str], full: frozenset[str]) -> bool:
    """Whether a bare surname's titles are those of a full name: the same, or the head rank
    of a compound military rank ("general" of "Maj. Gen.")."""
    if bare == full:
        return True
    return len(bare) == 1 and bare <= _RANKS and full - _RANK_QUALIFIERS == bare


class NameWords:
    """The first or last name words of the story's full person names, indexed by skeleton
    and its length, so a one-word mention is compared only with words it could equal."""

    def __init__(self, people: dict[str, list[str]], position: int) -> None:
        self.by_length: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for root, keys in people.items():
            for key in keys:
                words = key.split()
                # "Ivo Tom Hale Jr": the surname is the word before "Jr".
                word = words[-2] if position == -1 and words[-1] == "jr" else words[position]
                for form in surname_forms(word):  # "al-varga", and "varga"
                    sk = skeleton(form)
                    self.by_length[len(sk)][sk].add(root)

    def roots(self, word: str) -> list[str]:
        """The roots with a name word that is ``word`` up to spelling, sorted."""
        sk = skeleton(word)
        found: set[str] = set(self.by_length.get(len(sk), {}).get(sk, ()))
        if len(sk) >= FUZZY_MIN_LETTERS:
            for n in (len(sk) - 1, len(sk), len(sk) + 1):
                for other, roots in self.by_length.get(n, {}).items():
                    if not roots <= found and similar_skeletons(sk, other):
                        found |= roots
        return sorted(found)
