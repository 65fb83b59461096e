"""Speakers read from clause structure the parser gets wrong: the subject of an absolute
"with" phrase ('..., with the mayor, Ann Lee, saying that ...') says the participle's words.
Invented articles through the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes.absolutes import absolute_subject
from crossbrief.analyze.quotes.as_clauses import as_clause_subject
from crossbrief.analyze.quotes.record_pronouns import record_speakers
from crossbrief.model import Article, Quote
from tests.analyze.quote_rows import VOCAB, reported


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The fishermen reacted angrily to the ruling, with the hardline union leader, Ann Lee,"
            " saying that her members would strike.",
            "Ann Lee",
        ),
        (
            "The harbour board voted to close the pier, with its chairman, Tom Reed, saying"
            " the repairs would cost too much.",
            "Tom Reed",
        ),
    ],
)
def test_the_subject_of_an_absolute_with_phrase_says_its_words(
    nlp: Any, text: str, speaker: str
) -> None:
    said = [who for who, content in reported(nlp, text) if "would" in content]
    assert len(said) == 1
    assert speaker in said[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "spoke with": a partner of the verb, no clause of its own (no comma before "with")
        (
            "Ann Lee spoke with the head of the union, Tom Reed, saying the pier would reopen.",
            "Ann Lee",
        ),
        # a with-phrase set off by commas but with no apposition: a manner, not a subject
        ("Ann Lee met the fishermen, with a smile, saying the pier would reopen.", "Ann Lee"),
    ],
)
def test_a_with_phrase_that_is_no_absolute_gives_no_speaker(
    nlp: Any, text: str, speaker: str
) -> None:
    said = [who for who, content in reported(nlp, text) if "would" in content]
    assert said == [speaker]


def _said_by(nlp: Any, text: str, content: str) -> list[str | None]:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    return [q.speaker_text for q in quotes if q.kind == "indirect" and content in q.text]


@pytest.mark.parametrize("name", ["Dren Kolaj", "Tom Reed"])
def test_who_after_someone_speaking_for_another_shows_that_phrase(nlp: Any, name: str) -> None:
    # A "who" on "his lawyer, X" is the lawyer, whom the ledger shows as speaking for his
    # client: the quote shows the phrase that says so, as the main clause's quote does.
    text = (
        "Sam Hale did not say sorry for hiding the boats. His lawyer, " + name + ", who said he"
        " was eager to help the harbour inquiry, said in Velmora that Sam Hale felt bad."
    )
    assert _said_by(nlp, text, "eager") == ["His lawyer, " + name]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor, Ann Lee, who said she was eager to help the harbour inquiry, met the board.",
        "Ann Lee is a lawyer who said she was eager to help the harbour inquiry.",
        "Sam Hale's neighbour, Ann Lee, who said she was eager to help the harbour inquiry,"
        " met the board.",
    ],
)
def test_who_after_someone_speaking_for_themselves_stays_who(nlp: Any, text: str) -> None:
    assert _said_by(nlp, text, "eager") == ["who"]


_RECORD = (
    "A ferry hit the pier at Velmora on Sunday, according to a harbour board statement."
    " Two crew members were hurt, {source} said."
)


@pytest.mark.parametrize("source", ["the statement", "the harbour board's report"])
def test_it_after_a_record_that_spoke_stands_for_that_record(nlp: Any, source: str) -> None:
    text = _RECORD.format(source=source) + (
        " The boat carried forty people, it said. Nobody fell into the water, it said."
    )
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    its = [q.speaker_name for q in quotes if q.speaker_text == "it"]
    assert its == [source, source]


@pytest.mark.parametrize("source", ["Ann Lee", "the harbour board's reports"])
def test_it_after_a_person_or_several_records_stays_unnamed(nlp: Any, source: str) -> None:
    # A person is no "it", and "it" is not several reports.
    text = _RECORD.format(source=source) + " The boat carried forty people, it said."
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.speaker_name for q in quotes if q.speaker_text == "it"] == [None]


@pytest.mark.parametrize(
    ("between", "named"),
    [
        # another subject after the record's cue is the nearer thing "it" can be
        (" The harbour board met on Friday, and it said the quay would shut.", None),
        # a subject inside the pronoun's own reported words stands nowhere between
        (" The quay would shut on Friday, it said.", "The memo"),
    ],
)
def test_it_goes_with_the_nearest_subject_not_an_earlier_record(
    nlp: Any, between: str, named: str | None
) -> None:
    text = "The memo said pay was frozen." + between
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.speaker_name for q in quotes if q.speaker_text == "it"] == [named]


def _absolute_doc(closing_comma_head: int) -> Any:
    # "Farmers reacted, with the mayor, Ann Lee, saying it would end ." with the comma
    # after the apposition hung on the clause or on the mayor, as the parser does either
    words = [
        "Farmers",
        "reacted",
        ",",
        "with",
        "the",
        "mayor",
        ",",
        "Ann",
        "Lee",
        ",",
        "saying",
        "it",
        "would",
        "end",
        ".",
    ]
    heads = [1, 1, 1, 1, 5, 3, 5, 8, 5, closing_comma_head, 1, 13, 13, 10, 1]
    deps = ["nsubj", "ROOT", "punct", "prep", "det", "pobj", "punct", "compound", "appos"]
    deps += ["punct", "advcl", "nsubj", "aux", "ccomp", "punct"]
    pos = ["NOUN", "VERB", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    pos += ["VERB", "PRON", "AUX", "VERB", "PUNCT"]
    tags = ["NNS", "VBD", ",", "IN", "DT", "NN", ",", "NNP", "NNP", ",", "VBG", "PRP", "MD"]
    tags += ["VB", "."]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


@pytest.mark.parametrize("comma_head", [1, 5])
def test_an_absolute_subject_wherever_its_closing_comma_hangs(comma_head: int) -> None:
    doc = _absolute_doc(comma_head)
    assert absolute_subject(doc[10], bytearray(len(doc))).text == "mayor"
    # the main verb has a subject of its own and no "with" before it
    assert absolute_subject(doc[1], bytearray(len(doc))) is None


def test_a_name_in_close_apposition_ends_an_according_to_source(nlp: Any) -> None:
    text = (
        "According to a bulletin by the wire agency Velmora Press, the mayor's adviser, Tom Reed,"
        " said Friday he was leaving."
    )
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    rows = [(q.speaker_text, q.speaker_name, q.text[:20]) for q in quotes if q.kind == "indirect"]
    assert rows == [("the wire agency Velmora Press", "Velmora Press", "the mayor's adviser,")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a name set off by a comma is no part of the source
        (
            "According to the newspaper, Ostra Daily staff said the pier was unsafe.",
            "the newspaper",
        ),
        # a name opening a clause on the source, or after a record, is not its name
        (
            "According to the agency Tom Reed heads, the pier was unsafe.",
            "the agency Tom Reed heads",
        ),
        ("According to the report Tom Reed wrote, the pier was unsafe.", "the report"),
    ],
)
def test_no_close_apposition_leaves_the_source_as_it_was(nlp: Any, text: str, speaker: str) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.speaker_text for q in quotes if q.cue == "According to"] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "a" cannot go with "councillors": "a step" is a phrase of its own the parser merged
        ("In a step councillors say should save money, the board closed the pier.", "councillors"),
        # an article that agrees with its plural noun, or a singular noun, keeps its words
        ("The harbour ministers say the plan should save money.", "The harbour ministers"),
        ("A harbour minister says the plan should save money.", "A harbour minister"),
    ],
)
def test_a_singular_article_never_goes_with_a_plural_speaker(
    nlp: Any, text: str, speaker: str
) -> None:
    assert [who for who, content in reported(nlp, text) if "save" in content] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "as" + a noun + a verb is a clause: the noun is the verb's subject
        (
            "Velmoran dock workers and others cheered as port control announced that the ferry"
            " had cleared the harbour wall.",
            "port control",
        ),
        (
            "Castlebury rail officials and others clapped as signal control announced that the"
            " train had crossed the new bridge.",
            "signal control",
        ),
        # "as mayor and announced": a role, and a verb the main subject goes on with
        (
            "Ann Lee served as mayor and announced that the ferry had left its berth.",
            "Ann Lee",
        ),
    ],
)
def test_a_noun_after_as_before_its_verb_is_that_verbs_subject(
    nlp: Any, text: str, speaker: str
) -> None:
    said = [who for who, content in reported(nlp, text) if " had " in content]
    assert said == [speaker]


@pytest.mark.parametrize("dep", ["conj", "advcl"])
def test_a_verb_right_after_the_object_of_as_is_its_own(dep: str) -> None:
    # "Officials clapped as port control announced it ." parsed with "port control" as
    # the object of "as"
    words = ["Officials", "cheered", "as", "ground", "control", "announced", "it", "."]
    heads = [1, 1, 1, 4, 2, 1, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", dep, "dobj", "punct"]
    pos = ["NOUN", "VERB", "ADP", "NOUN", "NOUN", "VERB", "PRON", "PUNCT"]
    tags = ["NNS", "VBD", "IN", "NN", "NN", "VBD", "PRP", "."]
    doc = Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    assert as_clause_subject(doc[5], bytearray(len(doc))).text == "control"
    assert as_clause_subject(doc[1], bytearray(len(doc))) is None  # the main verb's own


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The warden said that Tom Reed used a cane in jail – he "claimed it helped his back"'
            ' – and added, "Since he ran off on foot, we doubt it."',
            "The warden",
        ),
        (
            'Ann Lee said that Tom Reed used a cane in jail – he "claimed it was needed for his'
            ' back" – and added, "Since he ran off on foot, that is now in doubt."',
            "Ann Lee",
        ),
        # no aside: the sentence's own subject adds it
        (
            'Ann Lee said that Tom Reed used a cane in jail. He "claimed it was needed for his'
            ' back" and added, "Since I ran off on foot, that is now in doubt."',
            "He",
        ),
    ],
)
def test_a_verb_after_a_dash_aside_goes_on_from_the_clause_around_it(
    nlp: Any, text: str, speaker: str
) -> None:
    quotes = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [q.speaker_text for q in quotes if q.kind == "direct"] == [speaker]


def _row(speaker: str, at: int, cue_at: int) -> Quote:
    # a reported clause with its speaker at ``at`` and its cue at ``cue_at``
    end = at + len(speaker)
    return Quote(
        text="the pier was shut",
        start=cue_at + 10,
        end=cue_at + 27,
        kind="indirect",
        speaker_text=speaker,
        speaker_start=at,
        speaker_end=end,
        cue="said",
        cue_start=cue_at,
        cue_end=cue_at + 4,
    )


@pytest.mark.parametrize(("gap", "named"), [(1, "the statement"), (60, None)])
def test_it_far_from_its_cue_is_no_record(gap: int, named: str | None) -> None:
    # "It caused alarm among sailors set to defend ...": an "it" far before the cue is the
    # subject of another clause, not of the cue
    record = _row("the statement", 0, 14)
    it = _row("it", 100, 102 + gap)
    found = record_speakers([record, it], [0, 50], [])
    assert [q.speaker_name for q in found] == [None, named]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "His lawyer, Tom Reed, who said he was eager to help, met the judge.",
            "His lawyer, Tom Reed",
        ),
        # an office known by its name is no one's proxy
        (
            "The Velmora Office of Harbour Safety, which said the pier was unsafe, met the board.",
            "which",
        ),
    ],
)
def test_only_a_proxy_of_someone_shows_its_phrase_for_who(
    nlp: Any, text: str, speaker: str
) -> None:
    assert [who for who, content in reported(nlp, text) if "was" in content] == [speaker]
