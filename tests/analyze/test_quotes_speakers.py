"""What the ledger may say and in whose mouth: objects that are no content, pronouns and
organisation nouns as speakers, cues kept to their own line. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes import FORM_TO_BASE
from tests.analyze.test_quotes import one, quotes


def test_an_object_without_a_clause_keeps_its_verb(nlp: Any) -> None:
    text = "Mayor Lise Tarnow praised the volunteer firefighters after the flood."
    q = one(quotes(nlp, text), "indirect", "firefighters")
    assert q.text.startswith("praised the volunteer firefighters")
    assert q.speaker_name == "Lise Tarnow"


def test_whom_it_was_said_to_is_no_content(nlp: Any) -> None:
    text = (
        "Councillor Mara Quist told reporters at the town hall on Friday.\n\n"
        "Councillor Mara Quist told a long story about the old ferry."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "reporters" in q.text]
    assert one(found, "indirect", "long story").speaker_name == "Mara Quist"


def test_a_when_clause_is_not_what_was_promised(nlp: Any) -> None:
    text = (
        "Transport Minister Edvin Salo on Monday promised a full review of the tunnel works, "
        "three days after a section of the roof collapsed near Brenholm."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.text.startswith(("three days", "a section"))]
    q = one(found, "indirect", "full review")
    assert q.text.startswith("promised a full review")


def test_it_stands_for_the_organisation_just_named(nlp: Any) -> None:
    text = (
        "The Brenholm Water Board said the reservoir was full. "
        "It said the dam had been inspected twice this spring."
    )
    q = one(quotes(nlp, text), "indirect", "dam had been inspected")
    assert q.speaker_text == "It"
    assert q.speaker_name == "The Brenholm Water Board"


def test_expletive_it_names_no_speaker(nlp: Any) -> None:
    text = "It was reported that the dam had been inspected twice this spring."
    found = [q for q in quotes(nlp, text) if "inspected" in q.text]
    assert found, "a hedged claim is listed, with no one as its speaker"
    assert all(q.speaker_text is None and q.speaker_name is None for q in found)


def test_the_company_is_the_organisation_just_named(nlp: Any) -> None:
    text = (
        "The barge belongs to Orlin Freight Lines.\n\n"
        "The company said in a statement that it was working with the harbour police."
    )
    q = one(quotes(nlp, text), "indirect", "working with the harbour police")
    assert q.speaker_text == "The company"
    assert q.speaker_name == "Orlin Freight Lines"


def test_a_cue_on_the_next_line_belongs_to_that_line(nlp: Any) -> None:
    # One paragraph of two lines: the second line's cue is another speaker's.
    text = (
        "Bridge to reopen\n\n"
        "\u201cThe bridge is safe,\u201d engineer Ivo Marek told the council. "
        "\u201cWe checked every cable.\u201d\n"
        "Mayor Lise Tarnow wrote in a letter that the bridge would reopen on Sunday."
    )
    q = one(quotes(nlp, text), "direct", "every cable")
    assert q.speaker_name == "Ivo Marek"


def test_an_object_that_is_a_thing_is_no_content(nlp: Any) -> None:
    text = (
        "Norland shares a long border with Velmora. "
        "Harbour master Ellen Voss found a way around the sandbank."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if "border" in q.text or "sandbank" in q.text]


def test_a_noun_before_an_infinitive_is_no_speaker(nlp: Any) -> None:
    text = "Mediators resumed efforts to find an end to the strike at the Brenholm docks."
    assert not [q for q in quotes(nlp, text) if q.speaker_text == "efforts"]


def test_a_time_clause_with_as_is_no_aside(nlp: Any) -> None:
    text = (
        "Mayor Lise Tarnow spoke in Norlandic as she said: "
        "\u201cThe bridge will reopen on Sunday.\u201d"
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "indirect" and "spoke in" in q.text]
    assert one(found, "direct", "bridge will reopen").speaker_name == "Lise Tarnow"


def test_a_pronoun_is_no_one_named_in_its_own_clause(nlp: Any) -> None:
    text = (
        "Ivo Marek spoke to Mayor Lise Tarnow on Friday.\n\n"
        "\u201cThe bridge is safe,\u201d she told Marek."
    )
    q = one(quotes(nlp, text), "direct", "bridge is safe")
    assert q.speaker_name == "Lise Tarnow"


def test_a_bare_role_is_the_article_s_protagonist(nlp: Any) -> None:
    text = (
        "President Anna Velt of Norland flew to Brenholm. Velt met the dock workers. "
        "Velt also visited the harbour.\n\n"
        "She later spoke by phone with Oskar Lind, the Velmoran president.\n\n"
        "\u201cWe will rebuild the docks together,\u201d the president said."
    )
    q = one(quotes(nlp, text), "direct", "rebuild the docks")
    assert q.speaker_name is not None and q.speaker_name.endswith("Velt")


def test_a_role_written_in_full_finds_its_abbreviated_title(nlp: Any) -> None:
    text = (
        "Former Norland Gov. Anna Velt visited the docks on Monday with Oskar Lind.\n\n"
        "\u201cWe must rebuild the docks,\u201d the former Norland governor said."
    )
    q = one(quotes(nlp, text), "direct", "rebuild the docks")
    assert q.speaker_name == "Anna Velt"


def test_reported_speech_mostly_in_quoted_fragments_is_kept_whole(nlp: Any) -> None:
    text = (
        "Mayor Lise Tarnow said the plan was "
        "\u201ca gamble that the town cannot afford to lose, not now and not ever\u201d."
    )
    q = one(quotes(nlp, text), "indirect", "gamble")
    assert q.text.startswith("the plan was")
    assert q.speaker_name == "Lise Tarnow"


def test_on_reports_a_topic_only_after_verbs_that_take_one(nlp: Any) -> None:
    text = "Oskar Lind spoke on Tuesday and wrote on Twitter. Anna Velt commented on the tolls."
    found = quotes(nlp, text)
    assert not [q for q in found if "Tuesday" in q.text or "Twitter" in q.text]
    assert one(found, "indirect", "tolls").text == "commented on the tolls"


def test_inverted_cue_at_a_paragraph_start(nlp: Any) -> None:
    text = (
        "Oskar Lind spoke to the council on Monday.\n\n"
        "Added Velt: \u201cWe agree with him on the tolls.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "agree with him")
    assert q.speaker_text == "Velt" and q.cue == "Added"


def test_speaker_hung_on_a_phrase_before_the_cue(nlp: Any) -> None:
    text = (
        "But in a briefing for reporters on May 4, Col. Steven Marek, an army spokesman in "
        "Brenholm, said, \u201cI mean, a patrol is a military operation. We cannot get around "
        "that.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "military operation")
    assert q.speaker_name == "Steven Marek"
    assert q.speaker_text is not None and not q.speaker_text.startswith("May")


def test_a_quote_resumed_after_its_cue_in_lower_case_is_kept(nlp: Any) -> None:
    text = (
        "Velt spoke on Monday.\n\n"
        "\u201cThe way I see it,\u201d she elaborated, \u201cno one ever questioned the sacrifice "
        "of the dock workers or their service.\u201d"
    )
    found = quotes(nlp, text)
    second = one(found, "direct", "no one ever questioned")
    assert second.cue == one(found, "direct", "The way I see it").cue == "elaborated"
    assert second.speaker_name == "Velt"


def test_a_bare_role_is_the_paragraph_s_subject_when_nothing_says_otherwise(nlp: Any) -> None:
    text = (
        "Anna Velt met dock workers in Brenholm on Saturday.\n\n"
        "The talks were held with Oskar Lind, the Velmoran president, on Friday.\n\n"
        "She claimed that more than 1,000 workers had left the docks. It is \u201ca loss we "
        "can recover from, but it hurts\u201d, the president said."
    )
    q = one(quotes(nlp, text), "partial", "a loss we can recover")
    assert q.speaker_name == "Anna Velt"


def test_words_inside_a_quoted_fragment_are_not_reported_again(nlp: Any) -> None:
    text = (
        "Anna Velt spoke in Brenholm.\n\n"
        'She claimed that more than 1,000 workers had left. It is "a ratio of one to 10, but '
        "that doesn't make me glad\", the mayor said at a press briefing in Brenholm."
    )
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "indirect" and "make me glad" in q.text]
    assert one(found, "partial", "ratio of one").speaker_name == "Anna Velt"


def test_called_on_reports_the_call(nlp: Any) -> None:
    text = "Mayor Lise Tarnow called on residents of the flooded streets to leave their homes."
    q = one(quotes(nlp, text), "indirect", "residents")
    assert q.text.startswith("called on residents")


def test_he_told_x_is_the_one_named_with_x(nlp: Any) -> None:
    text = (
        "Oskar Lind spoke at the harbour on Friday.\n\n"
        "Later, Ms Velt held talks with Mayor Ivo Marek.\n\n"
        "The town will \u201csend engineers and money to the docks\u201d, he told Ms Velt."
    )
    q = one(quotes(nlp, text), "partial", "send engineers")
    assert q.speaker_name == "Ivo Marek"


def test_irregular_and_doubled_forms_are_reporting_verbs() -> None:
    forms = {"sought", "saw", "referred", "referring", "slammed", "bragged", "denounced"}
    assert forms <= set(FORM_TO_BASE)


def test_referring_to_reports_what_it_refers_to(nlp: Any) -> None:
    text = "Mayor Lise Tarnow, referring to the flooded tunnel, said the town would rebuild."
    found = quotes(nlp, text)
    assert one(found, "indirect", "flooded tunnel").speaker_name == "Lise Tarnow"


def test_a_cue_closing_the_sentence_after_another_is_the_outer_source(nlp: Any) -> None:
    # 'the White House said' reports 'she told Mr Park': it is the source of the words,
    # and the told-cue gives no second line.
    text = (
        "Ann Lee met Tom Park on Friday. The council is sending more buses to the north, "
        "she told Mr Park, the White House said."
    )
    found = [q for q in quotes(nlp, text) if "buses" in q.text]
    assert [(q.kind, q.cue, q.speaker_text) for q in found] == [
        ("indirect", "said", "the White House")
    ]
    assert found[0].text == "The council is sending more buses to the north"
