"""A quarter, half, period or inning of a game is no quarter or half of the calendar year:
in a sentence about play it is left untagged, while a quarter of a business year (a profit,
sales, a year named, no play) keeps its calendar value, and a half only with a year named
(a bare half has no value anywhere, ``dates._calendar_period``)."""

from __future__ import annotations

import re
from typing import Any

from tests.analyze.times_found import times_in

DECEMBER = "2031-12-21"  # a Sunday


def _found(nlp: Any, text: str, anchor: str = DECEMBER) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def _calendar_parts(found: dict[str, str | None]) -> list[str]:
    """Values naming a quarter or half of a year ("2031-Q2", "2031-H1")."""
    return [v for v in found.values() if v and re.fullmatch(r"\d{4}-[QH]\d", v)]


def test_a_touchdown_in_the_second_quarter_is_no_calendar_quarter(nlp: Any) -> None:
    found = _found(
        nlp, "Ann Lee threw a touchdown pass in the second quarter to put the Hawks ahead."
    )
    assert _calendar_parts(found) == []


def test_a_field_goal_early_in_the_fourth_quarter_is_no_calendar_quarter(nlp: Any) -> None:
    found = _found(nlp, "Dan Fry kicked a 40-yard field goal early in the fourth quarter.")
    assert _calendar_parts(found) == []


def test_goals_in_the_second_half_are_no_calendar_half(nlp: Any) -> None:
    found = _found(
        nlp, "The Velmora Rovers trailed 2-0 before Tom Ash scored twice in the second half."
    )
    assert _calendar_parts(found) == []


def test_a_hyphened_quarter_of_play_is_no_calendar_quarter(nlp: Any) -> None:
    found = _found(nlp, "The Hawks have won five games this season with fourth-quarter comebacks.")
    assert _calendar_parts(found) == []


def test_the_day_of_a_game_stays_beside_its_quarter(nlp: Any) -> None:
    found = _found(nlp, "Ann Lee scored on Saturday in the first quarter of the game.")
    assert found.get("Saturday") == "2031-12-20"
    assert _calendar_parts(found) == []


def test_a_profit_quarter_stays_a_quarter(nlp: Any) -> None:
    found = _found(nlp, "The harbour board said its profit rose 8 percent in the second quarter.")
    assert _calendar_parts(found) == ["2031-Q2"]


def test_a_clubs_sales_quarter_stays_a_quarter(nlp: Any) -> None:
    text = "The club, which won the cup, said shirt sales fell in the second quarter."
    assert _calendar_parts(_found(nlp, text)) == ["2031-Q2"]


def test_a_quarter_with_its_year_stays_a_quarter(nlp: Any) -> None:
    found = _found(nlp, "The club scored a record result in the fourth quarter of 2030.")
    assert _calendar_parts(found) == ["2030-Q4"]


def test_a_half_with_no_play_has_a_value_only_with_its_year(nlp: Any) -> None:
    found = _found(nlp, "The minister said the ferry fares will rise in the second half.")
    assert _calendar_parts(found) == []
    text = "The minister said the ferry fares will rise in the second half of the year."
    assert _calendar_parts(_found(nlp, text)) == ["2031-H2"]


def test_the_entire_second_half_of_a_match_is_no_calendar_half(nlp: Any) -> None:
    found = _found(nlp, "The Velmora Rovers never scored over the entire second half of the match.")
    assert _calendar_parts(found) == []


def test_a_half_in_a_report_of_a_game_is_no_calendar_half(nlp: Any) -> None:
    text = (
        "Tom Ash scored twice for the Velmora Rovers on Saturday.\n\n"
        "The Rovers led 2-0 at the break after a header from Dan Fry.\n\n"
        "The Hawks' goalkeeper made six saves.\n\n"
        "The Rovers looked tired in the second half."
    )
    found = _found(nlp, text)
    assert found.get("Saturday") == "2031-12-20"
    assert _calendar_parts(found) == []


def test_a_quarter_in_a_report_with_one_word_of_play_stays_a_quarter(nlp: Any) -> None:
    text = (
        "The mayor opened the new stadium on Saturday.\n\n"
        "The first game there is set for May.\n\n"
        "The council expects the builders to be busy in the third quarter."
    )
    assert _calendar_parts(_found(nlp, text)) == ["2031-Q3"]


def test_a_revenue_quarter_in_a_report_of_a_game_stays_a_quarter(nlp: Any) -> None:
    text = (
        "Tom Ash scored twice for the Velmora Rovers on Saturday.\n\n"
        "The Rovers led 2-0 at the break after a header from Dan Fry.\n\n"
        "The Hawks' goalkeeper made six saves.\n\n"
        "Ticket revenue at the ground rose in the last quarter, the club said."
    )
    assert len(_calendar_parts(_found(nlp, text))) == 1


def test_an_age_is_no_year_beside_a_quarter_of_play(nlp: Any) -> None:
    found = _found(
        nlp, "Ann Lee broke a year-old club record for passing yards in the second quarter."
    )
    assert _calendar_parts(found) == []


def test_a_year_beside_a_quarter_keeps_it_a_quarter(nlp: Any) -> None:
    found = _found(
        nlp,
        "The Hawks' new stadium will open in the second quarter, a year after their first game.",
    )
    assert _calendar_parts(found) == ["2031-Q2"]


def test_a_score_tagged_with_its_quarter_is_no_calendar_quarter(nlp: Any) -> None:
    found = _found(
        nlp, "Tom Ash kicked a penalty to level the match at 6 early in the first quarter."
    )
    assert _calendar_parts(found) == []


def test_another_fourth_quarter_comeback_is_no_calendar_quarter(nlp: Any) -> None:
    found = _found(nlp, "The Hawks beat the Rovers in another fourth quarter comeback, 21-17.")
    assert _calendar_parts(found) == []


def test_the_day_after_a_quarter_of_play_stays_the_time(nlp: Any) -> None:
    found = _found(
        nlp, "Ann Lee's touchdown pass in the fourth quarter Saturday won it for the Hawks, 20-13."
    )
    assert found.get("Saturday") == "2031-12-20"
    assert _calendar_parts(found) == []


def test_a_profit_quarter_before_a_day_stays_a_quarter(nlp: Any) -> None:
    found = _found(nlp, "The harbour board reported a profit for the fourth quarter Tuesday.")
    assert len(_calendar_parts(found)) == 1


def test_a_half_of_the_season_is_not_cut_to_a_fragment(nlp: Any) -> None:
    found = _found(
        nlp, "Ann Lee struggled in the second half of the league season but scored twice."
    )
    assert not any(text.startswith("of") for text in found)
