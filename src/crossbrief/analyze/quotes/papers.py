"""Papers someone puts out that carry their words: a participle of speech on a paper that
someone filed, sent or wrote ("filed a motion asking for a delay", "sent a letter urging the
council to wait") reports the words of whoever filed, sent or wrote it, as one on a noun of
statement does under any verb ("issued a statement saying ..."). A paper received, read or
found speaks for no one who received, read or found it."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.lexicon import NOUN_CUES

# Papers that make a request or a case for whoever puts them out.
_PAPER_WORDS = """motion letter memo memorandum petition complaint brief filing request
    application submission notice note proposal appeal lawsuit suit bill amendment"""
_PAPERS = frozenset(w + s for w in _PAPER_WORDS.split() for s in ("", "s"))
# Verbs of putting a paper out, as written (the pipeline runs without a lemmatizer).
_PUT_OUT_WORDS = """file files filed filing enter enters entered entering submit submits
    submitted submitting send sends sent sending write writes wrote written writing sign
    signs signed signing lodge lodges lodged lodging draft drafts drafted drafting introduce
    introduces introduced introducing"""
_PUT_OUT = frozenset(_PUT_OUT_WORDS.split())


def authored(noun: Any) -> bool:
    """Whether the subject of the verb that has ``noun`` for its object speaks through a
    participle on it: a noun of statement under any verb ("issued a statement saying"), a
    paper under an active verb of putting it out ("filed a motion asking"); not "received a
    letter urging", nor "were sent a letter urging" (the subject is its readers)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    if noun.lower_ in NOUN_CUES:
        return True
    active = not any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return noun.lower_ in _PAPERS and verb.lower_ in _PUT_OUT and active and not _other(noun)


def paper_writer(noun: Any, quoted: bytearray) -> Any:
    """Whoever a paper is said to come from, when not whoever handles it: "a letter from
    Mayor Ann Lee urging ...", "Ann Lee's motion asking ..." (Ann Lee); else None ("his
    motion asking" is his who filed it: a pronoun is left to the subject)."""
    if noun.lower_ not in _PAPERS:
        return None
    writer = _other(noun)
    return writer if writer is not None and not quoted[writer.i] else None


def _other(noun: Any) -> Any:
    """The named source of ``noun``: the object of its "from", or a possessor that is no
    pronoun; None when it has neither."""
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None
