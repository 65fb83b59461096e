"""Every direct or partial quote a brief shows stands in its article character for
character (quote marks and whitespace normalised only), at the sentence it cites: over the
built-in demo story and the seed articles."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.marks import normalise
from crossbrief.ingest import read_paths
from crossbrief.model import Brief


def unverified(brief: Brief, texts: dict[str, str]) -> list[str]:
    """The shown quotes that are not word for word in their article at the cited sentence."""
    sentences = {a.id: a.sentences for a in brief.articles}
    bad = []
    for q in brief.quotes:
        if q.kind == "indirect":
            continue  # reported speech is the writer's words, not the speaker's
        words = normalise(q.text)
        if not words or words not in normalise(texts[q.article]):
            bad.append(f"not in {q.article}: {q.text!r}")
            continue
        # The cited sentence holds the quote's opening words, or lies inside the quote.
        cited = normalise(sentences[q.article][q.sentence])
        opening = " ".join(words.split()[:4])
        if opening not in cited and cited not in words:
            bad.append(f"not at {q.article}#{q.sentence}: {q.text!r}")
    return bad


@pytest.mark.parametrize(("which", "paths"), [("demo_brief", "demo"), ("seed_brief", "seeds")])
def test_every_shown_quote_is_verbatim(which: str, paths: str, request: Any) -> None:
    brief = request.getfixturevalue(which)
    if paths == "demo":
        from crossbrief.cli import demo_paths

        files = demo_paths()
    else:
        files = request.getfixturevalue("seed_paths")
    texts = {a.id: a.text for a in read_paths(files).articles}
    assert [q for q in brief.quotes if q.kind != "indirect"], "the story has quotes to check"
    assert unverified(brief, texts) == []


def test_a_changed_word_or_a_wrong_sentence_is_caught() -> None:
    from crossbrief.model import BriefArticle, BriefQuote

    text = "Ann Lee said: \u201cThe pier  closes at dawn.\u201d Boats left."
    art = BriefArticle(
        id="a",
        source="s",
        title="t",
        published=None,
        published_inferred=False,
        published_from=None,
        path=None,
        url=None,
        words=9,
        sentences=("Ann Lee said: \u201cThe pier  closes at dawn.\u201d", "Boats left."),
    )
    ok = BriefQuote("The pier closes at dawn.", "direct", None, "Ann Lee", "said", "a", 0)
    changed = BriefQuote("The pier shuts at dawn.", "direct", None, "Ann Lee", "said", "a", 0)
    elsewhere = BriefQuote("The pier closes at dawn.", "direct", None, "Ann Lee", "said", "a", 1)
    assert unverified(Brief(articles=(art,), quotes=(ok,)), {"a": text}) == []
    bad = unverified(Brief(articles=(art,), quotes=(changed, elsewhere)), {"a": text})
    assert len(bad) == 2
