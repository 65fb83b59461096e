""" "Last year" in an article of known date is a year for date conflicts: two reports giving
one event different years are found however they write the year (invented sentences; times
and names placed by hand as analysis gives them)."""

from __future__ import annotations

from tests.synthesize.test_conflict_dates import article, dates

LEVY = "Korvath residents approved the harbour levy {}, Ilse Marn said."


def test_last_year_of_a_dated_article_conflicts_with_another_year() -> None:
    a = article(
        "a", LEVY.format("last year"), [("last year", "2030", "Y:-1")], published="2031-04-23"
    )
    b = article("b", LEVY.format("in 2029"), [("2029", "2029", None)], published="2031-04-23")
    assert dates(a, b) == [["last year", "2029"]]


def test_last_year_that_is_the_other_year_or_undated_is_no_conflict() -> None:
    # Negative: "last year" naming the other's year agrees; in an undated article it names
    # no year; and "last year's" is a noun's time, no event's.
    a = article(
        "a", LEVY.format("last year"), [("last year", "2030", "Y:-1")], published="2031-04-23"
    )
    b = article("b", LEVY.format("in 2030"), [("2030", "2030", None)], published="2031-04-23")
    assert dates(a, b) == []
    undated = article("c", LEVY.format("last year"), [("last year", None, "Y:-1")])
    c = article("d", LEVY.format("in 2029"), [("2029", "2029", None)])
    assert dates(undated, c) == []
    line = "Korvath residents approved last year's harbour levy, Ilse Marn said."
    d = article("e", line, [("last year", "2030", "Y:-1")], published="2031-04-23")
    e = article("f", LEVY.format("in 2029"), [("2029", "2029", None)], published="2031-04-23")
    assert dates(d, e) == []
