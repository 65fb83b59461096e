"""Date conflicts: one event given two times by two outlets (invented sentences; time
expressions and names placed by hand as analysis would give them)."""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.model import (
    AnalyzedArticle,
    Article,
    Mention,
    SentenceRef,
    SummarySentence,
    TimeExpr,
)
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans

# (time as written, resolved value, anchor-free form)
Time = tuple[str, str | None, str | None]
NAMES = (
    ("Dorel Vask", "PERSON"),
    ("Ilse Marn", "PERSON"),
    ("Tomas Brenner", "PERSON"),
    ("Korvath", "GPE"),
    ("Hurricane Ivo", "EVENT"),
    ("Hurricane Lena", "EVENT"),
)


def article(
    aid: str, text: str, times: Sequence[Time], published: str | None = None
) -> AnalyzedArticle:
    """One sentence a line; each time at its first occurrence, each of ``NAMES`` tagged."""
    found = []
    for written, value, relative in times:
        at = text.index(written)
        found.append(TimeExpr(written, at, at + len(written), "DATE", value, None, relative, -1))
    mentions = []
    for form, label in NAMES:
        at = text.find(form)
        while at >= 0:
            mentions.append(Mention(form, at, at + len(form), label))
            at = text.find(form, at + 1)
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid, published=published),
        line_spans(text),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        times=tuple(found),
    )


def dates(*articles: AnalyzedArticle) -> list[list[str]]:
    """The values of each date conflict the real synthesis finds (entities built too)."""
    story = Story(articles)
    entities, _ = build_entities(story)
    found = build_conflicts(story, group_sentences(story, entities=entities), entities)
    return [[v.value for v in c.values] for c in found if c.kind == "date"]


TUE = ("Tuesday", None, "W:1:-1")
WED = ("Wednesday", None, "W:2:-1")


def test_two_weekdays_of_one_arrest_conflict() -> None:
    a = article(
        "a", "Dorel Vask and Ilse Marn were arrested by police on Tuesday in Korvath.", [TUE]
    )
    b = article("b", "Dorel Vask and Ilse Marn were arrested Wednesday in Korvath.", [WED])
    assert dates(a, b) == [["Tuesday", "Wednesday"]]


def test_two_years_of_one_expulsion_told_with_two_verbs_conflict() -> None:
    a = article(
        "a",
        "Dorel Vask, the former bishop of the Korvath sect, was ejected in 2003 by its elders.",
        [("2003", "2003", None)],
    )
    b = article(
        "b",
        "Dorel Vask is the former bishop of the Korvath sect who was ousted in 2002.",
        [("2002", "2002", None)],
    )
    assert dates(a, b) == [["2003", "2002"]]


def test_a_time_of_the_statement_is_not_the_events() -> None:
    # "announced Wednesday that ... arrested": Wednesday dates the announcement
    a = article(
        "a", "Dorel Vask and Ilse Marn were arrested by police on Tuesday in Korvath.", [TUE]
    )
    b = article(
        "b",
        "Police announced Wednesday that they arrested Dorel Vask and Ilse Marn in Korvath.",
        [WED],
    )
    assert dates(a, b) == []


def test_two_different_events_do_not_conflict() -> None:
    a = article(
        "a", "Dorel Vask and Ilse Marn were arrested by police on Tuesday in Korvath.", [TUE]
    )
    b = article(
        "b", "Dorel Vask and Ilse Marn were charged by police on Wednesday in Korvath.", [WED]
    )
    assert dates(a, b) == []


def test_a_vote_and_an_expulsion_do_not_conflict() -> None:
    a = article("a", "Dorel Vask was ousted in 2003 by the elders.", [("2003", "2003", None)])
    b = article("b", "Dorel Vask was elected in 2002 by the elders.", [("2002", "2002", None)])
    assert dates(a, b) == []


def test_counts_of_days_are_no_dates() -> None:
    a = article(
        "a",
        "Dorel Vask was arrested on the twelfth day of the siege.",
        [("the twelfth day", None, None)],
    )
    b = article(
        "b",
        "Dorel Vask was arrested after more than 10 days of the siege.",
        [("more than 10 days", None, None)],
    )
    assert dates(a, b) == []


def test_last_week_meets_a_weekday() -> None:
    a = article(
        "a", "Dorel Vask was arrested last week in Korvath.", [("last week", None, "WK:-1")]
    )
    b = article("b", "Dorel Vask was arrested on Tuesday in Korvath.", [TUE])
    assert dates(a, b) == []


def test_a_year_meets_a_full_date_in_it() -> None:
    a = article("a", "Dorel Vask was ousted in 2002 by the elders.", [("2002", "2002", None)])
    b = article(
        "b",
        "Dorel Vask was ousted on March 3, 2002 by the elders.",
        [("March 3, 2002", "2002-03-03", None)],
    )
    assert dates(a, b) == []


def test_a_full_date_of_another_year_conflicts_with_a_year() -> None:
    a = article("a", "Dorel Vask was ousted in 2002 by the elders.", [("2002", "2002", None)])
    b = article(
        "b",
        "Dorel Vask was ousted on March 3, 2003 by the elders.",
        [("March 3, 2003", "2003-03-03", None)],
    )
    assert dates(a, b) == [["2002", "March 3, 2003"]]


def test_weekdays_resolving_to_one_day_agree() -> None:
    # written on Wednesday and on Thursday: "Tuesday" and "Tuesday" are one day, and so
    # are "yesterday"'s weekday and the other's
    a = article(
        "a",
        "Dorel Vask and Ilse Marn were arrested on Tuesday in Korvath.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-07",
    )
    b = article(
        "b",
        "Dorel Vask and Ilse Marn were arrested on Tuesday in Korvath.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-08",
    )
    assert dates(a, b) == []


def test_dated_weekdays_resolving_to_two_days_conflict() -> None:
    a = article(
        "a",
        "Dorel Vask and Ilse Marn were arrested on Tuesday in Korvath.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-07",
    )
    b = article(
        "b",
        "Dorel Vask and Ilse Marn were arrested on Monday in Korvath.",
        [("Monday", "2031-05-05", "W:0:-1")],
        "2031-05-07",
    )
    assert dates(a, b) == [["Tuesday", "Monday"]]


def test_reports_of_two_weeks_are_not_compared() -> None:
    # a second arrest a fortnight later is a new event, not another date for the first
    a = article(
        "a",
        "Dorel Vask and Ilse Marn were arrested on Tuesday in Korvath.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-07",
    )
    b = article(
        "b",
        "Dorel Vask and Ilse Marn were arrested on Monday in Korvath.",
        [("Monday", "2031-05-19", "W:0:-1")],
        "2031-05-21",
    )
    assert dates(a, b) == []


def test_an_undated_weekday_does_not_meet_a_year() -> None:
    a = article("a", "Dorel Vask was arrested on Tuesday in Korvath.", [TUE])
    b = article("b", "Dorel Vask was arrested in 2002 in Korvath.", [("2002", "2002", None)])
    assert dates(a, b) == []


def test_a_year_modifying_a_noun_dates_no_verb() -> None:
    a = article(
        "a", "Dorel Vask was ousted in 2002 elections by the voters.", [("2002", "2002", None)]
    )
    b = article("b", "Dorel Vask was ousted in 2003 by the voters.", [("2003", "2003", None)])
    assert dates(a, b) == []


def test_an_event_one_report_dates_twice_recurs() -> None:
    a = article(
        "a",
        "Dorel Vask was arrested in 2002 in Korvath.\nDorel Vask was arrested in 2005 in Korvath.",
        [("2002", "2002", None), ("2005", "2005", None)],
    )
    b = article("b", "Dorel Vask was arrested in 2003 in Korvath.", [("2003", "2003", None)])
    assert dates(a, b) == []


def test_versions_of_one_report_do_not_conflict() -> None:
    lines = [
        "Dorel Vask and Ilse Marn led the Korvath sect for years.",
        "The sect owns farms and a school near the border.",
        "Its members refused to speak to reporters on the day.",
    ]
    a = article("a", "\n".join([*lines, "Dorel Vask was arrested on Tuesday in Korvath."]), [TUE])
    b = article("b", "\n".join([*lines, "Dorel Vask was arrested on Wednesday in Korvath."]), [WED])
    assert Story([a, b]).versions["b"] == "a"
    assert dates(a, b) == []


def test_a_summary_sentence_does_not_cite_another_day() -> None:
    a = article(
        "a", "Dorel Vask and Ilse Marn were arrested by police on Tuesday in Korvath.", [TUE]
    )
    b = article(
        "b", "Dorel Vask and Ilse Marn were arrested by police on Wednesday in Korvath.", [WED]
    )
    story = Story([a, b])
    conflicts = build_conflicts(story, group_sentences(story))
    cited = SummarySentence(b.sentence_text(0), (SentenceRef("b", 0), SentenceRef("a", 0)), 2)
    [kept] = agreeing_summary(story, [cited], conflicts)
    assert kept.sources == (SentenceRef("b", 0),)


def test_sentences_naming_other_actors_tell_two_events() -> None:
    # one clinic destroyed twice, by two storms: similar sentences, two events
    a = article(
        "a",
        "When Hurricane Ivo destroyed the Korvath clinic in 1998, its doctor made house calls.",
        [("1998", "1998", None)],
    )
    b = article(
        "b",
        "Her clinic, destroyed by Hurricane Lena in 2005, was rebuilt by the doctor.",
        [("2005", "2005", None)],
    )
    assert dates(a, b) == []


def test_a_dated_weekday_does_not_meet_a_year() -> None:
    a = article(
        "a",
        "Dorel Vask won the Korvath primary on Tuesday.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-07",
    )
    b = article("b", "Dorel Vask won the Korvath primary in 2027.", [("2027", "2027", None)])
    assert dates(a, b) == []


def test_a_dated_weekday_meets_a_full_date_of_another_day() -> None:
    a = article(
        "a",
        "Dorel Vask and Ilse Marn were arrested on Tuesday in Korvath.",
        [("Tuesday", "2031-05-06", "W:1:-1")],
        "2031-05-07",
    )
    b = article(
        "b",
        "Dorel Vask and Ilse Marn were arrested on May 7, 2031 in Korvath.",
        [("May 7, 2031", "2031-05-07", None)],
    )
    assert dates(a, b) == [["Tuesday", "May 7, 2031"]]


def test_a_possessive_weekday_dates_a_noun() -> None:
    a = article("a", "Dorel Vask faced critics at Tuesday's meeting in Korvath.", [TUE])
    b = article("b", "Dorel Vask faced critics at the meeting on Wednesday in Korvath.", [WED])
    assert dates(a, b) == []


def test_one_actor_leaving_twice_is_two_events() -> None:
    # the same verb and subject in unrelated sentences: two departures, not one
    a = article(
        "a",
        "Dorel Vask met the press in the morning and left no doubt he would run.\n"
        "Dorel Vask left for Korvath on Saturday to hold talks on the border treaty.",
        [("Saturday", None, "W:5:-1")],
    )
    b = article(
        "b",
        "Dorel Vask spoke to reporters at the airport and left the door open to talks.\n"
        "Dorel Vask left the island of Jerba on Sunday for a summit of Gulf leaders.",
        [("Sunday", None, "W:6:-1")],
    )
    assert dates(a, b) == []


def test_a_gerund_takes_the_time_from_the_verb_before_it() -> None:
    # "charged with marrying ... in 2003": the time of the marriage, not of the charge
    a = article(
        "a", "Dorel Vask was charged with marrying Ilse Marn in 2003.", [("2003", "2003", None)]
    )
    b = article(
        "b", "Dorel Vask was charged with marrying Ilse Marn in 2004.", [("2004", "2004", None)]
    )
    assert dates(a, b) == []


def test_a_sentence_giving_both_times_denies_neither() -> None:
    a = article(
        "a",
        "Dorel Vask won the Korvath prize in 2004 for his role in the play Lanterns.",
        [("2004", "2004", None)],
    )
    b = article(
        "b",
        "Dorel Vask won the Korvath medal in 2005 for hosting the Korvath prize in 2004, "
        "and his role in the play Lanterns.",
        [("2005", "2005", None), ("2004", "2004", None)],
    )
    assert dates(a, b) == []


def test_the_time_of_a_statement_does_not_restate_the_event() -> None:
    # a's own "Wednesday" dates what police said, so a still says Tuesday for the arrest
    a = article(
        "a",
        "Dorel Vask and Ilse Marn were arrested on Tuesday, police said on Wednesday.",
        [TUE, WED],
    )
    b = article("b", "Police confirmed Dorel Vask and Ilse Marn were arrested Wednesday.", [WED])
    assert dates(a, b) == [["Tuesday", "Wednesday"]]


def test_a_reported_events_time_is_no_statements_time() -> None:
    # "police said he was questioned Wednesday": Wednesday is the questioning's, a time a
    # gives besides Tuesday, so a does not deny b's Wednesday (as a figure stated twice)
    a = article(
        "a",
        "Dorel Vask was arrested on Tuesday, and police said he was questioned Wednesday.",
        [TUE, WED],
    )
    b = article("b", "Police confirmed that Dorel Vask was arrested Wednesday in Korvath.", [WED])
    assert dates(a, b) == []
