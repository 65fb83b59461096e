"""The quote ledger as drawn: named speakers as entities, unnamed ones marked as such."""

from __future__ import annotations

from dataclasses import replace

import pytest

from crossbrief.model import Alias, Brief, BriefArticle, BriefQuote, Entity
from crossbrief.render import render_html, render_markdown
from crossbrief.render.labels import is_description, is_proxy, ledger_speaker


def _brief(*quotes: BriefQuote) -> Brief:
    art = BriefArticle("a1", "Harbour Post", "t", None, False, None, None, None, 10, ("s",))
    lee = Entity("e1", "Ann Lee", "PERSON", (), ("a1",), ())
    return Brief(articles=(art,), entities=(lee,), quotes=quotes)


def _q(text: str, speaker: str | None, written: str | None) -> BriefQuote:
    return BriefQuote(text, "direct", speaker, written, "said", "a1", 0)


LINES = (
    _q("The ferry will run.", None, "A spokesman"),
    _q("Tolls stay as they are.", None, "officials"),
    _q("We are ready.", "e1", "Lee"),
    _q("The pier is safe.", None, "a spokesman"),
    _q("Nobody knows.", None, None),
)


def test_unnamed_speakers_are_grouped_by_phrase_and_marked() -> None:
    md = render_markdown(_brief(*LINES))
    ledger = md.split("## Who said what")[1].split("##")[0]
    heads = [line for line in ledger.splitlines() if line.startswith("- **")]
    assert heads == [
        "- **Ann Lee**",
        "- **a spokesman** (unnamed speaker)",
        "- **officials** (unnamed speaker)",
        "- **unattributed**",
    ]
    # Both spellings of the phrase are one group, with both lines under it.
    group = ledger.split("**a spokesman**")[1].split("- **")[0]
    assert "The ferry will run." in group and "The pier is safe." in group


def test_html_marks_unnamed_speakers_too() -> None:
    page = render_html(_brief(*LINES))
    assert "<h3>officials" in page and "(unnamed speaker)" in page
    assert "<h3>Ann Lee</h3>" in page


@pytest.mark.parametrize(
    ("phrase", "described"),
    [
        ("a spokesman", True),
        ("White House officials", True),
        ("the Ukrainian president", True),
        ("Officials", True),
        ("Ann Lee", False),
        ("Lee", False),
        ("Ann Lee and Tom Varga", False),  # names joined by "and" name a group
        ("Ann Lee, Tom Varga and Mia Hart", False),
        ("Ann Lee and officials", True),  # one part describes
        ("Ann Lee and the mayor", True),
        ("Many", True),  # a quantifier opening a sentence counts people, names no one
        ("Some", True),
        ("Others", True),
        ("Most Velmorans", True),
        ("Mostar", False),  # a name that only starts like one
        ("Manyara Lee", False),
        ("All Velmora Air", False),  # "All" opens names ("All Souls College")
        # A plural noun for people opening a sentence names no one; a surname shaped
        # like the plural of a body or of a compound's head is a name.
        ("Friends", True),
        ("Neighbours", True),
        ("Banks", False),
        ("Masters", False),
        ("Friend", False),
        # a pronoun of number alone ("One showed ...", "Another said") names no one; a
        # name that opens with it is still a name
        ("One", True),
        ("Another", True),
        ("One Harbour Place", False),
        # a word for what is said or found opening a sentence ("Reports say ...",
        # "Speculation is mounting that ...") is no one's name; a name of that shape is
        ("Reports", True),
        ("Speculation", True),
        ("Rumours", True),
        ("Polls", True),
        ("Reportson", False),
        ("Hope", False),
    ],
)
def test_a_description_is_told_from_a_name(phrase: str, described: bool) -> None:
    assert is_description(phrase) is described


def test_a_name_linked_to_no_entity_is_not_called_unnamed() -> None:
    who = ledger_speaker(_brief(), _q("Yes.", None, "Tom Varga"))
    assert who.label == "Tom Varga" and not who.unnamed


def _hedge(text: str, cue: str) -> BriefQuote:
    return BriefQuote(text, "indirect", None, None, cue, "a1", 0, hedged=True)


HEDGES = (
    _hedge("The ferry owner reportedly sold the pier", "reportedly"),
    _q("We are ready.", "e1", "Lee"),
    _hedge("The fare is expected to rise in May", "expected"),
    _q("Nobody knows.", None, None),
)


def test_hedged_claims_are_listed_apart_under_their_own_heading_last() -> None:
    md = render_markdown(_brief(*HEDGES))
    ledger = md.split("## Who said what")[1].split("##")[0]
    heads = [line for line in ledger.splitlines() if line.startswith("- **")]
    assert heads[0] == "- **Ann Lee**"
    assert heads[1] == "- **unattributed**"
    assert heads[2].startswith("- **unattributed (reported, alleged")
    claims = ledger.split(heads[2])[1]
    assert "The ferry owner reportedly sold the pier" in claims
    assert "The fare is expected to rise in May" in claims
    assert "Nobody knows." not in claims  # a quote whose speaker was not found is no hedge


def test_html_lists_hedged_claims_under_their_heading() -> None:
    page = render_html(_brief(*HEDGES))
    head = page.index("<h3>unattributed (reported, alleged")
    assert page.index("The fare is expected to rise in May") > head
    assert page.index("We are ready.") < head


def test_an_unnamed_phrase_opening_with_a_name_keeps_its_capital() -> None:
    brief = _brief(_q("The pier is safe.", None, "Varrow officials"))
    brief = replace(
        brief,
        entities=(
            *brief.entities,
            Entity("e2", "Varrow", "GPE", (Alias("Varrow", ("a1",), 1),), ("a1",), ()),
        ),
    )
    assert "- **Varrow officials** (unnamed speaker)" in render_markdown(brief)


def _reported(text: str, cue: str, position: bool) -> BriefQuote:
    return BriefQuote(text, "indirect", "e1", "Lee", cue, "a1", 0, position=position)


POSITIONS = (
    _reported("decided to close the pier", "decided", True),
    _reported("the fare would rise", "said", False),
)


def test_a_position_is_labelled_as_such_not_as_reported_speech() -> None:
    md = render_markdown(_brief(*POSITIONS))
    ledger = md.split("## Who said what")[1].split("##")[0]
    assert "(position) decided to close the pier" in ledger
    assert "(reported) the fare would rise" in ledger
    assert "(reported) decided" not in ledger


def test_html_labels_a_position_too() -> None:
    page = render_html(_brief(*POSITIONS))
    line = page.split("decided to close the pier")[1].split("</li>")[0]
    assert '<span class="muted">position</span>' in line
    other = page.split("the fare would rise")[1].split("</li>")[0]
    assert '<span class="muted">indirect</span>' in other


NEGATED = (
    BriefQuote("the ferry was unsafe", "indirect", "e1", "Lee", "did not believe", "a1", 0,
               negated=True),
    BriefQuote("the fare would rise", "indirect", "e1", "Lee", "said", "a1", 0),
)  # fmt: skip


def test_a_negated_cue_leads_its_line_and_is_never_reported_speech() -> None:
    md = render_markdown(_brief(*NEGATED))
    ledger = md.split("## Who said what")[1].split("##")[0]
    assert "(did not believe) the ferry was unsafe" in ledger
    assert "(reported) the ferry was unsafe" not in ledger
    assert "(reported) the fare would rise" in ledger


def test_html_shows_the_negation_before_the_words() -> None:
    page = render_html(_brief(*NEGATED))
    line = page.split("Who said what")[1].split("<li>")[1].split("</li>")[0]
    assert line.index("did not believe") < line.index("the ferry was unsafe")
    assert '<span class="muted">negated</span>' in line
    other = page.split("the fare would rise")[1].split("</li>")[0]
    assert "negated" not in other


@pytest.mark.parametrize(
    ("phrase", "proxy"),
    [
        ("Ann Lee's official spokesman", True),
        ("a spokeswoman for Ms Lee", True),
        ("his office", True),
        ("aides to the mayor", True),
        ("Lee", False),
        ("spokesman Ann Lee", False),  # the spokesman in person, by name
        ("Ann Lee, a spokeswoman for the port", False),
        ("the harbour master", False),
        ("the Harbour Office", False),  # an office by its name is that office
        ("The Office for National Statistics", False),
        ("Office of Harbour Budgets", False),
        ("the office of the mayor", True),
        ("Spokesman for Mr Lee", True),
        ("Lee's campaign", True),
        ("Ida Brenn's Official Spokesman", True),  # a possessive, whatever the capitals
        ("Her Office", True),
        ("the Governor's Office", True),
        ("the Office of Ports and Harbour Works", False),
        ("Ann Lee's campaign manager", True),  # a campaign's title is a proxy's
        ("Ann Lee's press secretary", True),
        ("Ann Lee's finance manager", False),
        ("press secretary Josh Reed", False),  # the press secretary in person, by name
    ],
)
def test_who_speaks_for_someone_without_being_them(phrase: str, proxy: bool) -> None:
    assert is_proxy(phrase) is proxy


def test_a_spokesmans_words_are_never_shown_as_the_principals_own() -> None:
    spokesman = BriefQuote(
        "the ferry will run", "indirect", "e1", "Ann Lee's official spokesman", "said", "a1", 0
    )
    herself = BriefQuote("the pier is safe", "indirect", "e1", "she", "said", "a1", 0)
    md = render_markdown(_brief(spokesman, herself))
    ledger = md.split("## Who said what")[1].split("##")[0]
    line = next(x for x in ledger.splitlines() if "the ferry will run" in x)
    assert "(from \u201cAnn Lee's official spokesman\u201d, speaking for Ann Lee)" in line
    assert "(as \u201cshe\u201d)" in ledger
    page = render_html(_brief(spokesman, herself))
    item = page.split("the ferry will run")[1].split("</li>")[0]
    assert "speaking for Ann Lee" in item
    assert "speaking for" not in page.split("the pier is safe")[1].split("</li>")[0]


def test_a_proxy_named_in_apposition_speaks_for_no_one_but_himself() -> None:
    # Review 2 finding 9: "Her lawyer, Ann Lee," filed under Ann Lee is Ann Lee in person,
    # never "speaking for Ann Lee"; an owner named by a possessive is still spoken for.
    lawyer = BriefQuote(
        "the ferry will run", "indirect", "e1", "Her lawyer, Ann Lee", "said", "a1", 0
    )
    ledger = render_markdown(_brief(lawyer)).split("## Who said what")[1]
    assert "speaking for" not in ledger
    assert "(as \u201cHer lawyer, Ann Lee\u201d)" in ledger
    owned = BriefQuote(
        "the ferry will run", "indirect", "e1", "Ann Lee's lawyer, Tom Reed", "said", "a1", 0
    )
    ledger = render_markdown(_brief(owned)).split("## Who said what")[1]
    assert "speaking for Ann Lee" in ledger


def test_a_negated_cue_that_opens_its_content_is_not_said_twice() -> None:
    q = BriefQuote(
        "knowing how to moor", "indirect", "e1", "Lee", "not knowing", "a1", 0, negated=True
    )
    ledger = render_markdown(_brief(q)).split("## Who said what")[1]
    assert "(not) knowing how to moor" in ledger
    assert "knowing knowing" not in ledger and "(not knowing) knowing" not in ledger


DENIED = (
    BriefQuote("the ferry was unsafe", "indirect", "e1", "Lee", "denied", "a1", 0, denial=True),
    BriefQuote("the fare would rise", "indirect", "e1", "Lee", "said", "a1", 0),
)


def test_a_denial_shows_its_cue_not_reported_speech() -> None:
    md = render_markdown(_brief(*DENIED))
    ledger = md.split("## Who said what")[1].split("##")[0]
    assert "(denied) the ferry was unsafe" in ledger
    assert "(reported) the ferry was unsafe" not in ledger
    assert "(reported) the fare would rise" in ledger  # negative: an assertion stays reported
    line = render_html(_brief(*DENIED)).split("the ferry was unsafe")[1].split("</li>")[0]
    assert '<span class="muted">denied</span>' in line


def test_a_description_opening_with_a_possessive_name_keeps_its_capital() -> None:
    # "Ann Lee's neighbor" is the neighbor's line, unnamed, with Ann Lee's name as written.
    brief = _brief(_q("The noise went on.", None, "Ann Lee's neighbor"))
    lee = replace(brief.entities[0], aliases=(Alias("Ann Lee", ("a1",), 1),))
    md = render_markdown(replace(brief, entities=(lee,)))
    assert "- **Ann Lee's neighbor** (unnamed speaker)" in md


def test_a_description_opening_with_another_word_is_lower_cased() -> None:
    # Negative: only an entity's name keeps its capital ("Annual" is no "Ann").
    brief = _brief(_q("The noise went on.", None, "Annual visitors"))
    lee = replace(brief.entities[0], aliases=(Alias("Ann", ("a1",), 1),))
    md = render_markdown(replace(brief, entities=(lee,)))
    assert "- **annual visitors** (unnamed speaker)" in md


def test_a_relayed_line_names_the_medium_it_came_through() -> None:
    relayed = replace(_q("We are ready.", "e1", "Lee"), via="the Harbor Times")
    md = render_markdown(_brief(relayed, _q("Tolls rise.", "e1", "Lee")))
    assert "We are ready.\u201d (as \u201cLee\u201d) (via the Harbor Times)" in md
    assert "Tolls rise.\u201d (as \u201cLee\u201d) [" in md
    assert "(via the Harbor Times)" in render_html(_brief(relayed))


@pytest.mark.parametrize(
    ("written", "label", "unnamed"),
    [
        ("The Harbourmaster", "the harbourmaster", True),  # a capitalised description
        ("The Prime Minister", "the prime minister", True),
        ("The Velmora Gazette", "The Velmora Gazette", False),  # no word for a person
        # a newspaper's name ending like a word for a person ("-er", "-or") is a name
        ("The Harbour Ledger", "The Harbour Ledger", False),
        ("The Orsk Register", "The Orsk Register", False),
        ("The Mirror", "The Mirror", False),
        ("The Velmora Monitor", "The Velmora Monitor", False),
        ("The Chancellor", "the chancellor", True),  # an office
        ("Tom Varga", "Tom Varga", False),
    ],
)
def test_a_capitalised_description_groups_with_its_lower_case_form(
    written: str, label: str, unnamed: bool
) -> None:
    who = ledger_speaker(_brief(), _q("Yes.", None, written))
    assert (who.label, who.unnamed) == (label, unnamed)


def test_a_capitalised_description_keeps_the_capital_of_a_name_in_it() -> None:
    who = ledger_speaker(_brief(), _q("Yes.", None, "The Lee Spokesman"))
    assert who.label == "the Lee spokesman" and who.unnamed


def test_a_capitalised_phrase_the_story_names_spell_stays_a_name() -> None:
    reform = Entity("e2", "The Reformists", "ORG", (), ("a1",), ())
    brief = replace(_brief(), entities=(*_brief().entities, reform))
    who = ledger_speaker(brief, _q("Yes.", None, "The Reformists"))
    assert (who.label, who.unnamed) == ("The Reformists", False)  # negative: not unnamed
    who = ledger_speaker(brief, _q("Yes.", None, "The Treasurer"))
    assert (who.label, who.unnamed) == ("the treasurer", True)  # "The" is a name word here


def test_a_groups_proxy_shows_the_group_in_lower_case_unless_a_name_opens_it() -> None:
    who = ledger_speaker(_brief(), _q("No.", None, "spokesman for Dock workers"))
    assert (who.label, who.unnamed) == ("spokesman for dock workers", True)
    # negative: a name keeps its capital, whether the story knows it or it is one
    orsk = Entity("e2", "Orsk", "GPE", (Alias("Orsk", ("a1",), 1),), ("a1",), ())
    brief = replace(_brief(), entities=(*_brief().entities, orsk))
    who = ledger_speaker(brief, _q("No.", None, "spokesman for Orsk dockers"))
    assert who.label == "spokesman for Orsk dockers"
    who = ledger_speaker(_brief(), _q("No.", None, "lawyer for Harbour Board Pensioners"))
    assert who.label == "lawyer for Harbour Board Pensioners"


def test_a_speaker_label_stops_before_its_relative_clause() -> None:
    long = "Ann Lee, the harbour chief, who was one of three board members allowed to vote"
    md = render_markdown(
        _brief(
            _q("The ferry will run.", "e1", long),
            _q("The pier is safe.", None, "a pilot, who works nights at the dock"),
        )
    )
    assert "(as \u201cAnn Lee, the harbour chief\u201d)" in md
    assert "allowed to vote" not in md and "works nights" not in md
    assert "- **a pilot** (unnamed speaker)" in md


def test_a_speaker_label_without_a_relative_clause_is_kept_whole() -> None:
    md = render_markdown(_brief(_q("The ferry will run.", "e1", "Ann Lee, the harbour chief")))
    assert "(as \u201cAnn Lee, the harbour chief\u201d)" in md


@pytest.mark.parametrize(
    ("written", "label"),
    [
        # a first word in capitals (an acronym, a headline) keeps them all
        ("KVTX. com reporters", "KVTX. com reporters"),
        ("AN ORSK climber", "AN ORSK climber"),
        # negative: a capital that only opens the sentence goes
        ("Harbour officials", "harbour officials"),
    ],
)
def test_a_first_word_in_capitals_is_not_half_lower_cased(written: str, label: str) -> None:
    who = ledger_speaker(_brief(), _q("Yes.", None, written))
    assert (who.label, who.unnamed) == (label, True)
