"""Which of an article's attributions get a ledger line (``synthesize.quotes``): direct
quotes checked word for word against the article (one that fails is demoted to reported
speech), quoted fragments folded into the reported speech that carries them, refusals to
speak left out, a transcript turn of the article's own outlet (its interviewer's
question) left out, and each line's claim checked once (``ledger_filter``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from crossbrief.analyze.quotes import is_refusal
from crossbrief.analyze.quotes.marks import normalise
from crossbrief.model import AnalyzedArticle, Quote
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.ledger_filter import in_heading, shows_claim
from crossbrief.synthesize.ledger_joins import rejoined
from crossbrief.synthesize.ledger_labels import negated_line
from crossbrief.synthesize.ledger_marks import left_open, quoted_whole

# Speaker phrases that name no one ("No one said", "Nobody told", "None of them said") or
# as good as no one ("Few think", "very few economists", "hardly anyone"): a negated line
# of theirs says nothing that anyone said ("Few think X" is not "Few did not think X").
_NO_ONE = re.compile(
    r"(?:no|none|nobody|no-one|noone|(?:very |so |too )?few|(?:hardly|scarcely|barely) any(?:one|body)?)\b",
    re.IGNORECASE,
)
# Words that open an indirect question ("what they did", "whether he would run").
_QUESTION_WORDS = frozenset(
    {"what", "who", "whom", "whose", "which", "when", "where", "why", "how", "whether", "if"}
)


def says_nothing(q: Quote) -> bool:
    """A negated cue over an indirect question ("The port office did not say what the two crews
    were paid"), or one whose speaker is no one ("No one said the plant would close"):
    nothing was said, so the ledger has no line for it. A negated cue over a claim ("did
    not believe the harbour master was careless") stays, shown with its negation."""
    if q.negated and _NO_ONE.match(q.speaker_text or ""):
        return True
    words = q.text.split(maxsplit=1)
    return (
        q.negated and q.kind == "indirect" and bool(words) and words[0].lower() in _QUESTION_WORDS
    )


_Key = tuple[int, int, str, int | None, int | None, bool]


class ArticleLines:
    """One article's attributions and whether each has a line, each decided once (a
    fragment's carrier is asked again for every fragment inside it)."""

    def __init__(self, a: AnalyzedArticle) -> None:
        self.article = a
        self.starts = [s.start for s in a.sentences]
        self._shown: dict[_Key, bool] = {}

    def sentence(self, q: Quote) -> int:
        """The index of the sentence ``q`` opens in."""
        return max(bisect.bisect_right(self.starts, q.start) - 1, 0)

    def begins(self, q: Quote) -> int:
        """Where the sentence ``q`` opens in begins."""
        return self.starts[self.sentence(q)] if self.starts else 0

    def shown(self, q: Quote) -> bool:
        """Whether ``q`` has a line of its own (``listed_line``); a medium relaying someone's
        words has none (their line names it)."""
        key = (q.start, q.end, q.kind, q.cue_start, q.speaker_start, q.relays)
        if key not in self._shown:
            self._shown[key] = not q.relays and listed_line(q, self.article, self.begins(q))
        return self._shown[key]

    def checked(self, speaker: Callable[[Quote], str | None]) -> list[Quote]:
        """The article's quotes: direct ones verified word for word, fragments folded into
        the reported speech that carries them when that has a line of its own (else the
        fragment keeps its words in the ledger), refusals to speak ('declined to comment')
        left out: they have no one's words to show; the pieces of one quotation split
        around its cue joined (``ledger_joins``). ``speaker`` gives a quote's entity."""
        a = self.article
        text = a.article.text
        quotes = [_as_quoted(left_open(text, q, a.quotes), text) for q in a.quotes]
        reported = [q for q in quotes if q.kind == "indirect" and q.cue_start is not None]
        # ``is_verbatim`` normalised the whole article again for every quote it checked
        verbatim = normalise(text)
        out = []
        for q in quotes:
            if is_refusal(text, q) or _in_own_speaker(q):
                continue
            if q.kind == "partial" and any(
                _fragment_of(q, r, text, speaker) and self.shown(r) for r in reported
            ):
                continue
            if q.kind != "indirect" and normalise(q.text) not in verbatim:  # ``is_verbatim``
                q = Quote(**{**q.to_dict(), "kind": "indirect"})
            out.append(q)
        return rejoined(out, text, self.sentence)  # one quotation split around its cue


def _as_quoted(q: Quote, text: str) -> Quote:
    """Reported content that is one quotation and nothing else, as the direct quote it is
    ('"The tolls are too high," said Ann Lee', its cue parsed as reporting): the words in
    their marks, spoken."""
    inner = quoted_whole(q.text) if q.kind == "indirect" else None
    if inner is None or text[q.start : q.end] != q.text:
        return q
    start, end = q.start + inner[0], q.start + inner[1]
    return Quote(
        **{**q.to_dict(), "text": text[start:end], "start": start, "end": end, "kind": "direct"}
    )


def _in_own_speaker(q: Quote) -> bool:
    """Quoted words inside the phrase naming their own speaker ('Ann Lee, author of
    "Tides," said'): a title or a name in the description, not the speaker's words."""
    if q.kind == "indirect" or q.speaker_start is None or q.speaker_end is None:
        return False
    return q.speaker_start <= q.start and q.end <= q.speaker_end


_WORD = re.compile(r"[^\W\d_]+")


def own_outlet(q: Quote, source: str) -> bool:
    """A transcript header naming the article's own outlet, whole or by its last words
    ("GAZETTE:" in the Velmora Gazette's interview): the interviewer's turn, the paper's
    own question, not a source's words. Another outlet's header stays (a source quoted)."""
    if q.cue != ":" or not q.speaker_text or not source:
        return False
    header = _WORD.findall(q.speaker_text.lower())
    outlet = _WORD.findall(source.lower())
    return bool(header) and len(header) <= len(outlet) and outlet[-len(header) :] == header


def listed_line(q: Quote, a: AnalyzedArticle, begins: int) -> bool:
    """Whether the attribution has a line of its own: something said, by someone who could
    say it, with a claim to show, outside the titles and heads, and no negated act that is
    not speech. ``begins`` is where its sentence starts."""
    if says_nothing(q) or q.inanimate_source or q.claimless or own_outlet(q, a.article.source):
        return False
    if not shows_claim(q, a.article.text, begins, a.mentions):
        return False  # nothing said, no one who could say it, or no claim to show
    if in_heading(q, a.headings):
        return False  # a title or section head, not words said
    return not (q.negated and negated_line(q) is None)  # a negated act that is not speech


# What may stand between reported content that stops at a closing mark and a fragment's end.
_CLOSING = ".,;:!?'\"\u201d\u2019 "


def _fragment_of(q: Quote, r: Quote, text: str, speaker: Callable[[Quote], str | None]) -> bool:
    """Whether the quoted fragment ``q`` lies inside reported speech ``r`` (up to the
    punctuation and the mark that close it) from the same cue or the same speaker: the
    reported line already shows its words, in their marks, in the same mouth."""
    if not (r.start <= q.start and (q.end <= r.end or not text[r.end : q.end].strip(_CLOSING))):
        return False
    if r.cue_start == q.cue_start or (
        q.speaker_start is not None and q.speaker_start == r.speaker_start
    ):
        return True
    if q.speaker_name and r.speaker_name and name_key(q.speaker_name) == name_key(r.speaker_name):
        return True
    who = speaker(q)
    return who is not None and who == speaker(r)
