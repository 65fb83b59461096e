"""Whose words a sentence is: a quotation joins a fact only with the same speaker's words.

A sentence made mostly of someone's direct quotation ("'This plan is reckless,' Lee
said.") states Lee's view, not the story's facts: another outlet's sentence sharing its
words but quoting someone else ("Reed called it 'reckless'"), or narrating an event
it mentions ("the plan was approved"), is not the same fact. Such a sentence is
led (``Voice.led``): its direct quotations' content covers at least ``QUOTE_SHARE`` of its
characters. Two sentences one of which is quote-led can state one fact only when the
other carries words of the same speaker (a speaker named in both, compared by the last
word of the name), or, where either speaker is unnamed (unknown, a pronoun or a role such
as "the mayor", which may be the person the other outlet names), at least ``SAME_WORDS``
of the quotation's content words (the same words printed without marks or with a pronoun
cue). The same words credited to two named people stay apart: one outlet has it wrong.

A first-person sentence that names no speaker of its own ("I am glad to be back.", a
quotation's second sentence, or one whose cue is only "he said") goes on the words of the
last named speaker of its article within ``CARRIED_OVER`` sentences before it, and is that
speaker's words as a whole: two outlets printing "I am glad" after two different people's
quotations print two people's words, not one fact.

One speaker says several things: a quote-led sentence joins another carrying the same
speaker's words only when the two share at least ``SAME_STATEMENT`` of the fewer content
words, those of the quotation or those of the other's own quotation (its whole sentence
where it quotes fewer than ``FEW_QUOTED`` words): a chief executive's line on the market
and the same man's line on the deal are two statements, though both are his.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from crossbrief.synthesize.ledger_filter import STAND_INS
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import content_terms, first_person

QUOTE_SHARE = 0.5
SAME_WORDS = 0.5
# words of one speaker's quotation another sentence carrying the same speaker must share
# (of the fewer): one statement, not another of the same person's; on 19 read development
# stories (/tmp/s11/fct) it parts 5 wrong joins and 3 right ones, bench/facts.py unchanged
SAME_STATEMENT = 1 / 3
FEW_QUOTED = 3  # fewer quoted words than this are a scare quote: the sentence's words count
# sentences back a first-person sentence with no speaker of its own looks for the speaker it
# continues: a quotation's next lines, after a line or two of the writer's own
CARRIED_OVER = 3


@dataclass(frozen=True)
class Voice:
    """A sentence's direct quotation share and speakers."""

    led: bool  # mostly a direct quotation
    speakers: frozenset[str]  # every quote's speaker in it (last name word, lower case)
    led_by: frozenset[str]  # the direct quotations' speakers
    quoted: frozenset[str]  # the direct quotations' content words
    words: frozenset[str]  # the sentence's content words


def _speaker_key(name: str | None, written: str | None) -> str | None:
    """The last word of the resolved name or of a written speaker that is a name: a pronoun
    or a role ("the mayor") may be anyone the story names, so it is no key."""
    for who in (name, written):
        if who:
            last = who.split()[-1].removesuffix("'s").removesuffix("\u2019s")
            if last.lower() not in STAND_INS and (who is name or last[:1].isupper()):
                return last.lower()
    return None


def voices(story: Story) -> list[Voice]:
    """Each story sentence's ``Voice``."""
    # Per article once: each quote's span, speaker key and kind, ordered by start, so that a
    # sentence reads only the quotes that start before it ends (the result is sets and a
    # sum: the order the quotes are read in changes nothing).
    spans: dict[str, tuple[list[int], list[tuple[int, int, str | None, bool]]]] = {}
    for a in story.articles:
        # by start alone: a speaker key may be None, which does not compare with text
        found = sorted(
            [
                (q.start, q.end, _speaker_key(q.speaker_name, q.speaker_text), q.kind == "direct")
                for q in a.quotes
            ],
            key=lambda f: f[0],
        )
        spans[a.article.id] = ([f[0] for f in found], found)
    out = []
    # per article: the sentence index and key of the last named speaker seen so far
    last_named: dict[str, tuple[int, str]] = {}
    for s in story.sentences:
        text = story.by_id[s.article].article.text
        starts, found = spans[s.article]
        direct = 0
        speakers: set[str] = set()
        led_by: set[str] = set()
        quoted: set[str] = set()
        for q_start, q_end, key, is_direct in found[: bisect_left(starts, s.end)]:
            lo, hi = max(q_start, s.start), min(q_end, s.end)
            if lo >= hi:
                continue
            if key:
                speakers.add(key)
            if is_direct:
                direct += hi - lo
                quoted.update(content_terms(text[lo:hi]))
                if key:
                    led_by.add(key)
        led = direct >= QUOTE_SHARE * max(1, s.end - s.start)
        words = frozenset(content_terms(s.text))
        carried = last_named.get(s.article)
        if speakers:
            # the last quote's speaker, by start: the one a next line would continue
            last_named[s.article] = (s.index, _last_key(found, s.start, s.end) or "")
        elif (
            carried and carried[1] and s.index - carried[0] <= CARRIED_OVER and first_person(s.text)
        ):
            led, speakers, led_by = True, {carried[1]}, {carried[1]}
            quoted = set(words)
        out.append(
            Voice(
                led,
                frozenset(speakers),
                frozenset(led_by),
                frozenset(quoted),
                words,
            )
        )
    return out


def _last_key(found: list[tuple[int, int, str | None, bool]], start: int, end: int) -> str | None:
    """The speaker key of the last quote with one that starts in [``start``, ``end``) or
    runs into it."""
    key = None
    for q_start, q_end, k, _ in found:
        if k and q_start < end and q_end > start:
            key = k
    return key


def _carries(led: Voice, other: Voice) -> bool:
    """Whether ``other`` carries the words of quote-led ``led``'s speaker: the same
    speaker's and the same statement (``SAME_STATEMENT``), or where either speaker is
    unnamed, the quotation's words (``SAME_WORDS``)."""
    if led.led_by and other.speakers:
        if not led.led_by & other.speakers:
            return False
        if not led.quoted:
            return True
        theirs = other.quoted if len(other.quoted) >= FEW_QUOTED else other.words
        fewer = min(len(led.quoted), len(theirs))
        return len(led.quoted & other.words) >= SAME_STATEMENT * fewer
    if not led.quoted:
        return True
    return len(led.quoted & other.words) >= SAME_WORDS * len(led.quoted)


def one_voice(a: Voice, b: Voice) -> bool:
    """Whether two sentences may state one fact as far as whose words they are."""
    return (not a.led or _carries(a, b)) and (not b.led or _carries(b, a))
