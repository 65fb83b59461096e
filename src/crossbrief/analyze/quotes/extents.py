"""How far reported content runs past what the parser puts under its cue: over a clause
coordinated with the reporting verb, what the verb governs after its object, clauses of
reason or condition and phrases a comma adds; an 'as' phrase after the object."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from crossbrief.analyze.quotes.hedges import SEEM_VERBS
from crossbrief.analyze.quotes.lexicon import (
    CLAUSE_MARKS,
    FORM_TO_BASE,
    MORE_PREPS,
    REASONS,
    is_reporting,
)


def is_stance(verb: Any) -> bool:
    """Any verb with a that-clause ("decided that", "made clear that"): the clause is what
    its subject holds or says. Not a verb of seeming: 'it seems that' is the writer's hedge;
    nor "be" ('It's whether he can win', 'The question is whether'): no one holds that."""
    if verb.pos_ != "VERB" or verb.lower_ in SEEM_VERBS or verb.lower_ in _BE_FORMS:
        return False
    for c in verb.children:
        if c.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ in CLAUSE_MARKS for g in c.children
        ):
            return True
    return False


_BE_FORMS = frozenset({"be", "is", "was", "are", "were", "been", "being", "'s", "’s", "'re", "’re"})


def run_on(verb: Any, comp: Any) -> Any:
    """The last clause a reported clause runs on to: one coordinated with the reporting
    verb after it that has a subject of its own and reports nothing itself ('said the pier
    was shut, but the ferry still ran'; not 'said X and Kim agreed', not 'said X and left')."""
    last = comp
    doc = verb.doc
    opening = doc[max(comp.left_edge.i - 1, 0) : comp.left_edge.i + 1]
    if any(t.is_quote for t in opening):
        return last  # a direct quote's words are their own line
    for c in verb.rights:
        if c.i <= last.right_edge.i or c.dep_ != "conj":
            continue
        own = any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in c.children)
        that = any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)
        quotes = any(t.is_quote for t in c.subtree)  # a direct quote is its own line
        if (own or that) and not quotes and not is_reporting(c) and not is_stance(c):
            last = c
    return last


def rest_of(verb: Any, after: int) -> list[Any]:
    """What a verb governs after its object up to a comma or a coordinated verb: phrases
    and to-clauses that say more of what was said or done ('refers to the islands as
    bases', 'announced a concert in support of Lee', 'decried calls to ban it'), not a
    clause opened by 'when' or 'because'. A list goes on past its commas ('concerns over
    the toll, the fares and the pier'), as do bare infinitives sharing a to-clause's 'to'
    ('urged them to cut the toll, fix the pier and ...') and an adjective of degree ('as
    the candidate most likely to ...')."""
    out = []
    rights = list(verb.rights)
    for k, c in enumerate(rights):
        if c.i <= after:
            continue
        if c.dep_ == "cc" or (c.dep_ == "punct" and c.is_quote):
            # A quote mark the parser hangs on the verb opens or closes words it still
            # governs ('likened the toll "to a tax"'): no break, unlike a comma.
            continue
        if c.dep_ == "conj" and c.pos_ in _SECOND:
            # A verb has no nouns or prepositions for conjuncts: the parser hung a second
            # object on it ('lambasted Ostrel and Marrow', 'sees them as a burden and
            # as rivals').
            out.append(c)
            continue
        if c.dep_ == "conj" and _wh_clause(c) and k > 0 and rights[k - 1].dep_ == "cc":
            # 'asked about the protests and whether she would join them', 'talked about the
            # border and how ...': a question coordinated with the object is a second one.
            out.append(c)
            continue
        then = [(t.dep_, t.pos_ in _SECOND) for t in rights[k + 1 : k + 3]]
        if c.dep_ == "punct" and then == [("cc", False), ("conj", True)]:
            continue  # 'asked for a show of hands, and then a recount'
        if c.dep_ == "punct" and c.text == "," and then[:1] == [("conj", True)]:
            continue  # 'voiced concerns over the toll, the fares and the pier': a list
        if c.dep_ == "punct" and c.text == "," and _shares_to(rights[k + 1 :], rights):
            continue
        if c.text == "," and k > 0 and _closes_aside(c, rights[k - 1]):
            continue  # 'accused Lee, who runs the board, of hiding costs': the aside's comma
        if _shares_to([c], rights):
            # 'urged the council to cut the toll, fix the pier and ...': a bare
            # infinitive after a to-clause shares its 'to', not the verb's tense
            out.append(c)
            continue
        if c.dep_ in {"punct", "conj"}:
            break
        if c.dep_ == "npadvmod" or (
            c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_ not in _WH | {"when"}
        ):
            # 'sees the schedule farther ahead as friendly', 'proposed a levy last year on
            # polluters': an adverb between the object and what follows does not end the
            # content (nor, with nothing after it, join it).
            continue
        if c.dep_ in {"prep", "xcomp", "oprd", "dative"} or (
            c.dep_ == "advcl"
            and (
                not any(
                    g.dep_ in {"mark", "advmod"} and g.i < c.i and g.lower_ not in _DEGREE
                    for g in c.children
                )
                or _as_predicate(c)
            )
        ):
            out.append(c)
        else:
            break
    return out


_SECOND = frozenset({"NOUN", "PROPN", "ADP"})
# Adverbs of degree on an adjective after the object ('the candidate most likely to win'):
# no subordinator, the adjective still says what the object is.
_DEGREE = frozenset({"most", "more", "less", "least", "very", "so", "too"})
# Words opening an indirect question ("whether she would", "how many can"); not "when",
# which as often says when the verb's act took place.
_WH = frozenset({"whether", "if", "how", "why", "what", "who", "which", "where"})


def _closes_aside(comma: Any, obj: Any) -> bool:
    """The comma closes a relative clause or an apposition set off by a comma on the object
    right before it ('accused Lee, who runs the board, of ...'): it pairs with the comma
    that opened the aside, so what the verb governs goes on after it."""
    if obj.dep_ not in {"dobj", "dative"} or obj.right_edge.i != comma.i - 1:
        return False
    doc = comma.doc
    return any(
        g.dep_ in {"relcl", "appos"} and g.i > obj.i and doc[g.left_edge.i - 1].text == ","
        for g in obj.children
    )


def _shares_to(rest: list[Any], rights: list[Any]) -> bool:
    """The next of ``rest`` is a bare infinitive coordinated after a to-clause of the verb
    (in ``rights``, its right dependents: 'urged the council to cut the toll, fix the pier
    and ...'): it shares that 'to', not the reporting verb's tense, so it is more of the
    content."""
    return bool(
        rest
        and rest[0].dep_ == "conj"
        and rest[0].tag_ == "VB"
        and any(
            t.dep_ == "xcomp" and t.i < rest[0].i and any(g.lower_ == "to" for g in t.children)
            for t in rights
        )
    )


def _wh_clause(clause: Any) -> bool:
    """A clause opened by 'whether', 'if' or a wh-word (an indirect question)."""
    first = clause.left_edge
    return clause.pos_ in {"VERB", "AUX"} and first.lower_ in _WH and first.i < clause.i


def _as_predicate(clause: Any) -> bool:
    """'described the town as plagued by floods', 'sees Lee as more prepared': an 'as'
    phrase with no subject of its own says what the object is held to be, not when."""
    opener = clause.doc[clause.left_edge.i]
    return opener.lower_ == "as" and not any(
        g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in clause.children
    )


def said_why(verb: Any, after: int) -> list[Any]:
    """Clauses of reason or condition the parser hangs on the reporting verb right after
    its content ('say he would look better if he ate more', 'condemned the plan because it
    ...'), and a phrase after a comma that adds to it ('cited attacks, including one on
    ...', 'said it was peanuts, compared to ...', a participle continuing a list: 'supported
    closing the pier, limiting the ferries'): part of what was said, not of the saying. A
    participle that is a cue itself ('said X, adding ...') is its own attribution."""
    out = []
    doc = verb.doc
    for c in verb.rights:
        if c.dep_ not in {"advcl", "prep"} or c.left_edge.i <= after:
            continue
        gap = doc[after + 1 : c.left_edge.i]
        # A closing quote mark may sit between ('is "peanuts," compared to ...').
        if any(t.text != "," and not (t.is_quote and t.i <= after + 2) for t in gap):
            break
        first = c.left_edge
        last = after
        while last > 0 and doc[last].is_quote:
            last -= 1  # 'is "peanuts," compared to': the comma inside the closing mark
        after_comma = bool(gap) or doc[last].text == ","
        participle = (
            c.dep_ == "advcl"
            and first.i == c.i
            and c.tag_ in {"VBG", "VBN"}
            and after_comma
            and not is_reporting(c)
            and c.lower_ not in FORM_TO_BASE  # 'said X, hitting Kim on taxes': an act of its own
        )
        if c.dep_ == "advcl" and first.lower_ not in REASONS and not participle:
            break
        if c.dep_ == "prep" and (first.lower_ not in MORE_PREPS or not after_comma):
            break
        if any(t.is_quote for t in c.subtree):
            break
        out.append(c)
        after = c.right_edge.i
    return out


def before_own_act(clause: Any) -> Any:
    """The last token of a reported clause with a modal ('would', 'could') before a
    past-tense verb the parser coordinates with it ('said talks would be held in Oslo and
    demanded a truce'): that verb cannot share the modal, so it is the speaker's own act,
    not what was said. None when there is no such verb."""
    if not any(g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children):
        return None
    for c in clause.rights:
        if (
            c.dep_ == "conj"
            and c.tag_ == "VBD"
            and not any(g.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for g in c.children)
        ):
            end = c.doc[c.left_edge.i - 1]
            while end.i > clause.i and (end.is_punct or end.dep_ == "cc"):
                end = end.doc[end.i - 1]
            return end
    return None


def before_aside(clause: Any) -> Any:
    """The last token of a reported clause before a dash that opens a noun phrase closing
    it ('said 40 boats were lost - the first time the port has given a figure'): the
    writer's comment on the report, not what was said. None when there is none."""
    rights = list(clause.rights)
    for dash, noun in pairwise(rights):
        if (
            dash.text in _DASHES
            and noun.dep_ in {"npadvmod", "appos"}
            and noun.pos_ == "NOUN"
            and noun.right_edge.i >= clause.right_edge.i
            and not any(t.text in _DASHES for t in noun.subtree)
        ):
            end = clause.doc[dash.i - 1]
            return end if end.i > clause.left_edge.i else None
    return None


_DASHES = frozenset({"-", "–", "—", "--"})


# Finite auxiliaries that open a verb phrase ('could encourage', 'are addressed').
_FINITE_AUX = frozenset({"MD", "VBP", "VBZ", "VBD"})
_ASIDE_WORDS = frozenset({"who", "which", "whose", "such"})


def verb_after_aside(verb: Any, right: Any) -> Any:
    """The verb a noun in the content has for its own after an aside set off by commas ('said
    harsh tactics, like keeping crews hungry, could encourage fights', 'until their concerns,
    including ..., are addressed'), which the parser hung on the reporting verb with no
    subject: its first right dependent after ``right`` (the content's last token), or the
    root the cue's clause hangs on there, a verb opened by a finite auxiliary right after a comma, where the comma before pairs with one
    after a noun that opens an aside ('including', 'like', 'who'). None otherwise."""
    doc = verb.doc
    late = next((c for c in verb.rights if c.i > right.i and c.dep_ != "punct"), None)
    if verb.dep_ == "ccomp" and verb.head.i > right.i:
        late = verb.head  # the parser made that verb the root, the cue its clause
    dep = {"conj", "advcl", "ROOT"}
    if late is None or late.dep_ not in dep or late.pos_ not in {"VERB", "AUX"}:
        return None
    if any(g.dep_ in {"nsubj", "nsubjpass", "expl"} for g in late.children):
        return None
    aux = [
        g
        for g in late.children
        if g.dep_ in {"aux", "auxpass"} and g.i < late.i and g.tag_ in _FINITE_AUX
    ]
    if not aux or doc[aux[0].i - 1].text != ",":
        return None
    opening = next((t for t in reversed(doc[verb.i + 1 : aux[0].i - 1]) if t.text == ","), None)
    if opening is None or doc[opening.i - 1].pos_ not in {"NOUN", "PROPN"}:
        return None
    first = doc[opening.i + 1]
    aside = first.pos_ == "ADP" or first.tag_ == "VBG" or first.lower_ in _ASIDE_WORDS
    return late if aside else None


def clause_after_aside(verb: Any, right: Any) -> Any:
    """The reported clause's own verb after an aside set off by commas, hung by the parser on
    the cue or on a verb above it ('announcing the rule, adding up to a curfew, would
    be set by courts': "imposed" hangs on the sentence's root): what
    ``verb_after_aside`` finds from the cue or any verb it hangs on; None when there is
    none."""
    doc = verb.doc
    for host in (verb, *verb.ancestors):
        late = verb_after_aside(host, right)
        aside = next((c for c in host.rights if c.i > right.i and c.dep_ != "punct"), None)
        if (
            late is None
            and aside is not None
            and aside.tag_ == "VBG"
            and doc[right.i + 1].text == ","
        ):
            late = verb_after_aside(host, aside.right_edge)  # the aside hung on it too
        if late is not None:
            return late
    return None


_JOINING = frozenset({"but", "and", "or", "yet"})


def content_end(verb: Any, end: Any) -> Any:
    """The last token of a reported clause ending at ``end``, carried on past a cut the
    parser made: a clause after an aside (``clause_after_aside``), or the words after a
    conjunction the clause ends on ('said fares had fallen but not by much', "not by
    much" hung on the cue), which finish the claim and may reverse it; a conjunction
    opening the speaker's next act ("but noted that ...") is left out."""
    late = clause_after_aside(verb, end)
    if late is not None:
        return late.right_edge
    if end.lower_ in _JOINING and end.dep_ == "cc" and end.i > 0:
        rest = [c for c in verb.rights if c.i > end.i and c.dep_ not in {"punct", "cc"}]
        if (
            rest
            and rest[0].left_edge.i == end.i + 1
            and not any(c.pos_ in {"VERB", "AUX"} for c in rest)
        ):
            return max(c.right_edge for c in rest)
        # 'say it is too early but noted that ...': the speaker's next act, not the claim's
        before = end.doc[end.i - 1]
        return end if before.i == verb.i else before
    return end
