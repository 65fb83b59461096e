"""The "at a glance" block of the HTML brief: counts, the best-supported facts, the first
conflicts with their values and outlets; updates are not counted as conflicts."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.model import (
    Brief,
    BriefArticle,
    Conflict,
    ConflictValue,
    Entity,
    Fact,
    SentenceRef,
)
from crossbrief.render import render_html

SENTENCES = (
    "The dam at Orlin burst on Tuesday.",
    "Flood waters reached 12 villages.",
    "Rescuers said 40 people were missing.",
    "The governor ordered an inquiry.",
)


def _article(aid: str, source: str) -> BriefArticle:
    return BriefArticle(aid, source, "", None, False, None, None, None, 20, SENTENCES)


def _brief(conflicts: tuple[Conflict, ...]) -> Brief:
    refs = (SentenceRef("a", 0), SentenceRef("b", 0), SentenceRef("c", 0))
    shared = [Fact(SENTENCES[n], refs[: 3 - n % 2], 3 - n % 2) for n in range(4)]
    facts = (*shared, Fact(SENTENCES[3], (SentenceRef("a", 3),), 1))
    return Brief(
        articles=(_article("a", "Post"), _article("b", "Wire"), _article("c", "Daily")),
        facts=facts,
        conflicts=conflicts,
        entities=(Entity("e1", "Orlin", "GPE", (), ("a", "b", "c"), ()),),
    )


def _block(page: str, cls: str) -> str:
    m = re.search(rf'<div class="{cls}(?: quiet)?"[^>]*>(.*?)</div>', page, re.S)
    assert m, cls
    return m.group(1)


def test_glance_lists_top_facts_and_first_conflicts() -> None:
    missing = Conflict(
        "people missing: 40 vs 45 (count)",
        "figure",
        (ConflictValue("40", SENTENCES[2], "a", 2), ConflictValue("45", SENTENCES[2], "b", 2)),
    )
    page = render_html(_brief((missing,)))
    agree = _block(page, "glance-agree")
    assert agree.count("<li>") == 3  # the three best supported of four shared facts
    assert "3/3" in agree and '<a href="#facts">1 more</a>' in agree
    differ = _block(page, "glance-differ")
    assert "people missing" in differ
    assert re.search(r"40</b>.*\[1\].* vs .*45</b>.*\[2\]", differ, re.S)
    assert "<b>1</b> conflict on figures, dates, ages or names" in page
    assert "<b>3</b> outlets, 3 articles" in page
    assert "<h1>Brief: Orlin</h1>" in page  # no title: the most mentioned names


def test_updates_are_shown_but_not_counted_as_conflicts() -> None:
    update = Conflict(
        "people missing: 40, then 45 (count, updated)",
        "update",
        (ConflictValue("40", SENTENCES[2], "a", 2), ConflictValue("45", SENTENCES[2], "b", 2)),
    )
    page = render_html(_brief((update,)))
    assert "<b>0</b> conflicts on figures, dates, ages or names" in page
    assert "1 figure updated between dated articles" in _block(page, "glance-differ")
    assert "update (running count)" in page


def test_markdown_says_an_update_is_not_a_disagreement() -> None:
    from crossbrief.render import render_markdown

    update = Conflict(
        "people missing: 40, then 45 (count, updated)",
        "update",
        (ConflictValue("40", SENTENCES[2], "a", 2), ConflictValue("45", SENTENCES[2], "b", 2)),
    )
    text = render_markdown(_brief((update,)))
    differ = text[text.index("## Where outlets differ") : text.index("## Counts updated")]
    assert "No disagreement found" in differ and "people missing" not in differ
    updated = text[text.index("## Counts updated between dated articles") :]
    assert "people missing: 40, then 45 (count, updated): 40 [1] then 45 [2]" in updated
    assert "close rewording" in text


def test_a_value_an_article_repeats_is_listed_once() -> None:
    from crossbrief.render import render_markdown

    conflict = Conflict(
        "people killed: 40 vs 45 (count)",
        "figure",
        (
            ConflictValue("40", SENTENCES[2], "a", 2),
            ConflictValue("40", SENTENCES[3], "a", 3),
            ConflictValue("45", SENTENCES[2], "b", 2),
        ),
    )
    text = render_markdown(_brief((conflict,)))
    assert "people killed: 40 vs 45 (count): 40 [1]; 45 [2]" in text
    page = render_html(_brief((conflict,)))
    table = page[page.index('<table class="conflicts">') :]
    table = table[: table.index("</table>")]
    assert table.count('<b class="value">40</b>') == 1
    # the control: two articles giving one value are two lines, one per outlet
    two = Conflict(
        "people killed: 40 vs 45 (count)",
        "figure",
        (
            ConflictValue("40", SENTENCES[2], "a", 2),
            ConflictValue("40", SENTENCES[2], "c", 2),
            ConflictValue("45", SENTENCES[2], "b", 2),
        ),
    )
    page = render_html(_brief((two,)))
    table = page[page.index('<table class="conflicts">') :]
    assert table[: table.index("</table>")].count('<b class="value">40</b>') == 2


def test_glance_skips_first_person_words_with_no_speaker_and_a_claim_is_no_conflict() -> None:
    refs = (SentenceRef("a", 0), SentenceRef("b", 0), SentenceRef("c", 0))
    facts = (
        Fact("We will rebuild every bridge by spring.", refs, 3, attributed=True),
        Fact("Our crews will rebuild it, the mayor said.", refs[:2], 2, attributed=True),
        *_brief(()).facts,
    )
    page = render_html(replace(_brief(()), facts=facts))
    agree = _block(page, "glance-agree")
    assert "rebuild every bridge" not in agree  # whose "we"?
    assert "the mayor said" in agree  # first person, but someone is said to say it
    assert "rebuild every bridge" in page  # still listed among the facts
    # an attributed claim is flagged apart from the conflicts' colour
    assert '<span class="flag claim">attributed claim</span>' in page


def test_glance_never_denies_the_shared_facts_it_counts() -> None:
    refs = (SentenceRef("a", 0), SentenceRef("b", 0))
    numeral = Fact("The largest World War I archive in the region reopened on Monday.", refs, 2)
    page = render_html(replace(_brief(()), facts=(numeral,)))
    agree = _block(page, "glance-agree")
    assert "World War I archive" in agree  # a numeral is no one's voice
    voice = Fact("We will rebuild every bridge by spring.", refs, 2, attributed=True)
    agree = _block(render_html(replace(_brief(()), facts=(voice,))), "glance-agree")
    assert "No fact is told by more than one outlet" not in agree
    assert "no speaker named" in agree


def _converted() -> Conflict:
    """One sum's bracketed conversions at two rates, as synthesis lists them."""
    return Conflict(
        "fee paid: £5.3m vs £5.6m (money, one sum converted at different rates)",
        "conversion",
        (
            ConflictValue("£5.3m", SENTENCES[2], "a", 2),
            ConflictValue("£5.6m", SENTENCES[2], "b", 2),
        ),
    )


def test_conversions_are_shown_apart_and_not_counted_as_conflicts() -> None:
    from crossbrief.render import render_markdown

    missing = Conflict(
        "people missing: 40 vs 45 (count)",
        "figure",
        (ConflictValue("40", SENTENCES[2], "a", 2), ConflictValue("45", SENTENCES[2], "c", 2)),
    )
    page = render_html(_brief((_converted(), missing)))
    # the disagreement is counted and listed first; the conversion is not counted
    assert "<b>1</b> conflict on figures, dates, ages or names" in page
    assert "1 sum converted at different rates" in _block(page, "glance-differ")
    assert page.index("people missing") < page.index("fee paid")
    assert "conversion (one sum converted at different rates)" in page
    text = render_markdown(_brief((_converted(), missing)))
    differ = text[text.index("## Where outlets differ") : text.index("## Sums converted")]
    assert "people missing" in differ and "fee paid" not in differ
    apart = text[text.index("## Sums converted at different rates") : text.index("## Timeline")]
    assert "fee paid" in apart and "£5.3m [1]; £5.6m [2]" in apart


def test_a_brief_without_conversions_has_no_conversion_section() -> None:
    from crossbrief.render import render_markdown

    text = render_markdown(_brief(()))
    assert "## Sums converted" not in text
    assert "converted at different rates" not in render_html(_brief(()))


def test_glance_keeps_a_fact_whole_when_the_cut_would_drop_only_its_last_few_words() -> None:
    # 20 words: a cut at 16 would drop what the agreement is about ("... because of the")
    near = (
        "The Velmora harbour board has already closed the north quay for two weeks "
        "of the season because of the storm damage."
    )
    # 32 words: far longer than a glance row, cut with an ellipsis
    long = (
        "The Velmora harbour board, meeting late on Thursday in the old customs house by "
        "the north quay, voted to close the quay for two weeks while divers inspect "
        "the storm damage there."
    )
    b = _brief(())
    facts = (replace(b.facts[0], text=near), replace(b.facts[1], text=long), *b.facts[2:])
    agree = _block(render_html(replace(b, facts=facts)), "glance-agree")
    assert "because of the storm damage." in agree
    assert "divers inspect" not in agree and "…" in agree


def _agree_rows(facts: tuple[Fact, ...]) -> list[str]:
    """The fact texts of the glance's "agree" rows, in order."""
    agree = _block(render_html(replace(_brief(()), facts=facts)), "glance-agree")
    return [re.sub(r"<[^>]+>", " ", li) for li in re.findall(r"<li>(.*?)</li>", agree, re.S)]


def test_glance_leads_with_a_fact_that_says_who_over_a_pronoun_at_near_support() -> None:
    refs = (SentenceRef("a", 0), SentenceRef("b", 0), SentenceRef("c", 0))
    pronoun = Fact("Next week, it will consider a plan to dredge the north quay.", refs, 3)
    named = Fact("The Velmora harbour board closed the north quay on Tuesday.", refs[:2], 2)
    scene = Fact("On Monday, the ferry company cancelled its evening crossings.", refs[:2], 2)
    rows = _agree_rows((pronoun, named, scene))
    assert "harbour board closed" in rows[0]  # says who, one outlet short of the first
    assert "it will consider" not in rows[0]
    assert any("it will consider" in r for r in rows)  # still shown, lower down
    # a scene-setting opening before a named subject reads alone: not moved behind anything
    assert rows.index(next(r for r in rows if "ferry company" in r)) < rows.index(
        next(r for r in rows if "it will consider" in r)
    )


def test_glance_keeps_support_order_when_every_row_reads_alone_or_the_gap_is_wide() -> None:
    refs = tuple(SentenceRef(a, 0) for a in "abc")
    first = Fact("The Velmora harbour board closed the north quay on Tuesday.", refs, 3)
    second = Fact("Divers from Ostra inspected the storm damage on Wednesday.", refs[:2], 2)
    rows = _agree_rows((first, second))
    assert "harbour board closed" in rows[0] and "Divers" in rows[1]
    # a fact that reads alone but is far less supported does not overtake a pronoun's row
    wide = (
        Fact("When Ann Lee arrived, she closed the north quay.", refs, 4),
        Fact("It will consider a plan to dredge the quay.", refs, 4),
        Fact("Divers from Ostra inspected the storm damage on Wednesday.", refs[:2], 2),
    )
    rows = _agree_rows(wide)
    assert "Ann Lee" in rows[0]  # the pronoun follows the name its own sentence gives
    assert "It will consider" in rows[1] and "Divers" in rows[2]
