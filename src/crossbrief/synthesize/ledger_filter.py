"""Which attributions the ledger shows a reader: speech or writing with a claim in it.

Analysis keeps every attribution PolNeAR would annotate (acts, stances, fragments), since
its scorer counts them; the ledger ("Who said what") is read by people, who gain nothing
from a line that reports no claim. One rule per kind of line left out:

- an act given as its own content ("posted a ... image", "named Varga harbour minister",
  "decided not to ...") has a line only when someone is named for it and its verb states
  a claim about its object
  ("accused him of leaking", "called the lawsuit frivolous", "denied meddling") or it is a
  judgment of its object ("critical of the toll", "a critic of the toll", "opposed the
  toll"), or its object, a word said or a position held, opens a that-clause ("issued a
  warning that the bridge could close"), or it holds three or more words in double quote
  marks that are no title ('released a statement thanking "all the crews who came out"':
  words said); a feeling or an attack with a bare object ("loves the harbour", "booed the
  mayor") has none;
- a naming verb over one phrase opening with "a"/"an" ("called a 'mess'" of a thing
  named before it, "called a meeting") names nothing it claims about: no line;
- an attribution a yes-or-no question or a condition supposes ("Whether Lee knew ... is
  unclear", "If Lee said so, ...") is no one's claim: no line;
- reported content analysis marked ``claimless`` ("found him guilty", "told 300 people")
  has no line (``synthesize.quotes``);
- an act in the passive ("is alleged to have two passports", "Little is known about") tells
  what is said of its subject, never by it: no line;
- an elliptical clause ("it was", "he responded", "Lee told him directly", "he would do
  so") names no claim: no line, unless it answers a question its sentence opens with
  ("Asked whether she would resign, Lee said she would not"), whose question, put by no
  one named, has no line of its own and is shown with the answer;
- a quoted fragment of one or two words ("zero day") is a term someone used, not a claim;
- reported content that is only a title in quote marks ("Tales of the Harbour") is a name;
- a colon cue over a line with no closing punctuation ("Lee: Thoughts on the ferry") is a
  heading, and content that closes a bracket it never opened ("HPQ) has ...", not a list's
  "a) ... b) ...") was cut out of a parenthesis;
- a quote whose content or cue lies in a heading (a title, a section head "Lee: Ahead
  by a mile.", a standfirst: ``AnalyzedArticle.headings``) is the editor's line, not
  words said in the story: no line (analysis keeps it, as PolNeAR annotates titles);
- nobody's words: a finding placed "in" a poll ("In recent polls, she trails"; a
  poll's figures are data, and the line has no verb to say what it found), a law or rule
  something is "according to" ("according to maritime law"), a name things are "so called";
- a medium's line that carries another's report ("Varga was quoted by Orsk Wire as saying",
  "'...,' he told the delegation, AFP reports"): the words are the quoted speaker's, whose
  own line the quote gives, and the medium only carried them;
- a yes-or-no question ("whether the men were in") under a cue that is no verb of asking or
  speech ("a review explored whether") is a question no one put;
- reported content that cannot stand alone as someone's words (``fragment``): a relative
  clause whose speaker is outside it ("some of which are old"), fewer than three words
  neither opening with the cue nor in quote marks ("her dead"), content cut before its
  complement ("himself to be") or at the verb that introduces a quote ("she heard someone
  say"), and content whose
  speaker follows a wh-word ("what the pilots said was the oldest"), which lacks what it is
  about; content before a semicolon is no content of a cue after it; a condition opened
  by "in case" or "unless" supposes, as "if" does.

A negated or denied line is labelled from a fixed, readable set ("did not say", "never
blamed", "denied") with the verb moved out of its content; a negated act that is not
speech ("isn't recommending", "was not surprised") has no line (``ledger_labels``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.analyze.quotes import cue_base
from crossbrief.analyze.quotes.lexicon import with_plurals
from crossbrief.model import Mention, Quote, Span
from crossbrief.synthesize.ledger_acts import act_or_frame, editors_note, no_statement
from crossbrief.synthesize.ledger_fragments import across_semicolon, fragment, gapped
from crossbrief.synthesize.ledger_senses import no_speech
from crossbrief.synthesize.ledger_words import (
    MARKS,
    NAMING,
    PASSIVE_BEFORE,
    STATES_THAT,
    TITLE_SMALL,
    cue_verb,
)

# Verbs of speech whose object carries what was claimed ("accused X of Y", "called X Y",
# "denied Y", "apologized for Y": owning a wrong); an act given as its own content is shown
# only with one of these.
_CLAIM_WORDS = """accuse blame call brand label deny dismiss slam blast trash condemn denounce
    criticize criticise chide scold rebuke berate fault lambaste excoriate attack assail
    refute rebut reject dispute allege acknowledge admit confirm claim describe refer
    promise pledge vow threaten warn urge identify praise hail applaud defend question
    recount recall predict announce reveal disclose insist argue say state tell ask mock
    ridicule point express apologize apologise deride characterize characterise portray
    foresee forecast confess attribute"""
# A judgment held of an object ("critical of the toll", "a critic of the toll", "opposed the
# toll") states an evaluation of it, as "criticized the toll" does; a will or a feeling ("keen to",
# "pleased with") states none.
_JUDGMENT_WORDS = """critical supportive skeptical sceptical wary leery dismissive supporter critic
    opponent proponent advocate backer champion defender foe"""
# Taking a side, for or against ("opposes the plan", "supports the plan").
_SIDE_WORDS = "oppose support endorse back favor favour welcome"
CLAIM_VERBS = (
    frozenset(_CLAIM_WORDS.split()) | with_plurals(_JUDGMENT_WORDS) | frozenset(_SIDE_WORDS.split())
)
_MIN_OBJECT_WORDS = 2  # words after the verb: "called Comey" (phoned) claims nothing
_MIN_QUOTED_WORDS = 3  # a shorter stretch in marks is a term ("zero day"), not words said
# Double quote marks only: a single one is mostly an apostrophe.
_DOUBLE_MARK = re.compile(r"``|''|[\"\u201c\u201d]")
# The reduced passive after a comma: a participle with no object, a preposition or "to"
# right after it ("Lee, alleged to have ...", "Lee, accused of ..."); "Lee, smiling,
# accused Voss of ..." has its object.
_COMMA_BEFORE = re.compile(r"\w,\s*$")
_NO_OBJECT = frozenset({"to", "of", "by", "as", "in", "with", "for"})
# A clause cut to its subject and verb: an auxiliary, a copula or a verb of speech at its
# end, with at most an object pronoun or an adverb after it.
_ELLIPSIS = re.compile(
    r"^(?:\S+\s+){0,3}?(?:was|were|is|are|am|did|does|do|would|will|could|can|should|had"
    r"|has|have|responded|replied|answered|told|said|asked|wrote|do so|did so)"
    r"(?:\s+(?:him|her|them|me|us|it|so|directly|too|not|again))*[\s.,;:!?\"'\u201d]*$",
    re.IGNORECASE,
)
_MAX_TERM_WORDS = 2
_CLOSERS = frozenset(".!?\u2026\"'\u201d\u2019")
# Words opening a yes-or-no question; "what"/"who" also open a free relative ("reported
# what looked like phishing"), which can carry a claim.
_QUESTION_WORDS = frozenset({"whether", "if"})


def in_heading(q: Quote, headings: Sequence[Span]) -> bool:
    """Whether the quote's content opens, or its cue stands, in one of ``headings``."""
    points = [q.start] if q.cue_start is None else [q.start, q.cue_start]
    return any(h.start <= p < h.end for h in headings for p in points)


def shows_claim(
    q: Quote, article_text: str, sentence_start: int, mentions: Sequence[Mention] = ()
) -> bool:
    """Whether the ledger shows this attribution: see the module's rules. A direct quote
    has its line unless it is no statement (a form of address, a label); reported speech
    and fragments only when they carry a claim (``ledger_acts`` too).
    ``sentence_start`` is where analysis found the content's sentence to begin;
    ``mentions`` are the article's (a form of address names someone in them)."""
    if q.kind == "direct":
        return not no_statement(q, article_text, mentions)
    if editors_note(q) or act_or_frame(q, article_text) or no_speech(q, article_text):
        return False  # an act, the writer's reading, an editor's note, no speech at all
    words = q.text.split()
    if q.kind == "partial" and len(words) <= _MAX_TERM_WORDS:
        return False
    asked = _ASKED_OPENING.match(_sentence_before(q, article_text, sentence_start)) is not None
    if _ELLIPSIS.match(q.text.strip()) and len(words) <= 5 and not asked:
        return False  # but "Asked whether ..., Lee said she would not": an answer
    if asked and not _someone_named(q) and cue_base(_verb(q)) == "ask":
        return False  # the question itself: its answer's line is the claim
    if _is_title(q, article_text) or _is_heading(q, article_text) or _cut_from_brackets(q):
        return False
    if _nobodys(q, article_text) or _carried_report(q) or _in_question(q, article_text):
        return False
    if fragment(q, _ELLIPSIS.match(q.text.strip()) is not None) or gapped(q, article_text):
        return False
    if across_semicolon(q, article_text):
        return False
    if not opens_with_cue(q):
        return not _asked_by_no_speech(q)
    if q.cue_start is not None and _participle(_verb(q)) and _passive(q, article_text, q.cue_start):
        return False
    if STATES_THAT.match(q.text) and _someone_named(q):
        return True  # "issued a warning that the bridge could close": the clause is the claim
    base = cue_base(_verb(q))
    if base in NAMING and _ONE_PHRASE.match(q.text):
        return False  # "called a 'mess'" of a thing named earlier, "called a meeting"
    if base == "refer" and " as " not in q.text:
        return False  # "referring to a top aide": a pointer, no claim ("refers to X as Y")
    if base in _SIDES and _NO_SIDE.match(q.text):
        return False  # "backed a truck into", "supports her children by working"
    if base in CLAIM_VERBS and len(words) > _MIN_OBJECT_WORDS and _someone_named(q):
        return True
    # 'quoted Lee as saying the ferry was "late again and again"', 'released a statement
    # thanking "all the crews who came out"': whatever the act, the marks hold words said
    return _someone_named(q) and _holds_words(q.text)


def _holds_words(content: str) -> bool:
    """Reported content holding a stretch in double quote marks of at least three words that
    is no title (not every longer word capitalised): someone's own words, in their marks."""
    for inner in _DOUBLE_MARK.split(content)[1::2]:
        found = re.findall(r"[^\W\d_][\w'\u2019-]*", inner)
        longer = [w for w in found if w.lower() not in TITLE_SMALL]
        if len(found) >= _MIN_QUOTED_WORDS and not all(w[0].isupper() for w in longer):
            return True
    return False


_SIDES = frozenset(_SIDE_WORDS.split())
# A side verb used of motion (a direction word right after it or after a short object of no
# "to": "backed away", "backed a truck into") or of providing for someone ("supports her
# children by working") takes no side.
_NO_SIDE = re.compile(
    r"\S+\s+(?:(?!to\b)\S+\s+){0,3}?(?:into|onto|out|away|down|off)\b"
    r"|support\w*\s+(?:(?!to\b)\S+\s+){1,4}?by\s+\w+ing\b",
    re.IGNORECASE,
)


# A sentence opening with a question put to its subject ("Asked whether she would resign,").
_ASKED_OPENING = re.compile(r"\s*[\"'\u201c]?asked\b", re.IGNORECASE)


def _sentence_before(q: Quote, article_text: str, sentence_start: int) -> str:
    """The words of the content's sentence before the content (none where analysis found
    the sentence to begin after it)."""
    return article_text[sentence_start : q.start]


# The question its sentence opens with, up to the comma before the answer.
_ASKED_QUESTION = re.compile(r"\s*[\"'\u201c]?(asked\b[^,;:]*),", re.IGNORECASE)


def answered_question(q: Quote, article_text: str, sentence_start: int) -> str | None:
    """'asked whether the mill would close' for the elliptical answer 'it would' in "Asked
    whether the mill would close, Lee said it would.": the question that gives an answer
    cut to its verb its meaning, shown with it; None for any other line. ``sentence_start``
    is where analysis found the content's sentence to begin."""
    if q.kind == "direct" or not _ELLIPSIS.match(q.text.strip()) or len(q.text.split()) > 5:
        return None
    m = _ASKED_QUESTION.match(_sentence_before(q, article_text, sentence_start))
    return m.group(1)[0].lower() + m.group(1)[1:] if m else None


def _passive(q: Quote, article_text: str, cue_start: int) -> bool:
    """The cue is a passive ("is alleged", "was widely known") or a reduced passive after a
    comma ("Lee, accused of ..."): what is said of its subject."""
    if PASSIVE_BEFORE.search(article_text, max(0, cue_start - 30), cue_start):
        return True
    after = q.text.split()[1:2]
    return (
        bool(after)
        and after[0].lower() in _NO_OBJECT
        and bool(_COMMA_BEFORE.search(article_text, max(0, cue_start - 4), cue_start))
    )


def _is_heading(q: Quote, article_text: str) -> bool:
    """A colon cue over content that ends its line with no closing punctuation ("Lee:
    Thoughts on the ferry"): a heading naming a person and a topic, not words said."""
    if q.cue != ":" or q.text.rstrip()[-1:] in _CLOSERS:
        return False
    rest = article_text[q.end : q.end + 200].split("\n", 1)[0]
    return rest.strip(" \t" + MARKS) == ""


# Laws and rules: what is done "according to" them is a norm followed, not words said.
_NORM_WORDS = """law laws rule rules regulation regulations statute statutes code custom
    customs tradition traditions constitution"""
_NORMS = frozenset(_NORM_WORDS.split())
# "so called", "so-called": a name in common use, given by no one in particular.
_SO_BEFORE = re.compile(r"\bso[\s-]+$", re.IGNORECASE)
_SPEAKER_WORD = re.compile(r"[\w'-]+")  # compiled once: read for every quote


def _nobodys(q: Quote, article_text: str) -> bool:
    """Content said by no one: a finding "in" a poll (cue "in"), a norm it is "according to"
    ("according to maritime law"), a name things are "so called"."""
    cue = (q.cue or "").lower()
    if cue == "in":
        return True
    words = _SPEAKER_WORD.findall((q.speaker_text or "").lower())
    if cue == "according to" and words and words[-1] in _NORMS:
        return True
    if cue in ("called", "named", "dubbed") and q.cue_start is not None:
        return _SO_BEFORE.search(article_text, max(0, q.cue_start - 4), q.cue_start) is not None
    return False


# The opening of a yes-or-no question or a condition: "Whether Lee knew ... is unclear", "If
# Lee said so, ...", "in case the board votes".
_WHETHER_BEFORE = re.compile(r"\b(?:whether|if|in case|unless)\s+$", re.IGNORECASE)


def _in_question(q: Quote, article_text: str) -> bool:
    """The attribution is what a yes-or-no question or a condition supposes ("Whether Lee
    knew the plan is unclear"): its words begin right after "whether" or "if", so no one
    is said to have said or held anything."""
    starts = [p for p in (q.speaker_start, q.cue_start) if p is not None]
    if not starts:
        return False
    first = min(starts)
    return _WHETHER_BEFORE.search(article_text, max(0, first - 12), first) is not None


# A naming verb's content that is one phrase opening with "a"/"an" ("called a 'mess'",
# "called a meeting"): the named thing is not in it, or the verb convenes.
_ONE_PHRASE = re.compile(r"\S+\s+an?\s", re.IGNORECASE)


# Content that is itself a report: "... as saying" at its end, or ending with a closing
# quote mark and a speech verb's clause ("...,'' he told the delegation").
_CARRIED = re.compile(
    r"\bas\s+saying\W*$|[,.!?](?:''|[\"\u201d])\s+\w+\s+"
    r"(?:said|told|added|says|tells|adds)\b[^,;\"\u201c\u201d'`]*$",
    re.IGNORECASE,
)


def _carried_report(q: Quote) -> bool:
    """Reported content that holds its own speaker and cue ("Varga was quoted by Orsk Wire as
    saying", "'...,' he told a delegation" under "AFP reports"): the medium's carrying."""
    return q.kind == "indirect" and _CARRIED.search(q.text) is not None


# The letter or number of a list item ("a) a plea deal or b) a trial", "2) the toll").
_LIST_MARK = re.compile(r"(?:^|(?<=\s))(?:[a-z]|\d{1,2})\)")


def _cut_from_brackets(q: Quote) -> bool:
    """Content that closes a bracket it never opened ("HPQ) has opened ..." from "(NYSE:
    HPQ)", "Lee in 1976 and Hale in 2000) can ...") was cut out of a parenthesis: no
    one's statement. The letter or number of a list item ("a) a plea deal or b) a trial")
    closes no bracket."""
    text = _LIST_MARK.sub("", q.text)
    close, opened = text.find(")"), text.find("(")
    return close >= 0 and (opened < 0 or close < opened)


def _asked_by_no_speech(q: Quote) -> bool:
    """A yes-or-no question ("whether the men were in") under a cue that is no verb of
    asking or speech ("a review explored whether"): a question no one put."""
    first = q.text.split(maxsplit=1)[:1]
    return (
        q.kind == "indirect"
        and bool(first)
        and first[0].lower() in _QUESTION_WORDS
        and cue_base(_verb(q)) not in _ASKING_VERBS
    )


# Speaker words that stand for someone named elsewhere: they name someone only through a
# name found for them.
_STAND_IN_WORDS = "he she it they him her them i we you who which that this these"
STAND_INS = frozenset(_STAND_IN_WORDS.split())


def _someone_named(q: Quote) -> bool:
    """A name found for the speaker, or a speaker phrase that is no pronoun ("which
    prompted Lee to ask for ..." names no one for the asking)."""
    written = (q.speaker_text or "").strip().lower()
    return bool(q.speaker_name) or (bool(written) and written not in STAND_INS)


def _participle(word: str) -> bool:
    """A verb's inflected form that is not its -ing form: after "is" it makes a passive
    ("is alleged"), where "is vowing" is progressive and "is critical" an adjective."""
    word = word.lower()
    return cue_base(word) not in ("", word) and not word.endswith("ing")


_verb = cue_verb


def opens_with_cue(q: Quote) -> bool:
    """The content opens with the cue's own word ("accused Voss of ..." under "accused"):
    an act or stance given as its own content."""
    words = q.text.split(maxsplit=1)
    return bool(words) and words[0].lower() == _verb(q).lower() != ""


def _is_title(q: Quote, article_text: str) -> bool:
    """Reported content that is one quoted run with every longer word capitalised: the
    title of a show, a book or a podcast the sentence names, not words said."""
    if q.kind != "indirect":
        return False
    before = article_text[max(0, q.start - 1) : q.start]
    after = article_text[q.end : q.end + 2].lstrip(".,;:!?")[:1]
    if not (before and before in MARKS and after and after in MARKS):
        return False
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", q.text)
    return bool(words) and all(w[0].isupper() for w in words if w.lower() not in TITLE_SMALL)


# Verbs that can put a question ("asked whether", "wondered whether", "explored" cannot).
_ASKING_VERBS = CLAIM_VERBS | frozenset({"wonder", "explain", "know", "inquire"})
