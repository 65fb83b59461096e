"""One ledger line per remark, shown with balanced quote marks: a quoted fragment inside the
same speaker's reported speech is folded into it, reported content cut at a closing mark
shows that mark, near-identical words from two outlets are one line, and words quoted
inside another speaker's longer quote are not that speaker's. Invented text, hand-built
analyses."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Quote, QuoteKind, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story


def quote(
    text: str,
    content: str,
    kind: QuoteKind,
    speaker: str,
    cue: str,
    name: str | None = None,
    at: int = 0,
) -> Quote:
    """A quote of ``content`` (its first occurrence from ``at``), spoken by the first
    ``speaker`` of ``text`` under the first ``cue``."""
    start, s, c = text.index(content, at), text.index(speaker), text.index(cue)
    return Quote(
        text=content,
        start=start,
        end=start + len(content),
        kind=kind,
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        speaker_name=name or speaker,
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
    )


def ledger(*items: tuple[str, str, list[Quote]]) -> list:  # type: ignore[type-arg]
    """The ledger of one-sentence articles, each (id, text, its quotes)."""
    articles = [
        AnalyzedArticle(
            article=Article(id=aid, text=text),
            sentences=(Span(0, len(text)),),
            quotes=tuple(quotes),
        )
        for aid, text, quotes in items
    ]
    story = Story(articles)
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


# A fragment quoted inside reported speech, found by analysis under its own inner cue.
FOLD = 'Ann Lee said she was "pleased with the new harbour wall."'


def test_a_fragment_inside_the_same_speakers_reported_speech_is_one_line() -> None:
    lines = ledger(
        (
            "a",
            FOLD,
            [
                quote(
                    FOLD,
                    'she was "pleased with the new harbour wall',
                    "indirect",
                    "Ann Lee",
                    "said",
                ),
                quote(
                    FOLD, "pleased with the new harbour wall.", "partial", "she", "was", "Ann Lee"
                ),
            ],
        )
    )
    assert [q.kind for q in lines] == ["indirect"]


def test_a_fragment_another_speaker_said_inside_reported_speech_keeps_its_line() -> None:
    text = 'Ann Lee said Tom Hale called the wall "a costly mistake for the town."'
    lines = ledger(
        (
            "a",
            text,
            [
                quote(
                    text,
                    'Tom Hale called the wall "a costly mistake for the town',
                    "indirect",
                    "Ann Lee",
                    "said",
                ),
                quote(text, "a costly mistake for the town.", "partial", "Tom Hale", "called"),
            ],
        )
    )
    assert sorted(q.kind for q in lines) == ["indirect", "partial"]


def test_reported_content_cut_at_a_closing_mark_shows_the_mark() -> None:
    text = 'Ann Lee said the wall was "a costly mistake."'
    (line,) = ledger(
        ("a", text, [quote(text, 'the wall was "a costly mistake', "indirect", "Ann Lee", "said")])
    )
    assert line.text == 'the wall was "a costly mistake."'


def test_reported_content_cut_after_an_opening_mark_shows_the_mark() -> None:
    text = "Ann Lee said \u201cthe wall\u201d was a mistake."
    (line,) = ledger(
        ("a", text, [quote(text, "the wall\u201d was a mistake", "indirect", "Ann Lee", "said")])
    )
    assert line.text == "\u201cthe wall\u201d was a mistake"


def test_balanced_reported_content_is_shown_as_analysed() -> None:
    text = 'Ann Lee said the wall was "a costly mistake" for the town, "she thinks."'
    (line,) = ledger(
        (
            "a",
            text,
            [
                quote(
                    text,
                    'the wall was "a costly mistake" for the town',
                    "indirect",
                    "Ann Lee",
                    "said",
                )
            ],
        )
    )
    assert line.text == 'the wall was "a costly mistake" for the town'


def _two(first: str, second: str, speaker_b: str = "Ann Lee") -> list:  # type: ignore[type-arg]
    a = f'Ann Lee said "{first}"'
    b = f'{speaker_b} said "{second}"'
    return ledger(
        ("a", a, [quote(a, first, "direct", "Ann Lee", "said")]),
        ("b", b, [quote(b, second, "direct", speaker_b, "said")]),
    )


def test_an_excerpt_with_an_ellipsis_is_the_same_remark() -> None:
    lines = _two(
        "The ferry will run twice a day from the old pier until the new one opens in May.",
        "The ferry will run twice a day ... until the new one opens in May.",
    )
    assert [(q.article, q.also_in) for q in lines] == [("a", ("b",))]


def test_one_word_spelled_two_ways_is_the_same_remark() -> None:
    lines = _two(
        "The town will open a new centre for visitors next to the harbour in May.",
        "The town will open a new center for visitors next to the harbour in May.",
    )
    assert [(q.article, q.also_in) for q in lines] == [("a", ("b",))]


def test_remarks_that_share_an_opening_phrase_stay_apart() -> None:
    lines = _two(
        "The ferry will run twice a day and the market will open at noon.",
        "The ferry will run twice a day but only in the summer months.",
    )
    assert sorted((q.article, q.also_in) for q in lines) == [("a", ()), ("b", ())]


def test_words_quoted_inside_another_speakers_quote_are_not_grouped_with_it() -> None:
    lines = _two(
        "The ferry will run twice a day until May.",
        "At the meeting she told us 'the ferry will run twice a day until May,' and left.",
        "Tom Hale",
    )
    assert sorted((q.article, q.also_in, q.disputed_speakers) for q in lines) == [
        ("a", (), ()),
        ("b", (), ()),
    ]


def test_a_longer_quote_holding_the_words_unquoted_is_grouped() -> None:
    lines = _two(
        "The ferry will run twice a day until May.",
        "At the meeting I told them the ferry will run twice a day until May, and left.",
        "Tom Hale",
    )
    assert [(q.article, q.also_in) for q in lines] == [("a", ("b",))]


def test_a_word_put_in_anothers_place_is_another_wording() -> None:
    lines = _two(
        "The town will open a new centre for visitors next to the harbour on Monday.",
        "The town will open a new centre for visitors next to the harbour on Friday.",
    )
    assert sorted((q.article, q.also_in) for q in lines) == [("a", ()), ("b", ())]


def test_quotes_that_say_opposite_things_are_separate_lines() -> None:
    for first, second in [
        (
            "Fares for the ferry will increase next year for everyone on the island.",
            "Fares for the ferry will decrease next year for everyone on the island.",
        ),
        (
            "The pier closed in 2014 after the great storm hit the coast.",
            "The pier closed in 2015 after the great storm hit the coast.",
        ),
        (
            "We will win this fight for the harbour and its people.",
            "We will not win this fight for the harbour and its people.",
        ),
    ]:
        lines = _two(first, second)
        assert sorted((q.article, q.also_in) for q in lines) == [("a", ()), ("b", ())], second


def test_a_name_the_outlet_added_in_brackets_is_the_same_remark() -> None:
    lines = _two(
        "The mayor said the old pier is unsafe but that Lee had told him to keep it open.",
        "The mayor said that the old pier is unsafe but that (harbour master Ann) Lee had"
        " told him to keep it open.",
    )
    assert [(q.article, q.also_in) for q in lines] == [("a", ("b",))]


def test_reported_content_cut_before_a_tokenised_closing_mark_shows_the_mark() -> None:
    text = "Officials said the ``pier is unsafe . ''"
    (line,) = ledger(
        ("a", text, [quote(text, "the ``pier is unsafe", "indirect", "Officials", "said")])
    )
    assert line.text == "the ``pier is unsafe . ''"


def test_a_mark_opening_the_next_quote_is_not_taken_in() -> None:
    # the straight mark after the content opens another quote (a word right after it)
    text = 'Ann Lee said the "pier is unsafe "Next week" was her answer.'
    (line,) = ledger(
        ("a", text, [quote(text, 'the "pier is unsafe', "indirect", "Ann Lee", "said")])
    )
    assert line.text == 'the "pier is unsafe'
