"""Light text tools for cross-article work: word tokens, stop words, TF-IDF vectors.

Synthesis never re-runs the NLP model; comparing sentences across articles only needs word
tokens and their weights, which this module computes from the analyzed text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import chain

import numpy as np
from scipy import sparse
from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?", re.UNICODE)
# A capital letter in a regular expression: `re` has no \p{Lu}, and [A-Z] misses the "Ł" of
# Łódź and the "É" of Émile; Latin, Greek and Cyrillic capitals, by str.isupper.
CAPITAL = (
    "["
    + "".join(
        re.escape(chr(c)) for c in (*range(0x41, 0x250), *range(0x370, 0x530)) if chr(c).isupper()
    )
    + "]"
)


def fold(text: str) -> str:
    """Lower case without diacritics ("Varenskyy" stays, "Médecins" -> "medecins")."""
    if text.isascii():  # most news text: skip the costly Unicode decomposition
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    # most non-ASCII news text has a curly quote or a dash, no accent: the test per
    # character is then asked of the text's distinct characters only
    if not any(map(unicodedata.combining, set(decomposed))):
        return decomposed.lower()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


# Letters re's case-blind matching reads as ASCII ones that str.lower keeps apart (checked
# over every code point): written as those in ``case_blind``.
_BLIND = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def case_blind(text: str) -> str:
    """``text`` as a case-blind pattern reads its letters: in lower case, "\u0130" and
    "\u0131" as "i" and "\u017f" as "s" (which ``re.I`` matches to them). A pattern's
    lower-case words are in it wherever the pattern finds them, so a pattern every match of
    which holds one of some words need not search a text whose ``case_blind`` holds none
    (a search tries every position; a substring test is far cheaper)."""
    return text.lower() if text.isascii() else text.translate(_BLIND).lower()


def holds_any(lowered: str, words: Iterable[str]) -> bool:
    """Whether ``lowered`` (a ``case_blind`` text) holds one of ``words``."""
    return any(w in lowered for w in words)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude suffix stripper, enough to match "talks"/"talk", "killed"/"kill"."""
    for suffix in ("ings", "ing", "ies", "ied", "es", "ed", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix in {"ies", "ied"} else "")
    return word


def tokens(text: str) -> list[str]:
    """All word tokens, folded."""
    return list(_tokens(text))


# Cached per text: synthesis tokenises each sentence in several stages (concepts, content
# words, fact terms); callers get a fresh list, so the cached tuple is never changed.
@lru_cache(maxsize=1 << 13)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(fold(text)))


def content_terms(text: str) -> list[str]:
    """Stemmed content words (no stop words, no single characters)."""
    return list(_content_terms(text))


# Cached per text: synthesis reads the same sentences again in several stages (grouping,
# voices, claims, TF-IDF); callers get a fresh list, so the cached tuple is never changed.
# The tuples hold content_term's own cached strings; a few thousand texts cover a story.
@lru_cache(maxsize=1 << 13)
def _content_terms(text: str) -> tuple[str, ...]:
    # (``filter`` drops the stop words' "" without a generator step per token)
    return tuple(filter(None, map(content_term, _tokens(text))))


@lru_cache(maxsize=1 << 16)
def content_term(token: str) -> str:
    """A folded token's stemmed content word, "" for a stop word or a single character
    (cached: a story repeats its words). A possessive is its word ("mayor's" -> "mayor"),
    and a stop word's or "let"'s contracted "'s" ("it's", "let's") is no content word."""
    word = possessor(token)
    if word in STOP_WORDS or len(word) <= 1 or (word in _CONTRACTING and word != token):
        return ""
    return stem(word)


# "let's" is "let us", never a possession of "let"; a stop word's "'s" ("it's", "he's",
# "that's") is its "is" or "has" and is caught as a stop word once the "'s" is off.
_CONTRACTING = frozenset(["let"])


@lru_cache(maxsize=1 << 16)
def possessor(token: str) -> str:
    """A folded token without its possessive ending, in either apostrophe: "lee's" and
    "lee\u2019s" -> "lee", "workers'" -> "workers", "ross'" -> "ross" (a name's own "s" is
    kept; the stemmer treats it as it treats "ross"). "it's" -> "it": callers drop stop words
    after this, so a contraction of "is" or "has" goes with its pronoun."""
    word = token.replace("\u2019", "'")
    if word.endswith("'s") and len(word) > 2:
        return word[:-2]
    return word.rstrip("'") or word


def concept_terms(text: str) -> list[str]:
    """``text``'s content words as the summary reads them (``concept_term`` of each token):
    the words of the story's TF-IDF similarity, whose exclusions and citations the summary
    reads."""
    return [t for t in map(concept_term, _tokens(text)) if t]


@lru_cache(maxsize=1 << 16)
def concept_term(token: str) -> str:
    """The summary's content word of a folded token: content_term as it was before it read
    possessives ("mayor's" stays "mayor'", "it's" stays a word). Kept for the summary alone
    because reading possessives in its concepts was measured on DUC 2004 and lost ROUGE-1 on
    the held-out half (session 13: dev +0.05, held-out -0.33), and reading them in the story's
    TF-IDF similarity lost on both halves; fact terms, citations' shared words and story
    clustering compare words with content_term."""
    if token in STOP_WORDS or len(token) <= 1:
        return ""
    return stem(token.replace("\u2019", "'"))


class TfIdf:
    """TF-IDF vectors of a fixed set of texts (one row each), L2-normalised.

    The rows are sparse: a story's sentences share few of its thousands of terms, so a dense
    matrix spent most of the similarity product multiplying zeros.
    """

    def __init__(self, texts: Sequence[str], terms: Sequence[list[str]] | None = None) -> None:
        # ``terms``: each text's terms when the caller tokenises its own way (fact grouping
        # maps names to entities); by default the stemmed content words of ``texts``
        self.terms = (
            [list(ts) for ts in terms] if terms is not None else [content_terms(t) for t in texts]
        )
        # a term's document frequency: one count of every sentence's distinct terms
        df: Counter[str] = Counter(chain.from_iterable(map(set, self.terms)))
        ordered = sorted(df)
        self.vocab = {t: i for i, t in enumerate(ordered)}
        n = max(len(texts), 1)
        self.idf = np.array([math.log((1 + n) / (1 + df[t])) + 1 for t in ordered])
        cols: list[int] = []
        values: list[float] = []
        ends = [0]
        # plain floats, one look-up a term: indexing the numpy array gave a numpy scalar per
        # term (the same doubles, computed the slow way)
        idf = dict(zip(self.vocab, self.idf.tolist(), strict=True))
        vocab = self.vocab
        log = math.log
        for ts in self.terms:
            distinct = sorted(set(ts))
            if len(distinct) == len(ts):
                # each term once, as in most sentences: a weight of (1 + log 1) * idf is the
                # idf itself, to the bit, with no count taken
                weights = [idf[term] for term in distinct]
            else:
                counts = Counter(ts)
                weights = [(1 + log(counts[term])) * idf[term] for term in distinct]
            norm = math.sqrt(sum([w * w for w in weights])) or 1.0
            # a row's columns ascend with its sorted terms (the vocabulary is sorted), so the
            # rows are written in CSR form directly, a list extended a row, not a term
            cols.extend([vocab[term] for term in distinct])
            values.extend([w / norm for w in weights])
            ends.append(len(cols))
        self.matrix = sparse.csr_matrix(
            (np.array(values, dtype=np.float64), np.array(cols, dtype=np.int32), ends),
            shape=(len(texts), len(self.vocab)),
        )

    def similarity(self) -> np.ndarray:
        """Cosine similarity of every pair of rows (dense: every pair is looked up)."""
        result: np.ndarray = (self.matrix @ self.matrix.T).toarray()
        return result


# Someone's own voice (contractions match through their "I" or "we"); "US" (the country) is
# no "us", nor is "mine" a pronoun as often as a pit or a bomb. A word a period joins to a
# letter on either side is a letter of an initialism ("F.B.I.", "C.I.A.'s", "I.R.S."), no
# pronoun.
#
# Written to open on a character class, a pronoun's first letter: the regex engine then skips
# straight to those letters instead of trying a look-behind at every character (a third of
# the time on news sentences). The tests that came first are read back over that letter:
# no word character before it (a word's start, ``\b``) and no letter and period before it
# (an initialism's); each pronoun's rest follows the letter it opens with.
_PRONOUN_START = r"(?<!\w.)(?<![A-Za-z]\..)"
_INITIAL_AFTER = r"(?!\.[A-Za-z])"
_SINGULAR = re.compile(
    r"[IMm]" + _PRONOUN_START + r"(?:(?<=I)|(?<=[Mm])(?:e|y(?:self)?))\b" + _INITIAL_AFTER
)
_PERSON = re.compile(
    r"[IMWUOmwuo]"
    + _PRONOUN_START
    + r"(?:(?<=I)|(?<=[Mm])(?:e|y(?:self)?)|(?<=[Ww])e|(?<=[Uu])s|(?<=[Oo])urs?)\b"
    + _INITIAL_AFTER
)
# A quotation in double marks (curly, straight or typewriter ``...'').
QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|``.*?''|\"[^\"]*\"")
_WORD_BEFORE = re.compile(r"(\w+)[\s\u00a0]+$")
# A capitalised word opening a clause this way is a place, day or time before the pronoun
# ("In London I met him", "On Monday I will go", "As President I will").
_PREPOSITIONS = frozenset(
    [
        "in",
        "on",
        "at",
        "from",
        "to",
        "for",
        "by",
        "with",
        "as",
        "since",
        "until",
        "after",
        "before",
        "during",
        "near",
        "than",
        "like",
        "across",
        "around",
        "through",
        "outside",
        "inside",
    ]
)


def _numeral(text: str, at: int) -> bool:
    """Whether the "I" at ``at`` is a Roman numeral: it comes right after a capitalised
    word ("World War I", "King Charles I was", "the Phase I trial") that neither opens the
    sentence ("Yesterday I met") nor follows a preposition ("In London I met")."""
    word = _WORD_BEFORE.search(text, 0, at)
    if word is None or not word.group(1)[0].isupper():
        return False
    before = _WORD_BEFORE.search(text, 0, word.start())
    return before is not None and before.group(1).lower() not in _PREPOSITIONS


def first_person(text: str, *, plural: bool = True, quoted: bool = True) -> bool:
    """True when ``text`` speaks in the first person: "I", "me", "my", "myself" and, with
    ``plural``, "we", "us", "our", "ours"; only outside its quotation marks unless
    ``quoted``. A Roman numeral "I" ("World War I") and an initialism's letters ("F.B.I.")
    are no pronoun."""
    return _first_person(text, plural, quoted)


# Cached per text: the summary's candidates, the leads, the voices and the fact grouping ask
# of the same sentences (about half of the calls are repeats).
@lru_cache(maxsize=1 << 13)
def _first_person(text: str, plural: bool, quoted: bool) -> bool:
    if not quoted:
        text = QUOTED.sub(" ", text)
    pattern = _PERSON if plural else _SINGULAR
    return any(m.group() != "I" or not _numeral(text, m.start()) for m in pattern.finditer(text))
