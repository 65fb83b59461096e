"""Acts of taking sides or of verbal attack as attributions, and the animacy test that keeps
them to someone who can act, on invented sentences with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.animate import _HUMAN_WORDS, HUMAN_NOUNS, animate
from crossbrief.model import Article


def _found(nlp: Any, text: str) -> list[tuple[str, str]]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [(q.speaker_text, q.text) for q in quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee challenged the toll increase on Friday.",
            "Ann Lee",
            "the toll increase",
        ),
        ("Tom Varga sided with the harbour workers.", "Tom Varga", "the harbour workers"),
        ("The mayor lashed out at the ferry operator.", "The mayor", "the ferry operator"),
        ("Local activists pushed for a new bridge.", "Local activists", "a new bridge"),
        ("The council decided to close the old pier.", "The council", "to close the old pier"),
        ("Tom Varga disavowed the leaflet.", "Tom Varga", "the leaflet"),
    ],
)
def test_a_side_taken_is_attributed_to_whoever_took_it(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "Demographic shifts pushed the coastal towns toward the opposition.",
        "The lawsuits challenging the toll increase were dismissed.",
        "The weather decided the outcome of the race.",
    ],
)
def test_a_thing_takes_no_side(nlp: Any, text: str) -> None:
    assert _found(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The senator spoke.", "senator", True),
        ("The activists spoke.", "activists", True),
        ("The committee met.", "committee", True),
        ("They left.", "They", True),
        ("Ann Lee left.", "Lee", True),
        ("Some left early.", "Some", True),
        ("It rained.", "It", False),
        ("Forty percent of voters agreed.", "percent", True),
        ("The timing of the vote mattered.", "timing", False),
        ("The statement was short.", "statement", False),
        ("Banners lined the street.", "Banners", False),
        ("The ad, which ran on Monday, was short.", "which", False),
        ("Ann Lee, who ran on Monday, was tired.", "who", True),
        ("Ann Lee spoke on Saturday.", "Saturday", False),  # a day the tagger calls a name
    ],
)
def test_animacy(nlp: Any, text: str, word: str, expected: bool) -> None:
    tok = next(t for t in nlp(text) if t.text == word)
    assert animate(tok) is expected


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ann Lee argued in favor of a second ferry.",
            "Ann Lee",
            "in favor of a second ferry",
        ),
        (
            "Tom Varga spoke in defence of the harbour master.",
            "Tom Varga",
            "in defence of the harbour master",
        ),
    ],
)
def test_the_side_a_reporting_verb_takes_is_reported(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = _found(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert content in found[0][1]


def test_a_subject_above_an_adjective_says_what_it_is_likely_to_say(nlp: Any) -> None:
    found = _found(nlp, "Older voters are more likely to say that ferries matter.")
    assert found == [("Older voters", "ferries matter")]


def test_a_thing_is_no_speaker_of_a_direct_quote_when_someone_is_at_its_cue(nlp: Any) -> None:
    text = (
        "The timing of the vote doesn't surprise the pollster Ann Lee: "
        '"Late surges are common in small states."'
    )
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert len(direct) == 1
    assert "Ann Lee" in (direct[0].speaker_text or "")


def test_the_addressee_of_a_reporting_verb_does_not_replace_a_thing_speaker(nlp: Any) -> None:
    # "told voters": whom the words were for, not who said them; an ad is quoted too.
    text = 'The new ad told voters: "The ferry will close in June."'
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    direct = [q for q in quotes if q.kind == "direct"]
    assert [q.speaker_text for q in direct] == ["The new ad"]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee made clear that the ferry would run.", "Ann Lee", "the ferry would run"),
        ("Tom Varga made it clear that he would not resign.", "Tom Varga", "he would not resign"),
    ],
)
def test_what_someone_made_clear_is_reported(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    assert _found(nlp, text) == [(speaker, content)]


def test_a_condition_after_what_was_made_clear_is_part_of_it(nlp: Any) -> None:
    # not the bare 'if' clause: it only says when the problems come
    text = "The new survey makes clear the problems ahead for Lee if she wins the primary."
    found = _found(nlp, text)
    assert len(found) == 1
    assert found[0][1].endswith("the problems ahead for Lee if she wins the primary")


def test_making_a_thing_clear_of_ice_reports_nothing(nlp: Any) -> None:
    assert _found(nlp, "The crew made the deck clear of ice.") == []


def test_the_lexicon_of_people_lists_each_word_once() -> None:
    words = _HUMAN_WORDS.split()
    assert sorted(w for w in set(words) if words.count(w) > 1) == []
    assert len(HUMAN_NOUNS) == len(words)
