"""The quote ledger: every quote with its speaker linked to a story entity, the same words
carried by several outlets listed once with ``also_in``, and a flag where outlets put the
same words in different mouths."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.model import BriefQuote, Quote
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})


def quote_key(text: str) -> str:
    """Quote text compared across outlets: marks, case and spacing normalised."""
    return re.sub(r"\W+", " ", fold(text.translate(_QUOTE_MARKS))).strip()


def build_quotes(story: Story, key_to_id: dict[str, str]) -> list[BriefQuote]:
    """The ledger, in story order of first appearance."""
    carried: dict[str, list[tuple[str, int, Quote, str | None]]] = defaultdict(list)
    order: list[str] = []
    for a in story.articles:
        for q in a.quotes:
            speaker = _speaker_id(q, key_to_id)
            key = quote_key(q.text)
            if key not in carried:
                order.append(key)
            carried[key].append((a.article.id, a.sentence_index(q.start), q, speaker))
    ledger = []
    for key in order:
        first_article, sentence, q, speaker = carried[key][0]
        others = sorted({art for art, *_ in carried[key][1:] if art != first_article})
        speakers = sorted({s for *_, s in carried[key] if s})
        ledger.append(
            BriefQuote(
                text=q.text,
                kind=q.kind,
                speaker=speaker,
                speaker_text=q.speaker_text,
                cue=q.cue,
                article=first_article,
                sentence=sentence,
                also_in=tuple(others),
                disputed_speakers=tuple(speakers) if len(speakers) > 1 else (),
            )
        )
    return ledger


def _speaker_id(q: Quote, key_to_id: dict[str, str]) -> str | None:
    for candidate in (q.speaker_name, q.speaker_text):
        if candidate:
            eid = key_to_id.get(name_key(candidate))
            if eid:
                return eid
    return None
