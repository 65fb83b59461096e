"""Spans that name no entity though the NER tags one (a unit, a measure, a computing part, a
word in lower case), and names whose kind the words around them give away (a vessel or an
aircraft is no person; "iVela" is no place)."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.vocabulary import (
    DEGREES,
    DOCTORATES,
    PERSON_TITLES,
    degree_form,
)
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# Units of measure news prints after a number ("8GB", "2.4 GHz", "3.45pm", "120 mph").
_UNIT = (
    r"(?:[KMGTP]B|[KMGT]Hz|Hz|[KMG]bps|mAh|[kMG]?W|fps|dpi|ppi|rpm|mph|kph|km|cm|mm|nm|kg|mg"
    r"|ml|lbs?|oz|ft|in(?:ch(?:es)?)?|(?:mega)?pixels?|[ap]\.?m\.?)"
)
_MEASURE = re.compile(rf"^\d[\d,.]*(?:\s|-)?{_UNIT}$", re.IGNORECASE)
# A clock's "a.m."/"p.m." written spaced ("3: 30 a. m."), alone or run on into the day after
# it ("a. m. Tuesday"): a time, never a person's initials.
_SPACED_CLOCK = re.compile(
    r"^[ap]\.[ \t]m\.?(?:[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?$", re.IGNORECASE
)
_UNIT_ALONE = re.compile(rf"^{_UNIT}$")
# A number right before a span, with a space or a hyphen between ("8 GB", "4-GB").
_NUMBER_BEFORE = re.compile(r"\d[ \t-]?$")
# ... but a year is no amount ("the 2024 GB team"): the letters after it name something.
_YEAR_BEFORE = re.compile(r"(?<![\d,.])(?:19|20)\d\d[ \t-]?$")
# Computing acronyms that name a kind of part, port or format, never one company or place.
_COMPUTING = frozenset(
    {"RAM", "DRAM", "SDRAM", "ROM", "CPU", "GPU", "USB", "HD", "HDD", "SSD", "LCD", "LED"}
    | {"OLED", "DVD", "HDMI", "HDCP", "EDR", "DDR", "DDR2", "DDR3", "WLAN", "GPS", "LTE"}
    | {"PDF", "HTML", "URL", "Wi-Fi", "WiFi"}
)
# Kinds of security, fund and share offering written as capitals ("ETF shares", "an IPO",
# "REIT funds"): a kind of thing, never one company, whatever the NER said; a fund's or a
# firm's own letters before them ("the Orvex ETF") stay a name.
_SECURITIES = frozenset({"ETF", "ADR", "ADS", "GDR", "REIT", "IPO", "SPAC", "ETN", "CDO", "CDS"})
# ... though one may be a country's letters ("the GDR"), which the NER tags a place
_PLACES_AND_PEOPLES = frozenset({"GPE", "LOC", "NORP"})
# Initialisms of common nouns, of a document, a device, a measure or a procedure ("ID
# cards", "carry ID", "GDP grew", "an SUV"): a kind of thing, never one body; the NER often
# tags them one, and "ID" a body at the top of a brief. Not those that are also a body's own
# letters in news ("CCTV", a broadcaster; "DNA", a prosecutors' office). A place's tag keeps
# them ("ID" is also a state's postal code).
_COMMON_INITIALISMS = frozenset({"ID", "GDP", "SUV", "ATM", "SMS", "IVF", "MRI"})
# Vessels and aircraft: the name right after one is the craft's own ("the yacht Velora",
# "maxi Velora", "the tanker Orla Star").
_CRAFT_WORDS = frozenset(
    {"yacht", "yachts", "maxi", "sloop", "ketch", "schooner", "catamaran", "trimaran"}
    | {"boat", "boats", "ship", "ships", "vessel", "vessels", "ferry", "tanker", "freighter"}
    | {"trawler", "liner", "frigate", "destroyer", "cruiser", "submarine", "tug"}
    | {"helicopter", "helicopters", "aircraft", "airplane", "plane", "jet", "airliner"}
    | {"chopper", "spacecraft", "spaceship", "orbiter", "lander", "shuttle"}
)
# A verb too ("vans shuttle Ann Lee"): the craft's noun only after "the" or "space" ("the
# shuttle Velora", "space shuttle Velora"), or after its name ("the Velora shuttle").
_VERB_CRAFTS = frozenset({"shuttle"})
_CRAFT_NOUN = "(?:" + "|".join(sorted(_CRAFT_WORDS, key=len, reverse=True)) + ")"
_NOUN_BEFORE_VERB_CRAFT = frozenset({"the", "space"})
# The capitalised words right after such a noun ("maxi Velora Star", "the ship Queen of Orla").
_NAME_AFTER = re.compile(r"[ \t]+([A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'\u2019-]*)*)")
# The next name of a list ("..., Orla and Brenna").
_LISTED_NAME = re.compile(
    r"(?:,|,?[ \t]+and)[ \t]+([A-Z][\w'\u2019-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w'\u2019-]*)*)"
)
# ... and a name tagged a person right before one is its model ("a Vela Hawk helicopter"),
# or a spacecraft's module, named by its function ("the Velora control module").
_CRAFT_AFTER = re.compile(
    rf"[ \t]+(?:{_CRAFT_NOUN}|(?:(?:command|service|control|connecting|lunar|docking"
    r"|laboratory|habitation|cargo|crew)[ \t]+)?module)\b",
    re.IGNORECASE,
)
# ... unless the noun itself qualifies an event or people ("the Tom Bell plane crash"):
# the person is whom the crash is named after, not a model; a shuttle's diplomacy is a
# go-between's.
_EVENT_AFTER = re.compile(
    r"[ \t]+(?:crash|crashes|accident|disaster|pilot|pilots|crew|diplomacy)\b", re.I
)
# A verb whose subject acts on a craft, right after the name: the name opens a clause whose
# object is the craft ("the ships Velmora sent", "the plane Tom Bell was flying"), so it is
# the sender, the owner or the pilot, not the craft.
_ACTS_ON_CRAFT = re.compile(
    r"[ \t]+(?:(?:was|were|is|are|had|has|have|had[ \t]+been|has[ \t]+been)[ \t]+)?"
    r"(?:(?:sent|sends|bought|buys|ordered|owned|owns|chartered|piloted|piloting|skippered"
    r"|skippering|captained|commanded|leased|deployed|sold|hired|boarded|used|uses|built"
    r"|steered|steering|operated|operating)\b"
    # a craft flies and sails too: only with no place or direction after the verb
    r"|(?:flew|flown|flying|sailed|sailing)\b(?![ \t]+(?:to|into|from|over|across|through|in"
    r"|at|off|out|home|back|around|past|toward|towards|for|on|under|near|up|down|away|with"
    r"|by|low|high|north|south|east|west)\b))"
)
# A determiner, then a craft noun, right before a span: "the ferry", "a tanker", "its jet".
_DETERMINER_CRAFT = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)[ \t]+{_CRAFT_NOUN}[ \t]+$", re.I
)
# A lower-case letter, then a capital: a product's shape ("iVela", "eReader"), no place's.
_PRODUCT_SHAPE = re.compile(r"^[a-z][A-Z]\w")
_NOT_PRODUCTS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
# Countries and peoples: a story names them too often to retype them all from one sentence
# that may have been misread (bodies, ORG, are never retyped there either).
_NATIONS = frozenset({"GPE", "NORP"})


# A pronunciation guide ("EK-vuh-rah"): syllables joined by hyphens, the stressed one in
# capitals and another in lower case; a name's parts are capitalised ("Velo-Tel") or all
# capitals ("BBC-ITV"), and two parts may be a name and a suffix ("US-led").
_RESPELLING = re.compile(
    r"^(?=.*(?:^|-)[A-Z]+(?:-|$))(?=.*(?:^|-)[a-z]+(?:-|$))(?:[A-Z]+|[a-z]+)(?:-(?:[A-Z]+|[a-z]+)){2,}$"
)


# A lower-case word run into a number opening a span ("number-10 jersey", "no.7 shirt"): a
# description of a thing by its number, as no name opens.
_NUMBERED_WORD = re.compile(r"^[a-z]+[-.]?\d")


def is_no_name(raw: str, body: str, start: int, label: str = "") -> bool:
    """Whether a span names nothing: one word with no capital letter ("us", "pixels", a
    byline's initials), a measure ("8GB", "3.45pm"), a unit right after a number ("8 GB";
    a clock's spaced "a. m.", with the day it runs into: "3: 30 a. m. Tuesday"), a
    computing part or format ("RAM", "USB"), a pronunciation guide ("EK-vuh-rah"), a word
    run into a number ("number-10 jersey"), a kind of security ("ETF", "IPOs") or an
    initialism of a common noun ("ID", "DNA") unless ``label``, the NER's, is a place's or a
    people's: "GDR" is a country too. Words in lower case stay ("the coast guard"): a description,
    which roles and quotes may resolve."""
    text = raw.strip()
    if " " not in text and not any(c.isupper() for c in text) and not text.isdigit():
        return True
    # Each pattern needs a character checked first far more cheaply: two hyphens, a
    # lower-case opening letter.
    if (text.count("-") >= 2 and _RESPELLING.match(text)) or (
        text[:1].islower() and _NUMBERED_WORD.match(text)
    ):
        return True
    if _MEASURE.match(text) or text in _COMPUTING:
        return True
    if text.removesuffix("s") in _SECURITIES and label not in _PLACES_AND_PEOPLES:
        return True
    if text.removesuffix("s") in _COMMON_INITIALISMS and label not in _PLACES_AND_PEOPLES:
        return True
    if _SPACED_CLOCK.match(text):
        return bool(_NUMBER_BEFORE.search(body, max(0, start - 3), start))
    if not _UNIT_ALONE.match(text) or not _NUMBER_BEFORE.search(body, max(0, start - 3), start):
        return False
    return not _YEAR_BEFORE.search(body, max(0, start - 6), start)


_COMMA_BEFORE = re.compile(r",[ \t]*$")
_DEGREE_AFTER = re.compile(r"[ \t]+degrees?\b")


def is_credential(raw: str, body: str, start: int, end: int, person_ends: set[int]) -> bool:
    """Whether a span is a degree: a doctorate anywhere, or a credential after a comma that
    follows a person's name or another credential ("Kiri Dosa, MD, MBA"), or before
    "degree" ("her MD degree"). "Velton, MD" stays a place."""
    # One table with the quote ledger's (``vocabulary.DEGREES``); a doctorate spells no place
    # or body, the others may ("MD" for a state, "MBA" for an association): only after a person.
    form = degree_form(raw)  # "M. D." as some sources space it
    if form not in DEGREES:
        return False
    if form in DOCTORATES or _DEGREE_AFTER.match(body, end):
        return True
    comma = _COMMA_BEFORE.search(body, max(0, start - 4), start)
    if comma is None:
        return False
    if comma.start() in person_ends:
        return True
    # After another credential only if that one is a credential itself ("Kiri Dosa, MD,
    # DC"): in "from MD, DC and VA" the letters before the comma are a state's.
    before = body[max(0, comma.start() - 6) : comma.start()].split()
    if not before or degree_form(before[-1]) not in DEGREES:
        return False
    prior = comma.start() - len(before[-1])
    return is_credential(before[-1], body, prior, comma.start(), person_ends)


def craft_label(raw: str, body: str, start: int, end: int, label: str) -> str:
    """The label of a name that is a vessel or an aircraft, or a product by its shape
    ("iVela"): PRODUCT; otherwise ``label`` as it was."""
    if label == "PRODUCT":
        return label
    if _after_craft_noun(body, start, end, label):
        return "PRODUCT"  # "the yacht Velora": whatever the NER said
    if label == "PERSON" and model_of_craft(body, end):
        return "PRODUCT"  # "a Vela Hawk helicopter"; not a maker ("a Velo jet", ORG)
    if label in _NOT_PRODUCTS and _PRODUCT_SHAPE.match(raw.strip()):
        return "PRODUCT"
    return label


def _after_craft_noun(body: str, start: int, end: int, label: str) -> bool:
    """Whether a span names the craft whose noun comes right before it: not when it opens a
    clause acting on the craft ("the ships Velmora sent"), and a body only after a
    determiner, since "ferry" and "tug" are verbs too ("boats ferry Velo Aid teams")."""
    if not named_as_craft(body, start) or _ACTS_ON_CRAFT.match(body, end):
        return False
    return label != "ORG" or bool(_DETERMINER_CRAFT.search(body, max(0, start - 30), start))


def model_of_craft(body: str, end: int) -> bool:
    """Whether a craft noun right after a span makes it a model ("a Vela Hawk helicopter")
    or a spacecraft's module ("the Velora control module"), not the person a crash, a crew
    or a diplomacy is named after ("the Tom Bell plane crash")."""
    after = _CRAFT_AFTER.match(body, end)
    return after is not None and not _EVENT_AFTER.match(body, after.end())


def named_as_craft(body: str, start: int) -> bool:
    """Whether a vessel or aircraft noun comes right before a span ("the yacht Velora"),
    "shuttle", also a verb, only after "the" or "space" ("the shuttle Velora")."""
    before = body[max(0, start - 24) : start]
    if before[-1:] not in {" ", "\t"}:
        return False
    words = before.split()
    # the window's first word may be cut ("...plane" of "airplane"): only a whole one counts
    if not words or (len(words) == 1 and start > 24) or words[-1].lower() not in _CRAFT_WORDS:
        return False
    return words[-1].lower() not in _VERB_CRAFTS or _noun_before_verb_craft(words[:-1])


def _noun_before_verb_craft(words: list[str]) -> bool:
    """Whether the words before "shuttle" make it the craft's noun ("the", "space")."""
    return bool(words) and words[-1].lower() in _NOUN_BEFORE_VERB_CRAFT


def craft_names(body: str) -> set[str]:
    """The names an article writes right after a vessel or aircraft noun ("the maxi Velora"),
    and each name of a list after a plural one ("yachts Velora, Orla and Brenna"), tagged or
    not: the NER often misses them there and finds them elsewhere."""
    lower = body.lower()
    names = set()
    for noun in _CRAFT_WORDS:  # a find per noun: far cheaper than one regex at every word
        at = lower.find(noun)
        while at >= 0:
            end = at + len(noun)
            found = None if at and lower[at - 1].isalnum() else _NAME_AFTER.match(body, end)
            if found and noun in _VERB_CRAFTS:
                found = (
                    found if _noun_before_verb_craft(lower[max(0, at - 8) : at].split()) else None
                )
            while found and not _ACTS_ON_CRAFT.match(body, found.end()):
                names.add(found.group(1))
                found = _LISTED_NAME.match(body, found.end()) if noun.endswith("s") else None
            at = lower.find(noun, end)
    return names


def crafts_throughout(
    nodes: dict[str, KeyGroup], crafts: set[str], surnames: set[str], label: str = "PRODUCT"
) -> None:
    """A name the story calls a vessel or an aircraft ("the yacht Velora") is that craft
    (``label``; likewise a programme, WORK_OF_ART, and a piece of software, ``works``)
    wherever the NER took it for a person or a place other than a country or a people (one
    misread sentence must not retype a nation story-wide), unless it also names a person: a
    title, a form of address or a kinship noun before it, the surname of a full name, or a
    full name whose surname the story writes alone for a person ("Bell" of "Tom Bell")."""
    alone = {
        k for k, n in nodes.items() if " " not in k and any(m.type == "PERSON" for m in n.mentions)
    }
    for key in crafts:
        node = nodes.get(key)
        if node is None or key in surnames or key.split()[-1] in alone.difference({key}):
            continue
        if any(m.gender or m.relation or _titled(m.text) for m in node.mentions):
            continue
        for m in node.mentions:
            if m.type in _NOT_PRODUCTS and m.type not in _NATIONS:
                m.type = label
        node.changed()


def _titled(text: str) -> bool:
    """Whether a mention opens with a person's title ("Mr Velora", "the late Velora"),
    past a leading "the": the titles' list holds "the" for title runs ("the Rev. ..."), and
    a craft's name is mostly written after it ("the Velora")."""
    words = text.split()
    if len(words) > 1 and words[0].lower() == "the":
        words = words[1:]
    return fold(words[0]).strip(".") in PERSON_TITLES


# What may come before a sentence's first word: quote marks, brackets, dashes.
_OPENING = re.compile(r"[\s\"'`\u201c\u2018(\u2014-]*")
# A lower-case word right after: the capitalised word qualifies it ("Rally officials").
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


def capitalised_common_noun(story: Story, mentions: list[StoryMention]) -> bool:
    """Whether a group is one common noun ("Rally" beside "the rally") capitalised only where
    it opens a sentence or qualifies a lower-case noun after it ("Rally officials said"),
    never after "the" ("the House voted") and never standing as a name of its own."""
    if not all(
        m.common and m.kind == "name" and m.text.istitle() and " " not in m.text.strip()
        for m in mentions
    ):
        return False
    for m in mentions:
        analyzed = story.by_id[m.article]
        body = analyzed.article.text
        if _THE_BEFORE.search(body, max(0, m.start - 4), m.start):
            return False  # "the House voted": a name takes the article, a modifier none
        if _LOWER_AFTER.match(body, m.end):
            continue
        if not analyzed.sentences:
            return False
        first = analyzed.sentences[m.sentence].start
        if _OPENING.fullmatch(body, first, m.start) is None:
            return False
    return True
