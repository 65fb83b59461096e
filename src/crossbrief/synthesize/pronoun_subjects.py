"""Sentences whose subject is a pronoun the analysis left unresolved.

"They found that most wells had run dry." names no one: the actor is in an earlier sentence
of its article. Such a sentence carries no term for its actor, so a pair it forms with
another outlet's sentence rests on its few other words alone, where a sentence with a named
subject also shares (or, with two different people, is kept apart by) its actor. The fact
similarity asks such pairs for more shared words (``paraphrase.PRONOUN_WORDS``).
"""

from __future__ import annotations

import re

import numpy as np

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_fronted import OPENERS

# a subject pronoun opening the sentence, alone or first of a conjoined subject ("She and
# other inspectors saw ..."); "It is unclear whether ..." has no actor either
_OPENING_PRONOUN = re.compile(r"(he|she|they|it)\b", re.I)
# Marks that open a quotation: a pronoun after one is the speaker's word, not the writer's
# ('"It was a record," Ann Lee said').
_QUOTE_MARKS = frozenset("\"'`\u201c\u2018")


def unresolved_subjects(story: Story) -> np.ndarray:
    """For each story sentence, whether it opens on a subject pronoun ("He", "She", "They",
    "It") that no quote of its article resolves to a named speaker (``Quote.speaker_name``:
    "He said the pier would reopen" is the speaker's act, whose name the analysis gives).
    A name the analysis tags there is no pronoun ("He Lan, the engineer, ..."), nor is a
    pronoun inside an opening quotation mark the sentence's subject."""
    out = np.zeros(len(story.sentences), dtype=bool)
    for k, s in enumerate(story.sentences):
        lead = len(s.text) - len(s.text.lstrip(OPENERS))
        if _OPENING_PRONOUN.match(s.text, lead) is None or _QUOTE_MARKS & set(s.text[:lead]):
            continue  # a quoted pronoun's actor is the speaker its sentence names
        at = s.start + lead
        analyzed = story.by_id[s.article]
        out[k] = not any(m.start == at for m in analyzed.mentions) and not any(
            q.speaker_start == at and q.speaker_name for q in analyzed.quotes
        )
    return out
