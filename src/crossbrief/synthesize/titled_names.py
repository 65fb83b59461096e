"""A speaker phrase that ends with a full name set right after the person's title: "vice
president of news programming Dara Finch", "the port's new harbour master Ann Lee". The
parser may hang the name on a preposition inside the title ("of news programming"), so the
phrase is no name as a whole; its last words are. A name after a preposition or a
conjunction ("a critic of Dara Finch", "Tom Reed and Dara Finch") is someone else's, or
one of several people's, and names no speaker.
"""

from __future__ import annotations

from crossbrief.synthesize.entities import name_key

# Words that, right before a name, make it the object of the phrase or one of a list.
_NOT_APPOSED = frozenset(
    {
        "of", "for", "to", "with", "by", "from", "against", "on", "at", "about", "behind",
        "near", "like", "than", "and", "or", "&", "nor", "versus", "vs", "vs.", "toward",
        "towards", "under", "over", "after", "before", "beside", "besides", "between",
    }
)  # fmt: skip
# How many words a full name may have ("Ann Marie de la Cruz" is rare: five at most).
_NAME_WORDS = range(5, 1, -1)


def titled_name(phrase: str | None, key_to_id: dict[str, str]) -> str | None:
    """The entity whose full name (two words or more) ends ``phrase`` right after a title
    word, if any."""
    words = (phrase or "").split()
    for n in _NAME_WORDS:
        if len(words) <= n:
            continue
        before = words[-n - 1]
        if before.lower() in _NOT_APPOSED or before.endswith(("'s", "\u2019s", "'")):
            continue  # "of Tom Reed", "Lee's Tom Reed": not the speaker himself
        key = name_key(" ".join(words[-n:]))
        if len(key.split()) > 1 and key in key_to_id:
            return key_to_id[key]
    return None
