"""A pronoun stands for the nearest subject, named or described: a name in apposition to a
subject, a definite description of someone just named, an unnamed person ("our reporter"),
and a surname the tagger took for an organisation. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.descriptions import described, gender_of, subject_through
from tests.analyze.test_quotes import one, quotes


def _parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_a_name_hung_on_a_noun_inside_the_subject_takes_the_subject_role() -> None:
    # "the leader of the party in Parliament, Brandt, seems": the parser hangs the name on
    # "Parliament"; its role is the leader's.
    words = ["the", "leader", "of", "Parliament", ",", "Brandt", "seems"]
    heads = [1, 6, 1, 2, 3, 3, 6]
    deps = ["det", "nsubj", "prep", "pobj", "punct", "appos", "ROOT"]
    doc = _parsed(words, heads, deps)
    for t, pos in zip(doc, ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB"], strict=True):
        t.pos_ = pos
    assert subject_through(doc[5]).i == 1


def test_a_name_in_a_prepositional_phrase_is_not_the_subject() -> None:
    # Negative: "the leader met Reed": a name that is no apposition keeps its own role.
    words = ["the", "leader", "spoke", "with", "Reed"]
    heads = [1, 2, 2, 2, 3]
    deps = ["det", "nsubj", "ROOT", "prep", "pobj"]
    doc = _parsed(words, heads, deps)
    assert subject_through(doc[4]).dep_ == "pobj"


def test_a_name_in_apposition_to_the_subject_is_the_subject(nlp: Any) -> None:
    text = (
        "Councillor Mara Quist said the council would vote on Monday. "
        "But the leader of the Green Party in Varna, Tomas Brandt, seems to have no doubts. "
        '"We will win this vote easily," he said.'
    )
    assert one(quotes(nlp, text), "direct", "win this vote").speaker_name == "Tomas Brandt"


def test_a_definite_description_stands_for_the_person_just_named(nlp: Any) -> None:
    text = (
        "Edvin Salo spoke first at the harbour. "
        "For Tomas Brandt, a former harbour firefighter, being there mattered more. "
        "The former harbour firefighter lost his boat in a storm. "
        '"I cannot give them hope," he said.'
    )
    assert one(quotes(nlp, text), "direct", "give them hope").speaker_name == "Tomas Brandt"


def test_a_description_is_not_the_person_named_without_its_noun(nlp: Any) -> None:
    # The object of the sentence before is the arrested man, not the officer.
    text = (
        "Mayor Tom Reed praised the police. Officers arrested Dan Cole on Monday night. "
        'The officer was hurt in the struggle. "He fought us," he said.'
    )
    assert one(quotes(nlp, text), "direct", "fought us").speaker_name is None


def test_a_title_is_not_a_named_person_of_another_role(nlp: Any) -> None:
    for text in (
        "Tom Reed sued his landlord in May. The landlord said the rent was never paid.",
        'Ann Lee sued the city in May. "The case has no merit," the judge said.',
    ):
        found = [q for q in quotes(nlp, text) if "rent" in q.text or "merit" in q.text]
        assert found and all(q.speaker_name is None for q in found), text


def test_a_description_given_to_the_person_stands_for_them(nlp: Any) -> None:
    # Negative: the text gave her the noun, as a title or in apposition.
    text = "Judge Ann Lee heard the case in May. The judge said the case had no merit."
    assert one(quotes(nlp, text), "indirect", "no merit").speaker_name == "Ann Lee"
    text = "Tom Reed, a firefighter, pulled Dan Cole from the car. The firefighter said it burned."
    assert one(quotes(nlp, text), "indirect", "it burned").speaker_name == "Tom Reed"


def test_her_husband_is_someone_else_than_her(nlp: Any) -> None:
    text = "The victim, Maria Gomez, was taken to hospital. Her husband said she would recover."
    assert one(quotes(nlp, text), "indirect", "recover").speaker_name is None


def test_her_office_speaks_for_her(nlp: Any) -> None:
    # Negative: a body of hers ("her office", "his campaign") still stands for the person.
    text = "Ann Lee lost the vote in May. Her office said she would appeal."
    assert one(quotes(nlp, text), "indirect", "appeal").speaker_name == "Ann Lee"


def test_an_unnamed_reporter_is_no_earlier_named_person(nlp: Any) -> None:
    text = (
        "Camp leader Edvin Salo said twelve people had died in the attack. "
        "Our reporter saw the camp on Friday. "
        '"The tents were empty and the market was closed," he said.'
    )
    q = one(quotes(nlp, text), "direct", "tents were empty")
    assert q.speaker_name != "Edvin Salo"


def test_a_named_subject_after_the_description_still_wins(nlp: Any) -> None:
    # Negative: a description earlier on does not hide the person named after it.
    text = (
        "Our reporter saw the camp on Friday. "
        "Camp leader Edvin Salo said twelve people had died in the attack. "
        '"The tents were empty and the market was closed," he said.'
    )
    assert one(quotes(nlp, text), "direct", "tents were empty").speaker_name == "Edvin Salo"


def test_a_surname_tagged_as_an_organisation_is_the_person_named_before(nlp: Any) -> None:
    text = (
        "Brandt could seek an alliance with the small party of Francesco Varetti. "
        "Varetti also hinted to reporters Monday that he would not join. "
        '"We would not want this coalition tainted," he said.'
    )
    q = one(quotes(nlp, text), "direct", "coalition tainted")
    assert q.speaker_name == "Francesco Varetti"


def test_a_quote_after_the_writers_narrative_is_not_the_last_speakers(nlp: Any) -> None:
    text = (
        '"We could have saved more of them," Tomas Brandt told the newspaper. '
        "On Saturday, crowds of mourners waited outside the hall. "
        "The cards on the fence were brief: "
        '"We miss you."'
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "miss you" in q.text and q.speaker_name == "Tomas Brandt"]


def test_a_quote_after_the_speakers_own_sentence_stays_theirs(nlp: Any) -> None:
    # Negative: a sentence about the speaker ("she plans ...") does not break the run.
    text = (
        '"You cannot blame her for what he did," said Mara Quist, a nurse from Varna. '
        "An immigrant from Brenholm, she hopes to cast a ballot next month. "
        '"What she lived through is not fair."'
    )
    q = one(quotes(nlp, text), "direct", "lived through")
    assert q.speaker_name == "Mara Quist"


@pytest.mark.parametrize(
    "between", ["Her voice broke.", "She paused.", "The mother of two paused."]
)
def test_a_sentence_about_the_speaker_does_not_end_her_quotes(nlp: Any, between: str) -> None:
    text = f'"We lost everything," said Mara Quist, a mother of two. {between} "Nothing is left."'
    assert one(quotes(nlp, text), "direct", "Nothing is left").speaker_name == "Mara Quist"


@pytest.mark.parametrize(
    "between",
    [
        "The fire destroyed the town hall on Friday.",
        "The union called her plan a fantasy.",
        "The fire destroyed her home on Friday.",
        "The mayor rejected the claim.",
        "Police arrested her on Friday.",
    ],
)
def test_a_sentence_about_something_else_still_ends_the_quotes(nlp: Any, between: str) -> None:
    # Negative: a her in the object, or a person the speaker was never called, is the
    # writer's own narrative.
    text = f'"We lost everything," said Mara Quist. {between} "Nothing is left."'
    found = [q for q in quotes(nlp, text) if "Nothing is left" in q.text]
    assert all(q.speaker_name != "Mara Quist" for q in found)


def test_the_title_alone_is_not_its_deputy(nlp: Any) -> None:
    text = (
        "Deputy Mayor Lena Brandt said the council would meet on Monday. "
        "The mayor accused the harbour board of delay."
    )
    q = one(quotes(nlp, text), "indirect", "harbour board")
    assert q.speaker_name != "Lena Brandt"


def test_the_title_finds_its_holder(nlp: Any) -> None:
    # Negative: without a qualifier the title still resolves to whoever holds it.
    text = (
        "Mayor Lena Brandt said the council would meet on Monday. "
        "The mayor accused the harbour board of delay."
    )
    assert one(quotes(nlp, text), "indirect", "harbour board").speaker_name == "Lena Brandt"


def test_a_kin_noun_gives_a_name_its_gender() -> None:
    assert gender_of({"his", "mother"}) is True
    assert gender_of({"father"}) is False


def test_both_kin_nouns_or_a_generic_title_give_no_gender() -> None:
    # Negative: "Dennis, his father, ... his mother" and "chairman" tell no gender.
    assert gender_of({"father", "mother"}) is None
    assert gender_of({"chairman", "party"}) is None


def test_a_name_with_no_kin_noun_keeps_no_gender(nlp: Any) -> None:
    # Negative: without a kin noun the latest subject stays the antecedent.
    text = (
        '"We will never forget him," said Tomas Varga, as Ilse Brandt stood by. '
        "She said the family was grateful for the cards."
    )
    assert one(quotes(nlp, text), "indirect", "grateful").speaker_name == "Ilse Brandt"


def test_a_title_as_subject_stands_for_its_holder_named_earlier(nlp: Any) -> None:
    text = (
        "Orsk mayor Ken Varga has again refused to apologise. "
        "At his weekly press conference he said his comments were not racist. "
        'He said to reporters: "If you call them racist, you are mistaken." '
        "The mayor said his comments would not affect the bid. "
        '"I think it is important that the members judge the bid," he said.'
    )
    assert one(quotes(nlp, text), "direct", "members judge").speaker_name == "Ken Varga"


def _para(doc: Doc) -> Para:
    sents = list(doc.sents)
    return Para(0, len(doc.text), doc, sents, [s.start for s in sents], bytearray(len(doc)))


def test_a_description_takes_the_untagged_name_after_its_noun() -> None:
    # "the official Tarvo said": a name the tagger missed, after the noun.
    doc = Doc(
        Vocab(),
        words=["the", "official", "Tarvo", "said", "."],
        heads=[1, 3, 1, 3, 3],
        deps=["det", "nsubj", "appos", "ROOT", "punct"],
        tags=["DT", "NN", "NNP", "VBD", "."],
        pos=["DET", "NOUN", "PROPN", "VERB", "PUNCT"],
    )
    found = described(_para(doc), doc[1])
    assert found is not None and found.name == "Tarvo" and found.definite


def test_a_description_without_a_name_names_no_one() -> None:
    # Negative: "a witness said": someone unnamed, and not definite.
    words = ["a", "witness", "said", "."]
    doc = Doc(
        Vocab(),
        words=words,
        heads=[1, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "punct"],
        tags=["DT", "NN", "VBD", "."],
        pos=["DET", "NOUN", "VERB", "PUNCT"],
    )
    found = described(_para(doc), doc[1])
    assert found is not None and found.name is None and not found.definite


@pytest.mark.parametrize(
    ("cue", "name"),
    [
        # Review 2 finding 10: a body of people is no description of the paragraph's subject.
        ("the council added", None),
        ("the committee added", None),
        # Negative: a noun for one person still is.
        ("the mayor added", "Ann Lee"),
    ],
)
def test_a_body_of_people_is_never_the_paragraphs_subject(
    nlp: Any, cue: str, name: str | None
) -> None:
    text = f'Ann Lee said the bridge would close. "Drivers should plan other routes," {cue}.'
    assert one(quotes(nlp, text), "direct", "other routes").speaker_name == name
