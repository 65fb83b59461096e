"""Gender cues of person mentions, so that "Mr. Velko" and "Ms. Khan" find the right full name.

Read from the story's text only, in three strengths:

- a form of address on the mention ("Mr.", "Ms.", "Mrs.") or a kinship noun right before it
  ("her son, Tomas Velko", "his wife Leila"): *sure*;
- the first personal pronoun after the name in its sentence ("Leila Velko says she ..."):
  *weak*, as "him" may be someone else's; it counts only when the cues of a full name agree;
- the first name itself, from the given-name table of ``analyze.gender`` (the
  ``nomquamgender`` data): *sure* when the name is clearly one gender's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crossbrief.analyze.gender import given_name_gender
from crossbrief.analyze.timex.words import number
from crossbrief.analyze.titles import PERSON_TITLES, RANKS
from crossbrief.synthesize.entities.title_runs import role_noun
from crossbrief.synthesize.entities.vocabulary import DESCRIPTOR_NOUNS, FEMALE_HONORIFICS
from crossbrief.synthesize.text import fold

MALE = "m"
FEMALE = "f"

_ADDRESS = {"mr": MALE, **{h: FEMALE for h in FEMALE_HONORIFICS}}
_KIN = {
    **dict.fromkeys(
        ("son", "husband", "father", "brother", "nephew", "grandson", "widower", "uncle"), MALE
    ),
    **dict.fromkeys(
        ("daughter", "wife", "mother", "sister", "niece", "granddaughter", "widow", "aunt"),
        FEMALE,
    ),
}
# "her son, Tomas Velko", "his wife Leila": a kinship noun set right before the name.
# The look-aheads of the first letters change no match: they let the searches of a window
# before a name skip to the letters a kinship noun starts with (half the cost of the search).
_KIN_WORDS = "|".join(_KIN)
_KIN_FIRST = "[" + "".join(sorted({k[0] for k in _KIN})) + "]"
_KIN_BEFORE = re.compile(rf"(?={_KIN_FIRST})\b({_KIN_WORDS})s?,?[ \t]+$", re.IGNORECASE)
_KIN_REACH = max(map(len, _KIN)) + 4
# "his father, Velmora coach Tomas Velko": a role between the kinship noun and the name, as
# a descriptor (a few capitalised words, its owner's, and one or two lower-case words ending
# in a role noun) is set before a name in news style.
_KIN_DESCRIBED = re.compile(
    rf"(?=(?i:{_KIN_FIRST}))\b((?i:{_KIN_WORDS}))s?,?[ \t]+(?:[A-Z][\w.&'\u2019-]*[ \t]+){{0,3}}"
    r"(?:[a-z][a-z-]*[ \t]+)?([a-z][a-z-]*)[ \t]+$"
)
_KIN_DESCRIBED_REACH = 70
# The look-ahead for the first letter changes no match: it lets the search skip to the letters
# a pronoun can start with, which a leading ``\b`` keeps it from (half the cost, once a name).
_PRONOUN = re.compile(r"(?=[hs])\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE)
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
# How far after a name its pronoun may be, in characters.
_PRONOUN_REACH = 80
# A sure cue outweighs this many pronouns.
_SURE = 3


def address_gender(text: str) -> str | None:
    """The gender a mention's form of address gives ("Mrs. Velko" -> female), if any."""
    words = text.split()
    return _ADDRESS.get(fold(words[0]).strip(".")) if len(words) > 1 else None


def sure_gender(body: str, start: int, text: str, sentence_start: int | None = None) -> str | None:
    """The gender of a mention from its form of address or a kinship noun before it (not one
    that ends an opening clause: ``kin_before``)."""
    found = address_gender(text)
    if found:
        return found
    kin = kin_before(body, start, sentence_start, start + len(text)) or kin_after(
        body, start + len(text)
    )
    return _KIN[kin.group(1).lower()] if kin else None


# A sentence opening with a subordinating conjunction or a preposition: its first comma
# closes that opening clause or phrase ("When he left his wife, ...", "Like his brother, ...").
# Not "As": "As his widow, Mira Velko ..." is the widow herself.
_OPENER = re.compile(
    r"[\s\"'`\u201c\u2018(]*(?:When|Whenever|After|Before|While|Whilst|If|Although|Though"
    r"|Because|Since|Once|Until|Unless|Like|Unlike|Despite|With|Without|Besides|Having)\b[^,;:]*$"
)


def kin_before(
    body: str, start: int, sentence_start: int | None = None, end: int | None = None
) -> re.Match[str] | None:
    """The kinship noun set right before a name ("her son, Tomas Velko"), if any. With the
    start of the name's sentence, a comma after the noun that closes the sentence's opening
    clause sets no apposition: in "When he hit his wife, Velko left" the name is the main
    clause's subject, not the wife. A name that a comma also closes (its ``end`` given) is
    an apposition inside the clause: "When his wife, Mira Velko, arrived, ..."."""
    kin = _KIN_BEFORE.search(body, max(0, start - _KIN_REACH), start) or _kin_described(body, start)
    if kin is None or sentence_start is None or "," not in kin.group(0):
        return kin
    if end is not None and _APPOSITION_CLOSED.match(body, end):
        return kin
    comma = kin.start() + kin.group(0).index(",")
    return None if _OPENER.match(body, sentence_start, comma) else kin


def _kin_described(body: str, start: int) -> re.Match[str] | None:
    """The kinship noun before a name with a role set between them ("his father, Velmora
    coach Tomas Velko"), if the words between end in a role noun; a verb there ("his father,
    then met Tomas Velko") makes no apposition."""
    kin = _KIN_DESCRIBED.search(body, max(0, start - _KIN_DESCRIBED_REACH), start)
    if kin is None:
        return None
    # a kinship noun run into a lower-case noun with no comma ("sister company boss", "mother
    # club coach") is a compound of things: the role is the thing's, nobody's relative
    after = body[kin.end(1) : kin.end()].removeprefix("s")
    if not after.startswith(",") and after.lstrip()[:1].islower():
        return None
    role = kin.group(2)
    return kin if role in DESCRIPTOR_NOUNS or role_noun(role) else None


# A comma after the name closes an apposition inside the opening clause when the clause's
# verb and its own comma follow ("When his wife, Mira Velko, 41, arrived, ..."); an age
# alone after it ("..., Ann Lee, 41, moved to Tessaly.") sets off the main clause's subject.
_APPOSITION_CLOSED = re.compile(r"[ \t]*,(?:[ \t]*\d{1,3}[ \t]*,)?[ \t]+[a-z][^,.;:!?]*,")

# "Tomas Velko, his father," / "Tomas Velko, the injured man's father,": a kinship noun
# heading an apposition set right after the name, which the next comma, a sentence's end or
# "of" closes ("Tomas Velko, the father of the boy,"). A few words at most come before the
# noun: a determiner or a possessive and its owner's words, never a preposition ("a lawyer
# for the mother" is the lawyer).
_KIN_AFTER = re.compile(
    r"[ \t]*,[ \t]+(?:the|his|her|their|a|an)[ \t]+(?:[\w\u2019'-]+[ \t]+){0,3}?("
    + "|".join(_KIN)
    + r")(?=[ \t]*[,.;:]|[ \t]+of[ \t]+(?P<of>[\w-]+))",
    re.IGNORECASE,
)
_KIN_AFTER_REACH = 60
# Words that set the noun after them in a phrase of its own: "a neighbour of the father".
_LINKS = frozenset({"of", "for", "to", "with", "from", "at", "by", "on", "in", "about", "and"})
# "a mother of several": a count with no number in it.
_COUNTS = frozenset({"several", "many", "few", "dozens"})
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def kin_after(body: str, end: int) -> re.Match[str] | None:
    """The kinship noun heading an apposition right after a name ("Tomas Velko, his
    father,"), if any: the name is that relative, as a kinship noun before it says. The
    relation must be marked: by a possessive ("his", "the boy's") or by "of" and a relative's
    owner ("a sister of the victim"), not "of" and a count ("a mother of three")."""
    kin = _KIN_AFTER.match(body[end : end + _KIN_AFTER_REACH])
    if kin is None:
        return None
    det, *owner = kin.group(0).strip(" \t,").split()[:-1]  # the noun is group 1
    if any(w.lower() in _LINKS for w in owner):
        return None
    of = kin.group("of")
    if of is not None and (of[0].isdigit() or of.lower() in _COUNTS or _count(of)):
        return None  # "a mother of three", "the father of two"
    possessive = det.lower() in {"his", "her", "their"} or any(_POSSESSIVE.search(w) for w in owner)
    if det.lower() in {"a", "an"} and not possessive and of is None:
        return None  # "a mother," with no one's: a role, not a relative
    return kin


def _count(word: str) -> bool:
    """Whether a word is a spelled count ("three"), not "a" or "an", which open a noun."""
    return word.lower() not in {"a", "an"} and number(word.lower()) is not None


# "the elder Velko", "the younger Velko": one of two relatives sharing the surname.
_RANK_BEFORE = re.compile(r"\b(?:elder|younger)[ \t]+$", re.IGNORECASE)


def relation_cue(
    body: str, start: int, sentence_start: int | None = None, end: int | None = None
) -> str | None:
    """How the words right before a person mention set it apart as someone's relative:
    ``kin`` after a kinship noun ("his wife Leila Velko"; ``kin_before``, which reads the
    sentence's start and the name's end) or before one in apposition ("Leila Velko, his
    wife,"; ``kin_after``), ``rank`` after "elder" or "younger" ("the elder
    Velko"), else None."""
    if _RANK_BEFORE.search(body, max(0, start - 10), start):
        return "rank"
    if kin_before(body, start, sentence_start, end):
        return "kin"
    return "kin" if end is not None and kin_after(body, end) else None


def person_cues(
    body: str, start: int, end: int, text: str, sentence_start: int | None = None
) -> tuple[str | None, str | None]:
    """``sure_gender`` and ``relation_cue`` of one person mention (``text`` from ``start`` to
    ``end``): both read the kinship nouns around it, looked up here once for the two."""
    kin = kin_before(body, start, sentence_start, end) or kin_after(body, end)
    gender = address_gender(text) or (_KIN[kin.group(1).lower()] if kin else None)
    if _RANK_BEFORE.search(body, max(0, start - 10), start):
        return gender, "rank"
    return gender, "kin" if kin else None


def pronoun_after(body: str, end: int, sentence_end: int) -> str | None:
    """The first personal pronoun after a name ending at ``end``, in its sentence, lower-cased;
    none after a possessive ("Velko's wife said she"), where the pronoun is likely someone
    else's. Looked up once per mention: its gender and its case are both read from it."""
    if body.startswith(("'s", "\u2019s"), end):
        return None
    found = _PRONOUN.search(body, end, min(sentence_end, end + _PRONOUN_REACH))
    return found.group(1).lower() if found else None


def pronoun_gender(pronoun: str | None) -> str | None:
    """The gender a pronoun found by ``pronoun_after`` tells, if one was found."""
    if pronoun is None:
        return None
    return FEMALE if pronoun in _FEMALE_PRONOUNS else MALE


def is_subject_pronoun(pronoun: str | None) -> bool:
    """Whether a pronoun found by ``pronoun_after`` is a subject's "he" or "she" ("Velko said
    he ..."): "him", "his" and "her" are as often another's ("Velmora gave her a medal")."""
    return pronoun in {"he", "she"}


# Words the name table counts a few people called, which in a name open a place ("Fort",
# "Mount") or are a title or a rank ("General", "Bishop"): never the given name of a name
# they open, so they tell no gender.
_PLACE_HEADS = frozenset({"fort", "port", "mount", "mt", "lake", "cape", "isle", "san", "santa"})
_NOT_GIVEN = _PLACE_HEADS | PERSON_TITLES | RANKS


def first_name_gender(first: str) -> str | None:
    """The usual gender of a given name ("Loretta": female), or None when the table does not
    tell (rare, shared by both, or the data not installed) or the word opens a place's name
    or is a title ("Fort", "General")."""
    if fold(first).strip(".") in _NOT_GIVEN:
        return None
    female = given_name_gender(first[:1].upper() + first[1:])  # story keys are lower case
    return None if female is None else FEMALE if female else MALE


def person_gender(cues: Iterable[tuple[str | None, str | None]], first: str = "") -> str | None:
    """The gender of a person from the (sure, weak) cues of its mentions and its first name:
    the side with clearly more weight (a sure cue counting as several pronouns), else none."""
    weight = {MALE: 0, FEMALE: 0}
    for sure, weak in cues:
        if sure:
            weight[sure] += _SURE
        elif weak:
            weight[weak] += 1
    named = first_name_gender(first) if first else None
    if named:
        weight[named] += _SURE
    male, female = weight[MALE], weight[FEMALE]
    if male > 2 * female:
        return MALE
    if female > 2 * male:
        return FEMALE
    return None
