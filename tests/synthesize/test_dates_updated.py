"""A stamp giving a first date and an update ("on March 3, 2030 at 9: 15 AM, updated March
9, 2030") dates its article by the first: the update's date is not when it was written
(session 12's read; invented text)."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import Time
from tests.synthesize.builders import timed_article as make

BODY = "The council of Orlen voted to close the bridge after the flood."
FIRST: Time = ("March 3, 2030", "DATE", "2030-03-03", None, -1)
UPDATE: Time = ("March 9, 2030", "DATE", "2030-03-09", None, -1)


def test_a_stamp_with_an_update_dates_the_article_by_its_first_date() -> None:
    stamp = "on March 3, 2030 at 9: 15 AM, updated March 9, 2030"
    a = make("a", [stamp, BODY], [FIRST, UPDATE])
    assert infer_dates(Story([a]))["a"].date == "2030-03-03"


def test_an_update_stamp_alone_still_dates_the_article() -> None:
    a = make("a", ["Updated March 9, 2030", BODY], [UPDATE])
    assert infer_dates(Story([a]))["a"].date == "2030-03-09"
