"""How a capital's bare name is used in one article, before it may join its country as a
metonym (``countries``).

A capital's name that is a person's surname: once an article has named "Nora Paris" in
full, a bare "Paris" there that is not placed by a locative preposition ("in Paris", "flew to
Paris") is that person ("As Paris saw it", "Paris said"), as news copy calls a person by
surname after the first mention; the country's capital takes no such mention as a metonym.

A capital placed by "in", "at" or "near" after a noun of a gathering or a building ("a
meeting in Paris", "a hospital in Paris"), one travelled from ("flew in from Paris") and one
qualifying a noun after "a" ("a Paris hospital") is the city itself, not its government: such a mention is marked a place
use, which ``countries`` keeps out of the country's row."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.countries import metonyms
from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.story import Story

# A preposition that places what follows, right before a mention: the place itself.
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Aa]t|[Ff]rom|[Tt]o|[Ii]nto|[Nn]ear|[Oo]f|[Vv]ia|[Aa]cross|[Ff]or|[Tt]hrough"
    r"|[Oo]utside|[Aa]round|[Bb]etween|[Ww]ithin)[ \t]+(?:(?:the )?(?:capital|city),?[ \t]+)?$"
)
# Before a capital: "in"/"at"/"near" after a noun of a gathering or a building, within a few
# words ("a meeting Sunday night in Paris", "a hospital in Paris"), or "from" after a verb of
# travel ("flew in from Paris"). A bare "in Paris" is not enough: "the mood in Paris" and
# "officials in Paris" are the government's; nor is "to" ("travelled to Paris" for talks).
_CITY_BEFORE = re.compile(
    r"(?:\b(?:meeting|gathering|rally|ceremony|funeral|service|vigil|conference|summit|talks"
    r"|hospital|clinic|hotel|airport|station|apartment|flat|home|house|office|embassy"
    r"|university|school|church|cathedral|cemetery|court|prison|jail|restaurant|museum"
    r"|theat(?:er|re)|stadium|street|square|park|suburb|district)s?\b(?:[ \t]+[\w'-]+){0,3}"
    r"[ \t]+(?:in|at|near)"
    r"|\b(?:fl(?:ew|own|y|ies|ying)|arriv(?:e|ed|es|ing)|return(?:ed|s|ing)?"
    r"|travel+(?:ed|led|s|ing)?|c(?:a|o)me|went|moved?|drove|head(?:ed|s)?|back|in)"
    r"[ \t]+(?:back[ \t]+)?from)[ \t]+$"
)
# An indefinite article before it: the name qualifies a noun ("a Paris lawyer"), the city's.
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")


def claim_capital_surnames(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Move each bare mention of a capital that follows, in its article, a full name of a
    person ending with it (the one such name; tagged a person, or opening with a given
    name) to that name's group, as the person."""
    capitals = metonyms()["capital"]
    # article -> surname -> [(start, full key)] of the person names the article writes
    full_names: dict[str, dict[str, list[tuple[int, str]]]] = defaultdict(lambda: defaultdict(list))
    for key, node in nodes.items():
        words = key.split()
        if len(words) < 2 or words[-1] not in capitals:
            continue
        # A given name before it makes a person of a name the NER tagged otherwise.
        if node.type != "PERSON" and first_name_gender(words[0]) is None:
            continue
        for m in node.mentions:
            full_names[m.article][words[-1]].append((m.start, key))
    if not full_names:
        return
    bodies = {a.article.id: a.article.text for a in story.articles}
    for key in sorted(capitals.keys() & nodes.keys()):
        node = nodes[key]
        kept: list[StoryMention] = []
        for m in node.mentions:
            earlier = {k for start, k in full_names[m.article].get(key, ()) if start < m.start}
            body = bodies.get(m.article, "")
            if (
                len(earlier) != 1
                or m.dateline
                or m.place_use
                or m.determined
                or _LOCATIVE_BEFORE.search(body, max(0, m.start - 30), m.start)
                or _INDEFINITE_BEFORE.search(body, max(0, m.start - 4), m.start)
            ):
                kept.append(m)
                continue
            m.type = "PERSON"
            nodes[next(iter(earlier))].mentions.append(m)
            nodes[next(iter(earlier))].changed()
        if len(kept) != len(node.mentions):
            node.mentions[:] = kept
            node.changed()
    for key in [k for k, n in nodes.items() if not n.mentions]:
        del nodes[key]


def mark_city_uses(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Mark as a place use each mention of a capital placed after a gathering or a building
    ("a meeting in Paris"), travelled from, or qualifying a noun after "a" ("a Paris
    hospital"): the city."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for key in sorted(metonyms()["capital"].keys() & nodes.keys()):
        for m in nodes[key].mentions:
            body = bodies.get(m.article, "")
            if _CITY_BEFORE.search(body, max(0, m.start - 60), m.start) or (
                _INDEFINITE_BEFORE.search(body, max(0, m.start - 4), m.start)
            ):
                m.place_use = True
