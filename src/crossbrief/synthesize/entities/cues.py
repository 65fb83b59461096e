"""Words around a span that say what it names: a network one posts on, a charge an acronym
spells ("arrested for DWX")."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.names import initials, name_key, trim
from crossbrief.synthesize.story import Story

# A verb of posting or taking "to"/"on" right before a name: a network or a site carries the
# words ("took to Velo", "posted on Velo"); a person is written to, not "taken to".
_MEDIUM_CUE = re.compile(
    r"\b(?:t(?:ook|ake|akes|aking)[ \t]+to|(?:posted|posting|posts|wrote|writes|tweeted|"
    r"promoted|shared|said)[ \t]+on)[ \t]+$"
)

_OWNS = re.compile(r"['\u2019]s?(?!\w)")


def is_medium(body: str, start: int, end: int, text: str) -> bool:
    """Whether a span tagged a person is a network or a site by the verb before it ("posted
    on Velo"): not where it owns something ("posted on Ann Lee's page") nor where a given name
    opens it ("took to Ann Lee")."""
    if not _MEDIUM_CUE.search(body, max(0, start - 24), start) or _OWNS.match(body, end):
        return False
    words = text.split()
    return not (len(words) > 1 and first_name_gender(words[0].lower()) is not None)


# Words that make an acronym the charge itself: before it ("suspicion of", "charged with"),
# or "a prior X arrest" (the agency's arrest is "the X arrest").
_OFFENCE_BEFORE = re.compile(
    r"\b(?:suspicion(?: of)?|charged with|arrested for|convicted of|guilty of|innocent of|"
    r"misdemeanou?r|felony)[ \t]+$"
)
_PRIOR_BEFORE = re.compile(r"\b(?:prior|previous)[ \t]+$")
_OFFENCE_AFTER = re.compile(r"[ \t]+(?:charges?|arrests?|convictions?|offen[cs]es?)\b")


def charge_acronyms(story: Story) -> frozenset[str]:
    """The acronyms the story writes as a charge ("arrested for DWX", "a prior DWX arrest")
    and names no organisation of the story written in full ("Velora Bureau of Investigation"
    for VBI)."""
    found: set[str] = set()
    for a in story.articles:
        body = a.article.text
        for m in a.mentions:
            text = m.text.strip()
            if (
                " " not in text
                and text.isupper()
                and (
                    _OFFENCE_BEFORE.search(body, max(0, m.start - 24), m.start)
                    or (
                        _PRIOR_BEFORE.search(body, max(0, m.start - 12), m.start)
                        and _OFFENCE_AFTER.match(body, m.end)
                    )
                )
            ):
                found.add(text.lower())
    if not found:  # most stories write no charge: the names' initials are not needed
        return frozenset()
    spelled: set[str] = set()
    for a in story.articles:
        for m in a.mentions:
            text = m.text.strip()
            if " " in text:
                key = name_key(trim(text))
                spelled.update({initials(key), initials(key, whole=3)})
    return frozenset(found - spelled)


def is_offence(body: str, start: int, end: int, charges: frozenset[str], raw: str) -> bool:
    """Whether an acronym names a charge where it stands: one the story writes as a charge,
    after an offence cue ("arrested for DWX") or before a charge noun ("the DWX charge"). "The
    VBI arrest" of an acronym never charged is the agency's."""
    return raw.lower() in charges and bool(
        _OFFENCE_BEFORE.search(body, max(0, start - 24), start)
        or _PRIOR_BEFORE.search(body, max(0, start - 12), start)
        or _OFFENCE_AFTER.match(body, end)
    )
