"""Quotes of one article: direct, partial and indirect speech, each with cue and speaker.

Direct quotes are found in the raw text by their marks, so the quoted words are verbatim by
construction (and checked again by ``is_verbatim``). Curly and straight marks may be mixed;
a quote left open at a paragraph end runs to that end and continues when the next paragraph
opens with a mark (news style). A quote is *direct* when it holds a clause or a sentence of
its own, *partial* when it is a fragment inside the writer's sentence ("called it 'our moral
duty'"); a partial quote with no reporting verb is a scare quote or a title and is dropped.

The cue of a quote is found in this order: a reporting verb above the quoted words in the
parse tree; one attached below them ("..., he said"); the nearest reporting verb of the
sentence outside any quote; a dash after the closing mark ("-- Ann Lee"); a transcript label
("SMITH: ..."); otherwise the quote inherits the attribution of the quote before it in the
paragraph, or of the previous paragraph's quote it continues; a quote opening a paragraph
takes the cue ending the paragraph before with a colon. The speaker is the cue's subject.
Indirect speech is a reporting or stance verb with a clausal complement, object or
prepositional object ("talked about ..."); an attribution noun with its clause or object
("his claim that ...", "concern about ..."); "according to X"; or a "Speaker: ..." line.

A speaker phrase is resolved, within this article, to a name: a person or organisation
mention inside it; for a relative pronoun ("who said") the noun its clause modifies; for a
pronoun ("he", "his office") the latest person named as a subject before it; for a role ("the Israeli prime minister") the latest person whose own mention
carries that role word. Synthesis links the name to the story's entity.

Every step is linear in the tokens: sentences are found by bisection and each quote looks
only at its own sentence and its neighbours.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import Mention, Quote, QuoteKind

# Reporting and cognition verbs (base forms); spaCy runs without its lemmatizer here, so the
# inflected forms are generated below.
_REPORTING_WORDS = """say tell add state announce claim insist argue warn explain note write declare stress
    assert suggest acknowledge admit deny report confirm urge ask reply respond describe
    predict believe think emphasize emphasise allege complain tweet recall promise vow
    continue concede contend maintain accuse criticize criticise testify reveal indicate
    conclude estimate agree fear hope expect know feel find show propose pledge repeat remark
    observe caution signal comment joke boast brag liken question charge counter recount
    quip shout scream yell whisper reiterate assure inform remind tout blast slam praise
    mock dismiss demand threaten point want see consider view plan like support oppose cite
    refer defend seek endorse doubt worry blame recommend decline refuse attack call back
    favor favour prefer vote thank discuss talk speak mention express highlight encourage
    chant answer bemoan lament decry condemn applaud welcome reject wonder speculate hint
    imply suspect assume realize realise recognize recognise congratulate ridicule regret
    forecast plan intend offer share learn list cast focus swear hail reaffirm reassure"""
REPORTING_BASES = frozenset(_REPORTING_WORDS.split())
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "find": ("found",),
    "show": ("shown",),
    "admit": ("admitted", "admitting"),
    "quip": ("quipped", "quipping"),
    "prefer": ("preferred", "preferring"),
    "regret": ("regretted", "regretting"),
    "forecast": ("forecast",),
    "speak": ("spoke", "spoken"),
    "plan": ("planned", "planning"),
    "swear": ("swore", "sworn"),
    "learn": ("learnt",),
}
# Verbs that carry a quote but whose complement is not what was said ("continued to ...").

_OBJECTS = frozenset({"xcomp", "dobj", "oprd"})
_OBJECT_PREPS = frozenset({"of", "about", "on", "for", "as", "to", "against", "over"})
_NOT_INDIRECT = frozenset({"continue"})
# Verbs whose reported content is a prepositional object ("talked about the wall", "voted
# for Clinton", "called for a ban"), with the prepositions that introduce it.
_PREP_WORDS = "talk speak vote call refer ask complain warn comment argue write tweet testify joke focus point"
_PREP_VERBS = frozenset(_PREP_WORDS.split())
_CONTENT_PREPS = frozenset({"about", "for", "against", "on", "to"})


def _inflect(base: str) -> set[str]:
    forms = {base, *_IRREGULAR.get(base, ())}
    if base.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif not (base.endswith("y") and base[-2] not in "aeiou"):
        forms.add(base + "ed")
    if not base.endswith("e"):
        forms.add(base + "ing")
    return forms


FORM_TO_BASE = {form: base for base in sorted(REPORTING_BASES) for form in _inflect(base)}

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
_FEMALE = frozenset({"she", "her", "hers"})
_MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king"})
_FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen"})
NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")

OPEN_MARKS = "\u201c\u201e\u00ab"
CLOSE_MARKS = "\u201d\u00bb"
STRAIGHT = '"'
_MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "\u2018\u2019'`"
_DASH_SPEAKER = re.compile(r"\s*[,.]?\s*[\u2015\u2014\u2013-]{1,2}\s*")
_LABEL = re.compile(r"([A-Z][A-Z.'\- ]{1,40}):\s+")
_SUBJECTS = ("nsubj", "nsubjpass")
# How many tokens into a neighbouring sentence a cue may sit ('"...?" Senator Ann Lee asked.').
_CUE_REACH = 6
_SENTENCE_BREAK = re.compile(r"\w[.?!]\s+[\"'\u201c\u2018]?[A-Z]")
_ACCORDING = re.compile(r"\baccording to\b", re.I)
# Nouns that attribute what follows them to a source ("his claim that", "concern about").
_NOUN_WORDS = """claim statement assertion allegation argument belief view position warning
    suggestion promise pledge vow insistence hope fear concern message criticism accusation
    announcement comment remark prediction estimate conclusion finding support opposition
    praise complaint demand threat assessment opinion proposal testimony admission denial
    confirmation explanation recommendation endorsement condemnation theory assurance
    expectation doubt worry contention suspicion call"""
_NOUN_CUES = frozenset(w + suffix for w in _NOUN_WORDS.split() for suffix in ("", "s")) - {
    "supports",
    "praises",
}
_NOUN_PREPS = frozenset({"about", "for", "against", "over"})
_BY = frozenset({"by", "from"})
_BE = frozenset({"is", "was", "are", "were", "remains", "remained"})
# 'Speaker: what they said' at a paragraph start; the label is a short noun phrase.
_LABEL_LINE = re.compile(r"([^\n:\"\u201c\u2018]{2,60}?):\s+(?=\S)")
_LABEL_WORDS = 7
_LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "CCONJ", "ADP", "PART", "NUM"})


@dataclass
class _Seg:
    start: int  # content start, article offset
    end: int  # content end
    para: int
    open_end: bool = False  # ran to the paragraph end without a closing mark
    continues: bool = False  # continues the previous paragraph's open quote


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Seg]:
    """Content spans inside double quote marks (and curly single ones), in text order.

    A mark opens when nothing is open, and closes otherwise, so mixed marks pair up; a
    closing curly mark after a space opens. An unclosed quote ends at its paragraph's end.
    """
    out: list[_Seg] = []
    prev_open = False
    for pi, (p_start, p_end) in enumerate(paragraphs):
        open_at: int | None = None
        first = True
        continues = False
        for i in range(p_start, p_end):
            c = text[i]
            if c not in OPEN_MARKS and c not in CLOSE_MARKS and c != STRAIGHT:
                continue
            if open_at is None:
                if c in CLOSE_MARKS and not _opens(text, i):
                    continue  # a stray closing mark
                open_at = i + 1
                continues = prev_open and first and not text[p_start:i].strip()
                first = False
            else:
                if i > open_at:
                    out.append(_Seg(open_at, i, pi, continues=continues))
                open_at = None
        prev_open = open_at is not None
        if open_at is not None and p_end > open_at:
            out.append(_Seg(open_at, p_end, pi, open_end=True, continues=continues))
        out.extend(_single_quoted(text, p_start, p_end, pi, out))
    segs = [_strip(text, s) for s in out]
    segs = [s for s in segs if s.end > s.start]
    segs.sort(key=lambda s: s.start)
    return segs


def _single_quoted(text: str, start: int, end: int, pi: int, doubles: list[_Seg]) -> list[_Seg]:
    """Curly single-quoted spans outside double quotes (British style, partial quotes)."""
    inside = [(s.start, s.end) for s in doubles if s.para == pi]
    out = []
    for m in re.finditer("\u2018", text[start:end]):
        i = start + m.start()
        if not _opens(text, i) or any(s <= i < e for s, e in inside):
            continue
        j = i + 1
        while j < end:
            if text[j] == "\u2019" and (j + 1 >= end or not text[j + 1].isalnum()):
                break
            j += 1
        if j < end and j > i + 1:
            out.append(_Seg(i + 1, j, pi))
    return out


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{-\u2014\u2013:"


def _strip(text: str, s: _Seg) -> _Seg:
    a, b = s.start, s.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _MARKS):
        b -= 1
    return replace(s, start=a, end=b)


def is_verbatim(article_text: str, quote_text: str) -> bool:
    """True when ``quote_text`` appears in the article character for character, after
    normalising quote marks and whitespace only."""
    return _norm(quote_text) in _norm(article_text)


_NORM_MARKS = str.maketrans(
    {c: '"' for c in OPEN_MARKS + CLOSE_MARKS} | {"\u2018": "'", "\u2019": "'"}
)


def _norm(text: str) -> str:
    return " ".join(text.translate(_NORM_MARKS).split())


# --- per-paragraph helpers ---------------------------------------------------------------


@dataclass
class _Para:
    """A parsed paragraph with what the quote finder needs, built once."""

    offset: int
    end: int
    doc: Any
    sents: list[Any]
    sent_starts: list[int]  # token index of each sentence start
    quoted: bytearray  # 1 for tokens inside (or marking) a quote

    def sent_of(self, tok_i: int) -> Any:
        return self.sents[bisect.bisect_right(self.sent_starts, tok_i) - 1]

    def tokens(self, start: int, end: int) -> Any:
        """The tokens covering article offsets [start, end)."""
        return self.doc.char_span(start - self.offset, end - self.offset, alignment_mode="expand")


def _end(p: Paragraph) -> int:
    """Article offset of the end of a paragraph (``Doc.text`` would rebuild the string)."""
    if len(p.doc) == 0:
        return p.offset
    last = p.doc[-1]
    return int(p.offset + last.idx + len(last.text))


def _prepare(paragraphs: Sequence[Paragraph], segs: Sequence[_Seg]) -> list[_Para]:
    paras = []
    for p in paragraphs:
        sents = list(p.doc.sents)
        paras.append(
            _Para(p.offset, _end(p), p.doc, sents, [s.start for s in sents], bytearray(len(p.doc)))
        )
    for s in segs:
        para = paras[s.para]
        span = para.doc.char_span(
            max(0, s.start - 1 - para.offset),
            min(para.end - para.offset, s.end + 1 - para.offset),
            alignment_mode="expand",
        )
        if span is not None:
            for i in range(span.start, span.end):
                para.quoted[i] = 1
    return paras


def is_reporting(tok: Any) -> bool:
    """A reporting verb (any inflection)."""
    return tok.lower_ in FORM_TO_BASE and tok.pos_ == "VERB"


def _cue_for(para: _Para, span: Any) -> Any:
    """The reporting verb a quoted span hangs on, or None."""
    inside = range(span.start, span.end)
    for tok in span:  # a reporting verb above the quoted words
        h = tok
        if h.head.i in inside and h.head.i != h.i:
            continue  # only the roots of the quoted words lead out of it
        while h.head.i != h.i:
            h = h.head
            if h.i in inside:
                break
            if not para.quoted[h.i] and is_reporting(h):
                return h
    below = [
        c
        for tok in span
        for c in tok.children
        if c.i not in inside and not para.quoted[c.i] and is_reporting(c)
    ]
    if below:
        return min(below, key=lambda c: _distance(c, span))
    sents = {para.sent_of(span.start).start, para.sent_of(span.end - 1).start}
    near = [
        t
        for s in sorted(sents)
        for t in para.sent_of(s)
        if not para.quoted[t.i] and is_reporting(t)
    ]
    if near:
        return min(near, key=lambda c: _distance(c, span))
    # The cue in a sentence of its own: '"..." Smith asked.' or 'He added: "..."'.
    k = bisect.bisect_right(para.sent_starts, span.end - 1)
    if k < len(para.sents):
        after = para.sents[k]
        for t in after[:_CUE_REACH]:
            if not para.quoted[t.i] and is_reporting(t):
                return t
    k = bisect.bisect_right(para.sent_starts, span.start) - 2
    if k >= 0 and para.sents[k][-1].text == ":":
        before = para.sents[k]
        for t in reversed(before[-_CUE_REACH:]):
            if not para.quoted[t.i] and is_reporting(t):
                return t
    return None


def _distance(tok: Any, span: Any) -> int:
    i: int = tok.i
    return int(span.start) - i if i < span.start else i - int(span.end) + 1


def _subject(verb: Any, quoted: bytearray) -> Any:
    """The speaker token of a reporting verb (never a word inside a quote)."""
    for child in verb.children:
        if child.dep_ in _SUBJECTS and not quoted[child.i]:
            return child  # "Smith, who said ...": "who", resolved to Smith by _resolve
    if verb.dep_ == "acl" and verb.head.pos_ in {"NOUN", "PROPN"} and not quoted[verb.head.i]:
        noun = verb.head
        if noun.lower_ in _NOUN_CUES and noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            author = _subject(noun.head, quoted)  # "Lee issued a statement saying ..."
            if author is not None:
                return author
        return noun  # "voters saying ...", "a statement calling for ..."
    # "X said ..., adding that ...", "X ended by saying ...": the subject of the reporting
    # verb above, else of the nearest verb above.
    v, fallback = verb, None
    while v.dep_ in {"conj", "advcl", "xcomp", "ccomp", "pcomp", "prep"} and v.head.i != v.i:
        v = v.head
        subj = next((c for c in v.children if c.dep_ in _SUBJECTS and not quoted[c.i]), None)
        if subj is not None and is_reporting(v):
            return subj
        fallback = fallback or subj
    if fallback is not None:
        return fallback
    for child in verb.children:  # "said Mr Putin" can parse the subject as dobj/attr
        if (
            child.dep_ in {"dobj", "attr", "npadvmod", "appos", "nsubj"}
            and child.pos_ == "PROPN"
            and not quoted[child.i]
        ):
            return child
    doc = verb.doc
    if verb.i > 0 and doc[verb.i - 1].is_punct:
        # '"...," said Virginia delegate Ann Lee, angered that ...': the parser may hang the
        # name on the next verb; in an inverted cue the speaker is the noun run after it.
        last, j = None, verb.i + 1
        while j < len(doc) and doc[j].pos_ in {"PROPN", "NOUN", "ADJ", "DET"} and not quoted[j]:
            if doc[j].pos_ in {"PROPN", "NOUN"}:
                last = doc[j]
            j += 1
        return last
    return None


def _phrase(tok: Any) -> tuple[int, int]:
    """Token range [start, end) of the noun phrase headed by ``tok``, without clauses."""
    left, right = tok.i, tok.i
    for child in tok.lefts:
        if child.dep_ in {"compound", "amod", "det", "poss", "nmod", "nummod", "case"}:
            left = min(left, child.left_edge.i)
    for child in tok.rights:
        if child.dep_ in {"compound", "flat", "appos", "case"} or (
            child.dep_ == "prep" and child.lower_ in {"for", "of", "at"}
        ):
            right = max(right, child.right_edge.i)
    doc = tok.doc
    while right > left and doc[right].is_punct:
        right -= 1
    return left, right + 1


# --- speakers ----------------------------------------------------------------------------


@dataclass
class _Names:
    """Name mentions sorted by offset, with their offsets for bisection."""

    mentions: list[Mention]
    starts: list[int]


@dataclass
class _People:
    """Person mentions of the article, with what pronoun and role resolution needs."""

    starts: list[int]
    names: list[str]
    subject: list[bool]  # the mention is a clause subject
    female: list[bool | None]
    roles: list[frozenset[str]]  # words next to the mention ("president", "minister")


def _people(paras: Sequence[_Para], mentions: Sequence[Mention]) -> _People:
    people = _People([], [], [], [], [])
    by_start = {m.start: m for m in mentions if m.type == "PERSON"}
    for para in paras:
        for ent in para.doc.ents:
            m = by_start.get(para.offset + ent.start_char)
            if m is None:
                continue
            root = ent.root
            head = root.head if root.dep_ in {"compound", "appos"} else root
            # Only words that modify the name ("Ukrainian Foreign Minister ..."), never the
            # neighbours of a clause ("The two leaders urged Putin").
            words = {
                t.lower_
                for left in root.lefts
                if left.i < ent.start
                for t in left.subtree
                if t.pos_ in {"NOUN", "PROPN", "ADJ"}
            }
            for child in head.children:
                if child.dep_ == "appos":
                    words |= {t.lower_ for t in child.subtree if t.pos_ in {"NOUN", "ADJ"}}
            if root.dep_ == "appos":
                words |= {t.lower_ for t in root.head.subtree if t.pos_ in {"NOUN", "ADJ"}}
            title = para.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            female = True if title in _FEMALE_TITLES else False if title in _MALE_TITLES else None
            people.starts.append(m.start)
            people.names.append(m.text)
            people.subject.append(head.dep_ in _SUBJECTS)
            people.female.append(female)
            people.roles.append(frozenset(words))
    return people


def _antecedent(people: _People, before: int, female: bool) -> str | None:
    """The latest person named as a subject before offset ``before``, then any person."""
    k = bisect.bisect_left(people.starts, before)
    fallback = None
    for j in range(k - 1, max(k - 40, 0) - 1, -1):
        if people.female[j] is not None and people.female[j] != female:
            continue
        if people.subject[j]:
            return people.names[j]
        fallback = fallback or people.names[j]
    return fallback


def _role(people: _People, before: int, words: Iterable[str]) -> str | None:
    """The latest person before ``before`` whose mention carries all the role words."""
    want = set(words)
    if not want:
        return None
    k = bisect.bisect_left(people.starts, before)
    for j in range(k - 1, -1, -1):
        if want <= people.roles[j]:
            return people.names[j]
    return None


def _resolve(
    para: _Para, span: tuple[int, int], head: Any, people: _People, names: _Names
) -> str | None:
    """The name a speaker phrase stands for in this article, when there is one."""
    if head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        ante = head.head.head  # a relative pronoun stands for the noun its clause modifies
        return _resolve(para, _phrase(ante), ante, people, names)
    start = para.offset + para.doc[span[0]].idx
    end = para.offset + para.doc[span[1] - 1].idx + len(para.doc[span[1] - 1].text)
    k = bisect.bisect_left(names.starts, start)
    inside = [m for m in names.mentions[k:] if m.start < end]
    for wanted in NAME_TYPES:
        for m in inside:
            if m.type == wanted and (
                wanted == "PERSON" or m.start <= para.offset + head.idx < m.end
            ):
                return m.text
    low = head.lower_
    if low in PRONOUNS:
        return _antecedent(people, start, low in _FEMALE)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is not None and poss.lower_ in PRONOUNS:  # "his office", "her campaign"
        return _antecedent(people, start, poss.lower_ in _FEMALE)
    if head.pos_ == "NOUN" and any(c.lower_ == "the" for c in head.children):
        words = [
            t.lower_
            for t in para.doc[span[0] : head.i + 1]
            if t.pos_ in {"NOUN", "ADJ", "PROPN"} and t.dep_ != "poss"
        ]
        return _role(people, start, words)
    return None


# --- extraction --------------------------------------------------------------------------


@dataclass
class _Attr:
    """Who said it and how: a cue token and a speaker token range, in one paragraph."""

    para: _Para
    cue: Any | None
    speaker: tuple[int, int] | None  # token range in para.doc
    head: Any | None
    name: str | None = None


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]
) -> list[Quote]:
    """Direct, partial and indirect quotes of one article, in text order."""
    spans = [(p.offset, _end(p)) for p in paragraphs]
    segs = find_quote_spans(text, spans)
    paras = _prepare(paragraphs, segs)
    people = _people(paras, mentions)
    found = sorted((m for m in mentions if m.type in NAME_TYPES), key=lambda m: m.start)
    names = _Names(found, [m.start for m in found])
    normalised = _norm(text)
    quotes: list[Quote] = []
    last: _Attr | None = None
    last_para = -1
    for seg in segs:
        para = paras[seg.para]
        span = para.tokens(seg.start, seg.end)
        if span is None or len(span) == 0:
            continue
        start, end = seg.start, seg.end
        kind = _kind(text, seg, span, para)
        attr: _Attr | None = None
        label = _LABEL.match(text, start)
        if label and (seg.open_end or seg.continues or start == spans[seg.para][0] + 1):
            # A transcript line: 'SMITH: ...' names its speaker inside the quote.
            lab = para.tokens(label.start(1), label.end(1))
            if lab is not None:
                attr = _Attr(para, None, (lab.start, lab.end), lab.root)
                start = label.end()
        if attr is None and seg.continues and last is not None:
            attr = last
        if attr is None:
            cue = _cue_for(para, span)
            if cue is not None:
                attr = _from_cue(para, cue)
        if attr is None:
            attr = _dash_speaker(text, para, seg)
        if attr is None and kind == "direct" and seg.para > 0 and seg.start - 1 <= para.offset:
            attr = _introduced(paras[seg.para - 1])  # 'He told reporters:' then the quote
        if (
            attr is None
            and kind == "direct"
            and last is not None
            and last_para in (seg.para, seg.para - 1)
        ):
            attr = last  # the second half of a quote split by its cue, or a quote paragraph
        if attr is None or (kind == "partial" and (attr.cue is None or attr.head is None)):
            continue  # a scare quote, a title, or words no one is said to have said
        if attr is not None and attr.name is None and attr.head is not None:
            attr.name = _resolve(attr.para, attr.speaker or (0, 0), attr.head, people, names)
        if attr is not None:
            last, last_para = attr, seg.para
        if kind == "direct" and _norm(text[start:end]) not in normalised:
            kind = "indirect"
        quotes.append(_quote(text, start, end, kind, attr))
    taken = [(q.start, q.end) for q in quotes]
    direct = sorted(q.start for q in quotes if q.kind == "direct")
    for para in paras:
        quotes.extend(_indirect(text, para, taken, direct, people, names))
    quotes.sort(key=lambda q: (q.start, q.end))
    return _outermost(quotes)


def _outermost(quotes: list[Quote]) -> list[Quote]:
    """Drop reported speech whose cue sits inside another quote's content ("Interfax said
    the ministry said ..."): each word is attributed once, to the outer speaker."""
    starts = [q.start for q in quotes]
    reach, furthest = [], -1
    for q in quotes:
        furthest = max(furthest, q.end)
        reach.append(furthest)
    out = []
    for q in quotes:
        if q.kind == "indirect" and q.cue_start is not None:
            k = bisect.bisect_right(starts, q.cue_start) - 1
            if k >= 0 and reach[k] > q.cue_start:
                continue
        out.append(q)
    return out


def _kind(text: str, seg: _Seg, span: Any, para: _Para) -> QuoteKind:
    """Direct when the quote holds a sentence or a clause of its own, else partial.

    A fragment ending in punctuation is still partial ("called it 'a disgrace.'"): American
    style puts the writer's comma or full stop inside the marks.
    """
    content = text[seg.start : seg.end]
    if seg.open_end or seg.continues or _SENTENCE_BREAK.search(content):
        return "direct"
    first, last = para.sent_of(span.start), para.sent_of(span.end - 1)
    if span.start <= first.start + 1 and span.end >= last.end - 2:
        return "direct"  # the quote is a sentence of its own
    if len(span) < 4:
        return "partial"
    inside = range(span.start, span.end)
    for tok in span:
        if tok.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in _SUBJECTS and c.i in inside for c in tok.children
        ):
            return "direct" if content[:1].isupper() else "partial"
    return "direct" if content[:1].isupper() and content[-1:] in "?!" else "partial"


def _from_cue(para: _Para, cue: Any) -> _Attr:
    subj = _subject(cue, para.quoted)
    if subj is None:
        return _Attr(para, cue, None, None)
    return _Attr(para, cue, _phrase(subj), subj)


def _dash_speaker(text: str, para: _Para, seg: _Seg) -> _Attr | None:
    """'"..." -- Ann Lee': a name after a dash right after the closing mark."""
    after = seg.end
    while after < len(text) and text[after] in _MARKS:
        after += 1
    m = _DASH_SPEAKER.match(text, after)
    if not m or m.end() == after:
        return None
    span = para.tokens(m.end(), min(m.end() + 1, para.end))
    if span is None or len(span) == 0:
        return None
    tok = span[0]
    if tok.pos_ != "PROPN":
        return None
    end = tok.i + 1
    while end < len(para.doc) and para.doc[end].pos_ == "PROPN":
        end += 1
    return _Attr(para, None, (tok.i, end), para.doc[end - 1])


def _introduced(prev: _Para) -> _Attr | None:
    """The attribution of a paragraph ending in a colon after a reporting verb, for the quote
    that opens the next paragraph."""
    if not prev.sents:
        return None
    last = prev.sents[-1]
    toks = [t for t in last if not t.is_space]
    if not toks or toks[-1].text != ":":
        return None
    cues = [t for t in toks if not prev.quoted[t.i] and is_reporting(t)]
    if not cues:
        return None
    # The reporting verb highest in the parse ('Lee said the ministry refused to call it
    # so:' introduces Lee's words), the latest among equals.
    return _from_cue(prev, min(reversed(cues), key=lambda t: sum(1 for _ in t.ancestors)))


def _quote(text: str, start: int, end: int, kind: QuoteKind, attr: _Attr | None) -> Quote:
    fields: dict[str, Any] = {}
    if attr is not None:
        off = attr.para.offset
        if attr.cue is not None:
            c = attr.cue
            fields.update(cue=c.text, cue_start=off + c.idx, cue_end=off + c.idx + len(c.text))
        if attr.speaker is not None:
            doc = attr.para.doc
            s = off + doc[attr.speaker[0]].idx
            last = doc[attr.speaker[1] - 1]
            e = off + last.idx + len(last.text)
            fields.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e)
        fields["speaker_name"] = attr.name
    return Quote(text=text[start:end], start=start, end=end, kind=kind, **fields)


def _indirect(
    text: str,
    para: _Para,
    taken: Sequence[tuple[int, int]],
    direct: Sequence[int],
    people: _People,
    names: _Names,
) -> list[Quote]:
    """Reported speech: a reporting verb's clausal complement, and 'according to X'."""
    out = []
    off = para.offset
    for tok in para.doc:
        if para.quoted[tok.i] or not is_reporting(tok):
            continue
        if FORM_TO_BASE[tok.lower_] in _NOT_INDIRECT:
            continue
        span = _complement(tok)
        if span is None:
            continue
        left, right = span
        if left.lower_ in {"that", ","}:
            left = para.doc[left.i + 1] if left.i + 1 <= right.i else left
        while right.i > left.i and (right.is_punct or (para.quoted[right.i] and right.is_quote)):
            right = para.doc[right.i - 1]
        start, end = _balanced(text, off + left.idx, off + right.idx + len(right.text))
        end = _before_direct(text, start, end, direct)
        # A name is content enough ("endorsed Cruz"); other one-word objects rarely are.
        name = left.pos_ == "PROPN" and right.pos_ == "PROPN"
        if (right.i - left.i < 1 and not name) or _covered(start, end, taken):
            continue
        attr = _from_cue(para, tok)
        if attr.head is None:
            continue  # "it was reported that ...": no one to attribute it to
        if attr.head is not None:
            attr.name = _resolve(para, attr.speaker or (0, 0), attr.head, people, names)
        out.append(_quote(text, start, end, "indirect", attr))
    for tok in para.doc:
        if tok.pos_ == "NOUN" and tok.lower_ in _NOUN_CUES and not para.quoted[tok.i]:
            q = _noun_cue(text, para, tok, taken, direct, people, names)
            if q is not None:
                out.append(q)
    q = _labelled(text, para, taken, people, names)
    if q is not None:
        out.append(q)
    for m in _ACCORDING.finditer(text, para.offset, para.end):
        q = _according(text, para, m.start() - off, m.end() - off, taken, people, names)
        if q is not None:
            out.append(q)
    return out


def _noun_cue(
    text: str,
    para: _Para,
    noun: Any,
    taken: Sequence[tuple[int, int]],
    direct: Sequence[int],
    people: _People,
    names: _Names,
) -> Quote | None:
    """Reported content carried by an attribution noun: 'his claim that ...', 'Lee's view is
    that ...', 'X voiced concern about ...', 'a statement from the ministry saying ...' (the
    last through its verb). The source is the noun's possessor, its 'by'/'from' phrase, or
    the subject of the verb the noun is the object of."""
    comp = None
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp"} and any(
            g.dep_ == "mark" and g.lower_ == "that" for g in c.children
        ):
            comp = (c.left_edge, c.right_edge)
        elif c.dep_ == "prep" and c.lower_ in _NOUN_PREPS:
            obj = next((g for g in c.children if g.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and comp is None:
                comp = (obj.left_edge, obj.right_edge)
    head = noun.head
    if comp is None and noun.dep_ == "nsubj" and head.lower_ in _BE:
        clause = next((c for c in head.children if c.dep_ == "ccomp"), None)
        if clause is not None:  # "Her view is that ..."
            comp = (clause.left_edge, clause.right_edge)
    if comp is None:
        return None
    speaker = next((c for c in noun.children if c.dep_ == "poss"), None)
    if speaker is None:
        agent = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _BY), None)
        if agent is not None:
            speaker = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if speaker is None and noun.dep_ == "dobj" and head.pos_ == "VERB":
        speaker = _subject(head, para.quoted)  # "Lee expressed concern that ..."
    if speaker is None or para.quoted[speaker.i] or speaker.i in range(comp[0].i, comp[1].i + 1):
        return None
    left, right = comp
    if left.lower_ in {"that", ","}:
        left = para.doc[left.i + 1] if left.i + 1 <= right.i else left
    while right.i > left.i and (right.is_punct or (para.quoted[right.i] and right.is_quote)):
        right = para.doc[right.i - 1]
    off = para.offset
    start, end = _balanced(text, off + left.idx, off + right.idx + len(right.text))
    end = _before_direct(text, start, end, direct)
    if right.i - left.i < 2 or _covered(start, end, taken):
        return None
    attr = _Attr(para, noun, _phrase(speaker), speaker)
    attr.name = _resolve(para, attr.speaker or (0, 0), speaker, people, names)
    return _quote(text, start, end, "indirect", attr)


def _labelled(
    text: str, para: _Para, taken: Sequence[tuple[int, int]], people: _People, names: _Names
) -> Quote | None:
    """'Warren: Trump Is a Failure', 'TAPPER: Take a listen.': a paragraph opening with a
    short name or noun phrase and a colon reports what that source said (headline and
    transcript style)."""
    m = _LABEL_LINE.match(text, para.offset, para.end)
    if m is None:
        return None
    lab = para.tokens(m.start(1), m.end(1))
    if lab is None or not 0 < len(lab) <= _LABEL_WORDS or not lab[0].text[:1].isupper():
        return None
    if any(t.pos_ not in _LABEL_POS or para.quoted[t.i] for t in lab):
        return None
    if not any(t.pos_ in {"PROPN", "NOUN"} for t in lab):
        return None
    start, end = m.end(), para.end
    while end > start and (text[end - 1].isspace() or text[end - 1] in _MARKS):
        end -= 1
    body = para.tokens(start, end)
    if body is None or len(body) < 3 or _covered(start, end, taken):
        return None
    attr = _Attr(para, None, (lab.start, lab.end), lab.root)
    attr.name = _resolve(para, (lab.start, lab.end), lab.root, people, names)
    q = _quote(text, start, end, "indirect", attr)
    colon = m.end(1)
    return replace(q, cue=":", cue_start=colon, cue_end=colon + 1)


def _before_direct(text: str, start: int, end: int, direct: Sequence[int]) -> int:
    """End reported content before a direct quote that follows inside it ("said X, adding:
    '...'"): the quote is its own ledger entry."""
    k = bisect.bisect_right(direct, start)
    if k < len(direct) and direct[k] < end:
        cut = direct[k] - 1
        while cut > start and (text[cut - 1].isspace() or text[cut - 1] in _MARKS + ",:;"):
            cut -= 1
        if cut - start > 10:
            return cut
    return end


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen reported content by one quote mark when trimming left a quote half open."""
    marks = sum(text.count(c, start, end) for c in OPEN_MARKS + CLOSE_MARKS + STRAIGHT)
    if marks % 2:
        if end < len(text) and text[end] in OPEN_MARKS + CLOSE_MARKS + STRAIGHT:
            end += 1
        elif start > 0 and text[start - 1] in OPEN_MARKS + CLOSE_MARKS + STRAIGHT:
            start -= 1
    return start, end


def _complement(verb: Any) -> tuple[Any, Any] | None:
    """First and last token of what a reporting verb reports: its clausal complement, else
    its object with what follows it ("accused him of lying", "wants to win")."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is not None:
        return comp.left_edge, comp.right_edge
    parts = [c for c in verb.rights if c.dep_ in _OBJECTS]
    if not parts:
        if FORM_TO_BASE[verb.lower_] not in _PREP_VERBS:
            return None
        prep = next(
            (
                c
                for c in verb.rights
                if c.dep_ == "prep"
                and c.lower_ in _CONTENT_PREPS
                and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
            ),
            None,
        )
        if prep is None:
            return None
        obj = next(g for g in prep.children if g.dep_ in {"pobj", "pcomp"})
        return obj.left_edge, obj.right_edge
    if any(c.dep_ == "dobj" for c in parts):
        parts += [c for c in verb.rights if c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS]
    return min(c.left_edge for c in parts), max(c.right_edge for c in parts)


def _covered(start: int, end: int, taken: Sequence[tuple[int, int]]) -> bool:
    """True when most of [start, end) is already a direct quote."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e in taken)
    return inside > 0.6 * (end - start)


def _according(
    text: str,
    para: _Para,
    a: int,
    b: int,
    taken: Sequence[tuple[int, int]],
    people: _People,
    names: _Names,
) -> Quote | None:
    acc = para.doc.char_span(a, b, alignment_mode="expand")
    if acc is None:
        return None
    pobj = next((c for c in acc[-1].children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    sent = para.sent_of(acc.start)
    ps, pe = _phrase(pobj)
    if acc.start > sent.start + 2:  # "X happened, according to Y": the content is before
        first, last = sent.start, acc.start - 1
    else:  # "According to Y, X happened": after the source phrase
        first, last = pe, sent.end - 1
    doc = para.doc
    while first < last and (doc[first].is_punct or doc[first].is_space):
        first += 1
    while last > first and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    if last - first < 2:
        return None
    start = para.offset + doc[first].idx
    end = para.offset + doc[last].idx + len(doc[last].text)
    if _covered(start, end, taken):
        return None
    attr = _Attr(para, None, (ps, pe), pobj)
    attr.name = _resolve(para, (ps, pe), pobj, people, names)
    q = _quote(text, start, end, "indirect", attr)
    cs = para.offset + acc[0].idx
    return replace(
        q,
        cue=text[cs : para.offset + acc[-1].idx + len(acc[-1].text)],
        cue_start=cs,
        cue_end=para.offset + acc[-1].idx + len(acc[-1].text),
    )
