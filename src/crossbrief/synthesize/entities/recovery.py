"""Names the NER missed in one article but found in another, recovered from the text."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.entities.mentions import StoryMention, titled, vote
from crossbrief.synthesize.entities.vocabulary import POSSESSIVE, TITLES
from crossbrief.synthesize.story import Story


def recover_missed_names(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Add the exact spellings of known names the NER missed in an article."""
    written: dict[str, str] = {}  # forms the NER found -> their entity
    surnames: dict[str, str] = {}  # last words of full person names -> their entity
    for root, mentions in sorted(groups.items()):
        tiers = [(written, {m.text for m in mentions if m.kind in {"name", "acronym"}})]
        if vote(mentions) in {"PERSON", "ORG"}:
            # Outlets name a person or a team in full once, then by surname ("Chiefs").
            tiers.append(
                (surnames, {m.clean.split()[-1] for m in mentions if len(m.clean.split()) > 1})
            )
        for forms, names in tiers:
            for form in sorted(names):
                form = POSSESSIVE.sub("", form.strip())
                if len(form) < 3 or not form[0].isupper() or form.lower() in STOP_WORDS:
                    continue
                # A spelling used for two entities is not evidence for either.
                forms[form] = root if forms.get(form, root) == root else ""
    usable = {f: r for f, r in {**surnames, **written}.items() if r}
    # Headlines in capitals ("TEIXEIRA") spell the same names.
    usable |= {f.upper(): r for f, r in usable.items() if len(f) > 3 and f.upper() not in usable}
    if not usable:
        return
    pattern = re.compile(
        r"(?<![\w.\-])("
        + "|".join(re.escape(f) for f in sorted(usable, key=lambda f: (-len(f), f)))
        + r")(?![\w\-])"
        r"(?!\s+[A-Z][a-z])"
    )
    for a in story.articles:
        taken = sorted((m.start, m.end) for m in a.mentions)
        text = a.article.text
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in taken):
                continue
            before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30) : start])
            # "But Cheeks' return": a capitalised function word opens a sentence, not a name.
            if before and before.group(1).lower() in STOP_WORDS:
                before = None
            if before and not re.search(
                r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?|" + "|".join(t.title() for t in TITLES) + r")\s+$",
                text[max(0, start - 30) : start],
            ):
                continue  # part of a longer capitalised name the NER did not tag
            root = usable[match.group(1)]
            m = titled(a.article.id, text, start, end, vote(groups[root]), taken)
            m.sentence = a.sentence_index(m.start)
            groups[root].append(m)
