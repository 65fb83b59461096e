"""Speakers written as a role that the ledger's role index alone leaves unlinked, linked to
the holder the article itself names:

- An outlet's own staff ("our correspondent") is the one person the story's outlets
  introduce with that role ("labour affairs correspondent Ann Lee"), as "the correspondent"
  would be.
- A definite description ("the Velmoran chancellor") is the one person the entity panel
  already gives a description of that office as a role alias in the same article ("The
  chancellor"): the article's own writer calls him so. A qualifier the alias lacks may be a
  country ("the Velmoran chancellor") but never a rank ("the deputy chancellor" is another
  office), a possessor ("the chancellor's deputy") or any other word ("the former
  chancellor"), and no other person of the story may hold an office of that noun.
- A definite description no person of the story is introduced with ("the rural affairs
  minister said") is the one person named just before it, in the sentence before or earlier
  in its own, that the story introduces with no office at all: the writer varies the
  name of the person just named ("Ann Lee has said ... The minister added"). A person
  introduced with an office ("Senator Tom Varga") holds that one; anyone introduced with
  the description's own office, or two people with none, leave it unlinked.
- A spokesman for a named principal set off by an apposition ("a spokesman for Orsk Union,
  the port's biggest union") speaks for the principal before the comma.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from crossbrief.model import Entity, Quote
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.vocabulary import ROLE_NOUNS as VOCABULARY_ROLES
from crossbrief.synthesize.entities.vocabulary import ROLE_RANKS
from crossbrief.synthesize.proxy_phrases import is_proxy
from crossbrief.synthesize.quote_roles import a_person_noun, role_words
from crossbrief.synthesize.role_index import PLAIN, ROLE_NOUNS, SPEAKING_TITLES

# An outlet's word for its own staff ("our correspondent", "our reporter").
_OUR = re.compile(r"our\s+", re.IGNORECASE)
# A proxy, "for", a principal and an apposition set off after it: "a spokesman for Orsk
# Union, the port's biggest union"; group 1 is the principal as written.
_FOR_APPOSED = re.compile(r"\bfor\s+((?:the\s+)?[A-Z][^,]{0,60}?)\s*,\s*\S")

# Titles of address, which give a name no office ("Mr", "Sir", "Dr").
_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "sir", "dame", "dr", "lord", "lady"})
# Heads of a description that name a post one person holds ("the rural affairs minister",
# "the national team coach"): the entity panel's role nouns and the ledger's, less those of
# staff, of whom a person or body has many ("the spokesman", "the official", "the aide"),
# and groups ("the family").
_STAFF = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide", "adviser"})
_POSTS = (
    (frozenset(w.split()[-1] for w in VOCABULARY_ROLES) | ROLE_NOUNS | SPEAKING_TITLES)
    - _STAFF
    - {"advisor", "envoy", "negotiator", "secretary", "general"}
)
# A possessive inside a description: the post is someone else's ("the mayor's chief").
_OWNED = re.compile(r"['\u2019]s?\s")
# (start, entity id) of each person mention in an article, by its sentence
Named = dict[int, list[tuple[int, str]]]

# (entity id, role words of the alias) of each role alias the panel gives in an article
Aliased = tuple[str, tuple[str, ...]]


def as_definite(phrase: str | None) -> str | None:
    """An outlet's own staff written with "our" as a definite description: "our
    correspondent" reads "the correspondent"; any other phrase as it is."""
    if phrase is None:
        return None
    found = _OUR.match(phrase)
    return f"the {phrase[found.end() :]}" if found else phrase


def role_aliases(entities: Iterable[Entity]) -> dict[str, list[Aliased]]:
    """Per article, each person's role aliases the entity panel found there ("The
    chancellor"), as role words, once per entity and wording."""
    out: dict[str, set[Aliased]] = defaultdict(set)
    for e in entities:
        if e.type != "PERSON":
            continue
        for alias in e.aliases:
            if alias.kind != "role":
                continue
            words = tuple(role_words(alias.form))
            if words:
                for article in alias.articles:
                    out[article].add((e.id, words))
    return {article: sorted(found) for article, found in out.items()}


def _country_word(word: str) -> bool:
    """A country or its people as one word ("UK", "Velmoran" if listed): a qualifier that
    names where an office is, not which office."""
    key = name_key(word)
    return key in countries() or key in metonyms()["demonym"]


def aliased_holder(
    q: Quote, aliases: Sequence[Aliased], holders: dict[str, set[str]] | None = None
) -> str | None:
    """The one person whose role alias in the quote's own article is the speaker's office
    (``aliases``: that article's, from ``role_aliases``): the alias's words all in the
    speaker's description, which ends with the same noun and adds at most a country.
    ``holders``, the ledger's role index (``role_index``), gives the story's people
    introduced with the plain office: another of them makes a qualified description
    ambiguous. None when the
    phrase is no definite description, or fits none or several."""
    phrase = as_definite(q.speaker_text)
    if not phrase or not phrase.lower().startswith("the ") or "," in phrase:
        return None
    words = role_words(phrase)
    if not words:
        return None
    found = set()
    for eid, alias in aliases:
        if alias[-1] != words[-1] or not set(alias) <= set(words):
            continue
        extra = [w for w in words if w not in alias]
        if any(w in ROLE_RANKS or not _country_word(w) for w in extra):
            continue  # "the deputy chancellor", "the former chancellor": another office
        if extra and holders is not None and holders.get(PLAIN + words[-1], set()) - {eid}:
            continue  # another chancellor in the story: the qualifier may be his
        found.add(eid)
    return next(iter(found)) if len(found) == 1 else None


def apposed_principal(phrase: str | None, key_to_id: dict[str, str]) -> str | None:
    """The entity a proxy speaks for when an apposition follows the principal ("a
    spokesman for Orsk Union, the port's biggest union" -> Orsk Union), if the story knows
    the principal by that name."""
    if not phrase or not is_proxy(phrase):
        return None
    found = _FOR_APPOSED.search(phrase)
    if found is None:
        return None
    return key_to_id.get(name_key(found.group(1)))


def people_by_sentence(entities: Iterable[Entity]) -> dict[str, Named]:
    """Per article and sentence, where each person entity is named there, in text order."""
    out: dict[str, Named] = defaultdict(lambda: defaultdict(list))
    for e in entities:
        if e.type == "PERSON":
            for m in e.mentions:
                out[m.article][m.sentence].append((m.start, e.id))
    return out


def offices(roles: dict[str, set[str]], entities: Iterable[Entity]) -> dict[str, set[str]]:
    """Entity id -> the offices the story introduces that person with: the words for a
    person among their plain role words in the ledger's role index, and among the words of
    a name form the entity panel keeps whole ("Health Minister Ida Brenn"); no title of
    address ("Mr")."""
    out: dict[str, set[str]] = defaultdict(set)
    for key, ids in roles.items():
        word = key.removeprefix(PLAIN)
        if key.startswith(PLAIN) and _an_office(word):
            for eid in ids:
                out[eid].add(word)
    for e in entities:
        if e.type == "PERSON":
            own = set(role_words(e.name))
            for alias in e.aliases:
                if alias.kind == "name":
                    out[e.id].update(w for w in role_words(alias.form) if _an_office(w))
            out[e.id] -= own  # "Ida Minister" is a name, not an office
    return out


def _an_office(word: str) -> bool:
    """A role word that names an office or occupation, not a title of address."""
    return word not in _ADDRESS and (a_person_noun(word) or word in SPEAKING_TITLES)


def just_named(
    q: Quote, sentence: int, named: Named, held: dict[str, set[str]], roles: dict[str, set[str]]
) -> str | None:
    """The one person named just before a definite description of an office no one in the
    story is introduced with (``roles``: the ledger's role index), in the sentence before
    the speaker's (``sentence``) or earlier in its own, whom the story gives no other
    office (``held``, from ``offices``), nor anyone else that one; None otherwise."""
    phrase = as_definite(q.speaker_text)
    if not phrase or not phrase.lower().startswith("the ") or "," in phrase:
        return None
    words = role_words(phrase)
    if not words or words[-1] not in _POSTS or _OWNED.search(phrase):
        return None  # "the family", "the spokesman", "the mayor's chief": no one's post
    if roles.get(PLAIN + words[-1]):
        return None  # a holder the story names: the role index's to find, or ambiguous
    if any(words[-1] in offices for offices in held.values()):
        return None  # someone is introduced with the office: the description may be theirs
    at = q.speaker_start or 0
    before = [eid for _, eid in named.get(sentence - 1, [])]
    before += [eid for start, eid in named.get(sentence, []) if start < at]
    found = {eid for eid in before if not held.get(eid)}
    return next(iter(found)) if len(found) == 1 else None
