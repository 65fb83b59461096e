"""Sources named by a phrase rather than a verb: "according to X" and "in a poll".

"According to X" right after a direct quote's cue clause ('"...," Lee said, according to
X') makes X the source of the report of Lee's words, marked ``relays`` (``relays.py``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_lower
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import (
    Attr,
    Para,
    content_span,
    covered,
    loose_punct,
    make_quote,
)
from crossbrief.analyze.quotes.lexicon import ACCORDING, EVIDENCE_NOUNS, is_reporting
from crossbrief.analyze.quotes.relays import relayed_spans
from crossbrief.analyze.quotes.speaker_spans import phrase
from crossbrief.analyze.quotes.speakers import Names, People, resolve
from crossbrief.model import Quote


@dataclass(frozen=True)
class _Found:
    """A source phrase found in a paragraph: its tokens [cue_start, cue_end), its object
    ``pobj``, whether what was found starts after all of the phrase (``whole``: 'In a CBS
    poll released Monday, ...') and who made the record ``pobj`` names (``source``), with
    what the attribution needs from around it."""

    text: str
    para: Para
    taken: Sequence[tuple[int, int, bool]]
    people: People
    names: Names
    cue_start: int
    cue_end: int
    pobj: Any
    whole: bool = False
    source: Any = None


def source_phrases(
    text: str, para: Para, taken: Sequence[tuple[int, int, bool]], people: People, names: Names
) -> Iterator[Quote]:
    """'According to X, ...' and 'In a CBS News poll, ...' ('... leads in the polls'): the
    clause the phrase sits in, with the phrase's noun as its source."""
    off = para.offset
    for m in ACCORDING.finditer(text, para.offset, para.end):
        acc = para.doc.char_span(m.start() - off, m.end() - off, alignment_mode="expand")
        if acc is None:
            continue
        pobj = next((c for c in acc[-1].children if c.dep_ == "pobj"), None)
        if pobj is not None:
            found = _Found(
                text, para, taken, people, names, acc.start, acc.end, pobj, source=_maker(pobj)
            )
            yield from _relayed(found) or [q for q in [_attributed(found)] if q is not None]
    for tok in tokens_with_lower(para.doc, _IN):
        if tok.dep_ != "prep" or para.quoted[tok.i]:
            continue
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lower_ not in EVIDENCE_NOUNS or _reported(tok):
            continue
        found = _Found(text, para, taken, people, names, tok.i, tok.i + 1, pobj, whole=True)
        q = _attributed(found)
        if q is not None:
            yield q


_IN = frozenset({"in"})

# What links a record to who made it: "a tally by", "a post from" ("an interview with
# the Times" names who asked, not who spoke).
_MADE_BY = frozenset({"by", "from"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _maker(record: Any) -> Any:
    """Who made the record 'according to' names, when it is a thing and says who ('a tally
    by the AP', 'a court document filed by Lee', 'a post from Lee'): the source
    is the maker, when it can speak. None for a person or body ('a spokesman from the
    ministry') or a record with no maker named."""
    if animate(record):
        return None
    for c in record.children:
        by = c if c.dep_ == "prep" and c.lower_ in _MADE_BY else None
        if c.dep_ == "acl" and c.tag_ == "VBN":  # 'filed by', 'provided by'
            by = next((g for g in c.children if g.dep_ == "agent"), None)
        who = next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None
        if who is None or not animate(who):  # not 'reports from the convention'
            continue
        if by is not None and by.lower_ == "from" and who.ent_type_ in _PLACES:
            continue  # 'a dispatch from Gaza': where the record came from, not who made it
        return who
    return None


def _made_end(prep: Any) -> int:
    """Where a record's 'by'/'from' phrase ends (token after), or 0 for no such phrase."""
    return int(prep.right_edge.i) + 1 if prep.dep_ == "prep" else 0


def _reported(prep: Any) -> bool:
    """True when the phrase is no source of its sentence: it hangs on a reporting verb
    ('said in a report', whose own attribution says it all), or on a clause below the main
    one ('Though he trails in the polls, ...', 'his strength in the polls')."""
    h = prep.head
    if h.pos_ not in {"VERB", "AUX"}:
        h = h.head  # 'has a lead in the polls'
    if h.pos_ not in {"VERB", "AUX"} or h.dep_ != "ROOT":
        return True
    return bool(is_reporting(h)) or any(c.dep_ == "ccomp" for c in h.children)


_CLAUSES = frozenset({"ccomp", "xcomp", "conj"})  # what a verb says after it


def _before_cue(doc: Any, last: int) -> int:
    """Where content closed by a source phrase ends (``last``: the token before the phrase):
    before a cue clause set off by a comma right before the phrase ('X, Ann Lee said,
    according to Z'), whose speaker and verb are no part of what was said. The cue's words
    stay the source's report (``outermost`` drops their quote)."""
    verb = doc[last]
    while verb.i > 0 and (verb.is_punct or verb.is_space):
        verb = doc[verb.i - 1]
    if verb.dep_ in {"dobj", "dative"} and verb.head.i < verb.i:
        verb = verb.head  # 'X, Lee told reporters, according to Z'
    if not is_reporting(verb) or any(
        verb.i < c.i <= last and c.dep_ in _CLAUSES for c in verb.children
    ):
        return last
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.i > verb.i:
        return last
    comma = subj.left_edge.i - 1
    if comma < 3 or doc[comma].text != ",":
        return last  # 'Lee said X, according to Z': the cue opens the content, it stays
    return int(comma) - 1


# Words after which "according to Y" opens the reported clause, not closes one.
_OPENS_CLAUSE = frozenset({"that", ":"})


def _attributed(found: _Found) -> Quote | None:
    """The attribution of the sentence a source phrase sits in: what comes before it when
    it closes the sentence, after it when it opens it or a clause ("told that according to
    Y ..."), all of the sentence when it is set off by commas in the middle. The maker of the record, when given, is the speaker."""
    para, cue_start = found.para, found.cue_start
    pobj, whole, source = found.pobj, found.whole, found.source
    sent = para.sent_of(cue_start)
    ps, pe = phrase(pobj)
    joined = _joined(pobj) if not whole else []
    if joined:
        # 'according to engineers and experts hired by Lee': both are the source, and a
        # clause on the second is about it, not what they say.
        pe = max(pe, *(phrase(c)[1] for c in joined))
    # 'In a CBS poll released Monday, ...': what was found starts after all of the phrase.
    after = max(pe, pobj.right_edge.i + 1) if whole else pe
    # 'According to a dispatch from Gaza, ...': a record's origin is part of the phrase.
    after = max([after] + [_made_end(c) for c in pobj.children if c.lower_ in _MADE_BY])
    # Past a clause on the source ("according to members who spoke to reporters, ...").
    tail = pe if whole else max(pe, pobj.right_edge.i + 1)
    record = pobj
    if source is not None:
        # 'According to a tally by the AP released Monday, ...': the phrase ends after all
        # of the record, its maker and whatever else hangs on it.
        after = tail = max(tail, phrase(source)[1], pobj.right_edge.i + 1)
        pobj = source
        ps, pe = phrase(source)
    head, named = pobj, _close_name_end(pobj, pe, para.quoted)
    if named > pe:
        # 'according to a bulletin by the wire agency Velmora Press, ...': the name is the
        # source's and names it, though the parser may make it the subject of what follows
        head, pe = para.doc[named - 1], named
        after, tail = max(after, named), max(tail, named)
    doc = para.doc
    # 'Lee was told that according to Y the pier is safe': the phrase opens the clause
    before = cue_start - 2 if doc[cue_start - 1].text == "," else cue_start - 1
    opens = before > sent.start and doc[before].lower_ in _OPENS_CLAUSE
    inside = cue_start > sent.start + 2 and not opens
    if inside and tail < sent.end - 3 and doc[tail].text == ",":
        first, last = sent.start, sent.end - 1  # "X, according to Y, happened": all of it
    elif inside:  # "X happened, according to Y": the content is before
        first, last = sent.start, _before_cue(doc, cue_start - 1)
    else:  # "According to Y, X happened": after the source phrase and a clause on it
        first, last = max([after, *_clause_ends(record, pobj, *joined)]), sent.end - 1
        if opens:  # 'that according to Y chasing gulls was ...': the clause's own subject
            first = after
        if not any(t.is_alpha for t in doc[record.right_edge.i + 1 : sent.end]):
            # "That's according to Y": the phrase closes the sentence, and what Y is the
            # source for is the sentence before, not the phrase's own words
            return None
    while first < last and (
        doc[first].is_punct
        or doc[first].is_space
        # 'But X, according to Z': the conjunction ties X to the writer's last sentence
        or (first == sent.start and doc[first].pos_ == "CCONJ")
    ):
        first += 1
    while last > first and (loose_punct(doc[last]) or doc[last].is_space):
        last -= 1
    if last - first < 2:
        return None
    start = para.offset + doc[first].idx
    end = para.offset + doc[last].idx + len(doc[last].text)
    direct = sorted(s for s, _, quoted in found.taken if quoted)
    cut = content_span(found.text, start, end, direct)[1]
    if cut < end:
        # 'According to Y, X happened, and Lee said: "..."': Y's content ends before the
        # quote's cue clause; 'According to Y, Lee said: "..."': Y passes on the quote only
        kept = _before_cue_clause(para, start, cut)
        if kept is None:
            return None
        cut = kept
    end = cut
    if covered(start, end, found.taken):
        return None
    return _source_quote(found, start, end, (ps, pe), head)


def _relayed(found: _Found) -> list[Quote]:
    """'"...," Lee said, according to Z': Z passes on Lee's words with their cue
    (``relays``), the source phrase's noun or its record's maker as speaker."""
    spans = relayed_spans(found.text, found.para, found.taken, found.cue_start)
    if not spans:
        return []
    pobj = found.source if found.source is not None else found.pobj
    speaker = phrase(pobj)
    return [
        replace(_source_quote(found, s, e, speaker, pobj), kind="direct", relays=True)
        for s, e in spans
    ]


def _source_quote(
    found: _Found, start: int, end: int, speaker: tuple[int, int], head: Any
) -> Quote:
    """Reported content [start, end) with the source phrase's cue and its noun as speaker."""
    para, doc = found.para, found.para.doc
    attr = Attr(para, None, speaker, head)
    attr.name = resolve(para, speaker, head, found.people, found.names)
    q = make_quote(found.text, start, end, "indirect", attr)
    cs = para.offset + doc[found.cue_start].idx
    last = doc[found.cue_end - 1]
    ce = para.offset + last.idx + len(last.text)
    return replace(q, cue=found.text[cs:ce], cue_start=cs, cue_end=ce)


def _close_name_end(noun: Any, end: int, quoted: bytearray) -> int:
    """The token after a name right after a common noun for a body or people that the
    phrase ``[.., end)`` ends on ("the wire agency Velmora Press", "the newspaper Ostra
    Daily"), a name in close apposition to it, set off by a comma from what follows; else
    ``end``. Not a name that goes on into a clause of its own ("the agency Lee heads") nor
    one after a record ("the report Lee wrote", whose noun cannot be named so)."""
    doc = noun.doc
    if noun.pos_ != "NOUN" or end != noun.i + 1 or not animate(noun):
        return end
    j = end
    while j < len(doc) and doc[j].pos_ == "PROPN" and not quoted[j] and doc[j].text[:1].isupper():
        j += 1
    if j == end or j >= len(doc) or doc[j].text != ",":
        return end
    return j


def _joined(noun: Any) -> list[Any]:
    """Nouns coordinated with a source phrase's noun ('engineers and outside experts'):
    sources with it."""
    return [c for c in noun.rights if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"}]


def _clause_ends(*nouns: Any) -> list[int]:
    """The token after each relative clause on the source's nouns ('according to members
    who took notes, ...'): the clause is about the source, not what it says."""
    return [c.right_edge.i + 1 for n in nouns for c in n.rights if c.dep_ in {"relcl", "acl"}]


def _before_cue_clause(para: Para, start: int, end: int) -> int | None:
    """Where content [start, end) cut before a direct quote ends once the quote's cue
    clause joined to it by a conjunction is left off ('X happened, and Lee said'); None
    when the content is only that cue clause ('Lee said of the vote'), whose head is a
    reporting verb; ``end`` when there is no cue clause to leave off."""
    words = para.tokens(start, end)
    if words is None or not len(words):
        return end
    cues = [t for t in words if is_reporting(t) and not para.quoted[t.i]]
    if not cues:
        return end
    doc, cue = para.doc, cues[-1]
    subj = next((c for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    for tok in reversed(doc[words.start + 1 : cue.i]):
        if tok.pos_ != "CCONJ" or para.quoted[tok.i]:
            continue
        # the conjunction opens the cue's clause: after a comma, or right before its subject
        if doc[tok.i - 1].text == "," or (subj is not None and subj.left_edge.i == tok.i + 1):
            last = tok.i - 1
            while last > words.start and (doc[last].is_punct or doc[last].is_space):
                last -= 1
            if last - words.start < 2:
                return None
            return int(para.offset + doc[last].idx + len(doc[last].text))
    return None if is_reporting(words.root) else end
