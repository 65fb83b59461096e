"""Date conflicts: the same verb in two sentences that tell two events (invented sentences,
built as in test_conflict_dates)."""

from __future__ import annotations

from crossbrief.model import TimeExpr
from crossbrief.synthesize.conflicts.when import _explicit
from tests.synthesize.test_conflict_dates import TUE, WED, article, dates


def test_the_same_win_over_two_other_people_is_two_events() -> None:
    # two elections won by one person: each sentence names an opponent the other lacks
    a = article(
        "a",
        "Dorel Vask won Korvath in 2008 by four points over Ilse Marn.",
        [("2008", "2008", None)],
    )
    b = article(
        "b",
        "Dorel Vask won Korvath in 2012 by three points over Tomas Brenner.",
        [("2012", "2012", None)],
    )
    assert dates(a, b) == []


def test_one_win_with_the_same_people_still_conflicts() -> None:
    # negative case: the same people, the same win, two years
    a = article(
        "a",
        "Dorel Vask won Korvath in 2008 by four points over Ilse Marn.",
        [("2008", "2008", None)],
    )
    b = article(
        "b",
        "Dorel Vask won Korvath in 2009 by three points over Ilse Marn, who conceded.",
        [("2009", "2009", None)],
    )
    assert dates(a, b) == [["2008", "2009"]]


def test_a_third_arrest_is_not_a_date_for_the_first_two() -> None:
    a = article(
        "a", "Two men were arrested on Tuesday in connection with the robbery in Korvath.", [TUE]
    )
    b = article(
        "b",
        "A third man was arrested on Wednesday in connection with the robbery in Korvath.",
        [WED],
    )
    assert dates(a, b) == []


def test_another_arrest_is_a_further_event() -> None:
    a = article("a", "A man was arrested on Tuesday over the robbery in Korvath.", [TUE])
    b = article(
        "b", "Police said another man was arrested on Wednesday over the robbery in Korvath.", [WED]
    )
    assert dates(a, b) == []


def test_subjects_of_two_numbers_tell_two_arrests() -> None:
    a = article("a", "Two men were arrested on Tuesday over the robbery in Korvath.", [TUE])
    b = article("b", "A woman was arrested on Wednesday over the robbery in Korvath.", [WED])
    assert dates(a, b) == []


def test_the_same_arrest_of_one_man_still_conflicts() -> None:
    # negative case: one subject, in one number, with no word of a series
    a = article("a", "A third man was arrested on Tuesday over the robbery in Korvath.", [TUE])
    b = article("b", "A third man was arrested on Wednesday over the robbery in Korvath.", [WED])
    assert dates(a, b) == [["Tuesday", "Wednesday"]]
    c = article("c", "Two men were arrested on Tuesday over the robbery in Korvath.", [TUE])
    d = article(
        "d", "Police say two men were arrested Wednesday over the robbery in Korvath.", [WED]
    )
    assert dates(c, d) == [["Tuesday", "Wednesday"]]


def time(text: str, value: str) -> TimeExpr:
    return TimeExpr(text, 0, len(text), "DATE", value, None, None, -1)


def test_a_word_beginning_like_a_month_is_no_month() -> None:
    # "dec" in "decade", "jun" in "junior": no month, so no month of a year to compare
    assert _explicit(time("the decade to 2004", "2004")) is None
    assert _explicit(time("junior year 2004", "2004")) is None
    # negative cases: names and abbreviations of months still are
    assert _explicit(time("December 2004", "2004-12")) == ("month", "2004-12", None)
    assert _explicit(time("Dec. 26, 2004", "2004-12-26")) == ("day", "2004-12-26", None)
    assert _explicit(time("Sept. 9", "2004-09-09")) == ("day", "2004-09-09", None)
