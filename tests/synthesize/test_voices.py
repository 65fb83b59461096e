"""Whose words a sentence is: a quotation states a fact only with its speaker's words."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Quote, Span
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.voices import one_voice, voices


def _one(aid: str, text: str, quotes: tuple[Quote, ...] = ()) -> AnalyzedArticle:
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid), (Span(0, len(text)),), (), quotes
    )


def _direct(text: str, words: str, speaker: str | None, written: str) -> Quote:
    start = text.index(words)
    at = text.index(written)
    return Quote(
        words, start, start + len(words), "direct", written, at, at + len(written), speaker
    )


QUOTE = '"This harbour plan is reckless and we have never seen its like," Senator Ann Lee said.'
OTHER = 'The mayor has called it "reckless" and "never seen" in the city, Tom Reed said.'
PLAIN = "The council approved the harbour scheme on Monday after a long debate."
SAME = '"The plan is reckless and we have never seen its like," Lee told reporters on Monday.'


def _voices(*arts: AnalyzedArticle) -> list:
    return voices(Story(list(arts)))


def test_a_quotation_does_not_join_another_speakers_words_or_a_plain_event() -> None:
    q = _one("a", QUOTE, (_direct(QUOTE, QUOTE[1:-21], "Ann Lee", "Senator Ann Lee"),))
    other = _one("b", OTHER, (_direct(OTHER, "reckless", "Tom Reed", "Tom Reed"),))
    plain = _one("c", PLAIN)
    vq, vo, vp = _voices(q, other, plain)
    assert vq.led and not vp.led
    assert not one_voice(vq, vo)  # Lee's words, Reed's sentence
    assert not one_voice(vq, vp)  # Lee's view, not the council's vote


def test_a_quotation_joins_the_same_speakers_words() -> None:
    q = _one("a", QUOTE, (_direct(QUOTE, QUOTE[1:-21], "Ann Lee", "Senator Ann Lee"),))
    same = _one("b", SAME, (_direct(SAME, SAME[1:-30], "Lee", "Lee"),))
    vq, vs = _voices(q, same)
    assert one_voice(vq, vs)
    # two plain sentences are not judged here at all
    (vp,) = _voices(_one("c", PLAIN))
    assert one_voice(vp, vp)


def test_fact_groups_keep_one_line_in_two_mouths_apart() -> None:
    from crossbrief.synthesize.facts import group_sentences

    words = "The new harbour plan is reckless and this town has never seen its like"
    texts = [f'"{words}," Ann Lee said.', f'"{words}," Tom Reed said.', f'"{words}," Lee said.']
    arts = [
        _one(aid, t, (_direct(t, words, who, who),))
        for aid, t, who in zip("abc", texts, ["Ann Lee", "Tom Reed", "Lee"], strict=True)
    ]
    together = {frozenset(g.members) for g in group_sentences(Story(arts)) if len(g.members) > 1}
    assert frozenset({0, 2}) in together  # Lee's line in two outlets
    assert all(1 not in g for g in together)  # the same words said by Reed are another claim


def test_a_role_named_in_one_outlet_is_no_other_speaker() -> None:
    words = "The pier is unsafe and it must close before someone drowns"
    named = f'"{words}," Mayor Ann Lee said.'
    role = f'"{words}," the mayor said.'
    told = "The mayor said the pier is unsafe and it must close before someone drowns."
    a = _one("a", named, (_direct(named, words, "Ann Lee", "Mayor Ann Lee"),))
    b = _one("b", role, (_direct(role, words, None, "the mayor"),))
    c = _one("c", told, (_direct(told, told[15:-1], None, "The mayor"),))
    va, vb, vc = _voices(a, b, c)
    assert vb.speakers == frozenset()  # "the mayor" may be Ann Lee: unknown, not "mayor"
    assert one_voice(va, vb) and one_voice(va, vc)


ANOTHER = '"Our rivals should worry about their own budget this winter," Lee said on Monday.'
TOLD = "Lee said on Monday that the harbour plan was reckless and that she had never seen its like."


def test_one_speakers_other_statement_is_another_fact() -> None:
    q = _one("a", QUOTE, (_direct(QUOTE, QUOTE[1:-21], "Ann Lee", "Senator Ann Lee"),))
    another = _one("b", ANOTHER, (_direct(ANOTHER, ANOTHER[1:-21], "Lee", "Lee"),))
    vq, va = _voices(q, another)
    assert vq.led and va.led
    assert not one_voice(vq, va)  # both Lee's, but a line on rivals is not the harbour line


def test_one_speakers_statement_told_without_marks_is_the_same_fact() -> None:
    q = _one("a", QUOTE, (_direct(QUOTE, QUOTE[1:-21], "Ann Lee", "Senator Ann Lee"),))
    at = TOLD.index("the harbour")
    said = Quote(TOLD[at:-1], at, len(TOLD) - 1, "indirect", "Lee", 0, 3, "Lee")
    told = _one("b", TOLD, (said,))
    vq, vt = _voices(q, told)
    assert not vt.led
    assert one_voice(vq, vt)  # the same line reported in other words


def _two(aid: str, first: str, second: str, speaker: str) -> AnalyzedArticle:
    """An article of two sentences: ``first`` quotes ``speaker``, ``second`` has no quote."""
    text = f"{first} {second}"
    spans = (Span(0, len(first)), Span(len(first) + 1, len(text)))
    words = first[1 : first.index(",")]
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid), spans, (), (_direct(text, words, speaker, speaker),)
    )


NEXT_LINE = "I am glad the new harbour will open in the spring."


def test_a_first_person_line_after_a_quotation_is_its_speakers_words() -> None:
    lee = _two("a", '"The harbour plan is bold," Ann Lee said.', NEXT_LINE, "Ann Lee")
    reed = _two("b", '"The harbour plan is costly," Tom Reed said.', NEXT_LINE, "Tom Reed")
    same = _two("c", '"The harbour plan is bold and right," Lee said.', NEXT_LINE, "Lee")
    _, v_lee, _, v_reed, _, v_same = _voices(lee, reed, same)
    assert v_lee.led and v_lee.led_by == {"lee"}
    assert not one_voice(v_lee, v_reed)  # the same words after two people's quotations
    assert one_voice(v_lee, v_same)


def test_a_third_person_line_after_a_quotation_stays_the_writers() -> None:
    plain = "The new harbour opens in May after a long delay."
    lee = _two("a", '"The harbour plan is bold," Ann Lee said.', plain, "Ann Lee")
    reed = _two("b", '"The harbour plan is costly," Tom Reed said.', plain, "Tom Reed")
    _, v_lee, _, v_reed = _voices(lee, reed)
    assert not v_lee.led and one_voice(v_lee, v_reed)


def test_an_initialism_is_no_first_person_line() -> None:
    plain = "Reed later admitted misleading the F.B.I. over the ferry deal."
    lee = _two("a", '"The harbour plan is bold," Ann Lee said.', plain, "Ann Lee")
    _, v_plain = _voices(lee)
    assert not v_plain.led
