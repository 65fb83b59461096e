"""A summary sentence reporting someone's words cites only sentences carrying some of those
words: naming the same speaker and people is no support for what was said."""

from __future__ import annotations

from crossbrief.model import (
    AnalyzedArticle,
    Article,
    Mention,
    Quote,
    SentenceRef,
    SummarySentence,
    TimeExpr,
)
from crossbrief.synthesize.citations import agreeing_summary, reported_words
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans

NAMES = ("Lina Ostrova", "Tomas Brell", "Anja Voss")
# text, and what analysis finds it report: (speaker, cue, content)
Said = tuple[str, str, str] | None
TEXTS: dict[str, tuple[str, Said]] = {
    "a": (
        "Mayor Lina Ostrova confirmed that Tomas Brell and Anja Voss were arrested on Monday.",
        ("Mayor Lina Ostrova", "confirmed", "Tomas Brell and Anja Voss were arrested on Monday"),
    ),
    # the same speaker and people, another claim
    "b": (
        "Mayor Lina Ostrova said Tomas Brell and Anja Voss are charged with fraud.",
        ("Mayor Lina Ostrova", "said", "Tomas Brell and Anja Voss are charged with fraud"),
    ),
    # the claim, in other words and told by no one
    "c": ("Police arrested Tomas Brell and Anja Voss at the harbour.", None),
    # reports no one: nothing to carry
    "d": ("Tomas Brell and Anja Voss ran the Varrow ferry company for ten years.", None),
    # mostly narration: the claim is the closing and the sale, not the words
    "e": (
        "Mayor Lina Ostrova closed the old harbour and sold the ferry fleet, calling it unsafe.",
        ("Mayor Lina Ostrova", "calling", "it unsafe"),
    ),
    "f": ("The old harbour was closed by Lina Ostrova, who runs the Varrow council.", None),
}


def _span(text: str, part: str) -> tuple[int, int]:
    at = text.index(part)
    return at, at + len(part)


def _article(aid: str, text: str, said: Said) -> AnalyzedArticle:
    mentions = tuple(Mention(n, *_span(text, n), "PERSON") for n in NAMES if n in text)
    times: tuple[TimeExpr, ...] = ()
    if "Monday" in text:
        times = (TimeExpr("Monday", *_span(text, "Monday"), "DATE", None),)
    quotes: tuple[Quote, ...] = ()
    if said:
        speaker, cue, content = said
        quotes = (
            Quote(
                content,
                *_span(text, content),
                "indirect",
                speaker_text=speaker,
                speaker_start=_span(text, speaker)[0],
                speaker_end=_span(text, speaker)[1],
                cue=cue,
                cue_start=_span(text, cue)[0],
                cue_end=_span(text, cue)[1],
            ),
        )
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=f"outlet {aid}"),
        sentences=line_spans(text),
        mentions=mentions,
        quotes=quotes,
        times=times,
    )


def story() -> Story:
    return Story([_article(k, t, c) for k, (t, c) in TEXTS.items()])


def test_reported_words_leave_out_names_and_times() -> None:
    s = story()
    assert reported_words(s, 0) == {"arrest"}
    assert reported_words(s, 1) == {"charg", "fraud"}
    # no quote: nothing reported
    assert reported_words(s, 2) == set()
    # the words are a small part of what the sentence tells
    assert reported_words(s, 4) == set()


def test_a_source_sharing_none_of_the_reported_words_is_no_support() -> None:
    refs = tuple(SentenceRef(k, 0) for k in "abc")
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["a"][0], refs, 3)], [])
    assert kept[0].sources == (SentenceRef("a", 0), SentenceRef("c", 0))
    assert kept[0].support == 2


def test_a_sentence_reporting_no_one_keeps_its_sources() -> None:
    refs = (SentenceRef("d", 0), SentenceRef("b", 0))
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["d"][0], refs, 2)], [])
    assert kept[0].sources == refs


def test_a_sentence_mostly_of_narration_keeps_sources_sharing_only_the_narration() -> None:
    refs = (SentenceRef("e", 0), SentenceRef("f", 0))
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["e"][0], refs, 2)], [])
    assert kept[0].sources == refs
    # one that shares names and words but none of its verbs tells none of it (``predicates``)
    other = (SentenceRef("e", 0), SentenceRef("d", 0))
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["e"][0], other, 2)], [])
    assert kept[0].sources == other[:1]


def test_a_source_the_fact_grouping_joined_keeps_its_citation_whatever_its_verb() -> None:
    texts = {
        "g": "Mayor Lina Ostrova resigned on Monday.",
        "h": "Mayor Lina Ostrova quit on Monday.",
    }
    s = Story([_article(k, t, None) for k, t in texts.items()])
    refs = (SentenceRef("g", 0), SentenceRef("h", 0))
    summary = [SummarySentence(texts["g"], refs, 2)]
    # no shared verb: the verb test alone drops the synonym
    assert agreeing_summary(s, summary, [])[0].sources == refs[:1]
    # joined as one fact: the grouping's word is kept
    joined = agreeing_summary(s, summary, [], groups=[FactGroup((0, 1))])
    assert joined[0].sources == refs
    assert joined[0].support == 2


def test_a_joined_source_telling_another_act_around_the_same_people_is_no_support() -> None:
    texts = {
        # the news: the escape
        "g": "Climber Ann Lee narrowly escaped an avalanche on Velmora Peak after two nights.",
        # the same climber, peak and nights, another act: she survived
        "h": "Climber Ann Lee survived two nights on Velmora Peak in a snow hole.",
        # no verb read (a noun phrase with "on"): not judged, as the verb test does not
        "k": "Climber Ann Lee on Velmora Peak: two nights and an avalanche.",
    }
    s = Story([_article(k, t, None) for k, t in texts.items()])
    refs = tuple(SentenceRef(k, 0) for k in "ghk")
    summary = [SummarySentence(texts["g"], refs, 3)]
    joined = agreeing_summary(s, summary, [], groups=[FactGroup((0, 1, 2))])
    assert joined[0].sources == (refs[0], refs[2])
    assert joined[0].support == 2


def test_a_joined_source_whose_own_act_the_cited_sentence_carries_keeps_its_citation() -> None:
    texts = {
        # the reader takes "to avoid" for the act and misses "cut"
        "g": "Climber Ann Lee cut short her climb of Velmora Peak to avoid the storm season "
        "on the northern ridge.",
        # "cut" is its own act, and the cited sentence's
        "h": "A storm warning forced Ann Lee to cut short her climb of Velmora Peak.",
        # "rested" is neither's act in the other
        "k": "Ann Lee rested at the Velmora Peak hut before the storm season.",
    }
    s = Story([_article(k, t, None) for k, t in texts.items()])
    refs = tuple(SentenceRef(k, 0) for k in "ghk")
    summary = [SummarySentence(texts["g"], refs, 3)]
    joined = agreeing_summary(s, summary, [], groups=[FactGroup((0, 1, 2))])
    assert joined[0].sources == refs[:2]
    # not joined as one fact: the verb test alone decides, and drops both
    assert agreeing_summary(s, summary, [])[0].sources == refs[:1]


def test_two_grouped_reports_of_what_someone_said_keep_the_grouping_word() -> None:
    texts = {
        "g": "Mayor Ann Lee on Friday challenged Tomas Brell to meet her in Velmora for "
        "harbour talks and said proposals were being exchanged.",
        # the same statement in the writer's verbs: the grouping's word stands
        "h": "Velmora on Monday said it wanted direct talks between Ann Lee and Tomas Brell.",
        # no one says anything: another act, dropped
        "k": "Ann Lee visited Velmora harbour with Tomas Brell before the talks.",
    }
    s = Story([_article(k, t, None) for k, t in texts.items()])
    refs = tuple(SentenceRef(k, 0) for k in "ghk")
    summary = [SummarySentence(texts["g"], refs, 3)]
    joined = agreeing_summary(s, summary, [], groups=[FactGroup((0, 1, 2))])
    assert joined[0].sources == refs[:2]
