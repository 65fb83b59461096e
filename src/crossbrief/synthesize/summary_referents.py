"""Summary sentences whose referent only their article's context gives, past their opening
pronoun or connective (``summary_rules``'s):

- an epithet for a name told just before: "The Velmoran firm wanted to ...", "The struggling
  club's owners ..." right after a sentence naming the firm or the club. A definite
  description by kind ("firm", "club", "side") with a modifier is how news style avoids
  repeating a name (Vieira and Poesio, 2000, call these bridging descriptions: their
  antecedent is named by another head noun); read alone in a summary it names no firm, or the
  wrong one. The kind nouns are an organisation's or a team's; a person's epithet ("The
  Velmora senator") is ``summary_rules``'s;
- an "it" reported after people's words: "Ministers say it will ease ...", "Ann Lee said it
  was ...". People or a person say something of "it", a thing their sentence never names:
  the sentence before told it. A body or a thing as the sayer ("The board said it would
  appeal") is its own "it", and an "it" standing for nothing ("said it was too soon to
  judge", "said it seemed that ...") needs no referent;
- "today", "yesterday", "last night" and the like telling an event's day in an article the
  brief shows no date for (``undated_deictic``): its day is the article's own, and an
  undated article has none the reader can see, so the sentence is no candidate.

The first two bind a sentence to the one before it in its article (``bound_to_previous``,
through ``summary_anchors.anchored_at`` and the reading order); an article's first body
sentence has nothing before it and is left alone.
"""

from __future__ import annotations

import re

from crossbrief.analyze.quotes.animate import HUMAN_NOUNS
from crossbrief.model import Mention
from crossbrief.synthesize.claims import IRREGULAR_PAST, SAYING_PAST
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_demonstratives import first_in_body, previous_body
from crossbrief.synthesize.summary_fronted import OPENERS
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_shells import verb_follows
from crossbrief.synthesize.summary_words import may_hold

# An organisation's or a team's kind, as news style names one told before by its name.
_KIND_WORDS = """firm company group carmaker automaker bank lender airline carrier insurer
    retailer club side team giant maker manufacturer conglomerate chain operator broadcaster
    outfit supermarket brewer miner producer"""
_KINDS = frozenset(_KIND_WORDS.split())
# "The" and one or two modifiers before the kind noun; case-sensitive after "the": a
# capitalised modifier is read against the analysis (a nationality, "Velmoran", is an
# epithet's; a name, "the Velmora club", says which club)
_EPITHET = re.compile(
    r"^(?:(?i:according\s+to)\s+[^,]{1,60},\s+)?(?i:the)\s+"
    r"(?P<mods>(?:[A-Za-z][\w'-]*\s+){1,2}?)(?P<noun>" + "|".join(sorted(_KINDS)) + r")\b"
)
# Modifiers that pick one out by rank or compare it with another, which identify it or need
# more than a name told before: "the largest bank", "the first club", "the other side".
_PICK_WORDS = "first second third last next only same other former latter new"
_PICKS = frozenset(_PICK_WORDS.split())
# Types of a name an epithet can stand for: an organisation, a team (spaCy tags one named
# after its town as a place), a person's firm.
_NAMED = frozenset({"ORG", "GPE", "PERSON"})


def _mentions(story: Story, i: int, end: int | None = None) -> list[Mention]:
    """The analysis's mentions inside sentence ``i`` (up to ``end`` characters into it)."""
    s = story.sentences[i]
    stop = s.end if end is None else s.start + end
    return [m for m in story.by_id[s.article].mentions if s.start <= m.start < stop]


def kind_epithet(story: Story, i: int) -> bool:
    """True when sentence ``i``, past its article's first body sentence, opens with a
    definite description by kind with a modifier ("The Velmoran firm wanted to ...", "The
    struggling club's owners ...") as its subject, and the body sentence before it names an
    organisation, a place or a person: the description stands for that name."""
    text = QUOTED.sub(" ", story.sentences[i].text).lstrip(OPENERS)
    m = _EPITHET.match(text)
    if m is None:
        return False
    mods = m.group("mods").split()
    if any(w.lower() in _PICKS or w.lower().endswith("est") for w in mods):
        return False
    # a subject: a verb, or an owner's "'s", after the noun ("The Velmoran firm's chief ...")
    if not (verb_follows(text, m.end(), m.group("noun")) or text.startswith("'s", m.end())):
        return False
    before = previous_body(story, i)
    if before is None:  # it opens its article's body
        return False
    offset = len(story.sentences[i].text) - len(story.sentences[i].text.lstrip(OPENERS))
    capitals = [w for w in mods if w[:1].isupper()]
    if capitals:
        # a capitalised modifier must be a nationality or the like, not a name
        norp = " ".join(x.text for x in _mentions(story, i, offset + m.end()) if x.type == "NORP")
        if not all(w in norp for w in capitals):
            return False
    return any(x.type in _NAMED for x in _mentions(story, before))


_SAYING = (
    r"(?:say|says|said|believe|believes|believed|think|thinks|thought|argue|argues|argued|"
    r"warn|warns|warned|claim|claims|claimed|insist|insists|insisted|fear|fears|feared|hope|"
    r"hopes|hoped|expect|expects|expected|predict|predicts|predicted)"
)
# The sayer opening the sentence, one to three words with no determiner (a name, or people:
# "Senior ministers"), the verb, an optional "that", and "it"; the word after "it" is read
# by ``verb_follows``.
_REPORTED_IT = re.compile(
    r"^(?P<sayer>[A-Z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*){0,2}?)\s+(?:(?:also|now|still)\s+)?"
    + _SAYING
    + r"\s+(?:that\s+)?it\b"
)
# An "it" standing for nothing: extraposed ("it was too soon to judge", "it is unclear
# whether"), raising ("it seemed", "it appears"), the weather or the hour ("it was raining",
# "it was a hard day for the town").
_EMPTY_IT = re.compile(
    r"\s+(?:(?:is|was|will\s+be|would\s+be|had\s+been|has\s+been|could\s+be|may\s+be|might\s+be)"
    r"\b(?:\s+[\w'-]+){0,5}?\s+(?:to|that|whether|if|how|what|who|why|when)\b"
    r"|(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+)?(?:time|moment|day)\b"
    r"|(?:seems|seemed|appears|appeared|looks|looked|remains|remained|"
    r"rained|snowed|is\s+raining|was\s+raining)\b)",
    re.I,
)
_DETERMINER_WORDS = "the a an this that these those its his her their our my"
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())


def _people(words: list[str]) -> bool:
    """Whether a sayer of no determiner names people by a plural noun for them:
    "Ministers", "Senior officials", "Police" (many are never the "it" they speak of; one
    body, "station", may be)."""
    last = words[-1].lower()
    # a force named with a capital ("Velmora Police") is one body, its own "it"
    force = last == "police" and (len(words) == 1 or words[-1].islower())
    return force or last == "people" or (last.endswith("s") and last[:-1] in HUMAN_NOUNS)


def reported_it(story: Story, i: int) -> bool:
    """True when sentence ``i``, past its article's first body sentence, opens with people
    or a person saying something of "it" ("Ministers say it will ease ...", "Ann Lee said
    it was ..."), an "it" its sentence names nothing for: the sentence before told it. A body
    or a thing as the sayer ("Velmora Air said it would ...") is the "it", and an "it" that
    stands for nothing ("said it was too soon to judge") needs none."""
    text = QUOTED.sub(" ", story.sentences[i].text).lstrip(OPENERS)
    m = _REPORTED_IT.match(text)
    if m is None or first_in_body(story, i):
        return False
    words = m.group("sayer").split()
    if any(w.lower() in _DETERMINERS for w in words):
        return False
    if not verb_follows(text, m.end(), "it") or _EMPTY_IT.match(text, m.end()):
        return False
    if _people(words):
        return True
    if not all(w[:1].isupper() for w in words):
        return False  # a noun for a body or a thing ("Velmora's radio station"): its own "it"
    # a name: a person's (a body's or a place's "it" is itself)
    offset = len(story.sentences[i].text) - len(story.sentences[i].text.lstrip(OPENERS))
    sayer = [x for x in _mentions(story, i, offset + m.end("sayer")) if x.type != "NORP"]
    return bool(sayer) and all(x.type == "PERSON" for x in sayer)


def bound_to_previous(story: Story, i: int) -> bool:
    """Whether sentence ``i`` reads only after the sentence before it in its article: a kind
    epithet for a name told there (``kind_epithet``) or a reported "it" (``reported_it``)."""
    return kind_epithet(story, i) or reported_it(story, i)


# A day counted from the report's own day: "today", "yesterday", "last night", "this
# morning". A week ("this week", "last weekend") places an event as loosely as an undated
# report does anyway, and a lead telling its news "this weekend" is still the news: kept.
_DEICTIC = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)\b",
    re.I,
)
# the words one of which every match holds (a first test: ``summary_words.may_hold``)
_DEICTIC_KEYS = "today tonight yesterday tomorrow morning afternoon evening night"
_DEICTIC_WORDS = frozenset(_DEICTIC_KEYS.split())


# Words that make a day's clause tell an event, done or to come ("said today", "sank last
# night", "will meet today"); "today" with none near it is the present age ("Today, shops
# sell ...", "the leader today in ferries is ...") and places nothing.
_TENSED = frozenset(["was", "were", "did", "had", "will", "would"]) | IRREGULAR_PAST | SAYING_PAST
_WORD = re.compile(r"[A-Za-z]+")
# What a clause or a quotation opens after: a capital there is no name.
_OPENS = ":;.!?" + OPENERS.strip() + "\u2014"
# How many words either side of the day an event's verb is looked for.
NEAR_WORDS = 6


# Adjectives ending in "-ed" that are no verb's form, and words after which an "-ed" form
# is an adjective ("the most feared", "being wired").
_ED_ADJECTIVE_WORDS = """wretched wicked naked sacred rugged crooked beloved learned aged
    hundred indeed kindred"""
_ED_ADJECTIVES = frozenset(_ED_ADJECTIVE_WORDS.split())
_GRADERS = frozenset(["most", "more", "less", "least", "very", "so", "too", "being"])


def _event_word(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a past or future verb form, or an auxiliary of one; a
    capitalised "-ed" word is a name ("Ahmed"), no verb's."""
    word = words[k].lower()
    if word in _TENSED:
        return True
    if len(word) <= 4 or not word.endswith("ed") or word in _ED_ADJECTIVES:
        return False
    if words[k][:1].isupper():
        return False
    return k == 0 or words[k - 1].lower() not in _GRADERS


def undated_deictic(story: Story, i: int) -> bool:
    """True when sentence ``i``, outside its quotations, tells an event on a day counted
    from its report's own day ("... was hit by a quake today"; a past or future verb within
    ``NEAR_WORDS`` words of the day, in its clause) and its article has no date the brief
    shows: the day it names is one no reader of the summary can tell."""
    s = story.sentences[i]
    if story.by_id[s.article].article.published or not may_hold(s.text, _DEICTIC_WORDS):
        return False
    text = QUOTED.sub(" ", s.text)
    for m in _DEICTIC.finditer(text):
        before_it = text[: m.start()].rstrip()
        if m.group(0)[0].isupper() and before_it and before_it[-1] not in _OPENS:
            continue  # a capital inside a clause is a name: a programme, a paper's title
        start = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start())) + 1
        stops = [k for k in (text.find(";", m.end()), text.find(":", m.end())) if k >= 0]
        before = _WORD.findall(text[start : m.start()])[-NEAR_WORDS:]
        after = _WORD.findall(text[m.end() : min(stops, default=len(text))])
        near = before + after[:NEAR_WORDS]
        if any(_event_word(near, k) for k in range(len(near))):
            return True
    return False
