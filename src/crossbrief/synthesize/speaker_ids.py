"""A quote's speaker entity within one article, each speaker phrase looked up once: first
by the person mention the entity table placed inside the speaker phrase when that mention
is a bare surname ("Velko said", "the elder Velko said"), since the table chose among the
surname's namesakes by where the article introduced each in full and by rank words; else
by the phrase's words (``quotes._speaker_id``), which know a surname only story-wide."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable

from crossbrief.model import Entity, Quote
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.entities.gender import kin_after, kin_before
from crossbrief.synthesize.entities.vocabulary import TITLES
from crossbrief.synthesize.speaker_sex import Sexes

_WORD = re.compile(r"[^\W\d_]+")
# Words that may stand before a person's surname at the head of a speaker phrase.
_BEFORE_HEAD = TITLES | {"elder", "younger"}
# A kinship noun opening its sentence with only a possessive before it ("His son, X,", "The
# mayor's wife, X,"): the relative is the sentence's subject.
# A line start opens a sentence too: a headline ends with no stop before its body.
_SUBJECT_KIN = re.compile(
    r"(?:^|[.!?][\"'\u201d\u2019]?\s+)(?:His|Her|Their|The\s+[\w-]+['\u2019]s?)\s+$",
    re.MULTILINE,
)
_SENTENCE_START = re.compile(r"[.!?][\"'\u201d\u2019]?\s+$|^\s*$", re.MULTILINE)
# (start, end, entity id) of a person's one-word name mention in an article
Placed = tuple[int, int, str]


def surname_mentions(entities: Iterable[Entity]) -> dict[str, list[Placed]]:
    """Per article, where the person entities' one-word name mentions stand ("Velko", "Mr.
    Velko"): a full name says whose it is by itself, and a role ("the president") is
    matched to its holder by the ledger's own role rules."""
    out: dict[str, list[Placed]] = defaultdict(list)
    for e in entities:
        if e.type != "PERSON":
            continue
        for m in e.mentions:
            if m.text[:1].isupper() and len(name_key(m.text).split()) == 1:
                out[m.article].append((m.start, m.end, e.id))
    return out


def placed_speaker(q: Quote, placed: list[Placed], text: str = "") -> str | None:
    """The entity of the one bare-surname mention inside a speaker phrase the analysis left
    as a surname (no full name resolved in its article), or resolved to a full name that
    the article ``text`` sets apart as a relative ("his father, Tomas Velko") after it had
    used the bare surname for the entity the table chose: the writer names the relative so
    to tell him from the one the surname already stood for. None for a phrase holding no
    such mention, or those of several people ("Velko and Lund said")."""
    if q.speaker_start is None or q.speaker_end is None:
        return None
    full = q.speaker_name and len(name_key(q.speaker_name).split()) > 1
    kin_at = _kin_named(text, q.speaker_name or "") if full else None
    if full and kin_at is None:
        return None  # the analysis found the full name in the article: that says whose
    found = {
        eid
        for start, end, eid in placed
        if q.speaker_start <= start and end <= q.speaker_end and _heads(q, start, end)
    }
    if len(found) != 1:
        return None
    (eid,) = found
    if kin_at is not None and not any(e == eid and end <= kin_at for _, end, e in placed):
        return None  # the surname stood for no one before the relative came in
    return eid


def _kin_named(text: str, name: str) -> int | None:
    """Where ``text`` first names ``name`` after or before a kinship noun that sets that
    person apart as someone's relative ("told his father, Velmora coach Tomas Velko"), if
    it does; not where that apposition opens its sentence ("His son, Arun Velko, is ..."),
    as the relative is then its subject and the article turns to him. The name counts only
    as whole words: "Tom Vargas" is someone other than "Tom Varga"."""
    if not name:
        return None
    # str.find, not a regex built from the name: one pattern per speaker overflows re's
    # cache and recompiling cost more than the rest of the speaker lookup together
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _word_char(text, at - 1) and not _word_char(text, end):
            kin = kin_before(text, at)
            if kin is not None and not _SUBJECT_KIN.search(
                text, max(0, kin.start() - 30), kin.start()
            ):
                return at
            if kin is None and kin_after(text, end) and not _opens(text, at):
                return at
        at = text.find(name, at + 1)
    return None


def _word_char(text: str, i: int) -> bool:
    """Whether ``text[i]`` is a word character (False outside the text), as regex ``\\w``."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _opens(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens its sentence (or a quote, or the text)."""
    return _SENTENCE_START.search(text, max(0, at - 4), at) is not None or not text[:at].strip()


def _heads(q: Quote, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the speaker phrase's head: only a determiner, a
    title or a rank word before it ("the elder Velko", "Dr. Velko") and nothing after it
    but an apposition ("Velko, a surgeon"); not a name inside another noun phrase ("the
    Velko family", "a critic of Velko", "Velko's lawyer")."""
    text, begin = q.speaker_text or "", q.speaker_start or 0
    before, after = text[: start - begin], text[end - begin :]
    words = _WORD.findall(before.lower())
    return all(w in _BEFORE_HEAD for w in words) and (not after.strip() or after[:1] == ",")


class SpeakerIds:
    """A quote's speaker entity within one article (``placed_speaker``, else ``find``),
    checked against the phrase's sex, each speaker phrase looked up once: fragment folding
    asks for it, and so does the quote's own line."""

    def __init__(
        self,
        find: Callable[[Quote], str | None],
        placed: list[Placed],
        sexes: Sexes,
        text: str = "",
    ) -> None:
        self.find, self.placed, self.sexes, self.text = find, placed, sexes, text
        # keyed by all that is read of a quote, so two quotes of one phrase, or one quote
        # before and after its kind is changed, share a lookup
        self.found: dict[tuple[str | None, str | None, int | None], str | None] = {}

    def __call__(self, q: Quote) -> str | None:
        key = (q.speaker_name, q.speaker_text, q.speaker_start)
        if key not in self.found:
            eid = placed_speaker(q, self.placed, self.text) or self.find(q)
            self.found[key] = self.sexes.checked(q, eid)
        return self.found[key]
