"""Figures: numbers with their units ("43 million people", "$1.13bn", "76%", "1,300 soldiers")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.doc_cache import doc_ents, doc_text
from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import Figure

FIGURE_LABELS = frozenset({"CARDINAL", "MONEY", "PERCENT", "QUANTITY"})

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    "dozens": 24, "hundreds": 200, "thousands": 2000,
}  # fmt: skip
SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9,
    "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12,
}  # fmt: skip
CURRENCIES = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY"}
# Numbers that identify rather than count: in a web address ("www.x.com/2009/05/story",
# page headers pasted with an article), a phone number, a version or address with two dots
_URL = re.compile(r"://|^www\.|^[\w-]+(?:\.[\w-]+)+/", re.I)
_PHONE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[.-]\d{4}\b")
_DOTTED = re.compile(r"\d+\.\d+\.\d+")
# digits ("1,300", "1.13"), a decimal with no leading zero (".5", but not the "5" of "No.5"),
# and a power of ten in lower case standing alone ("1e6": the "6" alone is no figure; "7E7"
# is a model's name, "8ca9-11e2-a096" a code)
# (a number may run on into a "pc" with no space: "3.2pc" is 3.2 per cent)
_NUMBER = re.compile(
    r"((?<![\w.-])\d+(?:\.\d+)?(?-i:e)\d{1,2}(?![\w-])|\d+(?:[.,]\d+)*|(?<![\w.])\.\d+)"
    r"\s*(thousand|million|billion|trillion|bn|mn|tn|m|k|b)?(?:\b|(?=(?-i:pc)\b))",
    re.I,
)
# Per cent however a writer spells it after a number: "%", "percent", "per cent", "per-cent",
# and the British press's lower-case "pc" ("84pc", "84 pc"; a capital "PC" is a computer or a
# constable). spaCy tags "90 per cent" as money and leaves "per cent" out of "About 60", and
# "84pc" is no entity at all: each is a percentage all the same.
PERCENT = r"(?:%|(?i:per[\s-]?cent|percent)\b|pc\b)"
# a percent spelling right after a figure's span (spaCy stopped before it), or ending it
_PERCENT_AFTER = re.compile(rf"\s?{PERCENT}")
_PERCENT_END = re.compile(rf"\d\s?{PERCENT}$")
# a number in digits written onto or right before "pc", which the tagger tags as nothing
_PC = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*\s?pc\b")
# the same spellings right after a digit, for readers of sentences that look for a word
_PERCENT_WORD = re.compile(rf"(?<=\d)\s?{PERCENT}")


def percent_words(text: str) -> str:
    """``text`` with every percent spelling right after a digit written " percent" ("90%",
    "90 per cent", "90pc" -> "90 percent"), so that readers of sentences that take the word
    after a number as its unit read one unit."""
    if "%" not in text and "cent" not in text and "pc" not in text:
        return text  # most sentences: no search
    return _PERCENT_WORD.sub(" percent", text)


# Characters a writer sets as a minus: the hyphen-minus, the minus sign, an en dash.
MINUS = "-\u2212\u2013"
# A sign the text writes: one of MINUS right against the number ("-3.2%", "-$5m"), or the
# word "minus". Only at the start of a figure's text: a hyphen after a digit or a letter
# joins a range ("3-4%") or a compound ("Covid-19"), and a dash set apart by a space is
# punctuation ("weak - 3.2% lower").
_SIGNED = re.compile(rf"^(?:[{MINUS}](?=[$\u00a3\u20ac\u00a5]?\.?\d)|minus\s+)", re.I)
# The same sign right before a figure whose span left it out (spaCy's entity starts after an
# en dash or a minus sign, or after both the sign and a currency symbol: "\u2212$" + "5m"): at
# the start of its text or after a space or an opening bracket.
_SIGN_BEFORE = re.compile(rf"(?:^|(?<=[\s(\[]))(?:[{MINUS}]|minus\s+)[$\u00a3\u20ac\u00a5]?$", re.I)
# "plus or minus 3.4 points", "plus-or-minus 3.4": a margin either way, which no sign gives
_EITHER_WAY = re.compile(r"\bplus[\s-]+or[\s-]+$", re.I)


def parse_number(text: str) -> float | None:
    """The numeric value of a figure's text, or None when it holds no number: negative where
    the text writes a minus before it ("-3.2%", "\u22123.2%", "minus 3.2 per cent"); a fall
    told in words ("fell 3.2%") is left to the readers of figures, as a size."""
    text = text.strip()
    value = _unsigned(text)
    if value is not None and _SIGNED.match(text):
        return -value
    return value


def _unsigned(text: str) -> float | None:
    """The size of the number in ``text``, written in digits or words; None when none."""
    m = _NUMBER.search(text)
    if m:
        digits = m.group(1)
        # "1,300" is thirteen hundred; "1,5" in English news is rare enough to ignore.
        digits = digits.replace(",", "")
        try:
            value = float(digits)
        except ValueError:
            return None
        scale = (m.group(2) or "").lower()
        return value * SCALES.get(scale, 1.0)
    words = re.findall(r"[a-z]+", text.lower())
    total, current, found = 0.0, 0.0, False
    for w in words:
        if w in WORD_NUMBERS:
            n = WORD_NUMBERS[w]
            current = current * n if n == 100 and current else current + n
            found = True
        elif w in SCALES and found:
            total += (current or 1) * SCALES[w]
            current = 0
    return total + current if found else None


def _unit(ent: Any, text: str) -> str:
    """The unit of a figure's entity ``ent``, whose ``text`` may begin before it with a sign
    and a currency symbol the entity left out ("\u2212$" + "5")."""
    label = ent.label_
    if label == "PERCENT":
        return "%"
    if label == "MONEY":
        for sym, code in CURRENCIES.items():
            if sym in text:
                return code
        for tok in ent:
            if tok.text.lower() in {"dollars", "dollar", "pounds", "euros", "yen", "rubles"}:
                return str(tok.text.lower())
        return "money"
    # The counted noun: the head of the number ("1300 Ukrainian soldiers" -> soldiers).
    root = ent.root
    head = root.head
    if root.dep_ in {"nummod", "quantmod", "compound"} and head.pos_ in {"NOUN", "PROPN"}:
        return str(head.text.lower())
    if label == "QUANTITY":
        return str(ent[-1].text.lower())
    nxt = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if nxt is not None and nxt.text.lower() == "of" and ent.end + 1 < len(ent.doc):
        return str(ent.doc[ent.end + 1].text.lower())
    return ""


def extract_figures(paragraphs: Sequence[Paragraph]) -> list[Figure]:
    """Every figure spaCy tags as a number, money, percentage or quantity."""
    out = []
    for p in paragraphs:
        phones: list[tuple[int, int]] | None = None  # found once a paragraph has a figure
        found: list[Figure] = []
        para_text = doc_text(p.doc)
        for ent in doc_ents(p.doc):
            if ent.label_ not in FIGURE_LABELS:
                continue
            # a sign the entity's span left out ("\u2013" + "3.2%") is the figure's
            start = ent.start_char
            sign = _SIGN_BEFORE.search(para_text, max(0, start - 6), start)
            # a sum's entity may start at its currency symbol ("\u2212" + "$5 million")
            if sign and (ent.text[:1].isdigit() or ent.text[:1] in CURRENCIES):
                start = sign.start()
            end = ent.end_char
            if tail := _PERCENT_AFTER.match(para_text, end):
                end = tail.end()  # "About 60" + " per cent"
            text = para_text[start:end]
            value = parse_number(text)
            if value is None:
                continue
            if value < 0 and _EITHER_WAY.search(para_text, max(0, start - 10), start):
                value = -value
            if phones is None:
                phones = [m.span() for m in _PHONE.finditer(para_text)]
            if _identifier(para_text, ent.start_char, ent.end_char, phones):
                continue
            unit = "%" if _PERCENT_END.search(text) else _unit(ent, text)
            found.append(Figure(text, p.offset + start, p.offset + end, value, unit))
        if "pc" in para_text:
            found.extend(_bare_pc(p, found))
        out.extend(sorted(found, key=lambda f: f.start))
    return out


def _bare_pc(p: Paragraph, found: Sequence[Figure]) -> list[Figure]:
    """The percentages written onto "pc" ("84pc") that no entity of paragraph ``p`` holds
    (``found``: its figures so far): the tagger reads such a token as no number."""
    out = []
    for m in _PC.finditer(doc_text(p.doc)):
        start, end = p.offset + m.start(), p.offset + m.end()
        value = parse_number(m.group())
        if value is not None and not any(f.start < end and start < f.end for f in found):
            out.append(Figure(m.group(), start, end, value, "%"))
    return out


def _identifier(text: str, start: int, end: int, phones: Sequence[tuple[int, int]]) -> bool:
    """Whether the number at ``text[start:end]`` is part of a web address, a phone number
    (``phones``: the spans of those in ``text``) or a dotted version: the run of non-space
    characters around it tells the address and the version."""
    left = max(text.rfind(c, 0, start) for c in " \n\t") + 1
    right = min((i for c in " \n\t" if (i := text.find(c, end)) >= 0), default=len(text))
    chunk = text[left:right]
    if _URL.search(chunk) or _DOTTED.search(chunk):
        return True
    return any(low < end and start < high for low, high in phones)
