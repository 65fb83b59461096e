"""A summary sentence reporting someone's words never cites a sentence that gives the same
words to another speaker. Invented text."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Alias, Article, Entity, EntityMention, SentenceRef, SummarySentence
from crossbrief.synthesize.citations import agreeing_summary
from crossbrief.synthesize.story import Story

TEXTS = {
    "a": "Ministers say the new cards would help the Velmora docks fight fraud and smuggling.",
    # the same words, from the police
    "b": "The board backed the cards as the police said they would help the Velmora docks "
    "fight fraud and smuggling.",
    # the same speaker
    "c": "Ministers have said the new cards would help the Velmora docks fight fraud and "
    "smuggling.",
    # a pronoun: anyone
    "d": "The new cards would help the Velmora docks fight fraud and smuggling, they said.",
    # a named speaker and a described one can be one person
    "e": "The new cards would help the Velmora docks fight fraud and smuggling, Ann Lee said.",
}


def _entities(story: Story) -> list[Entity]:
    out = []
    for name, kind in [("Velmora", "GPE"), ("Ann Lee", "PERSON")]:
        mentions = []
        for k, t in TEXTS.items():
            if name in t:
                start = t.index(name)
                sentence = next(
                    n for n, s in enumerate(story.by_id[k].sentences) if s.start <= start < s.end
                )
                mentions.append(EntityMention(k, sentence, start, start + len(name), name))
        articles = tuple(m.article for m in mentions)
        out.append(
            Entity(
                name, name, kind, (Alias(name, articles, len(articles)),), articles, tuple(mentions)
            )
        )
    return out


def _cited(nlp: Any, entities: bool) -> list[str]:
    articles = [Article(id=k, text=t, source=f"outlet {k}") for k, t in TEXTS.items()]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [len(a.sentences) for a in story.articles] == [1] * len(TEXTS)
    refs = tuple(SentenceRef(k, 0) for k in TEXTS)
    summary = [SummarySentence(TEXTS["a"], refs, len(refs))]
    found = _entities(story) if entities else []
    (line,) = agreeing_summary(story, summary, [], entities=found)
    return [r.article for r in line.sources]


def test_the_same_words_from_another_speaker_are_no_citation(nlp: Any) -> None:
    # Negative: the same speaker, a pronoun and a named speaker stay cited.
    assert _cited(nlp, entities=True) == ["a", "c", "d", "e"]


def test_without_entities_no_citation_is_dropped_for_its_speaker(nlp: Any) -> None:
    assert _cited(nlp, entities=False) == list(TEXTS)


def _cited_among(nlp: Any, texts: dict[str, str]) -> list[str]:
    """The articles of ``texts`` the first one's sentence cites, with no entities named but
    a place, so every sayer is read as a description."""
    articles = [Article(id=k, text=t, source=f"outlet {k}") for k, t in texts.items()]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    first = next(iter(texts))
    refs = tuple(SentenceRef(k, 0) for k in texts)
    place = "Velmora"
    mentions = tuple(
        EntityMention(k, 0, t.index(place), t.index(place) + len(place), place)
        for k, t in texts.items()
    )
    articles_named = tuple(texts)
    found = [
        Entity(
            place,
            place,
            "GPE",
            (Alias(place, articles_named, len(articles_named)),),
            articles_named,
            mentions,
        )
    ]
    summary = [SummarySentence(texts[first], refs, len(refs))]
    (line,) = agreeing_summary(story, summary, [], entities=found)
    return [r.article for r in line.sources]


def test_a_noun_say_or_all_told_names_no_sayer(nlp: Any) -> None:
    texts = {
        "a": "The council said residents would have a say in the Velmora quay plan.",
        # the same speaker, told after the words
        "b": "Residents would have a say in the Velmora quay plan, the council said.",
        # "all told" sums up; no one says anything
        "c": "All told, residents would have a say in the Velmora quay plan.",
        # Negative: another described speaker is still no citation
        "d": "Residents would have a say in the Velmora quay plan, the police said.",
    }
    assert _cited_among(nlp, texts) == ["a", "b", "c"]


def test_a_sayer_inside_the_quoted_words_is_not_the_sentence_s(nlp: Any) -> None:
    texts = {
        "a": 'The mayor said: "Nobody says the Velmora quay is safe for the ferries."',
        # the same speaker, told without quotation marks
        "b": "The mayor said nobody thinks the Velmora quay is safe for the ferries.",
        # Negative: another described speaker is still no citation
        "c": "The police said nobody thinks the Velmora quay is safe for the ferries.",
    }
    assert _cited_among(nlp, texts) == ["a", "b"]


def test_a_toll_that_claimed_lives_names_no_sayer(nlp: Any) -> None:
    texts = {
        # "claimed three lives" kills; the sayers are the officials and the police
        "a": "Officials said the storm claimed three lives in Velmora on Friday.",
        "b": "The police said the storm claimed three lives in Velmora on Friday.",
        # Negative: a sentence naming no sayer stays cited
        "c": "The storm claimed three lives in Velmora on Friday.",
    }
    assert _cited_among(nlp, texts) == ["a", "c"]
