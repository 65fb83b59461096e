"""Which articles of a story are opinion (a column, an editorial), told by how the article
itself writes: the writer addresses the reader in the imperative ("Remember that ...",
"Consider the ..."), exclaims or asks in their own voice, or says "I" or "we" outside
quotation marks; or the article opens by framing all that follows as an editorial's words
("The Daily Courier wrote in its editorial: ...").

News reports keep the writer out of the text, so a few such sentences mark an opinion piece.
A summary tells the story from the news, so the summarizer keeps such articles' sentences out
(``summary_candidates.in_place``) unless every article is opinion.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import inside_quotation
from crossbrief.synthesize.text import QUOTED, first_person

# Verbs that open a sentence only as an order to the reader: a column's way of talking to
# them ("Remember that ...", "Consider the ...", "Don't expect ..."). Verbs that are also
# nouns opening reports ("Look", "Note", "Picture", "Mark") are left out.
_IMPERATIVE = re.compile(
    r"(?:(?:and|but|so|now|just)\s+)?(?:remember|consider|imagine|forget|recall|suppose|notice|never\s+mind|"
    r"make\s+no\s+mistake|don['\u2019]t|do\s+not|let['\u2019]s|let\s+us)\b",
    re.I,
)
# The writer's own exclamation or question: the sentence ends in "!" or "?" once the quoted
# words are taken out.
_OWN_CLOSE = re.compile(r"[!?][\"'\u201d\u2019)]*\s*$")
# An editorial or column named as the source of what follows after a colon, in the article's
# first sentence: "The Courier wrote in a Sunday editorial: ..."
_FRAME = re.compile(r"\b(?:editorial|column|commentary|op-ed)\b[^:]{0,60}:", re.I)
# Three or more capitalised words in a row: a title or a name, whatever pronoun it holds.
# (The look-ahead changes no match: it lets the search skip to capitals, which the leading
# ``\b`` keeps it from.)
_TITLE_RUN = re.compile(r"(?=[A-Z])(?:\b[A-Z][\w'\u2019.]*\s+){2,}[A-Z][\w'\u2019]*")
_OPENING_MARKS = "\"'\u201c\u2018`"
_MARKS = ('"', "\u201c", "\u201d", "`", "''")
# Sentences in the writer's own voice an article needs to count as opinion, and their least
# share of its sentences: one "we" or one question is news style too (a quoted reader, a
# headline's question), several are a writer talking to their reader.
OPINION_SENTENCES = 3
OPINION_SHARE = 0.1
# Orders to the reader an article needs to count as opinion whatever its length: a report
# quotes its speakers' orders, it gives none of its own.
OPINION_ORDERS = 2


def own_voice(text: str) -> bool:
    """True when sentence ``text`` speaks in the writer's own voice, outside any quotation
    marks: an order to the reader from ``_IMPERATIVE``, an exclamation or question of its
    own, or "I"/"we"."""
    if text.lstrip()[:1] in _OPENING_MARKS:
        # a sentence opening on a quotation mark is a speaker's, not the writer's
        return False
    bare = QUOTED.sub(" ", text).strip()
    if not bare.strip(" ,.;:") or any(q in bare for q in _MARKS):
        # a mark left over closes or opens a quotation across sentences: a speaker's words
        return False
    if _OWN_CLOSE.search(bare):
        return True
    # a pronoun inside a run of capitalised words is a title's ("Get Me Out Of Here")
    untitled = _TITLE_RUN.sub(" ", bare)
    return order(text) or first_person(untitled, plural=True, quoted=False)


def order(text: str) -> bool:
    """True when sentence ``text`` opens, outside quotation marks, as an order to the reader
    ("Remember that ...", "And consider the ...")."""
    return text.lstrip()[:1] not in _OPENING_MARKS and bool(_IMPERATIVE.match(text.lstrip()))


_OPENS = re.compile(r"\u201c|``|(?<![`\w])`(?!`)")
_CLOSES = re.compile(r"\u201d|''")


def _left_open(text: str, was_open: bool) -> bool:
    """Whether a quotation is open after sentence ``text``, given whether one was open
    before it: more opening marks than closing ones open one, more closing ones close it,
    and an odd number of straight marks turns it over."""
    # most sentences hold no curly or doubled mark: no pattern need look at them
    opens = len(_OPENS.findall(text)) if "\u201c" in text or "`" in text else 0
    closes = len(_CLOSES.findall(text)) if "\u201d" in text or "''" in text else 0
    if opens != closes:
        was_open = opens > closes
    return was_open != (text.count('"') % 2 == 1)


def opinion_pages(story: Story) -> set[str]:
    """The articles of ``story`` that are opinion: the first sentence frames what follows as
    an editorial's or column's words (``_FRAME``), ``OPINION_ORDERS`` sentences are orders
    to the reader (``order``), or at least ``OPINION_SENTENCES``
    sentences, and ``OPINION_SHARE`` of all, speak in the writer's own voice (``own_voice``)."""
    voiced: dict[str, int] = {}
    orders: dict[str, int] = {}
    total: dict[str, int] = {}
    framed: set[str] = set()
    quoting: dict[str, bool] = {}
    for i, s in enumerate(story.sentences):
        if s.heading:
            continue
        # a sentence inside a quotation left open before it is a speaker's, whatever the
        # analysis made of a stray or missing mark
        within = quoting.get(s.article, False)
        quoting[s.article] = _left_open(s.text, within)
        total[s.article] = total.get(s.article, 0) + 1
        if total[s.article] == 1 and _FRAME.search(QUOTED.sub(" ", s.text)):
            framed.add(s.article)
        if own_voice(s.text) and not within and not inside_quotation(story, i):
            voiced[s.article] = voiced.get(s.article, 0) + 1
            orders[s.article] = orders.get(s.article, 0) + order(s.text)
    return (
        framed
        | {a for a, n in orders.items() if n >= OPINION_ORDERS}
        | {a for a, n in voiced.items() if n >= OPINION_SENTENCES and n >= OPINION_SHARE * total[a]}
    )
