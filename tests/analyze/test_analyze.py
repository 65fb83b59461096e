from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.analyze.figures import parse_number
from crossbrief.analyze.paragraphs import paragraph_spans
from crossbrief.model import AnalyzedArticle, Article

TEXT = (
    "Mayor Anna Berg said on Monday that the new bridge cost 12 million euros.\n\n"
    "\u201cIt will serve 40,000 people every day,\u201d she told reporters.\n\n"
    "Critics said the bridge was late."
)


def test_paragraph_spans_blank_lines_and_lines() -> None:
    assert paragraph_spans("a b\n\nc d\n") == [(0, 3), (5, 8)]
    assert paragraph_spans("one\ntwo") == [(0, 3), (4, 7)]


def test_parse_number() -> None:
    assert parse_number("1,300") == 1300
    assert parse_number("43 million") == 43_000_000
    assert parse_number("$1.13bn") == 1.13e9
    assert parse_number("twelve") == 12
    assert parse_number("none") is None
    assert parse_number(".5%") == 0.5  # a decimal with no leading zero
    assert parse_number("No.5") == 5  # a number after a dot that ends an abbreviation
    assert parse_number("1e6") == 1_000_000
    assert parse_number("2.5e3 tonnes") == 2500
    assert parse_number("7E7") != 7e7  # a capital E: a model's name, no power of ten
    assert parse_number("8ca9-11e2") != 1100  # a code's part
    assert parse_number("4 items") == 4  # ("e" only as a power of ten right after digits)
    assert parse_number("3 euros") == 3


def test_analysis_offsets_point_into_text(nlp: Any) -> None:
    a = analyze_article(Article(id="a", text=TEXT, published="2024-05-08"), nlp)
    assert len(a.sentences) == 3
    for span in [*a.sentences, *a.mentions, *a.quotes, *a.times, *a.figures]:
        assert 0 <= span.start < span.end <= len(TEXT)
    for m in a.mentions:
        assert TEXT[m.start : m.end] == m.text
    direct = [q for q in a.quotes if q.kind == "direct"]
    assert direct and direct[0].text == "It will serve 40,000 people every day,"
    assert direct[0].speaker_text == "she" and direct[0].speaker_name == "Anna Berg"
    monday = next(t for t in a.times if "Monday" in t.text)
    assert monday.value == "2024-05-06"
    assert any(f.value == 40000 for f in a.figures)


def test_round_trip(nlp: Any) -> None:
    a = analyze_article(Article(id="a", text=TEXT, published="2024-05-08"), nlp)
    assert AnalyzedArticle.from_dict(a.to_dict()) == a


def test_numbers_that_identify_are_no_figures(nlp: Any) -> None:
    text = (
        "http://www.velmora-news.example/2031/05/12/ship-aground-21-rescued\n\n"
        "Rescuers lifted 21 sailors from the ship, and 4,000 tonnes of grain stayed on board.\n\n"
        "Families can call the port on (212) 555-1234 or read the update in version 3.6.2 of the app."
    )
    a = analyze_article(Article(id="a", text=text), nlp)
    found = {text[f.start : f.end] for f in a.figures}
    assert {"21", "4,000 tonnes"} <= found  # the counts stay
    header_end = text.index("\n")
    assert all(f.start > header_end for f in a.figures)  # nothing from the web address
    assert not any(w in t for t in found for w in ("212", "555", "1234", "3.6"))
