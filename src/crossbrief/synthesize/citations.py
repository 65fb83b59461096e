"""Citations that agree with the cited sentence: an article whose own sentence gives another
value of a figure, age or name the cited sentence states is no support for it.

Summary sentences and facts cite every article carrying a close rewording, but a rewording
can differ on exactly what the reader came for: one outlet's "21 crew members were rescued"
and another's "23 sailors were lifted to safety" are one event and two counts. Citing both
under the 21 would tell the reader both outlets reported 21. The conflicts table already
holds each value with its article and sentence, so the disagreement is shown there; here a
source is dropped from an item when a conflict gives the item's own sentence one value and
that source's sentence another (updates included: an earlier count does not support the
later one). A fact left with fewer than two outlets is no longer a fact across outlets. The
check is sentence by sentence: an article that gives another value elsewhere may still
carry the cited sentence's other information ("a pretext for invading a nation of 44
million" and "a baseless pretext" are one claim; the population is the conflict's).

The conflicts table is not the only word on it: a conflict may be split over two rows, or a
differing figure may be of another scope and in none ("170,000 in the province", "230,000
across Asia"), so a source is also dropped when its sentence gives a counted thing of the
cited sentence another number (``differ.FigureCheck``).

A summary sentence that is mostly someone's words is supported only by sentences that carry
some of those words: a source is dropped when it shares none of the content words of the
reported words (``reported_words``: the quotes' content, names and times left out). Another
outlet's "Lee said Reed is charged with taking 20 bribes" names the same speaker and
people as "Lee confirmed that Reed and Hale were arrested Wednesday" but says nothing
of the arrest. A paraphrase sharing no word ("conditions had not improved" for "the situation
was as bad") is lost too: of the 22 citations the rule drops from the DUC 2004 summaries,
hand-read, 17 did not state the sentence's claim, 3 did and 2 partly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

from crossbrief.model import (
    AnalyzedArticle,
    Conflict,
    Entity,
    Fact,
    SentenceRef,
    SummarySentence,
    TimelineEntry,
)
from crossbrief.synthesize.agree import clash
from crossbrief.synthesize.cite_acts import (
    SentenceActs,
    joined_tells,
    tells_later_only,
    tells_main_act,
)
from crossbrief.synthesize.cite_another import another_instance
from crossbrief.synthesize.cite_speakers import Speakers
from crossbrief.synthesize.cite_subjects import Subjects
from crossbrief.synthesize.cite_values import other_value
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.fact_counts import object_counts, other_counts
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.glosses import plain_sentence
from crossbrief.synthesize.predicates import carries_predicate, predicates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_cites import series_cites
from crossbrief.synthesize.text import content_terms

# the share of a sentence's own words (outside names and times) its quotes must hold for its
# citations to need some of the quoted words (``reported_words``)
REPORTED_SHARE = 0.5
# the share of a cited sentence's words besides its verbs that a fact-grouped source must
# carry to support it in another verb (``reworded``): all but about one in five, the same
# sentence with the verb swapped ("Mayor Lee resigned on Monday" / "Mayor Lee quit on
# Monday"), not another act told around the same names and time
REWORDED_SHARE = 0.8
# "said" in both of two grouped sentences: two reports of one statement, each telling its
# content in the speaker's or the writer's verbs ("challenged her to meet" / "wanted talks"),
# which the verb reader cannot match; the grouping's word stands
_SAID = re.compile(r"\b(?:said|says)\b")
# (article, sentence) -> conflict index -> the value keys that sentence gives in it
ValueIndex = dict[tuple[str, int], dict[int, set[str]]]


def value_index(conflicts: Sequence[Conflict]) -> ValueIndex:
    """Which values each sentence gives, per conflict."""
    index: ValueIndex = defaultdict(lambda: defaultdict(set))
    for n, conflict in enumerate(conflicts):
        for v in conflict.values:
            index[(v.article, v.sentence)][n].add(v.key)
    return index


def contradicts(index: ValueIndex, cited: SentenceRef, source: SentenceRef) -> bool:
    """Whether ``source`` gives, in some conflict, only values ``cited`` does not give."""
    mine = index.get((cited.article, cited.sentence), {})
    theirs = index.get((source.article, source.sentence), {})
    return any(not (mine[n] & keys) for n, keys in theirs.items() if n in mine)


def _agreeing(
    index: ValueIndex,
    cited: SentenceRef,
    sources: Sequence[SentenceRef],
    figures: FigureCheck | None,
    story: Story | None = None,
) -> tuple[SentenceRef, ...]:
    """``sources`` but those whose sentence gives another value in a conflict, another
    number of a counted thing (``figures``) or, given the ``story``, clashes with the cited
    sentence by its own words (``agree.clash``: another count, other months, a denial)."""

    def text(r: SentenceRef) -> str:
        assert story is not None
        return story.by_id[r.article].sentence_text(r.sentence)

    return tuple(
        s
        for s in sources
        if s == cited
        or not (
            contradicts(index, cited, s)
            or (figures and figures.differ_refs(cited, s))
            or (story is not None and clash(text(cited), text(s)))
        )
    )


def _plain_words(
    analyzed: AnalyzedArticle, lo: int, hi: int, frame: list[tuple[int, int]]
) -> list[str]:
    """The stemmed content words of ``analyzed``'s text from ``lo`` to ``hi``, the words of
    names, times and the ``frame`` spans left out."""
    text = list(analyzed.article.text[lo:hi])
    spans = [(m.start, m.end) for m in analyzed.mentions]
    spans += [(t.start, t.end) for t in analyzed.times]
    for start, end in spans + frame:
        for k in range(max(start, lo), min(end, hi)):
            text[k - lo] = " "
    return content_terms("".join(text))


def reported_words(story: Story, i: int) -> set[str]:
    """The stemmed content words of what story sentence ``i`` reports someone saying (the
    content of every quote in it, cut to the sentence), the words of names and times left
    out: what was said, not who said it or when. Empty for a sentence reporting no one, or
    one that mostly tells something else: when the quotes hold less than ``REPORTED_SHARE``
    of the sentence's words besides names, times, speakers and speech verbs ("Lee
    fired Varga on May 2, calling him unfit for office"), the claim is the narration's."""
    s = story.sentences[i]
    analyzed = story.by_id[s.article]
    quotes = [q for q in analyzed.quotes if max(q.start, s.start) < min(q.end, s.end)]
    frame: list[tuple[int, int]] = []
    for q in quotes:
        if q.speaker_start is not None and q.speaker_end is not None:
            frame.append((q.speaker_start, q.speaker_end))
        if q.cue_start is not None and q.cue_end is not None:
            frame.append((q.cue_start, q.cue_end))
    words: set[str] = set()
    for q in quotes:
        words.update(_plain_words(analyzed, max(q.start, s.start), min(q.end, s.end), []))
    own = set(_plain_words(analyzed, s.start, s.end, frame))
    return words if own and len(words & own) >= REPORTED_SHARE * len(own) else set()


def _tells_reported(
    story: Story,
    cited: SentenceRef,
    sources: Sequence[SentenceRef],
    joined: frozenset[SentenceRef],
    at: Mapping[SentenceRef, int],
) -> tuple[SentenceRef, ...]:
    """``sources`` but those sharing no content word of ``cited``'s reported words, except
    those in ``joined`` (``at``: each story sentence's position by its reference)."""
    if cited not in at:
        return tuple(sources)
    words = reported_words(story, at[cited])
    if not words:
        return tuple(sources)
    return _kept(
        cited,
        sources,
        joined,
        lambda r: r in at and bool(words & set(content_terms(story.sentences[at[r]].text))),
    )


def _tells_predicate(
    story: Story,
    cited: SentenceRef,
    sources: Sequence[SentenceRef],
    joined: frozenset[SentenceRef] = frozenset(),
    events: frozenset[SentenceRef] = frozenset(),
    acts: SentenceActs | None = None,
) -> tuple[SentenceRef, ...]:
    """``sources`` but those not telling what ``cited`` tells happened.

    Where analysis read the acts of both sentences from the parse (``acts``, ``cite_acts``),
    a source must carry the cited sentence's main act (as a verb or its event noun); one in
    ``joined`` (the fact grouping's) is kept without it when it tells none of the cited
    sentence's later events alone ("resigned" for "was fined and resigned") and either
    reader finds an act the two share: one of its parsed acts is a word of the cited
    sentence, or the verbs read from the words (``predicates``) meet, or it is the cited
    sentence with the verb swapped (``reworded``: "resigned" / "quit"). A verb of saying is
    no shared act, nor is one the source tells only inside a gloss on a name
    (``glosses.plain_sentence``: "the firm which went bust"). For an analysis saved before acts were read, ``predicates`` alone decides:
    a source must carry one of the cited sentence's verbs, and one in ``joined`` is kept
    without one when no verb of its own is read, when both tell someone saying (``_SAID``),
    when the cited sentence carries one of its verbs, or when ``reworded``. Grouping joins
    two outlets' leads however their verbs differ, and a lead telling another act around the
    same people and place ("was rescued from the cliff" for "escaped an avalanche") is no
    support. Those in ``events`` (``series_cites``: the ordinal carries the claim) are kept
    without asking."""
    mine_text = story.by_id[cited.article].sentence_text(cited.sentence)
    mine_plain = plain_sentence(story.by_id[cited.article], cited.sentence)
    mine = predicates(mine_text)
    parsed = acts.cited(cited) if acts is not None and acts.read(cited) else None

    def tells(r: SentenceRef) -> bool:
        text = story.by_id[r.article].sentence_text(r.sentence)
        if parsed is not None and acts is not None and acts.read(r):
            # a description on a name ("Brask Ferries, the firm which went bust in 2019")
            # is background both may carry whatever each reports: no act of the source
            plain = plain_sentence(story.by_id[r.article], r.sentence)
            if tells_main_act(parsed, plain):
                return True
            # a source telling only a later event of the sentence carries part of it; one
            # the grouping joined is kept when either reader finds an act the two share (the
            # parse's acts, or the verbs read from the words), but not for "said" alone
            return (
                r in joined
                and not tells_later_only(parsed, plain)
                and (
                    joined_tells(parsed, mine_plain, acts.words(r))
                    or carries_predicate(mine, plain)
                    or carries_predicate(predicates(plain), mine_plain)
                    or reworded(mine_plain, mine, plain)
                )
            )
        if carries_predicate(mine, text):
            return True
        if r not in joined:
            return False
        # the verb reader misses verbs ("cut", a present tense) and reads some that are
        # none ("organized crime", "ability to lead"): a joined source is dropped only when
        # neither sentence carries an act of the other
        theirs = predicates(text)
        return (
            not theirs
            or (_SAID.search(mine_text) is not None and _SAID.search(text) is not None)
            or carries_predicate(theirs, mine_text)
            or reworded(mine_text, mine, text)
        )

    return _kept(cited, sources, events, tells)


def reworded(cited: str, verbs: frozenset[str], text: str) -> bool:
    """Whether ``text`` carries at least ``REWORDED_SHARE`` of the content words of
    ``cited`` besides its predicate stems ``verbs``: one sentence told in another verb."""
    words = {w for w in content_terms(cited) if w not in verbs}
    if not words:
        return False
    return len(words & set(content_terms(text))) >= REWORDED_SHARE * len(words)


def _kept(
    cited: SentenceRef,
    sources: Sequence[SentenceRef],
    joined: frozenset[SentenceRef],
    tells: Callable[[SentenceRef], bool],
) -> tuple[SentenceRef, ...]:
    """``sources`` (in their order) that ``tells`` the cited sentence's fact, with the cited
    sentence itself and those in ``joined`` kept without asking."""
    return tuple(r for r in sources if r == cited or r in joined or tells(r))


def _joined(
    story: Story, cited: SentenceRef, groups: Sequence[FactGroup], at: Mapping[SentenceRef, int]
) -> frozenset[SentenceRef]:
    """The sentences the fact grouping reports as one fact with ``cited``: a group's members
    and ``also`` sentences, for each group ``cited`` is one of (``at``: each story
    sentence's position by its reference; a sentence's reference is its own)."""
    k = at.get(cited)
    out: set[SentenceRef] = set()
    for g in groups:
        every = (*g.members, *g.also)
        if k is not None and k in every:
            out.update(story.sentences[i].ref for i in every)
    return frozenset(out)


def agreeing_summary(
    story: Story,
    summary: Sequence[SummarySentence],
    conflicts: Sequence[Conflict],
    figures: FigureCheck | None = None,
    groups: Sequence[FactGroup] = (),
    entities: Sequence[Entity] = (),
) -> list[SummarySentence]:
    """The summary with each sentence citing only sources that agree with its values and,
    for a sentence reporting someone's words, carry some of those words.

    A summary sentence's first source is the sentence itself. ``figures``: the story's
    figure check, built here when not given. A source must carry the sentence's main act
    as analysis read it from the parse (or, for an older analysis, one of its verbs) or
    their event noun unless the fact grouping (``groups``) joined it to the sentence: the
    grouping may know "quit" for "resigned", which the act test does not
    (``_tells_predicate``).
    A sentence of its fact group naming the same event of a series (``series_cites``) is
    added for an outlet the citations leave out, and need not carry the reported words.
    Given the story's ``entities``, a source opening on another subject is dropped
    (``cite_subjects``), and so is one giving another value of a figure told as a bound or
    by an article (``cite_values``) and, for a sentence reporting someone's words, one
    giving the words to another speaker (``cite_speakers``). A source telling the first of
    two like things the cited sentence tells "another" of, or the reverse, is dropped
    (``cite_another``)."""
    index = value_index(conflicts)
    subjects = Subjects(story, entities) if entities else None
    speakers = Speakers(story, entities) if entities else None
    figures = figures or FigureCheck(story)
    acts = SentenceActs(story)
    out = []
    at = {s.ref: k for k, s in enumerate(story.sentences)}
    for s in summary:
        kept = s.sources
        if s.sources:
            events = series_cites(story, s.sources, groups, at)
            # the first stays first, the others in story order, as ``summary_cites`` has them
            others = (
                sorted((*s.sources[1:], *events), key=lambda r: at.get(r, len(at)))
                if events
                else s.sources[1:]
            )
            kept = _agreeing(index, s.sources[0], (s.sources[0], *others), figures, story)
            kept = _tells_reported(story, s.sources[0], kept, frozenset(events), at)
            joined = _joined(story, s.sources[0], groups, at)
            kept = _tells_predicate(story, s.sources[0], kept, joined, frozenset(events), acts)
            if len(kept) > 1:
                kept = _same_report(story, s.sources[0], kept, subjects, speakers, at, acts)
        out.append(replace(s, sources=kept, support=story.outlets([r.article for r in kept])))
    return out


def _same_report(
    story: Story,
    cited: SentenceRef,
    sources: Sequence[SentenceRef],
    subjects: Subjects | None,
    speakers: Speakers | None,
    at: Mapping[SentenceRef, int],
    acts: SentenceActs,
) -> tuple[SentenceRef, ...]:
    """``sources`` but those telling another report than ``cited`` does, the cited sentence
    itself kept: another subject (``Subjects``), the words given to another speaker when the
    cited sentence reports someone's (``Speakers``), another value of one of its figures
    (``cite_values``), another instance of a thing it tells of (``cite_another``), one act
    done to another count of its object (``fact_counts``: "ballot 290 members" / "800
    workers")."""
    text = story.by_id[cited.article].sentence_text(cited.sentence)
    differs: list[Callable[[SentenceRef], bool]] = []
    counts = object_counts(text, acts.words(cited))
    if counts:
        differs.append(
            lambda r: other_counts(
                counts,
                object_counts(story.by_id[r.article].sentence_text(r.sentence), acts.words(r)),
            )
        )
    if subjects is not None:
        differs.append(lambda r: subjects.other_subject(cited, r))
    if speakers is not None and cited in at and reported_words(story, at[cited]):
        differs.append(lambda r: speakers.other_speaker(cited, r))
    differs.append(lambda r: other_value(text, story.by_id[r.article].sentence_text(r.sentence)))
    differs.append(
        lambda r: another_instance(text, story.by_id[r.article].sentence_text(r.sentence))
    )
    return tuple(r for r in sources if r == cited or not any(d(r) for d in differs))


def agreeing_facts(
    story: Story,
    facts: Sequence[Fact],
    conflicts: Sequence[Conflict],
    attributed: set[tuple[str, int]],
    figures: FigureCheck | None = None,
) -> list[Fact]:
    """The facts with their sources cut to those agreeing with the shown sentence's values;
    a fact left with one outlet is dropped, and the order (most supported first) kept. A fact
    is an attributed claim when its shown sentence is one (``attributed``: sentences that
    carry someone's words), whatever the other sources are. ``figures``: the story's figure
    check, built here when not given."""
    index = value_index(conflicts)
    figures = figures or FigureCheck(story)
    out = []
    for f in facts:
        shown = next(
            (r for r in f.sources if story.by_id[r.article].sentence_text(r.sentence) == f.text),
            None,
        )
        kept = f.sources if shown is None else _agreeing(index, shown, f.sources, figures, story)
        support = story.outlets([r.article for r in kept])
        if support >= 2:
            # the shown sentence's own words decide, as in ``facts.build_facts``
            claim = f.attributed if shown is None else (shown.article, shown.sentence) in attributed
            out.append(replace(f, sources=kept, support=support, attributed=claim))
    out.sort(key=lambda f: -f.support)  # stable: ties keep build_facts' order
    return out


def agreeing_timeline(
    timeline: Sequence[TimelineEntry],
    conflicts: Sequence[Conflict],
    figures: FigureCheck | None = None,
) -> list[TimelineEntry]:
    """The timeline with each entry's other carriers cut to those agreeing with its values
    (and, given the story's ``figures``, with its figures)."""
    index = value_index(conflicts)
    out = []
    for e in timeline:
        shown = SentenceRef(e.article, e.sentence)
        out.append(replace(e, also_in=tuple(_agreeing(index, shown, e.also_in, figures))))
    return out
