"""One-word "people" that only open a heading or a caption: a heading or a caption's label
capitalises its first word whatever it is ("Keynote speech draws crowd", "Photo of the
harbour: ..."), and the NER often takes that word for a person's name."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.common_words import lower_case_uses, named_as_person
from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.story import Story

# What may come before a heading's first word: quote marks, brackets, dashes.
_OPENING = re.compile(r"[\s\"'`\u201c\u2018(\u2014-]*")
# A caption's label: a few words before a colon that opens a paragraph's first line ("Map of
# the harbour showing the pier: ..."), with no sentence mark or comma in them ...
_LABEL = re.compile(r"[^\n.!?,:;]{1,80}:[ \t]")
# ... and a capitalised sentence after it ("...: Storms closed the port"): a lower-case word
# after the colon continues a sentence ("Velko scored twice: once in each half").
_CAPITAL_AFTER = re.compile(r"[^\n.!?,:;]{1,80}:[ \t]+[\"'\u201c\u2018]?[A-Z]")


def heading_opener(story: Story, mentions: list[StoryMention]) -> bool:
    """Whether a group is a one-word "person" found only in headings, with nothing that
    names a person (no title or form of address, no kinship or gender cue, no pronoun after
    it, no verb of saying, no given name of the name table): each mention opens a heading or
    a caption's label, or stands in a heading and is a common noun the story writes in lower
    case (``common_words``: "Sheriff's Deputy Shot"), or is a run of a heading's words
    ending with it ("Gunman Kills X Deputy"). A surname the story gives in full has joined
    its full name before this."""
    if not mentions or any(m.type != "PERSON" or m.kind != "name" for m in mentions):
        return False
    single = [m for m in mentions if " " not in m.text.strip()]
    word = single[0].clean if single else ""
    if not word.istitle() or first_name_gender(word.lower()) is not None:
        return False
    for m in mentions:
        if m.gender or m.relation or m.pronoun or named_as_person(story, m):
            return False
        if " " in m.text.strip():
            words = m.clean.split()
            if words[-1] != word or first_name_gender(words[0].lower()) is not None:
                return False
            if not _in_heading(story, m):
                return False
        elif not (_opens_heading(story, m) or (m.common and _in_heading(story, m))):
            return False
    return True


def _in_heading(story: Story, m: StoryMention) -> bool:
    """Whether a mention stands in a heading of its article (as analysis marked them)."""
    return any(h.start <= m.start < h.end for h in story.by_id[m.article].headings)


def _opens_heading(story: Story, m: StoryMention) -> bool:
    """Whether a mention is the first word of a heading of its article (as analysis marked
    them) or of a caption's label opening a line. A word that is a label by itself ("Lee:
    Ahead by a mile", a transcript's "Velko: Well, ...") names a speaker as often as a kind
    of item ("Update:"): it counts only where the story also writes it in lower case. A
    longer label counts when a capitalised sentence follows its colon, or the word is one
    the story writes in lower case."""
    analyzed = story.by_id[m.article]
    body = analyzed.article.text
    if body.startswith(":", m.end):
        return lower_case_uses(story)[m.clean.lower()] > 0
    for h in analyzed.headings:
        if h.start <= m.start < h.end and _OPENING.fullmatch(body, h.start, m.start):
            return True
    line = body.rfind("\n", 0, m.start) + 1
    if not (_OPENING.fullmatch(body, line, m.start) and _LABEL.match(body, line)):
        return False
    # A word the story also writes in lower case is a common noun, sentence or label.
    return bool(_CAPITAL_AFTER.match(body, line)) or lower_case_uses(story)[m.clean.lower()] > 0
