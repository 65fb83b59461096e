"""Direct quotes and their speakers: cues the parser hides, lines that start afresh, titles
of works. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


def test_a_coordinated_verb_before_the_colon_is_the_cue(nlp: Any) -> None:
    text = (
        "Mayor Lise Tarnow waved at the crowd, then leaned in and boomed: "
        "\u201cLet\u2019s finish the bridge by spring.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "finish the bridge")
    assert q.cue == "boomed"
    assert q.speaker_name == "Lise Tarnow"


def test_the_subject_of_a_loosely_attached_verb_speaks(nlp: Any) -> None:
    text = (
        "Last week, when I asked Lise Tarnow about the bridge, she looked straight at the "
        "camera, furrowed her brow and said, \u201cI am going to build it myself!\u201d"
    )
    q = one(quotes(nlp, text), "direct", "build it myself")
    assert q.speaker_text == "she"
    assert q.speaker_name == "Lise Tarnow"


def test_as_name_put_it_names_the_speaker(nlp: Any) -> None:
    text = (
        "Senator Ola Brenn spoke first. He predicted a long fight over the budget.\n\n"
        "Or, as Mira Holt, a former finance minister, put it: "
        "\u201cThe money is gone. It will not come back.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "money is gone")
    assert q.speaker_name == "Mira Holt"


def test_a_name_between_the_closing_mark_and_the_verb_speaks(nlp: Any) -> None:
    text = (
        "At the rally that night, the mayor called Pellervo onto the stage. "
        "\u201cThe bridge will be finished,\u201d Pellervo assured the mostly silent crowd."
    )
    assert one(quotes(nlp, text), "direct", "bridge will be").speaker_name == "Pellervo"


def test_a_quote_on_a_line_of_its_own_takes_the_cue_on_that_line(nlp: Any) -> None:
    text = (
        "The mayor of Brenholm spoke on Monday.\n"
        "\u201cWe will rebuild the bridge,\u201d Mayor Lise Tarnow said.\n"
        "\u201cWill it take a year? Nobody knows.\u201d Councillor Omar Veld told the station "
        "in an interview on Monday."
    )
    assert one(quotes(nlp, text), "direct", "Nobody knows").speaker_name == "Omar Veld"


def test_a_cue_on_the_next_line_belongs_to_that_line(nlp: Any) -> None:
    text = (
        "The mayor of Brenholm spoke on Monday.\n"
        "\u201cWe will rebuild the bridge,\u201d Mayor Lise Tarnow said.\n"
        "\u201cWill it take a year? Nobody knows.\u201d\n"
        "Councillor Omar Veld told the station that the council had no money."
    )
    q = one(quotes(nlp, text), "direct", "Nobody knows")
    assert q.speaker_name == "Lise Tarnow"


def test_a_title_in_capitals_without_a_reporting_verb_is_no_quote(nlp: Any) -> None:
    text = "Omar Veld was caught on camera in 2014 and then acted in \u201cHarbour Lights 3: Oh Dear Me!\u201d"
    assert not [q for q in quotes(nlp, text) if "Harbour Lights" in q.text]


def test_a_slogan_shouted_is_still_a_quote(nlp: Any) -> None:
    text = "In the ad, Omar Veld then shouts: \u201cVote For The Bridge!\u201d"
    assert one(quotes(nlp, text), "direct", "Vote For").speaker_name == "Omar Veld"


def test_a_quote_opening_its_sentence_is_direct_even_without_a_subject(nlp: Any) -> None:
    text = (
        "The hecklers kept shouting at the back of the hall. \u201cGo back to your seat,\u201d "
        "Mayor Lise Tarnow barked and a guard led the man out."
    )
    q = one(quotes(nlp, text), "direct", "Go back")
    assert q.cue == "barked"
    assert q.speaker_name == "Lise Tarnow"


def test_an_inverted_cue_after_the_closing_mark_names_the_speaker(nlp: Any) -> None:
    text = (
        "\u201cThis is fantastic!\u201d beamed Omar Veld of Brenholm, who had waited four "
        "hours at the gate."
    )
    assert one(quotes(nlp, text), "direct", "fantastic").speaker_name == "Omar Veld"


def test_a_relative_clause_on_a_place_is_no_cue_for_a_quote(nlp: Any) -> None:
    text = (
        "\u201cWe are in good shape no matter who wins the north,\u201d said Ada Brun, a senior "
        "adviser to the campaign. \u201cWe could win enough seats in Ostby and Lunde to catch "
        "up, and we have good chances all the way through Vastra,\u201d which votes in June."
    )
    q = one(quotes(nlp, text), "direct", "enough seats")
    assert q.cue == "said"
    assert q.speaker_name == "Ada Brun"


def test_a_fronted_preposition_is_no_speaker(nlp: Any) -> None:
    # 'Of Carson, Levine said, "..."' as the parser may read it: "Of" the subject.
    from spacy.tokens import Doc

    from crossbrief.analyze.quotes.cues import subject

    words = ["Of", "Bremer", ",", "Veld", ",", "said", ",", "\u201c", "No", "\u201d"]
    heads = [5, 0, 1, 1, 1, 5, 5, 5, 5, 5]
    deps = ["nsubj", "pobj", "punct", "appos", "punct", "ROOT", "punct", "punct", "ccomp", "punct"]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "PUNCT", "PUNCT", "INTJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    quoted = bytearray([0] * 7 + [1] * 3)
    assert subject(doc[5], quoted).text == "Veld"


def test_an_invisible_format_character_before_a_mark_does_not_hide_the_quote() -> None:
    from crossbrief.analyze.quotes import find_quote_spans

    # A post pasted with a direction mark: the quote opens with a closing curly mark.
    text = "\u202a\u201dSorry Ann, the pier is closed!\u201d posted Ola Brenn."
    segs = find_quote_spans(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in segs] == ["Sorry Ann, the pier is closed!"]


def test_a_dash_and_a_name_opening_the_next_paragraph_sign_the_quote(nlp: Any) -> None:
    before = (
        "Voters were asked what they thought of the debate.\n\n"
        "\u201cThe whole idea of a closed pier is something we talk about every single week, and it "
        "needs to stop.\u201d\n\n"
    )
    signed = quotes(nlp, before + "- Mirja Holm, Lyon.\n\nOthers disagreed.")
    assert one(signed, "direct", "closed pier").speaker_text == "Mirja Holm"
    prose = (
        "- Mirja Holm went home early that night and did not come back to the hall for the vote."
    )
    assert not [q for q in quotes(nlp, before + prose) if "closed pier" in q.text]


def test_a_quote_paragraph_goes_on_from_a_fragment_said_not_one_found(nlp: Any) -> None:
    after = "\n\n\u201cWe will fund it in full. Nobody in Brenholm will be left behind.\u201d"
    said = quotes(nlp, "Mayor Ann Lee said the plan was \u201ca good start.\u201d" + after)
    assert one(said, "direct", "fund it in full").speaker_name == "Ann Lee"
    found = quotes(
        nlp,
        "Last year a court found the ferry firm Orlin guilty of \u201cgross negligence.\u201d"
        + after,
    )
    assert not [q for q in found if "fund it in full" in q.text]


def test_a_name_in_apposition_to_a_quote_read_as_the_subject_speaks(nlp: Any) -> None:
    text = (
        "\u201cVery good sailor, very good sailor this guy,\u201d Brenn, the harbour master and "
        "current favourite in the race by a long way after taking the spring regatta, said "
        "when Holm asked him a question."
    )
    assert one(quotes(nlp, text), "direct", "good sailor").speaker_name == "Brenn"


def test_a_capitalised_will_before_a_past_tense_verb_is_a_name(nlp: Any) -> None:
    text = (
        "\u201cThe closure of the pier is a reminder that the council will soon have to choose. "
        "This might, and should, speed the closing of the ferry, the tram and especially the old "
        "bridge,\u201d Will wrote."
    )
    assert one(quotes(nlp, text), "direct", "closure of the pier").speaker_text == "Will"


def test_an_inverted_cue_with_another_names_that_someone(nlp: Any) -> None:
    text = (
        "\u201cThe ferry will never run on time again,\u201d wrote one reader on the forum.\n\n"
        "\u201cBetter watch out for the new timetable since it changes every week,\u201d "
        "tweeted another."
    )
    assert one(quotes(nlp, text), "direct", "Better watch").speaker_text == "another"


def test_a_hyphenated_adverb_after_the_cue_is_no_speaker(nlp: Any) -> None:
    # '"Fine," said matter-of-factly' as the parser may read it: "matter" a noun.
    from spacy.tokens import Doc

    from crossbrief.analyze.quotes.cues import subject

    words = ["Fine", ",", "\u201d", "said", "matter", "-", "of", "-", "factly", "."]
    spaces = [False, False, True, True] + [False] * 6
    heads = [3, 0, 3, 3, 3, 4, 4, 8, 4, 3]
    deps = ["ccomp", "punct", "punct", "ROOT", "npadvmod", "punct", "prep", "punct", "pobj"]
    pos = ["ADJ", "PUNCT", "PUNCT", "VERB", "NOUN", "PUNCT", "ADP", "PUNCT", "NOUN", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=[*deps, "punct"], pos=pos)
    assert subject(doc[3], bytearray([1, 1, 1] + [0] * 7)) is None


def test_he_in_a_reported_clause_is_the_named_reporter(nlp: Any) -> None:
    # 'Lund said he replied: ...' with an earlier subject named: "he" is Lund, who reports
    # the clause, even where only Varga was recognised as a person subject before it.
    from crossbrief.analyze.paragraphs import Paragraph
    from crossbrief.analyze.quotes.context import prepare
    from crossbrief.analyze.quotes.speakers import Names, People, resolve
    from crossbrief.model import Mention

    text = "Tom Varga spoke first. Then Lund said he replied to the council."
    para = prepare([Paragraph(0, nlp(text))], [])[0]
    he = next(t for t in para.doc if t.lower_ == "he")
    lund = text.index("Lund")
    mentions = [Mention("Tom Varga", 0, 9, "PERSON"), Mention("Lund", lund, lund + 4, "PERSON")]
    people = People([0, lund], ["Tom Varga", "Lund"], [True, False], [None, None], [])
    names = Names(mentions, [0, lund])
    assert resolve(para, (he.i, he.i + 1), he, people, names) == "Lund"


def test_the_verb_before_the_colon_speaks_under_another_cue(nlp: Any) -> None:
    text = (
        "Mayor Ann Lee said that the engineers had found the bridge safe, to which Councillor "
        "Omar Veld interjected: \u201cThat is just not true.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "just not true")
    assert q.cue == "interjected"
    assert q.speaker_name == "Omar Veld"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "\u201cNO MORE TOLLS ON THE BRIDGE,\u201d Ann Lee shouted at the rally.",
            "NO MORE",
            "Ann Lee",
        ),
        ("\u201cWE WANT JUSTICE NOW,\u201d Ann Lee and her crowd chanted.", "JUSTICE", "Ann Lee"),
        ("\u201cThank You Very Much,\u201d Tom Varga said.", "Thank You", "Tom Varga"),
    ],
)
def test_capitals_or_title_case_with_a_cue_of_their_own_are_speech(
    nlp: Any, text: str, words: str, speaker: str
) -> None:
    q = one(quotes(nlp, text), "direct", words)
    assert q.speaker_name == speaker
    assert "\u201c" not in q.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("\u201cThe Year Of The Ferry,\u201d Hale said, was his favourite book.", "Year Of"),
        ("He starred in \u201cHome Alone Two,\u201d the studio said.", "Home Alone"),
        ("The banner read \u201cMake America Great Again,\u201d Lee said.", "Make America"),
    ],
)
def test_title_case_inside_a_sentence_is_a_title_though_a_cue_follows(
    nlp: Any, text: str, title: str
) -> None:
    # Spared only when the words open their sentence and their cue's clause closes it.
    assert not [q for q in quotes(nlp, text) if q.kind != "indirect" and title in q.text]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("But \u201cThank You Very Much,\u201d Tom Varga said.", "Tom Varga"),
        ("And \u201cWe Will Win,\u201d Ann Lee said on Monday.", "Ann Lee"),
        ("On Monday, \u201cWe Will Win,\u201d Ann Lee said.", "Ann Lee"),
    ],
)
def test_title_case_after_a_conjunction_or_a_fronted_phrase_is_still_speech(
    nlp: Any, text: str, speaker: str
) -> None:
    said = [q for q in quotes(nlp, text) if q.kind != "indirect" and "\u201c" not in q.text]
    assert [q.speaker_name for q in said] == [speaker]
