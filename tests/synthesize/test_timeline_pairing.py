"""Which entry of a day each of an outlet's reports of that day joins (invented articles).

An entry holds one report per outlet, so an outlet's loose report that comes first in its
text must not take the entry its own copy of the entry's sentence belongs to: the copy would
then be listed again as an entry of its own under the same day."""

from __future__ import annotations

from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.timeline import build_timeline
from tests.synthesize.test_dates import make

RECORD = "Share prices in Velmora climbed to their best level ever on Wednesday as traders bought bank stocks."
FERRY = "The harbour board of Velmora approved a new ferry terminal on Wednesday."

# Both outlets dated Thursday 2040-06-14: their "Wednesday" is 2040-06-13.
FIRST = make(
    "first",
    [RECORD, FERRY],
    [("Wednesday", "DATE", None, "W:2:-1"), ("Wednesday", "DATE", None, "W:2:-1")],
    "2040-06-14",
    "Velmora Daily",
)
# The loose summary of the market day comes before the copies of both sentences.
SECOND = make(
    "second",
    [
        "But share markets in Velmora and Ostrana closed at their best levels on Wednesday, as"
        " traders shrugged off the storm.",
        FERRY,
        RECORD,
    ],
    [("Wednesday", "DATE", None, "W:2:-1")] * 3,
    "2040-06-14",
    "Ostrana Herald",
)


def _timeline() -> list:  # type: ignore[type-arg]
    story = Story([FIRST, SECOND])
    return build_timeline(story, infer_dates(story))


def _cited(entry) -> set[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return {(entry.article, entry.sentence), *((r.article, r.sentence) for r in entry.also_in)}


def test_an_outlets_copy_joins_the_entry_of_its_sentence() -> None:
    timeline = _timeline()
    record = [e for e in timeline if e.text == RECORD]
    assert len(record) == 1, [(e.article, e.sentence, e.text[:30]) for e in timeline]
    assert _cited(record[0]) == {("first", 0), ("second", 2)}
    ferry = [e for e in timeline if e.text == FERRY]
    assert len(ferry) == 1 and _cited(ferry[0]) == {("first", 1), ("second", 1)}


def test_the_loose_report_is_an_entry_of_its_own_and_never_cited_twice() -> None:
    timeline = _timeline()
    loose = [e for e in timeline if ("second", 0) in _cited(e)]
    # Not joined to the record-high entry its outlet's copy took, and listed once.
    assert len(loose) == 1 and not loose[0].also_in
    every = [ref for e in timeline for ref in _cited(e)]
    assert len(every) == len(set(every))


# Two outlets print one sentence whose year sits in a clause of no event words ("up from
# ... in 2031"): the clauses share nothing, but the sentences are the same report.
CENSUS = (
    "Figures from the Velmora census show 40% of households hold a boat licence (BL), up from"
    " 7% in 2031."
)
OTHER = "The harbour board of Ostrana opened a museum of boats in 2031."


def test_the_same_sentence_from_two_outlets_is_one_entry() -> None:
    first = make("first", [CENSUS], [("2031", "DATE", "2031", None)], "2040-06-14", "Velmora Daily")
    second = make(
        "second",
        [OTHER, CENSUS],
        [("2031", "DATE", "2031", None)] * 2,
        "2040-06-14",
        "Ostrana Herald",
    )
    story = Story([first, second])
    timeline = build_timeline(story, infer_dates(story))
    census = [e for e in timeline if e.text == CENSUS]
    assert len(census) == 1 and _cited(census[0]) == {("first", 0), ("second", 1)}
    # Another event of that year is not joined to it for its year alone.
    other = [e for e in timeline if e.text == OTHER]
    assert len(other) == 1 and not other[0].also_in
