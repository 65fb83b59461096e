"""A speaker phrase that ends with a person's full name set right after their title or in
apposition: "vice president of evening programming Dara Finch", "one of her lawyers, Ann Lee".
The parser may hang the name on a preposition inside the title ("of evening programming"), so
the phrase is no name as a whole; its last words are. A name after a preposition or a
conjunction ("a critic of Dara Finch", "Tom Reed and Dara Finch") is someone else's, or one
of several people's, and so is one inside a phrase headed by a relation to it ("the wife of
former mayor Tom Reed"): a preposition before the name is allowed only after an office
("president of", "minister for"). Only a person is found so: "the members of the harbour
board" are not the board.
"""

from __future__ import annotations

from collections.abc import Collection

from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.entities.vocabulary import ROLE_NOUNS
from crossbrief.synthesize.quote_roles import a_person_noun

# Words that, right before a name, make it the object of the phrase or one of a list.
_NOT_APPOSED = frozenset(
    {
        "of", "for", "to", "with", "by", "from", "against", "on", "at", "about", "behind",
        "near", "like", "than", "and", "or", "&", "nor", "versus", "vs", "vs.", "toward",
        "towards", "under", "over", "after", "before", "beside", "besides", "between", "in",
    }
)  # fmt: skip
# Words that open a description rather than an occupation set before a name as a title.
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our"})
# How many words a full name may have ("Ann Marie de la Cruz" is rare: five at most).
_NAME_WORDS = range(5, 1, -1)


def name_in_phrase(
    phrase: str | None, key_to_id: dict[str, str], people: Collection[str]
) -> str | None:
    """The person a speaker phrase names after a title (``titled_name``) or after an
    occupation noun used as one (``after_occupation``), if any."""
    return titled_name(phrase, key_to_id, people) or after_occupation(phrase, key_to_id, people)


def titled_name(
    phrase: str | None, key_to_id: dict[str, str], people: Collection[str]
) -> str | None:
    """The person (one of ``people``, entity ids) whose full name (two words or more) ends
    ``phrase`` right after a title or a comma, if any."""
    words = (phrase or "").split()
    for n in _NAME_WORDS:
        if len(words) <= n:
            continue
        before = words[-n - 1]
        key = name_key(" ".join(words[-n:]))
        eid = key_to_id.get(key) if len(key.split()) > 1 else None
        if eid is None or eid not in people:
            continue
        if before.endswith(","):
            return eid  # "one of her lawyers, Ann Lee": the apposition names the speaker
        if before.lower() in _NOT_APPOSED or before.endswith(("'s", "\u2019s", "'")):
            return None  # "a critic of Tom Reed", "Lee's Tom Reed": not the speaker
        return eid if _titles_only(words[: -n - 1]) else None
    return None


def _titles_only(title: list[str]) -> bool:
    """Whether every preposition in the words before a name follows an office ("president
    of evening programming"), not a relation or a thing ("the wife of", "a book by")."""
    return all(
        i > 0 and title[i - 1].lower().strip(",") in ROLE_NOUNS
        for i, w in enumerate(title)
        if w.lower() in _NOT_APPOSED
    )


def after_occupation(
    phrase: str | None, key_to_id: dict[str, str], people: Collection[str]
) -> str | None:
    """The person (one of ``people``) whose name, a surname alone or in full, follows an
    occupation noun used as a title with no determiner ("Engineer Velko", "site manager Dora
    Lintz"): news style sets a job before a name as it sets "Dr." there, so the words after
    it are the speaker's name even where the tagger found no name in the phrase. None when a
    determiner, a preposition, a conjunction, a possessive or a comma stands in the words
    before the name ("a critic of engineer Velko", "engineer Velko's lawyer")."""
    words = (phrase or "").split()
    at = len(words)
    while at > 0 and _name_word(words[at - 1]):
        at -= 1
    title, name = words[:at], words[at:]
    if not title or not name or len(name) > max(_NAME_WORDS) or len(title) > 3:
        return None
    if not a_person_noun(title[-1]) or title[0].lower() in _DETERMINERS:
        return None
    if any(w.lower() in _NOT_APPOSED or not w.isalpha() for w in title):
        return None
    eid = key_to_id.get(name_key(" ".join(name)))
    return eid if eid in people else None


def _name_word(word: str) -> bool:
    """A capitalised word of a name: letters, maybe with a hyphen or an apostrophe inside
    ("Lee-Park", "O'Neill"), not a word for a person ("Engineer")."""
    plain = word.replace("-", "").replace("'", "").replace("\u2019", "")
    return word[:1].isupper() and plain.isalpha() and not a_person_noun(word)
