"""How a capital's bare name is used in one article, before it may join its country as a
metonym (``countries``).

A capital's name that is a person's surname: once an article has named "Nora Paris" in
full, a bare "Paris" there that is not placed by a locative preposition ("in Paris", "flew to
Paris") is that person when a person's cue goes with it ("Paris said she", "Ms Paris", "Paris said"
with no "it" after), as news copy calls a person by surname after the first mention; the
government's uses ("Paris has imposed", "Paris said it would") and an office or a body of
the city after it ("Paris's mayor", "Paris police") stay the capital. A claimed mention
keys nothing story-wide (``assemble``): another article's bare capital is no such person.

A capital tagged a place is the city itself, not its government, unless it speaks or
decides, possesses a policy or a stance, or is a party to relations or talks: such a mention
is marked a place use, which ``countries`` keeps out of the country's row ("a meeting in
Paris", "moved to London", "London-based": a city and its country are two rows)."""

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
# A title right before it or opening it: a person ("Ms Lima").
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$")
_TITLE_OPENING = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]")
# Right after it, an office or a body of the city, possessed or qualified ("Lima's mayor",
# "Lima police"): the city's, whatever pronoun follows in the sentence.
_CITY_BODY_AFTER = re.compile(
    r"(?:'s|\u2019s)?[ \t]+(?:city[ \t]+)?(?:mayor|governor|government|administration|council"
    r"|police|officials?|authorities|municipality|residents|people|citizens|airport|port"
    r"|prosecutors?|court|hospitals?|streets|university|stock|bourse|embassy|ministry)\b"
)
# "it" after the verb of saying: the capital's government speaks ("Lima said it would").
_IT_AFTER_VERB = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+(?:that[ \t]+)?it\b")
# An indefinite article before it: the name qualifies a noun ("a Paris lawyer"), the city's.
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?[ \t]+$")
# Labels of a capital's mention that read it as a place (a body's or a people's read it as
# an actor: its government).
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A government's policy, stance, programme or people possessed by the capital ("Velora's
# policy", "Velora's nuclear programme"): the government's. A capitalised name after the
# possessive is a place or a body of the city ("Velora's Grand Theatre").
_GOVERNMENT_AFTER = re.compile(
    r"(?:'s|\u2019s|'|\u2019)[ \t]+(?:[a-z]+[ \t]+){0,2}(?:policy|policies|government|decision"
    r"|position|stance|response|reaction|demands?|refusal|relations|officials|leaders(?:hip)?"
    r"|plans?|regime|rulers|envoy|ambassador|diplomats?|military|forces|support|approval"
    r"|objections?|view|attitude|claims?|program(?:me)?s?|development|ambitions|weapons"
    r"|missiles|arsenal|intentions|behaviou?r|involvement|interference|meddling)\b"
)
# The capital as the subject of an act ("Velora has warned", "Velora signalled", "Velora will
# decide"): what a government does. A copula is left out ("Velora is special to me"), and so
# is "has" before a count or a size ("Velora has 500,000 residents", "has many hills", "has a
# population of"): the city's; "has a plan", "has no plans" stay the government's.
_ACTS_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+[A-Z][\w'-]*)?"  # "Velora and Orla have agreed": both act
    r"[ \t]+(?:also[ \t]+)?(?:(?:has|have|had)(?![ \t]+(?:\d|(?:many|several|some|few|about"
    r"|around|over|nearly|almost|(?:an?[ \t]+)?(?:population|area))\b))|will|would|could"
    r"|should|must|cannot|can|may|might|did|does|wants|insists|sought|[a-z]+ed)\b"
)
# A party to relations, talks or pressure ("relations between Velora and Orla", "talks with
# Velora", "collusion with Velora", "limits on Velora"), or the people and the mood of its
# government ("officials in Velora"): the government.
_PARTY_BEFORE = re.compile(
    r"(?:\b(?:relations|ties|talks|dialogue|negotiations|dispute|row|deal|treaty|agreement"
    r"|differences|tensions|rift|war|collusion|contacts?|cooperation|co-operation)"
    r"[ \t]+(?:with|between)"
    r"|\b(?:pressure|limits|sanctions|curbs|restrictions)[ \t]+(?:on|against)"
    r"|\b(?:restrain|constrain|punish|pressure|pressed|urged|warned|engage|confront|isolate"
    r"|wants?|wanted|asked|persuade|convince)"
    r"|\b(?:officials|leaders|diplomats|lawmakers|politicians|policymakers|Republicans"
    r"|Democrats|insiders|mood|thinking)(?:[ \t]+[a-z]+){0,2}[ \t]+in"
    # any "with": in news a capital after "with" is nearly always dealt with ("diplomacy
    # with", "worked with", "a deficit with"); "fell in love with Velora" is the rare city
    r"|\bwith)"
    r"[ \t]+(?:[A-Z][\w'-]*[ \t]+and[ \t]+)?$"
)


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
            if not _person_cue(body, m):
                kept.append(m)
                continue
            m.type = "PERSON"
            m.claimed = True
            nodes[next(iter(earlier))].mentions.append(m)
            nodes[next(iter(earlier))].changed()
        if len(kept) != len(node.mentions):
            node.mentions[:] = kept
            node.changed()
    for key in [k for k, n in nodes.items() if not n.mentions]:
        del nodes[key]


def _person_cue(body: str, m: StoryMention) -> bool:
    """Whether a bare capital's mention reads as a person's: a title before it, "he"/"she"
    after it ("Lima said she would"), or a verb of saying right after it with no "it" as
    the reported subject ("Lima said it would" is the government); never with an office or
    a body of the city after it ("Lima's mayor", "Lima police")."""
    if _CITY_BODY_AFTER.match(body, m.end):
        return False
    if m.personal or _TITLE_OPENING.match(m.text):
        return True
    if _TITLE_BEFORE.search(body, max(0, m.start - 6), m.start):
        return True
    return m.speaks and not _IT_AFTER_VERB.match(body, m.end)


def mark_city_uses(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Mark as a place use each mention of a capital tagged a place that nothing makes its
    government: the city. A capital stands for its government where it speaks, decides or
    acts ("Khartoum denied", "Velora has signalled"), where the NER took it for a body or a
    people (an actor), where a policy, a stance or a programme is its own ("Velora's
    policy"), where it is a party to relations, talks or pressure ("ties with Velora",
    "limits on Velora") and where its officials or its mood are ("officials in Velora");
    elsewhere ("a meeting in Paris", "moved to Paris",
    "Paris-based", "a Paris hospital") it is the city, which is not its country's row."""
    bodies = {a.article.id: a.article.text for a in story.articles}
    for key in sorted(metonyms()["capital"].keys() & nodes.keys()):
        for m in nodes[key].mentions:
            body = bodies.get(m.article, "")
            if m.type not in _PLACE_LABELS or m.speaks:
                continue
            if (
                _GOVERNMENT_AFTER.match(body, m.end)
                # "The market in Velora has fallen": the place of the subject, not it.
                or (
                    _ACTS_AFTER.match(body, m.end)
                    and not m.determined
                    and not _LOCATIVE_BEFORE.search(body, max(0, m.start - 30), m.start)
                )
                or _PARTY_BEFORE.search(body, max(0, m.start - 40), m.start)
            ):
                continue
            m.place_use = True
