"""A speaker's sex against the entity the ledger found for it.

Spouses and other relatives share a surname, and news style names the second of them with a
courtesy title ("Mrs. Brandt" beside "Tomas Brandt"): looked up by the surname alone, her
words would be filed under him. A speaker phrase whose title or pronoun tells a sex ("Mrs.
Brandt", "she") is therefore never linked to a person of the other sex, as the story's
outlets write that person (a title on one of their forms, or a first name clearly one sex's);
it goes to the person the outlets write with that title and surname, or to no one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from crossbrief.analyze.gender import given_name_gender
from crossbrief.model import Entity, Quote
from crossbrief.synthesize.entities.gender import FEMALE, MALE, address_gender
from crossbrief.synthesize.entities.names import name_key

# Subject pronouns a speaker phrase may be (a resolved "she said").
_PRONOUN_SEX = {"she": FEMALE, "he": MALE}


def phrase_sex(q: Quote) -> str | None:
    """The sex a quote's speaker phrase tells: a courtesy title on it ("Mrs. Brandt") or a
    personal pronoun ("she"); None for any other phrase ("Brandt", "the mayor")."""
    text = " ".join((q.speaker_text or "").split())
    return _PRONOUN_SEX.get(text.lower()) or address_gender(text)


class Sexes:
    """The sex of each person entity the outlets make plain, and who is written with a title
    and a surname ("Mrs. Brandt")."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.of: dict[str, str] = {}
        self.titled: dict[tuple[str, str], str] = {}
        self.people: set[str] = set()  # ids of the person entities
        # speaker phrases linked to no one for their sex (``checked``)
        self.refused: set[tuple[str | None, str | None, int | None]] = set()
        for e in entities:
            if e.type != "PERSON":
                continue
            self.people.add(e.id)
            found = {_form_sex(a.form) for a in e.aliases if a.kind == "name"} - {None}
            if len(found) == 1:  # forms that disagree tell nothing
                self.of[e.id] = str(found.pop())
            for a in e.aliases:
                sex, words = address_gender(a.form), name_key(a.form).split()
                if sex and words:
                    # the biggest entity so written keeps the key (entities come biggest first)
                    self.titled.setdefault((sex, words[-1]), e.id)

    def checked(self, q: Quote, eid: str | None) -> str | None:
        """``eid`` as the speaker of ``q`` unless the phrase's sex is not that person's: then
        the person the outlets write with the phrase's title and surname, if any."""
        want = phrase_sex(q)
        if want is None or eid is None or self.of.get(eid, want) == want:
            return eid
        words = name_key(q.speaker_name or q.speaker_text or "").split()
        other = self.titled.get((want, words[-1])) if words else None
        if other is not None and self.of.get(other, want) == want:
            return other
        self.refused.add((q.speaker_name, q.speaker_text, q.speaker_start))
        return None

    def named(self, q: Quote, eid: str | None) -> Quote:
        """``q`` without the name analysis found for its speaker phrase when no speaker was
        linked and that name is a person of the other sex ("she" resolved to a man): the
        ledger shows a pronoun as the name found for it, which would name the wrong one."""
        if eid is not None or (q.speaker_name, q.speaker_text, q.speaker_start) not in self.refused:
            return q
        return replace(q, speaker_name=None)


def _form_sex(form: str) -> str | None:
    """The sex one form of a person's name tells: its title ("Mr. Brandt"), else a first
    name clearly one sex's ("Tomas Brandt"); a lone surname tells nothing."""
    sex = address_gender(form)
    if sex:
        return sex
    words = form.split()
    if len(words) < 2:
        return None
    female = given_name_gender(words[0])
    return None if female is None else FEMALE if female else MALE
