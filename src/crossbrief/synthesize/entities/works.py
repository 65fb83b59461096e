"""Software and broadcast programmes the NER takes for people or places ("the Velo browser",
"the Orla Street series"), known by the noun of their kind around them, not by a list of
titles."""

from __future__ import annotations

import re

from crossbrief.model import Mention
from crossbrief.synthesize.entities.adjacent import join_adjacent

# Nouns of a kind of software: the name right before one, or listed after a plural one
# ("browsers such as Velo and Orla"), is the product.
_SOFTWARE = ("browser", "browsers", "software", "app", "apps")
# ... and of a broadcast programme. Not "show" (a place's fair: "the Velmora show") nor
# "programme" (a country's plan: "the Velmora nuclear programme"), nor "episode": news
# calls an incident so after the name of the one it involved ("the Tom Varga episode").
_PROGRAMMES = ("series", "sitcom", "sitcoms", "soap", "soaps")
_KIND = {**dict.fromkeys(_SOFTWARE, "PRODUCT"), **dict.fromkeys(_PROGRAMMES, "WORK_OF_ART")}
_NOUN = "(?:" + "|".join(sorted(_KIND, key=len, reverse=True)) + ")"
# The labels a kind's noun overrides right after a name. Not a place's: its name before such
# a noun is more often the maker's country ("the Velmoran software giant") or a side in a
# sports series ("the Velmora series") than a product or a programme.
_OVERRIDDEN = frozenset({"PERSON", "LOC", "FAC"})
# A noun of business after the kind's noun: the name before them is a maker's ("the Orvex
# software giant", "Velmora browser makers"), not the product's.
_BUSINESS = (
    r"(?![ \t]+(?:giants?|makers?|firms?|compan(?:y|ies)|groups?|industry|developers?"
    r"|houses?|stores?|markets?|vendors?|maker's|company's)\b)"
)
_WORD = r"[A-Z][\w\-]*"
_RUN = rf"{_WORD}(?:[ \t]+{_WORD})*"
_NOUN_AFTER = re.compile(rf"[ \t]+({_NOUN})\b{_BUSINESS}", re.IGNORECASE)
# A name right before the noun ("the Velo browser"), not a possessive's ("Orvex's browser").
_BEFORE_NOUN = re.compile(rf"(?<![\w'\u2019])({_RUN})[ \t]+({_NOUN})\b{_BUSINESS}")
# A list after a plural noun: "browsers such as Velo, Orla and even Brenna", "software,
# like Velo and Orvex's Orla" (the maker's possessive is no part of the name).
_LIST_AFTER = re.compile(rf"\b({_NOUN}),?[ \t]+(?:such[ \t]+as|like|including)[ \t]+")
_LISTED = re.compile(rf"(?:{_WORD}['\u2019]s[ \t]+)?({_RUN})(?![\w'\u2019])")
_NEXT = re.compile(r",?[ \t]+(?:and|or)[ \t]+(?:even[ \t]+)?|,[ \t]*")
# A programme's part named with "of" after a determiner and a word placing it among the
# others ("the new series of Orla Street", "the last episode of Orla"); not "a series of" or
# a bare "the series of": they count things ("the series of Orvex loans").
_PLACING = r"(?:new|latest|last|final|next|previous|current|first|second|third|[a-z]+th)"
_PART_OF = re.compile(
    rf"\b(?:[Tt]he|[Tt]his|[Ii]ts)[ \t]+{_PLACING}[ \t]+(?:series|episode)[ \t]+of[ \t]+({_RUN})"
)
# A cast noun between a name and a person's ("the Orla Street actor Tom Bell"): the name is
# the programme or film the person plays in, as no person's name qualifies another's so.
_CAST_AFTER = re.compile(r"[ \t]+(?:actor|actress|actors|actresses|presenter)[ \t]+[A-Z]")
# A game named right after its noun ("the new game Orla Quest"), its title going on after a
# colon with its subtitle ("the game Orla Quest: Velmora Streets"): the subtitle alone, as
# news shortens a game's title to it, names the game too, no place or person.
_GAME = re.compile(rf"\bgame[ \t]+({_RUN})(?::[ \t]+({_RUN}))?")
# The words some pattern of ``work_names`` needs, as written (none ignores case), each a
# whole word in every pattern.
_LOOKED_FOR = (*_KIND, "episode", "game")
# Sentence openers a run may start with ("The browser ..."): no part of a name.
_OPENERS = frozenset({"The", "A", "An", "Its", "Their", "Other", "New", "Such"})


def work_label(body: str, end: int, label: str) -> str:
    """The label of a mention right before a noun of software or of a programme ("Velo" of
    "the Velo browser"), or a person's before a cast noun and a name ("Orla Street actor Tom
    Bell"): PRODUCT or WORK_OF_ART where the NER said a person or a place; otherwise
    ``label`` as it was (a maker's name, ORG, stays: "Orvex software")."""
    if label == "PERSON" and _CAST_AFTER.match(body, end):
        return "WORK_OF_ART"
    after = _NOUN_AFTER.match(body, end)
    if after is None:
        return label
    kind = _KIND[after.group(1).lower()]
    return kind if label in _OVERRIDDEN else label


def work_names(body: str) -> dict[str, str]:
    """The names an article writes right before a noun of software or of a programme, after
    "the series of", in a list after such a plural noun, and a game's title with a subtitle
    after "game" (the title, the subtitle and both), each with its label (PRODUCT or
    WORK_OF_ART)."""
    found: dict[str, str] = {}
    # Every pattern below holds a kind's noun, "episode" or "game" as a whole word written in
    # lower case: an article with none (most) need not be searched, which costs a pass per
    # capital letter.
    if not any(_whole_word(body, word) for word in _LOOKED_FOR):
        return found
    for m in _BEFORE_NOUN.finditer(body):
        name = _without_opener(m.group(1))
        if name:
            found[name] = _KIND[m.group(2).lower()]
    for m in _PART_OF.finditer(body):
        # "Orla Street" of "Celebrity Orla Street": the NER often tags the last words alone
        # (not the last word alone, "Street"; a one-word title is itself).
        words = m.group(1).split()
        tails = (" ".join(words[n:]) for n in range(max(1, len(words) - 1)))
        found.update(dict.fromkeys(tails, "WORK_OF_ART"))
    for m in _GAME.finditer(body):
        title = _without_opener(m.group(1))
        if title and m.group(2):  # a subtitle: what makes the run a title, not a maker
            found.update(dict.fromkeys((title, m.group(2), f"{title}: {m.group(2)}"), "PRODUCT"))
    for m in _LIST_AFTER.finditer(body):
        kind, at = _KIND[m.group(1).lower()], m.end()
        while (listed := _LISTED.match(body, at)) is not None:
            found[listed.group(1)] = kind
            more = _NEXT.match(body, listed.end())
            if more is None:
                break
            at = more.end()
    return found


def _whole_word(body: str, word: str) -> bool:
    """Whether ``body`` holds ``word`` as a whole word (as ``\\b`` bounds it), not inside
    another ("app" of "happen"). A find per occurrence: one regex of all the words, tried
    at every position, costs more than the patterns it spares."""
    at = body.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_character(body[at - 1])) and not (
            end < len(body) and _word_character(body[end])
        ):
            return True
        at = body.find(word, at + 1)
    return False


def _word_character(c: str) -> bool:
    """Whether a character is one ``\\w`` matches."""
    return c.isalnum() or c == "_"


def _without_opener(run: str) -> str:
    """A run of capitalised words without the sentence opener before the name."""
    words = run.split()
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)


# "and The" mid-sentence: a capital article after "and" goes on with a title ("Tom Varga and
# The Keeper Of Orla"), as running text writes "the" in lower case.
_AND_THE = " and The "


def joined_titles(mentions: list[Mention], body: str) -> list[Mention]:
    """``mentions`` with a title of a work that the NER split at "and The" into a name and a
    work ("Tom Varga" and "The Keeper Of Orla") made one mention of the work: a name inside
    a title is part of it, no person or place of the story."""

    def title(mention: Mention, after: Mention) -> bool:
        return after.type == "WORK_OF_ART" and body[mention.end : after.start + 4] == _AND_THE

    return join_adjacent(mentions, body, title, "WORK_OF_ART")
