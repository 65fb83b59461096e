"""What a quoted span is: a sentence or clause said (direct), a fragment (partial), or the
title of a work, which is no speech at all."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.lexicon import MARKS, SENTENCE_BREAK, SUBJECTS, is_reporting
from crossbrief.analyze.quotes.marks import Seg
from crossbrief.model import QuoteKind


def a_title(said: str, para: Para, span: Any, attr: Attr) -> bool:
    """The quoted words ``said`` at token ``span`` are a work's title, not speech ('acted in
    "Harbour Lights 2: The Return"', 'writes in "Velmora Rising: A Plan"'): speech is not
    written in title case, but for a slogan shouted ('shouts: "Vote For The Bridge!"') or
    words, capitals too, that a cue right beside them reports ('"Thank You Very Much," Lee
    said')."""
    return (
        _title(said)
        and not _own_cue(para, span, attr.cue)
        and (
            (attr.cue is not None and not is_reporting(attr.cue))
            or (len(said.split()) >= 3 and said.rstrip(MARKS)[-1:] not in {"!", "?"})
        )
    )


def _own_cue(para: Para, span: Any, cue: Any) -> bool:
    """The cue stands right beside the quote as speech is reported: after its closing comma
    with only the speaker between ('"...," the crowd chanted'), or before it with only a
    colon or comma between ('Lee shouted: "..."'); a title sits in a phrase ('writes in')."""
    if cue is None or para.sent_of(cue.i).start not in {
        para.sent_of(span.start).start,
        para.sent_of(span.end - 1).start,
    }:
        return False
    doc = para.doc
    if cue.i < span.start:
        between = doc[cue.i + 1 : span.start]
        marks = {":", ","}
        return any(t.text in marks for t in between) and all(
            t.text in marks or t.text in MARKS or t.is_space for t in between
        )
    if doc[span.end - 1].text not in {",", "!", "?"}:
        return False
    # Words said open their sentence and its cue closes it; a title sits inside a sentence
    # ('The banner read "...," Lee said', '"...," Hale said, was his favourite book').
    sent = para.sent_of(cue.i)
    if not _opens(doc[sent.start : span.start]):
        return False
    if not all(t.is_punct or t.is_space for t in doc[cue.right_edge.i + 1 : sent.end]):
        return False
    between = doc[span.end : cue.i]
    return all(
        t.text in MARKS or t.is_space or t.pos_ in {"PROPN", "NOUN", "DET", "ADJ", "PRON", "CCONJ"}
        for t in between
    )


def _opens(before: Any) -> bool:
    """Nothing but what may open a sentence stands before a quote that opens it: marks, a
    conjunction or adverb ('But "...," Lee said') or a fronted phrase closed by a comma
    ('On Monday, "...," Lee said')."""
    words = [t for t in before if not (t.is_punct or t.is_space)]
    if not words:
        return True
    if len(words) == 1 and words[0].pos_ in {"CCONJ", "ADV"}:
        return True
    last = next((t for t in reversed(before) if not t.is_space and t.text not in MARKS), None)
    return last is not None and last.text == ","


def _title(content: str) -> bool:
    """Every word capitalised, as in the title of a work ("The Year of the Ferry"), in one
    piece: '"Like Orsk. Or Velmora,"' is two short sentences, not a title."""
    words = [w for w in content.split() if w[:1].isalpha()]
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "at", "by"}
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w in small for w in words)
        and not SENTENCE_BREAK.search(content)
    )


# A colon, then the opening mark: what follows is given whole ('Lee said: "...').
_COLON_BEFORE = re.compile(r":\s*[\"'\u201c\u2018`]+\s*$")


def _said_before(para: Para, span: Any) -> bool:
    """The word before the colon and mark opening the quote is a verb of saying ("Lee
    insisted:"), not a noun ("shown by this finding:")."""
    i = span.start - 1
    doc = para.doc
    while i >= 0 and (doc[i].text in MARKS or doc[i].text == ":" or doc[i].is_space):
        i -= 1
    return i >= 0 and is_reporting(doc[i])


def kind_of(text: str, seg: Seg, span: Any, para: Para) -> QuoteKind:
    """Direct when the quote holds a sentence or a clause of its own, or a whole sentence
    after a verb of saying and a colon ('Lee said: "For riders, the toll is a tax."',
    whatever its parse),
    else partial.

    A fragment ending in punctuation is still partial ("called it 'a disgrace.'"): American
    style puts the writer's comma or full stop inside the marks.
    """
    content = text[seg.start : seg.end]
    if seg.open_end or seg.continues or SENTENCE_BREAK.search(content):
        return "direct"
    first, last = para.sent_of(span.start), para.sent_of(span.end - 1)
    if span.start <= first.start + 1 and span.end >= last.end - 2:
        return "direct"  # the quote is a sentence of its own
    if span.start <= first.start + 1 and content[:1].isupper() and content[-1:] in ",!?":
        return "direct"  # '"Go back to your seat," Lee barked': it opens the sentence
    if (
        _COLON_BEFORE.search(text, max(0, seg.start - 8), seg.start)
        and _said_before(para, span)
        and (content[:1].isupper() or content[:1].isdigit())
        and content.rstrip(MARKS)[-1:] in {".", "!", "?"}
        and span.end >= last.end - 2
    ):
        return "direct"  # 'Lee insisted: "There is no ..."': a whole sentence after its cue
    if len(span) < 3:  # "They sue," is a clause of its own
        return "partial"
    inside = range(span.start, span.end)
    for tok in span:
        if tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in SUBJECTS and c.i in inside for c in tok.children
        ):
            return "direct" if content[:1].isupper() else "partial"
    return "direct" if content[:1].isupper() and content[-1:] in "?!" else "partial"
