"""An ordinal on an event noun names one event of a series (synthesize/series.py)."""

from __future__ import annotations

from crossbrief.synthesize.facts import THRESHOLD
from crossbrief.synthesize.paraphrase import fact_similarity
from crossbrief.synthesize.series import one_event, series_keys
from tests.synthesize.builders import story_with_entities, tagged_article

_PORT = (("Velmora", "GPE"),)


def test_an_ordinal_counts_an_event_noun_only() -> None:
    assert series_keys(["#2", "bid", "end", "strike"]) == {("#2", "")}
    assert series_keys(["@E1", "#3", "round", "talk"]) == {("#3", "meeting")}
    assert series_keys(["#3", "summit", "@E1"]) == {("#3", "meeting")}
    # the first of anything is no series yet, and a day or a time counts no event
    assert series_keys(["#1", "round", "talk"]) == set()
    assert series_keys(["#2", "day", "strike"]) == set()
    assert series_keys(["#2", "time", "mayor"]) == set()
    assert series_keys(["#2", "strike"]) == set()  # the ordinal is the word right before


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
