"""What a timeline entry shows of the sentence it is taken from, when no report of it reads
alone (``timeline_fragments.shown_first``). A sentence opening on "He" or "She" shows its
subject in brackets in the pronoun's place, an editor's way of naming whom a pronoun stands
for ("[Ann Lee] won a second term in 1994."): the person its article names last before it,
when the name shows the pronoun's sex (as the summary reads such a pronoun,
``summary_people.pronoun_namer``, but surer: the name is put in the reader's text). A
sentence opening on a connective that tells what happened in place of or because of what
the sentence before tells ("Instead ...", "Otherwise ...") is half of a thought the timeline
does not show, and is not shown; so is a "He" or "She" with no one named before. A
connective that only links it ("But ...", "However, ...") is cut off. Other openings the
summary does not take alone ("It", "They", "His") are shown as written."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.gender import FEMALE, MALE
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_people import mention_gender
from crossbrief.synthesize.summary_rules import needs_antecedent
from crossbrief.synthesize.timeline_fragments import closed

# A subject pronoun of one person opening the sentence (not after a quotation mark: a
# quoted "He" is the speaker's word, whose sentence names the speaker).
_HE_OR_SHE = re.compile(r"(He|She)\b")
# Connectives whose sentence tells what happened in place of, or because of, what the one
# before tells ("Instead he sailed"): half of a thought the timeline does not show.
_DEPENDENT = re.compile(r"(?:instead|otherwise|likewise|thus|hence|therefore|consequently)\b", re.I)
# Connectives that only link the sentence to the one before ("But the pier was shut",
# "However, ..."): the sentence's own event stands without them.
_LINK = re.compile(
    r"(?:but|and|yet|however|nevertheless|nonetheless|meanwhile|moreover|furthermore|"
    r"besides|also)\b,?\s+(?=\w)",
    re.I,
)


def shown_text(story: Story, article: str, sentence: int, text: str, first: bool) -> str | None:
    """The text an entry shows of its report's sentence ``text`` (see the module's note):
    as written when it reads alone or opens otherwise, its quotation closed (``closed``);
    a linking connective cut off, its next letter capitalised in brackets as an editor
    marks it ("[T]he pier was shut"); its subject named for an opening "He" or "She"; None
    when it is not shown."""
    if not needs_antecedent(text, first):
        return closed(text)
    if _DEPENDENT.match(text):
        return None
    shown = text
    if link := _LINK.match(text):
        # "But the pier ..." -> "[T]he pier ...": the capital the cut leaves is the editor's
        text = text[link.end() :]
        text = text[0].upper() + text[1:]
        shown = text if text.startswith(shown[link.end()]) else f"[{text[0]}]{text[1:]}"
    pronoun = _HE_OR_SHE.match(text)
    if pronoun is None:
        return closed(shown)
    name = _named_before(story, article, sentence, MALE if pronoun.group(1) == "He" else FEMALE)
    return None if name is None else closed(f"[{name}]{text[pronoun.end() :]}")


def _named_before(story: Story, article: str, sentence: int, sex: str) -> str | None:
    """The person the article names last before its sentence ``sentence``, by the full name
    written up to there ("Ann Lee" for a later "Lee"), when that name shows the pronoun's sex
    (a first name or title of one sex); None otherwise. A single word tagged as a person that
    ends no full name before it is passed over: news introduces people by their full names,
    so it is more often a place or a body the tagger took for a person."""
    a = story.by_id[article]
    start = a.sentences[sentence].start
    full: list[str] = []  # the full name each person mention stands for, in text order
    for m in sorted(a.mentions, key=lambda m: m.start):
        words = m.text.split()
        if m.type != "PERSON" or m.end > start or not words:
            continue
        if len(words) > 1:
            full.append(" ".join(words))
        elif named := [f for f in full if f.split()[-1] == words[0]]:
            full.append(named[-1])
    if not full:
        return None
    last = next(m for m in reversed(a.mentions) if " ".join(m.text.split()) == full[-1])
    return full[-1] if mention_gender(story, article, last) == sex else None
