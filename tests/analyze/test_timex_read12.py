"""Time rules from session 12's read of real briefs: a four-digit price or measure is no
year, a common time word inside a title-cased name is no time, and Easter and the feasts
counted from it have their computed dates."""

from __future__ import annotations

from typing import Any

from tests.analyze.times_found import times_in

APRIL = "2031-04-22"  # a Tuesday; Easter Sunday 2031 is 13 April


def _found(nlp: Any, text: str, anchor: str = APRIL) -> dict[str, str | None]:
    return {t.text: t.value for t in times_in(nlp, text, anchor)}


def test_a_number_before_a_unit_is_no_year(nlp: Any) -> None:
    assert "1333" not in _found(nlp, "The tablet comes with 8GB of 1333 MHz memory.")


def test_a_screen_size_is_no_year(nlp: Any) -> None:
    assert "1680" not in _found(nlp, "The laptop has a glossy 1680 x 1050 screen.")


def test_a_price_is_no_year(nlp: Any) -> None:
    assert "1499" not in _found(nlp, "For $1499 you get the larger model and a case.")


def test_a_year_beside_a_count_stays(nlp: Any) -> None:
    assert _found(nlp, "In 1920 the village had 1200 houses.")["1920"] == "1920"


def test_a_time_word_in_a_programme_title_is_no_time(nlp: Any) -> None:
    found = _found(nlp, "The mayor told the station's City News Tonight that the pier was safe.")
    assert not any("Tonight" in text for text in found)


def test_tonight_in_running_text_stays(nlp: Any) -> None:
    found = _found(nlp, "The mayor told the station tonight that the pier was safe.")
    assert found["tonight"] == "2031-04-22TNI"


def test_a_weekday_after_a_name_stays(nlp: Any) -> None:
    found = _found(nlp, "Mayor Lena Ortiz Tuesday said the pier was safe.")
    assert found["Tuesday"] == "2031-04-22"


def test_easter_weekend_is_the_weekend_of_easter(nlp: Any) -> None:
    found = _found(nlp, "The two envoys met in secret over Easter weekend.")
    assert found["Easter weekend"] == "2031-W15-WE"


def test_good_friday_is_two_days_before_easter(nlp: Any) -> None:
    assert _found(nlp, "The ferry sank on Good Friday.")["Good Friday"] == "2031-04-11"


def test_easter_with_its_year_takes_that_year(nlp: Any) -> None:
    assert _found(nlp, "The parade at Easter 2029 drew a record crowd.")["Easter 2029"] == (
        "2029-04-01"
    )


def test_an_easter_egg_is_no_day(nlp: Any) -> None:
    assert not _found(nlp, "The children painted Easter eggs in the yard.")


def test_a_weekday_run_into_a_name_after_it_stays(nlp: Any) -> None:
    found = _found(nlp, "On Monday Banks ended weeks of talk about the pier with a letter.")
    assert "2031-04-21" in found.values()
