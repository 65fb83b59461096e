"""Quotes of one article: direct, partial and indirect speech, each with cue and speaker.

Direct quotes are found in the raw text by their marks, so the quoted words are verbatim by
construction (and checked again by ``is_verbatim``). Curly and straight marks may be mixed;
a quote left open at a paragraph end runs to that end and continues when the next paragraph
opens with a mark (news style). A quote is *direct* when it holds a clause or a sentence of
its own, *partial* when it is a fragment inside the writer's sentence ("called it 'our moral
duty'"); a partial quote with no reporting verb is a scare quote or a title and is dropped.

The cue of a quote is found in this order: a speaker and reporting verb right after a
closing comma, ? or ! ('"...," she said', '"...?" asked Lee'), which also ends a quote
paragraph that would go on with an open quote before it; a reporting verb above the quoted
words in the parse tree; one attached below them ("..., he said"); the nearest reporting
verb of the sentence outside any quote, or one with a speaker between the quote and a verb
of no speech the parser hung it on (a participle with no subject opening its sentence,
'Adding, "..."', goes on with the speaker before); a sentence right before that only names
who speaks ("Lee said in a statement."); a dash after the closing mark ("-- Ann Lee"); a transcript
label ("SMITH: ..."); otherwise the quote inherits the attribution of the quote before it
in the paragraph, or of the previous paragraph's quote it continues; a quote opening a
paragraph takes the cue ending the paragraph before with a colon ("He said:", "She issued
this statement:"); names right before a colon after a dash or a sentence ("HEADLINE - Ann
Lee: "..."", "More from the report: "..."") said what follows. The speaker is the cue's
subject. A span of three or more words in title case is a title, not speech, unless shouted
("... !").
Indirect speech is a reporting or stance verb with a clausal complement, object or
prepositional object ("talked about ..."); an attribution noun with its clause or object
("his claim that ...", "concern about ...", "her criticism of ..."); a stance adjective
("critical of ...", "confident that ..."); "according to X" or a finding "in a poll"; or a
"Speaker: ..." line whose label names a source.
Content without a clause of its own keeps its verb ("praised the rescue teams"); whom it was
said to ("told reporters"), a thing ("found a way") and a when-clause are no content.

A speaker phrase is resolved, within this article, to a name: a person or organisation
mention inside it; for a relative pronoun ("who said") the noun its clause modifies, or the
subject that noun is said to be ("Lee is a lawyer who said"), and with no name there the
quote shows that noun phrase as its speaker ("a memo from the campaign"), not "that"; for a
pronoun ("he", "his office") the latest person named as a subject before it outside any
quote (a one-word name the tagger missed, or took for an organisation, counts when it is the
subject of a reporting verb), never one named after it in its own clause; for "it" and "the company" the organisation just named; for a role
("the Israeli prime minister") the paragraph's subject when nothing gives them another role,
else the most-named person whose own mention carries those role words. An expletive "it"
names no one. A "they" stands for the group named as the subject just before it (a plural
noun for people, names joined by "and", an organisation), else for no one (groups.py).
Synthesis links the name to the story's entity.
Reported content whose source is a thing or an event, not someone or a record that speaks
for its makers ("Bent metal bars showed ...", but "the report said"), is marked
``inanimate_source``; a quote whose cue is negated ("did not say", "never claimed") is
marked ``negated``.

Every step is linear in the tokens: sentences are found by bisection and each quote looks
only at its own sentence and its neighbours.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.analyze.quotes.asides import names_before_dashes
from crossbrief.analyze.quotes.context import para_end, prepare
from crossbrief.analyze.quotes.described_pronouns import described_speakers
from crossbrief.analyze.quotes.direct import direct_quotes
from crossbrief.analyze.quotes.firm_names import as_firms
from crossbrief.analyze.quotes.groups import name_groups
from crossbrief.analyze.quotes.hedges import HEDGE_CUES, hedged_quotes
from crossbrief.analyze.quotes.indirect import indirect_quotes
from crossbrief.analyze.quotes.initialisms import as_bodies
from crossbrief.analyze.quotes.inverted_tags import rehang_inverted_tags
from crossbrief.analyze.quotes.just_named import object_starts, sentence_starts
from crossbrief.analyze.quotes.lexicon import (
    FORM_TO_BASE,
    MARKS,
    NAME_TYPES,
    REPORTING_BASES,
    cue_base,
    is_denial,
    is_reporting,
)
from crossbrief.analyze.quotes.marks import find_quote_spans, is_verbatim
from crossbrief.analyze.quotes.negation import mark_negated
from crossbrief.analyze.quotes.passives import passive_quotes
from crossbrief.analyze.quotes.placed_names import as_places
from crossbrief.analyze.quotes.record_pronouns import record_speakers, subject_starts
from crossbrief.analyze.quotes.refusals import is_refusal
from crossbrief.analyze.quotes.sayings import no_sayings
from crossbrief.analyze.quotes.speakable import mark_inanimate
from crossbrief.analyze.quotes.speakers import Found, Names, people_of
from crossbrief.analyze.quotes.stance_words import is_position
from crossbrief.analyze.quotes.stances import holder_quotes, stance_quotes
from crossbrief.analyze.quotes.transcripts import (
    interview_answers,
    named_headers,
    transcript_headers,
)
from crossbrief.analyze.quotes.whole_names import whole_names
from crossbrief.model import Mention, Quote

__all__ = [
    "FORM_TO_BASE",
    "HEDGE_CUES",
    "REPORTING_BASES",
    "cue_base",
    "extract_quotes",
    "find_quote_spans",
    "is_denial",
    "is_position",
    "is_refusal",
    "is_reporting",
    "is_verbatim",
]


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]
) -> list[Quote]:
    """Direct, partial and indirect quotes of one article, in text order."""
    for paragraph in paragraphs:
        rehang_inverted_tags(paragraph.doc)  # "X, said Y, VERB ...": X is the clause's
    segs = find_quote_spans(text, [(p.offset, para_end(p)) for p in paragraphs])
    paras = prepare(paragraphs, segs)
    mentions = as_firms(mentions, text)  # "Maxwell Ferris" beside "Maxwell Ferris Ltd": no "he"
    mentions = as_places(mentions, paras)  # "in Dorvik", "Dorvik were beaten": no "he"
    mentions = as_bodies(mentions)  # "joined BNIP ... after BNIP came third": no "he"
    people = people_of(paras, mentions)
    people.sentences, people.objects = sentence_starts(paras), object_starts(paras)
    found = sorted((m for m in mentions if m.type in NAME_TYPES), key=lambda m: m.start)
    last_words = frozenset(
        m.text.split()[-1].lower() for m in found if m.type in {"PERSON", "ORG"} and m.text.split()
    )
    names = Names(found, [m.start for m in found], last_words)
    quotes = direct_quotes(text, paras, segs, people, names)
    taken = [(q.start, q.end, q.kind == "direct") for q in quotes]
    direct = sorted(q.start for q in quotes if q.kind == "direct")
    so_far = Found(text, taken, direct, people, names)
    for para in paras:
        quotes.extend(indirect_quotes(so_far, para))
        quotes.extend(stance_quotes(so_far, para))
        quotes.extend(passive_quotes(so_far, para))
        quotes.extend(holder_quotes(so_far, para))
    held = sorted(quotes, key=lambda q: q.start)
    for para in paras:
        quotes.extend(hedged_quotes(text, para, held, direct))
    quotes.sort(key=lambda q: (q.start, q.end))
    # an editor's header ("UPDATE: The board said ...") goes before the widest quote is
    # kept, so the attribution inside the header's own quote survives it
    quotes = transcript_headers(quotes, text, paras)
    # "as they say" reports no one; gone before the widest quote is kept, so a report
    # inside the sentence it sits in survives it
    quotes = no_sayings(quotes, paras, found, people)
    quotes = _named_by_words(_lone_labels(_fold_partials(outermost(quotes))))
    # "Q: ..." then "A: ...": the answer is the interviewee's; what it reports others said
    # stays an attribution of its own
    answers = interview_answers(text, paras, people)
    quotes = sorted([*quotes, *answers], key=lambda q: (q.start, q.end))
    quotes = name_groups(quotes, paras, found, people)  # "Workers marched. '...,' they said."
    quotes = described_speakers(quotes, people)  # "'...,' said an aide. '...,' he added."
    # "..., the memo said. ..., it said."; no other subject between them
    quotes = record_speakers(quotes, people.sentences, subject_starts(paras))
    quotes = named_headers(quotes, text, paras, people)
    quotes = whole_names(quotes, text, paras)  # "the Guild of Coastal pilots", "Velmo Re"
    quotes = names_before_dashes(quotes, paras)  # "Ann Lee - Velmora's finance chief - said"
    return mark_negated(mark_inanimate(quotes, paras), paras)


_WORD = re.compile(r"\w+")
LABEL_WORDS = 2  # a quoted fragment this short, alone at its cue, is a label
# A whole short utterance: a capital to a closing '.', '?' or '!' ('"No."', '"Really?"').
_UTTERANCE = re.compile(r"\W*[A-Z].*[.?!]\W*$", re.DOTALL)


def _lone_labels(quotes: list[Quote]) -> list[Quote]:
    """Drop a partial quote of one or two words that no reported content shares a cue with
    ('what he called "clever rivals"', 'the forger known as "Magpie"'): a word
    or two in marks with nothing said around them is mostly a label or a term the writer
    holds at a distance, not an attribution. One inside reported speech stays with it, and
    so does a whole short utterance ('said, "No."')."""
    cues: dict[int | None, int] = {}
    for q in quotes:
        cues[q.cue_start] = cues.get(q.cue_start, 0) + 1
    return [
        q
        for q in quotes
        if q.kind != "partial"
        or len(_WORD.findall(q.text)) > LABEL_WORDS
        or _UTTERANCE.match(q.text) is not None
        or (q.cue_start is not None and cues[q.cue_start] > 1)
    ]


# Markup left in article text ('<', 'id="...">'): a speaker span holding it is no phrase.
_MARKUP = re.compile(r'[<>]|=\s*"')


def _named_by_words(quotes: list[Quote]) -> list[Quote]:
    """A speaker span with no letter or digit ('<', a direction mark, a dash) or with markup
    left in the text ('tweet id="..."') names no one: a direct or partial quote keeps its
    words with no speaker; reported speech, whose words are the writer's, is dropped."""
    out = []
    for q in quotes:
        spk = q.speaker_text
        if spk is None or (any(c.isalnum() for c in spk) and not _MARKUP.search(spk)):
            out.append(q)
        elif q.kind != "indirect":
            out.append(
                replace(
                    q, speaker_text=None, speaker_start=None, speaker_end=None, speaker_name=None
                )
            )
    return out


def _fold_partials(quotes: list[Quote]) -> list[Quote]:
    """Drop a partial quote inside reported speech from another cue ('said he thinks it is
    "a great thing"'): the reported content carries its words, marks and all, under the
    outer speaker. One from the same cue stays ('called the plan "a gamble"'). A quote
    inside reported speech from its own cue is one attribution with it: a fragment of it
    when the writer's sentence runs on from the quote ('"Many would call it a loss" if she
    won by less'), all of it when the reported speech opens with the quote and goes on past
    its closing comma ('said, "Not yet," when asked ...': the rest is the writer's), unless
    the rest is a second reported clause joined to the quote ('said, "Not yet," and that
    the vote would be close'), which stays reported speech of its own."""
    reported = [q for q in quotes if q.kind == "indirect"]
    starts = [q.start for q in reported]
    widest: list[Quote] = []
    for q in reported:
        widest.append(q if not widest or q.end > widest[-1].end else widest[-1])
    hosts = {q.cue_start: q for q in reported if q.cue_start is not None}
    inside = {
        id(q): hosts[q.cue_start]
        for q in quotes
        if q.kind == "direct"
        and q.cue_start in hosts
        and hosts[q.cue_start].start <= q.start
        and q.end <= hosts[q.cue_start].end + 1
    }
    whole = {
        id(h)
        for q in quotes
        if (h := inside.get(id(q))) is not None
        and q.text.rstrip().endswith(",")
        and not h.text[: max(0, q.start - h.start)].strip(MARKS + " '")
    }
    ends = {id(h): q.end for q in quotes if (h := inside.get(id(q))) is not None}
    out = []
    for q in quotes:
        if q.kind == "partial":
            k = bisect.bisect_right(starts, q.start) - 1
            if k >= 0 and widest[k].end >= q.end and widest[k].cue_start != q.cue_start:
                continue
        if id(q) in whole:
            if (rest := _second_clause(q, ends[id(q)])) is not None:
                out.append(rest)
            continue
        host = inside.get(id(q))
        if host is not None and id(host) not in whole and not q.text.rstrip().endswith(","):
            q = replace(q, kind="partial")
        out.append(q)
    return sorted(out, key=lambda q: (q.start, q.end))


# After a quote that opens reported speech: "and that ...", "but whether ...": a second
# clause of what was said, joined to the quote.
_JOINED_CLAUSE = re.compile(rf"[\s{MARKS}]*(?:and|but|or)\s+(?:that\s+|(?=(?:whether|if)\b))")


def _second_clause(host: Quote, quote_end: int) -> Quote | None:
    """The reported clause joined to a quote that opens the reported speech ``host``
    ('said, "We'll see," and that the vote would be close' gives 'the vote would be
    close'), or None when what follows the quote is the writer's ('when asked ...')."""
    cut = quote_end - host.start
    m = _JOINED_CLAUSE.match(host.text, cut)
    if m is None or not host.text[m.end() :].strip():
        return None
    return replace(host, text=host.text[m.end() :], start=host.start + m.end())


def outermost(quotes: list[Quote]) -> list[Quote]:
    """Drop reported speech whose cue sits inside another quote's content ("Interfax said
    the ministry said ..."): each word is attributed once, to the outer speaker. "According
    to Z" is always the outer source, also when it closes the sentence."""
    starts = [q.start for q in quotes]
    reach, furthest = [], -1
    for q in quotes:
        furthest = max(furthest, _reach(q))
        reach.append(furthest)
    according = sorted(
        q.cue_start for q in quotes if q.cue == "according to" and q.cue_start is not None
    )
    out = []
    for j, q in enumerate(quotes):
        if q.cue == "according to":
            out.append(q)  # the outermost source by construction ("X said Y, according to Z")
            continue
        k = bisect.bisect_left(according, q.start)
        if q.kind == "indirect" and k < len(according) and according[k] < q.end:
            continue  # reported speech inside what Z is the source for
        if q.kind == "indirect" and q.cue_start is not None:
            c = q.cue_start
            k = bisect.bisect_right(starts, c) - 1
            # A cue set inside its own content ("X, he said, Y") does not count.
            if j > k:
                inner = reach[k] if k >= 0 else -1
            else:
                inner = max(
                    [
                        reach[j - 1] if j > 0 else -1,
                        *(_reach(quotes[i]) for i in range(j + 1, k + 1)),
                    ]
                )
            if inner > c:
                continue
        out.append(q)
    return out


def _reach(q: Quote) -> int:
    """How far a quote reports: its content, and for "according to Z" closing a sentence
    also the cue before the phrase ("X, Lee said, according to Z": Z reports Lee's cue)."""
    if q.cue == "according to" and q.cue_end is not None:
        return max(q.end, q.cue_end)
    return q.end
