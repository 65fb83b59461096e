"""Summary sentences a reader can read alone: no photo or video caption, no headline in title
case, no second half of a cut sentence, no sentence inside a quotation opened before it or
closing one opened elsewhere, no dateline shown, and no opener pointing back ("Although the
two ...", "Even so, ...", a surname alone who "also said")."""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import summarize
from crossbrief.synthesize.summary_candidates import deck, in_place
from crossbrief.synthesize.summary_captions import (
    caption,
    closed_unopened,
    cut_in_paragraph,
    opened_before,
    shown,
    title_case,
)
from crossbrief.synthesize.summary_fronted import points_back
from crossbrief.synthesize.summary_rules import needs_previous
from tests.synthesize.builders import tag_names, tagged_article


def _article(
    aid: str, paragraphs: Sequence[Sequence[str]], names: Sequence[tuple[str, str]] = ()
) -> AnalyzedArticle:
    """Sentences joined by a space within a paragraph, paragraphs by a line break."""
    text, spans = "", []
    for p, sentences in enumerate(paragraphs):
        if p:
            text += "\n"
        for k, sentence in enumerate(sentences):
            if k:
                text += " "
            spans.append(Span(len(text), len(text) + len(sentence)))
            text += sentence
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid), tuple(spans), mentions=tag_names(text, names)
    )


def _index(story: Story, start: str) -> int:
    return next(i for i, s in enumerate(story.sentences) if s.text.startswith(start))


def test_photo_and_video_captions() -> None:
    assert caption("Video: the ferry leaves the harbour of Varrow at dawn.")
    assert caption("WATCH: the mayor of Varrow opens the new bridge.")
    assert caption("The new ferry leaves the harbour at dawn (Photo: Ann Lee/Coastal News).")
    assert caption("Crowds line the quay at Varrow. (AP Photo/Ann Lee)")
    assert caption("Mayor Ann Lee addresses reporters as she met the port's owners on Friday.")
    assert caption("Mayor Lee waves to supporters outside the town hall in Varrow.")
    assert caption("The council confirmed the vote; our correspondent Ann Lee reports from Varrow.")
    assert caption("Varrow harbour to close for the winter AP.", headline=True)
    # the same words in a report's prose
    assert not caption("Mayor Ann Lee addressed the media on Friday after meeting the owners.")
    assert not caption("Wind-whipped waves flooded the quay of Varrow on Friday.")
    assert not caption("He speaks three languages and has run the port for ten years.")
    assert not caption("The harbour will close for the winter, the council told the AP.")
    assert not caption("The council said the photo of the quay was taken in 1990.")


def test_news_words_that_only_look_like_a_caption() -> None:
    # "reports" as a plural noun, not a correspondent's report
    assert not caption("The agency said it had received reports from Varrow of flooding at dawn.")
    assert caption("The quay flooded at dawn. Our reporter Ann Lee reports from Varrow.")
    # a story about the picture agency, and the agency as a credit
    assert not caption("Getty Images sued a software maker in Varrow on Monday.")
    assert caption("Crowds line the quay at Varrow. (Ann Lee/Getty Images)")
    assert caption("Crowds line the quay at Varrow. Ann Lee / Getty Images")
    # a wire named inside the sentence, whatever its case, or past an article's first line
    assert not caption("Lee said the port would reopen, in an interview with Reuters.", True)
    assert not caption("The port's owner confirmed the figures to The AP.", headline=True)
    assert not caption("The port's owner gave the figures for AFP.", headline=True)
    assert not caption("Varrow harbour to close for the winter AP.")


def test_a_scheduled_event_in_the_present_is_news() -> None:
    assert not caption("President Ann Lee addresses the nation at 8 p.m. on Tuesday.")
    assert not caption("Prime Minister Ann Lee arrives in Varrow on Monday for two days of talks.")
    assert not caption("The Varrow Harbour Board reacts to the storm report tomorrow.")
    # a picture's action, its time told in a clause of its own, is still a caption
    assert caption("Mayor Ann Lee arrives at the quay as the ferry docked on Monday.")
    assert caption("Mayor Ann Lee speaks to reporters in Varrow, Monday, May 4, 2026.")


def test_an_articles_first_sentence_in_title_case_is_a_headline() -> None:
    story = Story(
        [
            tagged_article(
                "a",
                [
                    "Varrow Names New Harbour Master as Storm Season Nears!",
                    "Varrow Council named Ann Lee as its new harbour master on Friday.",
                ],
                [("Varrow", "GPE"), ("Ann Lee", "PERSON"), ("Varrow Council", "ORG")],
            ),
            tagged_article(
                "b",
                ["Ann Lee and Tom Berg of Varrow Council won the Coastal Prize on Friday."],
                [("Ann Lee", "PERSON"), ("Tom Berg", "PERSON"), ("Varrow Council", "ORG")],
            ),
        ]
    )
    assert title_case(story, 0)
    assert not title_case(story, 1)  # a lead whose capitals are its names
    assert not title_case(story, 2)


def test_the_second_half_of_a_sentence_cut_inside_its_paragraph() -> None:
    story = Story(
        [
            _article(
                "a",
                [
                    [
                        "The council named Ann Lee to replace the outgoing Harbour",
                        "Master Tom Berg as head of the port of Varrow.",
                    ],
                    ["The port of Varrow"],
                    ["Ships will dock at the new quay from next spring on."],
                ],
            )
        ]
    )
    assert cut_in_paragraph(story, 1)
    assert not cut_in_paragraph(story, 0)
    # a line of its own with no full stop (a heading the analysis missed) cuts nothing
    assert not cut_in_paragraph(story, 3)


def test_a_sentence_inside_a_quotation_opened_before_it() -> None:
    story = Story(
        [
            _article(
                "a",
                [
                    ["The new harbour master said: \u201cFor years I kept this to myself."],
                    ["Being asked to run the port of Varrow is an honour for my family."],
                    ["Running it well will take years of hard work from all of us."],
                    ["I start on Monday.\u201d"],
                    ["The council will meet the port's owners again on Friday morning."],
                ],
            ),
            _article(
                "b",
                [
                    [
                        "\u201cWe will reopen the quay,\u201d the mayor said.",
                        "The quay of Varrow will reopen in the spring after the repairs.",
                    ]
                ],
            ),
        ]
    )
    assert opened_before(story, 1)
    assert opened_before(story, 2)  # the quotation's next paragraph too
    assert not opened_before(story, 4)  # its closing mark is in the sentence before
    assert not opened_before(story, 6)  # the quotation before it was closed
    # a mark opened and never closed (a copying slip) is no quotation running over the rest
    slip = Story(
        [
            _article(
                "a",
                [
                    ["The mayor said: \u201cWe will reopen the quay of Varrow in the spring."],
                    ["The quay of Varrow was built in 1890 and has not been repaired since."],
                ],
            )
        ]
    )
    assert not opened_before(slip, 1)


def test_a_quotation_over_paragraphs_run_together() -> None:
    # each paragraph of a quotation opens a mark and only the last closes it; the copied page
    # ran the paragraphs together, so the middle sentence has no mark and no line break
    story = Story(
        [
            _article(
                "a",
                [
                    [
                        "In a statement, the port authority said it would review the fees.",
                        '"Ferry users will be consulted.',
                        '"The quay of Varrow must pay its way.',
                        "Costs for dredging have doubled since the storms of last winter.",
                        '"We will publish the plan in May," it said.',
                        "Dredging at Varrow began in 1931 and stopped in the war.",
                        '"The fees stay," the mayor said.',
                    ]
                ],
            )
        ]
    )
    assert opened_before(story, 3)  # the quotation opens again after it: it goes on past it
    assert not opened_before(story, 5)  # the quotation before it was closed
    # an opening mark after a sentence left open is no proof where none was left open
    assert not opened_before(story, 0)
    # a sentence ending on a mark closed the quotation, though its marks count odd
    closed = Story(
        [
            _article(
                "a",
                [
                    [
                        'The mayor of Varrow said: "The quay will close for the winter.',
                        'It will reopen to ferries in May."',
                        "Dredging at Varrow began in 1931 and stopped in the war.",
                        '"The fees stay," the mayor said.',
                    ]
                ],
            )
        ]
    )
    assert not opened_before(closed, 2)
    # nor a sentence after one closing the quotation, its speaker after the mark
    said = Story(
        [
            _article(
                "a",
                [
                    [
                        'Ann Lee of Varrow said: "The ferry is late again this morning.',
                        'I will wait for it at the quay," she said on Monday.',
                        "The ferry was built at the Varrow yard in 1962.",
                        '"It is a fine old boat," she said.',
                    ]
                ],
            )
        ]
    )
    assert not opened_before(said, 2)
    # a speaker's tag in the sentence is the writer's, whatever the marks around it
    tagged = Story(
        [
            _article(
                "a",
                [
                    [
                        'Ann Lee of Varrow said: "The ferry is late again this morning.',
                        "The boat had engine trouble at the quay, she said.",
                        '"It is a fine old boat," she said.',
                    ]
                ],
            )
        ]
    )
    assert not opened_before(tagged, 1)
    # unless the tag quotes someone within the quotation, in single marks
    nested = Story(
        [
            _article(
                "a",
                [
                    [
                        'A ferryman of Varrow said: "The skipper was calm at first.',
                        "When a deckhand asked why, he said, 'The quay is closed.'",
                        '"Then he went home," the ferryman said.',
                    ]
                ],
            )
        ]
    )
    assert opened_before(nested, 1)


def test_a_single_closing_mark_with_no_opening_one() -> None:
    assert closed_unopened("There was blood everywhere,' said Ann Lee, who saw the crash.")
    assert not closed_unopened("'There was blood everywhere,' said Ann Lee, who saw the crash.")
    assert not closed_unopened("The dockers' union voted on Friday to end the strike at Varrow.")
    assert not closed_unopened("The ferry's owners met the mayor of Varrow on Friday.")


def test_a_dateline_is_not_shown() -> None:
    assert shown("Varrow (Coastal Wire) \u2013 The ferry sank on Friday.") == (
        "The ferry sank on Friday."
    )
    assert shown("VARROW - The ferry sank on Friday.") == "The ferry sank on Friday."
    assert shown("VARROW, Northshire (AP) _ The ferry sank.") == "The ferry sank."
    # no dateline: a name and an aside, a lower-case word after the dash, a plain sentence
    assert (
        shown("Ann Lee \u2013 The mayor \u2013 spoke.") == "Ann Lee \u2013 The mayor \u2013 spoke."
    )
    assert shown("VARROW - which has one quay - shut.") == "VARROW - which has one quay - shut."
    assert shown("The ferry sank on Friday.") == "The ferry sank on Friday."


def test_openers_that_point_back() -> None:
    story = Story(
        [
            tagged_article(
                "a",
                [
                    "Two ferries, the Kestrel and the Osprey, left Varrow on Friday for the isles.",
                    "Although the two were slowed by the storm, both reached the isles on time.",
                    "Even so, the crossing went as planned for every passenger.",
                    "Dr. Berg also said the storm would pass by Sunday morning.",
                    "Although the storm slowed the ferries, both reached the isles on time.",
                    "Dr. Tom Berg, the harbour's weather adviser, said the storm would pass.",
                    "Dr. Kim also said the storm would pass by Sunday morning.",
                    "The Northshire senator has found few votes in the isles so far.",
                    "The senator's office in Varrow stayed shut after the gale.",
                ],
                [("Tom Berg", "PERSON"), ("Berg", "PERSON"), ("Kim", "PERSON")],
            )
        ]
    )
    assert needs_previous(story, 1)
    assert points_back(story.sentences[2].text) == ""
    assert needs_previous(story, 3)  # Berg is named in full elsewhere: he was introduced
    assert not needs_previous(story, 4)
    assert not needs_previous(story, 5)
    # nobody named Kim in full: a name of its own, not one introduced before (the "also"
    # alone does not point back: "Pyongyang also said ..." is the other rules')
    assert not needs_previous(story, 6)
    assert needs_previous(story, 7)  # a person told before by place and role
    assert not needs_previous(story, 8)


def test_the_summary_leaves_out_a_caption_and_shows_no_dateline() -> None:
    lead = "VARROW - The ferry Kestrel sank off the coast of Varrow on Friday, killing three crew."
    story = Story(
        [
            tagged_article(
                "a",
                [lead, "Mayor Ann Lee addresses reporters as she visited the quay of Varrow."],
                [("Ann Lee", "PERSON")],
            ),
            tagged_article(
                "b",
                [
                    "The ferry Kestrel sank off the coast of Varrow on Friday, killing its crew.",
                    "Mayor Ann Lee addresses reporters as she visited the quay on Friday.",
                ],
                [("Ann Lee", "PERSON")],
            ),
        ]
    )
    assert in_place(story, range(4)) == [0, 2]
    texts = [s.text for s in summarize(story, group_sentences(story), 100, {})]
    assert texts and not any("addresses" in t for t in texts)
    assert all(not t.startswith("VARROW") for t in texts)
    assert any(t == lead[len("VARROW - ") :] for t in texts) or texts[0].startswith("The ferry")


def test_a_standfirst_of_up_to_sixteen_words_is_a_deck() -> None:
    story = Story(
        [
            _article(
                "a",
                [
                    [
                        "Northern port to close quay and will cut ferry crossings to Varrow for good."
                    ],
                    [
                        "The port of Varrow will close its quay to ferries on Friday, the council said."
                    ],
                ],
            ),
            _article(
                "b",
                [
                    [
                        "Northern port to close quay and will cut all ferry crossings to Varrow and "
                        "Dunmore for good."
                    ],
                    [
                        "The port of Varrow will close its quay to ferries on Friday, the council said."
                    ],
                ],
            ),
        ]
    )
    assert deck(story, 0)
    assert not deck(story, 1)
    assert not deck(story, 2)  # 17 words: a lead that leaves out its articles


def test_a_lead_with_reports_as_a_noun_stays_in_the_summary() -> None:
    lead = "The agency said it had received reports from Varrow of flooding that closed the port."
    story = Story(
        [
            tagged_article("a", [lead, "Our reporter Ann Lee reports from Varrow."], []),
            tagged_article("b", [lead, "The flooding began after midnight, the agency said."], []),
        ]
    )
    assert in_place(story, range(4)) == [0, 2, 3]
    texts = [s.text for s in summarize(story, group_sentences(story), 100, {})]
    assert lead in texts


def test_a_story_told_only_in_captions_still_gets_a_summary() -> None:
    names = [("Ann Lee", "PERSON")]
    story = Story(
        [
            tagged_article(
                "a",
                [
                    "Video: the ferry Kestrel leaves the harbour of Varrow for the last time.",
                    "Mayor Ann Lee waves to the crew of the ferry Kestrel from the quay.",
                ],
                names,
            ),
            tagged_article(
                "b",
                ["Mayor Ann Lee waves to the crew of the ferry Kestrel from the quay."],
                names,
            ),
        ]
    )
    assert in_place(story, range(3)) == []
    texts = [s.text for s in summarize(story, group_sentences(story), 100, {})]
    assert texts and all(t in [s.text for s in story.sentences] for t in texts)
