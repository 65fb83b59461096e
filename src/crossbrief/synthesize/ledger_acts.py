"""Lines the ledger leaves out because they report an act or the writer's own reading, not
anyone's words (``ledger_filter``), and lines that are no statement: a form of address, a
label in quote marks, a name given, an editor's note. One rule per kind:

- appointing and signing are acts ("nominated Lee to the board", "the accord was signed by
  both sides", "was named to the post"): no line, unless a word said or a position held
  opens a that-clause in the content ("signed a pledge that ...");
- "found herself caught up in a row": a reflexive object under "find" tells the subject's
  state, and "to find", "to see" a search or a discovery hoped for ("we will have to see
  how"), not a finding reported;
- "discussed the violence" names a topic talked over, and a cue joined by a hyphen
  ("sought-after") is an adjective;
- a participle of showing after a comma ("..., showing that he would not back down") is the
  writer's inference from what the subject did;
- a bet ("bets that the fares ...", "gambled that") is a strategy the writer reads into
  someone's acts;
- "described the plan in terms far from his last speech", "described the scene to a
  paper": how or to whom, with no "as" or clause ("described the plan as reckless",
  "described how the boat sank"), names no claim;
- content after "so ..." or "such ..." between the cue and it, with no comma after the "so"
  ("spoke so loudly the windows shook"; not "insisted, as he has done so often, that"), is
  the result the writer saw, not what was said;
- an impersonal "once it became clear that" is the writer's frame ("it seems that" is a
  hedge, and the ledger lists it apart with its hedge word);
- a speaker phrase "what" ("what Lee called the 'summer palace'") stands for the thing named;
- an editor's note ("CORRECTION: ...", "Update: ...", "This story has been updated to
  show that ...") is the paper's notice, not a speaker's;
- a direct quote that is a form of address (a title, or a name of a person the article
  names elsewhere) opening a quote split by its cue ('"Ann," he said, "you ..."'; not
  '"Nonsense," he said, "the ferry is safe"'), or
  two or three capitalised words with no punctuation in or right after their marks (a
  name or label set before a noun: 'a "Lee for Mayor" sign') is no statement;
- a naming verb whose object is one or two words ("a screen it calls 'matte'") gives a name,
  unless the first is a pronoun standing for what is judged ("called it shameful").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.analyze.gender import given_name_gender
from crossbrief.analyze.quotes import cue_base
from crossbrief.analyze.titles import COURTESY_TITLES
from crossbrief.model import Mention, Quote
from crossbrief.synthesize.ledger_words import (
    MARKS,
    NAMING,
    PASSIVE_BEFORE,
    STATES_THAT,
    TITLE_SMALL,
    cue_verb,
)

# Acts of appointing and signing: what they do is no statement.
_APPOINTING = frozenset({"nominate", "appoint", "elect", "hire", "sign", "install"})
# "named to the post", "was named by the board as chair": "name" as an appointment; "named
# Lee as the source" (active, a person as its object) keeps its line.
_NAMED_TO = re.compile(r"\bnamed?\s+(?:\S+\s+){0,3}?to\b", re.IGNORECASE)
_REFLEXIVE = frozenset(
    {"himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself"}
)
_SEEKING = frozenset({"find", "see"})
# A participle of showing set after a comma: what the writer reads into the main clause.
_SHOWING = frozenset(
    {"showing", "proving", "demonstrating", "signaling", "signalling", "underscoring",
     "illustrating", "highlighting"}
)  # fmt: skip
_COMMA_BEFORE = re.compile(r",\s*$")
_BET_WORDS = """bet bets betting gamble gambles gambled gambling wager wagers wagered
    wagering"""
_BETS = frozenset(_BET_WORDS.split())
# "Once it became clear that": what "seem" and "appear" pass on is a hedge, listed apart
# ("unattributed") with its hedge word.
_IMPERSONAL_WORDS = "become becomes became becoming"
_IMPERSONAL = frozenset(_IMPERSONAL_WORDS.split())
# After the cue, before the content: "so"/"such" opens a result clause ("spoke so loudly the
# windows shook", "frets so much about fares that"); "such as", "so as to" give an example
# or a purpose, and a "so" with a comma after it sits in an aside ("insisted, as he has done
# so often, that"), which ends before the content.
_RESULT_BETWEEN = re.compile(r"\b(?:so|such)\b(?!\s+as\b)[^,;:]*$", re.IGNORECASE)
_DESCRIBED_CLAIM = re.compile(r"\s(?:as|how|what|why|that)\s", re.IGNORECASE)
# How or to whom something was described: "in terms far from", "in detail", "to the Harbor
# Times"; "described a string of bangs" is an account, and keeps its line.
_DESCRIBED_HOW = re.compile(
    r"\sin\s+(?:\S+\s+){0,2}?(?:language|terms|words|tones?|detail)\b"
    r"|\sto\s+(?:\S+\s+){0,2}\S+\s*$",
    re.IGNORECASE,
)
_EDITORS_NOTES = frozenset(
    {"correction", "corrections", "clarification", "update", "updated", "editor's note",
     "editor\u2019s note", "editors' note", "editors\u2019 note", "note"}
)  # fmt: skip
_MAX_NAME_WORDS = 2
# A pronoun object of a naming verb stands for a thing named before: "called it shameful"
# judges it, where "a screen it calls 'matte'" gives the screen a name.
_PRONOUN_OBJECTS = frozenset(
    {"it", "him", "her", "them", "this", "that", "these", "those", "me", "us", "you"}
)
_verb = cue_verb


def _words(text: str) -> list[str]:
    """The words of ``text``, a token of quote marks alone not counted."""
    return [w for w in text.split() if w.strip(MARKS + ".,;:!?")]


def _names_thing(q: Quote) -> bool:
    """A naming verb opening its content with at most two words of object, none of them a
    pronoun standing for what is judged ("calls `` matte ''", not "called it shameful")."""
    words = _words(q.text)
    if cue_base(_verb(q)) not in NAMING or len(words) - 1 > _MAX_NAME_WORDS:
        return False
    return len(words) < 2 or words[1].lower() not in _PRONOUN_OBJECTS


_WORD_CHAR = re.compile(r"\w")


def act_or_frame(q: Quote, article_text: str) -> bool:
    """Whether reported content ``q`` reports an act or the writer's reading rather than
    words (see the module's rules)."""
    if q.kind == "direct":
        return False
    base = cue_base(_verb(q))
    text = q.text
    if (base in _APPOINTING or _appointed(q, article_text, base)) and not STATES_THAT.match(text):
        return True
    if (base == "find" and _reflexive(q)) or (base in _SEEKING and _to_before(q, article_text)):
        return True
    verb = _verb(q)
    # the cue hyphened to a word: tested without building a pattern per cue
    hyphened = (
        bool(verb)
        and text.startswith(verb + "-")
        and _WORD_CHAR.match(text, len(verb) + 1) is not None
    )
    if base == "discuss" or hyphened:
        return True  # a topic talked over; "sought-after pilots": an adjective
    if _verb(q).lower() in _SHOWING and _COMMA_BEFORE.search(article_text, 0, q.cue_start or 0):
        return True  # "..., showing that he would not back down": the writer's inference
    if _verb(q).lower() in _BETS | _IMPERSONAL:
        return True
    opens = text.split(maxsplit=1)[:1] == [_verb(q)]
    if base == "describe" and opens and _DESCRIBED_HOW.search(text):
        return not _DESCRIBED_CLAIM.search(text)
    if opens and _names_thing(q):
        return True  # "calls 'matte'": the thing named stands before it
    if (q.speaker_text or "").strip().lower() == "what":
        return True
    if q.cue_end is not None and q.cue_end <= q.start:
        return _RESULT_BETWEEN.search(article_text, q.cue_end, q.start) is not None
    return False


def _appointed(q: Quote, article_text: str, base: str) -> bool:
    """ "name" as an appointment: "named to the post", or a passive ("was named by X")."""
    if base != "name" or q.cue_start is None:
        return False
    if PASSIVE_BEFORE.search(article_text, max(0, q.cue_start - 30), q.cue_start):
        return True
    return _NAMED_TO.match(article_text, q.cue_start) is not None


def _reflexive(q: Quote) -> bool:
    """The content's first word after the cue is a reflexive pronoun ("herself caught up")."""
    words = [w.lower().strip(",.") for w in q.text.split()[:2]]
    if words and words[0] == _verb(q).lower():
        words = words[1:]
    return bool(words) and words[0] in _REFLEXIVE


def _to_before(q: Quote, article_text: str) -> bool:
    """The cue is a bare infinitive after "to" ("hoping to spot the lost dinghy")."""
    if q.cue_start is None:
        return False
    return article_text[max(0, q.cue_start - 4) : q.cue_start].lower().endswith("to ")


# The piece itself as the one that speaks: "This story has been updated to show that ...".
_THIS_PIECE = re.compile(
    r"(?:an earlier version of )?this (?:article|story|report|post|piece)$", re.IGNORECASE
)


def editors_note(q: Quote) -> bool:
    """A colon cue after an editor's label ("CORRECTION: An earlier version ..."), or the
    piece itself as speaker ("This story has been updated to show that ...")."""
    label = " ".join((q.speaker_text or "").split()).lower()
    return (q.cue == ":" and label in _EDITORS_NOTES) or _THIS_PIECE.match(label) is not None


# A mark closing a quote, then a short cue clause and a mark opening the rest ('," he said, "').
_SPLIT_AFTER = re.compile(
    r"\s*[\"'\u201d\u2019]+\s*(?:[\w.\u2019'-]+\s+){1,4}?[\w\u2019'-]+\s*,\s*[\"'\u201c\u2018`]"
)
_LABEL_END = re.compile(r"[.,;:!?\u2026]")


def no_statement(q: Quote, article_text: str, mentions: Sequence[Mention] = ()) -> bool:
    """A direct quote that is a form of address opening a split quote ('"Ann," he said, "you
    ..."': a name of a person in ``mentions``, the article's, or a title), or two or three
    capitalised words with no punctuation inside or right after their marks (a name or
    label: 'a "Lee for Mayor" sign')."""
    if q.kind != "direct":
        return False
    words = q.text.split()
    if not words or len(words) > 3:
        return False
    after = article_text[q.end : q.end + 3].lstrip(MARKS)
    if len(words) <= 2 and q.text.rstrip().endswith(",") and all(w[:1].isupper() for w in words):
        return _SPLIT_AFTER.match(article_text, q.end) is not None and _addressed(
            words[0].strip(",."), q, mentions
        )
    titled = all(w[:1].isupper() for w in words if w.lower() not in TITLE_SMALL)
    bare = not _LABEL_END.search(q.text) and not _LABEL_END.match(after)
    return len(words) >= 2 and titled and bare


# Words only ever said to someone ('"Sir," he said', '"Mr President," ...'), besides the
# courtesy titles.
_ADDRESS_WORDS = """madam ma'am mister doctor professor officer captain coach sergeant
    president minister senator governor mayor judge chancellor general ladies gentlemen"""
_ADDRESS = COURTESY_TITLES | frozenset(_ADDRESS_WORDS.split())


def _addressed(word: str, q: Quote, mentions: Sequence[Mention]) -> bool:
    """``word`` is a form of address: a title, a word of a person's name the article gives
    outside the quote ("Ann" of "Ann Reed"), or a first name tagged a person inside it
    ('"Ann," he said' where the article names her "Reed" elsewhere); any other word
    ("Nonsense,", "Never,") opens a retort or a statement."""
    if word.lower() in _ADDRESS:
        return True
    for m in mentions:
        if m.type != "PERSON" or word not in re.sub(r"['\u2019]s$", "", m.text).split():
            continue
        outside = m.end <= q.start or m.start >= q.end
        if outside or given_name_gender(word) is not None:
            return True
    return False
