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
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans

NAMES = ("Lina Ostrova", "Tomas Brell", "Anja Voss")
# (text, what it reports: the quote's content)
TEXTS = {
    "a": (
        "Mayor Lina Ostrova confirmed that Tomas Brell and Anja Voss were arrested on Monday.",
        "Tomas Brell and Anja Voss were arrested on Monday",
    ),
    # the same speaker and people, another claim
    "b": (
        "Mayor Lina Ostrova said Tomas Brell and Anja Voss are charged with fraud.",
        "Tomas Brell and Anja Voss are charged with fraud",
    ),
    # the claim, in other words and told by no one
    "c": ("Police arrested Tomas Brell and Anja Voss at the harbour.", None),
    # reports no one: nothing to carry
    "d": ("Tomas Brell and Anja Voss ran the Varrow ferry company for ten years.", None),
}


def _article(aid: str, text: str, content: str | None) -> AnalyzedArticle:
    mentions = tuple(
        Mention(n, text.index(n), text.index(n) + len(n), "PERSON") for n in NAMES if n in text
    )
    times: tuple[TimeExpr, ...] = ()
    if "Monday" in text:
        at = text.index("Monday")
        times = (TimeExpr("Monday", at, at + 6, "DATE", None),)
    quotes: tuple[Quote, ...] = ()
    if content:
        at = text.index(content)
        quotes = (Quote(content, at, at + len(content), "indirect"),)
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


def test_a_source_sharing_none_of_the_reported_words_is_no_support() -> None:
    refs = tuple(SentenceRef(k, 0) for k in "abc")
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["a"][0], refs, 3)], [])
    assert kept[0].sources == (SentenceRef("a", 0), SentenceRef("c", 0))
    assert kept[0].support == 2


def test_a_sentence_reporting_no_one_keeps_its_sources() -> None:
    refs = (SentenceRef("d", 0), SentenceRef("b", 0))
    kept = agreeing_summary(story(), [SummarySentence(TEXTS["d"][0], refs, 2)], [])
    assert kept[0].sources == refs
