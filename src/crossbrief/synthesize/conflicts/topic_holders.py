"""Whose figure a conflict's topic names, read off the figure's own sentence in plain words.

``topics`` names what a figure measures; a reader also wants whose it is where the sentence
says so next to the figure:

- a name's possessive right before a count ("Velmora's 3 million people", "Velmora's 14
  towns"): the count's noun "of" that name ("people of Velmora");
- the subject of a verb of paying right before a sum, in the same clause ("Velmora plans to
  pay $24 million"; not a payee, a speaker or a name qualifying the subject's noun):
  "sum paid by Velmora";
- a name right after a verb of leading, trailing or beating and right before "by" and a
  figure ("trailing Tom Reed by 15 points", "beat Ostra by three votes"): a margin measured
  against that name, "gap to Tom Reed".

Names are the article's entity mentions, as written, so a capitalised word that is no name
("Monday's 40 arrests") names no one. Display only: the label groups nothing.
"""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.conflicts.context import root
from crossbrief.synthesize.conflicts.readings import FigureValue

# NER labels that are values or times, never someone a figure belongs to
_NOT_HOLDERS = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LANGUAGE", "LAW"}
)
# "'s " or "' " right before a figure: the possessive of the name before it
_POSSESSIVE = re.compile(r"['\u2019]s?\s+$")
# the word right after a figure ("3 million people,")
_NEXT = re.compile(r"\s+([A-Za-z][\w-]*)")
# a verb of paying, any form, right before a sum, with its past participle
_PAID = {
    "pay": "paid",
    "spend": "spent",
    "contribute": "contributed",
    "invest": "invested",
    "donate": "donated",
    "pledge": "pledged",
    "lend": "lent",
    "owe": "owed",
}
_FORMS = {
    form: participle
    for verb, participle in _PAID.items()
    for form in (verb, verb + "s", verb.removesuffix("e") + "ing", participle, verb + "ed")
}
_VERB_BEFORE = re.compile(r"\b([a-z]+)\s+$")
# a clause break between a subject and its verb ("..., with Velmora planning to pay")
_BREAK = re.compile(r"[,;:()]|\.\s")
# "<name> by " right before a figure: the margin by which something leads or trails the name
_BY = re.compile(r"\s+by\s+$")
# a verb of leading, trailing or beating right before that name, whose margin the figure is
# ("trailing Tom Reed by", "ahead of Tom Reed by"): not a place won or a place in which
# ("carried Velmora by", "won in Velmora by")
_AGAINST = re.compile(
    r"\b(?:lead(?:s|ing)?|led|trail(?:s|ed|ing)?|beat(?:s|en|ing)?|defeat(?:s|ed|ing)?"
    r"|outpoll(?:s|ed|ing)?|ahead\s+of|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
LOOK_BACK = 80  # characters before a verb in which its subject is looked for
# what may stand between a subject and its verb of paying: auxiliaries, verbs taking a "to"
# infinitive, negation and adverbs ("Velmora has already agreed to pay")
_CHAIN_WORD = (
    r"will|would|shall|should|can|could|may|might|must|has|have|had|did|does|do|is|are|was"
    r"|were|be|been|being|to|not|never|also|still|already|just|then|now|yet|again|instead"
    r"|agree[sd]?|agreeing|plans?|planned|planning|promise[sd]?|promising|pledged|pledging"
    r"|offer(?:s|ed|ing)?|vow(?:s|ed|ing)?|expect(?:s|ed|ing)?|intend(?:s|ed|ing)?"
    r"|wants?|wanted|hope[sd]?|hoping|decide[sd]?|deciding|refuse[sd]?|refusing"
    r"|prepare[sd]?|preparing|need(?:s|ed)?|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought"
    r"|going|due|able|willing|ready|set"
    # an adverb in -ly, not a noun so spelled ("the Velko family will pay": the family pays)
    r"|(?!(?:family|families|assembly|supply|ally|allies|rally|monopoly|anomaly)\b)\w+ly"
)
_CHAIN = re.compile(rf"\s+(?:(?:{_CHAIN_WORD})\s+)*")
# a form of "be" in that chain: a participle after it is a passive ("Velmora was paid")
_BE = re.compile(r"\b(?:is|are|was|were|be|been|being)\b")
# a date in that chain, blanked out, with its preposition: "agreed on Monday to pay"
_DATED = re.compile(r"(?:\s+(?:on|in|at|by|last|this|next|early|late|earlier|later))?\s*\x00+")


def _holders(a: AnalyzedArticle) -> list[Mention]:
    return [m for m in a.mentions if m.type not in _NOT_HOLDERS]


def possessor(a: AnalyzedArticle, start: int) -> str:
    """The name whose possessive is right before a figure at ``start`` ("Velmora's 3
    million"), as written; "" for none, or for a pronoun's ("its 3 million")."""
    text = a.article.text
    m = _POSSESSIVE.search(text, max(0, start - 4), start)
    if m is None or m.end() != start:
        return ""
    # the NER span may hold the possessive's own "'s" ("North Korea's")
    mark = text[m.start() : m.end()].rstrip()
    named = [
        h.text.removesuffix(mark)
        for h in _holders(a)
        if h.end == m.start() or (h.end == m.start() + len(mark) and h.text.endswith(mark))
    ]
    return named[0] if named else ""


def tallied(text: str, v: FigureValue, end: int) -> str:
    """The plural noun a count tallies, as written right after it ("people"); "" when the
    word after it is not that noun."""
    m = _NEXT.match(text, end)
    if m is None or not v.tally or root(m.group(1).lower()) != v.tally:
        return ""
    return m.group(1).lower()


def paid_by(a: AnalyzedArticle, v: FigureValue) -> str:
    """ "sum paid by Velmora" for a sum right after a verb of paying whose subject is a name
    (``_subject_of``); "sum paid" when it has none; "" for any other figure."""
    if not v.dimension.startswith("money"):
        return ""
    text = a.article.text
    verb = _VERB_BEFORE.search(text, max(0, v.start - 20), v.start)
    if verb is None or verb.end() != v.start or verb.group(1) not in _FORMS:
        return ""
    label = f"sum {_FORMS[verb.group(1)]}"
    low = max(0, verb.start() - LOOK_BACK)
    before = [b.end() for b in _BREAK.finditer(text, low, verb.start())]
    low = before[-1] if before else low
    subjects = [h for h in _holders(a) if low <= h.start and h.end <= verb.start()]
    if not subjects or not _subject_of(a, subjects[-1], verb.start(), verb.group(1)):
        return label
    return f"{label} by {_with_article(text, subjects[-1])}"


def _subject_of(a: AnalyzedArticle, name: Mention, verb: int, form: str) -> bool:
    """Whether a name is the subject of the verb of paying at ``verb``: only auxiliaries,
    verbs taking a "to" infinitive ("agreed to", "plans to"), adverbs and a date may stand
    between ("Velmora agreed on Monday to pay"). Anything else makes the name another's:
    a speaker's or one giving an order before a clause with its own subject ("Lee said the
    board would pay", "ordered the board to pay"), a name modifying the subject's noun ("the
    Velmora board will pay"); a passive ("Velmora was paid", "is owed") makes it the payee."""
    text = a.article.text
    gap = text[name.end : verb]
    for t in a.times:  # a date between is blanked out, with its preposition ("on Monday")
        if name.end <= t.start and t.end <= verb:
            at, stop = t.start - name.end, t.end - name.end
            gap = gap[:at] + "\x00" * (stop - at) + gap[stop:]
    words = _DATED.sub(" ", gap).lower()
    if not _CHAIN.fullmatch(words):
        return False
    participle = form == _FORMS[form] or form.endswith("ed")
    return not (participle and _BE.search(words))


def _with_article(text: str, name: Mention) -> str:
    """A name as the sentence writes it, with the "the" the NER span leaves out before it
    ("the United States")."""
    the = text[max(0, name.start - 4) : name.start]
    return f"{the.strip()} {name.text}" if the.lower() == "the " else name.text


def gap_to(a: AnalyzedArticle, v: FigureValue) -> str:
    """ "gap to Tom Reed" for a figure right after "<name> by" where a verb of leading,
    trailing or beating governs the name ("trailing Tom Reed by 15 points"); "" for any other
    ("rose by 15 percent", "carried Velmora by 12 points")."""
    text = a.article.text
    by = _BY.search(text, max(0, v.start - 6), v.start)
    if by is None or by.end() != v.start:
        return ""
    named = [
        h
        for h in _holders(a)
        if h.end == by.start() and _AGAINST.search(text, max(0, h.start - 24), h.start)
    ]
    return f"gap to {named[0].text}" if named else ""
