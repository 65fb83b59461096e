"""Lines a summary never tells, and a dateline it does not show: captions and credits of a
photo or a video, the second half of a sentence cut inside its paragraph, a sentence opening
inside a quotation a sentence before it opened, and a quotation's closing mark with no opening one.

- ``caption``: a photo or video caption ("Video: ...", "... (Photo: ...)", "<Name> addresses
  the media as ...", "<correspondent> ... reports from <Place>", a headline ending in a bare
  wire credit);
- ``title_case``: an article's first sentence in title case, its headline;
- ``cut_in_paragraph``: the sentence before it in the same paragraph ends with no
  punctuation, so the splitter cut one sentence in two there;
- ``opened_before``: it lies inside a quotation opened in a sentence before it and closed in
  one after, so it is a speaker's words whose speaker is named where the quotation opens;
- ``closed_unopened``: a single closing mark after punctuation ("... blood,' said Lee")
  with no opening mark before it: the rest of a quotation begun in another sentence;
- ``shown``: the sentence as the summary shows it, a leading dateline ("SPRINGFIELD -",
  "Oakdale (AP) -") left off; what is left is still an exact piece of the source.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import inside_quotes

# A caption's label or a credit in parentheses: "Video: ...", "WATCH: ...", "... (Photo: Ann
# Lee/Wire)", "(AP Photo/Ann Lee)", "(Getty Images)".
_CAPTION_LABEL = re.compile(r"^\W*(?:video|watch|photos?|image|pictured|gallery|listen)\s*:", re.I)
_CREDIT = re.compile(
    r"\((?:[A-Z]+\s+)?(?:photo|photograph|image|video|file\s+photo)\b[^)]*\)"
    r"|\((?:photo|image|video)\s*:[^)]*\)"
    # Getty Images as a credit, in parentheses or after a photographer's "/", not a story
    # about the company ("Getty Images sued ...")
    r"|\([^)]*\bGetty\s+Images\b[^)]*\)|/\s*Getty\s+Images\b",
    re.I,
)
# A caption tells a picture in the simple present, its subject a name of two words or more:
# "President Ann Lee addresses reporters as she met ...", "Mayor Lee waves to supporters";
# news prose tells the same in the past.
_CAPTION_VERB = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*\s+){2,5}(?:speaks|addresses|waves\s+(?:to|at|as|from|during)|"
    r"gestures|listens|looks\s+on|arrives|poses|smiles|reacts|greets|shakes\s+hands|"
    r"delivers\s+remarks|is\s+pictured|are\s+pictured)\b"
)
# News of a scheduled event tells it in the present too, with its time after the verb and
# before any clause of its own ("Mayor Ann Lee speaks at 8 p.m. on Tuesday", "... arrives in
# Varrow on Monday for talks"); a caption's time, when it has one, is a past clause's ("...
# addresses reporters as she met them on Friday").
_SCHEDULED = re.compile(
    r"\b(?:at\s+\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?|GMT|UTC|ET|BST|CET)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|tomorrow|tonight|later\s+(?:today|this\s+week)|next\s+(?:week|month))\b",
)
_CLAUSE_START = re.compile(r"\b(?:as|while|during|after|before|when)\b|[,;(]")
# A correspondent's video report: "... our correspondent Ann Lee reports from Springfield."
# Only after a reporter's noun, as "reports" is also a plural noun ("it had received reports
# from Varrow of flooding").
# (The look-ahead changes no match: it lets the search skip to the nouns' first letters, which
# the leading ``\b`` keeps it from.)
_REPORTS_FROM = re.compile(
    r"(?=[crej])\b(?:correspondent|reporter|editor|journalist)s?\b(?:\s+[A-Z][\w.'\u2019-]*){0,4}"
    r"\s+reports\s+from\s+[A-Z]"
)
# A headline ending in a bare wire credit: "Mayor quits over budget AP." (not "..., said the
# AP.", "... told Reuters.", "... in an interview with Reuters.").
_WIRE_CREDIT = re.compile(r"(\S+)\s+(?:AP|AFP|Reuters|UPI)\.?\s*$")
_WIRE_BEFORE = frozenset(
    ["the", "by", "to", "said", "told", "says", "tells", "with", "from", "for"]
)


def caption(text: str, headline: bool = False) -> bool:
    """True when ``text`` is a photo or video caption or credit line: a caption's label
    ("Video:", "WATCH:"), a credit ("(Photo: ...)", "(AP Photo/...)"), a name's action in
    the simple present ("Mayor Lee waves to ...") unless it is a scheduled event's time
    ("... speaks at 8 p.m."), a correspondent who "reports from" a place, or, when ``text``
    is an article's first line (``headline``), one ending in a bare wire credit ("... tests
    AP.")."""
    return bool(
        _CAPTION_LABEL.match(text)
        # every credit holds a bracket or a slash: most sentences need no search
        or (("(" in text or "/" in text) and _CREDIT.search(text))
        or _present_action(text.lstrip("\"'\u201c\u2018( "))
        or _REPORTS_FROM.search(text)
        or (headline and _wire_credit(text))
    )


def _present_action(text: str) -> bool:
    """Whether ``text`` opens with a name's action in the simple present and tells no time
    of it before a clause of its own (a scheduled event's, not a picture's)."""
    m = _CAPTION_VERB.match(text)
    if m is None:
        return False
    rest = text[m.end() :]
    clause = _CLAUSE_START.search(rest)
    return not _SCHEDULED.search(rest[: clause.start() if clause else len(rest)])


def _wire_credit(text: str) -> bool:
    """Whether ``text`` ends in a wire's name that no word before it ties into the sentence
    ("told the AP", "with Reuters", any case)."""
    m = _WIRE_CREDIT.search(text)
    return m is not None and m.group(1).lower().strip("\"'\u201c\u201d,") not in _WIRE_BEFORE


def cut_in_paragraph(story: Story, i: int) -> bool:
    """True when the sentence before ``i`` in its article, in the same paragraph and no
    heading, ends with a letter or digit: the splitter cut one sentence in two there
    ('... stepped into the Doctor' / 'Who shoes as ...'), so ``i`` is its second half."""
    if i == 0:
        return False
    s, prev = story.sentences[i], story.sentences[i - 1]
    if prev.article != s.article or prev.index != s.index - 1 or prev.heading:
        return False
    between = story.by_id[s.article].article.text[prev.end : s.start]
    return "\n" not in between and prev.text.rstrip()[-1:].isalnum()


def opened_before(story: Story, i: int) -> bool:
    """True when sentence ``i`` has no double quotation mark and lies inside a quotation:
    the nearest sentence before it in its article that has one opens a quotation and leaves
    it open, and the nearest after it that has one closes it, each at most
    ``_QUOTE_SENTENCES`` away ('"For years I said nothing. Being asked is an honour. I start
    on Monday."', over paragraphs too, which a copied page may not open again): ``i`` is a
    speaker's words, and the speaker is named where the quotation opens. A quotation over
    paragraphs opens each of them again and closes only the last, so one that opens again
    after ``i`` goes on past it as well (``_reopens``), even where a copied page has run the
    paragraphs together. A speaker's tag after a comma (", he said") in ``i`` (unless a
    single mark quotes someone after it, a quotation within the quotation), or after the
    mark left open, is the writer's: the quotation was closed there, its mark left out."""
    sents = story.sentences
    text = sents[i].text
    if _has_double(text) or (_SAID_TAIL.search(text) and not _NESTED.search(text)):
        return False
    return _nearest_marked(story, i, -1, _left_open_at_end) and _nearest_marked(
        story, i, 1, _closes_or_reopens
    )


def _nearest_marked(story: Story, i: int, step: int, test: Callable[[str], bool]) -> bool:
    """Whether the nearest sentence with double quotation marks from ``i`` in direction
    ``step``, in its article and at most ``_QUOTE_SENTENCES`` away, passes ``test``."""
    sents = story.sentences
    for k in range(i + step, i + step * (_QUOTE_SENTENCES + 1), step):
        if not 0 <= k < len(sents) or sents[k].article != sents[i].article:
            return False
        if _has_double(sents[k].text):
            return test(sents[k].text)
    return False


# how many sentences away a quotation that runs over ``i`` opens and closes
_QUOTE_SENTENCES = 3


def _has_double(text: str) -> bool:
    """Whether ``text`` holds a double quotation mark (straight, curly, or doubled backticks
    or apostrophes): a few finds, cheaper than a search at every position."""
    return '"' in text or "\u201c" in text or "\u201d" in text or "``" in text or "''" in text


def _left_open(text: str) -> bool:
    """Whether ``text`` opens a double quotation mark and does not close it."""
    opened = text.count("\u201c") + text.count("``")
    return text.count('"') % 2 == 1 or opened > text.count("\u201d") + text.count("''")


def _closes(text: str) -> bool:
    """Whether ``text`` closes a double quotation mark it did not open."""
    closed = text.count("\u201d") + text.count("''")
    return text.count('"') % 2 == 1 or closed > text.count("\u201c") + text.count("``")


# the opening double marks a sentence opening a quotation's paragraph starts with
_OPENING_MARKS = ('"', "\u201c", "``")


# a quotation mark closing a sentence: the quotation ends there, whatever the count says
_ENDS_MARKED = re.compile("[\"'\u201d\u2019]\\s*$")
# A speaker's tag after a comma (", the board said", ", he added"): the writer's words, so no
# quotation runs there, whatever the marks (a closing one left out before it).
_SAID_TAIL = re.compile(
    r",\s+(?:[\w.'\u2019-]+\s+){1,4}(?:said|says|added|adds|told|tells|warned|argued)\b"
)
# A single mark opening a quotation within it ("he said, 'They are late.'"): the tag is then
# the quoted speaker's, and the sentence may still be inside the quotation.
_NESTED = re.compile(r"[`\u2018]|(?<!\w)'(?=[^\W\d_])")
# the double quotation marks, of which a sentence's last says whether it leaves one open
_DOUBLE_MARKS = ('"', "\u201c", "\u201d", "``", "''")


def _left_open_at_end(text: str) -> bool:
    """Whether ``text`` opens a double quotation mark and does not close it: its last double
    mark opens a quotation (a curly or backtick opening mark, or a straight one at its
    start or after a space, before a word), and it ends on no quotation mark, which would
    close one ('... the docks."' after a mark opened sentences before; '... until May.\''
    with a single mark for a double one, a slip). A sentence closing a quotation opened
    before it ('... in May," she said.') leaves none open, though its marks count odd."""
    if not _left_open(text) or _ENDS_MARKED.search(text):
        return False
    at, mark = max((text.rfind(m), m) for m in _DOUBLE_MARKS)
    if _SAID_TAIL.search(text, at):
        return False  # the writer's words after the mark: a closing mark left out
    if mark in ("\u201c", "``"):
        return True
    before, after = text[at - 1 : at].strip(), text[at + 1 : at + 2]
    # a straight mark opens at the start, after a space or a colon, dash or bracket
    return mark == '"' and before in ("", ":", "(", "\u2014", "-") and not after.isspace()


def _closes_or_reopens(text: str) -> bool:
    """Whether ``text`` closes a double quotation mark it did not open, or opens with one
    (after the quotation left open before it: a new paragraph of the same quotation)."""
    return _closes(text) or text.lstrip().startswith(_OPENING_MARKS)


# Words a title leaves in lower case ("Mayor Cast as the New Head of the Port").
_SMALL = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "as",
        "by",
        "with",
        "from",
        "into",
        "but",
        "nor",
        "vs",
    ]
)
_LETTERS = re.compile(r"[^\W\d_][\w'\u2019-]*")
# the share of a title's words, besides ``_SMALL``, that open with a capital
_TITLE_SHARE = 0.8
_TITLE_WORDS = 2


def title_case(story: Story, i: int) -> bool:
    """True when sentence ``i`` is its article's first and a title: of its words outside the
    names the analysis found and outside the small words a title leaves lower case, at least
    ``_TITLE_WORDS`` and ``_TITLE_SHARE`` of them capitalised ("Council Names New Harbour
    Master as Storm Nears!"); a lead's capitals are mostly its names."""
    s = story.sentences[i]
    if s.index != 0:
        return False
    text = list(s.text)
    for m in story.by_id[s.article].mentions:
        if s.start <= m.start < s.end:
            for k in range(m.start - s.start, min(m.end - s.start, len(text))):
                text[k] = " "
    words = [w for w in _LETTERS.findall("".join(text)) if w.lower() not in _SMALL]
    if len(words) < _TITLE_WORDS:
        return False
    return bool(sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words))


# A single mark closing a quotation after its punctuation: "blood,' said", "over.' "
_SINGLE_END = re.compile(r"[,.!?][\u2019'](?=\s|$)")


def closed_unopened(text: str) -> bool:
    """True when ``text`` closes a quotation in single marks after its punctuation ("There
    was blood,' said Ann Lee.") with no quotation opened before that mark: its opening is in
    another sentence, so ``text`` is the rest of someone's words."""
    end = _SINGLE_END.search(text)
    return end is not None and not inside_quotes(text[: end.start() + 1])


# A dateline before the story's first word: a place in capitals ("SPRINGFIELD -",
# "OAKDALE, Calif. -") or any place with a wire's name in parentheses ("Oakdale (AP) -"),
# then a dash and a capital.
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+)*(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*(?:\([\w .&/-]{1,30}\)\s*)?"
    r"|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,2}(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?"
    r"\s*\([A-Z][\w .&/-]{0,30}\)\s*)"
    r"[\u2014\u2013_-]{1,2}\s+(?=[\"'\u201c\u2018]?[A-Z0-9])"
)


def shown(text: str) -> str:
    """``text`` as a summary shows it: a leading dateline ("SPRINGFIELD - ", "Oakdale (AP) -
    ") left off, as it tells where the report was filed, not the story."""
    m = _DATELINE.match(text)
    return text[m.end() :] if m else text
