"""A quote's cue after its closing mark: '"...," she said', '"...," said Ann Lee',
'"...," Bozell notes.'"""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.lexicon import (
    DOUBLED,
    FORM_TO_BASE,
    MARKS,
    NAME_RUN,
    SUBJECTS,
    is_reporting,
)
from crossbrief.analyze.quotes.openers import phrase_then_verb

# How many tokens a cue after a quote may lie from its closing mark: a speaker phrase
# ("Transport Minister Ann Lee") then the verb, or the verb then the phrase.
TRAILING_REACH = 7
RELATIVE = frozenset({"which", "that", "who", "whom"})
PHRASE_REACH = 8  # tokens of a noun phrase named after a quote ('a narrator in the film')


def trailing_cue(text: str, para: Para, span: Any, end: int) -> Any:
    """'"...," she said': a quote that ends in a comma (or ? ! or a dash) inside its marks
    and is followed in its sentence by a speaker and a reporting verb, or the verb and
    its speaker, takes that cue, whatever verb earlier in the sentence the parser hung it
    on ('Lee declared the need for unity: "...," she said')."""
    if text[end - 1 : end] not in {",", "?", "!", "-", "\u2014", "\u2013"}:
        return None
    sent = para.sent_of(span.end - 1)
    j = after_marks(para, span)
    # A name after a question or an exclamation ('"...?" Ann Lee asked.') is in a sentence
    # of its own for the parser; it is the quote's cue only when the verb ends its clause
    # ('Others saw the same thing', with an object, is the writer's next sentence).
    apart = j >= sent.end and j < len(para.doc) and not para.doc[j].text[:1].islower()
    if (
        j >= sent.end
        and j < len(para.doc)
        and (para.doc[j].text[:1].islower() or text[end - 1 : end] in {"?", "!"})
    ):
        # '"...?" asked Lee', '"...!" he said': a lowercase word goes on with the writer's
        # sentence wherever the parser ended it.
        sent = para.sent_of(j)
    for k in range(j, min(j + TRAILING_REACH, sent.end)):
        tok = para.doc[k]
        if para.quoted[k]:
            return None
        if is_reporting(tok):
            subj = after_quote_subject(tok, span, para.quoted) or subject(tok, para.quoted)
            if subj is None or subj.i < j or subj.lower_ in RELATIVE:
                return None  # '"...," which votes in June': a clause on a thing
            if subj.i > tok.i:  # '"...," said Ann Lee'; 'Asked Lee' opens a sentence
                return tok if k == j and not apart else None
            # '"...," Ann Lee later said': the subject's phrase opens the clause (an
            # apposition's comma has ended the search above).
            between = para.doc[subj.right_edge.i + 1 : k]
            ok = subj.left_edge.i == j and all(t.pos_ in {"ADV", "AUX"} for t in between)
            return tok if ok and (not apart or _ends_clause(para, tok)) else None
        if tok.is_punct and tok.text not in {".", "-"}:
            # The speaker comes before any comma ('..., said Ann Lee, who ...'), unless the
            # comma is inside a subject phrase that runs up to its verb.
            return phrase_then_verb(para, j, sent)
    return None


def _ends_clause(para: Para, verb: Any) -> bool:
    """The verb closes its clause: a full stop (or a comma before the writer's own words)
    follows it, past adverbs ("Lee asked again.")."""
    k = verb.i + 1
    doc = para.doc
    while k < len(doc) and doc[k].pos_ == "ADV":
        k += 1
    if k >= len(doc):
        return True
    nxt = k + 1 < len(doc) and para.quoted[k + 1]
    return doc[k].text in {".", "!", "?"} or (doc[k].text == "," and not nxt)


def after_quote_subject(verb: Any, span: Any, quoted: bytearray) -> Any:
    """'His verdict: "...," he said': of the subjects the parser gave a cue after a quote,
    the one between the quote and the cue speaks (the other heads the words before it)."""
    if verb.i < span.end:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in SUBJECTS and span.end <= c.i < verb.i and not quoted[c.i]
        ),
        None,
    )


def name_then_verb(text: str, para: Para, span: Any, end: int) -> Attr | None:
    """'"...," Bozell notes.': a name and a reporting word in -s right after a quote's comma,
    followed by a full stop or a comma ('"...," Bozell notes, adding ...'), are its speaker
    and cue, whatever tag the parser gave the word ("notes", "claims" and "answers" are
    nouns too)."""
    if text[end - 1 : end] not in {",", "?", "!"}:
        return None
    doc = para.doc
    j = after_marks(para, span)
    k = j
    while k < len(doc) and k - j < NAME_RUN and doc[k].pos_ == "PROPN" and not para.quoted[k]:
        k += 1
    if k == j or k + 1 >= len(doc):
        return None
    word = doc[k]
    if word.pos_ == "VERB" or word.lower_ not in FORM_TO_BASE or word.lower_[-1:] != "s":
        return None
    return Attr(para, word, (j, k), doc[k - 1]) if doc[k + 1].text in {".", ","} else None


# What opens a noun phrase named after a quote ('the two', 'a narrator in the film').
OPENERS = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their"})
# What may stand inside it: a noun and its modifiers, a preposition's phrase, a hyphen.
INSIDE = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "ADP", "DET"})
# Words that close the clause after a cue that ends it ('the two write.', 'state in ...').
CLOSERS = frozenset({".", ",", ";"})
READING = frozenset({"read", "reads"})


def phrase_then_word(text: str, para: Para, span: Any, end: int) -> Attr | None:
    """'"...," the two write.', '"...," a narrator in the film states': a noun phrase
    opened by a determiner and a reporting word right after a quote's comma, the word
    ending its clause (a full stop, a comma or a preposition after it), are the quote's
    speaker and cue, whatever tags the parser gave them ("write" and "states" are nouns
    too); '"...," read the statement.' gives the words to the text named after "read"."""
    if text[end - 1 : end] not in {",", "?", "!"}:
        return None
    doc = para.doc
    j = after_marks(para, span)
    if j + 2 >= len(doc) or para.quoted[j]:
        return None
    if doc[j].lower_ in READING:
        phrase = _noun_phrase(para, j + 1, to_word=False)
        if phrase is None or phrase[1] >= len(doc) or doc[phrase[1]].text not in CLOSERS:
            return None
        return Attr(para, doc[j], phrase, _phrase_head(para, phrase))
    phrase = _noun_phrase(para, j, to_word=True)
    if phrase is None or phrase[1] + 1 >= len(doc):
        return None
    word, after = doc[phrase[1]], doc[phrase[1] + 1]
    if word.lower_ not in FORM_TO_BASE or para.quoted[word.i]:
        return None
    if after.text not in CLOSERS and after.pos_ != "ADP":
        return None
    return Attr(para, word, phrase, _phrase_head(para, phrase))


def _noun_phrase(para: Para, j: int, to_word: bool) -> tuple[int, int] | None:
    """The token range of a noun phrase opened by a determiner at ``j``, up to the first
    word that cannot stand inside one or, ``to_word``, a reporting word that ends its
    clause after it; None if there is none or it holds no noun."""
    doc = para.doc
    if doc[j].lower_ not in OPENERS:
        return None
    k = j + 1
    while k < len(doc) and k - j < PHRASE_REACH and not para.quoted[k]:
        tok = doc[k]
        if to_word and k > j + 1 and tok.lower_ in FORM_TO_BASE and k + 1 < len(doc):
            nxt = doc[k + 1]
            if nxt.text in CLOSERS or (nxt.pos_ == "ADP" and tok.pos_ != "ADP"):
                break  # the reporting word that ends the phrase ('the two write.')
        if tok.pos_ not in INSIDE and tok.text not in {"-", "\u2013"}:
            break
        k += 1
    has_noun = any(t.pos_ in {"NOUN", "PROPN", "NUM"} for t in doc[j + 1 : k])
    return (j, k) if k > j + 1 and has_noun else None


def _phrase_head(para: Para, phrase: tuple[int, int]) -> Any:
    """The last noun before the phrase's first preposition ('voice-over' in 'a voice-over
    in the ad')."""
    head = None
    for tok in para.doc[phrase[0] + 1 : phrase[1]]:
        if tok.pos_ == "ADP":
            break
        if tok.pos_ in {"NOUN", "PROPN", "NUM"}:
            head = tok
    return head


def after_marks(para: Para, span: Any) -> int:
    """The first token after a quote's span past its closing marks and blanks on the line:
    where the writer's words after the quote begin."""
    doc = para.doc
    j: int = span.end
    # a wire's doubled closing mark ("''") is one token, as a curly or straight one is
    while j < len(doc) and (doc[j].text in MARKS or doc[j].text in DOUBLED or _blank(doc[j])):
        j += 1
    return j


def _blank(tok: Any) -> bool:
    return bool(tok.is_space and "\n" not in tok.text)


# Pronouns that may speak right after a quote's comma ('"...," she scoffed.').
_SPEAKING_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def name_then_any_verb(text: str, para: Para, span: Any, end: int) -> Attr | None:
    """'Reed said the plan would fail: "It is a joke," Lee scoffed.': a name or a personal
    pronoun and a verb of its own that ends the sentence right after a quote's comma are
    its speaker and cue, whatever the verb, though the parser hung the quote on a verb
    before it."""
    if text[end - 1 : end] not in {",", "?", "!"}:
        return None
    doc = para.doc
    j = after_marks(para, span)
    k = j
    if k < len(doc) and doc[k].lower_ in _SPEAKING_PRONOUNS:
        k += 1
    else:
        while k < len(doc) and k - j < NAME_RUN and doc[k].pos_ == "PROPN":
            k += 1
    if k == j or k + 1 >= len(doc) or any(para.quoted[i] for i in range(j, k + 1)):
        return None
    verb, subj = doc[k], doc[k - 1]
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBD", "VBZ"} or subj.head.i != verb.i:
        return None
    if subj.dep_ != "nsubj" or doc[k + 1].text not in {".", "!"}:
        return None
    if not animate(subj):
        return None  # '"...," Monday arrived.': a day or a thing says nothing
    return Attr(para, verb, (j, k), subj)
