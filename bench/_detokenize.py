"""Running text from a corpus's tokens, as it was written, with each token's character span.

NewsWCL50 and ECB+ come as tokens with no offsets and no whitespace: ``TextBuilder`` puts a
space between two tokens unless a rule of English print says there was none. The rules are
facts of how news text is set, never of one article:

- no space before closing punctuation (``, . ; : ! ? ) ] } %``), clitics (``'s n't 're``),
  closing quotes, or a hyphen; none after opening brackets, opening quotes and ``$``;
- the tokenizer's ASCII quote pairs (two backquotes, two apostrophes) are printed ``"``; a
  bare ``"`` closes the quote left open (by a quote mark of its own or one written onto a
  word, ``"We``), else opens one;
- numbers split around a separator are one number: ``6 : 11`` -> ``6:11``, ``14 . 1`` ->
  ``14.1``, ``10 , 000`` -> ``10,000`` (a comma only before exactly three digits, so that
  ``May 2 , 2013`` keeps its space);
- pieces of a lower-case dotted abbreviation are one word: ``p. m.`` -> ``p.m.``; so are
  letters split from their full stops, in either case: ``p . m .`` -> ``p.m.``, ``U . S .``
  -> ``U.S.`` (a corpus that splits the stop off a letter split an abbreviation printed
  whole; news print sets abbreviations and initials without spaces: "U.S.", "A.J.");
- a slash has no space on either side (``and/or``, ``24/7``, dates ``02/07``);
- a web address (from ``http``/``www``) is one word: each piece after one of its separators
  is glued, and the address ends at the first piece that follows another word.

Every token keeps the span ``add`` returns, so gold mentions given by token ids point into
the rebuilt text exactly; only the quote pairs change their characters.
"""

from __future__ import annotations

import re

# Tokens glued to the previous one / the next one when rebuilding running text.
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'", "’", "”", "/"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘", "/"}
# Clitics written onto the word before: "don't", "Lee's", "we're".
_CLITICS = {"n't", "n’t", "'s", "'m", "'re", "'ve", "'ll", "'d", "’s", "’m", "’re", "’ve", "’ll"}
# What is left of a clitic when the tokenizer split its apostrophe off ("HP’ s").
_CLITIC_TAILS = {"s", "t", "m", "ll", "re", "ve", "d"}
# The tokenizer's ASCII quote pairs and how they were printed.
_OPEN_QUOTE, _CLOSE_QUOTE = "``", "''"
# Separators inside a web address: the piece after one of them is glued.
_URL_JOINTS = {".", ":", "/", "-", "_", "?", "=", "&", "#", "~", "+", "%"}
_DIGIT_END = re.compile(r"\d$")
_THREE_DIGITS = re.compile(r"\d{3}(?!\d)")
# One lower-case letter and a full stop: a piece of a dotted abbreviation.
_LETTER_DOT = re.compile(r"[a-z]\.$")
# One letter alone: split from its full stop, as ECB+ splits "U.S." into "U", ".", "S", ".";
# a letter after a letter and its stop is the next piece of the abbreviation.
_LETTER = re.compile(r"[A-Za-z]$")


class TextBuilder:
    """Running text from tokens, remembering each token's character span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.quote_open = False
        self.glue_next = True
        self.url = False
        self.previous: list[str] = []  # the tokens of this paragraph, as given

    def add(self, token: str) -> tuple[int, int]:
        """Append ``token`` (with a space before it unless it was written glued); its span."""
        printed = '"' if token in (_OPEN_QUOTE, _CLOSE_QUOTE) else token
        glue = self.glue_next or self._glued_before(token)
        if not glue:
            self._put(" ")
            self.url = False  # an address ends at the first space
        if token.lower().startswith(("http", "www")):
            self.url = True
        start = self.length
        self._put(printed)
        self.glue_next = token in _NO_SPACE_AFTER or (self.url and token in _URL_JOINTS)
        if printed == '"':
            opening = token == _OPEN_QUOTE or (token == '"' and not self.quote_open)
            self.glue_next = self.glue_next or opening
            self.quote_open = opening
        elif token[:1] == '"' or token[-1:] == '"':
            self.quote_open = token[:1] == '"' and token[-1:] != '"'  # "We opens, so" closes
        self.previous.append(token)
        return start, self.length

    def _glued_before(self, token: str) -> bool:
        last = self.previous[-1] if self.previous else ""
        before = self.previous[-2] if len(self.previous) > 1 else ""
        if token in _NO_SPACE_BEFORE or token.lower() in _CLITICS or token == _CLOSE_QUOTE:
            return True
        if self.url and token in _URL_JOINTS:
            return True
        if _LETTER_DOT.match(last) and _LETTER_DOT.match(token):
            return True  # "p. m." was "p.m.", "e. g." was "e.g."
        if last == "." and _LETTER.match(before) and _LETTER.match(token):
            return True  # "U . S ." was "U.S.", "p . m ." was "p.m."
        if token in _CLITIC_TAILS and last in ("'", "’"):
            return True  # "HP’ s" was "HP’s"
        if token == '"':
            return self.quote_open
        if token == "-" or (last == "-" and token.isalnum()):
            return True  # "Kim Jong - un" was "Kim Jong-un"
        if token[:1].isdigit() and _DIGIT_END.search(before):
            # "6 : 11", "14 . 1" and "10 , 000" are numbers printed whole
            return last in (":", ".") or (last == "," and bool(_THREE_DIGITS.match(token)))
        return False

    def paragraph(self) -> None:
        """End the paragraph: a blank line before the next token, every quote closed."""
        self.sentence()
        self.quote_open = False

    def sentence(self) -> None:
        """End a sentence on its own line (a blank one, as a paragraph) whose quote, if one is
        open, runs on: a corpus cut into sentences, not paragraphs, closes a quote that spans
        two sentences only in the second."""
        if self.parts and not self.parts[-1].endswith("\n"):
            self._put("\n\n")
        self.glue_next = True
        self.url = False
        self.previous = []

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def text(self) -> str:
        """The text built so far."""
        return "".join(self.parts)


def detokenize(tokens: list[str]) -> str:
    """One paragraph's tokens as running text."""
    builder = TextBuilder()
    for token in tokens:
        builder.add(token)
    return builder.text()
