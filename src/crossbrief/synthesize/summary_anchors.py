"""Summary sentences anchored on something only an earlier sentence of their article tells.

Three anchors the readability rules of ``summary_rules`` miss, because they sit past a
sentence's opening words:

- a relative time counted from the event told before ("Ann Lee scored two minutes later",
  "The ferry sank the next day"), or a time told before ("The weavers struck that spring":
  ``summary_told_times``): read alone it is later than nothing, or no time at all. A time
  or a clause before it in the same sentence ("The ferry left on Monday and sank two days
  later") is its anchor there, and an article's first body sentence has nothing before it;
- "another" and a noun its article introduced earlier ("a warehouse" ... "Police searched
  another warehouse"): the first instance is told there, and a summary without it tells a
  second of nothing (a time or a turn, "fight another day", "another term", needs none);
- a courtesy title and a surname ("Mr Lee said ...") where the article named the person in
  full earlier ("Ann Lee"): the reader of the summary meets a stranger by surname.

``anchored_at`` adds these to ``summary_rules.pointed_at``: the candidates that may stand
for the anchor (the sentence before is added by the summarizer).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from crossbrief.analyze.titles import COURTESY_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_demonstratives import first_in_body
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_referents import bound_to_previous
from crossbrief.synthesize.summary_rules import pointed_at
from crossbrief.synthesize.summary_told_times import told_time
from crossbrief.synthesize.summary_words import may_hold
from crossbrief.synthesize.text import stem, tokens

_COUNT = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
    r"fifty|several|a\s+few|\d+)"
)
_UNIT = r"(?:moment|second|minute|hour|day|night|week|month|year)s?"
_RELATIVE = re.compile(
    # "moments later", "two hours afterwards", "a day later"
    r"\b(?:(?:moments|seconds|minutes|hours|days|weeks|months|years)|"
    + _COUNT
    + r"\s+"
    + _UNIT
    # (not "later than", a comparison)
    + r")\s+(?:later|afterwards?)\b(?!\s+than\b)"
    # "shortly afterwards", "soon after." (not "shortly after the vote", which names its anchor)
    r"|\b(?:shortly|soon|immediately|not\s+long)\s+(?:afterwards?|thereafter|after(?=\s*[,.;]))"
    # "later that day", "the next morning", "the following week", "the day before."
    r"|\blater\s+that\s+" + _UNIT + r"\b"
    r"|\bthe\s+(?:next|following|previous|preceding)\s+"
    r"(?:day|morning|afternoon|evening|night|week|weekend|month|year)\b"
    r"|\bthe\s+(?:day|night|week|month|year)\s+before(?=\s*[,.;])",
    re.I,
)
# the words one of which every match holds (a first test: ``summary_words.may_hold``)
_RELATIVE_KEYS = (
    "later afterward afterwards thereafter after next following previous preceding before"
)
_RELATIVE_WORDS = frozenset(_RELATIVE_KEYS.split())
# What anchors a relative time in its own sentence before it: a clause ("and", "after",
# "when"), a named time ("on Monday", "at 9pm", "yesterday") or a date.
_ANCHOR = re.compile(
    r"\b(?:and|but|after|when|before|then|until|once|while|yesterday|today|tonight|earlier"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april"
    r"|june|july|august|september|october|november|december|noon|midnight|\d{1,2}(?::\d\d)?"
    r"\s*(?:am|pm|a\.m\.|p\.m\.))\b|[;:]|\b\d{4}\b",
    re.I,
)


def relative_time(story: Story, i: int) -> bool:
    """True when sentence ``i``, past its article's first body sentence, tells a time
    counted from an event ("two hours later", "the next day") with no clause, named time or
    date before it in the sentence, or a time told before ("that spring":
    ``summary_told_times``): the event it is counted from is in the sentence before."""
    if told_time(story.sentences[i].text):
        return not first_in_body(story, i)
    if not may_hold(story.sentences[i].text, _RELATIVE_WORDS):
        return False
    text = QUOTED.sub(" ", story.sentences[i].text)
    m = _RELATIVE.search(text)
    if m is None or first_in_body(story, i):
        return False
    return _ANCHOR.search(text, 0, m.start()) is None


# "another" and the word after it, its noun (not "one another", "another of ...", which
# names its group, nor a count, "another 20 people", nor an adjective's noun: too loose)
_ANOTHER = re.compile(r"(?<!\bone\s)\banother\s+(?!of\b)([a-z][a-z-]+)\b", re.I)
_ANOTHER_WORDS = frozenset(["another"])
# times and turns that "another" counts without a first one told ("fight another day",
# "seek another term")
_TIME_WORDS = "day days week month year time term decade century season round chance way"
_TIMES = frozenset(_TIME_WORDS.split())
# determiners that introduce a first instance: "a warehouse", "the old warehouse"
_DETERMINERS = frozenset(["a", "an", "the", "one", "first"])


def another_of(story: Story, i: int) -> str | None:
    """The stem of the noun sentence ``i`` tells "another" of ("another warehouse") when its
    article's sentences before it introduce that noun after a determiner ("a warehouse",
    "the old warehouse") and the sentence does not before the "another" ("one warehouse
    burned and another warehouse ..." tells both); else None."""
    if not may_hold(story.sentences[i].text, _ANOTHER_WORDS):
        return None
    text = QUOTED.sub(" ", story.sentences[i].text)
    m = _ANOTHER.search(text)
    if m is None or not m.group(1).islower() or m.group(1) in _TIMES:
        return None
    if first_in_body(story, i):
        return None
    root = stem(m.group(1))
    if root in {stem(w) for w in tokens(text[: m.start()])}:
        return None
    return root if root in _introduced(story, i) else None


def _earlier(story: Story, i: int) -> list[int]:
    """The body sentences of sentence ``i``'s article before it (an article's sentences
    stand together in the story)."""
    s = story.sentences[i]
    j = i
    while j > 0 and story.sentences[j - 1].article == s.article:
        j -= 1
    return [k for k in range(j, i) if not story.sentences[k].heading]


def _introduced(story: Story, i: int) -> set[str]:
    """The stems of the words one or two after a determiner in the body sentences of
    sentence ``i``'s article before it: the nouns it introduced."""
    found: set[str] = set()
    for k in _earlier(story, i):
        words = tokens(story.sentences[k].text)
        for n, w in enumerate(words):
            if w in _DETERMINERS:
                found.update(stem(x) for x in words[n + 1 : n + 3])
    return found


# a courtesy title and a surname: "Mr Lee", "Ms. Ortiz-Lane" (not "Mr and Mrs Lee")
_TITLED = re.compile(r"\b(?P<title>[A-Z][a-z]{1,3})\.?\s+(?P<name>[A-Z][\w'\u2019-]+)")
# an apposition telling who the person is: "Mr Lee, the harbour master, said"
_APPOSITION = re.compile(r"\s*,\s+(?:the|a|an|who)\b")
_FULL: WeakKeyDictionary[Story, dict[int, frozenset[str]]] = WeakKeyDictionary()


def _full_names(story: Story) -> dict[int, frozenset[str]]:
    """Each sentence mapped to the surnames (folded) it names in full: a person mention of
    two words or more, not opening with a courtesy title ("Ann Lee", not "Mr Lee")."""
    known = _FULL.get(story)
    if known is None:
        starts: dict[str, tuple[list[int], list[int]]] = {}
        for k, s in enumerate(story.sentences):
            offsets, ids = starts.setdefault(s.article, ([], []))
            offsets.append(s.start)
            ids.append(k)
        found: dict[int, set[str]] = {}
        for a in story.articles:
            offsets, ids = starts.get(a.article.id, ([], []))
            for m in a.mentions:
                words = m.text.split()
                if m.type != "PERSON" or len(words) < 2 or not offsets:
                    continue
                if words[0].rstrip(".").lower() in COURTESY_TITLES:
                    continue
                at = bisect_right(offsets, m.start) - 1
                if at >= 0:
                    found.setdefault(ids[at], set()).add(_surname(words[-1]))
        known = _FULL[story] = {k: frozenset(v) for k, v in found.items()}
    return known


def _surname(word: str) -> str:
    """A name's last word folded, without a possessive "'s"."""
    return re.sub(r"['\u2019]s?$", "", word.lower())


def titled_stranger(story: Story, i: int) -> str | None:
    """The surname (folded) of a person sentence ``i`` first names by a courtesy title
    alone ("Mr Lee said ..."), with no apposition telling who they are, when an earlier
    sentence of its article names them in full ("Ann Lee") and this one does not; else
    None."""
    s = story.sentences[i]
    # a title of the pattern's is a run of letters, so a sentence holding none is read no further
    if not may_hold(s.text, COURTESY_TITLES):
        return None
    text = QUOTED.sub(" ", s.text)
    full = _full_names(story)
    for m in _TITLED.finditer(text):
        if m.group("title").lower() not in COURTESY_TITLES:
            continue
        name = _surname(m.group("name"))
        if name in full.get(i, frozenset()) or _APPOSITION.match(text, m.end()):
            return None
        if any(name in full.get(k, frozenset()) for k in _earlier(story, i)):
            return name
        return None
    return None


def anchored_at(
    story: Story,
    i: int,
    candidates: Sequence[int],
    concepts: Sequence[set[str]],
    dates: dict[str, str | None],
) -> set[int] | None:
    """``summary_rules.pointed_at``, and else: no candidate but the sentence before for a
    relative time or a time told before (``relative_time``), a kind epithet or a reported "it"
    (``summary_referents.bound_to_previous``); the candidates read before ``i`` (an earlier or the
    same date, an earlier position) naming the noun of an "another" (``another_of``) or
    the person by full name (``titled_stranger``); None when ``i`` reads alone."""
    found = pointed_at(story, i, candidates, concepts, dates)
    if found is not None:
        return found
    if relative_time(story, i) or bound_to_previous(story, i):
        return set()
    sents = story.sentences
    day = dates.get(sents[i].article) or "9999"

    def read_before(k: int) -> bool:
        return (dates.get(sents[k].article) or "9999") <= day and (
            sents[k].position < sents[i].position
        )

    if (root := another_of(story, i)) is not None:
        return {k for k in candidates if root in concepts[k] and read_before(k)}
    if (name := titled_stranger(story, i)) is not None:
        full = _full_names(story)
        return {k for k in candidates if name in full.get(k, frozenset()) and read_before(k)}
    return None
