"""A capital's name that is also a surname in its article (session 17, second review): only a
mention with a person's cue is the person (he/she after it, a title, a saying verb with no
"it" after it); the government's uses ("Lima has imposed", "Lima said it would"), an office
after it ("Lima's mayor") and a noun it qualifies ("Lima police") stay the capital, and the
person's claimed mentions move no story-wide name key. Invented articles; NER labels tagged
by hand as the model tags such spans."""

from __future__ import annotations

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_everywhere

_PAINTER = [
    "Ida Lima, a painter from Velmora, opened a show on Friday.",
    "Lima has imposed new fees on galleries, the trade ministry said.",
    "Lima said it would review the fees next year.",
    "Lima's mayor said he liked the show.",
    "Lima police said she had asked them to close two streets.",
    "Lima said she would paint the harbour next.",
    "Ms Lima sold two works.",
    "Peru has not commented on the fees.",
]
_TAGS = [("Ida Lima", "PERSON"), ("Lima", "GPE"), ("Peru", "GPE")]
_OTHER = [
    "Peru will keep the gallery fees, officials said on Monday.",
    "The fees will stay, Lima said in a statement.",
]


def _rows(found: list, article: str, sentence: int) -> list[str]:
    return [
        e.name
        for e in found
        for m in e.mentions
        if ((m.article, m.sentence) == (article, sentence) and m.text.endswith(" Lima"))
        or (m.article, m.sentence, m.text) == (article, sentence, "Lima")
    ]


def test_only_a_capital_with_a_persons_cue_is_the_namesake() -> None:
    story = Story([tagged_everywhere("a1", _PAINTER, _TAGS)])
    found, _ = build_entities(story)
    assert _rows(found, "a1", 5) == ["Ida Lima"]
    assert _rows(found, "a1", 6) == ["Ida Lima"]
    # Negative: the government's acts, its offices and a noun it qualifies stay the capital
    for sentence in (1, 2, 3, 4):
        assert _rows(found, "a1", sentence) not in ([], ["Ida Lima"]), sentence


def test_a_claimed_surname_moves_no_key_to_another_articles_speaker() -> None:
    story = Story(
        [
            tagged_everywhere("a1", _PAINTER, _TAGS),
            tagged_everywhere("a2", _OTHER, [("Lima", "GPE"), ("Peru", "GPE")]),
        ]
    )
    found, keys = build_entities(story)
    person = next(e.id for e in found if e.name == "Ida Lima")
    assert keys["ida lima"] == person
    # Negative: the bare capital's key stays with the capital, not the painter of one article
    assert keys["lima"] != person
    assert _rows(found, "a2", 1) not in ([], ["Ida Lima"])
