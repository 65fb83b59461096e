"""Where a sentence must start: after a token that holds its own full stop.

spaCy's English exceptions keep the stop inside some tokens ("m." after an amount, "N.Y.",
"p.m.", "U.S."), and its parser then seldom ends a sentence there: "Profit rose to £5m.
Shares fell." and "said Rep. Ann Lee, D-N.Y. ``We need a vote.''" came back as one sentence
each, so a writer's report went with the quote after it and speaker labels were cut. The
rules here mark the word after such a token as a sentence start, before the parser runs
(the parser keeps the mark), and only where English leaves no other reading:

- an amount in millions written "5m." or a party-and-state tag ("D-N.Y.", "R-Calif."):
  nothing goes on after either but a comma, so a capitalised word or an opening quote
  mark after them starts a sentence;
- a dotted initialism ("U.S.", "D.C.", "p.m.") or "etc.": "U.S. Army", "5 p.m. Tuesday"
  go on, so a new sentence starts only at a word that opens sentences and names nothing
  (a determiner, a pronoun, a conjunction: ``OPENERS``), or, after a time or "etc.", at
  a name with a finite verb right after it ("at 5 p.m. Lee said").

Titles and other abbreviations ("Mr.", "St.", "Jan.", "No.", "Inc.") are left to the
parser: a name or number follows them inside the sentence.
"""

from __future__ import annotations

import re
from typing import Any

# The stop-holding unit of an amount: "5m." is tokenised "5" + "m." ("5bn." and "500k."
# lose their stop to the tokenizer already, and the parser splits there).
_AMOUNT_UNIT = frozenset({"m."})
# Party letters of a tag ("D-N.Y."); the state with its stop is one token after the dash.
_PARTY = frozenset({"D", "R", "I"})
# Letters each with its own stop ("U.S.", "D.C.", "p.m."), and "etc.".
_INITIALISM = re.compile(r"^(?:[A-Za-z]\.){2,}$")
_TIMES = frozenset({"a.m.", "p.m.", "etc."})
# Opening quote marks: curly, the typewriter's backtick (doubled, one token each), and a
# straight mark glued to the word after it (one glued to the word before closes a quote).
_OPENING = frozenset({"\u201c", "\u2018", "`", "``"})
_STRAIGHT = frozenset({'"', "'"})
# Capitalised words that start sentences and are no part of a name: determiners, pronouns,
# conjunctions and sentence adverbs. Prepositions are left out ("U.S. Of" heads no sentence
# but "Bank Of" is a name).
_OPENER_TEXT = (
    "The A An This That These Those Some Many Most Several Both Each Every All No Another"
    " He She It They We I You His Her Its Their Our My Your There"
    " But And Yet So Still However Meanwhile Instead Also Then Now Later Earlier"
    " When While If Although Though After Before Since As Because Once Until"
)
OPENERS = frozenset(_OPENER_TEXT.split())
# Fine tags of a finite verb: a name followed by one is a clause's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _kind(doc: Any, i: int) -> str:
    """What the stop-holding token ``doc[i]`` is: "closed" (an amount or a party tag, after
    which nothing but punctuation goes on), "time" (a clock time or "etc."), "initialism",
    or "" (none of these)."""
    token = doc[i]
    text = token.text
    if not token.whitespace_:  # a mark glued after it ("5m.\"") ends the sentence there
        return ""
    if text in _AMOUNT_UNIT:
        return "closed" if i >= 1 and doc[i - 1].like_num else ""
    if len(text) < 3 or not text.endswith("."):
        return ""
    if i >= 2 and text[0].isupper() and text[:-1].replace(".", "").isalpha():
        before = doc[i - 1].text
        if before[:-1] in _PARTY and before.endswith("-"):  # "D- Calif."
            return "closed"
        if before == "-" and doc[i - 2].text in _PARTY:  # "D-N.Y."
            return "closed"
    if text.lower() in _TIMES:
        return "time"
    return "initialism" if _INITIALISM.match(text) else ""


def _opening_marks(doc: Any, i: int) -> int:
    """How many tokens from ``doc[i]`` are opening quote marks."""
    k = i
    while k < len(doc) and (
        doc[k].text in _OPENING or (doc[k].text in _STRAIGHT and not doc[k].whitespace_)
    ):
        k += 1
    return k - i


def _starts_sentence(doc: Any, i: int, kind: str) -> bool:
    """Whether the word at ``doc[i]`` starts a sentence after a stop-holding token of
    ``kind`` (``_kind``)."""
    marks = _opening_marks(doc, i)
    k = i + marks
    if k >= len(doc):
        return False
    word = doc[k]
    if kind == "closed":
        return marks > 0 or (word.text[:1].isupper() and word.is_alpha)
    if word.text in OPENERS and (k + 1 >= len(doc) or doc[k + 1].text != "-"):
        return True
    return kind == "time" and word.tag_ == "NNP" and k + 1 < len(doc) and doc[k + 1].tag_ in _FINITE


def start_after_dotted_tokens(doc: Any) -> Any:
    """``doc`` (tagged, not yet parsed) with a sentence start after each stop-holding token
    that ends its sentence (see the module's rules); a token another component has already
    marked as going on is left as it is."""
    from spacy.attrs import SENT_START

    starts = doc.to_array([SENT_START]).astype("int64")
    marked: list[int] = []
    going_on: list[int] = []
    for i in range(1, len(doc) - 1):
        kind = _kind(doc, i)
        if kind and starts[i + 1] != -1 and _starts_sentence(doc, i + 1, kind):
            marked.append(i + 1)
            # The sentence starts at its opening quote mark, not again at the word after.
            going_on += range(i + 2, i + 2 + _opening_marks(doc, i + 1))
    if marked:
        # One write of the whole column, as in ``sentence_joins``: each Token write re-checks
        # the document's parse.
        starts[marked] = 1
        starts[going_on] = -1
        doc.from_array([SENT_START], starts.view("uint64"))
    return doc
