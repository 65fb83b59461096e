"""No sentence starts inside a clause that goes on with the sentence before it: a lower-case
word, the rest of a quotation closed by "!" or "?", a bare attribution (session 12). Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text",
    [
        # A clause opened by a lower-case word, after an aside set off by wire dashes.
        "A third ferry was held in port _ the harbour's second closure this month _ while "
        "two other ships waited offshore late Friday.",
        "The crowd waited for the speech to end _ it ran long _ and then the music started.",
    ],
)
def test_a_clause_opened_by_a_lower_case_word_stays_in_its_sentence(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        '"Build the bridge now!" he shouted as the crowd cheered.',
        '"Death to the tyrant!" a small crowd of farmers shouted.',
    ],
)
def test_a_sentence_goes_on_after_a_quotation_closed_by_a_bang(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


def test_a_clause_after_a_bang_that_is_no_attribution_is_left_to_the_parser(nlp: Any) -> None:
    # Quote finding would take "they" for the speaker of the quotation.
    text = 'The fans chanted "Bring it home!" as they had all week.'
    assert len(_sentences(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        '"Can we still win this?" Ola Finn asked.',
        "``Is it safe?'' Ola Finn asked.",
        # A quotation nested in one, both closed at once.
        "``They ask, `Where is the money?''' Ola Finn said.",
    ],
)
def test_a_bare_attribution_stays_with_its_quotation(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A quoted question, then a new sentence with a capital.
        ('"Are you coming?" The door closed behind her.', 2),
        # A name written with a small first letter opens a sentence of its own.
        ("The firm sold more phones. iPhone sales rose by a tenth in May.", 2),
        # After a quotation, a speaker who goes on to say more is no bare attribution.
        ('"We won." Lee said the count would take a week.', 2),
        # Without a quotation before it, "Lee said." is left as it is.
        ("The vote was close. Lee said.", 2),
    ],
)
def test_a_real_sentence_start_is_kept(nlp: Any, text: str, count: int) -> None:
    assert len(_sentences(nlp, text)) == count


def test_a_line_inside_a_paragraph_may_open_with_a_lower_case_word(nlp: Any) -> None:
    sentences = _sentences(nlp, "Two rules hold.\nkeep to the left.\ngo slow near the dock.")
    assert sentences[-1] == "go slow near the dock."


def test_the_clause_join_component_is_part_of_the_tokenizer_key(nlp: Any) -> None:
    from crossbrief.analyze.nlp import CLAUSE_JOIN_COMPONENT, tokenizer_key

    assert CLAUSE_JOIN_COMPONENT in tokenizer_key()
    assert CLAUSE_JOIN_COMPONENT in nlp.pipe_names


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # A name written all in lower case opens the sentence after a full stop.
        ("Sales fell in spring, the firm said. orvex said on Tuesday it would cut 300 jobs.", 2),
        ('"We will win," she said. he then left the room without a word.', 2),
        # A quotation closed by its stop, then a clause that attributes nothing.
        ('The mayor said the plan was ready. "It is done." he walked out.', 3),
        # Text typed with no capitals at all.
        ("the storm hit at dawn. roads were closed. schools shut for the day.", 3),
    ],
)
def test_a_lower_case_word_after_a_full_stop_opens_a_sentence(
    nlp: Any, text: str, count: int
) -> None:
    assert len(_sentences(nlp, text)) == count


@pytest.mark.parametrize(
    "text",
    [
        # An abbreviation whose stop the tokenizer splits off (the parser alone ends a
        # sentence there; "a.m." or "e.g." are one token each and need no join).
        "They packed rope, nails etc. and then they sailed north.",
        # The attribution of a quotation closed by its full stop.
        '"It is over." he said as the lights went out.',
    ],
)
def test_a_clause_goes_on_after_an_abbreviation_or_a_quoted_stop(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


def test_joins_never_make_a_sentence_longer_than_the_cap(nlp: Any) -> None:
    from crossbrief.analyze.sentence_joins import JOINED_TOKENS

    text = " ".join("we packed rope, nails etc. then we packed food, water etc." for _ in range(8))
    lengths = [len(s) for s in nlp(text).sents]
    assert len(lengths) > 1
    assert max(lengths) <= JOINED_TOKENS


@pytest.mark.parametrize(
    "text",
    [
        # A street abbreviation's stop, the tokenizer splits it off: the address goes on
        # with a lower-case word or a day.
        "Ann Lee was hit outside the shop at 410 E. Harbour Blvd. on Tuesday night.",
        "The crash was at 12 Orchard Ave. late on Friday, the harbour board said.",
        "The fire began at 9 Quarry Rd. shortly after noon.",
        "The crash was at 12 Orchard Ave. Tuesday night, police said.",
    ],
)
def test_an_address_goes_on_after_a_street_abbreviation(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a capitalised word after the street is a new sentence, a day that is
        # a sentence's subject too
        "The shop is on Orchard Ave. The owner said it would close.",
        "The shop is on Orchard Ave. Monday's fire gutted it.",
        "The shop is on Orchard Ave. Sunday was the busiest day.",
    ],
)
def test_a_sentence_after_a_street_abbreviation_still_starts(nlp: Any, text: str) -> None:
    assert len(_sentences(nlp, text)) == 2


@pytest.mark.parametrize(
    "text",
    [
        # A rank spaCy splits from its stop, and ranks it keeps whole, before a name.
        "The harbour board praised Cmndr. Ola Brenn, of the Velmoran coast guard, for the "
        "rescue of six fishermen.",
        "The convoy was led by Army Pvt. Ola Brenn, the report said on Friday.",
        "The order came from Cdr. Tamsin Vale, who ran the harbour patrol.",
        "The unit was led by Lt. Cmdr. Ola Brenn and Msgr. Ivo Tarn blessed it.",
    ],
)
def test_a_rank_abbreviation_before_a_name_starts_no_sentence(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Negative: a real end after an abbreviation, or a sentence opener after a rank.
        ("Prices rose in the U.S. The next day shares fell.", 2),
        ("The flag was raised by the Cmndr. The next day the ship sailed.", 2),
        # a name ending in a title's letters ends its sentence before a preposition
        (
            "The council voted to hand the port to its chairman Ivo Sen. In a brief note to "
            "the harbour staff, the mayor said she was pleased.",
            2,
        ),
    ],
)
def test_a_real_end_after_an_abbreviation_still_splits(nlp: Any, text: str, count: int) -> None:
    assert len(_sentences(nlp, text)) == count


@pytest.mark.parametrize(
    "text",
    [
        # The wire's spaced dash before a name or a figure, and a pair of them round an aside.
        "The harbour board has fined just two ships this year _ Velmoran trawler Sea Lark, "
        "whose owner paid in full.",
        "During the hearing _ the longest the board has held _ Ola Brenn spoke for the port.",
        "The strike cost the port dearly _ 300 jobs were lost by the spring.",
    ],
)
def test_a_spaced_wire_dash_ends_no_sentence(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # Negative: a wire dash after a dateline, a colon or a full stop opens an item.
        ("VELMORA (AP) _ The harbour board voted on Monday to close the pier.", "VELMORA (AP) _"),
        ("VELMORA _ The harbour board voted on Monday to close the pier.", "VELMORA _"),
        ("The talks failed. _ A second round opens Friday.", "The talks failed."),
        ("The deal works as follows: _ A fee is paid each year.", "The deal works as follows: _"),
    ],
)
def test_a_wire_dash_after_a_stop_or_a_dateline_is_left_to_the_parser(
    nlp: Any, text: str, first: str
) -> None:
    assert _sentences(nlp, text)[0] == first
