"""What a timeline entry shows of the sentence it is taken from, when no report of it reads
alone (``timeline_fragments.shown_first``). A sentence opening on "He" or "She" shows its
subject in brackets in the pronoun's place, an editor's way of naming whom a pronoun stands
for ("[Ann Lee] won a second term in 1994."): the one person of the pronoun's sex the
sentence before names, or the one it opens on when it names more (``_named_before``); a
pronoun whose person that does not settle is shown as written, never with a guessed name. A
sentence opening on a connective that tells what happened in place of or because of what
the sentence before tells ("Instead ...", "Otherwise ...") is half of a thought the timeline
does not show, and is not shown. A connective that only links it ("But ...", "However, ...")
is cut off. A sentence opening on "His" or "Her" before a common noun names its person the
same way, as a possessive ("[Ann Lee's] boat sank ..."), but never a name written as an
owner ("Tom Kerr's lawyer ..."), nor a woman's before a ship or a country, which are "her"
too. Other openings the summary does not take alone ("It", "They") are shown as written:
"it" is as often the weather's or a sentence's as a thing's, and "they" a group no one name
stands for. An entry tries its reports in turn (``entry_text``), so that one report that
cannot be shown does not drop a real date another report tells."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.gender import FEMALE, MALE
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_people import mention_gender
from crossbrief.synthesize.summary_rules import needs_antecedent
from crossbrief.synthesize.timeline_fragments import closed

# A subject pronoun of one person opening the sentence (not after a quotation mark: a
# quoted "He" is the speaker's word, whose sentence names the speaker).
_HE_OR_SHE = re.compile(r"(He|She)\b")
# A possessive of one person opening the sentence before a common noun ("His boat ..."):
# before a capital it is a title's ("Her Majesty's ...", "His Excellency"), no one's here.
_HIS_OR_HER = re.compile(r"(His|Her)\b(?=\s+[a-z])")
# Connectives whose sentence tells what happened in place of, or because of, what the one
# before tells ("Instead he sailed"): half of a thought the timeline does not show.
_DEPENDENT = re.compile(r"(?:instead|otherwise|likewise|thus|hence|therefore|consequently)\b", re.I)
# Connectives that only link the sentence to the one before ("But the pier was shut",
# "However, ..."): the sentence's own event stands without them.
# "Besides" and "also" link only when a comma ends them ("Also, ..."): before a word they
# are part of the sentence ("Besides Ann Lee, two men ...", "Also arrested were ..."); "but
# for" means "without" ("But for the storm, the pier ...") and is no link.
_LINK = re.compile(
    r"(?!but\s+for\b)(?:(?:but|and|yet|however|nevertheless|nonetheless|meanwhile|moreover|"
    r"furthermore)\b,?|(?:besides|also),)\s+(?=\w)",
    re.I,
)
# A form of address before a name opening a sentence ("Mr. Lee said ...").
_ADDRESS = re.compile(r"\W*(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?\s+)?$")
# A possessive right after a name: the name owns the sentence's subject ("Tom Kerr's lawyer,
# Sam Orr, said ...") and is not it.
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# A ship is "she" in English ("the ferry sailed; her hull ..."): after a vessel's noun an
# opening "Her" may be the ship's, not the woman's.
_VESSEL = re.compile(
    r"\b(?:ships?|vessels?|boats?|ferry|ferries|tankers?|liners?|yachts?|freighters?|"
    r"trawlers?|frigates?|destroyers?|cruisers?|submarines?|schooners?|warships?|steamers?|"
    r"barges?|tugs?|catamarans?)\b",
    re.IGNORECASE,
)


def entry_text(
    story: Story, reports: list[tuple[str, int, str, bool]], at: int
) -> tuple[int, str] | None:
    """Which of an entry's reports (each its article, sentence index, sentence and whether it
    opens its article) to show, from ``at`` on and then the others in turn, and its text
    (``shown_text``); with none that can be shown so, the first not opening on a dependent
    connective, as written: a real date is not dropped for a pronoun's want of a name. None
    when every report opens on one ("Instead ...")."""
    order = [at] + [i for i in range(len(reports)) if i != at]
    for i in order:
        if (text := shown_text(story, *reports[i])) is not None:
            return i, text
    return next(
        ((i, closed(reports[i][2])) for i in order if not _DEPENDENT.match(reports[i][2])), None
    )


def shown_text(story: Story, article: str, sentence: int, text: str, first: bool) -> str | None:
    """The text an entry shows of its report's sentence ``text`` (see the module's note):
    as written when it reads alone or opens otherwise, its quotation closed (``closed``);
    a linking connective cut off, its next letter capitalised in brackets as an editor
    marks it ("[T]he pier was shut"); its subject named for an opening "He" or "She", or
    its owner for "His" or "Her"; None when it opens on a dependent connective or on a
    pronoun whose person is not settled."""
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
    if possessive := _HIS_OR_HER.match(text):
        sex = MALE if possessive.group(1) == "His" else FEMALE
        name = _named_before(story, article, sentence, sex, owner=True)
        return None if name is None else closed(f"[{name}'s]{text[possessive.end() :]}")
    pronoun = _HE_OR_SHE.match(text)
    if pronoun is None:
        return closed(shown)
    name = _named_before(story, article, sentence, MALE if pronoun.group(1) == "He" else FEMALE)
    return None if name is None else closed(f"[{name}]{text[pronoun.end() :]}")


def _named_before(
    story: Story, article: str, sentence: int, sex: str, owner: bool = False
) -> str | None:
    """Whom an opening pronoun of ``sex`` stands for: of the people the sentence before
    (before any run opening on the same pronoun) names, by their full names or their last names alone ("Lee" for an "Ann Lee" named up to
    there), the one of that sex when no other may be of it (a name that shows no sex may
    be), else the one the sentence opens on ("Lee was elected after a race against Sam Orr.
    He ..." is Lee) when of that sex and not written as an owner ("Lee's aide, Sam Orr,
    ..."); None otherwise. For an ``owner`` ("Her ..."), None for a woman when a ship's
    noun or a country follows her name there: English gives both "her" ("her hull"), while
    a subject "She" after a country is, in today's news, the woman. Only full names are people here: news
    introduces people by their full names, and a single word tagged as a person that ends
    none is more often a place or a body the tagger took for a person."""
    a = story.by_id[article]
    if sentence == 0:
        return None
    # A run of sentences opening on the same pronoun tells of one person ("Ann Lee won. She
    # had said ... She served ..."): the sentence before is the one before the run.
    k, same = sentence - 1, re.compile(r"\W*" + ("He" if sex == MALE else "She") + r"\b")
    while k > 0 and same.match(a.article.text, a.sentences[k].start):
        k -= 1
    before = a.sentences[k]
    full: dict[str, Mention] = {}  # each full name written up to there, by its last mention
    for m in sorted(a.mentions, key=lambda m: m.start):
        if m.type == "PERSON" and m.end <= before.end and len(m.text.split()) > 1:
            # a possessive the tag took in ("Tom Kerr's") is no part of the name
            name = " ".join(m.text.split())
            full[name[:-2] if _POSSESSIVE.fullmatch(name, len(name) - 2) else name] = m
    text = a.article.text[before.start : before.end]
    # Found by their words, not their tags: a last name alone is often tagged otherwise.
    named = {
        name: found
        for name in full
        if (found := re.search(rf"\b(?:{re.escape(name)}|{re.escape(name.split()[-1])})\b", text))
    }
    sexes = {name: mention_gender(story, article, full[name]) for name in named}
    person = _of_sex(text, named, sexes, sex)
    if person is None or (
        owner
        and sex == FEMALE
        and _ship_or_country_after(a, before.start + named[person].end(), before.end)
    ):
        return None
    return person


def _of_sex(
    text: str, named: dict[str, re.Match[str]], sexes: dict[str, str | None], sex: str
) -> str | None:
    """Of the people ``named`` in ``text`` (each found where), the one of ``sex`` when no
    other may be of it, else the one ``text`` opens on when of that sex and not written as
    an owner ("Tom Kerr's lawyer, Sam Orr, ...": Kerr is not the subject)."""
    maybe = [n for n, s in sexes.items() if s != (FEMALE if sex == MALE else MALE)]
    if len(maybe) == 1 and sexes[maybe[0]] == sex:
        return maybe[0]
    opener = next(
        (
            n
            for n, at in named.items()
            if _ADDRESS.match(text[: at.start()]) and not _POSSESSIVE.match(text, at.end())
        ),
        None,
    )
    return opener if opener is not None and sexes[opener] == sex else None


def _ship_or_country_after(a: AnalyzedArticle, start: int, end: int) -> bool:
    """Whether the article's text from ``start`` to ``end`` (the sentence before, after the
    woman's name) holds a vessel's noun or names a country: English gives both "her", so
    an opening "Her" after it is not settled as hers."""
    if _VESSEL.search(a.article.text, start, end):
        return True
    known = countries()
    return any(
        m.type == "GPE" and start <= m.start < end and name_key(m.text) in known for m in a.mentions
    )
