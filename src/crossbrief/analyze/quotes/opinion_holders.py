"""Whose opinion a sentence gives, by the phrase that opens it: "In Ann Lee's view, ...",
"In the opinion of Ann Lee, ...", "According to Ann Lee, ...", "A sharper view came from
Ann Lee". The sentence is that person's
view, written by the reporter, so a "he said" after it stands for them as it would for the
subject of "Ann Lee said ..."; the sentence's own grammatical subject is what they talk about."""

from __future__ import annotations

from typing import Any

# Nouns that name a person's view in "In <X>'s ..." and "In the ... of <X>".
_VIEWS = frozenset(
    {"opinion", "view", "views", "judgment", "judgement", "estimation", "reckoning", "eyes", "mind"}
)


# Nouns of a view or of words said, as the subject of "came from <X>": news brings in a
# new source so ("One dissenting view came from Ann Lee, ..."), then goes on with her words.
_SAID = _VIEWS | frozenset(
    {
        "comment",
        "comments",
        "criticism",
        "dissent",
        "objection",
        "objections",
        "praise",
        "reaction",
        "response",
        "warning",
        "warnings",
    }
)
# The forms of "come" (the pipeline has no lemmatizer).
_COME = frozenset({"come", "came", "comes", "coming"})


def holds_opinion(root: Any) -> bool:
    """The name whose head token is ``root`` is the holder of the view its sentence gives: the
    owner in "In Ann Lee's opinion", the object in "In the view of Ann Lee", "According to
    Ann Lee" or "A sharper view came from Ann Lee", where the phrase hangs on a verb (not "the case, in Lee's view of it, ...", a
    noun's modifier)."""
    if root.dep_ == "poss":
        view = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "from":
        return _came_from(root.head)
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


def _came_from(prep: Any) -> bool:
    """``prep`` is the "from" of "<a view or words> came from", on its clause's verb."""
    come = prep.head
    subject = next((c for c in come.children if c.dep_ == "nsubj"), None)
    return (
        prep.dep_ == "prep"
        and come.lower_ in _COME
        and subject is not None
        and subject.lower_ in _SAID
    )
