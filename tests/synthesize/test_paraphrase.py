"""Fact similarity: one term per entity, derivational stems, numbers, shared words besides names."""

from __future__ import annotations

import numpy as np

from crossbrief.model import AnalyzedArticle, Article, Mention, Quote
from crossbrief.synthesize.actors import (
    different_leads,
    lead_pairs,
    sentence_leads,
    title_places,
)
from crossbrief.synthesize.fact_phrases import one_phrase
from crossbrief.synthesize.fact_terms import merge_prefixes, root, sentence_terms, word_terms
from crossbrief.synthesize.facts import THRESHOLD, build_facts, group_sentences
from crossbrief.synthesize.paraphrase import SURFACE, VERBATIM, fact_evidence, fact_similarity
from crossbrief.synthesize.text import TfIdf
from tests.synthesize.builders import line_spans, story_with_entities, tagged_article


def _article(
    aid: str, lines: list[str], names: tuple[tuple[str, str], ...] = ()
) -> AnalyzedArticle:
    return tagged_article(aid, lines, names)


_story = story_with_entities


def test_derived_forms_share_a_root() -> None:
    assert root("mediated") == root("mediation") == root("mediates")
    assert root("neutrality") == root("neutral")
    assert root("talks") == root("talk")
    assert root("station") != root("state")  # a short stem is left alone
    assert merge_prefixes([["declar"], ["declarat"], ["dec"], ["decid"]]) == [
        ["declar"],
        ["declar"],
        ["dec"],  # under five letters: no prefix of other words
        ["decid"],
    ]


def test_numbers_count_in_words_or_digits_and_reporting_words_do_not() -> None:
    assert word_terms("three ships sank") == word_terms("3 ships sank")
    assert word_terms("the third round") == word_terms("the 3rd round") == ["#3", "round"]
    assert "said" not in word_terms("officials said the bridge collapsed")
    assert set(word_terms("officials said the bridge collapsed")) == set(
        word_terms("the bridge collapsed, officials told")
    )


def test_a_possessive_is_its_word_in_fact_terms() -> None:
    # "the port authority's vote" and "the port authority vote" share the authority
    assert word_terms("the authority\u2019s vote") == word_terms("the authority vote")
    assert word_terms("the dockworkers' strike") == word_terms("the dockworker strike")
    # a contracted "is" or "us" is no word of the fact: not "it", "he" or "let"
    assert word_terms("it's over, he's gone, let's see") == word_terms("over, gone, see")
    assert word_terms("Ross' boat") == ["ross", "boat"]  # the name's own "s" stays
    assert word_terms("they let the lease lapse") == ["let", "lease", "lapse"]


def test_spellings_of_one_entity_are_one_term_and_group_the_fact() -> None:
    a = _article(
        "a",
        [
            "President Varensky asked for a new grain deal with Russia on Monday.",
            "Farmers in the west sowed wheat despite the fighting nearby.",
        ],
        (("Varensky", "PERSON"), ("Russia", "GPE")),
    )
    b = _article(
        "b",
        [
            "Varenskiy wants a new grain deal with Moscow, his office announced.",
            "A museum in the capital reopened its doors to visitors.",
        ],
        (("Varenskiy", "PERSON"), ("Moscow", "GPE")),
    )
    story, entities = _story(a, b)
    terms = sentence_terms(story, entities)
    names = [{t for t in ts if t.startswith("@")} for ts in terms]
    assert len(names[0]) == 2 and names[0] == names[2]  # Varensky/Varenskiy, Russia/Moscow
    sim = fact_similarity(story, entities)
    assert sim[0, 2] >= THRESHOLD
    assert sim[0, 2] > story.similarity[0, 2]  # the surface cosine sees two spellings
    facts = build_facts(story, group_sentences(story, entities=entities), set())
    assert [sorted((r.article, r.sentence) for r in f.sources) for f in facts] == [
        [("a", 0), ("b", 0)]
    ]


def test_sentences_sharing_only_names_state_no_common_fact() -> None:
    a = _article(
        "a",
        ["Varensky met Brenn in Moscow on Saturday for three hours."],
        (("Varensky", "PERSON"), ("Brenn", "PERSON"), ("Moscow", "GPE")),
    )
    b = _article(
        "b",
        ["Varenskiy phoned Brenn from Moscow about the grain exports."],
        (("Varenskiy", "PERSON"), ("Brenn", "PERSON"), ("Moscow", "GPE")),
    )
    story, entities = _story(a, b)
    terms = sentence_terms(story, entities)
    names_only = TfIdf(["", ""], terms).similarity()[0, 1]
    assert names_only >= THRESHOLD  # the names alone weigh enough...
    assert story.similarity[0, 1] < SURFACE
    assert fact_similarity(story, entities)[0, 1] == 0.0  # ...but share no word besides them


def test_different_ordinals_are_different_events() -> None:
    a = _article("a", ["A third round of ceasefire talks will open in the border town of Brest."])
    b = _article("b", ["A fourth round of ceasefire talks will open in the border town of Brest."])
    c = _article("c", ["The third round of ceasefire talks opens in the border town of Brest."])
    story, entities = _story(a, b, c)
    sim = fact_similarity(story, entities)
    assert sim[0, 1] == 0.0
    assert sim[0, 2] >= THRESHOLD


def test_sentences_opening_with_different_people_report_different_acts() -> None:
    a = _article(
        "a",
        ["Mayor Ilse Varga said the river barrier failed in the storm and flooded the harbour."],
        (("Ilse Varga", "PERSON"),),
    )
    b = _article(
        "b",
        [
            "Tomas Brenner thanked the rescuers and promised to rebuild the river barrier before the "
            "next storm."
        ],
        (("Tomas Brenner", "PERSON"),),
    )
    story, entities = _story(a, b)
    evidence = fact_evidence(story, entities)
    # three shared words and a term cosine over the threshold: word evidence alone links them
    assert evidence.shared_words[0, 1] >= 3 and evidence.terms[0, 1] >= THRESHOLD
    assert story.similarity[0, 1] < SURFACE
    assert evidence.other_people is not None and evidence.other_people[0, 1]
    assert evidence.similarity[0, 1] == 0.0


def test_one_person_or_a_person_named_in_both_is_not_two_leads() -> None:
    a = _article(
        "a",
        [
            "Ilse Varga said the river barrier failed in the storm and flooded the harbour.",
            "Tomas Brenner met Ilse Varga at the flooded harbour after the storm.",
            "On Monday Ilse Varga visited the harbour.",
        ],
        (("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    b = _article(
        "b",
        [
            "Mayor Varga said the storm broke the river barrier, flooding the harbour.",
            "Ilse Varga toured the flooded harbour with Tomas Brenner after the storm.",
            "Tomas Brenner said the harbour would reopen.",
        ],
        (("Mayor Varga", "PERSON"), ("Ilse Varga", "PERSON"), ("Tomas Brenner", "PERSON")),
    )
    story, entities = _story(a, b)
    leads = different_leads(story, entities)
    assert not leads[0, 3]  # one person, two spellings
    assert not leads[1, 4]  # each names the other's lead: one meeting, told from two sides
    assert leads[0, 5]  # Varga and Brenner, neither named in the other sentence
    assert not leads[2, 5]  # "On Monday Ilse Varga ...": opens with a date, not a person
    assert fact_similarity(story, entities)[0, 3] >= THRESHOLD


def test_close_wording_keeps_its_fact_whoever_opens_it() -> None:
    line = "said the river barrier failed in the night storm and flooded the old harbour."
    a = _article("a", [f"Ilse Varga {line}"], (("Ilse Varga", "PERSON"),))
    b = _article("b", [f"Tomas Brenner {line}"], (("Tomas Brenner", "PERSON"),))
    story, entities = _story(a, b)
    assert story.similarity[0, 1] >= SURFACE
    assert different_leads(story, entities)[0, 1]
    assert fact_similarity(story, entities)[0, 1] >= THRESHOLD


def test_a_single_shared_phrase_is_not_a_shared_fact() -> None:
    pair = np.ones((2, 2), dtype=bool)
    # all they share is "find a lasting solution": one run in each sentence
    phrase = [["mayor", "urged", "find", "lasting", "solution", "flood"], ["@E1", "find"]]
    phrase[1] += ["lasting", "solution", "net"]
    assert one_phrase(phrase, pair)[0, 1]
    # the same words and a person, in two places of each sentence: actor and event agree
    apart = [["@E1", "urged", "find", "lasting", "solution"], ["find", "lasting", "solution"]]
    apart[1] += ["@E1", "demand"]
    assert not one_phrase(apart, pair)[0, 1]
    # a figure in the run is the fact itself ("killed two people")
    figure = [["kill", "2", "peopl", "market"], ["bomb", "kill", "2", "peopl"]]
    assert not one_phrase(figure, pair)[0, 1]
    # only the pairs asked about are judged
    assert not one_phrase(phrase, np.zeros((2, 2), dtype=bool)).any()
    # the same words in another order are no fixed phrase: "the mayor resigned ... harbour"
    # and "the harbour mayor resigned" agree on who and what
    reordered = [["mayor", "resign", "harbour", "toll", "vote"], ["anger", "harbour", "mayor"]]
    reordered[1] += ["resign", "tuesday"]
    assert not one_phrase(reordered, pair)[0, 1]


def test_sentences_sharing_one_stock_phrase_state_different_facts() -> None:
    a = _article(
        "a",
        [
            "The two mayors urged the regional council to agree and find a lasting solution before "
            "the winter storms.",
            "Fishermen mended their nets in the harbour at dawn.",
        ],
    )
    b = _article(
        "b",
        [
            "The harbour union would keep helping shipowners to find a lasting solution to the pay "
            "dispute over overtime.",
            "A museum in the capital reopened its doors to visitors.",
        ],
    )
    story, entities = _story(a, b)
    evidence = fact_evidence(story, entities)
    # three shared words and a term cosine over the threshold: word evidence alone links them
    assert evidence.shared_words[0, 2] >= 3 and evidence.terms[0, 2] >= THRESHOLD
    assert story.similarity[0, 2] < SURFACE
    assert evidence.one_phrase is not None and evidence.one_phrase[0, 2]
    assert evidence.similarity[0, 2] == 0.0


def test_a_sentence_inside_a_quotation_is_its_speakers_own_act() -> None:
    lines = [
        'Ilse Varga said of the storm: "We were ready.',
        "I cannot discuss the details of his talks with the harbour board.",
        "The harbour board met twice that week.",
        'We will rebuild."',
    ]
    text = "\n".join(lines)
    opening = text.index("We were")
    a = AnalyzedArticle(
        Article(id="a", text=text, source="a"),
        line_spans(text),
        mentions=(Mention("Ilse Varga", 0, 10, "PERSON"),),
        quotes=(Quote(text[opening:-1], opening, len(text) - 1, "direct", "Ilse Varga", 0, 10),),
    )
    b = _article(
        "b",
        ["Tomas Brenner revealed no details of his talks with the harbour board, aides said."],
        (("Tomas Brenner", "PERSON"),),
    )
    story, entities = _story(a, b)
    assert story.similarity[1, 4] >= SURFACE  # worded alike: the surface alone would link them
    other, own = lead_pairs(story, entities)
    assert other[1, 4] and own[1, 4]  # Varga's "I" against Brenner
    assert not own[0, 4]  # Varga named where the quotation opens: an opening lead
    # no "I" or "we": a quotation that runs on may have swallowed narrative
    lead = sentence_leads(story, entities).lead
    assert lead[1] is not None and lead[1] == lead[3] == lead[0] and lead[2] is None
    assert fact_similarity(story, entities)[1, 4] == 0.0


def test_one_quotation_carried_word_for_word_is_one_fact_whoever_said_it() -> None:
    quoted = "I cannot talk about the details of the talks with the harbour board."
    articles = []
    for aid, name in (("a", "Ilse Varga"), ("b", "Tomas Brenner")):
        text = f'{name} said of the storm: "We were ready.\n{quoted}"'
        opening = text.index('"') + 1
        articles.append(
            AnalyzedArticle(
                Article(id=aid, text=text, source=aid),
                line_spans(text),
                mentions=(Mention(name, 0, len(name), "PERSON"),),
                quotes=(
                    Quote(text[opening:-1], opening, len(text) - 1, "direct", name, 0, len(name)),
                ),
            )
        )
    story, entities = _story(*articles)
    i, j = 1, 3
    assert story.sentences[i].text == story.sentences[j].text and story.sentences[j].article == "b"
    assert lead_pairs(story, entities)[1][i, j]  # each quotation its own speaker's act
    # each quotation resolved to its own speaker: a resolution error must not part the same words
    assert story.similarity[i, j] >= VERBATIM
    assert fact_similarity(story, entities)[i, j] >= THRESHOLD


def test_a_place_in_a_persons_title_is_no_term_of_its_own() -> None:
    a = _article(
        "a",
        ["Turkish President Emre Kaya urged both sides to open the border crossing."],
        (("Turkish", "NORP"), ("President Emre Kaya", "PERSON")),
    )
    b = _article(
        "b",
        ["The border crossing with Turkey stayed shut on Monday."],
        (("Turkey", "GPE"),),
    )
    story, entities = _story(a, b)
    assert title_places(story, entities) == {("a", 0)}
    terms = sentence_terms(story, entities)
    assert len([t for t in terms[0] if t.startswith("@")]) == 1  # the president only
    assert "turkish" not in terms[0]


def test_words_of_the_whole_story_are_no_evidence_of_one_fact() -> None:
    # "lawsuit", "campaign" and "election" are in every sentence: the story's topic, which
    # two sentences share whatever they tell; "donors" and "privacy" are one fact's words
    a = _article(
        "a",
        [
            "The party filed a lawsuit against the campaign over the election.",
            "The lawsuit says the campaign cheated in the election.",
            "Lawyers for the campaign called the election lawsuit a stunt.",
            "The lawsuit seeks damages for the campaign's role in the election.",
            "Two donors filed a privacy lawsuit against the campaign last year.",
        ],
    )
    b = _article(
        "b",
        [
            "The campaign faces a lawsuit from the party over the election.",
            "In the lawsuit the party accuses the campaign of cheating in the election.",
            "The election lawsuit names the campaign and three of its advisers.",
            "Critics of the campaign say the lawsuit is about the election.",
            "Last year two donors sued the campaign over their privacy.",
        ],
    )
    story, entities = _story(a, b)
    evidence = fact_evidence(story, entities)
    topical = [(i, j) for i in (2, 3) for j in (7, 8)]
    assert all(evidence.terms[i, j] >= THRESHOLD for i, j in topical)  # the cosine alone...
    assert all(evidence.shared_words[i, j] >= 3 for i, j in topical)  # ...and the word count
    assert all(evidence.similarity[i, j] == 0.0 for i, j in topical)
    assert evidence.similarity[4, 9] >= THRESHOLD  # two rare words: one fact
    # the headline and lead of each tell the main event in the story's commonest words
    assert evidence.similarity[0, 5] >= THRESHOLD
    groups = [g.members for g in group_sentences(story, entities=entities) if len(g.members) > 1]
    assert (4, 9) in groups and (0, 5) in groups
    assert not any(set(g) & {2, 3} and set(g) & {7, 8} for g in groups)


def test_verbs_of_giving_words_are_no_terms_but_verbs_of_content_are() -> None:
    # "wrote" and "tweeted" tell that someone gave words, as "said" does; two sentences
    # telling different things someone wrote share them
    assert word_terms("Reed wrote that Lee asked for loyalty") == word_terms(
        "Reed tweeted that Lee asked for loyalty"
    )
    assert not {"wrote", "tweet", "comment"} & set(word_terms("Reed wrote, tweeted, commented"))
    # what was disclosed, denied or announced is the fact itself
    assert {root("disclosed"), root("denied"), root("announced")} <= set(
        word_terms("terms were not disclosed; Lee denied it; Acme announced a deal")
    )
    names = (("Reed", "PERSON"), ("Lee", "PERSON"))
    a = _article("a", ["At one point, Reed wrote that Lee asked him for loyalty."], names)
    b = _article("b", ["At a later point, Reed wrote that Lee had judgment issues."], names)
    story, entities = _story(a, b)
    assert fact_similarity(story, entities)[0, 1] == 0.0


def _relayed(direct: bool) -> tuple[list[str | None], list[str]]:
    """The leads of an article whose quotation a columnist relays ('according to Mark Dunn'),
    with the speaker's own quotation of the same words when ``direct``."""
    text = (
        'Ilse Varga said of the storm: "We were ready.\n'
        'I cannot talk about the talks with the harbour board."\n'
        "That was according to Mark Dunn."
    )
    opening, closing = text.index("We were"), text.index('board."') + 6
    dunn = text.index("Mark Dunn")
    relay = Quote(
        text[opening:closing], opening, closing, "direct", "Mark Dunn", dunn, dunn + 9, relays=True
    )
    own = Quote(text[opening:closing], opening, closing, "direct", "Ilse Varga", 0, 10)
    a = AnalyzedArticle(
        Article(id="a", text=text, source="a"),
        line_spans(text),
        mentions=(
            Mention("Ilse Varga", 0, 10, "PERSON"),
            Mention("Mark Dunn", dunn, dunn + 9, "PERSON"),
        ),
        quotes=(relay, own) if direct else (relay,),
    )
    story, entities = _story(a)
    names = {e.id: e.name for e in entities}
    lead = sentence_leads(story, entities).lead
    return lead, [names[x] if x else "" for x in lead]


def test_a_relayed_quotation_gives_its_medium_no_sentence() -> None:
    _, names = _relayed(direct=True)
    assert names[1] == "Ilse Varga"  # the speaker's own quotation, not the relay
    lead, _ = _relayed(direct=False)
    assert lead[1] is None  # the medium never speaks the relayed "I"


def test_sentences_sharing_only_a_figure_and_a_time_state_no_common_fact() -> None:
    a = _article(
        "a",
        ["By Tuesday evening the harbour board had spent 3 million on the new pier."],
    )
    b = _article(
        "b",
        ["On Tuesday evening, Lee led Reed by 3 million in the count, her aide said."],
        (("Lee", "PERSON"), ("Reed", "PERSON")),
    )
    story, entities = _story(a, b)
    evidence = fact_evidence(story, entities)
    # the shared terms are a figure, its scale word and a time: enough for the cosine...
    assert evidence.terms[0, 1] >= THRESHOLD and evidence.shared_words[0, 1] >= 3
    assert evidence.similarity[0, 1] == 0.0  # ...but no word tells one claim


def test_sentences_sharing_a_figure_and_a_claim_word_keep_their_fact() -> None:
    a = _article("a", ["The harbour board spent 3 million on the pier by Tuesday."])
    b = _article("b", ["By Tuesday, 3 million had been spent on the harbour pier."])
    story, entities = _story(a, b)
    assert fact_similarity(story, entities)[0, 1] >= THRESHOLD


_LEE_ORLEN = (("Lee", "PERSON"), ("Orlen", "GPE"))


def test_a_named_figure_of_one_unit_in_other_words_keeps_its_fact() -> None:
    # Review fix (session 12): synonyms ("won" / "took") leave only the figure and a time
    # shared, but the same person with the same figure of the same unit is one claim.
    for first, second in (
        ("Lee won 52 percent of the vote in Orlen on Tuesday.", "Lee took 52 percent in Orlen on Tuesday."),
        ("Lee won 52 percent in Orlen on Tuesday.", "On Tuesday Lee got 52% in Orlen."),
    ):  # fmt: skip
        story, entities = _story(
            _article("a", [first], _LEE_ORLEN), _article("b", [second], _LEE_ORLEN)
        )
        assert fact_similarity(story, entities)[0, 1] >= THRESHOLD, (first, second)


def test_a_named_figure_with_only_a_scale_word_still_is_no_common_fact() -> None:
    story, entities = _story(
        _article("a", ["Lee spent 3 million in Orlen on Tuesday evening."], _LEE_ORLEN),
        _article("b", ["Lee led by 3 million in Orlen on Tuesday evening."], _LEE_ORLEN),
    )
    assert fact_similarity(story, entities)[0, 1] == 0.0


def test_a_person_after_an_opening_conjunction_leads_the_sentence() -> None:
    a = _article(
        "a",
        ["While Ilse Varga outlined her plan for the harbour, the crowd cheered loudly."],
        (("Ilse Varga", "PERSON"),),
    )
    b = _article(
        "b",
        ["While Tomas Brenner outlined a plan for new mooring fees, some delegates left early."],
        (("Tomas Brenner", "PERSON"),),
    )
    story, entities = _story(a, b)
    assert different_leads(story, entities)[0, 1]
    assert fact_similarity(story, entities)[0, 1] == 0.0
    # one person after the conjunction in both: no two leads
    c = _article(
        "c",
        ["While Ilse Varga outlined a plan for the harbour, the crowd cheered."],
        (("Ilse Varga", "PERSON"),),
    )
    story, entities = _story(a, c)
    assert not different_leads(story, entities)[0, 1]


_KIM = (("Lee", "PERSON"), ("Park", "PERSON"), ("Kim", "PERSON"), ("Orlen", "GPE"))


def test_the_main_clause_s_own_subject_after_the_comma_leads_not_the_clause_s() -> None:
    # Review fix (session 12): "After Lee resigned, Kim was named ...": Kim acts, not Lee.
    story, entities = _story(
        _article("a", ["After Lee resigned, Kim was named mayor of Orlen on Monday."], _KIM),
    )
    names = {e.id: e.name for e in entities}
    assert names.get(sentence_leads(story, entities).lead[0] or "") != "Lee"
    a = _article("a", ["As Lee watched, Kim signed the Orlen harbour deal on Monday."], _KIM)
    b = _article("b", ["As Park looked on, Kim signed the Orlen harbour deal on Monday."], _KIM)
    story, entities = _story(a, b)
    assert not different_leads(story, entities)[0, 1]


def test_a_coordinating_conjunction_s_person_still_leads() -> None:
    story, entities = _story(_article("a", ["But Lee said Kim would sign in Orlen."], _KIM))
    names = {e.id: e.name for e in entities}
    assert names.get(sentence_leads(story, entities).lead[0] or "") == "Lee"
