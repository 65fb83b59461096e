"""Reported speech: reporting verbs with their complements, attribution nouns, labels,
"according to"."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.doc_cache import tokens_with_pos
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.asked import asked_passive
from crossbrief.analyze.quotes.content_edges import (
    clause_start,
    closes_bracket,
    fronted_adverbial,
    relative_start,
)
from crossbrief.analyze.quotes.context import (
    Attr,
    Para,
    content_span,
    covered,
    in_line,
    loose_punct,
    make_quote,
)
from crossbrief.analyze.quotes.cues import from_cue
from crossbrief.analyze.quotes.extents import (
    before_aside,
    before_own_act,
    content_end,
    is_stance,
    rest_of,
    run_on,
    said_why,
    verb_after_aside,
)
from crossbrief.analyze.quotes.frames import aims, for_no_side, reports_here
from crossbrief.analyze.quotes.framing import framed_quote, quoted_clause
from crossbrief.analyze.quotes.hedges import hedging_passive
from crossbrief.analyze.quotes.lexicon import (
    ACTS,
    ADDRESSEE,
    ADDRESSEE_OF,
    ADVERBIAL,
    BARE,
    CONTENT_PREPS,
    CUE_NOUNS,
    EVIDENCE_NOUNS,
    FORM_TO_BASE,
    LABEL_LINE,
    LABEL_POS,
    LABEL_WORDS,
    MARKS,
    MEDIUM_VERBS,
    MESSAGES,
    NAME_TYPES,
    NOT_INDIRECT,
    NOUN_CUES,
    NOUN_PREPS,
    OBJECTS,
    PREP_ONLY_AFTER,
    PREP_VERBS,
    THING_OBJECT,
    is_reporting,
)
from crossbrief.analyze.quotes.light import light_quote, received_quote
from crossbrief.analyze.quotes.nouns import noun_quote
from crossbrief.analyze.quotes.objects import held_as, made_clear, side_taken
from crossbrief.analyze.quotes.relative_sources import before_own_source
from crossbrief.analyze.quotes.sources import source_phrases
from crossbrief.analyze.quotes.speakers import Found, Names, People, resolve
from crossbrief.model import Quote


def indirect_quotes(found: Found, para: Para) -> list[Quote]:
    """Reported speech: a reporting verb's clausal complement, and 'according to X'."""
    text, taken, direct = found.text, found.taken, found.direct
    people, names = found.people, found.names
    out = []
    off = para.offset
    for tok in tokens_with_pos(para.doc, "VERB"):  # made_clear, is_reporting, is_stance want one
        clear = made_clear(tok)
        if para.quoted[tok.i] or not (is_reporting(tok) or is_stance(tok) or clear):
            continue
        if FORM_TO_BASE.get(tok.lower_) in NOT_INDIRECT or hedging_passive(tok):
            continue  # (a hedge: quotes/hedges gives it no speaker)
        if FORM_TO_BASE.get(tok.lower_) in AIMING and not aims(tok):
            continue  # "looking to win" is an aim; "looks like", "look at" are not
        if not reports_here(tok):
            continue  # "released the suspect", "ordered new buses": an everyday act
        span = clear or _complement(tok)
        if span is None:
            continue
        if span[2] and quoted_clause(para, taken, span[0], span[1]):
            continue  # 'said, in reference to the ferry, "It will sail"': the quote alone
        left, right = in_line(para, tok, span[0], span[1])
        left = relative_start(tok, clause_start(tok, left, right))
        right = before_own_source(tok, left, right)  # "..., a move critics say ...": theirs
        if right.i < left.i:
            continue
        while right.i > left.i and (
            (loose_punct(right) and not closes_bracket(para.doc, left, right))
            or right.is_space
            or (para.quoted[right.i] and right.is_quote)
            or (is_reporting(right) and para.doc[right.i - 1].text == ",")  # "..., adding:"
        ):
            right = para.doc[right.i - 1]
        if tok.i > right.i and framed_quote(para, left, right):
            continue  # 'Lee declared war on it: "It is dead," she said': the writer's framing
        start, end = content_span(text, off + left.idx, off + right.idx + len(right.text), direct)
        # A name is content enough ("endorsed Hale"); other one-word objects rarely are.
        name = left.pos_ == "PROPN" and right.pos_ == "PROPN"
        if (right.i - left.i < 1 and not name) or covered(start, end, taken):
            continue
        if not span[2] and tok.i < left.i:
            # Without a clause of its own the content says nothing without its verb:
            # "praised the rescue teams", "declined to comment", not "the rescue teams".
            start = off + tok.idx
        attr = from_cue(para, tok)
        outer = _closing_cue(tok)
        if outer is not None and attr.head is not None:
            # 'X, he told Lee, the White House said': the last cue reports the first, so
            # its speaker is the outer source of X (as with "the agency said the ministry
            # said X"); the first cue's partial quote folds into this one.
            attr = from_cue(para, outer)
        if attr.head is None and not asked_passive(tok):
            continue  # "it was reported that ...": no one to attribute it to
        # 'Asked whether ..., Lee said': the question stays, put by no one named.
        if (
            attr.head is not None
            and FORM_TO_BASE.get(tok.lower_) in ACTS
            and not animate(attr.head)
        ):
            continue  # "demographic shifts pushed states": no one took a side
        if attr.head is not None:
            attr.name = resolve(para, attr.speaker or (0, 0), attr.head, people, names)
        out.append(make_quote(text, start, end, "indirect", attr))
    for tok in tokens_with_pos(para.doc, "NOUN", "VERB"):
        if tok.pos_ == "NOUN" and tok.lower_ in CUE_NOUNS and not para.quoted[tok.i]:
            q = noun_quote(found, para, tok)
            if q is not None:
                out.append(q)
        elif tok.pos_ == "VERB":
            q = light_quote(found, para, tok) or received_quote(found, para, tok)
            if q is not None:
                out.append(q)
    q = _labelled(text, para, taken, people, names)
    if q is not None:
        out.append(q)
    out.extend(source_phrases(text, para, taken, people, names))
    return out


# Verbs that tell an aim only with a to-clause ("is looking to unseat him").
AIMING = frozenset({"look"})


def _labelled(
    text: str, para: Para, taken: Sequence[tuple[int, int, bool]], people: People, names: Names
) -> Quote | None:
    """'Quist: Hale Is a Failure', 'DORN: Take a listen.': a paragraph opening with a
    short name or noun phrase and a colon reports what that source said (headline and
    transcript style)."""
    m = LABEL_LINE.match(text, para.offset, para.end)
    if m is None:
        return None
    lab = para.tokens(m.start(1), m.end(1))
    if lab is None or not 0 < len(lab) <= LABEL_WORDS or not lab[0].text[:1].isupper():
        return None
    if any(t.pos_ not in LABEL_POS or para.quoted[t.i] for t in lab):
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in lab):
        return None
    if (
        not _names_someone(names, m.start(1), m.end(1))
        and not any(t.ent_type_ in NAME_TYPES or t.lower_ in names.last_words for t in lab)
        and lab.root.lower_ not in EVIDENCE_NOUNS
        and not lab.text.isupper()
    ):
        return None  # 'Editor's Note:', 'Breaking:', 'At issue:': no source is named
    start, end = m.end(), para.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in MARKS):
        end -= 1
    body = para.tokens(start, end)
    if body is None or len(body) < 3 or covered(start, end, taken):
        return None
    attr = Attr(para, None, (lab.start, lab.end), lab.root)
    attr.name = resolve(para, (lab.start, lab.end), lab.root, people, names)
    q = make_quote(text, start, end, "indirect", attr)
    colon = m.end(1)
    return replace(q, cue=":", cue_start=colon, cue_end=colon + 1)


def _names_someone(names: Names, start: int, end: int) -> bool:
    """A person, organisation or place is named within [start, end)."""
    k = bisect.bisect_left(names.starts, start)
    return k < len(names.starts) and names.starts[k] < end


def _complement(verb: Any) -> tuple[Any, Any, bool] | None:
    """First and last token of what a reporting verb reports, and whether it is a clause:
    its clausal complement, else its object with what follows it ("accused him of lying",
    "wants to win")."""
    comps = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not any(g.dep_ == "mark" and g.lower_ in ADVERBIAL for g in c.children)
        and not _bare_cue(c)
        and not fronted_adverbial(c, verb)
    ]
    if comps:
        # 'X -- Lee told reporters that Y' can hang X on the verb too: a that-clause, or the
        # clause after the verb, is what it reports.
        marked = [c for c in comps if any(g.dep_ == "mark" for g in c.children)]
        after = [c for c in comps if c.i > verb.i]
        comp = (marked or after or comps)[0]
        last = run_on(verb, comp)
        for c in comps:
            # A garbled parse can split one clause into two complements of the verb ('said
            # he's certain | Lee will win'): one right after the other is the same content.
            if c.i > last.i and c.left_edge.i == last.right_edge.i + 1:
                last = c
        end = before_own_act(last) or before_aside(last) or last.right_edge
        end = content_end(verb, end)  # 'the rule, adding up to ..., would be set'
        for c in said_why(verb, end.i):
            end = c.right_edge
        return _subject_misread(verb, comp), end, True
    if verb.lower_ not in FORM_TO_BASE:
        return None  # a stance verb reports only its that-clause
    question = _question(verb)
    if question is not None:
        return question.left_edge, question.right_edge, True
    stray = _stray_clause(verb)
    if stray is not None:
        return stray.left_edge, run_on(verb, stray).right_edge, True
    wish = _for_to(verb)
    if wish is not None:
        return wish.left_edge, wish.right_edge, False
    parts = [c for c in verb.rights if c.dep_ in OBJECTS]
    if not parts and _aside(verb):
        host = _host(verb)
        return None if host is None else (*host, True)
    if not parts:
        side = side_taken(verb)
        if side is not None:
            return side[0], side[1], False
        base = FORM_TO_BASE.get(verb.lower_, "")
        if base not in PREP_VERBS:
            return None
        prep = next(
            (
                c
                for c in verb.rights
                if c.dep_ == "prep"
                and c.lower_ in CONTENT_PREPS
                and base in PREP_ONLY_AFTER.get(c.lower_, (base,))
                and (c.lower_ != "for" or base not in MEDIUM_VERBS)
                and not (c.lower_ == "for" and for_no_side(c))
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
        if prep is None:
            return None
        obj = next(g for g in prep.children if g.dep_ in {"pobj", "pcomp"})
        rest = rest_of(verb, prep.right_edge.i)
        return obj.left_edge, max([obj, *rest], key=lambda t: t.right_edge.i).right_edge, False
    if (
        FORM_TO_BASE[verb.lower_] in THING_OBJECT
        and all(c.dep_ == "dobj" for c in parts)
        and not held_as(verb, parts)
    ):
        return None
    if (
        FORM_TO_BASE.get(verb.lower_) in ADDRESSEE
        and all(c.dep_ == "dobj" for c in parts)
        and not any(c.lower_ in MESSAGES for c in parts)
    ):
        # "told reporters", "asked the judge": whom it was said to; "asked him about
        # taxes" says what about, "told a story" what was said.
        about = [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in NOUN_PREPS]
        if FORM_TO_BASE[verb.lower_] in ADDRESSEE_OF:
            # "reminded voters of the stakes": the parser hangs "of" on the addressee
            about += [
                g
                for c in parts
                for g in (c, *c.children)
                if g.dep_ == "prep"
                and g.lower_ == "of"
                and g.head.i in {verb.i, c.i}
                and not _partitive(c)
            ]
        if not about:
            return None
        parts += about
    elif any(c.dep_ == "dobj" for c in parts):
        parts += rest_of(verb, max(c.right_edge.i for c in parts))
    parts += said_why(verb, max(c.right_edge.i for c in parts))
    right = max(c.right_edge for c in parts)
    late = verb_after_aside(verb, right)
    if late is not None:
        # A noun of the content is the subject of a clause the aside cut off; an object
        # that is that subject makes the content a clause ('said harsh tactics, ..., could
        # encourage fights'), a to-clause keeps its verb ('promised to stay until ...').
        clause = all(c.dep_ == "dobj" for c in parts)
        return min(c.left_edge for c in parts), late.right_edge, clause
    return min(c.left_edge for c in parts), right, False


# Words whose "of" names a part of a group, not a topic ("warned all of the residents").
_PARTS_WORDS = """all some many most each both none several few one any lot lots dozens hundreds
    thousands millions number majority minority rest half group members"""
_PARTS = frozenset(_PARTS_WORDS.split())


def _partitive(noun: Any) -> bool:
    """The addressee is a part of a group ("all of the residents", "a lot of them")."""
    return noun.pos_ in {"PRON", "DET", "NUM"} or noun.lower_ in _PARTS


def _stray_clause(verb: Any) -> Any:
    """'has said from the start that ...', 'said at a rally that ...': a that-clause the
    parser hung on the noun of a phrase after the verb is what the verb reports (an
    attribution noun's own clause, 'said in a statement that', is read off the noun)."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ in NOUN_CUES:
                continue
            for c in noun.rights:
                if c.dep_ in {"acl", "relcl"} and any(
                    g.dep_ == "mark" and g.lower_ == "that" for g in c.children
                ):
                    return c
    return None


def _subject_misread(verb: Any, comp: Any) -> Any:
    """Where a reported clause starts: the parser can take its subject for the verb's
    object ('say | movement over the week | is instructive'), leaving the clause without
    one; then the clause starts right after the verb."""
    first = comp.left_edge
    if comp.i < verb.i or first.i <= verb.i + 1:
        return first
    if any(g.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for g in comp.children):
        return first
    between = verb.doc[verb.i + 1 : first.i]
    heads = [t for t in between if t.head.i == verb.i]
    if (
        heads
        and heads[0].dep_ == "dobj"
        and all(t.dep_ in {"dobj", "prep"} and not t.is_punct for t in heads)
        and not any(t.is_punct for t in between)
    ):
        return between[0]
    return first


def _question(verb: Any) -> Any:
    """'asked the mayor if she would resign': the question a verb of asking puts, an
    'if' or 'whether' clause the parser hangs on the verb as an adverbial clause."""
    if FORM_TO_BASE.get(verb.lower_) not in {"ask", "wonder"}:
        return None
    for c in verb.rights:
        if c.dep_ == "advcl" and any(
            g.dep_ == "mark" and g.lower_ in {"if", "whether"} and g.i == c.left_edge.i
            for g in c.children
        ):
            return c
    return None


def _for_to(verb: Any) -> Any:
    """'called for the strongholds to be hit', 'pushed for Congress to act': the for-to clause
    the parser hangs on the verb as an adverbial clause is what was called for."""
    for c in verb.rights:
        if (
            c.dep_ == "advcl"
            and any(g.dep_ == "mark" and g.lower_ == "for" for g in c.children)
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        ):
            return c
    return None


def _bare_cue(clause: Any) -> bool:
    """A clause that is only another cue ('..., he told Lee, the White House said'): the
    outer source of the words, not what they say."""
    first = clause.left_edge
    return (
        is_reporting(clause)
        and first.i > 0
        and clause.doc[first.i - 1].text == ","
        and all(c.dep_ in BARE for c in clause.children)
    )


def _closing_cue(verb: Any) -> Any:
    """A bare cue clause with a speaker of its own that the parser hangs on a reporting
    verb after it ('X, he told Lee, the White House said'), or None."""
    for c in verb.rights:
        if (
            c.dep_ == "ccomp"
            and _bare_cue(c)
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        ):
            return c
    return None


def _aside(verb: Any) -> bool:
    """A cue set into the clause it reports: "X, he said, Y", "X, she said." or "As Lee
    said, X"."""
    if verb.dep_ == "parataxis":
        return True
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
    ):
        return False
    # 'As Lee said, X' and 'X, as Lee said': set off from what it reports; 'He spoke in
    # Russian as he said:' is a time clause introducing a quote.
    doc = verb.doc
    first = verb.left_edge
    return bool(first.i == verb.head.left_edge.i or (first.i > 0 and doc[first.i - 1].text == ","))


def _host(verb: Any) -> tuple[Any, Any] | None:
    """The clause a cue is set into, without the cue's own words when they open or close it
    (a cue in its middle stays inside the span: a quote is one stretch of text)."""
    host = verb.head
    if host.pos_ not in {"VERB", "AUX"} or host.i == verb.i:
        return None
    doc = verb.doc
    left, right = host.left_edge, host.right_edge
    # '"X," Lee said, while ...': a cue right after a quote that opens its host reports that
    # quote, not what follows it (the parser may hang the rest of the sentence on the quote).
    words = [t for t in verb.subtree if not t.is_punct]
    before = doc[words[0].i - 1] if words[0].i > left.i else None
    after_quote = left.tag_ == "``" and before is not None and before.tag_ == "''"
    if verb.left_edge.i <= left.i:
        left = doc[min(verb.right_edge.i + 1, right.i)]
    elif verb.right_edge.i >= right.i or after_quote:
        right = doc[max(verb.left_edge.i - 1, left.i)]
    return left, right
