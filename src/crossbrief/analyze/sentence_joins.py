"""Where no sentence may start: constraints set on a paragraph's tokens before the parser runs.

spaCy's parser ends sentences inside a clause that a reader reads as one sentence: before a
clause opened by a lower-case word ("... _ the second delay _ while the crew waited"),
after a "!" or "?" that closes a quotation whose attribution follows ("'Go!' he shouted as
..."), before a bare attribution ("'Is it safe?'" / "Ola Finn asked."), and after a street
abbreviation in an address ("at 12 Orchard Ave." / "on Friday"), after a rank or title
abbreviation before a name ("Navy Cmndr." / "Ola Brenn") or before the title it qualifies
("Dist." / "Atty. Ola Brenn"), and at the wire's spaced dash
("since 1993 _" / "Ivo Tarn, who ..."). Each rule here
marks tokens as no sentence start; the parser keeps those constraints, so the paragraph is
parsed once, with the right boundaries, and every later stage sees the same sentences.
"""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.dotted_ends import OPENERS
from crossbrief.analyze.titles import TITLE_QUALIFIERS

# Marks that may sit between the end of a clause and the word that goes on with it: closing
# quote marks (straight, curly, doubled apostrophes), dashes (the wire's "_" too), commas and
# ellipses. An opening bracket is not one ("(djp)" is a byline tag of its own).
_LEAD = re.compile(r"^(?:[\"'\u201c\u201d\u2018\u2019`]+|''|[-\u2013\u2014_]{1,2}|,|\.{3}|\u2026)$")
# A list marker: one letter or a short roman numeral with its bracket or stop ("a)", "ii.").
_MARKER = re.compile(r"^(?:[a-z]|[ivx]{1,4})[.)]?$")
_CLOSING_QUOTE = re.compile(r"^(?:[\"'\u201d\u2019]|'')$")
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_SPEECH_VERBS = frozenset(
    {
        "said",
        "says",
        "asked",
        "asks",
        "added",
        "adds",
        "wrote",
        "writes",
        "explained",
        "noted",
        "recalled",
        "replied",
        "tweeted",
        "shouted",
        "insisted",
        "declared",
        "continued",
        "told",
        "chanted",
        "cried",
        "yelled",
    }
)
# Words a bare attribution may end with: when and where it was said ("said Monday", "asked
# in an interview on Tuesday").
_WHEN_TEXT = (
    "monday tuesday wednesday thursday friday saturday sunday today tonight yesterday later"
    " earlier then again recently afterward afterwards on in at last this that a an the"
    " statement interview night morning afternoon evening week weekend month year"
)
_WHEN = frozenset(_WHEN_TEXT.split())
NAME_WORDS = 4  # words of a speaker's name in a bare attribution, at most
WHEN_WORDS = 4  # words after its verb, at most
ATTRIBUTION_WORDS = 6  # words from a clause's start to its verb of saying, at most
# Tokens a joined sentence may reach, at most: text with no capitals ("the storm hit. roads
# closed. ...") must not become one sentence of hundreds of words.
JOINED_TOKENS = 80
# Abbreviations the tokenizer splits from their stop ("etc", "."), unlike "a.m." or "e.g."
# (one token each): their stop ends no sentence.
_SPLIT_ABBREVIATIONS = frozenset({"etc", "approx", "incl", "esp", "cf", "viz", "ca"})
# Street abbreviations, which the tokenizer also splits from their stop ("Blvd", "."): an
# address goes on after them with a lower-case word or a day ("at 12 Orchard Ave. on Friday",
# "... Ave. Tuesday night"). "St." and "Dr." are one token each and join as other words do.
_STREETS = frozenset({"blvd", "ave", "rd", "hwy", "pkwy", "expy"})
_DAYS = frozenset(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
# Fine tags of a finite verb, and the possessive: a day followed by one is a clause's subject
# ("Sunday was ...", "Monday's fire ..."), which starts a sentence.
_SUBJECT_AFTER = frozenset({"VBD", "VBZ", "VBP", "MD", "POS"})
_ENDS = frozenset({".", "!", "?", "\u2026"})
# Rank, office and courtesy abbreviations written before a name, each one token with its stop
# (spaCy's exceptions and ``nlp.TITLE_ABBREVIATIONS``): a capitalised word after one is the
# name going on ("said Navy Cmndr. Ola Brenn"), never a new sentence. Only forms that stand
# for nothing else: not "Dr." (Drive), "St." (Street), "Jr." (after a name), "Del." (a state).
_TITLE_TEXT = (
    "mr mrs ms messrs mme mlle prof rev msgr gov sen sens rep reps gen adm brig capt cdr"
    " cmdr cmndr comdr cmdt col cpl ens lt lieut maj sgt pvt pfc spc supt insp det cst atty"
    " amb cllr comr commr"
)
_TITLES_BEFORE_NAMES = frozenset(_TITLE_TEXT.split())
# A qualifier ("Dist.", ``titles.TITLE_QUALIFIERS``) opens a run of titles only before a
# title abbreviation ("Dist. Atty."): alone it may end a sentence ("... sent to the Dist. The
# next day ..."), so no name joins it.
_TITLE_RUN_WORDS = _TITLES_BEFORE_NAMES | TITLE_QUALIFIERS
# A capitalised word of two to four letters with its stop ("Inf.", "Cav."): after a rank,
# its arm or branch.
_ABBREVIATED_WORD = re.compile(r"^[A-Z][a-z]{1,3}\.$")


def _word_going_on(token: Any) -> bool:
    """A lower-case word that can only go on with the sentence before it: not a list marker
    and not a name written with a small first letter and a capital inside ("iPhone")."""
    text = token.text
    return (
        text[:1].isalpha()
        and text[:1].islower()
        and not any(c.isupper() for c in text[1:])
        and not (_MARKER.match(text) and (text[-1] in ".)" or _next_text(token) in {")", "."}))
    )


def _next_text(token: Any) -> str:
    """The text of the token after ``token``, or "" at the end."""
    return token.doc[token.i + 1].text if token.i + 1 < len(token.doc) else ""


def _after_line_break(doc: Any, i: int) -> bool:
    """Whether token ``i`` opens a line inside the paragraph (a list item or a verse)."""
    before = doc[i - 1]
    return "\n" in before.text or "\n" in before.whitespace_


def _bare_attribution(doc: Any, i: int) -> bool:
    """Whether ``doc[i:]`` up to a full stop is only a speaker and a verb of saying, with at
    most a few words of when ("Ola Finn asked.", "He said Monday."), right after a quotation
    closed by a mark that ends it (".", ",", "!", "?")."""
    k = i - 1  # back over the closing marks, nested ones too ("'no,' ''")
    while k >= 1 and _CLOSING_QUOTE.match(doc[k].text):
        k -= 1
    if k == i - 1 or doc[k].text[-1:] not in {".", ",", "!", "?", "\u2026"}:
        return False
    j = i
    if doc[j].lower_ in _PRONOUNS:
        j += 1
    else:
        while j < len(doc) and j - i < NAME_WORDS and doc[j].text[:1].isupper():
            j += 1
        if j == i:
            return False
    if j >= len(doc) or doc[j].lower_ not in _SPEECH_VERBS:
        return False
    verb = doc[j]
    j += 1
    if verb.lower_ == "told" and j < len(doc) and doc[j].is_alpha:
        j += 1  # whom: "told reporters", "told Reuters"
    when = 0
    while j < len(doc) and when < WHEN_WORDS and doc[j].lower_ in _WHEN:
        j += 1
        when += 1
    return j < len(doc) and doc[j].text == "."


def _attribution_ahead(doc: Any, i: int) -> bool:
    """Whether a verb of saying comes within ATTRIBUTION_WORDS words from ``doc[i]`` ("he
    shouted", "asked Ola Finn", "a small crowd chanted")."""
    return any(t.lower_ in _SPEECH_VERBS for t in doc[i : i + ATTRIBUTION_WORDS])


def _full_stop_goes_on(doc: Any, j: int, i: int) -> bool:
    """Whether the clause at ``doc[i]`` goes on after the full stop ``doc[j]`` (a "." token of
    its own, so no "a.m." or "U.S."): only after an abbreviation whose stop the tokenizer split
    off ("etc."), or as the attribution of a quotation closed right after the stop ("'It is
    done.' he said"). Anything else after a full stop is a new sentence typed in lower case
    ("... the company said. adidas said ..."), whose subject must not join the sentence
    before it."""
    if j >= 1 and not doc[j - 1].whitespace_ and _abbreviation(doc[j - 1]):
        return True
    closed = not doc[j].whitespace_ and j + 1 < i and _CLOSING_QUOTE.match(doc[j + 1].text)
    return bool(closed) and _attribution_ahead(doc, i)


def _abbreviation(token: Any) -> bool:
    """Whether ``token`` is an abbreviation whose stop, split off after it, ends no sentence
    before a lower-case word ("etc", "Blvd")."""
    return token.lower_ in _SPLIT_ABBREVIATIONS or token.lower_ in _STREETS


def _day_after_street(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` is a day going on with an address ("at 12 Orchard Ave. Tuesday
    night"): a weekday right after a street abbreviation's split-off stop, not followed by a
    finite verb or a possessive that would make it a new sentence's subject."""
    if doc[i].text not in _DAYS or i < 2 or i + 1 >= len(doc):
        return False
    stop, street = doc[i - 1], doc[i - 2]
    return (
        stop.text == "."
        and not street.whitespace_
        and street.lower_ in _STREETS
        and doc[i + 1].tag_ not in _SUBJECT_AFTER
    )


def _name_after_title(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` is a capitalised word going on after a title abbreviation before a
    name ("Navy Cmndr. Ola Brenn"): not a word that opens sentences ("... by the Cmndr. The
    next day ...") and not a word the tagger reads as no name."""
    before = doc[i - 1].text
    return (
        before.endswith(".")
        and before[:-1].lower() in _TITLES_BEFORE_NAMES
        and doc[i].tag_ == "NNP"  # a name, not "In" after a name ending the same ("Hun Sen.")
        and doc[i].text not in OPENERS
    )


def _title_abbreviation(token: Any, titles: frozenset[str]) -> bool:
    """Whether ``token`` is one of ``titles`` written abbreviated, one token with its stop."""
    text = token.text
    return len(text) > 1 and text.endswith(".") and text[:-1].lower() in titles


def _title_run(doc: Any, i: int) -> list[int]:
    """The tokens of a run of abbreviated offices and the name after it that opens at a
    qualifier ``doc[i]`` ("Asst. Dist. Atty. Ola Brenn"), as no sentence starts; [] when no
    title abbreviation follows the qualifier. The qualifier itself is marked only where no
    sentence ends before it. The name's words are marked too: the parser may end a sentence
    after a run of unknown abbreviations even at a word marked as no start, but not inside
    a name whose every word is marked.

    A run may also open at a rank ``doc[i]`` with its arm or branch abbreviated after it
    ("Col. Inf. Ola Brenn", "Lt. Col. Inf. ..."): then a name must follow the run, since a
    branch written alone ends a sentence as any word does."""
    j = i + 1
    rank = _title_abbreviation(doc[i], _TITLES_BEFORE_NAMES)
    branch = False
    while j < len(doc) and (
        _title_abbreviation(doc[j], _TITLE_RUN_WORDS) or (rank and _branch(doc[j]))
    ):
        branch = branch or not _title_abbreviation(doc[j], _TITLE_RUN_WORDS)
        j += 1
    if j == i + 1 or (rank and not branch):
        return []
    name = j
    while j < len(doc) and j - name < NAME_WORDS and _name_word(doc[j]):
        j += 1
    if rank and j == name:
        return []
    first = i if i > 0 and not _after_end(doc, i) else i + 1
    return list(range(first, j))


def _branch(token: Any) -> bool:
    """Whether ``token`` may be an arm or branch abbreviated after a rank ("Inf.", "Mar.",
    "Cav."): a short capitalised word with its stop, one token."""
    return _ABBREVIATED_WORD.match(token.text) is not None


def _name_word(token: Any) -> bool:
    """Whether ``token`` may be a word of a person's name after a title: a capitalised proper
    noun that opens no sentence."""
    return token.text[:1].isupper() and token.tag_ == "NNP" and token.text not in OPENERS


def _after_wire_dash(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` follows the wire's dash, an underscore standing alone ("since 1993 _
    Ivo Tarn, who ..."), after a word or a figure: the dash sets off an aside or what follows,
    and ends no sentence. After a stop, a colon, a dateline's bracket ("(AP) _") or a
    dateline in capitals ("VELMORA _") it opens an item or the story, which the parser may
    split off."""
    if i < 2 or doc[i - 1].text != "_" or not doc[i - 1].whitespace_:
        return False
    before = doc[i - 2]
    if not before.whitespace_ or not (before.is_alpha or before.like_num):
        return False
    # a dateline in capitals opening the paragraph ("VELMORA _ The board ...") is no clause
    return not all(t.text.isupper() or not t.is_alpha for t in doc[: i - 1])


def _clause_end(doc: Any, i: int) -> int:
    """The index just past the first mark that ends a sentence at or after ``doc[i]``."""
    for token in doc[i:]:
        if token.text in _ENDS or (len(token.text) > 1 and token.text.endswith(".")):
            return int(token.i) + 1
    return len(doc)


def _after_end(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` follows a mark that ends a sentence, past closing quote marks."""
    k = i - 1
    while k >= 1 and _CLOSING_QUOTE.match(doc[k].text):
        k -= 1
    text = doc[k].text
    return text in _ENDS or (len(text) > 1 and text.endswith("."))


def join_clause_splits(doc: Any) -> Any:
    """``doc`` (tokenized, not yet parsed) with no sentence starting where the sentence before
    it must go on: at a lower-case word (not a list marker, not a line's first word inside
    the paragraph, not a "iPhone"-like name) or at the closing quote marks, dashes or commas
    just before it, at a bare attribution after a closed quotation, at a day going on
    with an address after a street abbreviation, at a name after a title abbreviation or a
    title after the abbreviation qualifying it ("Dist. Atty."), and
    at the wire's spaced dash after a word or figure and the word after it."""
    from spacy.attrs import SENT_START

    kept: list[int] = []
    start = 0  # where the sentence being built starts, as far as marks tell
    for token in doc[1:]:
        i = token.i
        if _after_line_break(doc, i):
            start = i
            continue
        if _word_going_on(token):
            run = []
            j = i - 1
            while j >= 1 and _LEAD.match(doc[j].text) and not _after_line_break(doc, j):
                run.append(j)
                j -= 1
            # After a "!" or "?" the clause goes on only as the quotation's attribution ("'Go!'
            # he shouted as ..."): quote finding takes any other clause's subject ("'...!' _
            # the crowd cheered") for the speaker of the quotation.
            if doc[j].text in {"!", "?"} and not _attribution_ahead(doc, i):
                start = i
                continue
            if doc[j].text == "." and not _full_stop_goes_on(doc, j, i):
                start = i
                continue
            if _clause_end(doc, i) - start > JOINED_TOKENS:
                start = i
                continue
            kept += [i, *run]
        elif _after_wire_dash(doc, i) and _clause_end(doc, i) - start <= JOINED_TOKENS:
            kept += [i, i - 1]
        elif token.text[:1].isupper() and (
            _bare_attribution(doc, i) or _day_after_street(doc, i) or _name_after_title(doc, i)
        ):
            kept.append(i)
        elif _after_end(doc, i):
            start = i
    for token in doc:
        if _title_abbreviation(token, _TITLE_RUN_WORDS):
            kept += _title_run(doc, token.i)
        elif token.text == "Snr" and _next_text(token) == "." and not token.whitespace_:
            # "Snr" with its stop split off opens a run as "Sr." does ("Snr. Insp. Ola Brenn").
            kept += _title_run(doc, token.i + 1)
    if kept:
        # One write of the whole column: Token.is_sent_start checks the document's parse on
        # every write, which made this pass cost as much per token as the tagger.
        starts = doc.to_array([SENT_START]).astype("int64")
        starts[kept] = -1
        doc.from_array([SENT_START], starts.view("uint64"))
    return doc
