"""Which phrase around a cue is its speaker (session 11): a participle after a comma goes on
from the clause before it, not from the name after it; of two subjects the parser gives a
verb, the one next to it speaks. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_participle_hung_elsewhere_goes_on_from_the_clause_before(nlp: Any) -> None:
    text = (
        "It was a strong reply by the two rivals, as Mrs. Hale echoed the point, saying "
        'Mr. Reed "forgets every day who he works for" and left.'
    )
    q = one(quotes(nlp, text), "partial", "forgets")
    assert q.speaker_text == "Mrs. Hale"


def test_the_object_of_telling_is_not_its_speaker(nlp: Any) -> None:
    text = (
        "It was a long night for the board, as Ann Hale took the floor, telling Tom Reed "
        "the pier would close."
    )
    assert one(quotes(nlp, text), "indirect", "pier").speaker_name == "Ann Hale"


def test_a_participle_on_its_own_clause_keeps_its_subject(nlp: Any) -> None:
    text = "Mrs. Hale spoke on Monday, saying the pier would close."
    assert one(quotes(nlp, text), "indirect", "pier").speaker_text == "Mrs. Hale"


def test_of_two_subjects_the_one_next_to_the_verb_speaks(nlp: Any) -> None:
    text = (
        "In her 1999 address, a tribute to Ann Hale, the late mayor, Mrs. Reed decried the "
        '"brokers who sell the town to anyone" and sat down.'
    )
    assert one(quotes(nlp, text), "partial", "brokers").speaker_text == "Mrs. Reed"


def test_a_reflexive_or_a_bare_apposition_is_no_second_subject(nlp: Any) -> None:
    found = quotes(nlp, "Ann Hale herself said the pier would close.")
    assert one(found, "indirect", "pier").speaker_name == "Ann Hale"
    found = quotes(nlp, "Tom Reed the realist knows that the pier will close.")
    assert one(found, "indirect", "pier").speaker_name == "Tom Reed"


def test_a_stance_of_the_subjects_own_names_the_subject(nlp: Any) -> None:
    text = (
        "Tom Reed has run the port for years. He has been stepping up his criticism of the "
        "harbour board that wants to close the pier."
    )
    assert one(quotes(nlp, text), "indirect", "harbour board").speaker_text == "He"
    text = "Local fishermen have been scathing in their criticism of the plan to close the pier."
    assert one(quotes(nlp, text), "indirect", "plan").speaker_text == "Local fishermen"


def test_a_possessor_that_is_not_the_subject_stays(nlp: Any) -> None:
    text = "The board members heard his criticism of the plan to close the pier at dawn."
    assert one(quotes(nlp, text), "indirect", "plan").speaker_text == "his"


def test_a_participle_after_the_cue_goes_on_from_its_speaker(nlp: Any) -> None:
    # The parser hangs "said" and "suggesting" on a verb inside the long quote before them.
    text = (
        '"I think what the board has got to do is listen, and stop all of this talk about '
        'money. The fishermen do not trust Reed," Hale said, suggesting several questions, '
        'including, "Mr. Reed, do you really think the pier can wait another year? What is '
        'your plan for the boats?"'
    )
    assert one(quotes(nlp, text), "direct", "plan for the boats").speaker_text == "Hale"


def test_going_on_to_say_goes_on_from_the_speaker_before_its_comma(nlp: Any) -> None:
    text = (
        '"I tell you, there is one thing that brings the town together. That is this pier. '
        "You can argue with the board on this or on that, yet we have travelled far, and to "
        'go back now is foolish," Hale said, going on to say the town has spent '
        '"fifty years fighting for that pier, to lose it now, the fishermen do not want that. '
        "They are past that. They do not want to blame the board for the storms, and I am "
        'sure the crews will rally to it."'
    )
    q = one(quotes(nlp, text), "direct", "fifty years")
    assert q.speaker_text == "Hale"


def test_a_participle_after_a_clause_of_a_thing_goes_on_from_the_person(nlp: Any) -> None:
    # The clause's own subject is found before its last verb's: the rain does not speak.
    text = 'Ann Hale left the pier as the rain fell, saying the boats were "safe for the night."'
    assert one(quotes(nlp, text), "partial", "safe").speaker_text == "Ann Hale"


def test_a_person_shown_in_footage_speaks_not_the_film(nlp: Any) -> None:
    text = 'The new film uses footage of Ann Hale asking, "Why is the pier still closed, you ask?"'
    assert one(quotes(nlp, text), "direct", "pier").speaker_text == "Ann Hale"
    text = (
        'The film ends with footage of Tom Reed saying at the meeting last week, "That makes '
        'me clever," when Ms. Hale scolded him.'
    )
    assert one(quotes(nlp, text), "direct", "clever").speaker_text == "Tom Reed"


def test_a_person_named_on_whose_behalf_or_to_whom_does_not_speak(nlp: Any) -> None:
    text = 'The board issued a statement on behalf of Tom Reed saying "the pier is shut."'
    assert one(quotes(nlp, text), "partial", "shut").speaker_text == "The board"
    text = 'Ann Hale sent a letter to Tom Reed saying the pier "will stay shut."'
    assert one(quotes(nlp, text), "partial", "stay shut").speaker_text != "Tom Reed"


def test_a_dash_set_off_by_spaces_ends_what_comes_before_the_speaker(nlp: Any) -> None:
    text = (
        "PORT ELLIS - Harbour master Ann Hale tweeted a picture of the pier on Saturday, "
        "saying it would close."
    )
    assert one(quotes(nlp, text), "indirect", "close").speaker_text == "Harbour master Ann Hale"
    text = "Among the crews the gap is smaller - 64 percent call the pier safe."
    assert one(quotes(nlp, text), "indirect", "safe").speaker_text == "64 percent"


def test_a_hyphen_inside_a_name_is_no_dash_that_ends_an_aside(nlp: Any) -> None:
    q = one(quotes(nlp, '"The pier is safe," said Mary-Ann Hale-Reed.'), "direct", "pier")
    assert q.speaker_text == "Mary-Ann Hale-Reed"


def test_a_name_before_an_aside_in_dashes_stays_in_the_speaker(nlp: Any) -> None:
    text = (
        "Ann Hale - Tom Reed's sister and his partner on the ferry - told the board the pier "
        "was safe."
    )
    assert one(quotes(nlp, text), "indirect", "safe").speaker_text.startswith("Ann Hale")


def test_a_name_before_an_aside_with_a_clause_in_dashes_stays_in_the_speaker(
    nlp: Any,
) -> None:
    text = (
        "Ann Hale - Port Ellis's mayor, who faces an election in May - said the pier would "
        "reopen by June."
    )
    assert one(quotes(nlp, text), "indirect", "reopen").speaker_text.startswith("Ann Hale")
    # a dash after the cue closes no aside before it: the name before the first dash is
    # no part of the speaker
    text = "The crowd waited for Tom Reed - the mayor said the pier would reopen - until noon."
    q = one(quotes(nlp, text), "indirect", "reopen")
    assert "Tom Reed" not in q.speaker_text


def test_an_inverted_tag_in_mid_sentence_gives_the_words_to_its_own_subject(nlp: Any) -> None:
    # "A, says B, is ...": B says it of A; the parser hangs A on the cue as well
    text = 'Karl Odin, says Petra Vance, is "a danger to the harbour".'
    found = [q for q in quotes(nlp, text) if "danger" in q.text]
    assert found and all(q.speaker_name == "Petra Vance" for q in found), found
    text = 'Vance, says Odin, is "a liar and a coward".'
    found = [q for q in quotes(nlp, text) if "liar" in q.text]
    assert found and all(q.speaker_text == "Odin" for q in found), found


def test_a_subject_before_an_uninverted_aside_still_speaks(nlp: Any) -> None:
    # Negative: "B, A says, ..." has no subject after the cue; the name before it speaks
    text = 'The harbour, Petra Vance says, is "in danger".'
    found = [q for q in quotes(nlp, text) if "danger" in q.text]
    assert found and all(q.speaker_name == "Petra Vance" for q in found), found
