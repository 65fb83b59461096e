"""Whose opinion a sentence gives, by the phrase that opens it: "In Ann Lee's view, ...",
"In the opinion of Ann Lee, ...", "According to Ann Lee, ...". The sentence is that person's
view, written by the reporter, so a "he said" after it stands for them as it would for the
subject of "Ann Lee said ..."; the sentence's own grammatical subject is what they talk about."""

from __future__ import annotations

from typing import Any

# Nouns that name a person's view in "In <X>'s ..." and "In the ... of <X>".
_VIEWS = frozenset(
    {"opinion", "view", "views", "judgment", "judgement", "estimation", "reckoning", "eyes", "mind"}
)


def holds_opinion(root: Any) -> bool:
    """The name whose head token is ``root`` is the holder of the view its sentence gives: the
    owner in "In Ann Lee's opinion", the object in "In the view of Ann Lee" or "According to
    Ann Lee", where the phrase hangs on a verb (not "the case, in Lee's view of it, ...", a
    noun's modifier)."""
    if root.dep_ == "poss":
        view = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        view = root.head.head
    elif root.dep_ == "pobj" and root.head.lower_ == "to":
        according = root.head.head
        return according.lower_ == "according" and according.head.pos_ in {"VERB", "AUX"}
    else:
        return False
    prep = view.head
    return (
        view.lower_ in _VIEWS
        and view.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.dep_ == "prep"
        and prep.head.pos_ in {"VERB", "AUX"}
    )
