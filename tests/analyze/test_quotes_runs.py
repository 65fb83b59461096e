"""A direct quote run over several paragraphs, news style: each paragraph re-opens the quote
with a mark and only the last closes it, its cue after the closing mark ('"A.' / '"B.' /
'C," she said.'). Every paragraph is a direct quote of that cue's speaker; a "he" as that
cue stands for the person a sentence with no person as its subject names with a "who"
clause."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import quotes


def _speakers(found: list[Any], *words: str) -> list[str | None]:
    out = []
    for w in words:
        hits = [q for q in found if w in q.text and q.kind == "direct"]
        out.append(hits[0].speaker_name if len(hits) == 1 else f"{len(hits)} quotes")
    return out


def test_a_run_of_three_paragraphs_is_all_the_closing_cues(nlp: Any) -> None:
    text = (
        "Mayor Ann Hale spoke to reporters on Monday.\n\n"
        '"The bridge will close for a month.\n\n'
        '"Every driver will need to take the ferry instead.\n\n'
        '"We know it is hard, but the work cannot wait," she said.\n\n'
        "The vote is in May."
    )
    found = quotes(nlp, text)
    assert _speakers(found, "bridge will close", "ferry instead", "cannot wait") == ["Ann Hale"] * 3


def test_a_run_of_four_paragraphs_under_a_named_cue(nlp: Any) -> None:
    text = (
        '"The bridge will close for a month.\n\n'
        '"Every driver will need to take the ferry instead.\n\n'
        '"Buses will run through the night.\n\n'
        '"We know it is hard, but the work cannot wait," Ann Hale said.'
    )
    found = quotes(nlp, text)
    words = ("bridge will close", "ferry instead", "through the night", "cannot wait")
    assert _speakers(found, *words) == ["Ann Hale"] * 4


def test_a_writers_paragraph_ends_the_run(nlp: Any) -> None:
    # The first quote is cut off from the run by the writer's own paragraph: no one's.
    text = (
        '"The bridge will close for a month.\n\n'
        "The council met on Monday to discuss the repairs.\n\n"
        '"Every driver will need to take the ferry instead.\n\n'
        '"We know it is hard, but the work cannot wait," Ann Hale said.'
    )
    found = quotes(nlp, text)
    assert _speakers(found, "ferry instead", "cannot wait") == ["Ann Hale"] * 2
    assert not [q for q in found if "bridge" in q.text and q.speaker_name == "Ann Hale"]


# A "he" after a sentence whose main subject is no person: the one it names with a "who"
# clause of their own is whom it is about.
BEFORE = "Tom Reed has played the part before.\n\n"
AFTER = '\n\n"If I were to choose one actor, it would be Tom.\n\nI think he is great," he says.'


def test_a_who_clause_in_a_sentence_with_no_person_as_subject_names_the_he(nlp: Any) -> None:
    text = BEFORE + "The show also aired an interview with Sam Hale, who praised the cast." + AFTER
    assert _speakers(quotes(nlp, text), "choose one actor", "he is great") == ["Sam Hale"] * 2


def test_a_person_as_subject_stays_whom_the_he_stands_for(nlp: Any) -> None:
    text = BEFORE + "Tom Reed also met Sam Hale, who praised the cast." + AFTER
    assert _speakers(quotes(nlp, text), "choose one actor", "he is great") == ["Tom Reed"] * 2


def test_a_who_clause_on_two_names_is_about_both(nlp: Any) -> None:
    text = BEFORE + "The film drew on rivals like Sam Hale and Dan Cole, who played it." + AFTER
    assert "Dan Cole" not in _speakers(quotes(nlp, text), "choose one actor", "he is great")
