"""Direct and partial quotes: quoted spans with their kind, cue and speaker."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from crossbrief.analyze.quotes.afresh import fragment_goes_on, narrative_between, next_sentence
from crossbrief.analyze.quotes.animate import animate
from crossbrief.analyze.quotes.chants import chanted
from crossbrief.analyze.quotes.context import Attr, Para, make_quote
from crossbrief.analyze.quotes.cues import cue_for, from_cue, subject
from crossbrief.analyze.quotes.kinds import a_title, kind_of
from crossbrief.analyze.quotes.lexicon import (
    FORM_TO_BASE,
    LABEL,
    MARKS,
    RESUME_GAP,
    SUBJECTS,
    is_reporting,
)
from crossbrief.analyze.quotes.marks import Seg, normalise
from crossbrief.analyze.quotes.openers import (
    colon_clause,
    dash_speaker,
    from_colon,
    introduced,
    name_after,
    name_colon,
    said_before,
    says_more,
    spoke_before,
)
from crossbrief.analyze.quotes.recue import (
    addressed,
    colon_after_conjunction,
    cue_after,
    cued_run,
    here_is,
    possessed_words,
    quoted_last,
    spoken_before,
    thought_reported,
    under_cue,
    verb_then_name,
    writer_aside,
)
from crossbrief.analyze.quotes.source_before import source_before
from crossbrief.analyze.quotes.speaker_spans import phrase
from crossbrief.analyze.quotes.speakers import Names, People, resolve
from crossbrief.analyze.quotes.statements import (
    announced_before,
    announced_last,
    opens_para,
    run_start,
)
from crossbrief.analyze.quotes.trailing import (
    after_quote_subject,
    name_then_any_verb,
    name_then_verb,
    phrase_then_word,
    trailing_cue,
)
from crossbrief.model import Quote, QuoteKind

POINTING = frozenset({"this", "that", "these", "those", "it", "which"})


def direct_quotes(
    text: str, paras: Sequence[Para], segs: Sequence[Seg], people: People, names: Names
) -> list[Quote]:
    """The quotes inside quote marks, direct and partial, each with its attribution.

    A quote whose cue cannot be found inherits the attribution of the quote before it in the
    paragraph, or of the previous paragraph's quote it continues; a quote resuming right
    after the cue that split it keeps that cue; a fragment with no cue closing the sentence
    after a direct quote goes on with it; any other partial quote with no reporting verb (a
    scare quote, a title) is dropped.
    """
    normalised = normalise(text)
    quotes: list[Quote] = []
    last: Attr | None = None
    last_para = -1
    last_kind: QuoteKind = "direct"
    last_end = -1
    whole: Attr | None = None  # the last direct quote's attribution
    # The quote a continuing one goes on from was itself kept: its attribution carries on,
    # not that of a quote before it whose opening part had no speaker.
    last_seg: Seg | None = None
    prev_seg: Seg | None = None
    run_from: int | None = None  # the first quote of an open run spoken by an earlier cue
    # The last direct quotes dropped for want of a speaker: one, or paragraphs of one open
    # quote running on ('"A.' / '"B.'), each re-opened by its mark.
    unsaid: list[Seg] = []
    for seg in segs:
        before, prev_seg = prev_seg, seg
        recue = False
        para = paras[seg.para]
        span = para.tokens(seg.start, seg.end)
        if span is None or len(span) == 0:
            continue
        start, end = seg.start, seg.end
        kind = kind_of(text, seg, span, para)
        attr: Attr | None = None
        label = LABEL.match(text, start)
        if label and (seg.open_end or seg.continues or start == para.offset + 1):
            # A transcript line: 'SMITH: ...' names its speaker inside the quote.
            lab = para.tokens(label.start(1), label.end(1))
            if lab is not None:
                attr = Attr(para, None, (lab.start, lab.end), lab.root)
                start = label.end()
        if attr is None and seg.continues and last is not None and last_seg is before:
            # A quote paragraph goes on with the open quote before it, unless its own cue
            # follows it ('"...," Lee said.'): then the marks before were left unbalanced.
            own = trailing_cue(text, para, span, end)
            attr = from_cue(para, own) if own is not None else last
            recue = own is not None
        if attr is None:
            attr = chanted(para, span)  # 'The crowd broke into chants of "..."'
            if attr is not None and attr.head is None:
                continue  # chants no one is named making: not the words of anyone near
            kind = "direct" if attr is not None else kind
        if attr is None:
            attr = name_colon(text, para, seg) or from_colon(text, para, seg)
        if attr is None and kind == "direct":
            attr = possessed_words(para, span) or here_is(para, span)  # "Here is Lee: "...""
        if attr is None:
            # '"A," Lee said. "B."': B is Lee's unless its own sentence names a cue. A quote
            # on a line of its own starts afresh and may take the cue after it.
            follows = (
                kind == "direct"
                and last is not None
                and last_para == seg.para
                and "\n" not in text[last_end:start]
            )
            cue = trailing_cue(text, para, span, end)
            if (
                cue is not None
                and kind == "partial"
                and any(t.text not in MARKS and not t.is_space for t in para.doc[span.end : cue.i])
                and says_more(cue, para.quoted)
            ):
                # '"...?" asked Lee' takes its cue; in '"fix it," she also blames the board for ...'
                # the verb heads a clause of its own.
                cue = None
            if cue is None and kind == "direct":
                attr = (
                    name_then_verb(text, para, span, end)
                    or phrase_then_word(text, para, span, end)
                    or name_then_any_verb(text, para, span, end)
                )
            if cue is None and attr is None:
                cue = cue_for(para, span, kind == "direct", ahead=not follows)
                if kind == "direct" and cue is not None:
                    cue = (
                        writer_aside(para, cue)
                        or thought_reported(para, span, cue)
                        or spoken_before(para, span, cue)
                        or _nearer_speech(para, span, cue)
                    )
            if (
                cue is not None
                and cue.i >= span.end
                and last is not None
                and _resumes(text, last, last_end, start)
            ):
                # '"A," Axelrod tweeted, "b," after Lee said ...': the quote resumes right
                # after the cue that split it; a verb later in the sentence is not its cue.
                attr, kind, cue = last, "direct", None
            if cue is not None:
                attr = from_cue(para, cue)
                near = after_quote_subject(cue, span, para.quoted)
                if near is not None and attr.head is not None and attr.head.i < span.start:
                    attr = Attr(para, cue, phrase(near), near)
                if kind == "direct":
                    attr = name_after(para, span, _someone(attr))
                    attr = colon_after_conjunction(para, span, addressed(para, attr))
                if (
                    last is not None
                    and _adding(attr)
                    and next_sentence(paras, last_para, last_end, seg.para, cue)
                ):
                    # '"We lost," Lee said. Adding: "..."', also across a paragraph break:
                    # Lee goes on, cued by "Adding"; a speaker in another paragraph has no
                    # span in this one, so only the name carries over.
                    same = last.para is para
                    speaker, head = (last.speaker, last.head) if same else (None, None)
                    attr = Attr(para, cue, speaker, head, last.name)
            if (
                attr is not None
                and attr.head is None
                and attr.cue is not None
                and attr.cue.i >= span.end
                and follows
                and last is not None
                and last.head is not None
            ):
                # '"A," Lee said. "B" - and then convincing voters': a verb after the quote
                # with no subject names no new speaker; Lee goes on.
                attr = last
        if (
            kind == "partial"
            and attr is not None
            and last_kind == "direct"
            and last is not None
            and last_para == seg.para
            and _same_cue(attr, last)
        ):
            kind = "direct"  # '"That is no answer," said Lee, "but a start."': one quote
        if attr is None and kind == "direct":
            attr = colon_clause(text, para, seg)  # 'Lee had a message for Reed: "..."'
        if attr is None and kind == "direct":
            verb = said_before(para, span)
            if verb is not None:
                attr = _someone(from_cue(para, verb))
            else:
                attr = announced_before(para, span)  # 'Lee issued a statement. "..."'
        if attr is None and kind == "direct":
            # 'Holt could lose, the columnist Ivo Brenn wrote. "..."': Brenn goes on, not a
            # speaker quoted before that sentence
            prev = paras[seg.para - 1] if seg.para > 0 and opens_para(text, para, seg) else None
            attr = source_before(para, span, prev)
        if attr is None:
            attr = dash_speaker(text, paras, seg)
        if attr is None and kind == "direct" and seg.para > 0 and opens_para(text, para, seg):
            prev = paras[seg.para - 1]  # 'He told reporters:' or 'Added Lee:' then the quote
            attr = verb_then_name(prev) or introduced(prev) or announced_last(prev)
        if (
            attr is None
            and kind == "direct"
            and last is not None
            and (
                (last_para == seg.para and not narrative_between(para, last, last_end, start))
                or (last_para == seg.para - 1 and _carries(last, last_kind))
            )
        ):
            # The second half of a quote split by its cue, or a quote paragraph after one.
            attr = (last_kind == "partial" and under_cue(last, whole)) or last
        if (
            kind == "partial"
            and (attr is None or attr.cue is None or attr.head is None)
            and last is not None
            and _resumes(text, last, last_end, start)
        ):
            attr, kind = last, "direct"  # '"A," she said, "b ..."': one quote split by its cue
        if (
            attr is None
            and kind == "partial"
            and last is not None
            and last_kind == "direct"
            and last_para == seg.para
            and next_sentence(paras, last_para, last_end, seg.para, span[0])
            and fragment_goes_on(text, para, span, last_end)
        ):
            # '"It's a stitch-up," she says. It's "the oldest trick at the harbour board."':
            # a fragment with no cue of its own in the next sentence goes on with her words.
            attr, kind = last, "direct"
        if attr is None and kind == "direct" and seg.para > 0 and opens_para(text, para, seg):
            attr = quoted_last(paras[seg.para - 1])  # '..., Lee said.' then the quote
        if attr is None and kind == "direct":
            attr = spoke_before(para, span)  # 'The mayor called her plan reckless. "..."'
        if attr is None or (kind == "partial" and (attr.cue is None or attr.head is None)):
            if attr is None and kind == "direct":
                unsaid = [*unsaid, seg] if cued_run(unsaid, before, seg) else [seg]
            continue  # a scare quote, a title, or words no one is said to have said
        said = text[start:end]
        if a_title(said, para, span, attr):
            continue
        if attr is not None and attr.name is None and attr.head is not None:
            attr.name = resolve(
                attr.para, attr.speaker or (0, 0), attr.head, people, names, (start, end)
            )
        if attr is not None:
            last, last_para, last_kind, last_end = attr, seg.para, kind, end
            last_seg = seg
            whole = attr if kind == "direct" else whole
        if kind == "direct" and normalise(text[start:end]) not in normalised:
            kind = "indirect"
        if kind == "direct" and cue_after(attr, span) and cued_run(unsaid, before, seg):
            # '"A.' / '"B.' / 'C," she said.': the open paragraphs before are hers too,
            # named only by the cue that ends the quote they run on into.
            for gone in unsaid:
                quotes.append(make_quote(text, gone.start, gone.end, "direct", attr))
        quotes.append(make_quote(text, start, end, kind, attr))
        run_from = run_start(text, quotes, run_from, seg, attr, para, recue)
    return quotes


def _someone(attr: Attr) -> Attr:
    """A thing is no speaker: for 'The timing doesn't surprise pollster Ann Lee: "..."' the
    cue's object who can speak, for 'they held banners proclaiming: "..."' and 'Lee ran an ad
    that said: "..."' the one who holds it, the subject of the verb the thing (or the noun a
    relative pronoun stands for) is the object of. A thing with no one near it stays (an ad,
    a post and a report are quoted too)."""
    head, cue = attr.head, attr.cue
    if head is not None and head.tag_ in {"WP", "WDT"} and head.head.dep_ == "relcl":
        head = head.head.head  # 'released a video that said': the video
    if head is None or cue is None or head.pos_ != "NOUN" or animate(head):
        return attr
    for obj in () if is_reporting(cue) else cue.children:  # "told Reuters": the addressee
        if obj.dep_ == "dobj" and obj.i > cue.i and not attr.para.quoted[obj.i] and animate(obj):
            return Attr(attr.para, cue, phrase(obj), obj)
    verb = None
    if head.dep_ == "dobj":
        verb = head.head  # 'sent a memo saying', 'ran an ad that said'
    elif head.dep_ == "nsubj" and head.head.dep_ in {"ccomp", "xcomp"}:
        # 'will hold banners proclaiming'; but in 'Officials believe the letter stated' the
        # letter speaks and the officials only report it.
        clause = head.head
        if clause.tag_ in {"VBG", "VBN"} or not is_reporting(clause.head):
            verb = clause.head
    if verb is not None and verb.pos_ == "VERB":
        holder = subject(verb, attr.para.quoted)
        if holder is not None and animate(holder):
            return Attr(attr.para, cue, phrase(holder), holder)
    return attr


def _adding(attr: Attr) -> bool:
    """The cue is a participle with no subject that opens its sentence ('Adding, "..."'),
    so it goes on with the speaker before it."""
    cue = attr.cue
    if attr.head is not None or cue is None or cue.tag_ != "VBG":
        return False
    sent = attr.para.sent_of(cue.i)
    first = sent.start
    while first < cue.i and (attr.para.doc[first].is_punct or attr.para.doc[first].is_space):
        first += 1
    return bool(first == cue.i)


def _nearer_speech(para: Para, span: Any, cue: Any) -> Any:
    """A reporting verb between the quote and a verb that is no speech the parser hung it
    on is the quote's cue ('Salo won the backing of Quist, who declared, "..."')."""
    if is_reporting(cue):
        return cue
    lo, hi = (cue.i + 1, span.start) if cue.i < span.start else (span.end, cue.i)
    between = [
        t
        for t in para.doc[lo:hi]
        if not para.quoted[t.i] and is_reporting(t) and _said_by_someone(t, para.quoted)
    ]
    if not between:
        return cue
    return between[-1] if cue.i < span.start else between[0]


def _said_by_someone(verb: Any, quoted: bytearray) -> bool:
    """The verb, or the verb it is coordinated with, has a subject of its own that is no
    thing pointed at ('had this to say:', 'a memo explaining' have none)."""
    v = verb
    while True:
        subj = next((c for c in v.children if c.dep_ in SUBJECTS and not quoted[c.i]), None)
        if subj is not None:
            return subj.lower_ not in POINTING
        if v.dep_ != "conj" or v.head.i == v.i:
            return False
        v = v.head


def _resumes(text: str, last: Attr, last_end: int, start: int) -> bool:
    """The quote goes on right after the cue that interrupted the one before: only the cue,
    its speaker and punctuation lie between them."""
    if last.cue is None or not 0 < start - last_end <= RESUME_GAP:
        return False
    cue = last.para.offset + last.cue.idx
    if not last_end < cue < start:
        return False
    gap = text[last_end:start]
    return "\n" not in gap and gap.rstrip(" " + MARKS)[-1:] == ","


def _carries(last: Attr, kind: QuoteKind) -> bool:
    """A quote paragraph goes on with the quote before it when that was a quote, or a
    fragment someone said or told ('Lee said the plan was "a start."'), not a fragment
    under any other verb ('found guilty of "reckless steering."')."""
    if kind == "direct":
        return True
    return last.cue is not None and FORM_TO_BASE.get(last.cue.lower_) in {"say", "tell"}


def _same_cue(a: Attr, b: Attr) -> bool:
    return a.para is b.para and a.cue is not None and b.cue is not None and a.cue.i == b.cue.i
