"""A summary sentence cites the sentences of its fact group that name the same event of a
series ("a third round of talks" / "the third attempt to settle"), however few of its words
they carry; other group members still need its words."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article, SummarySentence
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.facts import FactGroup
from crossbrief.synthesize.story import Story

# The long sentence and the short one report one event, the third round of talks; the short
# one carries few of the long one's words and none of those the negotiators are reported
# saying (an ordinal is no content word).
LONG = (
    "The harbour board's negotiators said the third round of talks on pay with the dockers' "
    "union would open in Velmora on Thursday, though the union has not confirmed it."
)
# names the same board and town as the group, but tells another thing
ASIDE = "The harbour board in Velmora also raised its mooring fees on Thursday."
SHORT = "Meanwhile, the third attempt to settle the dispute began at the Velmora docks."
# grouped with the others, sharing names and words, but naming no event of the series
OVERTIME = "The dockers' union in Velmora said the harbour board had cut overtime pay."
# another event of the series
FOURTH = "A fourth round of talks between the harbour board and the union is planned."


def _story(nlp: Any) -> Story:
    articles = [
        Article(id="a", text=f"{LONG} {ASIDE}", source="outlet a"),
        Article(id="b", text=SHORT, source="outlet b"),
        Article(id="c", text=OVERTIME, source="outlet c"),
        Article(id="d", text=FOURTH, source="outlet d"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == [LONG, ASIDE, SHORT, OVERTIME, FOURTH]
    return story


GROUPS = [FactGroup((0, 2, 3), also=(4,)), FactGroup((1,)), FactGroup((4,))]


def test_a_summary_sentence_cites_its_group_s_report_of_the_same_event(nlp: Any) -> None:
    story = _story(nlp)
    summary = [SummarySentence(LONG, (story.sentences[0].ref,), 1)]
    (cited,) = agreeing_summary(story, summary, [], groups=GROUPS)
    # not the overtime sentence (no event of the series) nor the fourth round (another one)
    assert [r.article for r in cited.sources] == ["a", "b"]
    assert cited.support == 2


def test_a_sentence_sharing_a_group_s_names_gains_none_of_its_outlets(nlp: Any) -> None:
    story = _story(nlp)
    # the aside is of an article in the group and names its board and town, but is no member
    summary = [SummarySentence(ASIDE, (story.sentences[1].ref,), 1)]
    (cited,) = agreeing_summary(story, summary, [], groups=GROUPS)
    assert [r.article for r in cited.sources] == ["a"]
    assert cited.support == 1


def test_the_same_event_outside_the_sentence_s_group_is_not_cited(nlp: Any) -> None:
    story = _story(nlp)
    groups = [FactGroup((0,)), FactGroup((1,)), FactGroup((2,)), FactGroup((3,)), FactGroup((4,))]
    summary = [SummarySentence(LONG, (story.sentences[0].ref,), 1)]
    (cited,) = agreeing_summary(story, summary, [], groups=groups)
    assert [r.article for r in cited.sources] == ["a"]
