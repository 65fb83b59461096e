"""An ordinal on an event noun names one event of a series (synthesize/series.py)."""

from __future__ import annotations

from crossbrief.synthesize.facts import THRESHOLD
from crossbrief.synthesize.paraphrase import fact_similarity
from crossbrief.synthesize.series import one_event, series_keys
from tests.synthesize.builders import story_with_entities, tagged_article

_PORT = (("Velmora", "GPE"),)


def test_an_ordinal_counts_an_event_noun_only() -> None:
    assert series_keys("A second bid to end the strike failed.") == {("#2", "")}
    assert series_keys("Velmora opened a third round of talks.") == {("#3", "meeting")}
    assert series_keys("The third summit of Velmora ended.") == {("#3", "meeting")}
    assert series_keys("A second round of peace talks opened.") == {("#2", "meeting")}
    # the first of anything is no series yet, and a day or a time counts no event
    assert series_keys("The first round of talks opened.") == set()
    assert series_keys("On the second day of the strike, the docks shut.") == set()
    assert series_keys("For the second time, the mayor spoke.") == set()
    assert series_keys("A second strike shut the docks.") == set()


def test_a_count_noun_of_no_event_kind_counts_nothing() -> None:
    # a try at something that is no event of a kind: no key, so no wildcard for every kind
    assert series_keys("The dock union called a second round of strikes.") == set()
    assert series_keys("The harbour board began a second round of layoffs.") == set()
    assert series_keys("Orsk Shipping made a second bid for the ferry line.") == set()
    # bare, or followed by what it tries to do, it stays a try of no named kind
    assert series_keys("The second round opened on Monday.") == {("#2", "")}
    assert series_keys("It was their third attempt to reopen the pier.") == {("#3", "")}
    # an event noun right after it, as after "of", gives its kind
    assert series_keys("A second round vote in Velmora is due in June.") == {("#2", "vote")}


def test_an_ordinal_not_right_before_the_noun_or_in_a_date_counts_nothing() -> None:
    # a rank: the ordinal is followed by a preposition, not by the event noun
    assert series_keys("Tom Varga finished third in the election for mayor.") == set()
    assert series_keys("Ann Lee came second, meeting the mayor later.") == set()
    # a day of a month is a date, not the nth meeting
    assert series_keys("At its December 2nd meeting, the board approved the budget.") == set()
    assert series_keys("At its 2nd meeting, the board approved the budget.") == {("#2", "meeting")}


def test_a_try_stands_for_any_kind_but_two_kinds_are_two_series() -> None:
    assert one_event({("#2", "")}, {("#2", "meeting")})
    assert one_event({("#2", "meeting")}, {("#2", "meeting")})
    assert not one_event({("#2", "wave")}, {("#2", "meeting")})
    assert not one_event({("#2", "")}, {("#3", "meeting")})
    # two bare tries name no series: a story may run one per tournament or dispute
    assert not one_event({("#2", "")}, {("#2", "")})


def test_one_ordinal_on_two_event_nouns_with_one_participant_is_one_event() -> None:
    a = tagged_article(
        "a", ["A second bid to end the strike was made in Velmora on Tuesday."], _PORT
    )
    b = tagged_article(
        "b",
        ["The second round of negotiations with the Velmora dockers opened behind doors."],
        _PORT,
    )
    story, entities = story_with_entities(a, b)
    assert fact_similarity(story, entities)[0, 1] >= THRESHOLD


def test_other_ordinals_other_nouns_or_no_shared_participant_stay_apart() -> None:
    a = tagged_article(
        "a", ["A second bid to end the strike was made in Velmora on Tuesday."], _PORT
    )
    fourth = tagged_article(
        "b",
        ["The fourth round of negotiations with the Velmora dockers opened behind doors."],
        _PORT,
    )
    time = tagged_article(
        "c", ["For the second time, the Velmora mayor cut a ribbon at the new ferry pier."], _PORT
    )
    elsewhere = tagged_article(
        "d", ["A second round of voting in Ostrava drew long queues at the polling stations."]
    )
    story, entities = story_with_entities(a, fourth, time, elsewhere)
    sim = fact_similarity(story, entities)
    assert sim[0, 1] == 0.0  # another ordinal: another event
    assert sim[0, 2] == 0.0  # "time" counts no event of a series
    assert sim[0, 3] == 0.0  # nothing shared but the ordinal


def test_a_round_of_another_noun_is_no_event_of_every_kind() -> None:
    strikes = tagged_article(
        "a", ["The Velmora dock union called a second round of strikes on Monday."], _PORT
    )
    meeting = tagged_article(
        "b", ["The Velmora harbour board held a second meeting with ferry owners on Friday."], _PORT
    )
    talks = tagged_article(
        "c", ["A second round of talks between the Velmora harbour board and owners began."], _PORT
    )
    story, entities = story_with_entities(strikes, meeting, talks)
    sim = fact_similarity(story, entities)
    assert sim[0, 1] == 0.0
    assert sim[1, 2] >= THRESHOLD  # a round of talks is still a meeting


def test_a_rank_or_a_date_is_no_nth_event() -> None:
    names = (("Tom Varga", "PERSON"), ("Velmora", "GPE"))
    rank = tagged_article(
        "a", ["Tom Varga finished third in the election for Velmora mayor."], names
    )
    vote = tagged_article(
        "b", ["Velmora will hold a third vote on the pier plan in June, Tom Varga said."], names
    )
    date = tagged_article(
        "c",
        ["At its December 2nd meeting, the Velmora harbour board approved the pier budget."],
        names,
    )
    second = tagged_article(
        "d", ["Ferry owners walked out of a second meeting in Velmora on Friday."], names
    )
    story, entities = story_with_entities(rank, vote, date, second)
    sim = fact_similarity(story, entities)
    assert sim[0, 1] == 0.0
    assert sim[2, 3] == 0.0


def test_a_second_wave_and_a_second_summit_are_two_events() -> None:
    wave = tagged_article(
        "a", ["A second wave of strikes shut the docks of Velmora at dawn."], _PORT
    )
    summit = tagged_article(
        "b", ["The second summit on the Velmora harbour dispute ended without an accord."], _PORT
    )
    story, entities = story_with_entities(wave, summit)
    assert fact_similarity(story, entities)[0, 1] == 0.0


def test_two_bare_counts_of_rounds_are_no_evidence_of_one_event() -> None:
    names = (("Ann Lee", "PERSON"), ("Velmora", "GPE"))
    a = tagged_article(
        "a",
        ["In Velmora, Ann Lee also reached the second round, beating a young qualifier in sets."],
        names,
    )
    b = tagged_article(
        "b",
        ['"My coach was delighted with my serve," Ann Lee told us after her second round win.'],
        names,
    )
    story, entities = story_with_entities(a, b)
    assert fact_similarity(story, entities)[0, 1] == 0.0


def test_an_ordinal_in_capitals_two_digits_or_past_tenth_still_counts() -> None:
    # series_keys skips a text holding nothing an ordinal from the second on is spelled with
    assert series_keys("The SIXTH Summit of Velmora opened.") == {("#6", "meeting")}
    assert series_keys("Velmora\u2019s 11th vote is due in June.") == {("#11", "vote")}
    assert series_keys("The twelfth hearing of the harbour board opened.") == {("#12", "hearing")}
    # nothing of the kind in the text, or only a first: no key
    assert series_keys("The harbour board met again on Monday.") == set()
    assert series_keys("At its 1st meeting, the board approved the budget.") == set()
