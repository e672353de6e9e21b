"""Quotes and their speakers: spans (marks), kind (kind), cue (cues), speaker (speakers).

The pieces of a quotation that runs over paragraphs share one attribution: the cue that introduces
the stretch, else the one that closes it. A speech quote without a cue takes the attribution of the
stretch of speech it belongs to: the piece it continues, the previous quote of its paragraph, the
last quote of the paragraph before (when it opens its paragraph), a person named as the subject of
the sentence just before it, or, for a quote that is a paragraph of its own, the person who opens
the next paragraph as the speaker of its quote.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .. import segment
from ..dateline import parse_dateline
from ..model import Entity, Mention, Quote, Span
from ..segment import marks
from ..segment.marks import QuoteSpan
from .asides import those_words
from .cues import find_cue
from .forms import clause_subject
from .kind import after_label, classify, named_work, titled
from .mentions import AGENTIVE, Cue
from .names import tokens
from .speakers import Resolved, Resolver
from .turns import Attribution, answer, replied_to
from .vocab import vocab

_FILL = "\u2592"
_OPENING = 40  # characters into a paragraph its opening speaker's name may start
_NON_SPACE = re.compile(r"\S")
_COORDINATED = re.compile(r"(?:[\s,;]|\(\(?[^()]{0,20}\)\)?)*(?:and|or|but|nor|as well as)?[\s,]*")
# "argued that the majority had "…" and that states had "…"": a second clause the same verb reports
_THAT_CLAUSE = re.compile(r"[^.!?;:\u2592]*?\b(?:and|but)\s+that\b"
                          r"(?!\s+(?:is|was|has|had|will|would|could|can)\b)"  # not "and that is": a pronoun
                          r"[^.!?;:\u2592]*")

def _sentence_starts(text: str, masked: str, paragraphs: tuple[Span, ...],
                     spans: list[QuoteSpan]) -> list[int]:
    """Sentence starts in the paragraphs that hold quotes and the paragraphs just before them, cut by
    the one splitter on the masked text, where a full stop inside a quotation ends no sentence; and
    after a quotation that ends with a full stop and a capital after it (``… priorities.” A White House
    spokeswoman told us``), where the quotation's own full stop ends the writer's sentence."""
    wanted = sorted({i for q in spans for i in (q.para - 1, q.para) if i >= 0})
    starts = [p.start for p in (paragraphs[i] for i in wanted)]
    starts.extend(s.start for s in segment.sentences(masked, tuple(paragraphs[i] for i in wanted)))
    for q in spans:
        after = _NEXT_SENTENCE.match(text, q.end)
        if after is not None and text[q.start:q.end].rstrip(marks.MARKS).endswith("."):
            starts.append(after.end())
        if _CLOCK_END.search(text, max(0, q.start - 8), q.start) and text[q.start + 1:q.start + 2].isupper():
            starts.append(q.start)  # "… read out the result at 1:26 p.m. "I will govern …"": its own
    return sorted(set(starts))


_NEXT_SENTENCE = re.compile(r"[ \t]+(?=[A-Z])")
_CLOCK_END = re.compile(r"\b[ap]\.m\.[ \t]+$")  # a clock time's abbreviation ending a sentence


# "… were "watching developments" and would take steps "as necessary."", "… would be freed "in the
# coming days" if Washington showed "good intentions."": a conjunct or a condition of the clause reported
_SAME_REPORT = re.compile(r"[^.!?;:\u2592]{0,60}?\b(?:and|but|if|unless|until|once|when|because)\s"
                          r"[^.!?;:\u2592]{0,80}")


def _same_report(text: str, masked: str, prev: QuoteSpan, q: QuoteSpan) -> bool:
    """A short quote that goes on the clause the quote before it is part of, joined by a conjunction
    with no verb of saying between them: the same speaker's words, unless it is a title."""
    if _SAME_REPORT.fullmatch(masked, prev.end, q.start) is None:
        return False
    if vocab().verb_re.search(masked, prev.end, q.start) is not None:
        return False
    return not titled(text, q)


_INVERTED = re.compile(r"[\s,]*([a-z]+)\s+(?:an?|the|one|another)\s")


# "…," the rule states.: a noun phrase a determiner opens and its verb close the quote's sentence
_TAGGED = re.compile(r"[\s,]*(?:the|a|an|its|his|her|their|this|that)\s+(?:[a-z-]+\s+){0,2}[a-z]+(?:s|ed)"
                     r"\s*[.!?]")


def _said_after(masked: str, end: int) -> bool:
    """Whether a speech verb and someone described follow the quote (``"…," said a senior party
    functionary``), or a noun phrase and its verb end the sentence (``"…," the rule states.``): the
    quote's own attribution, even one not read; not the speaker before's."""
    m = _INVERTED.match(masked, end)
    return (m is not None and m.group(1) in vocab().speech_verbs) or _TAGGED.match(masked, end) is not None


def _blank(masked: str, lo: int, hi: int) -> bool:
    return _NON_SPACE.search(masked, lo, hi) is None


def _mention(text: str, span: tuple[int, int] | None) -> Mention | None:
    if span is None:
        return None
    return Mention(span[0], span[1], text[span[0]:span[1]])


def _standalone_name(masked: str, resolver: Resolver, lo: int, hi: int) -> Cue | None:
    """The speaker of a quote that stands alone after a sentence: that sentence's subject when it is
    a personal pronoun or a person's role ("She laughs.", "the Republican aide laughed."), or a
    document whose verb of saying hands over with a colon ("The letter reads in part:"), else the first
    person named in it."""
    opener = clause_subject(masked, lo, hi)  # "She laughs.", "…, the Republican aide laughed."
    v = vocab()
    words = tokens(masked, lo, hi)
    speaking = {words[i].start for i in range(len(words) - 1) if words[i + 1].low in v.speech_verbs}
    hands_over = masked[lo:hi].rstrip().endswith(":")  # Trump wrote on Twitter on Monday night:
    if opener is not None and opener.mention is not None and (
            (opener.kind == "pronoun" and opener.head in v.person_pronouns)
            or (opener.kind == "description" and opener.head in v.role_nouns)  # not "The exchange"
            or (opener.kind == "description" and opener.head in v.document_nouns and hands_over  # "The
                and any(opener.mention[0] <= at < opener.mention[1] for at in speaking))):  # letter reads:"
        return opener._replace(position="previous")
    if len(words) < 4 and not (speaking and masked[lo:hi].rstrip().endswith((":", ","))):
        return None  # a bare source line ("Peter Zimonjic.") introduces nothing; "Rathbun stated:" does
    first_words = {t.start for t in words[:12]}
    for n in reversed(list(resolver.names_before(hi, lo))):
        says = any(n.start <= s < n.end for s in speaking)
        subject = n.start in first_words or says  # X denied …
        kind = resolver.canonical(n).kind
        if subject and (kind == "person" or (hands_over and says and kind != "place")):
            return Cue(None, (n.start, n.end), "name", name=n, position="previous")
    return None


def _opening_speaker(spans: list[QuoteSpan], cues: list[Cue | None], i: int,
                     paragraphs: tuple[Span, ...]) -> Cue | None:
    """For a paragraph that is one quote without attribution: the person named at the start of the next
    paragraph as the speaker of its own quote."""
    if i + 1 >= len(spans) or spans[i + 1].para != spans[i].para + 1:
        return None
    cue = cues[i + 1]
    nxt = paragraphs[spans[i + 1].para]
    if cue is None or cue.kind != "name" or cue.mention is None or cue.name is None:
        return None
    opens = cue.mention[0] - nxt.start <= _OPENING and cue.mention[1] <= spans[i + 1].start
    return cue if opens and cue.name.kind == "person" else None


def _someone(head: str) -> bool:
    """A description's head that names a person (a role, "the 67-year-old"), not a body."""
    v = vocab()
    return head in v.role_nouns or head in v.female_words or head in v.male_words or head.endswith(AGENTIVE) \
        or head.endswith("-old")


def _new_document(text: str, cue: Cue) -> bool:
    """A document introduced with a/an (``according to a statement released Friday``): a source with
    no issuer of its own."""
    if cue.kind != "description" or cue.mention is None or cue.head not in vocab().document_nouns:
        return False
    opening = text[cue.mention[0]:cue.mention[0] + 3].lower()
    return opening == "an " or opening[:2] == "a "


def _role_only(text: str, cue: Cue) -> bool:
    """A definite description whose head is no known speaker noun (``the Democratic nominee``): a
    cue only when the article gave someone that role. Not a plural of one (``the banks``, ``the
    parties``): several of a kind that speaks, which no single named speaker before stands for."""
    if cue.kind != "description" or cue.mention is None or not cue.head:
        return False
    definite = text[cue.mention[0]:cue.mention[0] + 4].lower() == "the "
    v = vocab()
    return definite and cue.head not in v.known_heads and not cue.head.endswith(AGENTIVE) \
        and cue.head not in v.known_plurals


def _stretch_cues(spans: list[QuoteSpan], cues: list[Cue | None]) -> list[Cue | None]:
    """The cue each piece goes by: its own, else the nearest earlier cue of its stretch of speech (the
    pieces of one quotation running over paragraphs), else the nearest later one (the attribution
    that closes the stretch)."""
    out = list(cues)
    i = 0
    while i < len(spans):
        j = i + 1
        while j < len(spans) and spans[j].continues and not spans[j - 1].closed:
            j += 1
        carried: Cue | None = None
        for k in range(i, j):
            carried = cues[k] or carried
            out[k] = carried
        carried = None
        for k in range(j - 1, i - 1, -1):
            carried = cues[k] or carried
            out[k] = out[k] or carried
        i = j
    return out


def extract(
    text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...], entities: tuple[Entity, ...]
) -> tuple[Quote, ...]:
    """Every quotation of the body with its kind, cue, speaker mention, speaker and entity.

    ``sentences`` is not used: the one splitter (``segment``) cuts the sentence windows again on the
    masked text, where a full stop inside a quotation cannot end a sentence."""
    spans = marks.find(text, paragraphs)
    if not spans:
        return ()
    works = frozenset(i for i, q in enumerate(spans) if named_work(text, q))
    masked = marks.mask(text, spans, _FILL, works)
    head = parse_dateline(text)
    if head is not None and head.place is not None:  # "COLUMBUS, Ohio, Nov 21 (Buckeye Wire) -": no subject
        masked = masked[:head.start] + " " * (head.end - head.start) + masked[head.end:]
    starts = _sentence_starts(text, masked, paragraphs, spans)
    windows: list[tuple[int, int]] = []
    own: list[Cue | None] = []
    speech_end = paragraphs[spans[0].para].start  # where the search for a cue before a quote stops
    for i, q in enumerate(spans):
        para = paragraphs[q.para]
        k = bisect_right(starts, q.start) - 1
        j = bisect_right(starts, q.end)
        lo, hi = max(starts[k], para.start), min(starts[j] if j < len(starts) else para.end, para.end)
        nxt = spans[i + 1].start if i + 1 < len(spans) and spans[i + 1].para == q.para else hi
        windows.append((k, lo))
        cue = find_cue(text, masked, (q.start, q.end), (lo, min(hi, nxt)), speech_end)
        own.append(cue)
        if q.para != (spans[i + 1].para if i + 1 < len(spans) else -1):
            speech_end = paragraphs[spans[i + 1].para].start if i + 1 < len(spans) else 0
        elif classify(text, masked, q, cue, para.start) == "speech":
            speech_end = q.end  # a label or title in between does not hide the cue before it
    cues = _stretch_cues(spans, own)
    resolver = Resolver(text, masked, _FILL, entities, [p.start for p in paragraphs])
    resolved: dict[int, Resolved] = {}  # cue mention start -> who
    out: list[Quote] = []
    last: dict[int, Attribution] = {}  # paragraph -> the attribution of its last speech quote
    prev: QuoteSpan | None = None
    prev_attr: Attribution | None = None
    prev_kind = "other"
    for i, q in enumerate(spans):
        para = paragraphs[q.para]
        k, lo = windows[i]
        cue = cues[i]
        kind = classify(text, masked, q, cue, para.start)
        same_para = prev is not None and prev.para == q.para
        joined = same_para and cue is None and prev_kind == "speech" and prev is not None and (
            _COORDINATED.fullmatch(masked, prev.end, q.start) is not None
            or _THAT_CLAUSE.fullmatch(masked, prev.end, q.start) is not None
            or _same_report(text, masked, prev, q)) and not after_label(masked, q, para.start)
        if joined:
            kind = "speech"  # "dangerous" and "ideological": one list, one kind, one speaker
        attr: Attribution | None = None
        unnamed: str | None = None  # the head of its own cue, a role no one was given: only a named
        # speaker may stand for it
        if kind == "speech" and cue is not None:
            key = cue.mention[0] if cue.mention is not None else -1 - i
            if key not in resolved:
                resolved[key] = resolver.resolve(cue, q.start)
            if resolved[key].speaker is None and _role_only(text, cue):
                unnamed, cue = cue.head or "", None  # "the Democratic nominee" that no one was introduced as
            elif resolved[key].speaker is None and same_para and prev_attr is not None \
                    and prev_kind == "speech" and windows[i - 1][0] == k and _new_document(text, cue):
                cue = None  # "X said Ottawa "regrets" … and remained "…," according to a statement": X's
        if kind == "speech":
            if cue is not None:
                if cue.position != "introduced" or resolved[key].kind == "person" or cue.kind in (
                        "pronoun", "description"):  # "a senior aide … was blunt: "…"": someone described
                    attr = Attribution(cue, resolved[key])
            elif q.continues:
                attr = prev_attr  # the piece it continues
            elif same_para and q.para in last:
                attr = last[q.para]
            elif _said_after(masked, q.end):
                pass  # "…," said a senior party functionary: its own attribution, though not read
            elif q.para - 1 in last and _blank(masked, para.start, q.start):
                # the next paragraph of the same statement, or the next turn of one replied to
                alone = _blank(masked, q.end, para.end)
                turn = (replied_to(text, last, q.para) or answer(text, last, q.para, prev)) if alone else None
                attr = turn or last[q.para - 1]
            elif _blank(masked, lo, q.start) and k > 0:
                standalone = _standalone_name(masked, resolver, starts[k - 1], lo)
                if standalone is not None and (unnamed is None or _someone(unnamed)):
                    attr = Attribution(standalone, resolver.resolve(standalone, q.start))  # not "…," the
                    # force said after a sentence on a shipowner; "the 67-year-old said" after his own
                elif q.para - 1 in last and not same_para:
                    attr = last[q.para - 1]
            if attr is None and _blank(masked, para.start, q.start) and _blank(masked, q.end, para.end):
                ahead = _opening_speaker(spans, own, i, paragraphs)  # "…?"  /  X recalled, "…"
                if ahead is not None:
                    attr = Attribution(ahead, resolver.resolve(ahead, q.start))
            if attr is None and (taken_up := those_words(masked, q.end)) is not None:  # "With those words, X"
                attr = Attribution(taken_up, resolver.resolve(taken_up, q.start))
        if attr is not None and unnamed is not None and attr.who.speaker is None:
            attr = None  # "the congressman said" is not "a young man near the back" quoted before
        if attr is not None and (attr.cue is None or attr.cue.position != "chant"):  # a cry from the
            last[q.para] = attr  # crowd between a speaker's sentences does not take the floor
            resolver.remember(q.start, attr.who, attr.cue)
        prev, prev_attr, prev_kind = q, attr, kind
        c = attr.cue if attr is not None else None
        mention = _mention(text, c.mention) if c is not None else None  # "she" in "…, she said"
        out.append(Quote(
            id=f"q{i + 1}", start=q.start, end=q.end, text=text[q.start:q.end], kind=kind,
            speaker=attr.who.speaker if attr is not None and attr.who.kind != "place" else None,
            speaker_entity=attr.who.entity if attr is not None else None,
            speaker_mention=mention,
            cue=_mention(text, c.verb) if c is not None else None,
        ))
    return tuple(out)
