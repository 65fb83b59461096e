"""Indirect speech rules of session 10, on invented sentences with the real pipeline: verbs
of speech, praise, dismissal and deliberation the lexicon lacked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.quote_rows import reported


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor regards the pier as a hazard.", "The mayor", "the pier as a hazard"),
        ("The council brushed off the concerns.", "The council", "the concerns"),
        ("Ann Lee shrugged off the criticism.", "Ann Lee", "the criticism"),
        ("The governor proclaimed the tax a failure.", "The governor", "the tax a failure"),
        ("The union extolled the virtues of the deal.", "The union", "the virtues of the deal"),
        ("The mayor is trumpeting a new message.", "The mayor", "a new message"),
        (
            "The senator is mulling a bid for the mayoralty.",
            "The senator",
            "a bid for the mayoralty",
        ),
    ],
)
def test_verbs_of_speech_praise_dismissal_and_deliberation_report(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee brushed the dust from her coat.",  # no "off": a brush, not a dismissal
        "Ann Lee shrugged and walked away.",  # a gesture with nothing dismissed
        "The city regards the law with suspicion.",  # no "as": no view of what it is
    ],
)
def test_their_everyday_senses_report_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Many voters dislike the new tax.", "Many voters", "the new tax"),
        ("Ann Lee admires the governor.", "Ann Lee", "the governor"),
        ("The union ripped the budget.", "The union", "the budget"),
        ("The crowd booed the mayor's answer.", "The crowd", "the mayor's answer"),
        ("The senator addressed the concerns of farmers.", "The senator", "concerns of farmers"),
        ("Ann Lee attributed the loss to low turnout.", "Ann Lee", "the loss to low turnout"),
        ("Some analysts interpret the vote as a warning.", "Some analysts", "as a warning"),
    ],
)
def test_feelings_attacks_and_readings_of_someone_report(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The senator addressed a rally in the park.",  # a speech given, its words not named
        "The mayor addressed attendees of the annual dinner.",
        "The storm ripped the roof off the barn.",  # no one who can take a side
        "The translator interpreted the speech.",  # no "as": a translation, no reading of it
    ],
)
def test_speeches_to_gatherings_and_acts_of_things_report_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("The mayor touched on the budget.", "The mayor", "on the budget"),
        ("The two candidates sparred over the budget.", "The two candidates", "the budget"),
        ("Ann Lee distanced herself from the plan.", "Ann Lee", "from the plan"),
    ],
)
def test_topics_touched_on_fought_over_and_stances_left(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The ball touched the line.",  # no "on": a touch, no topic
        "The runner distanced the pack.",  # no "from": a lead, no stance
        "The friends talked over dinner.",  # "over" names a topic only after "spar"
    ],
)
def test_touches_leads_and_meals_report_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Ann Lee opined that the fare was too high.", "Ann Lee", "the fare was too high"),
        ("The mayor fretted that the pier would collapse.", "The mayor", "the pier would collapse"),
        ("Commuters grumble that the buses are late.", "Commuters", "the buses are late"),
        ("The mayor confessed that she had erred.", "The mayor", "she had erred"),
        ("Ann Lee characterized the vote as a mandate.", "Ann Lee", "the vote as a mandate"),
        ("The council is contemplating a new tax on boats.", "The council", "a new tax on boats"),
        ("Ann Lee foresees a long fight over the budget.", "Ann Lee", "over the budget"),
    ],
)
def test_more_verbs_of_saying_thinking_and_complaining_report(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The team celebrated the win.",  # a deed; on train more often no attribution
        "The council advised residents to stay inside.",  # likewise
        "The photographer documented the flood.",  # a record made, not words or a view
    ],
)
def test_deeds_left_out_of_the_lexicon_report_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Many voters are leery of the new tax.", "Many voters", "leery of the new tax"),
        ("Ann Lee is passionate about the old pier.", "Ann Lee", "about the old pier"),
        ("The union was appreciative of the offer.", "The union", "of the offer"),
        ("The council is lukewarm about the new plan.", "The council", "about the new plan"),
    ],
)
def test_more_stances_held_toward_something_report(
    nlp: Any, text: str, speaker: str, content: str
) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == speaker
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The road is hostile to cyclists.",  # a feeling only someone holds
        "The river is divided over three channels.",
    ],
)
def test_things_hold_no_stance(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council issued a warning that the river would flood.", "the river would flood"),
        ("The council issued a ruling on the closure.", "a ruling on the closure"),
    ],
)
def test_words_issued_are_reported(nlp: Any, text: str, content: str) -> None:
    found = reported(nlp, text)
    assert len(found) == 1
    assert found[0][0] == "The council"
    assert found[0][1].endswith(content)


@pytest.mark.parametrize(
    "text",
    [
        "The bank issued new bonds.",
        "The city issued a permit for the march.",
        "The council issued a statement.",  # it names no content; its words come elsewhere
    ],
)
def test_papers_of_value_and_bare_statements_issued_report_nothing(nlp: Any, text: str) -> None:
    assert reported(nlp, text) == []
