"""The words entity grouping knows by heart, and its few documented hyper-parameters.

Titles, role nouns, name connectors and the like: closed classes of English news style,
not lists of particular people or places.
"""

from __future__ import annotations

import re

from crossbrief.analyze.timex.words import WEEKDAYS as TIME_WEEKDAYS

# The title lists live with analysis, which reads them too; entity grouping imports them here.
from crossbrief.analyze.titles import COURTESY_TITLES as COURTESY_TITLES
from crossbrief.analyze.titles import MILITARY_RANKS as MILITARY_RANKS
from crossbrief.analyze.titles import PERSON_TITLES as PERSON_TITLES
from crossbrief.analyze.titles import RANK_HEADS as RANK_HEADS
from crossbrief.analyze.titles import TITLES as TITLES

# Head nouns of institutions a title word may qualify ("Defence Ministry", "Foreign Office").
INSTITUTIONS = frozenset(
    {
        "ministry",
        "office",
        "department",
        "council",
        "committee",
        "commission",
        "agency",
        "bureau",
        "service",
        "staff",
        "command",
        "court",
        "cabinet",
        "secretariat",
    }
)
# Head nouns of member bodies: a name that runs on from a known body's name and ends with
# one names a body of its own ("the Velmora League Players Union" bargains with the league).
MEMBER_BODIES = frozenset(
    {"association", "union", "league", "federation", "confederation", "club", "society"}
    | {"guild", "alliance", "syndicate", "board", "council"}
)
BODY_HEADS = INSTITUTIONS | MEMBER_BODIES
# Heads of firms' names that are no one's surname: a title word before them opens the firm's
# name ("General Velmora Motors", "Admiral Insurance"), as it does an institution's.
FIRM_HEADS = frozenset(
    {"motors", "insurance", "assurance", "electric", "dynamics", "foods", "airlines"}
    | {"airways", "industries", "holdings", "pharmaceuticals", "petroleum", "chemicals"}
    | {"logistics", "communications", "entertainment", "brands", "financial", "bancorp"}
)
# Nouns of a kind of firm, as a regex alternation: before its name ("the insurer Velmar")
# or set beside it ("Velmar, the retailer,"); plural ones of a trade name a firm too.
FIRM_NOUNS = (
    r"(?:firm|company|bank|insurer|reinsurer|carmaker|automaker|airline|retailer|lender"
    r"|conglomerate|brokerage|auditors|accountants|consultancy|bookmakers?)"
)
# Forms of address that only ever precede a person's name (unlike "Dr Pepper", "Lord Jim").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss"})
# Role nouns of news descriptors that neither the titles nor an agent ending give
DESCRIPTOR_NOUNS = frozenset(
    [
        "boss",
        "coach",
        "side",
        "team",
        "club",
        "chief",
        "executive",
        "champions",
        "holders",
        "captain",
        "skipper",
        "keeper",
        "chairwoman",
    ]
)
# Ends the key of a surname's mentions addressed to a woman, when a man shares the surname.
WOMAN_MARK = "\u2640"
# Role nouns, as a title before a name or in a description ("the French president"), and
# the role each names: spellings of one office share a role.
ROLE_NOUNS = {
    "president": "president",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "chancellor": "chancellor",
    "leader": "leader",
    "king": "king",
    "queen": "queen",
    "minister": "minister",
    "foreign minister": "foreign minister",
    "foreign secretary": "foreign minister",
    "secretary of state": "foreign minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "defence secretary": "defence minister",
    "defense secretary": "defence minister",
    "interior minister": "interior minister",
    "finance minister": "finance minister",
    "health minister": "health minister",
    "director": "director",
    "governor": "governor",
    "mayor": "mayor",
    "chief executive": "chief executive",
    "chief executive officer": "chief executive",
    "ceo": "chief executive",
    "chairman": "chair",
    "chairwoman": "chair",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
    "ambassador": "ambassador",
    "senator": "senator",
    "secretary-general": "secretary-general",
    "secretary general": "secretary-general",
}
# Roles a wider role noun may stand for: "the leader" of a country is its head, whatever the
# office; "the minister" any minister but the head of government.
ROLE_COVERS = {
    "leader": frozenset({"president", "prime minister", "chancellor", "king", "queen"}),
    "minister": frozenset(
        {"foreign minister", "defence minister", "interior minister", "finance minister"}
        | {"health minister"}
    ),
}
# Words that make a title another office ("Vice President", "former prime minister"): kept
# in the role, so "the president" is never the vice president or a former one.
ROLE_RANKS = frozenset(
    {"vice", "deputy", "assistant", "associate", "junior", "shadow", "former", "ex", "late"}
)
# Words that leave the office as it is ("Acting President").
ROLE_NEUTRAL = frozenset({"acting", "interim", "then", "newly", "new", "current"})
SUFFIXES = frozenset({"ii", "iii", "iv", "sr"})
# Generational suffixes a comma may set off ("Comeaux, Jr."); "jr" stays in the key.
GENERATIONS = SUFFIXES | {"jr"}
DETERMINERS = frozenset({"the", "a", "an"})
# A senior barrister's letters after a name ("Ann Lee QC"): no word of the name, so a
# speaker written with them finds the person. Not "SC", which ends clubs' names too.
POSTNOMINALS = frozenset({"qc", "kc"})
CORPORATE = frozenset({"inc", "corp", "co", "company", "corporation", "ltd", "llc", "plc"})
# Particles elided before a vowel that open a surname with an apostrophe ("dell'Arvo",
# "dall'Orsa", "d'Arvo"): an apostrophe of the name, no quote mark, and no lower-case word
# that ends the name.
ELIDED_PARTICLES = frozenset(
    {"d", "l", "dell", "dall", "nell", "sull", "coll", "all", "degl", "dagl", "negl", "sugl"}
)
# Lower-case words that may sit inside a name ("Bank of America", "Médecins sans Frontières").
CONNECTORS = frozenset(
    {
        "of",
        "and",
        "for",
        "the",
        "de",
        "du",
        "des",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "da",
        "bin",
        "al",
        "el",
        "on",
        "in",
        "at",
        "&",
        "sans",
        "y",
    }
)
# A game score or a weekday ends a name the NER ran on into a dateline or a result.
SCORE = re.compile(r"^\d+[-\u2013]\d+\W*$")
WEEKDAYS = frozenset(TIME_WEEKDAYS)
POSSESSIVE = re.compile(r"['\u2019]s?$")
# The same ending in running text, right after a name: "'s", or a bare apostrophe after a
# final s ("Lee's", "Jones' house"); not a closing quote mark after another letter.
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b|(?<=s)['\u2019](?!\w)")
INITIAL = re.compile(r"^[a-z]\.?$")
# A run of words to the left of a mention that may hold a title ("Israel's Prime Minister ").
TITLE_LEFT = re.compile(r"((?:[\w.\-'\u2019]+ ){1,5})$")
# One word of a role description before its role noun: a capitalised qualifier ("French",
# "U.S.", "Israel's"), an anaphoric possessive ("the company's") or a rank ("deputy").
_ROLE_WORD = (
    r"(?:[A-Z][\w.\-]*(?:['\u2019]s)?|[a-z]+['\u2019]s|"
    r"(?i:vice|deputy|assistant|associate|junior|shadow|former|acting|interim))"
)
# Any role noun, longest first so "prime minister" is not read as "minister".
ROLE_PHRASE = (
    "(?i:"
    + "|".join(
        re.escape(r).replace(r"\ ", r"\s+") for r in sorted(ROLE_NOUNS, key=lambda r: (-len(r), r))
    )
    + ")"
)
# "the Israeli prime minister", "the company's chief executive", "the prime minister of
# Israel": a definite description of an office (not a title before a name).
# (The look-ahead of the first letters changes no match: it lets the scan of every article
# skip to them.)
ROLE_TEXT = re.compile(
    r"(?=[TtM])"
    r"\b(?:[Tt]he|Mr\.?|Madam)\s+((?:" + _ROLE_WORD + r"\s+){0,3}?)(" + ROLE_PHRASE + r")\b"
    r"(?!\s+[A-Z])(?:\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
)
# The same description set off after a name: "Ann Lee, the Velmoran prime minister",
# "X, Velmora's prime minister", "X, the prime minister of Velmora". Set off on both sides:
# closed by punctuation, else the description is the next clause's subject ("After meeting
# Varga, the Velmoran prime minister flew home" gives Varga no office).
ROLE_AFTER = re.compile(
    r"\s*,\s+(?:(?:[Tt]he|an?)\s+)?((?:" + _ROLE_WORD + r"\s+){0,3}?)(" + ROLE_PHRASE + r")\b"
    r"(?!['\u2019]|\s+[A-Z])(?:\s+of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?"
    r"(?=\s*(?:[,;:)\].!?]|$))"
)
# Short names news uses for a few institutions and places, as name keys -> the full name's key
# ("the Fed" is the Federal Reserve): conventions no rule of spelling derives.
SHORT_NAMES = {"fed": "federal reserve", "mideast": "middle east"}
# Long-enough words may differ by one letter and still be one name (Hrynchenko/Grynchenko).
FUZZY_MIN_LETTERS = 6
# A surname shared by several full names goes to one of them only when it is named this many
# times more often than the next ("Varga" -> Tom Varga, not his sister).
DOMINANCE = 3
# A short first name ("Fred", "Chris") must have this many letters to stand for a longer one.
SHORT_NAME_MIN = 3
# A span longer than a known name is taken as that name run on when it is this rare.
OVERLONG_MAX = 2

# Words a title-case headline leaves in lower case ("Ostrel to Buy Harbour Software Maker").
HEADLINE_SMALL = frozenset({"a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or"})
HEADLINE_SMALL |= frozenset({"by", "with", "as", "from", "vs", "after", "over", "into"})
# Share of a line's other words that must be capitalised for it to read as a headline.
HEADLINE_CAPS = 0.8

# Last words of what is named after a person and never shortened to the person's name: a
# fund, a foundation, an award, a law ("the Ann Lee Memorial Fund"). Buildings are
# ("checked into Ida Brenn" is the Ida Brenn Center).
NAMED_AFTER_HEADS = frozenset(
    {"fund", "foundation", "memorial", "trust", "award", "awards", "prize", "scholarship"}
    | {"act", "bill", "law", "lecture", "institute"}
)
# Last words of a place named after another place it holds or lies by: a park, a range or a
# village named after its peak ("Mount Orsa National Park"), a reserve after its river.
PLACE_NAMED_AFTER_HEADS = frozenset(
    {"park", "range", "mountains", "forest", "reserve", "village", "valley", "glacier"}
    | {"sanctuary", "wilderness", "massif", "foothills"}
)

# Time zones ("12:43 GMT") and wire-service slugs ("6th graf prv", "3rd graf pvs"): text the
# NER tags as names that is never an entity.
TIME_ZONES = frozenset(
    {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest"}
    | {"eet", "eest", "msk", "ist", "jst", "kst", "hkt", "sgt", "wib", "aest", "aedt"}
)
WIRE_SLUG = re.compile(r"\bgrafs?\b")

TITLE_RUN = re.compile(r"((?:[A-Z][\w.'\u2019\-]*\s+)+)$")
NOT_TITLES = frozenset({"the", "state", "justice", "special"})

# Seats of government that news uses for the government itself ("the Kremlin said"): entities
# of their own in the panel (an office, not the country), known so that no team or short form
# ("House") takes them, and so the conflicts' name checks read them as the country's. A closed
# table of the best-known ones (name -> country as countryinfo names it); ministries,
# parliaments and agencies ("the Pentagon", "Westminster", "Congress") are institutions of
# their own and are deliberately absent.
SEATS_OF_GOVERNMENT = {
    "White House": "United States",
    "Kremlin": "Russia",
    "Downing Street": "United Kingdom",
    "Number 10 Downing Street": "United Kingdom",
    "Elysee": "France",
    "Elysee Palace": "France",
    "Blue House": "South Korea",
    "Cheong Wa Dae": "South Korea",
    "Zhongnanhai": "China",
    "Kantei": "Japan",
    "Bankova": "Ukraine",
    "Palazzo Chigi": "Italy",
    "Moncloa": "Spain",
    "Moncloa Palace": "Spain",
    "Casa Rosada": "Argentina",
    "Planalto": "Brazil",
    "Planalto Palace": "Brazil",
}


# Academic and professional degrees written after a name ("Ann Lee, MD", "Ph.D."): no one's
# name. One table, in lower case without spaces ("M. D." is "m.d."; ``degree_form``), read by
# the entity kinds (``kinds.is_credential``) and the quote ledger's speakers (``roles.degree``).
DEGREES = frozenset(
    {"md", "m.d.", "m.d", "phd", "ph.d.", "ph.d", "dc", "rn", "np", "dds", "dmd", "jd", "j.d."}
    | {"mph", "mba", "m.b.a.", "msw", "esq", "esq.", "cpa"}
)
# Doctorates written so that they spell no place or body ("MD" is a state, "MBA" may be an
# association): no entity wherever they stand.
DOCTORATES = frozenset({"phd", "ph.d.", "ph.d", "m.d.", "m.d"})


def degree_form(text: str) -> str:
    """A form as the degree tables spell it: lower case, without spaces ("M. D." -> "m.d.")."""
    return "".join(text.lower().split())
