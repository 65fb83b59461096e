"""Who a summary sentence names as a person, and as a speaker, before a point in its text.

The summary's readability rules (``summary_rules``) ask whether a pronoun or a quotation's
speaker has someone to stand for earlier in the same sentence; these functions answer it
from the story's analysis (mentions tagged as people, anywhere in the story).
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from crossbrief.model import Mention
from crossbrief.synthesize.entities.gender import FEMALE, MALE, first_name_gender, sure_gender
from crossbrief.synthesize.entities.vocabulary import COURTESY_TITLES
from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import inside_quotes

# Verbs that attribute words to a speaker: the verbs of saying, and those that attribute
# only in a speaker's frame ('..., he continued.'), where elsewhere they tell an event ("the
# talks continued", "she complained to the council"), so the shared list leaves them out.
_GOING_ON_WORDS = "recall continue conclude contend maintain concede complain"
_GOING_ON = frozenset(_GOING_ON_WORDS.split())
SPEECH = (
    "("
    + "|".join(
        sorted((f for f in forms(SAYING | _GOING_ON) if not f.endswith("ing")), key=len)[::-1]
    )
    + ")"
)


def _name_forms(text: str) -> tuple[str, str]:
    """A name as written and its last word, folded and without a possessive "'s"."""
    folded = _POSSESSIVE.sub("", text.strip().lower())
    return folded, folded.rsplit(maxsplit=1)[-1] if folded else ""


_POSSESSIVE = re.compile(r"['\u2019]s?$")
_PEOPLE: WeakKeyDictionary[Story, frozenset[str]] = WeakKeyDictionary()


def _people(story: Story) -> frozenset[str]:
    """The names the story's analysis tags as people anywhere, whole and by last word, so
    a mention it tags otherwise in one sentence ("Marr said he ...", "Marr" read as a place
    there) still names the person the story elsewhere calls "Helen Marr"."""
    known = _PEOPLE.get(story)
    if known is None:
        known = _PEOPLE[story] = frozenset(
            form
            for a in story.articles
            for m in a.mentions
            if m.type == "PERSON"
            for form in _name_forms(m.text)
            if form
        )
    return known


def person_before(story: Story, i: int, cut: int) -> bool:
    """Whether sentence ``i`` names a person before offset ``cut`` of its text: a mention
    tagged as a person there, or one whose name (or last word) is a person's elsewhere in
    the story."""
    s = story.sentences[i]
    mentions = [m for m in story.by_id[s.article].mentions if s.start <= m.start < s.start + cut]
    if any(m.type == "PERSON" for m in mentions):
        return True
    people = _people(story)
    return any(set(_name_forms(m.text)) & people for m in mentions)


# A name that is a saying verb's subject: "Colm Reddan said", "said Colm Reddan".
_NAME_SAYS = re.compile(r"\s*(?:also\s+|later\s+|then\s+)?" + SPEECH + r"\b", re.I)
_SAYS_NAME = re.compile(r"\b" + SPEECH + r"\s+$", re.I)


def speaker_before(story: Story, i: int, cut: int) -> bool:
    """Whether sentence ``i`` names, outside quotation marks and before offset ``cut``, a
    person as the subject of a verb of saying ("Colm Reddan said, ... he added"); a person
    the words are only about ("Reddan was a kind man, '...,' she said") is no speaker."""
    s = story.sentences[i]
    for m in story.by_id[s.article].mentions:
        if m.type != "PERSON" or not s.start <= m.start < s.start + cut:
            continue
        head, tail = s.text[: m.start - s.start], s.text[m.end - s.start :]
        if not inside_quotes(head) and (_NAME_SAYS.match(tail) or _SAYS_NAME.search(head)):
            return True
    return False


# "He" or "She" opening a sentence (after any opening mark): the person the article named last
_OPENS_HE = re.compile(r"^[\"'\u201c\u2018`( ]*(He|She)\b")
# Titles, forms of address and role nouns that tell their holder's sex, right before the
# name: "Chairwoman Ann Lee", "Mr. Lee", "King Olaf". A closed list: a word that merely ends
# in "-man" is often a nationality, a name or an adjective ("German", "Truman", "human").
_MAN_TITLES = """chairman spokesman congressman councilman assemblyman alderman businessman
    statesman sportsman policeman fireman clergyman committeeman frontman anchorman cameraman
    weatherman newsman foreman headman craftsman tradesman salesman serviceman seaman gunman
    fisherman ferryman boatman horseman nobleman gentleman patrolman postman countryman
    kinsman strongman middleman layman"""
_MEN_TITLES = "mr mister sir lord king prince duke count earl baron brother father monsignor"
_WOMEN_TITLES = """mrs ms miss madam madame dame lady queen princess duchess countess baroness
    sister mother actress"""
_SEXED_TITLES = {
    **dict.fromkeys(f"{_MEN_TITLES} {_MAN_TITLES}".split(), MALE),
    **dict.fromkeys(_WOMEN_TITLES.split(), FEMALE),
}
# the word right before a name, with any abbreviation point
_WORD_BEFORE = re.compile(r"([A-Za-z]+)(\.?)[ \t]+$")
# the sexed titles written with an abbreviation point ("Mrs. Lee"); after any other word a
# point ends the sentence before, so that word is no title of the name ("...the King. Kim")
_ABBREVIATED_TITLES = frozenset({"mr", "mrs", "ms", "msgr"})


def _title_gender(body: str, start: int) -> str | None:
    """The sex the title or role noun right before offset ``start`` tells, if any ("Mrs.
    Lee", "Spokeswoman Ann Lee"; any "-woman" role is a woman's)."""
    word = _WORD_BEFORE.search(body, max(0, start - 40), start)
    if word is None:
        return None
    title = word.group(1).lower()
    if word.group(2) and title not in _ABBREVIATED_TITLES:
        return None
    return FEMALE if title.endswith("woman") else _SEXED_TITLES.get(title)


def mention_gender(story: Story, article: str, m: Mention) -> str | None:
    """The gender a person mention shows in its own words: a form of address or kinship noun
    ("Mrs. Lee", "her son Tom Lee"), a title of one sex ("Chairwoman Ann Lee"), or a first
    name clearly one gender's ("Tom Kerr"); None when it shows none."""
    body = story.by_id[article].article.text
    sure = sure_gender(body, m.start, m.text)
    if sure:
        return sure
    title = _title_gender(body, m.start)
    if title:
        return title
    words = [w for w in m.text.split() if w.lower().strip(".") not in COURTESY_TITLES]
    return first_name_gender(words[0]) if len(words) >= 2 else None


def pronoun_namer(story: Story, i: int) -> int | None:
    """For sentence ``i`` opening with "He" or "She", the earlier sentence of its article that
    names the person it stands for: the one holding the article's last person mention before
    it, when that is not the sentence right before (which ``needs_previous`` asks for in any
    case) and every sentence between names no one. Read right after that sentence, the
    pronoun has its antecedent; None when ``i`` opens otherwise, no one is named before, or
    the person named last is of the other sex ("Ann Lee ... He said": someone else)."""
    s = story.sentences[i]
    opens = _OPENS_HE.match(s.text)
    if not opens:
        return None
    named = [m for m in story.by_id[s.article].mentions if m.type == "PERSON" and m.start < s.start]
    if not named:
        return None
    last = max(named, key=lambda m: m.start)
    sex = mention_gender(story, s.article, last)
    if sex is not None and sex != (MALE if opens.group(1) == "He" else FEMALE):
        return None
    for k, t in enumerate(story.sentences):
        if t.article == s.article and t.start <= last.start < t.end:
            return k if t.index < s.index - 1 else None
    return None
