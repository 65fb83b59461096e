"""Political parties and the conventional other names news style gives them ("GOP" for the
Republican Party, "Tories" for the Conservative Party).

No installed library or package data lists such names (countryinfo knows countries only), so
this is a small hand-kept table of long-standing nicknames and short forms, each a name
the party itself or the press uses in headlines and running text. A name the acronym rules
already join by its initials ("DNC") is not listed.
"""

from __future__ import annotations

import re

from crossbrief.model import Mention
from crossbrief.synthesize.entities.adjacent import join_adjacent
from crossbrief.synthesize.entities.groups import KeyGroup, UnionFind

# Name key of the other name -> name keys of the party it stands for (any one will do).
PARTY_ALIASES: dict[str, tuple[str, ...]] = {
    "gop": ("republican party",),
    "grand old party": ("republican party",),
    "tories": ("conservative party", "conservative and unionist party"),
    "tory": ("conservative party", "conservative and unionist party"),
    "tory party": ("conservative party", "conservative and unionist party"),
    "lib dems": ("liberal democrats", "liberal democrat party"),
    # the singular, as "Tory": a member or the adjective ("a Lib Dem motion")
    "lib dem": ("liberal democrats", "liberal democrat party", "lib dems"),
    "dems": ("democratic party",),
}

# The party's name a story may write only as a member's word or an adjective ("Liberal
# Democrat leader ..."): joined to the other name, but never naming the row (``party_names``
# prefers the party's own name where the story has it).
_MEMBER_FORMS: dict[str, tuple[str, ...]] = {
    "lib dems": ("liberal democrat",),
    "lib dem": ("liberal democrat",),
}


def merge_party_aliases(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A party's conventional other name joins the party when the story also writes the
    party's own name, or else its members' word ("GOP" beside "Republicans", the party's
    people, as ``merge_party_members`` joins them to a named party): never alone, as a
    nickname is a reader's shorthand for a party the story names, and the same letters may
    spell something else in a story that names none."""
    for alias, parties in PARTY_ALIASES.items():
        if alias not in nodes:
            continue
        named = (
            [p for p in parties if p in nodes]
            or _members(nodes, parties)
            or [p for p in _MEMBER_FORMS.get(alias, ()) if p in nodes]
        )
        if named:
            clusters.union(named[0], alias)


def retype_party_short_forms(nodes: dict[str, KeyGroup]) -> None:
    """A party's conventional other name tagged a person ("Lib Dem", which the NER reads as
    a given name and a surname) is the party's (NORP, spaCy's label for political groups)
    wherever it is written, before any join, so that it cannot make the party's row a
    person's; unless it is a person's given name in the story ("Tory" of "Tory Velasko"), or
    is addressed or related as a person ("Mr Tory", "his son Tory")."""
    given = {k.split(" ", 1)[0] for k, n in nodes.items() if " " in k and n.type == "PERSON"}
    for alias in PARTY_ALIASES:
        node = nodes.get(alias)
        if node is None or alias in given or node.type != "PERSON":
            continue
        if any(m.gender or m.relation for m in node.mentions):
            continue
        for m in node.mentions:
            if m.type == "PERSON":
                m.type = "NORP"
        node.changed()


def _members(nodes: dict[str, KeyGroup], parties: tuple[str, ...]) -> list[str]:
    """The keys of a party's members' word the NER tags a people ("republicans", "a
    republican"), for parties named "<member word> party"."""
    words = [
        p.removesuffix(" party") for p in parties if p.endswith(" party") and " " not in p[:-6]
    ]
    return [k for w in words for k in (w + "s", w) if k in nodes and nodes[k].type == "NORP"]


def party_names(keys: dict[str, str]) -> set[str]:
    """Of a row's forms (form -> name key), those that are a party's own name, when the row
    also holds that party's conventional other name ("Republican Party" beside "GOP"), or
    else the other name a shorter one stands for ("Lib Dems" beside "Lib Dem", an
    adjective's); none otherwise."""
    nicknames = [k for k in keys.values() if k in PARTY_ALIASES]
    parties = {p for k in nicknames for p in PARTY_ALIASES[k]}
    # "Lib Dems" stands for the party too: a name that is no other name is its own first
    own = {form for form, key in keys.items() if key in parties and key not in PARTY_ALIASES}
    return own or {form for form, key in keys.items() if key in parties}


# Adjectives a party's name opens with, capitalised ("Democratic Velmora", "Liberal Orla"):
# tagged alone as a people or a creed by the NER, while the name after them is taken for the
# country or another thing.
_PARTY_ADJECTIVES = frozenset(
    {"Democratic", "Liberal", "Socialist", "Progressive", "Popular", "Conservative"}
    | {"Social", "Christian", "Radical", "Patriotic"}
)
# A capitalised word after the pair: the pair qualifies a name ("Democratic Velton Sen. Ann
# Lee", a member from a state), so it is no party's name. ("Republican" is left out: US news
# writes it before a state's name for a member far more often than in a party's name.)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")
# What the name after such an adjective may be tagged: a person's name after one is a
# member's ("Republican Ann Lee"), a people's or a date's no name of a party.
_JOINED_KINDS = frozenset({"GPE", "LOC", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})


def joined_party_names(mentions: tuple[Mention, ...], body: str) -> list[Mention]:
    """``mentions`` with a party's name split by the NER into its capitalised adjective and
    the name after it ("Democratic" and "Velmora" of "the Democratic Velmora party") made
    one mention of an organisation: the whole is the party's name, and the country it
    names gains no mention from it."""

    def party(mention: Mention, after: Mention) -> bool:
        return (
            mention.type == "NORP"
            and mention.text in _PARTY_ADJECTIVES
            and after.type in _JOINED_KINDS
            and body[mention.end : after.start] == " "
            and not _NAME_AFTER.match(body, after.end)
        )

    return join_adjacent(mentions, body, party, "ORG")


# Words for a party's members that also end a party's name ("Liberal Democrats", "Ulster
# Unionists"): the NER often tags the word alone, as a people or a creed.
_MEMBER_WORDS = frozenset(
    {"Democrats", "Republicans", "Conservatives", "Liberals", "Socialists", "Nationalists"}
    | {"Unionists", "Greens", "Progressives", "Radicals", "Libertarians", "Democrat"}
)
# The capitalised word before such a word, and whether "the" comes before it ("the Orla
# Democrats").
_OPENING_WORD = re.compile(r"(\b[Tt]he[ \t]+)?\b([A-Z][a-z]+)[ \t]+$")
# The member word right after a party name's adjective the NER tagged alone ("Liberal" of
# "Liberal Democrats").
_MEMBER_AFTER = re.compile(r"[ \t]+(" + "|".join(sorted(_MEMBER_WORDS)) + r")\b")
# A chamber's word before a party's members is a group of them, no party ("the House
# Democrats", "Senate Republicans"); a sentence's "The" opens no name.
_CHAMBERS = frozenset(
    {"House", "Senate", "Congressional", "Assembly", "Parliamentary", "Council", "State"} | {"The"}
)


def opened_party_names(mentions: list[Mention], body: str) -> list[Mention]:
    """``mentions`` with a party's name the NER cut at its first word made whole: the
    members' word tagged alone ("Democrats" of "the Orla Democrats", "Liberal Democrat")
    takes the capitalised word before it when that opens the name (after "the", or one of
    a party name's adjectives) and is no other mention's nor a chamber's; and such an
    adjective tagged alone ("Liberal" of "Liberal Democrats") takes the member word after
    it. The whole is the party's name (NORP, spaCy's label for political groups); the
    singular "Democrat" only after an adjective ("a Liberal Democrat"), as "the Orla
    Democrat" may be a member from a place. The adjective and the member word tagged as
    two names ("Liberal" and "Democrat") are one."""

    def halves(mention: Mention, after: Mention) -> bool:
        return (
            mention.text in _PARTY_ADJECTIVES
            and mention.type in {"NORP", "ORG"}
            and after.text in _MEMBER_WORDS
            and body[mention.end : after.start] == " "
        )

    mentions = join_adjacent(mentions, body, halves, "NORP")
    covered = [(o.start, o.end) for o in mentions]
    out: list[Mention] = []
    for m in mentions:
        start, end = m.start, m.end
        if m.type in {"NORP", "ORG"} and m.text in _MEMBER_WORDS:
            opening = _OPENING_WORD.search(body, max(0, m.start - 20), m.start)
            word = opening.group(2) if opening else ""
            adjective = word in _PARTY_ADJECTIVES
            if (
                opening
                and word not in _CHAMBERS
                and (adjective or (opening.group(1) and m.text.endswith("s")))
                and not any(s <= opening.start(2) < e for s, e in covered)
            ):
                start = opening.start(2)
        elif m.type == "NORP" and m.text in _PARTY_ADJECTIVES:
            after = _MEMBER_AFTER.match(body, m.end)
            if after and not any(s <= after.start(1) < e for s, e in covered):
                end = after.end()
        if (start, end) == (m.start, m.end):
            out.append(m)
        else:
            out.append(Mention(body[start:end], start, end, "NORP"))
    return out
