"""Cues and speakers in the parse: the reporting verb a quote hangs on, its subject (asked.py)."""

from __future__ import annotations

import unicodedata
from typing import Any

from crossbrief.analyze.quotes.absolutes import absolute_subject
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.as_clauses import as_clause_subject
from crossbrief.analyze.quotes.asked import asked_passive, asker
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cue_sentences import cue_ahead, cue_before_colon
from crossbrief.analyze.quotes.dangling import dangles
from crossbrief.analyze.quotes.dash_asides import past_aside
from crossbrief.analyze.quotes.deeds import quote_denied, quoted_as_saying
from crossbrief.analyze.quotes.hedges import hedging_passive
from crossbrief.analyze.quotes.lexicon import (
    ADDRESSEE,
    APPOSED,
    GOVERNED,
    NOT_SPEAKERS,
    PERSONAL,
    SUBJECTS,
    cue_base,
    is_reporting,
)
from crossbrief.analyze.quotes.papers import authored, paper_writer
from crossbrief.analyze.quotes.phrases import (
    adjunct_participle,
    clause_ending_at,
    depicted_speaker,
    nearest_subject_first,
    shown_saying,
)
from crossbrief.analyze.quotes.speaker_spans import phrase
from crossbrief.analyze.quotes.tag_runs import in_tag_run


def cue_for(para: Para, span: Any, direct: bool = False, ahead: bool = True) -> Any:
    """The reporting verb a quoted span hangs on, or None.

    A direct quote may also hang on any verb with a subject ("Hillary shot back, '...'",
    "'...,' the nominee riffed"): its own words say it is speech, whatever the verb.
    ``ahead`` allows a cue in the next sentence ('"..." Lee asked.').
    """
    inside = range(span.start, span.end)
    # The parse may run on into the next line; a cue is sought in the quote's own lines.
    lines = range(para.sent_of(span.start).start, para.sent_of(span.end - 1).end)
    for tok in span:  # a reporting verb above the quoted words
        h = tok
        if h.head.i in inside and h.head.i != h.i:
            continue  # only the roots of the quoted words lead out of it
        while h.head.i != h.i:
            h = h.head
            if h.i in inside or h.i not in lines:
                break
            if not para.quoted[h.i] and is_reporting(h):
                return shown_saying(h, span, para.quoted) or h
            if direct and _introduces(h, span, para.quoted):
                return h  # 'to which Lee interjected: "..."' under another's "said"
    below = [
        c
        for tok in span
        for c in tok.children
        if c.i not in inside
        and c.i in lines
        and not para.quoted[c.i]
        and is_reporting(c)
        and not (direct and _of_a_thing(c))
    ]
    if below:
        # 'When asked why, Lee responded: "..."' hangs "asked" (no subject) on the quote;
        # a cue with a speaker, or one below it, is the better reading.
        deeper = [g for c in below for g in c.children if not para.quoted[g.i] and is_reporting(g)]
        spoken = [c for c in below + deeper if _has_subject(c, para.quoted)]
        cue = min(spoken or below, key=lambda c: _distance(c, span))
        return shown_saying(cue, span, para.quoted) or cue  # "showed Lee, ..., telling: '...'"
    if direct:
        for tok in span:
            h = tok.head
            if (
                h.i not in inside
                and h.i in lines
                and tok.dep_ in GOVERNED
                and h.pos_ == "VERB"
                and not para.quoted[h.i]
                and _speaks(h, para.quoted)
            ):
                return h
        for tok in span:  # 'Lee shot back, "..."' parsed with the verb below the quote
            for c in tok.children:
                if (
                    c.i not in inside
                    and c.i in lines
                    and c.dep_ in {"ccomp", "parataxis", "advcl"}
                    and c.pos_ == "VERB"
                    and _speaks(c, para.quoted)
                    and (0 < span.start - c.right_edge.i <= 3 or 0 < c.left_edge.i - span.end < 3)
                ):
                    return c
    sents = {para.sent_of(span.start).start, para.sent_of(span.end - 1).start}
    near = [
        t
        for s in sorted(sents)
        for t in para.sent_of(s)
        if not para.quoted[t.i] and is_reporting(t) and not (direct and _of_a_thing(t))
    ]
    if near:
        return min(near, key=lambda c: _distance(c, span))
    # The cue in a sentence of its own: '"..." Smith asked.' or 'He added: "..."'.
    return (cue_ahead(para, span, direct) if ahead else None) or cue_before_colon(para, span)


def _introduces(verb: Any, span: Any, quoted: bytearray) -> bool:
    """A verb with someone to speak right before the colon that opens the quote."""
    if verb.pos_ != "VERB" or not _speaks(verb, quoted):
        return False
    between = verb.doc[verb.i + 1 : span.start]
    return any(t.text == ":" for t in between) and all(t.is_punct or t.is_space for t in between)


def _of_a_thing(verb: Any) -> bool:
    """A verb in a relative clause on a thing ("California, which votes in June") is not
    what a whole quoted sentence beside it hangs on; "who said" is ("a paper that found
    'significant' harm" still reports its fragment)."""
    return verb.dep_ == "relcl" and any(
        c.dep_ in SUBJECTS and c.lower_ in {"which", "that"} for c in verb.children
    )


# How a cue with no subject of its own hangs on the verb whose subject speaks ("X said ...,
# adding that", "ended by saying", "went so far as to say": through the adverb "far").
# "dep" is the parser's unlabelled link ("he looked up, furrowed his brow and said, ..."),
# "acomp" an adjective the speaker is ("voters are more likely to say that ...").
CLIMB = frozenset({"conj", "advcl", "xcomp", "ccomp", "pcomp", "prep", "advmod", "dep", "acomp"})


def _has_subject(verb: Any, quoted: bytearray) -> bool:
    return any(c.dep_ in SUBJECTS and not quoted[c.i] for c in verb.children)


def _speaks(verb: Any, quoted: bytearray) -> bool:
    """The verb has someone to say the quote: its own subject, the subject of the verb it is
    coordinated with ("leaned in and boomed: ..."), or a name after "as" ("as Ann Lee put
    it: ...", which the parser hangs on "as")."""
    v = verb
    while not _has_subject(v, quoted) and v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    return _has_subject(v, quoted) or _as_named(verb, quoted) is not None or _inverted(verb, quoted)


def _inverted(verb: Any, quoted: bytearray) -> bool:
    """'"This is fantastic!" beamed Don Hartley': the verb right after the closing mark and
    the name right after the verb."""
    doc = verb.doc
    return bool(
        0 < verb.i < len(doc) - 1
        and quoted[verb.i - 1]
        and not quoted[verb.i + 1]
        and doc[verb.i + 1].pos_ == "PROPN"
    )


def _topic_fronted(prep: Any) -> Any:
    """'Of Carson, Levine said, "..."' parsed with "Of" as the subject: the name in
    apposition to its object speaks; a preposition never does."""
    for obj in prep.children:
        for c in obj.children:
            if c.dep_ == "appos" and c.pos_ == "PROPN":
                return c
    return None


def _after_quote(tok: Any, quoted: bytearray) -> bool:
    """'"...," LeVell assured the crowd': a capitalised word between a closing mark and the
    verb is the speaker, whatever tag the parser gave an unknown name (INTJ, NOUN)."""
    return bool(
        tok.i > 0
        and quoted[tok.i - 1]
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.pos_ not in {"DET", "ADP", "CCONJ", "SCONJ", "PRON"}
        # '"...," Will wrote': no auxiliary comes before a past or present tense verb.
        and (tok.pos_ != "AUX" or (tok.head.i == tok.i + 1 and tok.head.tag_ in {"VBD", "VBZ"}))
    )


def _as_named(verb: Any, quoted: bytearray) -> Any:
    """'as Ann Lee, a former minister, put it': the name the parser made the object of "as"."""
    for c in verb.lefts:
        if c.dep_ == "prep" and c.lower_ == "as":
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if (
                obj is not None
                and not quoted[obj.i]
                and (obj.pos_ == "PROPN" or obj.lower_ in PERSONAL)
            ):
                return obj
    return None


def _distance(tok: Any, span: Any) -> int:
    i: int = tok.i
    return int(span.start) - i if i < span.start else i - int(span.end) + 1


def subject(verb: Any, quoted: bytearray) -> Any:
    """The speaker token of a reporting verb (never a word inside a quote)."""
    if hedging_passive(verb):
        return None  # "Lee is expected to ...": unnamed people expect it, not Lee
    if asked_passive(verb):
        return asker(verb)
    carrier = (
        verb.head.head if verb.dep_ in {"pcomp", "pobj"} and verb.head.lower_ == "as" else verb
    )
    if cue_base(carrier.lower_) == "quote" and quoted_as_saying(carrier) is not None:
        person = quoted_as_saying(carrier)  # "Orsk Wire quoted Lee as saying": Lee, not the wire
        return None if quoted[person.i] else person
    if carrier is not verb and cue_base(carrier.lower_) == "quote" and quote_denied(carrier):
        return None  # "Lee was not quoted as saying": no one is given those words
    for child in nearest_subject_first(verb):
        if child.dep_ == "nsubjpass" and child.lower_ == "it":
            return None  # "It was reported that ...": an expletive, no one is named
        if child.dep_ in SUBJECTS and child.pos_ == "ADP":
            return _topic_fronted(child)
        if (
            child.dep_ in SUBJECTS
            and not quoted[child.i]
            and not _date_name(child)
            and not _wordless(child)
        ):
            return child  # "Smith, who said ...": "who", resolved to Smith by resolve
        if child.dep_ in SUBJECTS:
            # '"Good reporter," Hale, the front-runner, said': the quote read as the
            # subject and the name after it as its apposition.
            named = next(
                (
                    c
                    for c in child.children
                    if c.dep_ == "appos" and c.pos_ == "PROPN" and not quoted[c.i]
                ),
                None,
            )
            if named is not None:
                return named
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if (
        before is not None
        and before.head.i == verb.i
        and (before.pos_ == "PROPN" or before.lower_ in PERSONAL or _after_quote(before, quoted))
        and before.dep_ not in {"punct", "cc", "prep"}
        and not quoted[before.i]
        and not _date_name(before)  # "Lee on Saturday challenged ...": a day speaks not
    ):
        return before  # "Lee said ...", the name mislabelled (advmod, npadvmod) by the parser
    named = _as_named(verb, quoted) or depicted_speaker(verb, quoted)
    if named is not None:
        return named
    if verb.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # "efforts to find a way": the noun is no one who speaks
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and not quoted[verb.head.i]:
        noun = verb.head
        # "Lee issued a statement saying", "filed a motion asking"; "a letter from Lee urging"
        author = paper_writer(noun, quoted) or (authored(noun) and subject(noun.head, quoted))
        if author:
            return author
        return noun  # "voters saying ...", "a statement calling for ..."
    clause = absolute_subject(verb, quoted) or as_clause_subject(verb, quoted)
    if clause is not None:
        return clause  # "..., with the mayor saying", "clapped as the mayor said": the mayor
    # "X said ..., adding that ...", "X ended by saying ...": the subject of the reporting
    # verb above, else of the nearest verb above (CLIMB).
    v, fallback = verb, None
    while v.dep_ in CLIMB and v.head.i != v.i:
        if v.dep_ == "xcomp" and not is_reporting(v.head):
            # "The ruling led the judge to issue a statement saying": the object of a verb
            # that is no speech does what its infinitive says.
            obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None)
            if obj is not None and not quoted[obj.i] and animate(obj):
                return obj
        v = past_aside(v)  # '... - she "called it ..." - and added': not the aside's "she"
        subj = next(
            (c for c in v.children if c.dep_ in SUBJECTS and not quoted[c.i] and not _wordless(c)),
            None,
        )
        if subj is not None and dangles(verb, subj):
            return None  # "Despite insisting he ..., the paper said": not the paper's words
        if subj is not None and is_reporting(v):
            return subj
        if subj is not None and subj.lower_ == "it" and v.pos_ == "AUX":
            subj = None  # "It is too early to say": an expletive names no one
        fallback = fallback or subj
    if fallback is not None:
        return fallback
    participle = adjunct_participle(verb)
    if participle is not None:
        # "as Lee echoed it, saying X ..." hung on another verb: the participle goes on
        # from the clause that ends at its comma, whose subject speaks (not X, the subject
        # of the reported words, nor the object of "telling").
        return clause_ending_at(verb.doc[participle.i - 2], participle, quoted)
    for child in verb.children:  # "said Mr Putin" can parse the subject as dobj/attr
        if (
            child.dep_ in {"dobj", "attr", "npadvmod", "appos", "nsubj"}
            and child.pos_ == "PROPN"
            and not quoted[child.i]
            and not _date_name(child)  # "said Wednesday": a day speaks not
            and not _addressed(verb, child)
        ):
            return child
    doc = verb.doc
    if verb.dep_ == "amod" and verb.head.pos_ == "PROPN" and not quoted[verb.head.i]:
        return verb.head  # 'Added Lee: "..."' parsed as a modifier of the name
    if (
        verb.dep_ == "conj"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in {"PROPN", "NOUN"}
        and not quoted[verb.head.i]
    ):
        return verb.head  # 'The court overruled and said ...' parsed with the court as root
    named = _clause_before(verb, quoted)
    if named is not None:
        return named
    if verb.i > 0 and doc[verb.i - 1].is_punct:
        # '"...," said Virginia delegate Ann Lee, angered that ...' or 'Added Lee: "..."':
        # the parser may hang the name on the next verb; in an inverted cue the speaker is
        # the noun run after it.
        last, j = None, verb.i + 1
        while j < len(doc) and (_in_run(doc[j]) or _counts(doc[j])) and not quoted[j]:
            if doc[j].pos_ in {"PROPN", "NOUN"}:
                last = doc[j]
            j += 1
        if last is not None and _addressed(verb, last):
            last = None  # "Lee, who ..., informed the board that ...": the board hears it
        if last is not None and not (
            j < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_
        ):
            return last  # (not "said matter-of-factly", a hyphenated adverb)
        nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
        if last is None and nxt is not None and nxt.lower_ in INVERTED_PRONOUNS:
            return nxt  # '"...," tweeted another.', '"...," said one.'
        return _named_before(verb, quoted)
    return None


# Verbs of judging, whose object is what is judged; English never puts their subject after
# them ('"...," said the mayor' but never '"...," denounced the mayor').
_JUDGING = frozenset({"denounce", "condemn", "criticize", "criticise", "decry", "deplore"})


def _addressed(verb: Any, obj: Any) -> bool:
    """``obj`` is whom a verb of telling tells, its object before the clause it tells ("Lee
    informed Velmora Freight that ...", "warned the board that ..."), or what a verb of
    judging judges ("denounced the remarks of ..."): never the speaker, even when the parser
    lost the verb's subject."""
    if obj.dep_ == "dobj" and cue_base(verb.lower_) in _JUDGING:
        return True
    return (
        obj.dep_ in {"dobj", "dative"}
        and cue_base(verb.lower_) in ADDRESSEE
        and any(c.dep_ in {"ccomp", "xcomp"} and c.i > obj.i for c in verb.children)
    )


def _in_run(tok: Any) -> bool:
    """A word of the noun run after an inverted cue ('said Virginia delegate Ann Lee')."""
    return tok.pos_ in {"PROPN", "NOUN", "ADJ", "DET"} or in_tag_run(tok)


def _counts(tok: Any) -> bool:
    """A numeral that counts the noun after it ('said one young man'): part of the run,
    so the noun speaks, not the numeral; never one of a date or an amount."""
    return tok.pos_ == "NUM" and tok.dep_ == "nummod" and tok.ent_type_ in {"", "CARDINAL"}


# Pronouns that can follow an inverted cue as its speaker ("he" there opens a clause:
# "says he was wrong").
INVERTED_PRONOUNS = frozenset({"another", "one", "someone", "others"})


def _wordless(tok: Any) -> bool:
    """An invisible format character (a bidi mark, a zero-width space) the parser made a
    word of: no one, whatever its label."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in tok.text)


def _clause_before(verb: Any, quoted: bytearray) -> Any:
    """'Ann Lee, a rabbi helping to organize it, said he ...': the parser may read the name
    and its apposition as a clause the verb reports. When the verb reports another clause
    after it, the name heading the one before is the speaker."""
    before = [c for c in verb.lefts if c.dep_ == "ccomp"]
    if not before or not any(c.dep_ == "ccomp" for c in verb.rights):
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    return next(
        (
            c
            for c in before[-1].children
            if c.dep_ in SUBJECTS and c.pos_ == "PROPN" and c.i < before[-1].i and not quoted[c.i]
        ),
        None,
    )


def _named_before(verb: Any, quoted: bytearray) -> Any:
    """'..., Col. Ann Lee, a military spokeswoman, said, "..."' with the name hung on a
    phrase before it: the person named right before the verb's comma, past an apposition."""
    if verb.tag_ not in {"VBD", "VBZ", "VBP"}:
        return None
    doc = verb.doc
    j = verb.i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    if j < 0 or quoted[j]:
        return None
    tok = doc[j]
    while tok.ent_type_ != "PERSON" and tok.dep_ in APPOSED and tok.head.i < tok.i:
        tok = tok.head
    return tok if tok.ent_type_ == "PERSON" and tok.head.i != verb.i else None


def _date_name(tok: Any) -> bool:
    return tok.pos_ == "PROPN" and tok.ent_type_ in NOT_SPEAKERS


def from_cue(para: Para, cue: Any) -> Attr:
    subj = subject(cue, para.quoted)
    if subj is None:
        return Attr(para, cue, None, None)
    return Attr(para, cue, phrase(subj), subj)
