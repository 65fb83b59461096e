"""Typewriter dashes read as the em dash they stand for, by the parser only.

Wire copy and old archives write a dash as two hyphens ("the plan -- or most of it") or a
horizontal bar (U+2015). spaCy's model learnt from text with real dashes, and parses
sentences with the stand-ins worse (a bar glued to the name after it, an aside between two
"--" taken into the clause around it). So the tokenizer sees the em dash, and the last
pipeline component builds the same tokens and annotations again over the original
text: every token's text, offset and whitespace, and the ``Doc``'s text, are the article's
own, so quotes and sentences shown stay verbatim.
"""

from __future__ import annotations

import re
from typing import Any

# Where the original text of a tokenized stand-in waits for ``restore_original_text``.
ORIGINAL_TEXT_KEY = "crossbrief_typewriter_original"

# The pipeline component that restores the original text; its name carries a version so
# caches keyed on ``nlp.tokenizer_key`` change with these rules.
RESTORE_COMPONENT = "crossbrief_typewriter_v3"

# A horizontal bar, and two hyphens not part of a longer run. Two backticks and two
# apostrophes (double marks in NYT and DUC style) are left as written: read as curly marks
# they moved speakers and contents for the worse as well as for the better
# (docs/benchmarks.md, quotes, session 15).
STAND_INS = r"\u2015|(?<!-)--(?!-)"  # part of ``nlp.tokenizer_key``
_STAND_IN = re.compile(STAND_INS)


def _mark_for(text: str, start: int, stand_in: str) -> str | None:
    """The typographic mark ``stand_in`` at ``start`` of ``text`` stands for, or None when it
    stands for nothing else there."""
    if stand_in == "--":
        # "10--12" may be a range; two hyphens between two figures are left as written.
        before = text[start - 1] if start > 0 else " "
        after = text[start + 2] if start + 2 < len(text) else " "
        return None if before.isdigit() and after.isdigit() else "\u2014"
    return "\u2014"  # the horizontal bar


def typographic(text: str) -> tuple[str, list[int]] | None:
    """``text`` with its typewriter stand-ins replaced by the marks they stand for, and for
    every character of the new text (and its end) the offset in ``text`` it comes from;
    None when nothing stands in for anything."""
    pieces: list[str] = []
    origins: list[int] = []
    done = 0
    for m in _STAND_IN.finditer(text):
        mark = _mark_for(text, m.start(), m.group())
        if mark is None:
            continue
        pieces.append(text[done : m.start()])
        origins.extend(range(done, m.start()))
        pieces.append(mark)
        origins.append(m.start())
        done = m.end()
    if not pieces:
        return None
    pieces.append(text[done:])
    origins.extend(range(done, len(text) + 1))
    return "".join(pieces), origins


class TypographicTokenizer:
    """A tokenizer that tokenizes ``typographic(text)`` and leaves ``text`` in the Doc's
    user data for ``restore_original_text``; all else is the wrapped tokenizer's own."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        found = typographic(text)
        if found is None:
            return self.tokenizer(text)
        doc = self.tokenizer(found[0])
        doc.user_data[ORIGINAL_TEXT_KEY] = text
        return doc

    def __getattr__(self, name: str) -> Any:
        # Rules, special cases, serialisation and ``pipe`` are the wrapped tokenizer's.
        return getattr(self.__dict__["tokenizer"], name)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "tokenizer":
            object.__setattr__(self, name, value)
        else:  # e.g. ``infix_finditer`` set after wrapping: the rule is the tokenizer's
            setattr(self.tokenizer, name, value)


def restore_original_text(doc: Any) -> Any:
    """``doc`` again over its original text, when its tokenizer read stand-ins: the same
    tokens (each now the original characters it came from), parse, tags, entities and
    tensor."""
    from spacy.attrs import (
        DEP,
        ENT_IOB,
        ENT_KB_ID,
        ENT_TYPE,
        HEAD,
        LEMMA,
        MORPH,
        POS,
        SENT_START,
        TAG,
    )
    from spacy.tokens import Doc

    original = doc.user_data.pop(ORIGINAL_TEXT_KEY, None)
    if original is None:
        return doc
    found = typographic(original)
    if found is None or found[0] != doc.text:  # not the text this tokenizer read
        return doc
    origins = found[1]
    words = [original[origins[t.idx] : origins[t.idx + len(t)]] for t in doc]
    spaces = [bool(t.whitespace_) for t in doc]
    new = Doc(doc.vocab, words=words, spaces=spaces, user_data=doc.user_data)
    attrs = [TAG, POS, MORPH, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID]
    # A parse sets the sentences; without one, the sentence starts are copied.
    attrs += [HEAD, DEP] if doc.has_annotation("DEP") else [SENT_START]
    new.from_array(attrs, doc.to_array(attrs))
    new.tensor = doc.tensor
    new._context = doc._context  # what ``nlp.pipe(..., as_tuples=True)`` hands back with it
    return new
