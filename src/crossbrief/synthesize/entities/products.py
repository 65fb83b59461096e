"""Products the NER tags organisations: a device's or a service's name ("the Velpod", "Orlatunes")
is tagged ORG as its maker's would be, and the panel then lists a product as a firm. Read
from the words around it, not from a list of brands: a name that people own or use ("Velpod
owners", "users of Orlatunes"), that comes in versions or sells ("a version of Orlatunes",
"sales of the Velpod"), or that one buys as a thing ("bought a Velpod.") is a product.

A firm is written so too ("Orvex users", now and then), so a name the story also writes as a
firm is left as it is: after a firm's noun ("the firm Orvex"), before a verb of saying or a
firm's word ("Orvex said", "Orvex's chief", "Orvex shares"), or with a legal form ("Orvex
Inc")."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.story import Story

# People who own or use it, right after the name ("Velpod owners").
_USERS_AFTER = re.compile(r"[ \t]+(?:owners|users)\b")
# Right before it: its versions (a determiner's or a plain adjective's: "a Broadway version
# of" or "a film version of" adapts a work), sales, owners or users ("a version of Orlatunes", "sales of the Velpod"), or an article or an owner's pronoun before a name ending its clause ("bought
# a Velpod.", "got their Velpod,"), a thing one has.
_PRODUCT_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|new|latest|first|next|earlier|older|test|free|cheaper|updated"
    r"|counterfeit|fake|legal)[ \t]+versions?|\b(?:sales|owners|users|buyers))"
    r"[ \t]+of[ \t]+(?:the[ \t]+|their[ \t]+)?$"
)
# What may follow a product's name after "of": the end of its phrase, or a word that is no
# noun it qualifies ("a version of Orlatunes for phones"; not "of Orla's opera", "of the
# Orla reality show", a work's or a maker's).
_PHRASE_END = re.compile(
    r"[ \t]*(?:[.,;:?!)]|$)|[ \t]+(?:for|with|to|in|on|will|would|is|was|has|had|and|or)\b"
)
_THING_BEFORE = re.compile(r"\b(?:an?|their|his|her|my|your)[ \t]+$")
# A sentence's end right after it ("bought a Velpod."): a comma may go on with a list of
# titles or bodies ("his Orla, Velmora and Kestow titles", "a Velmora or an Orvex, she said").
_CLAUSE_END = re.compile(r"[.?!]")
# A firm's words: a noun of a firm before it, a verb of saying, a firm's office, shares or a
# legal form after it.
_FIRM_BEFORE = re.compile(
    r"\b(?:firm|company|maker|makers|group|giant|rival|rivals|operator|provider|developer"
    r"|manufacturer|retailer)[ \t]+$"
)
_FIRM_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:said|says|announced|reported|chief|boss|executive|spokesman"
    r"|spokeswoman|shares|profits?|revenues?|staff|employees|founder|Inc|Corp|Ltd|plc)\b"
)


def retype_products(story: Story, nodes: dict[str, KeyGroup]) -> None:
    """Type PRODUCT every mention of a name tagged an organisation that the story writes at
    least once as a product (owned, used, in versions, sold, bought) and never as a firm."""
    bodies: dict[str, str] = {}
    for node in nodes.values():
        if node.type != "ORG":
            continue
        if not bodies:
            bodies = {a.article.id: a.article.text for a in story.articles}
        if not any(_as_product(bodies[m.article], m) for m in node.mentions):
            continue
        if any(_as_firm(bodies[m.article], m) for m in node.mentions):
            continue
        for m in node.mentions:
            m.type = "PRODUCT"
        node.changed()


def _as_product(body: str, m: StoryMention) -> bool:
    """Whether the words around a mention make it a product."""
    before = max(0, m.start - 30)
    return bool(
        _USERS_AFTER.match(body, m.end)
        or (_PRODUCT_BEFORE.search(body, before, m.start) and _PHRASE_END.match(body, m.end))
        or (_THING_BEFORE.search(body, before, m.start) and _CLAUSE_END.match(body, m.end))
    )


def _as_firm(body: str, m: StoryMention) -> bool:
    """Whether the words around a mention make it a firm."""
    return bool(
        m.speaks
        or _FIRM_BEFORE.search(body, max(0, m.start - 20), m.start)
        or _FIRM_AFTER.match(body, m.end)
    )
