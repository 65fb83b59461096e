"""Where in its article a sentence may not stand in a summary, whatever its words: a
sentence the splitter cut before a lower-case piece, a headline above a dateline, a standfirst
in headline style, a sentence opening inside a quotation begun before it, a speaker's "I" whose
speaker is named neither in it nor in the sentence before, a "today" of an undated report, a
sentence with no verb (a label or a spec list), and any sentence of a readers' page or of a
column or editorial.

Plain predicates on a story's sentences and their neighbours, so the summarizer's selection
stays about coverage and tests can check each rule on invented articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from crossbrief.synthesize.sentence_shape import verbless
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_captions import (
    caption,
    closed_unopened,
    cut_in_paragraph,
    opened_before,
    title_case,
)
from crossbrief.synthesize.summary_fronted import OPENERS
from crossbrief.synthesize.summary_opinion import opinion_pages
from crossbrief.synthesize.summary_people import speaker_before
from crossbrief.synthesize.summary_quotes import inside_quotation
from crossbrief.synthesize.summary_referents import undated_deictic
from crossbrief.synthesize.text import first_person

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


# A standfirst (deck) under the title is at most this many words: the analysis's rule takes
# 12, and a deck joining two clauses ("Port to close quay and will cut crossings ...") runs longer.
DECK_WORDS = 16
# Articles, which headline style leaves out ("Mayor may take role in push for deal").
_ARTICLE_WORD = re.compile(r"\b(?:a|an|the)\b", re.I)


def _own_paragraph(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole paragraph: a line break (or the text's edge)
    on each side, and more text after it."""
    before, after = text[:start].rstrip(" \t"), text[end:]
    return (
        (not before or before.endswith("\n"))
        and after.lstrip(" \t").startswith("\n")
        and bool(after.strip())
    )


def deck(story: Story, i: int) -> bool:
    """True when sentence ``i`` is a standfirst in headline style: its article's first
    sentence outside headings, a paragraph of its own with more text below, at most
    ``DECK_WORDS`` words, with no quote mark, no time and no article ("a", "an", "the"),
    which headlines leave out and a story's lead uses ("Mayor may take role in push for
    deal" over "The mayor said on Monday ...")."""
    s = story.sentences[i]
    if len(s.text.split()) > DECK_WORDS or _ARTICLE_WORD.search(s.text):
        return False
    # read after the words: the look for the article's first sentence walks the story
    first = next(t for t in story.sentences if t.article == s.article and not t.heading)
    if first is not s:
        return False
    if any(q in s.text for q in '"\u201c\u201d`'):
        return False
    analyzed = story.by_id[s.article]
    if any(s.start <= t.start < s.end for t in analyzed.times):
        return False
    return _own_paragraph(analyzed.article.text, s.start, s.end)


def unnamed_speaker(story: Story, i: int) -> bool:
    """True when sentence ``i`` says "I" outside quotation marks (``first_person``) and
    names no one as the subject of a verb of saying: whose words they are is told only in
    another sentence."""
    s = story.sentences[i]
    return first_person(s.text, plural=False, quoted=False) and not speaker_before(
        story, i, len(s.text)
    )


def speaker_before_it(story: Story, i: int) -> bool:
    """Whether the sentence before ``i`` in its article names a person as the subject of a
    verb of saying ("Ann Lee said: ..."): the speaker of ``i``'s bare "I" is named there."""
    if i == 0:
        return False
    s, prev = story.sentences[i], story.sentences[i - 1]
    if prev.article != s.article or prev.index != s.index - 1:
        return False
    return speaker_before(story, i - 1, len(prev.text))


def in_place(story: Story, indices: Iterable[int]) -> list[int]:
    """Those of sentences ``indices`` that may stand in a summary by their place: no
    heading, not opening inside a quotation, not of a readers' page (unless every article
    is one: a story told only there is still told) nor of a column or editorial
    (``summary_opinion``; unless every article is one of them), not cut before a lower-case piece and
    not a headline above a dateline, no standfirst in headline style (``deck``), no
    "I" whose speaker is named neither in it nor in the sentence before it (``summary``
    reads one named before only together with that sentence), no photo or video caption,
    no second half of a sentence cut inside its paragraph, none opening inside a quotation
    a sentence before it opened, none closing a quotation opened elsewhere
    (``summary_captions``), and no "today" or "yesterday" of a report the brief shows no
    date for (``summary_referents.undated_deictic``), and none the parse found no verb in
    (``sentence_shape.verbless``: a label or a spec list, "Price: $80.", tells no event)."""
    fits = placed(story)
    return [i for i in indices if fits(i)]


def placed(story: Story) -> Callable[[int], bool]:
    """``in_place``'s test of one sentence, the story's readers' and opinion pages read
    once: the summarizer asks it of its densest sentences first and stops when it has
    enough, rather than of every sentence."""
    readers = readers_pages(story)
    if len(readers) == len(story.articles):
        readers = set()
    # a column or an editorial tells the writer's view, not the news, unless all are one
    opinion = opinion_pages(story)
    if len(readers | opinion) < len(story.articles):
        readers |= opinion
    sents = story.sentences

    def fits(i: int) -> bool:
        return (
            not sents[i].heading
            and not inside_quotation(story, i)
            and sents[i].article not in readers
            and not cut_after(story, i)
            and not before_dateline(story, i)
            and not deck(story, i)
            and not (unnamed_speaker(story, i) and not speaker_before_it(story, i))
            and not caption(sents[i].text, headline=sents[i].index == 0)
            and not title_case(story, i)
            and not cut_in_paragraph(story, i)
            and not opened_before(story, i)
            and not closed_unopened(sents[i].text)
            and not undated_deictic(story, i)
            and not verbless(story, i)
        )

    return fits
