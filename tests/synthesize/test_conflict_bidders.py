"""A name swapped in an edited sentence is no conflict when each article names the other's
thing elsewhere: both reports know both (two bidders), so the sentences are about two
things (invented sentences)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Mention
from tests.synthesize.builders import line_spans
from tests.synthesize.builders import name_conflict_values as _names

BID = "{} raised its offer for the Kestrel shipyard on Monday, its board said."


def _article(aid: str, text: str, names: list[str]) -> AnalyzedArticle:
    mentions = tuple(
        Mention(n, at, at + len(n), "ORG")
        for n in names
        for at in [i for i in range(len(text)) if text.startswith(n, i)]
    )
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
    )


def test_two_bidders_both_reports_know_are_no_conflict() -> None:
    a = _article("a", BID.format("Harlow") + "\nBrenmoor is also bidding.", ["Harlow", "Brenmoor"])
    b = _article("b", BID.format("Brenmoor") + "\nHarlow is also bidding.", ["Harlow", "Brenmoor"])
    assert _names(a, b) == []


def test_a_name_only_one_report_knows_both_of_still_conflicts() -> None:
    a = _article("a", BID.format("Harlow") + "\nBrenmoor is also bidding.", ["Harlow", "Brenmoor"])
    b = _article("b", BID.format("Brenmoor") + "\nThe yard employs 900.", ["Brenmoor"])
    assert _names(a, b) == [{"Harlow", "Brenmoor"}]
