"""Speakers named around a quote rather than through its parse: a name before a colon
('Ann Lee: "..."', 'From the report: "..."'), a dash byline after it ('"..." -- Ann Lee'),
a sentence ending in a colon before its paragraph ('He told reporters:'), a sentence
that only names who speaks next ('Lee said in a statement. "..."'), or a name opening the
words between a quote and a cue the parser gave no subject ('"...," Ann Lee, in a red cap,
said'), or a subject phrase with an apposition between a quote and its verb ('"...!" the
party's nominee, Ann Lee, tweeted')."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.party_tags import PARTY_TAG_AT_END
from crossbrief.analyze.quotes.animate import animate, singular
from crossbrief.analyze.quotes.context import Attr, Para
from crossbrief.analyze.quotes.cue_sentences import statement_verb
from crossbrief.analyze.quotes.cues import from_cue, subject
from crossbrief.analyze.quotes.descriptions import one_person
from crossbrief.analyze.quotes.inflection import forms_to_base
from crossbrief.analyze.quotes.lexicon import (
    CUE_REACH,
    DASH_SPEAKER,
    DASHES,
    FORM_TO_BASE,
    MARKS,
    NAME_RUN,
    SUBJECTS,
    is_reporting,
)
from crossbrief.analyze.quotes.marks import Seg
from crossbrief.analyze.quotes.proxies import is_proxy
from crossbrief.analyze.quotes.speaker_spans import phrase
from crossbrief.analyze.quotes.stance_words import RECEIVING

# What a reporting verb may say of its own: then the sentence after it is not its words.
SAID = frozenset({"ccomp", "xcomp", "dobj", "parataxis", "conj", "advcl", "oprd"})


def said_before(para: Para, span: Any) -> Any:
    """'Ann Lee said in a statement. "..."': a quote with no cue of its own, right after a
    sentence whose reporting verb says nothing of its own (no clause, no object), takes
    that verb: the sentence only names who speaks next."""
    k = bisect.bisect_right(para.sent_starts, span.start) - 2
    if k < 0:
        return None
    before = para.sents[k]
    last = next((t for t in reversed(before) if not t.is_space), None)
    if last is None or last.text != "." or any(para.quoted[t.i] for t in before):
        return None
    verbs = [t for t in before if is_reporting(t) and t.dep_ == "ROOT"]
    if len(verbs) != 1 or any(c.dep_ in SAID for c in verbs[0].children):
        return None
    if FORM_TO_BASE[verbs[0].lower_] not in SAYING or _negated(verbs[0]):
        return None  # 'Lee did not respond.', 'The mayor answered.': no words follow
    return verbs[0] if subject(verbs[0], para.quoted) is not None else None


def says_more(verb: Any, quoted: bytearray) -> bool:
    """The verb has words of its own after it, outside quote marks (an object, a clause):
    '"...," he also accuses it of ...' reports no fragment before it."""
    return any(c.dep_ in SAID and c.i > verb.i and not quoted[c.i] for c in verb.children)


def spoke_before(para: Para, span: Any) -> Attr | None:
    """'The mayor called her plan reckless. "This is a stunt."': a quote with no cue that is
    a sentence of its own, right after a sentence of the writer's whose main verb reports
    what one person (a name, "he" or "she", a noun for one person) said or held, and that
    names no other person, is that person's: news style gives the words to whoever just
    spoke. Any other verb ("Reed died on Monday", "The gunman shot three people", "The
    mayor quoted the report", "decided to close"), a passive, negated or refusing one
    ("declined to comment"), one with no words of its own (``said_before`` decides those),
    or someone else or a text in view ("Lee praised the mayor", "said protesters carried
    signs", "said the letter was unsigned") leaves it unattributed: the words could be
    anyone's."""
    k = bisect.bisect_right(para.sent_starts, span.start) - 1
    if k < 1 or not stands_alone(para, span):
        return None
    before = para.sents[k - 1]
    root = before.root
    if (
        not is_reporting(root)
        or FORM_TO_BASE.get(root.lower_) not in _SPOKEN
        or not any(c.dep_ in SAID for c in root.children)  # said_before's, or no words
        or any(para.quoted[t.i] for t in before)
        or _negated(root)
    ):
        return None
    subjects = [c for c in root.children if c.dep_ in SUBJECTS]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or not _one_person(subjects[0]):
        return None
    own = {t.i for t in subjects[0].subtree}
    if any(t.i not in own and _another_person(t) for t in before):
        return None
    # The verb's own audience ("told reporters", "told the crowd") says nothing.
    heard = {t.i for c in _audience(root) for t in c.subtree}
    if any(t.i not in own and t.i not in heard and _voiced(t) for t in before):
        return None
    return _someone_of(from_cue(para, root))


def stands_alone(para: Para, span: Any) -> bool:
    """The quote is its sentences' only words: nothing but marks and punctuation beside."""
    first, last = para.sent_of(span.start), para.sent_of(span.end - 1)
    around = [*para.doc[first.start : span.start], *para.doc[span.end : last.end]]
    return all(t.is_punct or t.is_space or t.text in MARKS for t in around)


def titled_name(tok: Any) -> bool:
    """A capitalised name after a courtesy title ("Mr Straw", "Dr. Okafor"): a person,
    whatever the tagger made of it (it may miss a surname that is also a word)."""
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return False
    before = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
    return any(c.lower_.rstrip(".") in _PERSON_TITLES for c in before)


_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def _one_person(tok: Any) -> bool:
    """A subject that is one person: a name, "he" or "she", a noun for one person."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in {"he", "she"} or titled_name(tok):
        return True
    return bool(tok.tag_ == "NN" and one_person(tok.lower_) and not is_proxy(tok))


def _another_person(tok: Any) -> bool:
    """A word naming a person: a name, a personal pronoun that is no possessive ("her plan"
    is about her, the speaker may still be the subject), a noun for one person."""
    if tok.ent_type_ == "PERSON" or titled_name(tok):
        return True
    if tok.lower_ in _PERSONAL and tok.dep_ != "poss":
        return True
    return bool(tok.tag_ == "NN" and one_person(tok.lower_))


# Verbs of saying and of holding a view (the subject's own words or stance); not acts
# ("decide", "order", "sign"), nor verbs that pass on words or things ("quote", "cite",
# "share", "post", "read", "describe"), after which the next words may be what was passed on.
_SPOKEN_WORDS = """say tell add state announce claim insist argue warn explain note write
    declare stress assert suggest acknowledge admit deny confirm urge reply respond predict
    believe think emphasize emphasise allege complain tweet recall promise vow concede
    contend maintain accuse criticize criticise testify reveal conclude agree fear hope
    expect feel propose pledge repeat remark observe caution comment joke boast brag charge
    counter quip shout scream yell whisper reiterate assure blast slam praise mock dismiss
    demand threaten support oppose defend blame doubt worry call lament decry condemn applaud
    welcome reject wonder speculate hint suspect regret swear hail reaffirm denounce disagree
    lambaste excoriate chide scold rebuke berate fault lash rail chastise castigate disparage
    belittle denigrate taunt insult refute dispute apologize apologise vouch"""
_SPOKEN = frozenset(_SPOKEN_WORDS.split())
# Things that bear words of their own: a quote after a sentence naming one may be its text.
_BEARER_WORDS = """letter note sign banner placard poster headline message text tweet post
    email memo notice slogan caption label leaflet flyer graffiti inscription petition card
    chant motto"""
_BEARERS = frozenset(_BEARER_WORDS.split())
# Verbs by which a crowd voices words without saying them in the reporter's sense.
_VOICING_WORDS = "chant sing cry cheer boo jeer chorus roar"
_VOICING = frozenset(_VOICING_WORDS.split())
# Their forms and the reporting verbs' (the pipeline has no lemmatizer).
_VERB_BASES = {**forms_to_base(_VOICING_WORDS), **FORM_TO_BASE}
_PERSONAL = frozenset({"he", "she", "him", "her", "they", "them", "i", "me", "we", "us", "you"})


def _voiced(tok: Any) -> bool:
    """A noun for a thing bearing words ("the letter", "signs"), or for a group of people
    that speaks in the sentence ("protesters chanted", "the crowd shouted"): the next words
    may be theirs. A group only spoken of ("said voters deserved better") speaks no words."""
    if tok.pos_ != "NOUN":
        return False
    word = singular(tok.lower_)
    if word in _BEARERS:
        return True
    group = animate(tok) and (tok.tag_ == "NNS" or not one_person(word))
    return bool(
        group
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and _VERB_BASES.get(tok.head.lower_) in _SPOKEN | _VOICING
    )


def _audience(verb: Any) -> list[Any]:
    """Whom the verb is addressed to: "told reporters", "told the crowd", "said to voters"."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    found += [g for c in verb.children if c.lower_ == "to" for g in c.children]
    return [c for c in found if c.dep_ != "ccomp"]


def _someone_of(attr: Attr) -> Attr | None:
    """The attribution when it names a speaker, else None."""
    return attr if attr.speaker is not None else None


# Verbs of saying proper, which with no words of their own announce the next sentence's, and
# of agreeing ("Lee agreed."), which name who speaks next; not replies ("answered",
# "responded"), which as often tell that someone took a question.
SAYING = frozenset(
    {"say", "add", "state", "write", "explain", "declare", "note", "comment", "agree", "disagree"}
)


def _negated(verb: Any) -> bool:
    """'did not say', 'never commented': no words were said ('declined to comment' has a
    clause of its own, and is no introduction either)."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def dash_speaker(text: str, paras: Sequence[Para], seg: Seg) -> Attr | None:
    """'"..." -- Ann Lee': a name after a dash right after the closing mark, or opening the
    next paragraph when the quote ends its own ('"..."' then '- Ann Lee, Lyon.')."""
    para = paras[seg.para]
    after = seg.end
    while after < len(text) and text[after] in MARKS:
        after += 1
    m = DASH_SPEAKER.match(text, after)
    if not m or m.end() == after or not text[after : m.end()].strip():
        return None
    if m.end() >= para.end:
        if seg.para + 1 >= len(paras) or "\n" not in text[after : m.end()]:
            return None
        para = paras[seg.para + 1]
        dash = after + len(text[after : m.end()].rstrip()) - 1
        return _byline(para, m.end()) if dash >= para.offset else None
    span = para.tokens(m.end(), min(m.end() + 1, para.end))
    if span is None or len(span) == 0:
        return None
    tok = span[0]
    if tok.pos_ != "PROPN":
        return None
    end = tok.i + 1
    while end < len(para.doc) and para.doc[end].pos_ == "PROPN":
        end += 1
    return Attr(para, None, (tok.i, end), para.doc[end - 1])


def _byline(para: Para, start: int) -> Attr | None:
    """A paragraph that is only a dash and a name, maybe with a place ('- Ann Lee, Lyon.')."""
    span = para.tokens(start, min(start + 1, para.end))
    if span is None or len(span) == 0 or span[0].pos_ != "PROPN":
        return None
    first = span[0].i
    end = first
    while end < len(para.doc) and para.doc[end].pos_ == "PROPN":
        end += 1
    rest = [t for t in para.doc[end:] if not t.is_space]
    if len(rest) > 6 or (rest and rest[0].text not in {",", "."}):
        return None  # prose after the name: not a byline
    return Attr(para, None, (first, end), para.doc[end - 1])


def name_colon(text: str, para: Para, seg: Seg) -> Attr | None:
    """'HEADLINE IN CAPITALS - Ann Lee and Tom Varga: "..."' (newsletter style), or
    'Ann Lee: "..."' opening a paragraph or a sentence: the names right before the colon
    said it, whatever verb the parser finds in the headline. A transcript label opening its
    paragraph may put title words before the name ('Former harbour master Ann Lee:') and a
    party tag in brackets after it ('Rep. Ann Lee (R-S.C.):')."""
    colon_at = _colon_char(text, para, seg)
    if colon_at is None:
        return None
    tag = PARTY_TAG_AT_END.search(text, para.offset, colon_at)
    name_end = tag.start() if tag is not None else colon_at
    while name_end > para.offset and text[name_end - 1].isspace():
        name_end -= 1
    last = para.tokens(name_end - 1, name_end)
    if last is None or len(last) == 0 or last[-1].pos_ != "PROPN":
        return None
    stop = last[-1].i + 1
    if tag is None and (stop >= len(para.doc) or para.doc[stop].text != ":"):
        return None  # the colon is inside a token ('S.C.):') only after a tag
    i = stop - 1
    while i >= 0 and i >= stop - NAME_RUN and _name_word(para.doc[i]):
        i -= 1
    first = i + 1
    if i >= 0 and para.doc[i].text not in DASHES and not _sentence_end(para.doc[i]):
        first = _titled_from(para, first)
        if first is None:
            return None  # after a dash, a sentence or a quote ('Lee: "A." Varga: "B."') only
    return Attr(para, None, (first, stop), para.doc[stop - 1])


# Words of a title before a name in a label ('Former secretary of state').
TITLE_POS = frozenset({"ADJ", "NOUN", "PROPN", "ADP", "DET"})
TITLE_REACH = 6


def _titled_from(para: Para, first: int) -> int | None:
    """Where a label opening its paragraph begins when title words stand before its name
    ('Former harbour master Ann Lee:'): the paragraph's first word, if every word up to
    the name may be part of a title (no verb, no punctuation); else None."""
    start = next((t.i for t in para.doc if not t.is_space), first)
    words = para.doc[start:first]
    if not 0 < len(words) <= TITLE_REACH or not words[0].text[:1].isupper():
        return None
    return start if all(t.pos_ in TITLE_POS for t in words) else None


def _colon_char(text: str, para: Para, seg: Seg) -> int | None:
    """The article offset of the colon right before the quote's opening mark (past marks
    and spaces)."""
    before = seg.start - 1
    while before > para.offset and (text[before - 1] in MARKS or text[before - 1].isspace()):
        before -= 1
    if before <= para.offset or text[before - 1] != ":":
        return None
    return before - 1


def from_colon(text: str, para: Para, seg: Seg) -> Attr | None:
    """'From the report: "..."', 'More from Ann Lee: "..."', 'From Lee's post: "..."'
    opening a sentence or following a dash (newsletter style): what the quote is from is
    its source, the owner of a thing named by a possessive."""
    colon = _colon_before(text, para, seg)
    if colon is None:
        return None
    doc = para.doc
    prep = next(
        (
            doc[i]
            for i in range(colon.start - 1, max(colon.start - NAME_RUN - 2, -1), -1)
            if doc[i].lower_ == "from"
        ),
        None,
    )
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.right_edge.i != colon.start - 1 or para.quoted[obj.i]:
        return None
    opener = prep.i - 1 if prep.i > 0 and doc[prep.i - 1].lower_ == "more" else prep.i
    if opener > 0 and doc[opener - 1].text not in DASHES and not _sentence_end(doc[opener - 1]):
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None:  # the name without its "'s"
        return Attr(para, None, (phrase(owner)[0], owner.i + 1), owner)
    return Attr(para, None, phrase(obj), obj)


def _colon_before(text: str, para: Para, seg: Seg) -> Any:
    """The colon token right before the quote's opening mark (past marks and spaces)."""
    at = _colon_char(text, para, seg)
    if at is None:
        return None
    colon = para.tokens(at, at + 1)
    return None if colon is None or len(colon) == 0 else colon


def _sentence_end(tok: Any) -> bool:
    # Double closing marks only: a single one may be an apostrophe ("by Times' Ann Lee:").
    return bool(tok.text in {'"', "\u201d", "\u00bb"} or tok.text[-1:] in ".?!" or tok.is_space)


def _name_word(tok: Any) -> bool:
    return bool((tok.pos_ == "PROPN" and tok.text[:1].isupper()) or tok.lower_ == "and")


def introduced(prev: Para) -> Attr | None:
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
        verb = statement_verb(toks[-CUE_REACH:], prev.quoted)  # 'issued this statement:'
        return None if verb is None else from_cue(prev, verb)
    # The reporting verb highest in the parse ('Lee said the ministry refused to call it
    # so:' introduces Lee's words), the latest among equals.
    return from_cue(prev, min(reversed(cues), key=lambda t: sum(1 for _ in t.ancestors)))


def name_after(para: Para, span: Any, attr: Attr) -> Attr:
    """'"...," Texas delegate Ann Lee, wearing a red cap, said': a cue after the quote that
    the parser left with no subject (it hung the name on the quoted verb) takes the phrase
    of names and nouns, holding a name, that opens the writer's words after the closing
    mark, when the cue or the comma of an apposition ends it."""
    cue = attr.cue
    if cue is None or attr.speaker is not None or cue.i < span.end:
        return attr
    doc = para.doc
    j = span.end
    while j < cue.i and (doc[j].is_punct or doc[j].is_space):
        j += 1
    k = j
    while k < cue.i and k - j < NAME_RUN and doc[k].pos_ in {"PROPN", "NOUN"}:
        k += 1
    named = any(t.pos_ == "PROPN" and not para.quoted[t.i] for t in doc[j:k])
    if not named or (k < cue.i and doc[k].text != ","):
        return attr  # 'Ann Lee and the pilots, ..., said': the name is not all who speak
    if para.sent_of(j).start != para.sent_of(cue.i).start:
        return attr
    return Attr(para, cue, (j, k), doc[k - 1])


def phrase_then_verb(para: Para, j: int, sent: Any) -> Any:
    """'"...!" the party's nominee, Ann Lee, tweeted': the first reporting verb after a
    quote's closing mark (token ``j``) whose subject's phrase, appositions and all, opens the
    writer's words and runs up to the verb, with only adverbs or auxiliaries between."""
    doc = para.doc
    verb = next((t for t in doc[j : sent.end] if not para.quoted[t.i] and is_reporting(t)), None)
    if verb is None:
        return None
    subj = next((c for c in verb.lefts if c.dep_ in SUBJECTS), None)
    if subj is None or subj.left_edge.i != j or para.quoted[subj.i]:
        return None
    between = doc[subj.right_edge.i + 1 : verb.i]
    return verb if all(t.pos_ in {"ADV", "AUX"} or t.text == "," for t in between) else None


# Verbs by which words reach their subject, in every inflection: received ("got a warning
# from her doctor:") or perceived ("found a note:", "heard the crowd chant:"); its subject
# did not say what follows the colon. "Read" stays: news mostly reads a statement aloud.
_PERCEIVING_WORDS = """find finds found finding see sees saw seen seeing hear hears heard
    hearing overhear overhears overheard notice notices noticed spot spots spotted discover
    discovers discovered obtain obtains obtained watch watches watched"""
TAKING_IN = RECEIVING | frozenset(_PERCEIVING_WORDS.split())


def colon_clause(text: str, para: Para, seg: Seg) -> Attr | None:
    """'Ann Lee delivered a blunt message to Reed: "..."': a quote right after a colon that
    closes its sentence's main clause, whose subject before the verb is someone (a name, a
    pronoun for a person, a noun for people), is that subject's words, cued by the verb;
    not when the verb brings the words to the subject ('got a warning from her doctor:')."""
    colon = _colon_before(text, para, seg)
    if colon is None:
        return None
    root = para.sent_of(colon.start).root
    if root.i >= colon.start or root.pos_ not in {"VERB", "AUX"} or para.quoted[root.i]:
        return None
    if root.lower_ in TAKING_IN:
        return None  # 'Lee got a warning from her doctor: "..."': the words came to Lee
    subj = next(
        (c for c in root.lefts if c.dep_ in SUBJECTS and not para.quoted[c.i]),
        None,
    )
    if subj is None or not animate(subj):
        return None
    return Attr(para, root, phrase(subj), subj)
