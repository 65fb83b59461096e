"""A story sentence's shape as its article's analysis read it from the parse
(``analyze.clauses``): whether it has a verb, and where its subjects' head words are.

Analysis saved before clauses were read has none: then no sentence is verbless, and the
callers read subjects from word order as before.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from crossbrief.model_acts import Clause
from crossbrief.synthesize.story import Story

# each story's clauses by (article, sentence index), gathered once
_CLAUSES: WeakKeyDictionary[Story, dict[tuple[str, int], Clause]] = WeakKeyDictionary()
# the articles of each story whose analysis read clauses
_READ: WeakKeyDictionary[Story, frozenset[str]] = WeakKeyDictionary()


def _of(story: Story) -> dict[tuple[str, int], Clause]:
    if story not in _CLAUSES:
        _CLAUSES[story] = {
            (a.article.id, c.sentence): c for a in story.articles for c in a.clauses or ()
        }
        _READ[story] = frozenset(a.article.id for a in story.articles if a.clauses is not None)
    return _CLAUSES[story]


def clause(story: Story, i: int) -> Clause | None:
    """The clause analysis read for story sentence ``i``; None when its article's analysis
    read none (saved before clauses were read)."""
    s = story.sentences[i]
    return _of(story).get((s.article, s.index))


def parsed(story: Story, i: int) -> bool:
    """Whether the analysis of sentence ``i``'s article read clauses at all."""
    _of(story)
    return story.sentences[i].article in _READ[story]


def verbless(story: Story, i: int) -> bool:
    """True when sentence ``i`` is a label or a list with no verb: the parse found no verb
    or auxiliary in it, and it has a colon or a semicolon, or digits in at least a third of
    its words ("Price: $80.", "Weight 2 kg; battery 10 hours.", "Avel 3.1, Dunmore 2.4."):
    it tells no event. A sentence with no such marks is more often one whose verb the tagger
    took for a noun or an adjective (a past tense read as an adjective after a name and an age)."""
    c = clause(story, i)
    if c is None or c.verb:
        return False
    text = story.sentences[i].text
    words = text.split()
    return (
        ":" in text
        or ";" in text
        or 3 * sum(any(ch.isdigit() for ch in w) for w in words) >= len(words)
    )


def subject_heads(story: Story, i: int) -> frozenset[int] | None:
    """Where in sentence ``i``'s text (offsets into it) its main clauses' subjects' head
    words start; None when its article's analysis read no clauses."""
    if not parsed(story, i):
        return None
    c = clause(story, i)
    start = story.sentences[i].start
    return frozenset(h - start for h in c.subjects) if c is not None else frozenset()
