"""Person names the entity tagger missed: a capitalised word as a clause's subject that is a
proper noun, or the surname of a person the article names, whatever part of speech the
tagger gave it ("Sharp, for his part, sounded ...": the tagger may read a surname that is
also an English word as an adjective)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.doc_cache import doc_ents
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import SUBJECTS, is_reporting
from crossbrief.analyze.quotes.opinion_holders import holds_opinion

__all__ = ["missed_surname", "unnamed_speaker"]

# Words no name is, whatever they spell ("He said": never a Mr. He named before).
_NO_NAME_POS = frozenset({"PRON", "DET", "AUX", "PUNCT", "NUM", "CCONJ", "SCONJ", "ADP"})


def _name_word(tok: Any, surnames: frozenset[str]) -> bool:
    """A proper noun, or the surname of a person the article names (``surnames``) under
    another tag: a surname that is also a word ("Sharp", "Trump") is often tagged a noun
    or an adjective, yet as a capitalised subject it is that person."""
    return tok.pos_ == "PROPN" or (tok.pos_ not in _NO_NAME_POS and tok.lower_ in surnames)


def unnamed_speaker(para: Para, tok: Any, surnames: frozenset[str]) -> bool:
    """A capitalised proper noun the entity tagger missed, as the subject of a reporting
    verb ('Nefzi said ...'): someone who speaks, whom a later "he" or "she" may stand for;
    also the surname of a person the article names that the tagger took for another word
    ('Trump tweeted'). A one-word name tagged an organisation may be such a name; the
    caller takes it only when no person is named shortly before it."""
    return bool(
        tok.dep_ == "nsubj"
        and _name_word(tok, surnames)
        and (not tok.ent_type_ or (tok.ent_type_ == "ORG" and _lone_word(tok)))
        and tok.text[:1].isupper()
        and not para.quoted[tok.i]
        and is_reporting(tok.head)
    )


def missed_surname(para: Para, tok: Any, surnames: frozenset[str]) -> bool:
    """A capitalised one-word proper noun (or a person's surname the tagger took for
    another word, "Trump seemed") outside any name the tagger found and outside quotes, as
    a clause subject that is no speaker of a reporting verb (those are ``unnamed_speaker``'s)
    or as the holder of a view ("In Hope's opinion"): a surname looked up among those before."""
    return bool(
        (tok.dep_ in SUBJECTS or holds_opinion(tok))
        and _name_word(tok, surnames)
        and not tok.ent_type_
        and tok.text[:1].isupper()
        and not any(c.dep_ == "compound" for c in tok.children)
        and not para.quoted[tok.i]
        and not is_reporting(tok.head)
    )


def _lone_word(tok: Any) -> bool:
    """A one-word name in mixed case ("Ulvane", not "CNN" or "Reuters Staff")."""
    ent = next((e for e in doc_ents(tok.doc) if e.start <= tok.i < e.end), None)
    return ent is not None and len(ent) == 1 and not tok.text.isupper()
