"""Where reported content starts and ends, on invented sentences with the real pipeline:
at the clause the cue governs (not a comma, nor a day that dates the saying, before it),
never on a subordinator whose clause a direct quote took, and a hedge with its subject."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.indirect import _complement
from crossbrief.model import Article
from tests.analyze.quote_rows import Row, build_doc
from tests.analyze.test_quotes import indirect


def test_content_after_that_does_not_open_with_a_comma(nlp: Any) -> None:
    text = (
        "Among other grim results, inspectors from the harbour board found that, because "
        "of years of neglect, a full 40 percent of the piers need urgent repair."
    )
    (q,) = indirect(nlp, text, "found")
    assert q.text.startswith("because of years of neglect")
    assert q.text.endswith("need urgent repair")


def test_content_opening_with_its_own_words_keeps_them(nlp: Any) -> None:
    text = "Inspectors found that the tolls, which rose in May, hurt the ferry trade."
    (q,) = indirect(nlp, text, "found")
    assert q.text.startswith("the tolls, which rose in May")  # negative: nothing trimmed


def test_content_cut_by_a_direct_quote_does_not_end_on_its_subordinator(nlp: Any) -> None:
    text = (
        "Speaking of his wife, he told his friends he was leaving the council because "
        "``Mara and I are worn out. We need a rest.''"
    )
    (q,) = indirect(nlp, text, "told")
    assert q.text == "he was leaving the council"


def test_a_subordinator_with_its_clause_stays(nlp: Any) -> None:
    text = "Lee said the pier shut early because the tide rose too fast."
    (q,) = indirect(nlp, text, "said")
    assert q.text.endswith("because the tide rose too fast")  # negative: the clause is there


def test_a_day_after_the_cue_dates_the_saying_not_the_content(nlp: Any) -> None:
    text = (
        "She is weighing a run for mayor, but before any candidate can hope to win, she "
        "said in an interview Friday, the city's leaders need to fix the harbour."
    )
    (q,) = indirect(nlp, text, "said")
    assert q.text == "the city's leaders need to fix the harbour"


def test_a_day_inside_a_that_clause_is_content(nlp: Any) -> None:
    text = "Lee said that on Friday, the harbour board will vote on the new tolls."
    (q,) = indirect(nlp, text, "said")
    assert q.text.startswith("on Friday, the harbour board")  # negative: kept
    text = "Lee said Friday was the worst day for the ferry crews in years."
    (q,) = indirect(nlp, text, "said")
    assert q.text.startswith("Friday was the worst day")  # the day is the clause's subject


def test_a_hedged_second_verb_leaves_out_the_first_verbs_clause(nlp: Any) -> None:
    # The writer states the first verb's clause; the hedge is on the second verb alone,
    # and a quote is one slice of the text, so it starts at the hedged verb.
    text = "A stranger broke into a bakery in Tarn on Tuesday and allegedly hit its baker."
    (q,) = indirect(nlp, text, "allegedly")
    assert q.text == "hit its baker"
    assert "broke into" not in q.text  # negative: the unhedged clause is the writer's


def test_a_hedged_verb_sharing_a_bare_verb_stays_its_own(nlp: Any) -> None:
    text = "When he robbed and reportedly beat his neighbour, Tarn blamed the long winter."
    (q,) = indirect(nlp, text, "reportedly")
    assert q.text.endswith("beat his neighbour")
    assert "robbed" not in q.text  # negative


def test_a_hedged_verb_joined_to_reported_speech_is_held_by_it(nlp: Any) -> None:
    # The verb shares the reporting verb's subject and may go on with the report: no hedge.
    text = "Ann Lee said the pier would close and reportedly left Tarn on Tuesday."
    assert indirect(nlp, text, "reportedly") == []
    # Negative: joined to a verb that reports nothing, the hedge is the writer's.
    text = "Ann Lee sold the pier and reportedly left Tarn on Tuesday."
    assert [q.text for q in indirect(nlp, text, "reportedly")] == ["left Tarn on Tuesday"]


def test_a_hedged_verb_with_its_own_subject_is_unchanged(nlp: Any) -> None:
    text = "The ferry left late, and its captain reportedly sailed past the harbour wall."
    (q,) = indirect(nlp, text, "reportedly")
    assert q.text == "its captain reportedly sailed past the harbour wall"  # negative


def test_according_to_a_source_with_a_clause_starts_after_that_clause(nlp: Any) -> None:
    text = (
        "According to a colleague who kept notes, Varga blamed the vote on the new fares "
        "and the closed pier."
    )
    (q,) = indirect(nlp, text, "According to")
    assert q.text.startswith("Varga blamed the vote")
    assert not q.text.startswith("who")  # negative: the source's own clause is no content


def test_according_to_a_source_of_a_direct_quote_adds_no_content(nlp: Any) -> None:
    text = (
        "According to a colleague who kept notes, Varga said of his defeat: ``Much of the "
        "anger in the wards is aimed at me. The fares did the rest.''"
    )
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.text for q in found if q.kind == "direct"] == [
        "Much of the anger in the wards is aimed at me. The fares did the rest."
    ]
    # negative: no reported line runs into the quote or is the cue's own words
    assert not any(q.kind == "indirect" and "wards" in q.text for q in found)
    assert not any(q.kind == "indirect" and q.text.startswith("who") for q in found)


def _fronted(opening: list[Row]) -> Any:
    # '[Now that] crews say they are paid, they hope to sail', parsed with the fronted
    # clause as what "hope" reports ("that" read as a determiner of "crews")
    n = len(opening)
    rows: list[Row] = [
        *opening,
        ("crews", n + 1, "nsubj", "NOUN"),
        ("say", n + 7, "ccomp", "VERB"),
        ("they", n + 4, "nsubj", "PRON"),
        ("are", n + 4, "aux", "AUX"),
        ("paid", n + 1, "ccomp", "VERB"),
        (",", n + 7, "punct", "PUNCT"),
        ("they", n + 7, "nsubj", "PRON"),
        ("hope", n + 7, "ROOT", "VERB"),
        ("to", n + 9, "aux", "PART"),
        ("sail", n + 7, "xcomp", "VERB"),
    ]
    doc = build_doc(rows)
    return _complement(doc[n + 7])


def test_a_fronted_now_that_clause_is_no_content_of_the_verb_after_it() -> None:
    span = _fronted([("Now", 3, "advmod", "ADV"), ("that", 2, "det", "DET")])
    assert span is None or span[0].text not in {"Now", "that"}


def test_a_fronted_clause_without_a_subordinator_is_still_content() -> None:
    span = _fronted([])
    assert span is not None and span[0].text == "crews"  # negative: kept


def test_according_to_content_before_a_joined_quote_clause_stays(nlp: Any) -> None:
    text = (
        "According to the port authority, 300 boats sailed in June, and its head Tom Hale "
        'said: "It was a busy month."'
    )
    (q,) = indirect(nlp, text, "According to")
    assert q.text == "300 boats sailed in June"
    assert "said" not in q.text  # negative: the quote's cue clause is cut off
