"""Which phrase around a cue is its subject where the parser gives two or none (session 11):
the nearer of two subjects, the subject of the clause a participle goes on from, a person
shown in a recording doing what the participle says, and where a dash ends the phrase."""

from __future__ import annotations

import unicodedata
from typing import Any

from crossbrief.analyze.quotes.animate import animate, singular
from crossbrief.analyze.quotes.lexicon import SUBJECTS, is_reporting
from crossbrief.analyze.titles import TITLE_QUALIFIERS


def nearest_subject_first(verb: Any) -> list[Any]:
    """The verb's children, the nearer of two subjects first: where the parser gives a verb
    two subjects ("In his speech, a tribute to X, Lee said"; "PARIS, May 2 - Lee said";
    "Most back X, but many say"), the earlier is a misread phrase or another clause's, and
    the one next to the verb its subject ("Campaign chair Ann Lee said"); not a reflexive
    ("Lee herself said"), a common noun right after the name ("Lee the realist knows") or
    one the first's relative clause runs into ("Lee, who chairs the X Pac said")."""
    kids = _whole_words(list(verb.children))
    subjects = [c for c in kids if c.dep_ in SUBJECTS and c.i < verb.i]
    inverted = _inverted_subject(verb, kids)
    if subjects and inverted is not None:
        return [inverted] + [c for c in kids if c is not inverted]
    if len(subjects) != 2:
        return kids
    first, near = subjects
    if (
        near.lower_.endswith(("self", "selves"))
        or (
            first.pos_ == "PROPN"
            and near.pos_ == "NOUN"
            and first.right_edge.i + 1 == near.left_edge.i
            and not first.right_edge.is_punct
        )
        or any(c.dep_ == "relcl" for c in first.children)
    ):
        return kids
    return [near, first] + [c for c in kids if c not in subjects]


def _whole_words(kids: list[Any]) -> list[Any]:
    """The children without the pieces of a word written with a hyphen and no spaces ("co"
    and "-" of "Tory co-chairman Lee said"), when the parser made them subjects beside
    another: a piece of a title is no one, the subject after it speaks."""
    pieces = [c for c in kids if c.dep_ in SUBJECTS and _hyphen_piece(c)]
    if not pieces or all(c.dep_ not in SUBJECTS or c in pieces for c in kids):
        return kids
    return [c for c in kids if c not in pieces]


def _hyphen_piece(tok: Any) -> bool:
    """The token is a hyphen with no space on either side, or the word right before one."""
    doc = tok.doc
    if tok.text == "-":
        return tok.i > 0 and not tok.whitespace_ and not doc[tok.i - 1].whitespace_
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return after is not None and after.text == "-" and not tok.whitespace_ and not after.whitespace_


def _inverted_subject(verb: Any, kids: list[Any]) -> Any:
    """The subject right after a cue set off by commas mid-sentence ("Odin, says Vance, is
    ..."): an inverted tag's subject speaks; the subject before its comma, which the parser
    may hang on the cue too, is the subject of the words reported."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    after = [c for c in kids if c.dep_ in SUBJECTS and c.i > verb.i]
    if not after or after[0].left_edge.i != verb.i + 1:
        return None
    end = after[0].right_edge.i + 1
    return after[0] if end < len(doc) and doc[end].text == "," else None


def adjunct_participle(verb: Any) -> Any:
    """The participle right after a comma that ``verb`` is, or is the infinitive of ("...,
    saying", "..., going on to say"), or None: such a participle has no subject of its own
    and goes on from the clause before its comma."""
    while verb.dep_ == "xcomp" and verb.tag_ == "VB" and verb.head.i < verb.i:
        verb = verb.head  # "going on to say": the infinitive goes on from its participle
    if verb.tag_ == "VBG" and verb.i > 1 and verb.doc[verb.i - 1].text == ",":
        return verb
    return None


# Verbs whose object a participle after it shows doing something ("the clip shows Lee
# saying"), as a noun does through "of" ("footage of Lee saying"). Word forms: the
# pipeline has no lemmatizer.
_SHOWING_WORDS = """show shows showed shown showing hear hears heard hearing see sees saw seen
    seeing feature features featured featuring capture captures captured capturing"""
_SHOWING = frozenset(_SHOWING_WORDS.split())
# Nouns for a recording that shows someone ("a video of Lee saying"; not "on behalf of").
_RECORDING_WORDS = "footage video clip recording tape audio film image photo picture"
_RECORDINGS = frozenset(_RECORDING_WORDS.split())


def depicted_speaker(verb: Any, quoted: bytearray) -> Any:
    """'The ad uses footage of Lee asking, "..."', 'The clip shows Lee saying ...': a
    participle with no subject right after a person shown or heard, with no comma between,
    is what that person does; the person speaks, not the subject of the clause. None when
    the participle follows anything else."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if verb.doc[verb.i - 1].text == ",":
        return _shown_before_comma(verb, quoted)
    person = verb.doc[verb.i - 1]
    if quoted[person.i] or person.pos_ not in {"PROPN", "NOUN"} or not animate(person):
        return None
    if person.dep_ == "compound":
        return None  # "Lee campaign saying": the word before is part of another noun
    shown = (
        person.dep_ == "pobj"
        and person.head.lower_ == "of"
        and singular(person.head.head.lower_) in _RECORDINGS
    ) or (person.dep_ == "dobj" and person.head.lower_ in _SHOWING)
    return person if shown else None


def shown_saying(verb: Any, span: Any, quoted: bytearray) -> Any:
    """For a verb of showing taken as a quote's cue ("The footage showed Lee, smiling,
    telling the crowd: '...'"): the participle of speech between the person shown and the
    quote, nearest the quote, whose speaker is that person; else None. The film shows; the
    quote is what the person shown says."""
    if verb.lower_ not in _SHOWING:
        return None
    saying = [
        t
        for t in verb.subtree
        if verb.i < t.i < span.start and t.tag_ == "VBG" and not quoted[t.i] and is_reporting(t)
    ]
    for t in reversed(saying):
        if _shown_before_comma(t, quoted) is not None:
            return t
    return None


def _shown_before_comma(verb: Any, quoted: bytearray) -> Any:
    """'The footage showed Lee, smiling, telling the crowd: "..."': a participle after a
    comma, hung (through other such participles) on a verb of showing whose subject is a
    thing (a film, a report) and whose object is a person named before it: that person.
    A person who shows ("Hale showed the pier, telling ...") speaks as the subject."""
    top = verb
    while top.dep_ in {"advcl", "conj"} and top.head.tag_ == "VBG" and top.head.i < top.i:
        if any(c.dep_ in SUBJECTS for c in top.head.children):
            return None
        top = top.head  # "..., apparently talking about X, telling ...": the first one
    show = top.head
    if top.dep_ not in {"advcl", "conj"} or show.lower_ not in _SHOWING or show.i > top.i:
        return None
    subject = next((c for c in show.children if c.dep_ in SUBJECTS), None)
    if subject is None or animate(subject):
        return None
    person = next((c for c in show.children if c.dep_ == "dobj" and c.i < top.i), None)
    if person is None or quoted[person.i] or person.pos_ != "PROPN" or not animate(person):
        return None
    return person


def _own_subject(verb: Any, quoted: bytearray) -> Any:
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS and not quoted[c.i]), None)
    if subj is None or all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in subj.text):
        return None  # an invisible mark the parser made a word of is no one
    return subj


def clause_ending_at(last: Any, verb: Any, quoted: bytearray) -> Any:
    """The subject of the clause whose last word is ``last`` (the one before a participle's
    comma), or None. The last word may be that clause's verb itself ('"...," Lee said,
    adding ...') when the parser set it in as a clause of its own (a root, a parataxis) or
    hung it on a verb inside the quote before it."""
    tok = last
    while tok.head.i != tok.i and tok.head.i != verb.i and tok.head.right_edge.i == last.i:
        tok = tok.head
        subj = _own_subject(tok, quoted)
        if subj is not None:
            return subj
    # A verb deeper in a clause ("vague on where she was, offering") is not the one the
    # participle goes on from.
    if quoted[last.i] or not (last.dep_ in {"ROOT", "parataxis"} or quoted[last.head.i]):
        return None
    return _own_subject(last, quoted)


# A possessive pronoun and the subjects it can stand for: a pronoun or a noun of its number.
_AGREES = {
    "his": ({"he"}, {"NN", "NNP"}),
    "her": ({"she"}, {"NN", "NNP"}),
    "their": ({"they"}, {"NNS", "NNPS"}),
}


def own_subject(possessor: Any, noun: Any) -> Any:
    """'Lee sharpened his criticism of X', 'Voters were scathing in their criticism of X':
    a stance noun whose possessive pronoun stands for the subject of the verb it hangs on (as
    its object, or through one preposition) is that subject's, and the subject phrase is
    the speaker, not the pronoun; None when the pronoun and the subject do not agree."""
    if possessor is None or possessor.lower_ not in _AGREES:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    elif noun.dep_ != "dobj":
        return None
    if verb.dep_ == "acomp":
        verb = verb.head  # "were scathing in their criticism"
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    pronouns, tags = _AGREES[possessor.lower_]
    if subj.lower_ in pronouns or (
        subj.tag_ in tags and subj.pos_ in {"NOUN", "PROPN"} and animate(subj)
    ):
        return subj
    return None


_DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015", "--"})


def past_dash(doc: Any, left: int, head: Any) -> int:
    """The first token of a speaker phrase from ``left`` to ``head``, after a dash set off
    by spaces that ends an aside before it ("... made public - Lee said": no part of the
    name; a hyphen inside "Mary-Ann" is none); not when a name stands before the dash and
    another closes the aside before the cue verb, the phrase head's own head ("Ann Lee - his
    sister, who runs the port - said", an apposition in dashes)."""

    def spaced_dash(k: int) -> bool:
        return doc[k].text in _DASHES and bool(doc[k].whitespace_ and doc[k - 1].whitespace_)

    dashes = [k for k in range(max(left, 1), head.i) if spaced_dash(k)]
    if not dashes:
        return left
    # the aside may hold a comma or a clause the phrase leaves out, so the closing dash is
    # looked for up to the verb, not only right after the phrase
    cue = head.head.i if head.head.i > head.i else head.right_edge.i + 2
    closing = range(head.i + 1, min(cue, len(doc)))
    if doc[dashes[-1] - 1].ent_type_ == "PERSON" and any(spaced_dash(k) for k in closing):
        return left
    return dashes[-1] + 1


def phrase_start(doc: Any, left: int, head: Any) -> int:
    """The first token of a speaker phrase whose parse starts at ``left`` and is headed by
    ``head``: past a dash that ends an aside before it (``past_dash``), and back over the
    abbreviations that qualify a title the phrase opens with ("Asst. Dist. Atty. Ann Lee"),
    which the parser may leave off as punctuation for their stop, so the speaker as written
    keeps the whole title as it keeps "Lt. Gen. Ann Lee"."""
    left = past_dash(doc, left, head)
    while left > 0 and _qualifier(doc[left - 1]) and doc[left].text[-1:] == ".":
        left -= 1
    return left


def _qualifier(token: Any) -> bool:
    """Whether ``token`` is a title's qualifier written abbreviated, with its stop ("Dist.")."""
    text = token.text
    return len(text) > 1 and text.endswith(".") and text[:-1].lower() in TITLE_QUALIFIERS
