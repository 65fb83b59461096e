"""A run of abbreviated offices before a name ("Asst. Dist. Atty. Ola Brenn") is one title:
no sentence starts inside it, and a speaker written with it starts at its first word, as
one written "Lt. Gen. Ola Brenn" does (session 19). Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        "The charges were reviewed by Dist. Atty. Ola Brenn of Velmora, who found them thin.",
        "Asst. Dist. Atty. Ivo Tarn told the harbour board the case would go to trial.",
        "The appeal was filed by Dep. Dist. Atty. Tamsin Vale on behalf of the county.",
        "Velmora County Dist. Atty. Ola Brenn said he expected the trial to start in May.",
    ],
)
def test_an_abbreviated_office_run_before_a_name_starts_no_sentence(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Negative: a district written in lower case at a real end, and a title run ending
        # a sentence before a word that opens sentences.
        ("The bond vote failed in the school dist. The next day the board met again.", 2),
        ("The file went to the Dist. The next day the clerk sent it back to the board.", 2),
    ],
)
def test_a_real_end_after_a_district_still_splits(nlp: Any, text: str, count: int) -> None:
    assert len(_sentences(nlp, text)) == count


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Dist. Atty.", "Ola Brenn"),
        ("Asst. Dist. Atty.", "Ivo Tarn"),
        ("Dep. Dist. Atty.", "Tamsin Vale"),
        ("Lt. Gen.", "Ivo Tarn"),  # the run it is kept consistent with
    ],
)
def test_a_speaker_written_with_a_title_run_keeps_it_whole(nlp: Any, title: str, name: str) -> None:
    text = f'"We will appeal the ruling in the spring," said {title} {name}.'
    (quote,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert quote.speaker_text == f"{title} {name}"
    assert quote.speaker_name == name
    # Negative: neither a title word alone nor the run cut after its first word
    assert quote.speaker_name not in {"Dist", "Asst", "Dep"}


def test_a_subject_written_with_a_title_run_is_the_reporter(nlp: Any) -> None:
    text = "Velmora County Dist. Atty. Ola Brenn said he expected the trial to start in May."
    (quote,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert quote.kind == "indirect"
    # starting at the name or at the whole title, never inside the run ("Atty. Ola Brenn")
    assert quote.speaker_text in {"Ola Brenn", "Velmora County Dist. Atty. Ola Brenn"}
    assert quote.speaker_name == "Ola Brenn"


def test_a_qualifier_before_no_title_is_no_part_of_the_speaker(nlp: Any) -> None:
    # Negative: "Dist." followed by a name, not a title, ends its sentence as written, and
    # the speaker after it is the name alone.
    text = 'The papers were sent to the Dist. "We will read them," said Ola Brenn.'
    quote = next(q for q in analyze_article(Article(id="t", text=text), nlp).quotes)
    assert quote.speaker_text == "Ola Brenn"


@pytest.mark.parametrize(
    "text",
    [
        # A rank with its arm or branch abbreviated after it, and a grade before an office
        # (session 20): the parser split after each stop and cut the name off.
        "The harbour's garrison chief, Col. Inf. Tomas Brel, said the road was closed.",
        '"We are safe," said port police spokesman Snr. Comr. Ivo Marek on Tuesday.',
        "The case was taken over by Snr. Insp. Ola Brenn of the Velmora force.",
        "The case was taken over by Sr. Supt. Ola Brenn of the Velmora force.",
    ],
)
def test_a_rank_with_an_abbreviation_after_it_starts_no_sentence(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Negative: "Snr." after a name ends its sentence as written, and an abbreviated
        # word after a rank with no name after it is no title run.
        ("The shop was left to Ivo Marek Snr. The next day it closed for good.", 2),
        ("The file went to the Col. Inf. The next day the clerk sent it back.", 2),
    ],
)
def test_a_real_end_after_a_grade_or_a_branch_still_splits(nlp: Any, text: str, count: int) -> None:
    assert len(_sentences(nlp, text)) == count


def test_a_speaker_with_a_rank_and_its_branch_keeps_the_name(nlp: Any) -> None:
    text = '"The road is closed," said Col. Inf. Tomas Brel, the garrison chief.'
    (quote,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert quote.speaker_name == "Tomas Brel"
    # Negative: never the rank with its branch and no name
    assert "Inf" not in (quote.speaker_name or "")
