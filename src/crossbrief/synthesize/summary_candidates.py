"""Where in its article a sentence may not stand in a summary, whatever its words: a
sentence the splitter cut before a lower-case piece, a headline above a dateline, a sentence
opening inside a quotation begun before it, and any sentence of a readers' page.

Plain predicates on a story's sentences and their neighbours, so the summarizer's selection
stays about coverage and tests can check each rule on invented articles.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_rules import OPENERS, inside_quotation

# Lower-case particles of surnames ("de Klerk", "van Gogh", "von Trapp"): a sentence opening
# with one opens with a name, not with a piece of the sentence before.
_NAME_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "ten", "ter", "la"}
    | {"le", "bin", "ibn", "dos", "das"}
)


def cut_after(story: Story, i: int) -> bool:
    """True when the sentence after ``i`` in its article opens in lower case: the splitter
    cut one sentence in two, after an abbreviation ('... if they threaten the U.S.' /
    '"they will pay ..."'), so ``i`` is not a whole sentence either. A surname's particle
    before a capital ("de Klerk said ...") opens a sentence of its own."""
    sents = story.sentences
    if i + 1 >= len(sents):
        return False
    s, after = sents[i], sents[i + 1]
    if after.article != s.article or after.index != s.index + 1:
        return False
    words = after.text.lstrip(OPENERS).split(maxsplit=2)
    if len(words) > 1 and words[0] in _NAME_PARTICLES and words[1][:1].isupper():
        return False
    # a whole word in lower case: "eBay" or "iPhone" open sentences of their own
    return bool(words) and words[0].islower()


# A line that is nothing but a name, perhaps with a place: "Jan Novak." or "Ann Lee, Leeds."
_SIGNATURE = re.compile(
    r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,3}(?:,\s+[A-Z][\w'. -]*)?\.?", re.UNICODE
)


def readers_pages(story: Story) -> set[str]:
    """The articles of ``story`` that are readers' pages (letters, comments on social media):
    at least two of their sentences are nothing but a person's name between sentences that
    are none, the signatures under readers' words. A reader speaks for no outlet, so the
    story is not told from such a page. Names one after another are a list (the dead, the
    winners), which news articles print too."""
    people = {
        (a.article.id, m.start) for a in story.articles for m in a.mentions if m.type == "PERSON"
    }
    sents = story.sentences
    name = [
        (s.article, s.start) in people and bool(_SIGNATURE.fullmatch(s.text.strip())) for s in sents
    ]
    signed: dict[str, int] = {}
    for i, s in enumerate(sents):
        # a neighbour of the same article that is a name line too makes a list
        listed = any(
            0 <= k < len(sents) and name[k] and sents[k].article == s.article
            for k in (i - 1, i + 1)
        )
        if name[i] and not listed:
            signed[s.article] = signed.get(s.article, 0) + 1
    return {a for a, n in signed.items() if n >= 2}


# A dateline: a place in capitals and a dash before the story's first word, which opens in
# upper case ("SPRINGFIELD \u2014 The council ...", "OAKDALE, Calif. - Police ..."); an
# acronym set off by a dash opens no story ("NATO \u2014 which ... \u2014 said").
_DATELINE = re.compile(
    r"[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([\w .]+\)\s*)?[\u2014\u2013-]{1,2}(?:\s+[\"'\u201c\u2018]?[A-Z0-9]|$)"
)
# how far into an article a dateline may still open its story
_DATELINE_WITHIN = 3


def before_dateline(story: Story, i: int) -> bool:
    """True when a sentence after ``i`` among its article's first ``_DATELINE_WITHIN`` opens
    with a dateline ("SPRINGFIELD \u2014 The council voted ..."): the story begins at the
    dateline, so what stands before it is a headline."""
    s = story.sentences[i]
    if s.index >= _DATELINE_WITHIN - 1:
        return False
    return any(
        t.article == s.article
        and s.index < t.index < _DATELINE_WITHIN
        and _DATELINE.match(t.text.lstrip(OPENERS))
        for t in story.sentences[i + 1 : i + _DATELINE_WITHIN]
    )


def in_place(story: Story, indices: Iterable[int]) -> list[int]:
    """Those of sentences ``indices`` that may stand in a summary by their place: no
    heading, not opening inside a quotation, not of a readers' page (unless every article
    is one: a story told only there is still told), not cut before a lower-case piece and
    not a headline above a dateline."""
    readers = readers_pages(story)
    if len(readers) == len(story.articles):
        readers = set()
    sents = story.sentences
    return [
        i
        for i in indices
        if not sents[i].heading
        and not inside_quotation(story, i)
        and sents[i].article not in readers
        and not cut_after(story, i)
        and not before_dateline(story, i)
    ]
