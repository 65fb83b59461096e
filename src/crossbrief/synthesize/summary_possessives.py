"""Whether a possessive "its" or "their" inside a summary sentence has an antecedent in it.

A sentence opening with "Its" or "Their" is ``summary_rules``'s (an opening pronoun); this
module reads one further in ("Typically new models of its ferry appear with ..."): with
nothing before it in the sentence that it can stand for, the possessive points at a
sentence before, and the summary reads the sentence only after that one. Read from the text and the analysis's mentions, without tags, so a
word counts as a possible antecedent when it shows itself a noun: a name the analysis
found, a word a determiner or a number introduces ("the board", "two ferries"), the
sentence's capitalised first word ("Inflation hit its ..."), and for "their" any plural or
word for a group of people ("Residents fled their homes", "police said their ..."). A
pronoun inside quotation marks is the speaker's and is not read; one in a fronted phrase, a
preposition's or a participle's ("In its first report, the board ...", "Citing its debts,
the board ..."), may stand for a noun after the phrase's comma, and one in the main clause
not ("Flames spread through its floors, the brigade said").
"""

from __future__ import annotations

import re

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED

# "its" or "their" past the sentence's first word (an opening one is an opening pronoun)
_POSSESSIVE = re.compile(r"(?<=\s)(its|their)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
# Words that introduce a noun: "the board", "each ferry", "his firm", "several towns".
_DETERMINER_WORDS = """the a an this that these those each every another either neither no any some
    his her my our your one two three four five six seven eight nine ten dozen hundreds
    thousands millions many several both all most few"""
_DETERMINERS = frozenset(_DETERMINER_WORDS.split())
# Words that are no noun however they are placed: function words, pronouns, auxiliaries
# and words of saying that open or link a sentence.
_FUNCTION_WORDS = """and or but nor so yet for of in on at by to from with without into onto over under
    after before since until during while when where whereas although though because if
    unless as than then there here also still even just only not now once again typically
    usually often sometimes meanwhile however instead it he she they we you i him them us
    me who whom whose which what is are was were be been being has have had do does did
    will would can could may might must shall should said says say according"""
_FUNCTION = _DETERMINERS | frozenset(_FUNCTION_WORDS.split())
# Words for people or a body of them that "their" may stand for without a plural ending.
_PEOPLE_WORDS = """people police staff public crowd children men women folk personnel clergy youth
    government council board company firm team party family committee"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())
# Words that open a clause, so the word after them is its subject.
_SUBORDINATOR_WORDS = (
    "while when whereas although though because since as if after before once until unless"
)
_SUBORDINATORS = frozenset(_SUBORDINATOR_WORDS.split())
_SINGULAR_S = ("ss", "us", "is", "ics")
# A possessive "'s" right before a word, the owner's name left or blanked ("Lee's", " 's").
_OWNER_S = re.compile(r"['\u2019]s$")
# Words opening a fronted phrase, whose comma a noun the possessive stands for may follow
# ("In its report, the board ...", "Citing its debts, the board ...").
_PREPOSITION_WORDS = """in on at for with without after before during under over despite
    since from by through among amid within to as like unlike throughout following"""
_PREPOSITIONS = frozenset(_PREPOSITION_WORDS.split())


def _plural(word: str) -> bool:
    """Whether ``word`` looks like a plural noun ("ferries", "towns"; not "boss", "virus")."""
    return word.endswith("s") and not word.endswith(_SINGULAR_S) and len(word) > 3


def _fits(word: str, their: bool) -> bool:
    """Whether a noun ``word`` may be the antecedent of "their" (a plural or a word for
    people) or "its" (no plural)."""
    low = word.lower()
    return (_plural(low) or low in _PEOPLE) if their else not _plural(low)


def _noun_before(text: str, their: bool) -> bool:
    """Whether ``text`` holds a word that shows itself a noun and fits the possessive."""
    words = [(w.group(0), text[: w.start()].rstrip()) for w in _WORD.finditer(text)]
    for k, (word, before) in enumerate(words):
        if word.lower() in _FUNCTION or not _fits(word, their):
            continue
        # a possessive's "'s" opens a noun ("Ann Lee's family"), as a determiner does
        owned = _OWNER_S.search(before) is not None
        if owned:
            return True
        # "-ly" ends adverbs ("typically"), but a word for people ("family") is a noun
        if word.lower().endswith("ly") and word.lower() not in _PEOPLE:
            continue
        # any plural or word for people may be "their"'s; "its" needs a word shown a noun:
        # one a determiner or number opens (past up to two modifiers: "the new harbour
        # board"), or a clause's first word, its subject ("Inflation hit its ...", "While
        # inflation is at its ...")
        opened = any(w.lower() in _DETERMINERS or w.isdigit() for w, _ in words[max(0, k - 3) : k])
        first = not before or before.endswith(",") or words[k - 1][0].lower() in _SUBORDINATORS
        if their or opened or first:
            return True
    return False


def possessive_unbound(story: Story, i: int) -> bool:
    """True when sentence ``i`` has "its" or "their" past its first word, outside quotation
    marks, with nothing in the sentence it can stand for: no name the analysis found before
    it (for "its", no person's), and no word that shows itself a fitting noun
    (``_noun_before``); read alone, the possessive points at nothing."""
    s = story.sentences[i]
    text = QUOTED.sub(lambda m: " " * len(m.group(0)), s.text)
    pronoun = _POSSESSIVE.search(text)
    if pronoun is None:
        return False
    their = pronoun.group(1).lower() == "their"
    cut = pronoun.start()
    head = text[:cut]
    # a fronted phrase: the noun it stands for may follow its comma ("In its report, the board")
    comma = text.find(",", cut)
    opening = _WORD.match(text.lstrip())
    fronted = opening is not None and (
        opening.group(0).lower() in _PREPOSITIONS or opening.group(0).lower().endswith("ing")
    )
    if "," not in head and comma != -1 and fronted:
        head += " " + text[comma + 1 :]
    for m in story.by_id[s.article].mentions:
        if not s.start <= m.start < s.start + cut:
            continue
        if their or m.type != "PERSON":
            return False
        # a person is no antecedent of "its": blank the name, lest it read as a noun
        a, b = m.start - s.start, min(m.end - s.start, cut)
        head = head[:a] + " " * (b - a) + head[b:]
    return not _noun_before(head, their)
