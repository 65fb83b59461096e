"""Role descriptions ("the Ukrainian president") linked to the person holding that title."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.linking import dominant
from crossbrief.synthesize.entities.mentions import StoryMention, vote
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.vocabulary import ROLE_NOUNS, ROLE_TEXT, TITLE_LEFT, TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold


def link_roles(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Role descriptions ("the French president") -> the person who holds that title here."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)  # (qualifier, role) -> roots
    person_roots = {root for root, ms in groups.items() if vote(ms) == "PERSON"}
    for root in sorted(person_roots):
        for m in groups[root]:
            text = story.by_id[m.article].article.text
            inner = m.text[: max(m.text.find(m.clean), 0)]
            left = TITLE_LEFT.search(text[max(0, m.start - 60) : m.start] + inner)
            if not left:
                continue
            qualifier, role = _title_role(left.group(1).split())
            after = re.match(
                r"\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[m.end : m.end + 40]
            )
            if role and not qualifier and after:
                qualifier = _qualifier(after.group(1))
            if role:
                holders[("", role)].add(root)
                if qualifier:
                    holders[(qualifier, role)].add(root)
    if not holders:
        return
    # Where each titled person is named, per article, to resolve "the president" by recency.
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for root in person_roots:
        for m in groups[root]:
            named[m.article].append((m.start, root))
    for a in story.articles:
        # A demonym inside "the French president" belongs to the description, not against it.
        spans = sorted(
            (m.start, m.end)
            for ms in groups.values()
            for m in ms
            if m.article == a.article.id and m.type != "NORP"
        )
        for match in ROLE_TEXT.finditer(a.article.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans):
                continue
            qualifier = _qualifier(match.group(1) or "")
            role = ROLE_NOUNS[re.sub(r"\s+", " ", match.group(2).lower())]
            candidates = holders.get((qualifier, role), set())
            holder = _pick_holder(candidates, named[a.article.id], start, groups)
            if holder:
                groups[holder].append(
                    StoryMention(
                        a.article.id,
                        a.sentence_index(start),
                        start,
                        end,
                        match.group(0),
                        "PERSON",
                        "role",
                    )
                )


def _title_role(words: list[str]) -> tuple[str, str]:
    """(qualifier, role) of the title right before a name ("French President" -> french,
    head); the qualifier is the run of capitalised words before the role noun."""
    lowered = [fold(w).strip(".,") for w in words]
    for size in (3, 2, 1):
        phrase = " ".join(lowered[-size:])
        if len(lowered) >= size and phrase in ROLE_NOUNS:
            qualifier: list[str] = []
            for w in reversed(words[: len(words) - size]):
                if not w[:1].isupper() or fold(w).strip(".") in TITLES:
                    break
                qualifier.insert(0, w)
            return _qualifier(" ".join(qualifier)), ROLE_NOUNS[phrase]
    return "", ""


def _qualifier(words: str) -> str:
    """A title's qualifier, countries as their demonym ("U.S." and "American" agree)."""
    key = name_key(words)
    entry = countries().get(key)
    return entry[2] if entry else key


def _pick_holder(
    candidates: set[str],
    named: list[tuple[int, str]],
    offset: int,
    groups: dict[str, list[StoryMention]],
) -> str | None:
    """The only holder; else the last one named before in the article; else the dominant."""
    if len(candidates) == 1:
        return next(iter(candidates))
    before = [(pos, root) for pos, root in named if pos < offset and root in candidates]
    if before:
        return max(before)[1]
    top = dominant(sorted(candidates), {c: len(groups[c]) for c in candidates})
    return top[0] if top else None
