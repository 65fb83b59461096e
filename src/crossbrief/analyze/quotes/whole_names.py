"""A speaker's name as a whole: repairs of a speaker span or name the parser cut short.

- A body named "<Body> of <Adjective> <noun>" whose writer lower-cased the noun ("the Guild
  of Coastal pilots"): the name-finder stops at the last capital, but an adjective is never
  the end of a name, so the name runs on through the nouns it modifies.
- A name the speaker goes on from with capitalised words ("Oslo Re and Velmo Re"): a
  place that names a firm is the firm.
- A weekday the parser took into a name ("Velmo Thursday said") is when, not who.
- A firm's short last word the parser reads as a verb's helper ("Velmo Re said"): English
  puts no capitalised word between a subject and its verb save the subject's own, so the
  speaker runs on through capitalised words up to its cue.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import NOT_SPEAKERS
from crossbrief.analyze.timex.words import WEEKDAYS
from crossbrief.model import Quote

__all__ = ["whole_names"]

# What may stand between a subject and its reporting verb besides the subject's own words.
_HELPERS = frozenset({"aux", "auxpass", "neg", "advmod"})


def whole_names(quotes: list[Quote], text: str, paras: list[Para]) -> list[Quote]:
    """The quotes with each speaker span run on to its cue over a cut name's capitalised
    words, and each speaker name cut inside "<Body> of <Adjective> <noun>" made whole (on
    every quote of the article that carries the cut name, "It said ..." too)."""
    out = [_name_goes_on(_up_to_cue(_no_weekday(q), text, paras), paras) for q in quotes]
    whole: dict[str, str] = {}
    for q in out:
        para = _para_of(paras, q.speaker_start)
        if para is not None and q.speaker_name and q.speaker_end is not None:
            full = _body_name(q, para)
            if full is not None:
                whole[q.speaker_name] = full
    return [
        replace(q, speaker_name=whole[q.speaker_name])
        if q.speaker_name is not None and q.speaker_name in whole
        else q
        for q in out
    ]


def _para_of(paras: list[Para], at: int | None) -> Para | None:
    if at is None:
        return None
    return next((p for p in paras if p.offset <= at < p.end), None)


def _no_weekday(q: Quote) -> Quote:
    """ "Velmo Thursday said": a weekday is when, never who; a speaker span (and its name)
    ending in one ends before it."""
    words = (q.speaker_text or "").split(" ")
    if len(words) < 2 or words[-1].lower() not in WEEKDAYS or q.speaker_end is None:
        return q
    cut = " ".join(words[:-1])
    name = q.speaker_name
    if name is not None and name.split(" ")[-1].lower() in WEEKDAYS:
        name = name.rsplit(" ", 1)[0]
    end = q.speaker_end - len(words[-1]) - 1
    return replace(q, speaker_text=cut, speaker_end=end, speaker_name=name)


def _up_to_cue(q: Quote, text: str, paras: list[Para]) -> Quote:
    """ "Velmo Re said", "Velmo Re has said": a speaker span ending in a capitalised word,
    followed by capitalised words (no date: "the firm Tuesday said") and then only the
    cue's helpers, takes the capitalised words in."""
    para = _para_of(paras, q.speaker_start)
    if para is None or q.speaker_end is None or q.cue_start is None or not q.speaker_text:
        return q
    if not q.speaker_text.split()[-1][:1].isupper() or q.cue_start <= q.speaker_end:
        return q
    gap = para.tokens(q.speaker_end, q.cue_start)
    if gap is None or len(gap) == 0 or text[q.speaker_end : q.speaker_end + 1] != " ":
        return q
    caps = 0
    while caps < len(gap) and gap[caps].is_title and gap[caps].is_alpha:
        caps += 1
    if caps == 0 or any(t.ent_type_ in NOT_SPEAKERS or t.lower_ in WEEKDAYS for t in gap[:caps]):
        return q
    if not all(t.is_lower and t.dep_ in _HELPERS for t in gap[caps:]):
        return q
    end = para.offset + gap[caps - 1].idx + len(gap[caps - 1].text)
    name = q.speaker_name
    if name is None or name == q.speaker_text:
        name = text[q.speaker_start : end]  # the cut word was all the name it had
    return replace(q, speaker_text=text[q.speaker_start : end], speaker_end=end, speaker_name=name)


def _name_goes_on(q: Quote, paras: list[Para]) -> Quote:
    """ "Oslo Re and Velmo Re, ... said": a name that the speaker span goes on from with
    capitalised words (no date, no weekday) is cut, a city for the firm named after it;
    the name runs on through them."""
    para = _para_of(paras, q.speaker_start)
    spk, name = q.speaker_text or "", q.speaker_name or ""
    at = spk.find(name) if name else -1
    if para is None or at < 0 or q.speaker_start is None:
        return q
    after = para.tokens(q.speaker_start + at + len(name), q.speaker_end or 0)
    if after is None or spk[at + len(name) : at + len(name) + 1] != " ":
        return q
    more = 0
    while more < len(after) and _goes_on(after[more]):
        more += 1
    if more == 0:
        return q
    last = after[more - 1]
    end = para.offset + last.idx + len(last.text) - q.speaker_start
    return replace(q, speaker_name=spk[at:end])


def _goes_on(tok: Any) -> bool:
    """A word that carries a name on: a capitalised proper noun, no date or weekday."""
    return (
        tok.is_title
        and tok.is_alpha
        and tok.ent_type_ not in NOT_SPEAKERS
        and tok.lower_ not in WEEKDAYS
    )


def _body_name(q: Quote, para: Para) -> str | None:
    """The whole of a name cut after "of <Adjective>": the speaker span begins with the name
    (after "the"), the name's last word follows "of", and the span runs on, after one space,
    with lower-case nouns only. None for any other speaker."""
    spk, name = q.speaker_text or "", q.speaker_name or ""
    at = spk.find(name)
    if at < 0 or spk[:at].strip().lower() not in {"", "the"}:
        return None
    words = name.split()
    if len(words) < 3 or words[-2] != "of":
        return None
    rest = spk[at + len(name) :]
    if not rest.startswith(" ") or not rest[1:2].islower():
        return None
    assert q.speaker_start is not None
    span = para.tokens(q.speaker_start + at + len(name), q.speaker_end or 0)
    if span is None or not all(t.pos_ == "NOUN" and t.is_lower for t in span):
        return None
    return spk[at:]
