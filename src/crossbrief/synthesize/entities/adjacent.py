"""Two mentions the NER split from one name, joined again (a party's name at its opening
adjective, a work's title at "and The")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from crossbrief.model import Mention


def join_adjacent(
    mentions: Sequence[Mention], body: str, joins: Callable[[Mention, Mention], bool], kind: str
) -> list[Mention]:
    """``mentions`` with each mention and the one after it made one mention of ``kind``,
    spanning both, where ``joins(mention, after)`` holds; a mention joins at most once."""
    joined: list[Mention] = []
    skip: Mention | None = None
    for n, mention in enumerate(mentions):
        if mention is skip:
            continue
        after = mentions[n + 1] if n + 1 < len(mentions) else None
        if after is not None and joins(mention, after):
            joined.append(Mention(body[mention.start : after.end], mention.start, after.end, kind))
            skip = after
            continue
        joined.append(mention)
    return joined
