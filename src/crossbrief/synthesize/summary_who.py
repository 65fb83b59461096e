"""Who is who: the people and bodies the summary names only by a short form.

The summary is made of exact source sentences, so it can say "Brenn said ..." with no
sentence of it introducing Ida Brenn, or "NATO" with no sentence spelling it out. The
selection stays as it is (requiring the introducing sentence cost too much ROUGE); instead
the brief tells the reader, next to the summary, whom each such short form names.

Per story: reads only the summary sentences and the entities synthesis already built.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from crossbrief.model import Entity, SummarySentence, WhoIsWho
from crossbrief.synthesize.entities.names import is_acronym_form, person_form
from crossbrief.synthesize.text import fold

# forms that are names: a role ("the minister") or a country's metonym is no name to tell
_NAME_KINDS = frozenset({"name", "acronym"})
# a generational suffix ends a name without being its surname ("Tom Varga Jr.")
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# particles of a surname: "Vos" of "De Vos" leaves out no name a reader needs told
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn"}
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    """The words of a name, folded, without a possessive ending or punctuation."""
    return _WORD.findall(fold(_POSSESSIVE.sub("", text.strip())).lower())


def _find(form: str, text: str) -> int:
    """The offset of ``form`` in ``text`` as whole words, or -1 (case kept: "Lee" the name
    is not "lee" the shelter)."""
    if form not in text:  # most forms are not there: no pattern to build
        return -1
    # a hyphen joins words: "Lee" is not named in "Brenn-Lee"
    found = re.search(rf"(?<![\w-]){re.escape(form)}(?!\w|-\w)", text)
    return found.start() if found else -1


def _name_words(name: str) -> list[str]:
    words = _words(name)
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def full_name(entity: Entity) -> str:
    """The name to tell a reader: the entity's own, or, where that is one word ("Al-Sharo", a
    surname the analysis made canonical), its fullest spelling ending with it ("Fen
    al-Sharo"): the most words, then the most used, then the first in order."""
    if entity.type != "PERSON" or len(entity.name.split()) > 1:
        return entity.name
    name = _name_words(entity.name)
    fuller = [
        (-len(_words(person_form(a.form))), -a.count, person_form(a.form))
        for a in entity.aliases
        if a.kind == "name" and _words(person_form(a.form))[-len(name) :] == name
    ]
    return min(fuller)[2] if fuller else entity.name


def _surname(entity: Entity, name: list[str]) -> str:
    """The name's family name: its last word, or its first where outlets use the first word
    alone more often than the last ("Qal" of "Qal Dorun"; not "Ida" of "Ida Brenn")."""
    alone: dict[str, int] = defaultdict(int)
    for a in entity.aliases:
        core = _words(person_form(a.form))
        if a.kind == "name" and len(core) == 1:
            alone[core[0]] += a.count
    return name[0] if alone[name[0]] > alone[name[-1]] else name[-1]


def _short_person_form(form: str, name: list[str], surname: str) -> bool:
    """Whether ``form`` names a person by less than ``name``: its words (titles dropped) are
    the name's and hold its ``surname``, but not all of the name and not its first and last
    words together ("Brenn", "Ms. Brenn"; not "Ida", a bare first name)."""
    core = _words(person_form(form))
    if not core or not set(core) <= set(name) or surname not in core:
        return False
    if set(name) - set(core) <= _PARTICLES:
        return False
    return not ({name[0], name[-1]} <= set(core) and len(core) > 1)


def _short_body_form(form: str, name: str) -> bool:
    """Whether ``form`` is an acronym of a body whose name is spelt out ("NATO" of "North
    Atlantic Treaty Organization"), not the name itself."""
    return (
        is_acronym_form(form)
        and not is_acronym_form(name)
        and len(_name_words(name)) > 1
        and not set(_words(form)) <= set(_name_words(name))
    )


def _holds(words: list[str], name: list[str]) -> bool:
    """Whether a text's ``words`` hold those of ``name`` in a row, case aside ("Ada de Vos" holds
    "De Vos")."""
    if name[0] not in words:  # the common case, at C speed
        return False
    return any(words[i : i + len(name)] == name for i in range(len(words) - len(name) + 1))


def _introduced(entity: Entity, forms: Sequence[str], texts: Sequence[list[str]]) -> bool:
    """Whether the summary gives the entity's name in full: the name itself in a sentence, or
    a form holding all its words (for a person, its first and last words suffice: "George
    Bush" introduces George W. Bush)."""
    name = _name_words(full_name(entity))
    if len(name) < 2:  # a one-word name introduces no one
        return False
    if any(_holds(t, name) for t in texts):
        return True
    needed = {name[0], name[-1]} if entity.type == "PERSON" else set(name)
    return any(needed <= set(_words(f)) for f in forms)


def _positions(
    summary: Sequence[SummarySentence], entities: Sequence[Entity]
) -> dict[str, dict[str, tuple[int, int]]]:
    """Each entity's name forms in the summary, with where each is first found (sentence,
    offset): the entity's mentions in the summary's source sentences, which are exact, and
    its name forms no other entity shares, matched as whole words."""
    texts = [s.text for s in summary]
    where: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, s in enumerate(summary):
        for ref in s.sources:
            where[(ref.article, ref.sentence)].append(i)
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities:
        for a in e.aliases:
            if a.kind in _NAME_KINDS:
                owners[a.form].add(e.id)
    found: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)

    def note(entity: str, form: str, index: int) -> None:
        at = _find(form, texts[index])
        if at >= 0 and (index, at) < found[entity].get(form, (len(texts), 0)):
            found[entity][form] = (index, at)

    for e in entities:
        names = {a.form for a in e.aliases if a.kind in _NAME_KINDS}
        for m in e.mentions:
            if m.text in names:
                for index in where.get((m.article, m.sentence), ()):
                    note(e.id, m.text, index)
        for form in sorted(names):
            if owners[form] == {e.id} and form[:1].isupper():
                for index in range(len(texts)):
                    note(e.id, form, index)
    return found


def who_is_who(
    summary: Sequence[SummarySentence], entities: Sequence[Entity]
) -> tuple[WhoIsWho, ...]:
    """One entry for each person the summary names only by a short form (a surname, "Ms.
    Brenn") and each body it names only by an acronym it never spells out, in the order
    the summary first names them; none for a name the summary gives in full anywhere, a
    bare first name or a role ("the minister")."""
    texts = [_words(s.text) for s in summary]
    found = _positions(summary, entities)
    # names the summary gives in full: a short form one of them also fits is read as theirs
    # ("Brenn" after "Ida Brenn", even where analysis linked it to a namesake; of
    # any type, as analysis may mistype a person)
    introduced = {e.id for e in entities if _introduced(e, list(found.get(e.id, ())), texts)}
    given = [set(_name_words(full_name(e))) for e in entities if e.id in introduced]
    entries: list[tuple[tuple[int, int], WhoIsWho]] = []
    for e in entities:
        forms = found.get(e.id)
        if not forms or e.id in introduced:
            continue
        shown = full_name(e)
        if e.type == "PERSON":
            name = _name_words(shown)
            surname = _surname(e, name)
            short = [
                f
                for f in forms
                if len(name) > 1
                and _short_person_form(f, name, surname)
                and not any(set(_words(person_form(f))) <= words for words in given)
            ]
        elif e.type == "ORG":
            short = [f for f in forms if _short_body_form(f, e.name)]
        else:
            continue
        if short:
            short.sort(key=lambda f: (forms[f], f))
            entries.append((forms[short[0]], WhoIsWho(tuple(short), shown, e.id, e.type)))
    return tuple(entry for _, entry in sorted(entries, key=lambda x: (x[0], x[1].entity)))
