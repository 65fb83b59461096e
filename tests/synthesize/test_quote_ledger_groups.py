"""The ledger names an entity only for a speaker who is one: an indefinite description ("a
Boston company") and a people in the plural ("Many Israelis", "Palestinians") name no
entity, though their words name a place or a country; nor is a body ("the party") a
person's role. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article, Brief
from crossbrief.pipeline import brief_articles

TEXTS = (
    "Blue Fin Ltd will buy Harbour Works, a Boston company that offers consulting services. "
    "Boston has many such firms.\n\n"
    "Many Israelis see the new minister as a strong figure. Israel and Egypt signed the "
    "accord in March.\n\n"
    "Palestinians expressed unease over the naming of the minister. Palestine sent "
    "envoys.\n\n"
    "A Boston lawyer, Tom Hale, said the deal would close in May.\n\n"
    "Dan Reed, the party chair, spoke on Monday. Rain fell all day. The party "
    "alleged that the port board hid its losses.\n"
)


def _speakers(nlp: Any) -> dict[str, str | None]:
    b: Brief = brief_articles([Article(id="a", text=TEXTS)], nlp=nlp)
    names = {e.id: e.name for e in b.entities}
    return {q.text: names.get(q.speaker or "") for q in b.quotes}


def test_groups_and_indefinites_name_no_entity(nlp: Any) -> None:
    said = _speakers(nlp)
    for words, want in [
        ("offers consulting services", None),
        ("the new minister as a strong figure", None),
        ("the naming of the minister", None),
        # "the party" is no role of the party's chair.
        ("the port board hid its losses", None),
        # Negative: a name in apposition to an indefinite description still names it.
        ("the deal would close in May", "Tom Hale"),
    ]:
        hits = [name for text, name in said.items() if words in text]
        if want is None:
            # the ledger may also leave the line out (an act such as "offers consulting
            # services" is no speech: ledger_filter); shown, it must name no one
            assert all(h is None for h in hits), (words, said)
        else:
            assert hits == [want], (words, said)
