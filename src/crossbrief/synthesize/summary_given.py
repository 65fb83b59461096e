"""A definite subject standing for what its article told before it: "The piers were built
..." after a sentence about two piers, "The rise came ..." right after a sentence telling a
climb.

A definite description whose head noun repeats a noun of its article's earlier text is a
direct anaphor (Vieira and Poesio, 2000, "An empirically based system for processing definite
descriptions", Computational Linguistics 26(4)): it means the thing told there, and read
alone in a summary it names nothing, or, worse, the wrong thing of the same kind told by
another item ("The anthem was composed by ..." under an item about another anthem). A change
noun ("the rise", "the drop") does the same for a change the sentence before told with a
verb ("sales climbed ..."). The earlier noun may stand several sentences back ("a meeting in
the hall" ... two sentences on the speaker ... "The meeting was filmed"): a definite noun with
no modifier means the one its text already named, however far back. An identified noun says which one it means ("The harbour board
of Velmora ...", an "of" phrase or a name after it: no verb follows the noun), and an
article's first body sentence has nothing before it to stand for.

The story's own things are no such anaphors: a noun that more than half its reports use
("the rebels", "the station", "the fire" in a brief about them) names what the whole brief is
about, and reads alone in it; a change noun always stands for one change told before it.

Only the subject that opens the sentence counts, after at most a fronted source ("According
to the board, the piers ..."): that is where the reader meets it first. Which word is the
subject's noun the parse says (``analyze.clauses``): "plan" in "The plan covers ...", where a
reading by word order would take the verb "covers" for a plural noun. The rule is
``summary_rules.needs_previous``'s kind, kept here to leave that module's size alone.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from weakref import WeakKeyDictionary

from crossbrief.synthesize.sentence_shape import subject_heads
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_demonstratives import first_in_body
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_shells import IDENTIFIED, verb_follows
from crossbrief.synthesize.text import stem, tokens

# Nouns of a change in an amount, which stand for the change a verb told before them.
_CHANGE_WORDS = """rise rises fall falls increase increases drop drops decline declines jump
    jumps gain gains surge surges climb climbs slump slumps dip dips rebound recovery"""
_CHANGE = frozenset(_CHANGE_WORDS.split())
# a phrase after the subject's noun that says which one it means
_IDENTIFIED = re.compile(IDENTIFIED)
# "The" (or "the" after a fronted source), at most one lower-case modifier and the noun;
# the words after "the" case-sensitive: a capital is a name ("The Velmora piers ...").
_SUBJECT = re.compile(
    r"^[\"'\u201c\u2018`( ]*(?:(?i:according\s+to)\s+[^,]{1,60},\s+)?(?i:the)\s+"
    r"(?P<first>[a-z][a-z'-]*)\b(?:\s+(?P<second>[a-z][a-z-]*)\b)?"
)


def given_subject(story: Story, i: int) -> bool:
    """True when sentence ``i``, past its article's first body sentence, opens with a
    definite subject ("The piers were ...") whose noun an earlier body sentence of its
    article names, or a change noun ("The rise came ..."): it stands for what those told."""
    if first_in_body(story, i):
        return False
    told = story.sentences[i].text
    text = QUOTED.sub(" ", told)
    m = _SUBJECT.match(text)
    if m is None:
        return False
    heads = subject_heads(story, i)
    if heads is None:  # an analysis saved before subjects were read: by word order
        noun = _head(text, m)
    elif text[: m.end()] == told[: m.end()]:  # no quotation before: offsets are the parse's
        noun = _parsed_head(text, m, heads)
    else:
        noun = None
    if noun is None:
        return False
    if noun in _CHANGE:
        return True
    root = stem(noun)
    if root in _story_words(story):
        return False
    s = story.sentences[i]
    before = story.sentences[i - s.index : i]  # its article's sentences before it
    return any(b.article == s.article and not b.heading and root in _roots(b.text) for b in before)


@lru_cache(maxsize=1 << 12)
def _roots(text: str) -> frozenset[str]:
    """The word stems of ``text`` (cached: a sentence is read for each later subject)."""
    return frozenset(stem(w) for w in tokens(text))


# Words that make the word before them a subject's noun for sure: "The piers were ...".
_AUXILIARY_WORDS = "is was are were has have had will would can could may might must did does"
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split())
# Present forms of verbs of saying that are no nouns ("claims", "reports" are both: left out)
_SAYING_WORDS = "says said tells told argues insists warns adds admits believes thinks explains"
_SAYING_FORMS = frozenset(_SAYING_WORDS.split())


def _parsed_head(text: str, m: re.Match[str], heads: frozenset[int]) -> str | None:
    """The subject's noun among the one or two words after "the", as the parse found it:
    the word where a subject's head word starts ("plan" in "The plan covers ...", where
    "covers" is the verb); None when neither is one (the words open no subject, or a longer
    phrase than the pattern reads), or when a possessive before it ("The quay's opening")
    or what follows it says which one is meant ("The rise in fares ...", "The piers of
    Velmora ...": ``summary_shells.IDENTIFIED``)."""
    if m.group("first").endswith(("'s", "'")):
        return None  # a possessive says whose: "The quay's opening ..."
    for group in ("first", "second"):
        if m.group(group) is not None and m.start(group) in heads:
            return None if _IDENTIFIED.match(text, m.end(group)) else m.group(group)
    return None


def _head(text: str, m: re.Match[str]) -> str | None:
    """By word order, for an analysis saved before subjects were read: the subject's noun
    among the one or two words after "the": the first when an
    auxiliary, an "-ed" verb or a verb of saying follows it ("The piers were ..."), else the second when a verb
    may follow it ("The old piers fell", "The ferry crews walked out"), else the first when
    one may ("The rise came ..."); None when no verb follows either."""
    first, second = m.group("first"), m.group("second")
    # a verb of saying is the subject's verb, never its noun: "The council says that ..."
    if second is not None and (
        second in _AUXILIARIES or second.endswith("ed") or second in _SAYING_FORMS
    ):
        return first
    if second is not None and verb_follows(text, m.end("second"), second):
        return second
    return first if verb_follows(text, m.end("first"), first) else None


# each story's ``_story_words``, computed once (``given_subject`` is asked per candidate)
_WIDE: WeakKeyDictionary[Story, frozenset[str]] = WeakKeyDictionary()


def _story_words(story: Story) -> frozenset[str]:
    """The word stems used by over half of the story's reports (a report's versions and
    copies count once)."""
    if story not in _WIDE:
        words: dict[str, set[str]] = {}
        for a in story.articles:
            report = story.versions[a.article.id]
            # each distinct word stemmed once, not once per occurrence in the article
            words.setdefault(report, set()).update(map(stem, set(tokens(a.article.text))))
        counts = Counter(w for ws in words.values() for w in ws)
        _WIDE[story] = frozenset(w for w, n in counts.items() if 2 * n > len(words))
    return _WIDE[story]
