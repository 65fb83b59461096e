"""Words of the noun run after an inverted cue ('"...," said presiding Judge Ann Lee-Marr')
that the parser does not tag as nouns: a participle English puts before a title as part of
it ("presiding Judge", "acting Mayor", "outgoing President"), which the parser reads as a
verb taking the name as its object, and the hyphen of a double-barrelled name ("Lee-Marr"),
read as punctuation. Without them the run stops short and loses its speaker."""

from __future__ import annotations

from typing import Any

_WORDS = """presiding acting outgoing incoming retiring retired departing serving reigning
    sitting visiting founding managing governing ruling ousted deposed jailed exiled
    embattled beleaguered ailing"""
TITLE_PARTICIPLES = frozenset(_WORDS.split())


def _capitalised_name(tok: Any) -> bool:
    return bool(tok.pos_ == "PROPN" and tok.text[:1].isupper())


def in_tag_run(tok: Any) -> bool:
    """A participle of a title right before a capitalised title or name ('presiding Judge'),
    or a hyphen joining two capitalised names with no space ('Lee-Marr'), not the hyphen
    of an adverb ('matter-of-factly')."""
    doc = tok.doc
    if tok.i == 0 or tok.i + 1 >= len(doc):
        return False
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    if tok.lower_ in TITLE_PARTICIPLES:
        return _capitalised_name(after)
    return (
        tok.text == "-"
        and not before.whitespace_
        and not tok.whitespace_
        and _capitalised_name(before)
        and _capitalised_name(after)
    )
