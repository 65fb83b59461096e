"""A figure written with a sign keeps it ("-3.2%", "\u22123.2%", "\u20133.2%"); a hyphen that
joins a range ("3-4%") or a compound ("Covid-19"), or a dash set apart by spaces, is none."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_article
from crossbrief.analyze.figures import parse_number
from crossbrief.model import Article


def test_parse_number_keeps_a_written_minus() -> None:
    assert parse_number("-3.2%") == -3.2
    assert parse_number("\u22123.2%") == -3.2  # the Unicode minus sign
    assert parse_number("\u20133.2%") == -3.2  # an en dash typeset as a minus
    assert parse_number("minus 3.2 per cent") == -3.2
    assert parse_number("-1.5 million") == -1.5e6


def test_parse_number_reads_no_sign_in_a_range_a_compound_or_a_spaced_dash() -> None:
    assert parse_number("3-4%") == 3
    assert parse_number("Covid-19") == 19
    assert parse_number("B-52 bombers") == 52
    assert parse_number("- 3.2%") == 3.2  # a dash set apart is punctuation
    assert parse_number("twelve") == 12


def _values(nlp: Any, text: str) -> dict[str, float]:
    a = analyze_article(Article(id="a", text=text), nlp)
    assert all(text[f.start : f.end] == f.text for f in a.figures)
    return {f.text: f.value for f in a.figures}


def test_a_figure_written_with_a_minus_keeps_its_sign(nlp: Any) -> None:
    text = (
        "Exports from Velmora changed by -3.2% in March, the harbour board said.\n\n"
        "Exports from Velmora changed by \u22121.4% in April, the harbour board said.\n\n"
        "Exports from Velmora changed by \u20132.5% in May, the harbour board said."
    )
    values = _values(nlp, text)
    assert values["-3.2%"] == -3.2
    assert values["\u22121.4%"] == -1.4
    assert values["\u20132.5%"] == -2.5


def test_a_range_a_compound_or_a_spaced_dash_gives_no_sign(nlp: Any) -> None:
    text = (
        "Fares set by the harbour board in Velmora rose 3-4% this year.\n\n"
        "The Covid-19 ward in Velmora took 12 patients on Monday.\n\n"
        "Trade through Velmora was weak \u2013 2.5% lower than a year before."
    )
    values = _values(nlp, text)
    assert {"3-4%", "12", "2.5%"} <= set(values)
    assert all(v > 0 for v in values.values())


def test_a_margin_either_way_has_no_sign(nlp: Any) -> None:
    text = (
        "The survey's error band in Velmora was plus or minus 6.8 seats.\n\n"
        "Velmora's tally could be off by plus or minus 7.9 votes, the board said.\n\n"
        "The harbour in Velmora froze at minus 12 degrees on Monday."
    )
    a = analyze_article(Article(id="a", text=text), nlp)
    values = {f.text: f.value for f in a.figures}
    assert [v for t, v in values.items() if "6.8" in t] == [6.8]
    assert [v for t, v in values.items() if "7.9" in t] == [7.9]
    assert [v for t, v in values.items() if "12" in t] == [-12]  # a sign of its own


def test_a_sum_written_with_a_minus_before_its_currency_keeps_its_sign(nlp: Any) -> None:
    text = (
        "The Velmora council ended the year with a balance of \u2212$5 million, its treasurer "
        "said.\n\n"
        "The Korvath ferry line made a loss of \u2212$5m last year, its owner said."
    )
    a = analyze_article(Article(id="a", text=text), nlp)
    assert all(text[f.start : f.end] == f.text for f in a.figures)
    signed = [f for f in a.figures if f.text.startswith("\u2212$5")]
    assert len(signed) == 2
    assert all(f.value < 0 and f.unit.lower() == "usd" for f in signed)
    # a sum without a sign stays a size, and no dash set apart signs one
    plain = analyze_article(
        Article(id="b", text="The Velmora council ended the year \u2013 $5 million in hand."), nlp
    )
    assert [f.value for f in plain.figures if "5" in f.text] == [5e6]
