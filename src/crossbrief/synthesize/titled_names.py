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

# Words that, right before a name, make it the object of the phrase or one of a list.
_NOT_APPOSED = frozenset(
    {
        "of", "for", "to", "with", "by", "from", "against", "on", "at", "about", "behind",
        "near", "like", "than", "and", "or", "&", "nor", "versus", "vs", "vs.", "toward",
        "towards", "under", "over", "after", "before", "beside", "besides", "between", "in",
    }
)  # fmt: skip
# How many words a full name may have ("Ann Marie de la Cruz" is rare: five at most).
_NAME_WORDS = range(5, 1, -1)


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
