"""The scorer of the summary's citations against the complete pair gold
(bench/_fact_pairs_scoring.score_citations, run by bench/summary_cites.py): invented
references only."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
scoring = pytest.importorskip("_fact_pairs_scoring")

A, B, C, D = (f"duc2004/docs/dx/C{k}" for k in range(1, 5))


def _gold(*pairs: tuple[Any, ...]) -> Any:
    """The read gold of (a, b, label[, copy]) references in one cluster."""
    rows = []
    for a, b, label, *copy in pairs:
        row = {"cluster": "dx", "a": dict(zip(("file", "start", "end"), a, strict=True))}
        row |= {"b": dict(zip(("file", "start", "end"), b, strict=True)), "label": label}
        rows.append(row | ({"copy": True} if copy else {}))
    return scoring.read_gold({"clusters": ["dx"], "pairs": rows, "unjudged": 0})


def _cited(*refs: tuple[str, int, int]) -> Any:
    """A summary sentence (the first reference) citing the others."""
    return scoring.CitedSentence(tuple(refs), tuple(f"{r[0][-2:]}:{k}" for k, r in enumerate(refs)))


def _score(gold: Any, *sentences: Any) -> Any:
    return scoring.score_citations(gold, {"dx": list(sentences)})


def test_precision_counts_cited_sentences_by_their_pair_with_the_summary_sentence() -> None:
    gold = _gold(
        ((A, 0, 100), (B, 0, 90), "yes"),
        ((A, 0, 100), (C, 50, 150), "no"),
        ((A, 0, 100), (D, 0, 80), "unclear"),
    )
    cited = _cited((A, 0, 100), (B, 2, 92), (C, 50, 150), (D, 0, 80), (D, 300, 400), (A, 200, 300))
    score = _score(gold, cited)
    assert score.citations == 4  # the citation in the sentence's own article is no pair
    assert score.labelled == {"yes": 1, "no": 1, "unclear": 1} and score.unjudged == 1
    assert score.precision == 0.5
    assert [s.names[j] for _, s, j, _ in score.wrong] == ["C3:2"]
    assert [s.names[j] for _, s, j, _ in score.unsure] == ["C4:3"]
    assert [s.names[j] for _, s, j in score.outside] == ["C4:4"]


def test_recall_counts_articles_cited_by_any_of_their_sentences() -> None:
    gold = _gold(
        ((A, 0, 100), (B, 0, 90), "yes"),
        ((A, 0, 100), (B, 200, 290), "no"),
        ((C, 0, 100), (A, 0, 100), "yes"),  # the summary sentence as the pair's b
        ((C, 200, 300), (A, 0, 100), "yes"),  # a second sentence of the same article
        ((A, 0, 100), (D, 0, 100), "no"),
    )
    # B is cited by its sentence judged no: the article is cited, the citation is wrong
    score = _score(gold, _cited((A, 0, 100), (B, 200, 290)))
    assert (score.cited_articles, score.yes_articles, score.recall) == (1, 2, 0.5)
    assert (score.complete, score.with_yes) == (0, 1)
    assert score.labelled["no"] == 1 and score.precision == 0.0
    [(cluster, _, article, theirs)] = score.missed
    assert (cluster, article, theirs) == ("dx", C, ((C, 0, 100), (C, 200, 300)))
    full = _score(gold, _cited((A, 0, 100), (B, 0, 90), (C, 200, 300)))
    assert (full.recall, full.complete, full.with_yes, full.missed) == (1.0, 1, 1, [])


def test_an_article_holding_a_copy_is_counted_apart() -> None:
    gold = _gold(
        ((A, 0, 100), (B, 0, 100), "yes", True),
        ((A, 0, 100), (B, 300, 400), "yes"),  # the same article also rewords it
        ((A, 0, 100), (C, 0, 90), "yes"),
    )
    score = _score(gold, _cited((A, 0, 100), (B, 0, 100)))
    assert (score.cited_copy_articles, score.copy_articles, score.copy_recall) == (1, 1, 1.0)
    assert (score.cited_articles, score.yes_articles) == (0, 1)
    assert score.labelled["yes"] == 1 and score.cited_copies == 1
    assert [a for _, _, a, _ in score.missed] == [C]


def test_a_summary_sentence_outside_the_gold_has_nothing_to_cite() -> None:
    gold = _gold(((A, 0, 100), (B, 0, 90), "yes"))
    score = _score(gold, _cited((A, 60, 200), (B, 0, 90)))  # 40 of 100 characters shared
    assert (score.sentences, score.in_gold) == (1, 0)
    assert score.unjudged == 1 and score.yes_articles == 0 and score.with_yes == 0
    assert (score.precision, score.recall) == (1.0, 1.0)  # nothing judged, nothing to find


def test_other_clusters_are_not_scored() -> None:
    gold = _gold(((A, 0, 100), (B, 0, 90), "yes"))
    other = "duc2004/docs/dy/C1", "duc2004/docs/dy/C2"
    sentence = _cited((other[0], 0, 100), (other[1], 0, 90))
    score = scoring.score_citations(gold, {"dy": [sentence]})
    assert score.sentences == 0 and score.citations == 0 and score.yes_articles == 0
