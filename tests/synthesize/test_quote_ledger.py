"""The quote ledger across outlets, from hand-built analyses (no NLP model needed)."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Mention, Quote, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.quotes import build_quotes, quote_key
from crossbrief.synthesize.story import Story


def article(aid: str, source: str, text: str, quotes: list[Quote]) -> AnalyzedArticle:
    mentions = []
    for name in ("Ellen Voss", "Tomas Reyl", "Voss", "Reyl"):
        pos = text.find(name)
        while pos >= 0:
            if not any(m.start <= pos < m.end for m in mentions):
                mentions.append(Mention(name, pos, pos + len(name), "PERSON"))
            pos = text.find(name, pos + 1)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=source),
        sentences=(Span(0, len(text)),),
        mentions=tuple(sorted(mentions, key=lambda m: m.start)),
        quotes=tuple(quotes),
    )


def direct(text: str, words: str, speaker: str, name: str | None = None) -> Quote:
    start = text.index(words)
    s = text.index(speaker)
    return Quote(
        text=words,
        start=start,
        end=start + len(words),
        kind="direct",
        speaker_text=speaker,
        speaker_start=s,
        speaker_end=s + len(speaker),
        speaker_name=name,
        cue="said",
    )


def ledger(*articles: AnalyzedArticle) -> tuple[list, dict[str, str]]:  # type: ignore[type-arg]
    story = Story(list(articles))
    entities, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id), {e.id: e.name for e in entities}


A = "Harbour master Ellen Voss said \u201cThe pier will close at dawn and stay shut.\u201d"
B = 'Ellen Voss, the harbour master, said "The pier will close at dawn and stay shut."'


def test_same_words_from_two_outlets_listed_once_with_also_in() -> None:
    quotes, names = ledger(
        article(
            "a",
            "Herald",
            A,
            [direct(A, "The pier will close at dawn and stay shut.", "Ellen Voss")],
        ),
        article(
            "b", "Times", B, [direct(B, "The pier will close at dawn and stay shut.", "Ellen Voss")]
        ),
    )
    assert len(quotes) == 1
    q = quotes[0]
    assert q.article == "a" and q.also_in == ("b",)
    assert names[q.speaker or ""] == "Ellen Voss" and q.disputed_speakers == ()


def test_outlets_disagreeing_on_the_speaker_are_flagged() -> None:
    c = 'Tomas Reyl said "The pier will close at dawn and stay shut."'
    quotes, names = ledger(
        article(
            "a",
            "Herald",
            A,
            [direct(A, "The pier will close at dawn and stay shut.", "Ellen Voss")],
        ),
        article(
            "c", "Wire", c, [direct(c, "The pier will close at dawn and stay shut.", "Tomas Reyl")]
        ),
    )
    assert len(quotes) == 1
    assert sorted(names[s] for s in quotes[0].disputed_speakers) == ["Ellen Voss", "Tomas Reyl"]


PIER = "The pier will close at dawn and stay shut."


def test_a_pronoun_resolved_otherwise_gives_way_to_the_name_an_outlet_wrote() -> None:
    # one outlet's "he" was resolved to the other man it names; the other outlet names the
    # speaker: no dispute, the named speaker's line
    c = f'Tomas Reyl waited at the gate. "{PIER}" he said.'
    quotes, names = ledger(
        article("a", "Herald", A, [direct(A, PIER, "Ellen Voss")]),
        article("c", "Wire", c, [direct(c, PIER, "he", "Tomas Reyl")]),
    )
    assert [(names[q.speaker or ""], q.disputed_speakers) for q in quotes] == [("Ellen Voss", ())]


def test_a_proxy_resolved_otherwise_gives_way_to_the_name_an_outlet_wrote() -> None:
    # "his spokesman": whose spokesman is the analysis's guess (a proxy naming its principal
    # disagrees: test_quote_ledger_wording)
    c = f'Tomas Reyl was away. "{PIER}" his spokesman said.'
    quotes, names = ledger(
        article("c", "Wire", c, [direct(c, PIER, "his spokesman", "Tomas Reyl")]),
        article("a", "Herald", A, [direct(A, PIER, "Ellen Voss")]),
    )
    assert [(names[q.speaker or ""], q.disputed_speakers) for q in quotes] == [("Ellen Voss", ())]


def test_a_shorter_excerpt_of_the_same_remark_is_grouped() -> None:
    longer = 'Ellen Voss said "The pier will close at dawn and stay shut until the storm passes."'
    quotes, _ = ledger(
        article(
            "a",
            "Herald",
            A,
            [direct(A, "The pier will close at dawn and stay shut.", "Ellen Voss")],
        ),
        article(
            "d",
            "Post",
            longer,
            [
                direct(
                    longer,
                    "The pier will close at dawn and stay shut until the storm passes.",
                    "Ellen Voss",
                )
            ],
        ),
    )
    assert len(quotes) == 1 and quotes[0].also_in == ("d",)


def test_words_not_in_the_article_are_not_a_direct_quote() -> None:
    q = direct(A, "The pier will close at dawn and stay shut.", "Ellen Voss")
    forged = Quote(**{**q.to_dict(), "text": "The pier will never close."})
    quotes, _ = ledger(article("a", "Herald", A, [forged]))
    assert quotes[0].kind == "indirect"


def test_a_role_is_linked_to_the_person_other_outlets_name_with_it() -> None:
    e = "\u201cBoats must leave by noon,\u201d the harbour master said."
    role = direct(e, "Boats must leave by noon,", "the harbour master")
    quotes, names = ledger(
        article("a", "Herald", A, []),
        article("e", "Gazette", e, [role]),
    )
    assert names[quotes[0].speaker or ""] == "Ellen Voss"


def test_quote_key_ignores_marks_case_and_spacing() -> None:
    assert quote_key("\u201cWe  stay,\u201d") == quote_key('"we stay"')


def titled(aid: str, text: str, mention: str, quotes: list[Quote]) -> AnalyzedArticle:
    """An article whose one person mention carries a title ("Port Director Ellen Voss")."""
    pos = text.index(mention)
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=(Span(0, len(text)),),
        mentions=(Mention(mention, pos, pos + len(mention), "PERSON"),),
        quotes=tuple(quotes),
    )


def test_a_name_the_outlets_wrote_only_with_a_title_links_to_its_entity() -> None:
    text = 'Port Director Ellen Voss spoke. "The pier stays shut until Monday," she said.'
    q = direct(text, "The pier stays shut until Monday,", "she", "Ellen Voss")
    quotes, names = ledger(titled("a", text, "Port Director Ellen Voss", [q]))
    assert quotes[0].speaker is not None and names[quotes[0].speaker] == "Ellen Voss"
    assert quotes[0].speaker_text == "she"


def test_a_pronoun_resolved_to_no_one_names_no_one() -> None:
    text = 'The pier was closed. "It stays shut until Monday," she said.'
    q = direct(text, "It stays shut until Monday,", "she")
    quotes, _ = ledger(article("a", "Herald", text, [q]))
    assert quotes[0].speaker is None and quotes[0].speaker_text is None


def _hedged(text: str, words: str, cue: str) -> Quote:
    start = text.index(words)
    return Quote(words, start, start + len(words), "indirect", cue=cue)


def test_a_hedged_claim_stays_in_the_ledger_with_no_speaker() -> None:
    text = "The harbour master reportedly left the island."
    words = "The harbour master reportedly left the island"
    lines, _ = ledger(article("a1", "Post", text, [_hedged(text, words, "reportedly")]))
    assert len(lines) == 1
    line = lines[0]
    assert line.speaker is None and line.speaker_text is None
    assert line.hedged


def test_reported_speech_with_a_speaker_is_no_hedge() -> None:
    text = "Lee said the fare is expected to rise."
    start = text.index("the fare")
    q = Quote(text[start:-1], start, len(text) - 1, "indirect", "Lee", 0, 3, "Lee", "said")
    lines, _ = ledger(article("a1", "Post", text, [q]))
    assert not lines[0].hedged


def test_a_pronoun_left_unresolved_is_no_hedge() -> None:
    # "She" names no entity, so the line shows no speaker, but someone did say it.
    text = "She said the ferry would run on Monday."
    start = text.index("the ferry")
    q = Quote(text[start:-1], start, len(text) - 1, "indirect", "She", 0, 3, None, "said")
    lines, _ = ledger(article("a1", "Post", text, [q]))
    assert lines[0].speaker is None and not lines[0].hedged


def _reported(text: str, words: str, cue: str) -> Quote:
    start, c = text.index(words), text.index(cue)
    return Quote(words, start, start + len(words), "indirect", "Voss", 0, 4, "Voss", cue, c)


@pytest.mark.parametrize(
    ("text", "words", "cue", "position"),
    [
        ("Voss is critical of the new toll.", "critical of the new toll", "critical", True),
        ("Voss is a critic of the new toll.", "critic of the new toll", "critic", True),
        ("Voss said the pier would close.", "the pier would close", "said", False),
        ("Voss warned that the pier would close.", "the pier would close", "warned", False),
    ],
)
def test_an_act_or_a_stance_is_a_position_not_reported_speech(
    text: str, words: str, cue: str, position: bool
) -> None:
    lines, _ = ledger(article("a1", "Post", text, [_reported(text, words, cue)]))
    assert lines[0].position is position
    assert not lines[0].hedged


def test_direct_words_under_an_act_cue_are_no_position() -> None:
    text = 'Voss challenged the ruling: "It is unfair to the crews."'
    words = "It is unfair to the crews."
    start = text.index(words)
    q = Quote(words, start, start + len(words), "direct", "Voss", 0, 4, "Voss", "challenged")
    lines, _ = ledger(article("a1", "Post", text, [q]))
    assert lines[0].kind == "direct" and not lines[0].position


@pytest.mark.parametrize(
    ("text", "words", "cue", "listed"),
    [
        ("Voss declined to comment.", "declined to comment", "declined", False),
        ("Voss would not comment on the toll.", "comment on the toll", "comment", False),
        # no refusal to speak, but an act that is not speech: no line either (ledger_filter)
        ("Voss declined to endorse the toll.", "declined to endorse the toll", "declined", False),
        ("Voss said the pier would close.", "the pier would close", "said", True),
    ],
)
def test_a_refusal_to_speak_has_no_ledger_line(
    text: str, words: str, cue: str, listed: bool
) -> None:
    lines, _ = ledger(article("a1", "Post", text, [_reported(text, words, cue)]))
    assert bool(lines) is listed
