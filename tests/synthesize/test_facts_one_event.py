"""Two sentences report one event only when they share what happened (invented sentences,
names tagged by hand)."""

from __future__ import annotations

from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.one_event import other_events
from tests.synthesize.builders import story_with_entities, tagged_article

NAMES = (("Ann Lee", "PERSON"), ("Tom Reed", "PERSON"), ("Velmora", "GPE"), ("Brask", "GPE"))
# two opening lines of each article that name the story's topic and its man again: the
# sentences tested are no lead, and "Tom Reed" and "reform movement" are the topic's words
OPENING_A = [
    "The reform movement marched through Velmora on Friday.",
    "Tom Reed led the reform movement's march with a band.",
]
OPENING_B = [
    "Police broke up a reform movement rally in Brask.",
    "Tom Reed called the rally a peaceful one and vowed to go on.",
]


def grouped(x: str, y: str, lead: bool = False) -> list[tuple[int, ...]]:
    """The fact groups of two articles, ``x`` the third line of one and ``y`` of the other
    (their first lines with ``lead``)."""
    a = tagged_article("a", [x, *OPENING_A] if lead else [*OPENING_A, x], NAMES)
    b = tagged_article("b", [y, *OPENING_B] if lead else [*OPENING_B, y], NAMES)
    story, entities = story_with_entities(a, b)
    return [g.members for g in group_sentences(story, entities=entities)]


def test_two_verbs_of_different_events_are_two_events() -> None:
    assert other_events(
        "Ann Lee was arrested in Velmora on Monday.",
        "Ann Lee founded the harbour party in Velmora in June.",
    )


def test_one_verb_in_two_forms_or_as_its_event_noun_is_one_event() -> None:
    # negative cases: the same verb, another form of it, or the noun of the event it names
    assert not other_events(
        "Ann Lee was arrested in Velmora.", "Police arrested Ann Lee in Velmora on Monday."
    )
    assert not other_events(
        "Ann Lee was tried in Velmora on Monday.", "Ann Lee's trial opened in Velmora."
    )
    assert not other_events(
        "The harbour board refused the permit on Monday.",
        "The board's refusal of the permit angered the mayor.",
    )


def test_a_sentence_with_no_verb_read_or_a_light_verb_is_not_judged() -> None:
    # negative cases: a copula tells no event, and a light verb's event is in its object
    assert not other_events("Ann Lee is the party's founder.", "Ann Lee was arrested.")
    assert not other_events("Ann Lee made a visit to Velmora.", "Ann Lee was arrested there.")


def test_a_name_and_topic_words_without_a_shared_predicate_make_no_fact() -> None:
    x = "Ann Lee and Tom Reed were hailed as the leading figures of the reform movement."
    y = "Tom Reed, another figure of the reform movement, was detained in a raid."
    assert (2, 5) not in grouped(x, y)


def test_one_event_told_with_one_verb_is_still_grouped() -> None:
    # negative case: the same event with the same verb, active and passive, stays one fact
    x = "Police detained Tom Reed, a figure of the reform movement, in a raid."
    y = "Tom Reed, another figure of the reform movement, was detained in a raid."
    assert (2, 5) in grouped(x, y)


def test_two_leads_telling_the_main_event_in_two_verbs_are_not_parted() -> None:
    # negative case: headline and lead tell the main event, each outlet in its own verb
    x = "The reform movement fired Tom Reed as its chairman."
    y = "Tom Reed was relieved of his duties as chairman of the reform movement."
    assert other_events(x, y)
    assert (0, 3) in grouped(x, y, lead=True)
