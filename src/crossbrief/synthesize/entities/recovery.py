"""Names the NER missed in one article but found in another, recovered from the text."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Container, Iterable, Iterator
from functools import lru_cache
from itertools import accumulate
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.analyze.gender import given_name_gender
from crossbrief.synthesize.entities.gender import relation_cue
from crossbrief.synthesize.entities.mentions import StoryMention, is_title_case, titled, vote
from crossbrief.synthesize.entities.names import initials, is_acronym_form, name_key
from crossbrief.synthesize.entities.namesakes import introduced_before, kin_decides
from crossbrief.synthesize.entities.vocabulary import CONNECTORS, POSSESSIVE, TITLES
from crossbrief.synthesize.story import Story

# Where a known name may start, and the lengths of the names by their first two letters.
FormIndex = tuple[re.Pattern[str], dict[str, list[int]]]

# A title or honorific right before a capitalised word: "Minister Hrynchenko" is a name.
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?|" + "|".join(t.title() for t in sorted(TITLES)) + r")\s+$"
)


def recover_missed_names(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Add the exact spellings of known names the NER missed in an article."""
    written: dict[str, str] = {}  # forms the NER found -> their entity
    surnames: dict[str, str] = {}  # last words of full person names -> their entity
    namesakes: dict[str, set[str]] = {}  # a surname -> the people written in full with it
    for root, mentions in sorted(groups.items()):
        tiers = [(written, {m.text for m in mentions if m.kind in {"name", "acronym"}})]
        label = vote(mentions)
        # The mentions' clean forms and the words of the full ones, read once for the uses below.
        cleans = [m.clean for m in mentions]
        full_forms = [(clean, words) for clean in cleans if len(words := clean.split()) > 1]
        if label == "PERSON":
            for _, words in full_forms:
                namesakes.setdefault(words[-1], set()).add(root)
        if label in {"PERSON", "ORG"}:
            # Outlets name a person or a team in full once, then by surname ("Chiefs").
            tiers.append(
                (
                    surnames,
                    {words[-1] for clean, words in full_forms if not _foreign_letters(clean)},
                )
            )
        if label != "PERSON":
            # Outlets shorten a product or an agency to its initials ("IE", "USGS").
            tiers.append((written, {_initials_of(clean) for clean in cleans} - {""}))
        for forms, names in tiers:
            for form in sorted(names):
                # "the Kansas City Chiefs" is found as "Kansas City Chiefs", with or without it.
                form = _DETERMINER.sub("", POSSESSIVE.sub("", form.strip()))
                short = len(form) < 3 and not (len(form) == 2 and form.isupper())
                if short or not form[0].isupper() or form.lower() in STOP_WORDS:
                    continue
                # A spelling used for two entities is not evidence for either.
                forms[form] = root if forms.get(form, root) == root else ""
    usable = {f: r for f, r in {**surnames, **written}.items() if r}
    # Headlines in capitals ("TEIXEIRA") spell the same names.
    usable |= {f.upper(): r for f, r in usable.items() if len(f) > 3 and f.upper() not in usable}
    # A surname two people share stands, in an article, for the one of them it names in
    # full ("Tom Velko" there, "Ann Velko" elsewhere), or for the one introduced last before
    # it, as ``link_surnames`` reads it, once the NER's bare forms went to two of them.
    shared = {
        f: r
        for f, r in namesakes.items()
        if len(r) > 1 and f not in usable and len(f) > 2 and f[0].isupper()
    }
    if not usable and not shared:
        return
    # A surname two people share but the NER's bare spans gave to one: still the relative an
    # article sets apart where it says "the elder" ("Tomas Velko, his father, ... the elder
    # Velko"), and never that relative otherwise.
    kin_forms = {f: sorted(r) for f, r in namesakes.items() if len(r) > 1 and f in usable}
    index = form_index([*usable, *shared])
    types: dict[str, str] = {}
    for a in story.articles:
        taken = sorted((m.start, m.end) for m in a.mentions)
        starts = [s for s, _ in taken]
        # The furthest end among the spans starting up to each one: an overlap test in log time.
        reach = list(accumulate((e for _, e in taken), max))
        text = a.article.text
        headlines: dict[int, bool] = {}
        local, here = _named_here(a.article.id, shared, groups)
        full = {
            r: [m for m in groups[r] if len(m.clean.split()) > 1]
            for roots in [*here.values(), *kin_forms.values()]
            for r in roots
        }
        for start, end in find_forms(text, {**usable, **local, **here}, index):
            i = bisect_left(starts, end)
            inside = False  # whether it replaces spans of the NER
            if i and reach[i - 1] > start:
                # A known longer name over a shorter span of the NER ("Jacksonville" in
                # "Jacksonville Jaguars") replaces it; any other overlap keeps the NER's.
                # ("Mr Kell" over the NER's "Kell" ends where it does: the same name.)
                # Told by the spans starting before it (one reaching into it is no shorter
                # span inside) and those starting in it (each must end before it does).
                j = bisect_left(starts, start)
                if (j and reach[j - 1] > start) or any(e >= end for _, e in taken[j:i]):
                    continue
                inside = True
            sentence = a.sentence_index(start)
            if sentence not in headlines:
                headlines[sentence] = bool(a.sentences) and is_title_case(a.sentence_text(sentence))
            # In running text a capitalised word beside it makes a longer name the NER did not
            # tag; in a title-case headline every word is capitalised.
            if not headlines[sentence] and _runs_on(text, start, end):
                continue
            form = text[start:end]
            root = local[form] if form in local else usable.get(form, "")
            if form in here or form in kin_forms:
                opening = a.sentences[sentence].start if a.sentences else None
                cue = relation_cue(text, start, opening, end)
                kin = kin_decides(cue, a.article.id, here.get(form) or kin_forms[form], full)
                if form in kin_forms:
                    root = kin[0] if kin and len(kin) == 1 else root
                else:
                    if kin is None:
                        probe = StoryMention(a.article.id, sentence, start, end, form, "PERSON")
                        kin = introduced_before(probe, here[form], here[form], full)
                    root = kin[0] if len(kin) == 1 else ""
            if not root:
                continue  # the article names two of its namesakes, neither just before
            if root not in types:  # before the span it replaces leaves the vote
                types[root] = vote(groups[root])
            if inside:
                _drop(groups, a.article.id, start, end)
            m = titled(a.article.id, text, start, end, types[root], taken)
            m.sentence = sentence
            groups[root].append(m)
        _split_compounds(a, groups, usable, types)


def _named_here(
    article: str, shared: dict[str, set[str]], groups: dict[str, list[StoryMention]]
) -> tuple[dict[str, str], dict[str, list[str]]]:
    """The shared surnames that ``article`` writes in full for one of their people only,
    and that person, where the article names none of the others in any form ("President
    Velko" is another namesake's, and the surname alone may be his there); then those it
    names several of their people with, all in full, and those people, for the position of
    each bare surname to decide."""
    found, several = {}, {}
    for form, roots in shared.items():
        named = [r for r in sorted(roots) if any(m.article == article for m in groups[r])]
        full = [
            r
            for r in named
            if any(m.article == article and len(m.clean.split()) > 1 for m in groups[r])
        ]
        if len(named) == 1 and full:
            found[form] = named[0]
        elif len(named) > 1 and full:
            # One named by the surname only ("Mr. Velko") may be the one meant anywhere:
            # left open. One named by first name only ("Ann") is told apart by that.
            bare = [
                r
                for r in named
                if any(m.article == article and m.clean.split()[-1:] == [form] for m in groups[r])
            ]
            if set(bare) <= set(full):
                several[form] = full
    return found, several


def _split_compounds(
    a: Any, groups: dict[str, list[StoryMention]], usable: dict[str, str], types: dict[str, str]
) -> None:
    """A compound of known names ("the Lee-Varga summit", "Lee-Velmora") is those names,
    whether the NER missed it or tagged it whole; a compound with any other part
    ("Marrow-Hale" in a story that never names a Hale) stays as it is."""
    text = a.article.text
    for match in _COMPOUND.finditer(text):
        parts = match.group().split("-")
        if not all(usable.get(p) for p in parts):
            continue
        if len({usable[p] for p in parts}) == 1:
            continue  # parts of one name are its double-barrelled form ("Orvel-Brant")
        before = _name_before(text, match.start())
        if _given_name(a, groups, before, match.start()) and f"{before} {parts[0]}" not in usable:
            continue  # "Ivo Lee-Varga": a double surname, not "Lee" and "Varga"
        start, end = match.span()
        _drop(groups, a.article.id, start, end)
        offset = start
        for part in parts:
            root = usable[part]
            if root not in groups:
                continue  # its mentions were all in compounds just split
            if root not in types:
                types[root] = vote(groups[root])
            if _covered(groups, a.article.id, offset, offset + len(part)):
                offset += len(part) + 1
                continue  # "Online" of "Velmora Online-Tarnish", the firm's name held already
            m = StoryMention(
                a.article.id, 0, offset, offset + len(part), part, types[root], headline=False
            )
            m.sentence = a.sentence_index(offset)
            groups[root].append(m)
            offset += len(part) + 1


_DETERMINER = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=\S)")
# Capitalised words joined by hyphens, standing alone ("Lee-Varga", not "Kim Jong-un").
# (The look-ahead changes no match: it lets the search skip to capitals, which the look-behind
# before them keeps it from.)
_COMPOUND = re.compile(r"(?=[A-Z])(?<![\w.\-])[A-Z][\w']*(?:-[A-Z][\w']*)+(?![\w\-])")
_SPACES_OR_HYPHENS = re.compile(r"[\s\-]+")
_NOT_LETTERS = re.compile(r"[^A-Za-z]")
_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+$")
# What may not follow a name: it is a whole word, not "Kell" in "Kelly" or "Kell-Smith".
_WORD_GOES_ON = re.compile(r"[\w\-]")


def _runs_on(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word joins the span on its line, before (titles and sentence-
    opening function words aside: "But Cheeks' return") or after it."""
    return bool(_WORD_AFTER.match(text[end : end + 3])) or bool(_name_before(text, start))


def _given_name(a: Any, groups: dict[str, list[StoryMention]], word: str, start: int) -> bool:
    """Whether ``word``, right before ``start``, is a given name: a known one, or the first
    word of a person mention there ("Ivo Lee-Varga"); a headline's capitalised verb or noun
    ("Regulators Block Lee-Varga Deal") is none."""
    if not word:
        return False
    if given_name_gender(word) is not None:
        return True
    at = a.article.text.rfind(word, 0, start)
    return any(
        m.article == a.article.id and m.start == at and m.type == "PERSON"
        for mentions in groups.values()
        for m in mentions
    )


def _name_before(text: str, start: int) -> str:
    """The capitalised word, neither a function word nor a title, that runs on into the span
    from before it on its line; "" where none does."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    if not before or before.group(1).lower() in STOP_WORDS:
        return ""
    return "" if _TITLE_BEFORE.search(text[max(0, start - 30) : start]) else before.group(1)


def _covered(groups: dict[str, list[StoryMention]], article: str, start: int, end: int) -> bool:
    """Whether a longer mention of ``article`` already ends with ``start``-``end``, as a name
    ends with its last word (a run the NER tagged over the compound is no such name)."""
    return any(
        m.article == article and m.start < start and m.end == end
        for mentions in groups.values()
        for m in mentions
    )


def _drop(groups: dict[str, list[StoryMention]], article: str, start: int, end: int) -> None:
    """Remove the mentions of ``article`` lying inside ``start``-``end``."""
    for root, mentions in groups.items():
        kept = [m for m in mentions if not (m.article == article and start <= m.start < end)]
        if len(kept) < len(mentions):
            groups[root] = kept
    for root in [r for r, ms in groups.items() if not ms]:
        del groups[root]


def _foreign_letters(name: str) -> bool:
    """Whether a name ends in capitals that spell none of its initials ("Orvex CM", a maker
    and its product's letters): those letters alone name the product, not the row's
    bearer, as "Chiefs" names the team of "Kansas City Chiefs"."""
    words = name.split()
    # A name all in capitals is a headline's typography ("THE VELMORA HARBOUR"), no acronym.
    if name.isupper() or not is_acronym_form(words[-1]):
        return False
    letters = _NOT_LETTERS.sub("", words[-1]).upper()
    return letters not in {_initials_of(name), _initials_of(" ".join(words[:-1]))}


@lru_cache(maxsize=1 << 16)
def _initials_of(form: str) -> str:
    """The acronym of a name of three words or more, or of two capitalised words
    ("Internet Explorer" -> "IE"), or "" when it has none."""
    words = [w for w in _SPACES_OR_HYPHENS.split(form) if w]
    if len(words) < 2 or not all(w[0].isupper() or w in CONNECTORS for w in words):
        return ""
    letters = initials(name_key(form)).upper()
    return letters if len(letters) >= 2 else ""


def form_index(forms: Iterable[str]) -> FormIndex:
    """What ``find_forms`` needs of ``forms`` (each at least two characters long, starting
    with a letter): where one may start (its first letter at a word's start) and their
    lengths by their first two characters, longest first."""
    lengths: dict[str, set[int]] = {}
    for form in forms:
        # By two characters, not one: a word's start then tries only the lengths of the
        # forms opening like it ("Ve"), not of all those sharing its capital.
        lengths.setdefault(form[:2], set()).add(len(form))
    # A class of a few dozen letters compiles in microseconds, unlike an alternation of the
    # names themselves, and skips every word that no form starts with.
    initials = "".join(re.escape(ch) for ch in sorted({prefix[0] for prefix in lengths}))
    # (The look-ahead first lets the search skip to those letters; the look-behind first
    # would be tried at every character.)
    start = re.compile(rf"(?=[{initials}])(?<![\w.\-])") if initials else re.compile(r"(?!)")
    return start, {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}


def find_forms(text: str, forms: Container[str], index: FormIndex) -> Iterator[tuple[int, int]]:
    """The spans of ``forms`` (``index`` from ``form_index``) standing as whole words in
    ``text``, left to right without overlap, the longest at each start. A scan of dictionary
    look-ups: a regular expression of hundreds of names takes longer to compile, once per
    story, than this takes to run."""
    starts, lengths = index
    done = 0
    size = len(text)
    for found in starts.finditer(text):
        start = found.start()
        if start < done:  # inside the form just found
            continue
        for n in lengths.get(text[start : start + 2], ()):
            end = start + n
            # A slice past the text's end is shorter than n: it is a shorter form, tried later.
            if end <= size and text[start:end] in forms and not _WORD_GOES_ON.match(text, end):
                yield start, end
                done = end
                break
