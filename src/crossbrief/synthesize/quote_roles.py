"""Role words for the quote ledger's descriptions ("the Oregon senator", "the House
Republican whip"): what the story's outlets write around a person's name, beyond the
title right before it, and which descriptions may stand for a person at all.

- An abbreviated title is its full word ("Sen. Ann Lee" holds "senator").
- An American party-and-state tag after the name ("Ann Lee (D-Ore.)") gives the party and
  the state ("democratic", "oregon").
- A description set off by a comma right before the name ("the speaker of the assembly,
  Ann Lee") names her role as one after the name does.
- A description names someone only when its head noun is a word for a person: "the video"
  or "the decision" is no one's role, whoever the story names beside the word.
- An age in a description ("the 40-year-old producer") is no role word.
- A description's role is its head's: a person after a preposition ("a lawyer for the
  mayor", "an aide to the governor") or before a possessive ("the mayor's lawyer") is
  someone else, whose office the described person does not hold. A place or a body there
  ("the mayor of Orsk", "the board's chairman") describes the office itself.
"""

from __future__ import annotations

import re

from crossbrief.analyze.party_tags import PARTY_STATE
from crossbrief.analyze.quotes.animate import HUMAN_NOUNS, singular
from crossbrief.analyze.quotes.descriptions import a_body
from crossbrief.analyze.titles import RANKS, TITLES
from crossbrief.synthesize.entities.vocabulary import ROLE_RANKS
from crossbrief.synthesize.text import fold

# Abbreviated titles and the word each stands for.
TITLE_WORDS = {
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "lt": "lieutenant",
    "gen": "general",
    "col": "colonel",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "adm": "admiral",
    "atty": "attorney",
    "supt": "superintendent",
    "amb": "ambassador",
    "pres": "president",
    "sec": "secretary",
    "det": "detective",
}
# American states as news style abbreviates them (dotted and postal), lower case, no dots.
_STATE_ROWS = """alabama ala al|alaska ak|arizona ariz az|arkansas ark ar|california calif ca|
    colorado colo co|connecticut conn ct|delaware del de|florida fla fl|georgia ga|hawaii hi|
    idaho id|illinois ill il|indiana ind in|iowa ia|kansas kan ks|kentucky ky|louisiana la|
    maine me|maryland md|massachusetts mass ma|michigan mich mi|minnesota minn mn|
    mississippi miss ms|missouri mo|montana mont mt|nebraska neb ne|nevada nev nv|
    new hampshire nh|new jersey nj|new mexico nm|new york ny|north carolina nc|
    north dakota nd|ohio oh|oklahoma okla ok|oregon ore or|pennsylvania pa|rhode island ri|
    south carolina sc|south dakota sd|tennessee tenn tn|texas tex tx|utah ut|vermont vt|
    virginia va|washington wash wa|west virginia wva wv|wisconsin wis wi|wyoming wyo wy"""


def _states() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _STATE_ROWS.split("|"):
        words = row.split()
        # a two-word state's name is its first two words ("new york ny")
        size = 2 if words[0] in {"new", "north", "south", "rhode", "west"} else 1
        name = " ".join(words[:size])
        for short in [name.replace(" ", ""), *words[size:]]:
            out[short] = name
    return out


STATES = _states()
_PARTIES = {"d": "democratic", "r": "republican", "i": "independent"}
_TAG_AFTER = re.compile(r"\s*\(\s*(" + PARTY_STATE + r")\s*\)")
# An apposition set off before a name: a definite or indefinite description, then a comma.
_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+([^,.;:()\n\"\u201c\u201d]{2,60}),\s*$")
# Words of an age ("40-year-old", "aged 40"), which the story gives no one as a role.
_AGE_WORDS = frozenset({"year", "years", "old", "aged"})
# compiled once: read for every word before a speaker and every role description
_POSSESSIVE_END = re.compile(r"['\u2019]s$")
_LOWER_WORD = re.compile(r"[a-z]+")
# Prepositions that end a description's head and open its object ("a lawyer FOR the mayor").
_PREPOSITIONS = frozenset({"of", "for", "to", "at", "with"})
# Word endings English makes people with ("activist", "scriptwriter", "sailor").
_PERSON_ENDINGS = ("ist", "ian", "man", "woman", "er", "or")


def title_word(word: str) -> str:
    """A title's full word: "sen" gives "senator"; any other word as it is."""
    return TITLE_WORDS.get(word, word)


def words_around(text: str, start: int, end: int) -> list[str]:
    """Role words for the person named at ``start:end`` beyond the title before the name:
    a party-and-state tag after it, an apposition set off right before it and a post a
    relative clause after it gives (``relative_role``)."""
    out: list[str] = []
    tag = _TAG_AFTER.match(text, end, min(len(text), end + 24))
    if tag is not None:
        party, _, state = tag.group(1).partition("-")
        out.append(_PARTIES[party.lower()])
        place = STATES.get(re.sub(r"[^a-z]", "", fold(state)))
        if place is not None:
            out.extend(place.split())
    before = _BEFORE.search(text, max(0, start - 70), start)
    if before is not None and _headed_by_person(before.group(1)):
        out.extend(own_words(before.group(1)))
    return out + relative_role(text, end)


# A relative clause on a name that gives its post: a present copula and a description ("Ann
# Lee, who is the town's harbour master,"), or a verb of holding an office and what it is
# over ("Tom Varga, who chairs the harbour board,"). "whose" is someone else's post, and a
# past "was" a post left.
_RELATIVE_POST = re.compile(
    r"\s*,\s*who\s+(?:(?:is|has\s+been|became|serves\s+as|is\s+now)\s+"
    r"(?P<desc>(?:the|a|an)\s[^,.;:()\n]{2,60}?)|(?P<verb>[a-z]+)\s+"
    r"(?P<obj>(?:the|a|an)\s[^,.;:()\n]{2,60}?))\s*[,.;]"
)
# Verbs of holding an office, present tense (and "founded", a role kept for good), with the
# nouns that name their holder: "the chairwoman" is who "chairs" the board. Not "heads" or
# "coaches": "the head" and "the coach" are read as no one's role (``for_a_person``).
_OFFICE_VERBS = {
    "chairs": ("chair", "chairman", "chairwoman", "chairperson"),
    "leads": ("leader",),
    "manages": ("manager",),
    "directs": ("director",),
    "captains": ("captain",),
    "edits": ("editor",),
    "governs": ("governor",),
    "owns": ("owner",),
    "founded": ("founder",),
}


def relative_role(text: str, end: int) -> list[str]:
    """Role words of the post a relative clause right after the name ending at ``end``
    gives its holder ("Tom Varga, who chairs the harbour board," gives "chairman" and the
    board's words); none for a clause on anything else ("who met the board")."""
    post = _RELATIVE_POST.match(text, end, min(len(text), end + 100))
    if post is None:
        return []
    if post.group("desc"):
        return own_words(post.group("desc"))
    holders = _OFFICE_VERBS.get(post.group("verb"), ())
    return [*own_words(post.group("obj")), *holders] if holders else []


def own_words(description: str) -> list[str]:
    """The role words of a description that are its holder's own: none from a person
    after its head's preposition ("a lawyer for the mayor" gives "lawyer") or before a
    possessive ("the mayor's lawyer" gives "lawyer"); a place or body there stays ("the
    mayor of Orsk" gives "mayor", "orsk")."""
    words = description.split()
    for i in range(len(words) - 1, -1, -1):
        if person_possessive(words[i]):
            words = words[i + 1 :]  # the possessor and its own words describe another
            break
    at = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), None)
    if at is not None and _names_person(_head(words[at + 1 :])):
        words = words[:at]
    return role_words(" ".join(words))


def person_possessive(word: str) -> bool:
    """A possessive of a word for a person ("mayor's", "Senator's"): whose the title after
    it is, never the title's holder."""
    stem = _POSSESSIVE_END.sub("", word.strip(',;:()"\u201c\u201d'))
    return stem != word.strip(',;:()"\u201c\u201d') and _names_person(stem)


def _head(words: list[str]) -> str:
    """A phrase's head noun: the word before its first preposition, else its last word."""
    at = next((i for i, w in enumerate(words) if i and w.lower() in _PREPOSITIONS), len(words))
    return words[at - 1].strip(",.;:'\u2019\"") if at else ""


def _names_person(word: str) -> bool:
    """A head word that is a person's: a capitalised word only as a known noun for a person
    ("the Mayor"), since a place may end like one ("Manchester", "Windsor")."""
    if not word:
        return False
    if word[:1].isupper():
        low = singular(word.lower())
        return low in HUMAN_NOUNS and not a_body(low)
    return for_a_person(word)


def role_words(text: str) -> list[str]:
    """The words of a role description that can name a role: lower case, no articles or
    possessives, no age, abbreviated titles spelled out."""
    words = _LOWER_WORD.findall(fold(text))
    stop = {"the", "a", "an", "of", "s", "his", "her", "its", "their"} | _AGE_WORDS
    return [title_word(w) for w in words if w not in stop and len(w) > 1]


def unranked(words: list[str]) -> list[str]:
    """The role words of a title, in reading order, before its first rank word ("shadow",
    "deputy", "former"): the words after a rank name another office ("Velmora shadow
    chancellor" holds "velmora" but is no chancellor), so only these may stand for the
    plain office. A rank heading the title ("the chancellor's deputy") leaves none: its
    holder is the rank, and the words before it name whose."""
    if words and words[-1] in ROLE_RANKS:
        return []
    for i, word in enumerate(words):
        if word in ROLE_RANKS:
            return words[:i]
    return words


def for_a_person(word: str) -> bool:
    """Whether a description's head noun is a word for a person or their office ("senator",
    "scriptwriter", "spokeswoman"), not a thing ("video", "decision", "statement")."""
    low = singular(word.lower())
    if a_body(low):
        return False  # "the campaign", "the council": a body of people, not one
    return low in HUMAN_NOUNS or low in TITLE_WORDS.values() or low.endswith(_PERSON_ENDINGS)


# Words of ``TITLES`` that only qualify an office ("the", "former", "prime", "foreign"):
# never the word for the person.
_QUALIFIERS = frozenset(
    ["the", "former", "late", "vice", "prime", "foreign", "defence", "defense", "acting", "interim"]
)
# Offices with no place in the lists of titles before a name, which a capitalised
# description may end with ("The Treasurer", "The Auditor").
_OFFICES = frozenset({"treasurer", "auditor", "comptroller", "solicitor", "coroner", "registrar"})
# Heads of one-word compound roles ("harbourmaster", "gatekeeper", "ombudsman").
_COMPOUND_HEADS = ("master", "keeper", "man", "woman", "person")
PERSON_NOUNS = (HUMAN_NOUNS | TITLES | RANKS | _OFFICES | frozenset(TITLE_WORDS.values())) - (
    _QUALIFIERS
)


def a_person_noun(word: str) -> bool:
    """Whether a word is one of the listed words for a person or their office ("minister",
    "treasurer", "harbourmaster"), not merely shaped like one: the "-er" and "-or" of
    ``for_a_person`` end newspapers' names too ("Ledger", "Mirror", "Monitor")."""
    low = singular(word.lower())
    if a_body(low):
        return False
    return low in PERSON_NOUNS or low.endswith(_COMPOUND_HEADS)


def person_title(low: str) -> bool:
    """A lower-case word that titles a person right before their name ("producer Ann
    Lee", "director Tom Hale"): a noun for one person, never a body ("the party Ann Lee
    founded")."""
    return low in HUMAN_NOUNS and not a_body(low)


def apposed(phrase: str | None) -> tuple[str, ...]:
    """The parts of a speaker phrase that is a name and a description set off by a comma
    ("Ann Lee, director of the port", "the port's director, Ann Lee"): either part may be
    the name the story knows."""
    if not phrase or "," not in phrase:
        return ()
    first, _, rest = phrase.partition(",")
    last = rest.rsplit(",", 1)[-1]
    return (first.strip(), last.strip())


def ends_sentence(raw: str) -> bool:
    """A word as written ends a sentence: a full stop after it that no abbreviated title
    ("Sen.", "Dr.") or initial ("M.") explains. A title run before a name stops there:
    "... said Lee. Hale" gives Hale no title from the sentence before."""
    word = raw.rstrip("\"')\u201d\u2019")
    if not word.endswith("."):
        return False
    stem = fold(word.rstrip(".").lstrip('("\u201c'))
    return not (stem in TITLE_WORDS or stem in TITLES or len(stem) <= 1)


def _headed_by_person(description: str) -> bool:
    """A description's head, the word before its first preposition or its last word, is a
    word for a person ("the speaker of the assembly", "the show's producer"); a clause set off
    before a name ("the senator left the race, Lee said") is none."""
    return for_a_person(_head(description.split()))


def a_group(word: str) -> bool:
    """A plural of a word for a person ("democrats", "republicans", "veterans"): members
    of a group, who are never the party or body named after them."""
    low = word.lower()
    one = singular(low)  # "witness" is its own singular: one person, no plural
    return low.endswith("s") and one != low and person_title(one)
