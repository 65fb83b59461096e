"""Whether a speaker phrase can speak: a person, an organisation, a group of people, or a
pronoun for one ("the senator", "Lee", "the committee", "voters", "they"), not a thing
("the timing of the surge", "demographic shifts", "banners").

The md vectors cannot decide this (they give "report" and "official" one vector), so the
test is the named-entity label, a proper noun, or the phrase's head in a lexicon of nouns for
people and for bodies of people, or one of the suffixes English makes people with.
"""

from __future__ import annotations

from typing import Any

_PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "who", "whom", "me", "us"})
_RELATIVE = frozenset({"who", "that", "which", "whom"})
NAMED = frozenset({"PERSON", "ORG", "NORP", "GPE"})
# a day or an hour the tagger calls a proper noun ("Saturday", "May"); shares of people
# ("Forty percent of voters") are decided below
_NOT_SOMEONE = frozenset({"DATE", "TIME"})
# People by trade, by their part in a news story, and by kin, which news names in the plural
# as a subject ("Dockers walked out", "Villagers fled"); mostly "-er" and "-or" words, which
# no suffix rule can tell from things. Irregular plurals are listed as written.
_PEOPLE_WORDS = """docker miner driver builder baker butcher plumber carpenter labourer laborer
    porter cleaner firefighter lifeguard stevedore marcher demonstrator campaigner
    volunteer rescuer villager islander commuter traveller traveler lecturer researcher
    prisoner inmate detainee hostage pupil pensioner retiree taxpayer homeowner landowner
    landlord shareholder creditor lender borrower employer juror councillor councilor
    commissioner regulator auditor observer spectator athlete referee rioter looter mourner
    worshipper pilgrim plaintiff suspect surgeon paramedic medic midwife bystander onlooker
    settler trucker seafarer fisher logger rancher shepherd herder grower relative child kid
    children wives midwives"""
# People by role, kin or number, and bodies of people ("the campaign said").
_HUMAN_WORDS = (
    """person people man men woman women official spokesman spokeswoman spokesperson
    aide staff staffer adviser advisor voter resident citizen candidate president senator
    governor mayor leader lawmaker legislator member minister secretary chairman chairwoman
    chair director chief executive analyst expert critic rival nominee delegate superdelegate
    donor host moderator reporter journalist columnist editor author historian economist
    strategist pollster consultant lawyer attorney prosecutor police officer diplomat ambassador
    general commander soldier family parent mother father son daughter wife husband friend
    colleague ally crowd audience public electorate everyone someone anyone everybody somebody
    nobody other others many some few both all establishment elite elder conservative liberal
    progressive republican democrat independent evangelical veteran student worker employee
    owner neighbor neighbour victim witness immigrant refugee protester protestor fan follower
    base group committee campaign party administration government council court judge jury
    agency department ministry organization organisation company firm union coalition team panel
    board network newspaper magazine paper outlet station bank congress senate house parliament
    legislature state country nation city side camp wing caucus gop dnc rnc supporter backer
    speaker founder organizer organiser manager player teacher farmer investor commentator
    interviewer challenger defender insider outsider reader viewer listener caller partner
    writer trader banker fighter inspector investigator sponsor operator customer client
    shopper buyer consumer passenger visitor sailor survivor pilot doctor nurse physician
    advocate captain skipper engineer warden ranger guard clerk sheriff marshal priest bishop
    pastor imam rabbi cleric chef master keeper correspondent broker presenter """
    + _PEOPLE_WORDS
)
HUMAN_NOUNS = frozenset(_HUMAN_WORDS.split())
# Suffixes of nouns for people ("activist", "politician", "opponent"), and the heads of
# compound roles written as one word ("postmaster", "shopkeeper"); "-er" and "-or" end too
# many things ("weather", "motor"), so their people are listed above.
_HUMAN_SUFFIXES = ("ist", "ian", "ant", "ent", "man", "men", "woman", "women", "master", "keeper")
# "-ment" makes nouns of acts, states and results from verbs and adjectives ("argument",
# "temperament"), never of people, so its "-ent" is no person's ending; a body named so
# ("government") is listed above.
_ACT_SUFFIX = "ment"
# Other nouns with those endings that name things ("incident", "percent", "list"); the
# entity panel reads them too, for role nouns before a name.
_THING_WORDS = """event content talent percent incident accident plant grant restaurant
    warrant list twist wrist gist mist fist"""
THING_NOUNS = frozenset(_THING_WORDS.split())

# Parts of a group: as animate as the group ("most of the voters"); alone, of people.
_SHARE_WORDS = "percent half third quarter majority minority most share plurality handful dozen"
_SHARES = frozenset(_SHARE_WORDS.split())


def singular(word: str) -> str:
    """A plural noun's singular by its ending ("witnesses" -> "witness"); others as they are."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):  # "witnesses", "coaches"
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def animate(tok: Any) -> bool:
    """The phrase headed by ``tok`` names someone who can speak or act: a pronoun for a
    person, a name, or a noun for people or a body of people. A relative pronoun is as
    animate as what it stands for ("the ad, which says": not; "Lee, who says": yes)."""
    low = tok.lower_
    if low in _RELATIVE and tok.head.dep_ == "relcl":
        return low in {"who", "whom"} or animate(tok.head.head)
    if low in _PERSONAL:
        return True
    if tok.ent_type_ in _NOT_SOMEONE:
        return False
    if tok.ent_type_ in NAMED or tok.pos_ == "PROPN":
        return True
    word = singular(low)
    if tok.pos_ == "PRON" and low not in HUMAN_NOUNS:
        return False  # "it", "this", "that" outside a relative clause; not "some", "all"
    if word in _SHARES:  # "39 percent of voters", "half of them"
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        return obj is None or animate(obj)
    if word in HUMAN_NOUNS or low in HUMAN_NOUNS:
        return True
    if word in THING_NOUNS or low in THING_NOUNS or word.endswith(_ACT_SUFFIX):
        return False
    return word.endswith(_HUMAN_SUFFIXES)


def person_word(low: str) -> bool:
    """Whether a lower-case word, alone, is a noun for a person ("historian", "welshman",
    "skipper") by the lists and endings ``animate`` reads, not a thing ("incident")."""
    word = singular(low)
    if word in HUMAN_NOUNS or low in HUMAN_NOUNS:
        return True
    if word in THING_NOUNS or low in THING_NOUNS or word.endswith(_ACT_SUFFIX):
        return False
    return word.endswith(_HUMAN_SUFFIXES)
