"""Which source sentences may stand in a summary, and which need the sentence before them.

Plain predicates on a sentence's text (or, for a pronoun, on the names the analysis found
in it), so the summarizer's selection stays about coverage and tests can check each rule
on invented sentences:

- ``complete``, ``starts_as_sentence``: a whole sentence, not a heading cut off at a dash
  or a piece of a sentence the splitter cut ("the attacks on soldiers in 1993.");
- ``needs_antecedent``, ``needs_previous``: a sentence opening with a pronoun or connective
  ("He", "But", "The party, however, ..."; not a time counted from the report's day, "This
  year, ...", "Earlier this week, ..."), a quantifier standing for people ("All
  complained", "Many of them fled") or a definite description of what was told before
  ("The move", "The man", "The two leaders"), or with "he"/"she"/"his"/"her" before
  anyone is named in it ("Since then, he said, ...", "the school he visited", "his boat";
  a name the story tags as a person elsewhere, or a noun for one, "A ferryman and his
  sons", counts), or with an "its" or "their" standing for nothing in it
  (``summary_possessives``), reads only after the sentence before; so, past an article's
  first sentence, does a part of a group ("One of the ...");
- ``pointed_at``: a fronted phrase pointing back ("Following the talks, ...", "Despite
  this, ...", "In response, ...": ``summary_fronted``) reads only after what it points to: the
  sentence before, or, for a noun ("the talks"), a sentence read earlier that names it; an
  article's first sentence, with nothing before it, points at nothing;
- ``compares_back``: "similar" or "same" with nothing in its clause to compare with (past
  an article's first sentence);
- a sentence closing on a verb whose complement was left out ("... pledged to follow.",
  "... did so.": ``summary_elided``) reads only after the sentence before;
- a definite shell noun as subject ("The findings surprised ...") or as the object of a
  stance ("... denied the claim.") points back at its noun as a fronted phrase's does
  (``summary_shells``).

Where in its article a sentence may stand is ``summary_candidates``'s; the rules on
quotation marks are ``summary_quotes``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from crossbrief.analyze.quotes.animate import HUMAN_NOUNS
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_also import adds_speech, adds_to, speaks_again
from crossbrief.synthesize.summary_demonstratives import demonstrative_back, first_in_body
from crossbrief.synthesize.summary_elided import elided_complement
from crossbrief.synthesize.summary_fronted import OPENERS, points_back
from crossbrief.synthesize.summary_people import SPEECH, person_before, speaker_before
from crossbrief.synthesize.summary_possessives import possessive_unbound
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_shells import shell_object, shell_subject
from crossbrief.synthesize.summary_words import may_hold
from crossbrief.synthesize.text import stem

_DANGLING = re.compile(
    # a time counted from the report's own day is no pointer: "This year, ...", "Earlier
    # this week, ..." (but "This meant ...", "Later, ..." point back)
    r"^(?!(?:(?:earlier|later)\s+)?this\s+(?:year|week|month|morning|afternoon|evening|weekend|"
    r"spring|summer|autumn|fall|winter|season|decade|century)\b)"
    r"(he|she|they|it|his|her|their|its|this|these|those|him|them|but|and|or|also|however|"
    r"meanwhile|still|yet|so|then|that|such|thus|instead|moreover|furthermore|besides|"
    r"nevertheless|nonetheless|otherwise|likewise|later|earlier|afterward|afterwards|both)\b"
    # or a connective set off early in the sentence: "The party, however, refused."
    r"|^(\S+\s+){0,5}?\S+,\s+(however|though|meanwhile|instead|too|nevertheless|in turn),"
    # or a quantifier standing for people named before: "All complained about ...", "Some
    # were freed", "Many of them fled" (not "All flights were cancelled", "Some armed men");
    # a past tense is told from an adjective by what follows: a function word or the end
    r"|^(all|some|many|most|several|others|none|few|each|one|another|either|neither)\s+(of\s+(them|those|these)\b|"
    r"(were|are|was|is|had|have|has|said|say|says|will|would|could|can|did|do|must)\b|"
    r"[a-z]+ed(\s*[.,;:!?]|\s+(about|to|that|in|on|at|for|with|from|by|of|the|a|an|his|her|"
    r"their|its|it|them|him|as|after|before|into|over|when|while|and|but)\b))"
    # or a definite description of someone or something told before: "The man was named
    # as ...", "The move angered ...", "The source, a harbour board clerk, ..."
    r"|^the\s+(man|woman|pair|couple|source|latter|move|decision)\b"
    # or a person told before by a word or two and a role, one of many who hold it: "The
    # Vermont senator said ...", "The Velmora MEP, who quit ..." (not with the name after it:
    # "The Vermont senator Ann Lee said ...")
    r"|^the\s+([\w.-]+\s+){1,2}?(senator|congressman|congresswoman|lawmaker|billionaire|"
    r"mogul|businessman|businesswoman|nominee|candidate|front-?runner|mep|mp|msp|legislator|"
    r"councillor|councilor|assemblyman|assemblywoman)\b(?!\s+(?-i:[A-Z]))"
    # or a number of them told before: "The two leaders urged ...", "The three were freed"
    # (not a compound: "The two-day summit"); so after a subordinator too: "Although the
    # two were slowed, ...", "When the latter arrived, ..."
    r"|^((although|though|while|when|whereas|because|since|as|if|after|before|once|until|"
    r"unless)\s+)?the\s+(two|three|four|five|six|seven|eight|nine|ten)\b(?!-)"
    r"|^(although|though|while|when|whereas|because|since|as|if|after|before|once|until|"
    r"unless)\s+the\s+(latter|former|pair|couple)\b"
    # or a pick from those told before: "Chief among those is ...", "Of them, two ..."
    # (not "those who ..." or "those killed in ...", which say whom they mean)
    r"|^(\S+\s+){0,2}?(among|of)\s+(them|these|those(?!\s+(who|whom|whose|which|that|[a-z]+ed)\b))\b"
    # or a time told before, comma or not: "On that day two men were held", "By then"
    r"|^(on|at|in|by|during|from|until|since)\s+(that|those)\s+(day|days|night|time|"
    r"moment|point|week|month|year|years|date)\b|^(by|until|since)\s+then\b"
    # or a comment on what was told before: "No wonder he ..."
    r"|^no\s+wonder\b"
    # or a person told before by their age alone: "The 25-year-old won ...", "The 25-year-old,
    # a weaver, ..." (not "The 25-year-old Ann Lee", nor an age before a noun, "bridge", nor
    # before an adjective and a noun, "retired teacher", ", Soviet-designed reactor": only a
    # verb of a closed list right after it, an "-ed" word being as often an adjective)
    r"|^the\s+\d+-year-old(?:\s*,\s*(?-i:(?:a|an|the|who)\b)|\s+(?-i:(?:was|is|has|had|will"
    r"|would|could|can|may|might|must|did|does|won|lost|said|says|told|died|dies|fled|left"
    r"|faces|faced|admitted|denied|pleaded|appeared|suffered|joined|began|returned|arrived"
    r"|became|went|came|made|took|got|spent|scored|finished|remains|remained|allegedly)\b))",
    re.I,
)
# A part of a group told before, or its next member: "One of the letters named him" (not a superlative or a
# whole, "One of the largest ferries", "One of the world's ...", nor a group its count
# defines, "All of the 12 miners ...", "Most of the 300 people on board ...").
_PART_OF_GROUP = re.compile(
    r"^(one|two|three|four|five|some|many|most|several|none|each|all|few|both|either|"
    r"neither)\s+of\s+the\s+(?!(most|least|best|worst|first|last|world|nation|country|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|hundreds|thousand|thousands|dozen|dozens)\b|\d|\w+est\b|\w+'s\b)"
    # or the next of a series told before: "A third man was held" (not a fraction, "A third
    # of the crew", nor a compound, "A second-hand boat")
    r"|^an?\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b(?!-)(?!\s+of\b)"
    # or one of two namesakes told apart by age: "The younger Lee was held too" (the other
    # was told before; not "the younger brother", a noun, nor "the older generation")
    r"|^the\s+(younger|elder|older)\s+(?-i:[A-Z])",
    re.I,
)
_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")
# An ellipsis closing the text outside any quotation mark: a teaser cut off ("... when
# gunfire erupted outside..."); a speaker trailing off keeps the closing mark after it.
_CUT_OFF = re.compile(r"(?:\.\s*\.\s*\.|\u2026)\s*$")
# A question mark closing the text outside any quotation mark: the writer asks, and a
# summary tells ('"Will it close?" she asked.' is told).
_ASKED = re.compile(r"\?\s*$")
_CURRENCY = "$\u00a3\u20ac"
# A pronoun for one person, subject, object or possessive ("he said", "told him", "his
# boat"): before any person is named in its sentence it points at one named earlier.
_PERSONAL = re.compile(r"\b(he|she|him|his|her)\b", re.I)
_PERSONAL_WORDS = frozenset(["he", "she", "him", "his", "her"])
# HUMAN_NOUNS words for many people or a body of them
_GROUP_WORDS = """people men women staff public electorate crowd audience everyone everybody
    other others many some few both all establishment elite base group committee campaign
    party administration government council court jury agency department ministry
    organization organisation company firm union coalition team panel board network
    newspaper magazine paper outlet station bank congress senate house parliament
    legislature state country nation city side camp wing caucus gop dnc rnc family
    children wives midwives"""
# Nouns for one person (not a body, "the council", nor many, "the crew"), and the endings of
# more ("activist", "politician", "ferryman", "chairwoman").
_MORE_PEOPLE = """boy girl child teenager captain driver pilot passenger doctor nurse priest
    bishop king queen prince princess brother sister uncle aunt grandmother grandfather coach
    suspect defendant actor actress singer athlete"""
_ONE_PERSON = HUMAN_NOUNS - frozenset(_GROUP_WORDS.split()) | frozenset(_MORE_PEOPLE.split())
_PERSON_ENDINGS = ("ist", "ian", "man", "woman")
_THINGS_ENDING_SO = frozenset(["list", "twist", "wrist", "gist", "mist", "fist"])
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
# A bare pronoun ("it" for a body) as the speaker: right after a quotation's closing mark
# ('"...," they wrote', '"...?" she asked'; not an opening mark before a quoted "He said"),
# or set off by a comma and closing the sentence or clause ('..., he said.', '..., it told
# reporters on Monday.', '..., said they.'); "When the police came, they told us to leave"
# and "Smith said they wrote to him" attribute nothing to the pronoun.
_SUBJECT = r"(?:he|she|they|it)\s+(?:also\s+|later\s+|then\s+)?" + SPEECH + r"\b"
_TAIL = (
    r"(?:\s+(?:reporters|journalists))?"
    r"(?:\s+(?:in|on|at|to|during|after|before|via|through|from)\b[^,.;:!?\"]{0,40})?"
    r"\s*[,.;!?]"
)
# the pronoun a _PRONOUN_SPEAKER match attributes to: its first (no verb of SPEECH is one)
_SPEAKER_PRONOUN = re.compile(r"\b(?:he|she|they|it)\b", re.I)
_PRONOUN_SPEAKER = re.compile(
    r"[,.!?](?:[\u201d\u2019\"]|'')\s*"
    + _SUBJECT
    + r"|[,:;]\s*"
    + _SUBJECT
    + _TAIL
    + r"|,\s*"
    + SPEECH
    + r"\s+(?:he|she|they|it)\s*[.,;!?]",
    re.I,
)
# the words one of which every match holds (a first test: ``summary_words.may_hold``)
_SPEAKER_PRONOUNS = frozenset(["he", "she", "they", "it"])


# A company's figure opening a sentence with no owner: "Net profit rose 28% ...", "Pre-tax
# profits in the half fell ..." (not "Net profit at Velmora Air rose", "Sales of cars rose").
_FIGURE_OPENER = re.compile(
    r"^(?:(?:net|gross|pre-tax|pretax|operating|underlying|annual|quarterly|half-year|"
    r"full-year|first-half|second-half|(?:first|second|third|fourth)-quarter)\s+)?"
    r"(?:profits?|revenues?|sales|earnings|turnover|income|losses)\b"
    r"(?!\s+(?:of|at|for|from|by)\b)(?!-)",
    re.I,
)


def unowned_figure(story: Story, i: int) -> bool:
    """True when sentence ``i`` opens with a company's figure and names no organisation
    ("Net profit rose 28% to $4m."): whose figure it is was told in the sentence before."""
    s = story.sentences[i]
    if s.index == 0 or not _FIGURE_OPENER.match(s.text.lstrip(OPENERS)):
        return False
    mentions = story.by_id[s.article].mentions
    return not any(m.type == "ORG" and s.start <= m.start < s.end for m in mentions)


def words_of(text: str) -> int:
    """The length of ``text`` in whitespace-separated words, the unit of the budget."""
    return len(text.split())


def needs_antecedent(text: str, first: bool = False) -> bool:
    """True when ``text`` opens with a pronoun or connective pointing at an earlier sentence,
    or with a part of a group told before ("One of the letters ...") or its next member
    ("A third man ...") unless it is its article's ``first`` sentence, where that is the
    writer's way of opening."""
    text = text.lstrip(OPENERS)
    return bool(_DANGLING.match(text) or (not first and _PART_OF_GROUP.match(text)))


def starts_as_sentence(text: str) -> bool:
    """True when ``text`` opens as a sentence does (a capital or a digit, after any opening
    quote mark), not with a piece of a sentence the splitter cut off."""
    # str methods, not [A-Z]: 'Émile', 'Łódź' and 'Ölkonzern' open sentences too
    first = text.lstrip(OPENERS)[:1]
    return bool(first) and (first.isupper() or first.isdigit() or first in _CURRENCY)


def pronoun_speaker(text: str) -> bool:
    """True when ``text`` attributes words to a bare pronoun ('"...," they wrote.', '...,
    he said in a statement.'): the speaker is named only in an earlier sentence, even when
    the quoted words name someone else."""
    return bool(_PRONOUN_SPEAKER.search(text))


# "similar" or "same" with nothing in its clause to compare with: "was tried on similar
# charges", "the same court" (not "similar to ...", "the same jury that ...", a compound,
# "same-sex", nor "at the same time", which means "meanwhile": fronted, ``points_back``
# reads it).
_SIMILAR = re.compile(
    r"(?<!\bat\sthe\s)\b(similar|same)\b(?!-)(?!\s+time\b)"
    r"(?![^,.;]*\b(to|as|that|who|which)\b)",
    re.I,
)


def compares_back(text: str) -> bool:
    """True when ``text``, outside its quotations, says "similar" or "same" with nothing in
    its clause to compare with ("A hearing on similar counts against a second deckhand began."):
    the comparison is with something told before."""
    # ASCII with neither word: no match (the case-blind pattern tries every character; taking
    # out quotations joins no letters); elsewhere it also takes other letters ("\u017f")
    if text.isascii():
        lowered = text.lower()
        if "similar" not in lowered and "same" not in lowered:
            return False
    return bool(_SIMILAR.search(QUOTED.sub(" ", text)))


# Each story's answers by sentence: the summary asks of its candidates, the facts of their
# sentences and the reading order of the chosen ones, often of the same sentence.
_NEEDS: WeakKeyDictionary[Story, dict[int, bool]] = WeakKeyDictionary()


def needs_previous(story: Story, i: int) -> bool:
    """True when sentence ``i`` needs the one before it: it opens with a pronoun or
    connective, has "he", "she", "him", "his" or "her" before it names any person (a
    name the story tags as a person anywhere counts: ``person_before``) or a noun for one
    ("A ferryman and his sons": ``person_noun_in``), or its speaker is a bare pronoun
    ("they" or "it", or "he"/"she" with no person named before it, outside the quoted words, as a
    saying verb's subject: '"...," Ann Lee said, "and," she added, "..."' names its
    speaker; 'Lee was kind, "...," she said' does not), or a speaker "added" something
    (``summary_also.adds_speech``), or, past its article's first sentence, it closes with a
    member of a group told before ("... was one of them.": ``member_of_told``), or an "its" or "their" past its first
    word stands for nothing in it (``possessive_unbound``), or it opens with a company's
    figure and names no organisation (``unowned_figure``), or, past its article's first
    sentence, a "this"/"these" noun phrase points back ("... matched this record":
    ``demonstrative_back``), or it closes on a verb whose complement was left out ("...
    agreed to.", "... pledged to follow.": ``summary_elided.elided_complement``)."""
    known = _NEEDS.setdefault(story, {})
    if i not in known:
        known[i] = _needs_previous(story, i)
    return known[i]


def _needs_previous(story: Story, i: int) -> bool:
    """``needs_previous``, not cached."""
    s = story.sentences[i]
    # An article's first sentence has nothing before it to compare with or to pick from:
    # there "the same court" and "One of the ..." are the writer's way of opening.
    if needs_antecedent(s.text, first=s.index == 0) or (
        not first_in_body(story, i) and (compares_back(s.text) or demonstrative_back(s.text))
    ):
        return True
    if speaks_again(story, i) or adds_speech(story, i) or unowned_figure(story, i):
        return True
    if elided_complement(s.text):
        return True  # "... have pledged to follow.": follow what, the sentence before says
    if s.index > 0 and member_of_told(s.text):
        return True
    said = _PRONOUN_SPEAKER.search(s.text) if may_hold(s.text, _SPEAKER_PRONOUNS) else None
    if said is not None:
        who = _SPEAKER_PRONOUN.search(s.text, said.start(), said.end())
        if who is None or who.group(0).lower() in ("they", "it"):
            return True
        if not speaker_before(story, i, who.start()):
            return True
    if possessive_unbound(story, i):
        return True
    pronoun = _PERSONAL.search(s.text) if may_hold(s.text, _PERSONAL_WORDS) else None
    if pronoun is None:
        return False
    head = s.text[: pronoun.start(1)]
    return not (person_before(story, i, pronoun.start(1)) or person_noun_in(head))


# A predicate closing its sentence with a member of a group told before: "... was one of
# them.", "Ann Lee was among those." (not "those who signed ...": a clause after it says
# which)
_MEMBER_OF_TOLD = re.compile(
    r"\b(?:(?:one|two|three|some|many|most|several|each|part)\s+of|among)\s+(?:them|these|those)"
    r"\s*[.!?]?[\"'\u201d\u2019]?\s*$",
    re.I,
)
_TOLD_GROUP_WORDS = frozenset(["them", "these", "those"])
# a clause joined on before it, which may tell the group itself: "..., and Lee was one of them"
_JOINED = re.compile(r",\s+(?:and|but)\b|;")


def member_of_told(text: str) -> bool:
    """True when ``text``, outside its quotations, closes with a member of a group told
    before it ("Cutting the fares was one of them.") and no clause joined on before that may
    tell the group ("The board sacked three pilots, and Lee was one of them.")."""
    if not may_hold(text, _TOLD_GROUP_WORDS):
        return False
    own = QUOTED.sub(" ", text)
    m = _MEMBER_OF_TOLD.search(own)
    return m is not None and not _JOINED.search(own, 0, m.start())


def person_noun_in(text: str) -> bool:
    """True when ``text``, outside its quotations, has a noun for one person ("A ferryman and
    his sons", "The new mayor said he ..."): a "he"/"his"/"her" after it may stand for it,
    so the sentence reads alone (a body, "the council told him", or a thing is none)."""
    return any(
        w in _ONE_PERSON or (w.endswith(_PERSON_ENDINGS) and w not in _THINGS_ENDING_SO)
        for w in _LOWER_WORD.findall(QUOTED.sub(" ", text))
    )


def complete(text: str) -> bool:
    """True when ``text`` ends as a sentence does, not cut off at a dash, a heading or an
    ellipsis outside quotation marks ("... when the storm broke over the...")."""
    return bool(_END.search(text)) and not _CUT_OFF.search(text)


def asked(text: str) -> bool:
    """True when ``text`` is the writer's own question ("Is the ferry worth saving?"), its
    question mark outside any quotation mark (a summary tells, and a quoted question is
    told: '"Will it close?" she asked.'), or a question put to someone and not answered in
    it (``unanswered``), or words it only says someone spoke (``introduces``): each leaves
    its news to the sentence after it."""
    return bool(_ASKED.search(text)) or unanswered(text) or introduces(text)


# Words said, named by a noun, that "came from" someone: "One sceptical view came from ..."
# (not a thing that came from somewhere: "The money came from ...")
_CAME_FROM = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:opinions?|views?|criticism|warnings?|support|praise|reactions?|"
    r"responses?|comments?|dissent|voices?|objections?|backing|calls?|pleas?|welcome|"
    r"condemnation|rebuke)\s+(?:of\s+[^,]{1,40}?\s+)?came\s+from\b",
    re.I,
)
# the words themselves told after it: a verb of saying, a colon, a quotation
_WORDS_TOLD = re.compile(r"\b(?:said|says|saying|warned|argued|told|wrote)\b|[:\"\u201c]")


def introduces(text: str) -> bool:
    """True when ``text`` tells only that someone spoke, by a noun for the words ("One
    sceptical view came from Ann Lee, a pilot."), and not the words: a news writer's way of
    handing over to the next sentence, which tells them."""
    if "came from" not in text.lower():
        return False
    m = _CAME_FROM.match(text)
    return m is not None and not _WORDS_TOLD.search(text, m.end())


# A yes/no question put to someone: "was asked (on Monday) whether/if ..." (not a request,
# "was asked to lead", nor a fronted "Asked whether ..., Lee said", which answers it) ...
_PUT_TO = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+){0,2}?asked\b[^.;:]{0,40}?\b(?:if|whether)\b",
    re.I,
)
# ... and its answer in the same sentence: a reply or a refusal joined on, or set off by a
# semicolon or a colon, or a main clause after the question's ("When Lee was asked whether
# ..., he said ...", "Lee, who was asked if ..., said ...", "..., replying that ...")
_ANSWER = re.compile(
    r"[;:]|(?:\b(?:and|but)|,)\s+(?:\w+\s+){0,2}?(?:said|says|replied|replies|answered|answers|"
    r"declined|refused|told|insisted|denied|replying|answering|saying)\b",
    re.I,
)


def unanswered(text: str) -> bool:
    """True when ``text`` tells a yes/no question put to someone ("Ann Lee was asked on Monday
    whether the ferry would sail.") and not its answer: the answer, the news, is in the
    sentence after it, and a summary holding the question alone tells nothing."""
    if "asked" not in text.lower():
        return False
    m = _PUT_TO.search(QUOTED.sub(" ", text))
    return m is not None and not _ANSWER.search(QUOTED.sub(" ", text), m.end())


def pointed_at(
    story: Story,
    i: int,
    candidates: Sequence[int],
    concepts: Sequence[set[str]],
    dates: dict[str, str | None],
) -> set[int] | None:
    """None when candidate ``i`` reads alone; else the candidates besides the sentence before
    it that may stand for what it points back to: none for a pronoun or connective, and for
    a fronted phrase's noun ("Following the talks, ...") or a definite shell noun as subject
    ("The findings surprised ...": ``shell_subject``) or a stance's object ("... denied the
    claim.": ``shell_object``) those naming it that are read before
    ``i`` (an earlier or the same date, an earlier position in their article); for an "also"
    its article's earlier candidates (``summary_also.adds_to``)."""
    if needs_previous(story, i):
        return set()
    # An article's first sentence has nothing before it to point at: a fronted phrase there
    # sets the scene ("Following the talks," in a lead names talks the reader is told of).
    if story.sentences[i].index == 0:
        return None
    if (earlier := adds_to(story, i, candidates)) is not None:
        return earlier  # "The board has also cut fees": with what it adds to
    text = story.sentences[i].text
    # a fronted phrase, or else a definite shell noun as subject ("The findings ...") or as
    # a stance's object ("... denied the claim.")
    noun = points_back(text)
    if noun is None:
        noun = shell_subject(text) or shell_object(text)
    if noun is None:
        return None
    if not noun:
        return set()
    root = stem(noun)
    sents = story.sentences
    day = dates.get(sents[i].article) or "9999"
    return {
        k
        for k in candidates
        if root in concepts[k]
        and (dates.get(sents[k].article) or "9999") <= day
        and sents[k].position < sents[i].position
    }
