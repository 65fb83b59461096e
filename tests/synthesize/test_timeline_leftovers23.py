"""Session 23's timeline leftovers (invented text): one article telling one event twice on
one day is one entry citing both sentences, while two events of one article's day stay two;
a time qualifying a noun of outlook ("the prospects for the Velmora region in 2031") is no entry."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

LEAD = (
    "The Velmora Harbour Trust had its bid to stop the Orlen Quay Act thrown out on Tuesday "
    "when the Marsh Court ruled the act was lawful."
)
RETOLD = "At the Marsh Court on Tuesday, the Velmora Harbour Trust failed to have the Orlen Quay Act ruled void."
# Another event of the same day, naming some of the same parties.
OTHER = "The Velmora Harbour Trust said on Tuesday that its members would march in Orlen."


def _entries(
    sentences: list[str], times: list[tuple[str, str, str | None, str | None]]
) -> list[tuple[str, int, list[int]]]:
    story = Story([make("a", sentences, times)])
    return [
        (e.date, e.sentence, sorted(r.sentence for r in e.also_in))
        for e in build_timeline(story, infer_dates(story))
    ]


TUESDAY = ("Tuesday", "DATE", None, "W:1:-1")


def test_an_event_retold_in_one_article_is_one_entry() -> None:
    got = _entries([LEAD, "Its lawyers were in Orlen.", RETOLD], [TUESDAY, TUESDAY])
    assert got == [("XXXX-WXX-2", 0, [2])]


def test_two_events_of_one_day_in_one_article_stay_two_entries() -> None:
    # Negative: a march announced the same day shares a name but not the parties.
    got = _entries([LEAD, OTHER], [TUESDAY, TUESDAY])
    assert [(d, s) for d, s, _ in got] == [("XXXX-WXX-2", 0), ("XXXX-WXX-2", 1)]


def _dates(sentence: str, expression: str, value: str) -> list[str]:
    article = make("a", [sentence], [(expression, "DATE", value, None)], "2030-11-20")
    story = Story([article])
    return [e.date for e in build_timeline(story, infer_dates(story))]


def test_a_year_qualifying_a_noun_of_outlook_is_no_entry() -> None:
    text = "Ms Lorne used the Velmora debate to launch a white book setting out prospects for the Orlen region in 2031."
    assert _dates(text, "2031", "2031") == []
    assert _dates("The outlook for 2031 looks bright, Orlen Mills said.", "2031", "2031") == []


def test_a_year_of_a_verb_after_a_noun_of_outlook_stays() -> None:
    # Negative: the year is the verb's ("improved in 2029"), an event's date.
    text = "The outlook for Orlen Mills improved in 2029 when the quay reopened."
    assert _dates(text, "2029", "2029") == ["2029"]
