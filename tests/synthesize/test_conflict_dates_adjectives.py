"""A participle right after a preposition modifies the noun after it ("on injured reserve",
"in armed custody"): it is no event verb a time dates, so the time goes to the verb before
it, whose object tells whose event it is (invented sentences; times and names placed by
hand)."""

from __future__ import annotations

from tests.synthesize.test_conflict_dates import TUE, WED, article, dates

LINE = "The Korvath club placed {} on injured leave {} because of a sore knee."


def test_two_people_placed_on_a_list_on_two_days_do_not_conflict() -> None:
    a = article("a", LINE.format("Dorel Vask", "Wednesday"), [WED])
    b = article("b", LINE.format("Ilse Marn", "Tuesday"), [TUE])
    assert dates(a, b) == []


def test_one_person_placed_on_a_list_on_two_days_still_conflicts() -> None:
    a = article("a", LINE.format("Dorel Vask", "Wednesday"), [WED])
    b = article("b", LINE.format("Dorel Vask", "Tuesday"), [TUE])
    assert dates(a, b) == [["Wednesday", "Tuesday"]]
