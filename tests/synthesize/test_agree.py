"""Two sentences that give one thing another count, other months, or deny what the other
says are never one fact, and never cite each other."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, SentenceRef, SummarySentence
from crossbrief.synthesize.agree import clash, count_clash, month_clash, polarity_clash, reading
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import line_spans


def _clashes(x: str, y: str) -> dict[str, bool]:
    a, b = reading(x), reading(y)
    return {
        "count": count_clash(a, b),
        "month": month_clash(a, b),
        "polarity": polarity_clash(a, b),
    }


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "A storm hit Delvara on Sunday, killing four people and flooding farms.",
            "Five people were killed when the storm hit Delvara at the weekend.",
        ),
        (
            "The ferry sank 60 kilometers (37 miles) west of Orsk, the coast guard said.",
            "The ferry sank about 70 miles (113 kilometers) from Orsk.",
        ),
    ],
)
def test_another_count_beside_the_same_word_clashes(x: str, y: str) -> None:
    assert _clashes(x, y)["count"]
    assert clash(x, y)


def test_a_bound_on_another_noun_does_not_excuse_another_count() -> None:
    # each sentence gives the other's "two" only as a bound on sailors, not on boats
    x = "Storms hit the regatta: at least two sailors were hurt and two boats drifted off."
    y = "Storms hit the regatta: at least two sailors were hurt and four boats drifted off."
    assert _clashes(x, y)["count"]
    # "two boat crews" counts crews: "boat" only describes them
    assert _clashes(
        "Two boat crews were rescued and four boats are adrift.", "Two boats are adrift."
    )["count"]


def test_the_other_count_of_the_same_noun_still_excuses() -> None:
    # one sentence gives both counts of boats: it can hold the other's
    x = "Two boats sank and four boats were adrift after the storm."
    y = "Four boats were adrift after the storm hit the regatta."
    assert not _clashes(x, y)["count"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # the same count, in words and in digits
        ("The storm killed four people in Delvara.", "4 people were killed in Delvara."),
        # a bound agrees with many counts
        ("The storm killed at least one person.", "The storm killed five people."),
        ("Her poems were translated into over 20 languages.", "Translated into 30 languages."),
        # one sentence also gives the other's figure
        ("Two quakes of 7.6 and 7.4 magnitude hit.", "The 7.6 magnitude quake hit at dawn."),
        # an ordinal ranks, and counts nothing
        ("The 60th victim died in hospital.", "One other victim died later in hospital."),
        # no word stands beside both figures ("nautical" sits between)
        ("It capsized 35 kilometers (22 miles) south.", "It capsized 19 nautical miles south."),
        # figures cut off by a comma govern nothing beyond it
        ("Pasley, 21, and Price, 18, were charged.", "Pasley, 20, and Price were charged."),
    ],
)
def test_counts_that_can_both_hold_do_not_clash(x: str, y: str) -> None:
    assert not _clashes(x, y)["count"]


def test_other_months_clash_and_a_shared_month_does_not() -> None:
    assert _clashes("Hiring slowed in January.", "Unemployment stayed at 5% in December.")["month"]
    assert not _clashes("Hiring slowed in January.", "In January and March, hiring slowed.")[
        "month"
    ]
    assert not _clashes("Hiring slowed in January.", "Hiring slowed, officials said.")["month"]
    # "May" opening a sentence is the verb, and a lower-case "march" no month
    assert not _clashes("May the talks resume in June.", "Talks resume in June.")["month"]
    assert not _clashes("Crowds march in June.", "Crowds rallied in June.")["month"]
    assert _clashes("The deal closed on Jan. 4.", "The deal closed in Nov. last year.")["month"]


def test_a_denial_clashes_with_the_statement_it_denies() -> None:
    denied = "The ferry ran late and no flood warning was given."
    said = "The agency had given a flood warning, but it was lifted within an hour."
    assert _clashes(denied, said)["polarity"]
    assert clash(said, denied)


def test_a_negation_in_another_phrase_does_not_deny_the_claim() -> None:
    denied = "Officials claim there is no housing shortage in Velmora."
    said = "There is a housing shortage in Velmora already, so they have not avoided one."
    assert _clashes(denied, said)["polarity"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # both deny the same words, each in its own way
        (
            "Although no financial terms for the merger were released, it closes in May.",
            "Financial terms for the merger were not released.",
        ),
        # both deny, in other words
        (
            "The cause of the fire had not been determined by Friday.",
            "Engineers haven't found the cause of the fire.",
        ),
        # the other tells the denial with its own word ("nothing", "first ... ever")
        (
            "The two mayors met, but no harbour order followed.",
            "A harbour order was expected but nothing came after the meeting.",
        ),
        (
            "Such a rescue had never been tried before.",
            "It was the first rescue ever tried.",
        ),
        # one denied word shared is no claim denied
        ("The mayor did not comment.", "The mayor resigned on Monday."),
        # "not only" denies nothing
        ("The storm hit not only farms but towns.", "The storm hit farms and towns."),
    ],
)
def test_no_polarity_clash_without_a_denied_claim(x: str, y: str) -> None:
    assert not _clashes(x, y)["polarity"]


def _story(texts: dict[str, str]) -> Story:
    return Story(
        [
            AnalyzedArticle(Article(id=k, text=t, source=f"outlet {k}"), line_spans(t))
            for k, t in texts.items()
        ]
    )


def test_outlets_with_other_death_tolls_are_no_support_of_one_fact() -> None:
    story = _story(
        {
            "a": "A series of earthquakes rocked Velmora on Sunday, killing four people.",
            "b": "A series of earthquakes rocked Velmora on Sunday, killing five people.",
            "c": "A series of earthquakes rocked Velmora on Sunday and killed four people.",
        }
    )
    facts = build_facts(story, group_sentences(story), set())
    tolls = [f for f in facts if "Velmora" in f.text]
    assert len(tolls) == 1
    assert {r.article for r in tolls[0].sources} == {"a", "c"}


def test_a_denial_is_not_grouped_with_what_it_denies() -> None:
    story = _story(
        {
            "a": "No flood warning was given after the Velmora dam cracked.",
            "b": "A flood warning was given after the Velmora dam cracked.",
        }
    )
    assert build_facts(story, group_sentences(story), set()) == []


def test_a_summary_sentence_cites_no_source_of_another_month() -> None:
    story = _story(
        {
            "a": "Velmora's factories hired fewer workers than expected in January.",
            "b": "Velmora's factories hired fewer workers than expected in December.",
            "c": "Velmora's factories hired fewer workers than expected in January.",
        }
    )
    refs = tuple(SentenceRef(k, 0) for k in "abc")
    (kept,) = agreeing_summary(story, [SummarySentence(story.sentences[0].text, refs, 3)], [])
    assert [r.article for r in kept.sources] == ["a", "c"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "A magnitude 7.0 quake struck Orsk on Monday.",
            "A magnitude 7 quake struck Orsk on Monday.",
        ),
        ("The quake hit at 6:52 a.m. local time.", "The quake hit at 6.52am local time."),
        ("The council spent £1.2m on the bridge.", "The council spent £1,200,000 on the bridge."),
        ("The council spent $3 million on roads.", "The council spent $3,000,000 on roads."),
        # a conversion in brackets of a figure both give
        (
            "The storm was moving north at 9 mph (14 kph) on Sunday.",
            "The storm was moving north at 9 mph (15 kph) on Sunday.",
        ),
    ],
)
def test_one_figure_written_two_ways_does_not_clash(x: str, y: str) -> None:
    assert not _clashes(x, y)["count"]
    assert not clash(x, y)


@pytest.mark.parametrize(
    ("x", "y"),
    [
        (
            "A magnitude 7.1 quake struck Orsk on Monday.",
            "A magnitude 7 quake struck Orsk on Monday.",
        ),
        ("The council spent £1.2m on the bridge.", "The council spent £1,500,000 on the bridge."),
        # the main figures differ: the bracketed ones still tell another count
        (
            "The storm was moving north at 9 mph (14 kph) on Sunday.",
            "The storm was moving north at 12 mph (19 kph) on Sunday.",
        ),
    ],
)
def test_other_values_written_other_ways_still_clash(x: str, y: str) -> None:
    assert _clashes(x, y)["count"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        # a surname, a name, a march
        (
            "Theresa May resigned as party leader on Friday.",
            "The leader resigned on Friday, June 7.",
        ),
        ("Mrs May will meet the envoys on Thursday.", "The envoys meet on Thursday, March 21."),
        ("Thousands joined the Women's March in Velmora.", "Thousands marched in Velmora in June."),
        # a month of a background clause dates another event
        (
            "Lee, who took office in January, resigned on Monday.",
            "Lee resigned on Monday, weeks before a vote due in June.",
        ),
    ],
)
def test_a_name_or_a_background_month_is_no_month_clash(x: str, y: str) -> None:
    assert not _clashes(x, y)["month"]


@pytest.mark.parametrize(
    ("x", "y"),
    [
        ("Lee resigned on June 7.", "Lee resigned on 5 May 2019."),
        ("Theresa May resigned in June.", "Theresa May resigned in May."),
        ("The plant closed in March 2020, the firm said.", "The plant closed in April."),
    ],
)
def test_months_that_date_the_same_event_clash(x: str, y: str) -> None:
    assert _clashes(x, y)["month"]


def test_a_month_after_in_late_or_early_dates_the_clause() -> None:
    assert _clashes("The plant closed in late March.", "The plant closed in early June.")["month"]
    assert not _clashes("The plant closed in late March.", "The plant closed in March.")["month"]


def test_a_figure_of_no_one_number_is_read_as_written() -> None:
    # a race time ("2:17:18") is no decimal number: compared as written, never dropped
    assert _clashes("Lee won the race in 2:17:18 hours.", "Lee won the race in 2:19:40 hours.")[
        "count"
    ]
    assert not clash("Lee won the race in 2:17:18 hours.", "Lee won the race in 2:17:18 hours.")


def test_no_evidence_that_denies_the_whole_claim_after_it() -> None:
    denied = "The coroner said there had so far been no evidence that his death was a poisoning."
    said = "Lab evidence suggests that the murder was a deliberate poisoning."
    assert _clashes(denied, said)["polarity"]
    assert clash(said, denied)


def test_no_evidence_that_does_not_clash_with_another_denial_or_a_doubt() -> None:
    denied = "Rangers said they had turned up no evidence that the barn blaze was arson."
    also_denied = "The warden saw no sign of arson in the barn blaze, a ranger said."
    doubt = "Wardens asked whether the barn blaze was arson."
    assert not clash(denied, also_denied)
    assert not clash(denied, doubt)


def test_another_marital_status_clashes() -> None:
    assert clash(
        "Lee remarried in 2010 and has two daughters.", "Lee was divorced, with two daughters."
    )
    assert clash("Lee was widowed in 2001.", "Lee, who is married, has one son.")


def test_the_same_or_a_compatible_marital_status_does_not_clash() -> None:
    assert not clash("Lee divorced and later remarried.", "Lee was divorced in 1990.")
    assert not clash("Lee remarried in 2010.", "Lee married a teacher in 2010.")
    assert not clash("Lee was divorced and has one son.", "Lee has one son.")


def test_a_denied_claim_ends_where_another_clause_begins() -> None:
    denied = "The audit turned up no evidence that a guard left the gate open when the alarm rang at night."
    said = "The alarm at the depot gate rang at night."
    assert not clash(denied, said)


def test_two_burial_places_clash() -> None:
    village = "The burial will take place on Monday in the hamlet of Brae, near Oakfield."
    cemetery = "He will be laid to rest and buried at Hollin churchyard in Oakfield."
    assert clash(village, cemetery)
    assert clash("Lee was born in Oakfield in 1950.", "Lee, born in Brae, moved away.")


def test_one_burial_place_told_two_ways_or_a_birth_month_does_not_clash() -> None:
    cemetery = "He will be laid to rest and buried at Hollin churchyard in Oakfield."
    suburb = "He will later be buried in a churchyard in the Oakfield suburbs."
    assert not clash(cemetery, suburb)  # the churchyard is in Oakfield: no other place
    assert not clash("Lee was born in March 1950.", "Lee was born in Oakfield.")
    assert not clash(cemetery, "He was buried at Hollin churchyard on Monday.")
