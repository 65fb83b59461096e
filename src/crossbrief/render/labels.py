"""Names shared by the renderers: short article labels and speaker names (date labels:
``date_labels``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from crossbrief.analyze.quotes.animate import HUMAN_NOUNS, singular
from crossbrief.analyze.quotes.descriptions import a_body
from crossbrief.analyze.quotes.lexicon import EVIDENCE_NOUNS
from crossbrief.model import Brief, BriefArticle, BriefQuote, Conflict, Entity, SentenceRef

# Where a typewriter mark opens a quote, as the ledger's own lines tell it.
from crossbrief.synthesize.ledger_marks import opens_quote

# Who speaks for someone without being them, shown as "speaking for".
from crossbrief.synthesize.proxy_phrases import is_proxy

# Whether a description's head noun is a word for a person ("the chancellor").
from crossbrief.synthesize.quote_roles import a_person_noun

UNATTRIBUTED = "unattributed"

# Conflict kinds that are no disagreement, listed apart with what each tells: a count that
# changed between dated articles, one sum's bracketed conversions at two rates.
APART = {
    "update": "update (running count)",
    "conversion": "conversion (one sum converted at different rates)",
}


def converted_sum(c: Conflict) -> str:
    """A conversion's sum as its heading names it ("fine, $10m"), without the values and the
    kind its ``about`` goes on to tell, which the rows beside it already show."""
    return c.about.rpartition(": ")[0] or c.about


# Why a count of outlets can be below the number of article markers beside it.
COUNTED_ONCE = "copies of one report, and one outlet's articles, count once"
# One-word speakers that are a kind of person, not a name, when a sentence opens with them
# ("Officials said"): capitalised there, they would otherwise pass for a name.
_GROUP_WORDS = """official officials spokesman spokeswoman spokesperson aide aides source
    sources critic critics analyst analysts expert experts observer observers witness
    witnesses resident residents police authorities lawmakers legislators protesters
    supporters opponents diplomats investigators prosecutors officers insiders"""
GROUP_NOUNS = frozenset(_GROUP_WORDS.split())
# Quantifiers that open a speaker phrase ("Many said", "Most Velmorans believe", "Others
# argue"): they count people and name no one, whatever their capital.
_QUANTIFIER_WORDS = "many some most others few several both none"
QUANTIFIERS = frozenset(_QUANTIFIER_WORDS.split())
# Pronouns of number that stand alone for one of something named before ("One showed ...",
# "Another said"): alone, capitalised by the sentence, they name no one.
_ONE_OF = frozenset({"one", "another", "each"})
# Words for what is said or found, as a sentence's first word ("Reports say ...",
# "Speculation is mounting that ..."): a common noun, no one's name; not nouns of a state of
# mind ("Hope", "Faith" are names as often).
_SAID_WORDS = "speculation rumour rumours rumor rumors report reports"
_SAID = frozenset(_SAID_WORDS.split()) | EVIDENCE_NOUNS

# Wire and corpus text writes quotation marks as typewriter pairs (``like this''); a reader
# should see the marks, not the encoding. Only the pairs change: a lone ' stays an apostrophe.
# Tokenised corpus text also puts a space after ``, which always opens: that space goes too.
_TYPEWRITER = re.compile(r"``(?: (?=\S))?|''")
# Wire copy sets a dash as a spaced lone underscore ("sank _ all were saved") or a spaced
# double hyphen; Markdown would show the underscore escaped, HTML bare. A lone one between
# words only: an underscore in a name, a blank to fill in or an option's "--" stays.
_WIRE_DASH = re.compile(r"(?<=[^\s_-]) +(?:_|--) +(?=[^\s_-])")


def display(text: str) -> str:
    """Text as a reader sees it: typewriter quote pairs as curly marks, `` as “ (without the
    space tokenised text puts after it) and '' as “ where it opens a quote (at a word's
    start), else as ”; a wire's spaced "_" or "--" dash as a spaced em dash. The JSON brief
    keeps every sentence exactly as written (the summary is the sources' own sentences);
    only the human renderings use this."""

    def mark(m: re.Match[str]) -> str:
        opening = m.group().startswith("``") or opens_quote(text, m.start(), m.end())
        return "\u201c" if opening else "\u201d"

    return _WIRE_DASH.sub(" \u2014 ", _TYPEWRITER.sub(mark, text))


def article_numbers(brief: Brief) -> dict[str, int]:
    """Each article's 1-based number in the brief."""
    return {a.id: n for n, a in enumerate(brief.articles, start=1)}


def cite(brief: Brief, refs: Iterable[SentenceRef]) -> str:
    """ "[1, 3]" for citations of articles 1 and 3."""
    numbers = article_numbers(brief)
    nums = sorted({numbers[r.article] for r in refs if r.article in numbers})
    return "[" + ", ".join(str(n) for n in nums) + "]"


def quote_refs(q: BriefQuote) -> list[SentenceRef]:
    """A ledger line's evidence: its own sentence, then in each other article carrying it the
    sentence holding the words there (``also_sentences``; a line built without them, by hand,
    points at each other article's first sentence)."""
    held = q.also_sentences if len(q.also_sentences) == len(q.also_in) else (0,) * len(q.also_in)
    return [SentenceRef(q.article, q.sentence), *map(SentenceRef, q.also_in, held)]


def entity_names(brief: Brief) -> dict[str, str]:
    """Entity id to canonical name."""
    return {e.id: e.name for e in brief.entities}


def speaker_name(brief: Brief, speaker: str | None, speaker_text: str | None) -> str:
    """How the ledger names a speaker: the entity's name, else the text, else unknown."""
    if speaker:
        return entity_names(brief).get(speaker, speaker)
    return speaker_text or UNATTRIBUTED


@dataclass(frozen=True)
class Speaker:
    """Who a ledger line is grouped under: a named entity, an unnamed speaker phrase
    ("officials", "a spokesman"), or no one."""

    label: str
    unnamed: bool = False

    @property
    def attributed(self) -> bool:
        """False for the lines no one could be found for."""
        return self.label != UNATTRIBUTED or self.unnamed


def ledger_speaker(brief: Brief, q: BriefQuote) -> Speaker:
    """The group a ledger line goes under. A speaker linked to no entity is shown by its
    phrase and marked unnamed, never as if it were an entity; the phrase is lower-cased when
    it is a description ("A spokesman" and "a spokesman" are one group) and kept as written
    when it looks like a name no entity was found for."""
    if q.speaker:
        return Speaker(speaker_name(brief, q.speaker, None))
    written = short_label(q.speaker_text or "")
    if not written:
        return Speaker(UNATTRIBUTED)
    if not is_description(written):
        titled = _titled_description(brief, written)
        return Speaker(written) if titled is None else Speaker(titled, unnamed=True)
    if _opens_with_a_name(brief, written):  # "Ukrainian officials", "White House aides"
        return Speaker(written, unnamed=True)
    return Speaker(_group_lowered(brief, _first_lowered(written)), unnamed=True)


def _first_lowered(phrase: str) -> str:
    """``phrase`` with its first letter in lower case, the capital that opened its sentence;
    a first word with other capitals ("KVTX. com", a headline's "AN") is kept as written,
    since half of an acronym lower-cased ("kVTX") reads as a typo."""
    first = phrase.split(maxsplit=1)[0] if phrase.split() else ""
    if any(c.isupper() for c in first[1:]):
        return phrase
    return phrase[:1].lower() + phrase[1:]


# A relative clause set off after a speaker phrase ("Ann Lee, who chairs the board,"): it
# tells more about the speaker, never who they are, and would make a label of 20 words.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|whom|which)\b.*$", re.DOTALL)


def short_label(phrase: str) -> str:
    """A speaker phrase as a label: on one line, and cut before a relative clause set off
    by a comma ("a pilot, who works nights at the dock" gives "a pilot")."""
    whole = " ".join(phrase.split())
    return _RELATIVE_CLAUSE.sub("", whole).rstrip(" ,") or whole


# A proxy for a group the analysis found for a possessive ("their spokesman": "spokesman
# for Dock workers"): the group's first word, capitalised, then only lower-case words.
_FOR_GROUP = re.compile(r"(?P<role>.+?\sfor\s+)(?P<group>[A-Z][\w'-]*(?:\s+[a-z][\w'-]*)+)")


def _group_lowered(brief: Brief, phrase: str) -> str:
    """``phrase`` with the group a proxy speaks for lower-cased when its capital only
    opened the sentence the group came from ("spokesman for dock workers"); a group that
    opens with one of the story's names keeps it ("spokesman for Orsk dockers"), and one
    with other capitals is a name ("lawyer for Harbour Board Pensioners")."""
    m = _FOR_GROUP.fullmatch(phrase)
    if m is None or _opens_with_a_name(brief, m["group"]):
        return phrase
    return m["role"] + _first_lowered(m["group"])


_TITLED = re.compile(r"(?:The|A|An)\s+(?P<rest>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)")


def _titled_description(brief: Brief, phrase: str) -> str | None:
    """A description written in capitals ("The Chancellor", "The Prime Minister": an
    article, capitalised words, a listed word for a person last) in lower case, as its
    other spellings are grouped, keeping the words of the story's names; None for any other
    phrase ("The Velmora Gazette" names no person, nor does "The Velmora Ledger", though
    its last word ends as "lawyer" does) and for one the story's names spell all of ("The
    Reformists" is a party's name)."""
    m = _TITLED.fullmatch(phrase)
    if m is None or not a_person_noun(m.group("rest").split()[-1]):
        return None
    named = {
        w for e in brief.entities for f in (e.name, *(a.form for a in e.aliases)) for w in f.split()
    }
    rest = m.group("rest").split()
    if all(w in named for w in rest):
        return None
    article = phrase.split()[0].lower()
    return " ".join([article, *(w if w in named else w.lower() for w in rest)])


# What may follow a name that opens a speaker phrase: a space, or a possessive and a space
# ("Ann Lee's neighbor").
_AFTER_NAME = re.compile(r"(?:['\u2019]s?)?\s")


def _opens_with_a_name(brief: Brief, phrase: str) -> bool:
    """Whether ``phrase`` opens with a spelling of one of the story's entities, bare or
    possessive, which keeps its capital when the phrase is lower-cased for grouping."""
    return any(
        phrase.startswith(form) and _AFTER_NAME.match(phrase, len(form)) is not None
        for e in brief.entities
        for a in e.aliases
        for form in [a.form.removeprefix("the ").removeprefix("The ")]
        if form[:1].isupper()
    )


def proxy_note(q: BriefQuote, group: str) -> str:
    """The note on a line whose outlet wrote a proxy for the entity it is grouped under:
    "(from “Ann Lee's official spokesman”, speaking for Ann Lee)", so a spokesman's
    or an aide's words are never shown as the principal's own; "" for any other line."""
    written = " ".join((q.speaker_text or "").split())
    if not q.speaker or not is_proxy(written) or _in_apposition(written, group):
        return ""
    return f" (from \u201c{written}\u201d, speaking for {group})"


def _in_apposition(phrase: str, name: str) -> bool:
    """The name is the proxy's own, given in apposition after a comma ("Her lawyer, Tom
    Reed"): the line is that person's in person, whoever they speak for; "Ann Lee's lawyer,
    Tom Reed" under Ann Lee is not."""
    rest = phrase.split(",", 1)[1:]
    if not rest or not name:
        return False
    after = rest[0].strip()
    return after.startswith(name) and not after[len(name) :].startswith(("'", "\u2019"))


def as_written(q: BriefQuote, group: str) -> str:
    """How a ledger line grouped under an entity notes the speaker phrase its outlet wrote:
    a proxy's ``proxy_note``, "(as “he”)" for another way of naming the entity, "" when the
    phrase is the group's own label; then the ``via_note``."""
    if not (q.speaker and q.speaker_text) or q.speaker_text == group:
        return via_note(q)
    written = proxy_note(q, group) or f" (as \u201c{short_label(q.speaker_text)}\u201d)"
    return written + via_note(q)


def via_note(q: BriefQuote) -> str:
    """ " (via the AP)" on a line whose words the outlet had from a medium that passed them
    on ('"...," Lee said, according to the AP'), so a reader sees whose report it is."""
    return f" (via {q.via})" if q.via else ""


def negation_lead(q: BriefQuote) -> str:
    """What leads a negated line: its cue as written with its negation ("did not believe"),
    less the verb itself when the content opens with it ("not" before "knowing how ...")."""
    cue = q.cue or "not"
    words = cue.split()
    if len(words) > 1 and q.text.split(maxsplit=1)[:1] == words[-1:]:
        return " ".join(words[:-1])
    return cue


def is_description(phrase: str) -> bool:
    """A speaker phrase that describes someone rather than naming them: it has a word in
    lower case ("a spokesman", "White House officials", "the Ukrainian president"), is
    one group noun ("Officials" opening a sentence) or pronoun of number ("One"), or opens
    with a quantifier ("Many", "Most Velmorans")."""
    words = re.findall(r"[^\W\d_][\w'.-]*", phrase)
    if not words:
        return False
    if words[0].lower() in QUANTIFIERS:
        return True
    if len(words) == 1:
        low = words[0].lower()
        return (
            low in GROUP_NOUNS
            or low in _ONE_OF
            or low in _SAID
            or words[0].islower()
            or _people(words[0])
        )
    # "and" joining names ("Ann Lee and Tom Varga") names a group; it describes no one
    return any(w[0].islower() for w in words if w not in _JOINING)


_JOINING = frozenset({"and", "&"})


def _people(word: str) -> bool:
    """Whether one word is the plural of a listed noun for a person ("Friends",
    "Neighbours" opening a sentence): a plural common noun names no one. Only listed
    nouns for people, not bodies ("Banks" is a surname), nor the heads of compounds listed
    for their endings ("Masters" is one too)."""
    low = word.lower()
    one = singular(low)
    if not low.endswith("s") or low.endswith("ss") or one in _COMPOUND_HEADS:
        return False
    return one in HUMAN_NOUNS and not a_body(one)


# Words listed as the last part of a compound noun for a person ("postmaster").
_COMPOUND_HEADS = frozenset({"master", "keeper"})


def outlet_name(article: BriefArticle) -> str:
    """The outlet a reader sees for an article: its source, else its id."""
    return article.source.strip() or article.id


def one_outlet_note(brief: Brief) -> str | None:
    """What a reader of a story from one outlet must be told once, at the top: that there is
    nothing to compare ("All 7 articles are from the Velmora Post: ..."); None for a story of
    several outlets (or none), whose counts of agreement and conflict say the rest."""
    if len({outlet_name(a) for a in brief.articles}) != 1:
        return None
    n, source = len(brief.articles), brief.articles[0].source.strip()
    if n > 1:  # several articles, one name: a source is given (ids differ)
        lead, them = f"All {n} articles are from {source}", "them"
    else:
        lead, them = (
            (f"The one article is from {source}" if source else "There is one article"),
            "it",
        )
    return (
        f"{lead}: there is no other outlet to compare {them} with, so nothing here is counted "
        "as agreed or as differing between outlets."
    )


# How many of the summary's first sentences say what an untitled brief is about.
HEADING_SENTENCES = 2
# Alias kinds that name an entity (a capital or a people stands for it without naming it).
_NAMING = frozenset({"name", "acronym"})
_LEADING_THE = re.compile(r"^[Tt]he\s+")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def brief_title(brief: Brief) -> str:
    """The brief's title in every format: the first listed article's headline, or with none
    titled, ``untitled_heading`` (names the summary leads with, else "Brief")."""
    return next((a.title for a in brief.articles if a.title), "") or untitled_heading(brief)


def copy_note(article: BriefArticle, numbers: Mapping[str, int]) -> str:
    """ " (same text as [n])" for an article repeating an earlier one's text, " (a version of
    [n], counted with it once)" for one re-sending another's report with lines of its own,
    else "": a reader sees one report sent twice, not two outlets' reports."""
    if article.same_as is not None and article.same_as in numbers:
        return f" (same text as [{numbers[article.same_as]}])"
    if article.version_of is not None and article.version_of in numbers:
        return f" (a version of [{numbers[article.version_of]}], counted with it once)"
    return ""


def untitled_heading(brief: Brief) -> str:
    """A heading for articles without titles: the names in the summary's lead sentences,
    where the story is told (mentions counted over every article would put its background
    first: an earlier fire's town, the province's capital), those the most articles
    mention first; with none named there, the names the most articles mention."""
    lead = " ".join(s.text for s in brief.summary[:HEADING_SENTENCES])
    named = [
        e
        for e in brief.entities
        if any(a.kind in _NAMING and _named_in(a.form, lead) for a in e.aliases)
    ]
    top = sorted(named or brief.entities, key=lambda e: (-len(e.articles), e.name))[:3]
    return "Brief: " + ", ".join(heading_name(e) for e in top) if top else "Brief"


def heading_name(entity: Entity) -> str:
    """The name a heading gives ``entity``: its full name (a naming form of two or more
    words, "the" and a possessive "'s" aside) that the most articles use, where that is
    more than use its own name; else its name. A long form one wire wrote ("the Northern
    Velmora Harbour Board") then gives way to the one most outlets write, while a surname
    or an acronym alone never heads a brief."""
    forms: dict[str, set[str]] = {}
    shown: dict[str, tuple[int, str]] = {}
    for a in entity.aliases:
        if a.kind != "name":
            continue
        form = _bare(a.form)
        key = form.casefold()
        forms.setdefault(key, set()).update(a.articles)
        # the spelling of a form: its most used casing
        if key not in shown or a.count > shown[key][0]:
            shown[key] = (a.count, form)
    own = len(forms.get(_bare(entity.name).casefold(), set()))
    full = [k for k in forms if len(k.split()) > 1]
    best = max(full, key=lambda k: (len(forms[k]), len(k.split()), k), default=None)
    if best is None or len(forms[best]) <= own:
        return entity.name
    return shown[best][1]


def _bare(form: str) -> str:
    """A naming form without a leading "the" or a closing possessive."""
    return _POSSESSIVE.sub("", _LEADING_THE.sub("", form)).strip()


def _named_in(form: str, text: str) -> bool:
    form = _LEADING_THE.sub("", form).strip()
    return bool(form) and re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text) is not None


# spaCy's entity labels (OntoNotes) in a reader's words: "GPE" or "NORP" tells a reader nothing
ENTITY_TYPES = {
    "PERSON": "person",
    "NORP": "nationality, religion or party",
    "FAC": "building or structure",
    "ORG": "organisation",
    "GPE": "country, city or state",
    "LOC": "place",
    "PRODUCT": "product or vehicle",
    "EVENT": "event",
    "WORK_OF_ART": "title of a work",
    "LAW": "law",
    "LANGUAGE": "language",
}


def entity_type(label: str) -> str:
    """An entity label as a reader's words; a label not listed, in lower case with spaces."""
    return ENTITY_TYPES.get(label, label.replace("_", " ").lower())
