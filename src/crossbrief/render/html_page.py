"""What every section of the HTML page shares: escaping, lookups, citation markers, badges.

Every piece of article text reaches the page through ``esc`` (``html.escape`` after the
display clean-up), so a section never escapes on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from crossbrief.model import Brief, BriefArticle, SentenceRef
from crossbrief.render.labels import COUNTED_ONCE, article_numbers, display, outlet_name


def esc(text: object) -> str:
    """``text`` as displayed, escaped for HTML text and attribute values alike."""
    return escape(display(str(text)), quote=True)


class Page:
    """Lookups shared by every section of one page."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.numbers = article_numbers(brief)
        self.by_id: dict[str, BriefArticle] = {a.id: a for a in brief.articles}

    def outlet(self, article_id: str, numbered: bool = True) -> str:
        """The outlet shown for an article: its source; with none, "article [n]" (or "" when
        not ``numbered``, where its marker follows), since the id a file gives
        ("000_4f2a9c0d1e") tells a reader nothing the marker does not."""
        a = self.by_id.get(article_id)
        if a is None:
            return article_id
        return a.source.strip() or (f"article [{self.numbers[a.id]}]" if numbered else "")

    def sentence(self, ref: SentenceRef) -> str:
        """The cited sentence's text, or "" when the reference points nowhere."""
        a = self.by_id.get(ref.article)
        if a is not None and 0 <= ref.sentence < len(a.sentences):
            return a.sentences[ref.sentence]
        return ""

    def cites(self, refs: Iterable[SentenceRef], mark: str = "") -> str:
        """One focusable marker per article, in article order, its tooltip the cited
        sentence (the first one cited from that article)."""
        first: dict[str, SentenceRef] = {}
        for r in refs:
            if r.article in self.numbers:
                first.setdefault(r.article, r)
        marks = []
        # article order, as the Markdown brief lists them: "[2][3][8]", never "[8][2][3]"
        for r in sorted(first.values(), key=lambda r: self.numbers[r.article]):
            a = self.by_id[r.article]
            marks.append(
                f'<span class="cite" tabindex="0" aria-label="source {self.numbers[r.article]}">'
                f"{mark or f'[{self.numbers[r.article]}]'}"
                f'<span class="tip" role="tooltip"><b>{esc(self.outlet(a.id))}</b>: '
                f"{esc(self.sentence(r))}</span></span>"
            )
        if len(marks) < 2:
            return "".join(marks)
        # one group, kept on one line: "[4]" ending a line and "[5][6]" opening the next read
        # as two citations; one too long for a line breaks between markers (see brief.css)
        return f'<span class="cites">{"".join(marks)}</span>'


def section(title: str, body: str, sid: str, note: str = "", rules: str = "") -> str:
    """One titled ``<section>`` with id ``sid``, its ``note`` as a muted lead paragraph and
    its ``rules``, if any, folded under "How this is counted" after the lead: the rules run
    to a phone screen of text, which would push the section's content below the fold."""
    lead = f'<p class="muted">{esc(note)}</p>' if note else ""
    if rules:
        lead += (
            '<details class="rules"><summary>How this is counted</summary>'
            f'<p class="muted">{esc(rules)}</p></details>'
        )
    return f'<section id="{sid}"><h2>{esc(title)}</h2>{lead}{body}</section>'


def support_badge(support: int, outlets: int, short: bool = False) -> str:
    """How many outlets tell something, "1 outlet only" flagged; ``short`` as "2/5". The
    title says that an outlet's articles and copies of one report count once."""
    cls = "support single" if support < 2 else "support"
    label = "1 outlet only" if support < 2 else f"{support} of {outlets} outlets"
    text = f"{support}/{outlets}" if short else label
    return f'<span class="{cls}" title="{label} ({COUNTED_ONCE})">{text}</span>'


def counted_once(brief: Brief, refs: Iterable[SentenceRef], support: int) -> str:
    """A short visible note where ``support`` counts fewer outlets than there are articles
    cited, its title the whole rule; else "". It names copies only where they are why: one
    outlet's several articles are "(3 articles, 2 outlets)", versions of one report carried
    by more outlets than count "(3 articles, 2 independent outlets: copies count once)"."""
    cited = {r.article for r in refs}
    if len(cited) <= support:
        return ""
    by_id = {a.id: a for a in brief.articles}
    names = {outlet_name(by_id[a]) if a in by_id else a for a in cited}
    why = (
        f"{support} independent outlets: copies count once"
        if len(names) > support
        else f"{support} outlet{'s' if support != 1 else ''}"
    )
    return (
        f' <span class="muted counted" title="{COUNTED_ONCE}">({len(cited)} articles, {why})</span>'
    )


def shorten(text: str, words: int = 14, slack: int = 0) -> str:
    """The first ``words`` words of ``text``, an ellipsis marking the cut; no cut where it
    would leave out ``slack`` words or fewer, since a sentence's last words are often what
    it tells ("... because of the storm") and a cut that short saves a line at most."""
    parts = text.split()
    if len(parts) <= words + slack:
        return " ".join(parts)
    return " ".join(parts[:words]) + " …"
