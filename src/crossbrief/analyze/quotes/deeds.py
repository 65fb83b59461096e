"""Senses of reporting verbs that are deeds or references, not speech, read off the parse:
"attacked" a building, a vehicle or people with weapons (a physical attack, not a verbal
one), "for questioning" (held to be questioned, not asking), a person "cited by critics"
with no "as" of what they are cited for (an example named, no claim), and "quoted X as
saying" (the medium carried X's words: the participle "saying" is the cue, and X its
speaker)."""

from __future__ import annotations

from typing import Any

# Things hit with weapons, not with words: what a physical attack is on, whoever made it.
_TARGET_WORDS = """building station store shop truck car bus vehicle van lorry train ship
    boat ferry tanker vessel warehouse home checkpoint convoy patrol plane aircraft
    helicopter village barracks bridge garage depot outpost stall kiosk"""
_TARGETS = frozenset(w + s for w in _TARGET_WORDS.split() for s in ("", "s", "es"))
# Institutions and places, whose name also stands for the people in them: a person
# "attacked the ministry" or "the White House" with words; crowds, fighters and weapons
# attack the building.
_PLACE_WORDS = """bank office embassy consulate church mosque synagogue temple school
    hospital camp base market hotel ministry prison jail courthouse factory restaurant cafe
    port airport compound post house"""
_PLACES = frozenset(w + s for w in _PLACE_WORDS.split() for s in ("", "s", "es")) | {
    "headquarters",
    "factories",
    "facilities",
}

# What an attacker strikes with: weapons, missiles and fire, not words.
_WEAPON_WORDS = """rock stone bottle brick bomb firebomb grenade gun rifle knife machete
    sword stick club bat baton pipe axe hammer cocktail flare firework missile rocket shell
    mortar explosive spear arrow fist cobblestone gas petrol gasoline acid drone tank
    artillery weapon shotgun pistol crowbar iron bar chain tear"""
_WEAPONS = frozenset(w + s for w in _WEAPON_WORDS.split() for s in ("", "s", "es")) | {
    "knives",
    "cobbles",
}
# Who attacks with hands and weapons in news reports: crowds and fighters.
_FIGHTER_WORDS = """protester protestor demonstrator rioter youth gunman gunmen militant
    rebel insurgent troop soldier attacker assailant mob hooligan looter anarchist fighter
    raider intruder thug bomber sniper crowd gang"""
_FIGHTERS = frozenset(w + s for w in _FIGHTER_WORDS.split() for s in ("", "s")) - {"gunmans"}
# What a verbal attack names: how or why the target is wrong ("attacked the plan as
# reckless", "for its silence", "over the closure"), or the words ("saying ...").
_SPOKEN = frozenset({"as", "for", "over"})
# Nouns of time after "for"/"over" that say how long or how often, no reason ("for the
# third time", "over the weekend", "for hours").
_TIME_WORDS = """time times hour hours night nights weekend weekends day days week weeks
    month months year years minute minutes while"""
_TIMES = frozenset(_TIME_WORDS.split())
# Participles after the attack that give its words ("attacked the plan, saying ...").
_SAYING_WORDS = "saying adding calling claiming arguing accusing charging insisting warning"
_SAYING = frozenset(_SAYING_WORDS.split())


def physical_attack(tok: Any) -> bool:
    """An "attacked" of weapons or of a building, a vehicle or a place ("attacked a ferry",
    "attacked officers with stones", "protesters attacked police", "the office was attacked
    by rioters"); "attacked the plan as reckless" or "attacked Lee for his silence" stays."""
    kids = list(tok.children)
    if any(c.dep_ == "prep" and c.lower_ in _SPOKEN and not _of_time(c) for c in kids):
        return False
    if any(c.dep_ in {"ccomp", "advcl"} and c.lower_ in _SAYING for c in kids):
        return False  # "attacked Lee, saying ...": the words follow ("injuring" gives none)
    withs = [g for c in kids if c.dep_ == "prep" and c.lower_ == "with" for g in _heads(c)]
    if any(w.lower_ in _WEAPONS for w in withs):
        return True
    targets = [g for c in kids if c.dep_ in {"dobj", "nsubjpass"} for g in _nouns(c)]
    if any(t.lower_ in _TARGETS for t in targets):
        return True
    agents = [
        *(c for c in kids if c.dep_ == "nsubj"),
        *(g for c in kids if c.dep_ == "agent" for g in _heads(c)),
    ]
    if any(t.lower_ in _PLACES for t in targets) and not agents:
        return True  # "the embassy was attacked": no one named who could have spoken
    return any(a.lower_ in _FIGHTERS for g in agents for a in _nouns(g))


def _of_time(prep: Any) -> bool:
    """A "for"/"over" of how long or how often ("for the third time", "over the weekend")."""
    return any(o.dep_ == "pobj" and o.lower_ in _TIMES for o in prep.children)


def for_questioning(tok: Any) -> bool:
    """ "summoned for questioning", "detained for questioning": the one held is questioned
    by the police; no one's words are given. "has been questioning the board" stays."""
    return tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "pobj"} and tok.head.lower_ == "for"


def cited_no_claim(tok: Any) -> bool:
    """A passive "cited by" with no "as" of what it shows ("Lee is often cited by critics
    who ..."): a name or an example given, no claim; "cited by critics as proof that ..."
    stays."""
    kids = list(tok.children)
    return any(c.dep_ == "nsubjpass" for c in kids) and not any(
        c.dep_ == "prep" and c.lower_ == "as" for c in kids
    )


def quoted_as_saying(tok: Any) -> Any:
    """The person a medium "quoted ... as saying" (the object of "quoted", or the subject of
    its passive), when a participle of saying follows "as" and no "not" or "No paper"
    denies it ("did not quote Lee as saying" gives Lee no words); else None."""
    return _person(tok) if _saying(tok) is not None and not quote_denied(tok) else None


def saying_carries(tok: Any) -> bool:
    """Whether the "saying" after "quoted ... as" has the words after it ("as saying the pier
    would close", 'as saying: "..."'), so that it, not "quoted", is their cue; words put
    before ("The pier is shut, Lee was quoted as saying") are the cue "quoted"'s."""
    saying = _saying(tok)
    if saying is None or _person(tok) is None:
        return False
    if quote_denied(tok):
        return False  # "did not quote Lee as saying": "quoted" keeps the cue and its denial
    if any(c.dep_ in {"ccomp", "xcomp", "dobj"} and c.i > saying.i for c in saying.children):
        return True
    after = [t for t in tok.doc[saying.i + 1 : saying.i + 3] if t.text != ","]
    return bool(after) and after[0].text in _OPENING


def quote_denied(tok: Any) -> bool:
    """A "quoted" with its own "not"/"never" or a subject that denies anyone quoted ("No
    paper quoted ...")."""
    # imported here: negation reads quote contexts, whose lexicon reads these senses
    from crossbrief.analyze.quotes.negation import negative_subject

    return any(c.dep_ == "neg" for c in tok.children) or negative_subject(tok) is not None


# What opens words right after "saying": a colon or an opening quote mark.
_OPENING = frozenset({":", '"', "\u201c", "``", "'", "\u2018"})


def _saying(tok: Any) -> Any:
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            verb = next(
                (c for c in prep.children if c.dep_ in {"pcomp", "pobj"} and c.pos_ == "VERB"),
                None,
            )
            if verb is not None:
                return verb
    return None


def _person(tok: Any) -> Any:
    return next((c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}), None)


def _heads(prep: Any) -> list[Any]:
    """The objects of a preposition with the ones joined to them ("with stones and bottles")."""
    return [g for o in prep.children if o.dep_ == "pobj" for g in _nouns(o)]


def _nouns(noun: Any) -> list[Any]:
    """A noun, the nouns joined to it, and the noun of its "of" ("dozens of youths")."""
    out = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    out += [g for n in list(out) for c in n.children if c.lower_ == "of" for g in c.children]
    return out
