"""Direct quotes whose nearest verb is not their cue: manner-of-speech verbs, the writer's
"I quote", a participle after an addressee, and a colon closing a clause after "but"."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_manner_of_speech_verb_after_the_quote_is_its_cue(nlp: Any) -> None:
    text = (
        '"Oh, my word," a young man exclaimed on spotting her. Others could be heard '
        "calling friends to say they had met Reed."
    )
    q = one(quotes(nlp, text), "direct", "my word")
    assert q.cue == "exclaimed" and q.speaker_text == "a young man"


def test_retorted_and_muttered_report_words(nlp: Any) -> None:
    text = '"Not a chance," Lee retorted. "We will see," Reed muttered.'
    found = quotes(nlp, text)
    assert one(found, "direct", "Not a chance").speaker_text == "Lee"
    assert one(found, "direct", "We will see").speaker_text == "Reed"


def test_the_writers_i_quote_is_no_cue(nlp: Any) -> None:
    text = 'No wonder Ann Lee said, and I quote, "We love long meetings." Voters noticed.'
    q = one(quotes(nlp, text), "direct", "long meetings")
    assert q.cue == "said" and q.speaker_name == "Ann Lee"


def test_someone_else_quoting_keeps_the_cue(nlp: Any) -> None:
    text = 'The mayor quoted her old teacher: "We never give up on a town."'
    q = one(quotes(nlp, text), "direct", "never give up")
    assert q.cue == "quoted" and q.speaker_text == "The mayor"


def test_a_participle_after_the_addressee_speaks_for_the_sender(nlp: Any) -> None:
    text = 'The senator emailed backers saying: "The fight goes on" and vowed to go on.'
    q = one(quotes(nlp, text), "direct", "The fight goes on")
    assert q.speaker_text == "The senator"


def test_people_heard_saying_keep_their_words(nlp: Any) -> None:
    text = 'She heard protesters saying: "The fight goes on."'
    q = one(quotes(nlp, text), "direct", "The fight goes on")
    assert q.speaker_text == "protesters"


def test_a_colon_after_but_closes_a_clause_with_its_own_speaker(nlp: Any) -> None:
    text = (
        'Ann Lee said both rivals are "weak in the House," but she gave the mayor a '
        'back-handed compliment: "You always know where he stands."'
    )
    q = one(quotes(nlp, text), "direct", "always know where")
    assert q.speaker_text == "she" and q.speaker_name == "Ann Lee"


def test_a_colon_in_reported_words_keeps_the_reporter(nlp: Any) -> None:
    text = 'Ann Lee said the company gave a warning: "Prices will rise."'
    q = one(quotes(nlp, text), "direct", "Prices will rise")
    assert q.cue == "said" and q.speaker_name == "Ann Lee"


def test_a_passive_after_the_quote_gives_way_to_the_verb_before_it(nlp: Any) -> None:
    text = (
        "Lee clashed with Reed during the hearing, chiding him, "
        '"Why does it matter now?" when questioned about the fire.'
    )
    q = one(quotes(nlp, text), "direct", "Why does it matter")
    assert q.cue == "chiding" and q.speaker_name == "Lee"


def test_a_passive_after_the_quote_stays_with_no_verb_before_it(nlp: Any) -> None:
    text = 'Lee turned to the crowd: "We are not done yet," when asked about the vote.'
    q = one(quotes(nlp, text), "direct", "not done yet")
    assert q.cue == "asked"


def test_the_owner_of_an_answer_says_it(nlp: Any) -> None:
    text = 'Reed asked about the plan. Lee\'s response was: "Is the mayor off the hook or not?"'
    q = one(quotes(nlp, text), "direct", "off the hook")
    assert q.cue == "response" and q.speaker_name == "Lee"


def test_a_stance_noun_reported_by_another_is_not_its_owners_words(nlp: Any) -> None:
    text = (
        "Reed said Lee's support of the plan is \"really a shapeless position to hold.\n\n"
        '"We vote on bills," Reed said.'
    )
    found = [q for q in quotes(nlp, text) if "shapeless" in q.text and q.kind != "indirect"]
    assert found and all(q.speaker_name == "Reed" for q in found)


def test_a_quote_paragraph_goes_on_with_the_person_quoted_just_before(nlp: Any) -> None:
    text = (
        'Her friends have mocked his campaign, calling Reed "a purple clown," Ann Lee '
        'said as she turned around.\n\n"But he is our purple clown, and we adore him!"'
    )
    q = one(quotes(nlp, text), "direct", "we adore him")
    assert q.speaker_name == "Ann Lee"


def test_a_quote_paragraph_after_unquoted_words_stays_unattributed(nlp: Any) -> None:
    text = (
        "Her friends have mocked his campaign for months, Ann Lee said as she turned "
        'around.\n\n"But he is our purple clown, and we adore him!"'
    )
    found = [q for q in quotes(nlp, text) if "we adore him" in q.text]
    assert all(q.speaker_name != "Ann Lee" for q in found)


def test_a_line_of_a_past_verb_and_a_name_introduces_the_quote(nlp: Any) -> None:
    for line, name in (("Added Reed:", "Reed"), ("Stated Ivo Brenn:", "Ivo Brenn")):
        text = f'Reed spoke on the radio.\n\n{line}\n\n"I think that the risks are too great."'
        q = one(quotes(nlp, text), "direct", "risks are too great")
        assert q.speaker_name == name


def test_a_line_of_a_bare_verb_and_a_name_names_no_speaker(nlp: Any) -> None:
    text = 'Reed spoke on the radio.\n\nPraise Reed:\n\n"I think that the risks are too great."'
    found = [q for q in quotes(nlp, text) if "risks" in q.text]
    assert all(q.speaker_name != "Reed" for q in found)


def test_an_invisible_format_character_is_no_speaker(nlp: Any) -> None:
    text = (
        "The post drew replies.\n\n"
        "\u202a\u201dSorry Sarah, you should have said it, because I know you can do it!!\u201d "
        "posted Karen Lane Fox."
    )
    q = one(quotes(nlp, text), "direct", "Sorry")
    assert q.speaker_name == "Karen Lane Fox"


def test_a_share_of_people_is_a_speaker(nlp: Any) -> None:
    text = 'In the poll, 47% say "the economy is getting worse," up from last year.'
    found = [q for q in quotes(nlp, text) if "economy" in q.text]
    assert found and all("47" in (q.speaker_text or "") for q in found)


def test_the_object_of_a_verb_of_no_speech_does_what_its_infinitive_says(nlp: Any) -> None:
    text = 'The ruling led the judge to issue a statement saying: "This case is closed."'
    q = one(quotes(nlp, text), "direct", "This case is closed")
    assert q.speaker_text == "the judge"


def test_a_thing_as_that_object_does_not_speak(nlp: Any) -> None:
    text = 'Reed used this debate to demand rich owners "put their proper share into the fund."'
    found = [q for q in quotes(nlp, text) if "proper share" in q.text]
    assert found and all(q.speaker_name == "Reed" for q in found)


def test_here_is_someone_presents_their_words(nlp: Any) -> None:
    text = 'Here is Lee in May 2004: "Our next harbour plan must start from the new tides."'
    q = one(quotes(nlp, text), "direct", "harbour plan")
    assert q.speaker_name == "Lee"


def test_here_is_a_thing_presents_no_one(nlp: Any) -> None:
    text = 'Here is the full list: "Apples, pears and plums."'
    assert all(q.speaker_text is None for q in quotes(nlp, text))


def test_a_verb_with_no_subject_after_a_follow_on_quote_names_no_new_speaker(
    nlp: Any,
) -> None:
    text = (
        '"The key vote is the harbor," said Ann Lee, chair of the Harbor Party. "Reed has to '
        'hold his support" - and then persuading sailors he can deliver.'
    )
    q = one(quotes(nlp, text), "direct", "hold his support")
    assert q.speaker_name == "Ann Lee" and q.cue == "said"


def test_a_subjectless_verb_after_a_quote_on_a_line_of_its_own_stays(nlp: Any) -> None:
    text = '"We will sail," Ann Lee said.\n\n"The ferry is late" - reported widely.'
    q = one(quotes(nlp, text), "direct", "ferry is late")
    assert q.speaker_name is None
