"""Event-time linking: which time expression governs an event, and its date span.

An expression governs an event when, walking up the parse from the expression,
one reaches the event's trigger or one of its argument heads without leaving the
clause ("arrive in Vladivostok next Tuesday", "in May last year invited"). A
nominal trigger also takes the expression of the verb it is an argument of
("the visit next week comes ..."). A duration joined to a date ("for three days
from Wednesday next week") turns the date into a span. With no governing
expression the event gets the publication day (``basis: publication``), else
nothing (``basis: unknown``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ..mentions import EventDate, EventMention, TimexMention
from .values import value_range

# Dependency labels that open a new clause: an expression above them is not ours.
_CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "acl", "xcomp", "csubj", "parataxis", "conj"}
_MAX_CLIMB = 8
# Words that open a subordinate clause ("since", "after failing ...").
_SUBORDINATORS = {"since", "after", "before", "when", "while", "whenever", "once", "until",
                  "till", "because", "as", "if", "unless", "although", "though", "whereas",
                  "upon", "despite", "without", "following"}
_VERBAL = {"VERB", "AUX"}
# Nouns naming an occasion: its relative clause tells when an event at it happens.
OCCASION_NOUNS = frozenset(
    "summit forum conference meeting talks talk session ceremony election vote referendum "
    "visit trip tour congress convention assembly rally festival games match "
    "negotiation negotiations hearing trial inauguration parade exercise drill".split())
_DURATION_DAYS = re.compile(r"^P(\d+)([DWMY])$")
_END_PREPS = {"until", "till", "til"}
_PREMODIFIER_DEPS = {"compound", "amod", "nummod", "poss", "nmod"}
# Words of a bare clock time ("at 2am local time"): it tells the hour, not the day.
_CLOCK_WORDS = {"am", "pm", "a.m.", "p.m.", "a.m", "p.m", "noon", "midnight", "midday",
                "local", "time", "gmt", "utc", "o'clock", "around", "about", "roughly",
                "just", "after", "before", "at", "shortly"}


def _root_of(doc: Doc, t: TimexMention) -> Token:
    for i in range(t.start, t.end):
        tok = doc[i]
        if not (t.start <= tok.head.i < t.end) or tok.head.i == tok.i:
            return tok
    return doc[t.end - 1]


def _subordinate(tok: Token) -> bool:
    """Does ``tok`` head a subordinate clause with its own verb and time?

    "since North Korea opened talks last year" (advcl with a subordinator),
    "after failing to get relief ... in February" (a clause under a subordinating
    preposition), "said that he would visit in May" (a finite complement with its
    own subject): an expression inside tells that clause's time, not the time of
    the event above it.
    """
    dep = tok.dep_
    if dep == "advcl":
        return any(
            c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ in _SUBORDINATORS)
            for c in tok.children
        )
    if dep == "pcomp":
        return tok.pos_ in ("VERB", "AUX") and tok.head.lower_ in _SUBORDINATORS
    if dep in ("ccomp", "csubj"):
        return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)
    return False


def _distance(doc: Doc, t: TimexMention, own: set[int], targets: set[int]) -> int | None:
    """Steps from the expression up to an event token, None when it is not ours.

    ``own`` are the trigger's tokens, ``targets`` those plus the argument heads and
    the governing verb. A relative clause may date only the noun it modifies when
    that noun is the trigger ("the talks, which were held in February") or an
    argument naming an occasion ("attend a forum to be held on April 25-27"), never
    another argument ("Russia, which ... in 2012, has expressed").
    """
    tok = _root_of(doc, t)
    if tok.dep_ == "pobj" and tok.head.lower_ in _END_PREPS:
        return None  # "delayed the election until June": an end point, not the act's time
    if tok.dep_ in _PREMODIFIER_DEPS and _in_actor(doc, tok.head.i):
        return None  # "Biden's 2008 Senate opponent": a time that describes an actor
    for step in range(1, _MAX_CLIMB + 1):
        if tok.head.i == tok.i or _subordinate(tok):
            return None
        if tok.dep_ == "relcl":
            head = tok.head
            if head.i in own or (head.i in targets and head.lemma_.lower() in OCCASION_NOUNS):
                return step  # "attend a forum (which is) to be held on April 25-27"
            return None
        crossing = tok.dep_ in _CLAUSE_DEPS
        tok = tok.head
        if tok.i in targets:
            return step
        if crossing:
            return None
    return None


def _event_tokens(doc: Doc, event: EventMention) -> tuple[set[int], set[int]]:
    """The trigger's own tokens, and those plus the tokens that stand for the event.

    Argument heads count when nominal; a verb given as an argument heads a clause
    of its own ("reach out ... after failing to get relief ... in February").
    """
    own = set(range(event.trigger_start, event.trigger_end)) | {event.head}
    tokens = set(own)
    tokens |= {i for i in event.arg_heads if 0 <= i < len(doc) and doc[i].pos_ not in _VERBAL}
    head = doc[event.head]
    # A nominal trigger is dated by the verb it belongs to ("the visit comes Tuesday").
    if head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        tokens.add(head.head.i)
    return own, tokens


def _is_date(t: TimexMention) -> bool:
    return t.type in ("DATE", "TIME") and t.value[:1].isdigit() or "X" in t.value[:4]


def _add_duration(start: str, duration: str) -> str | None:
    m = _DURATION_DAYS.match(duration)
    if not m:
        return None
    n, unit = int(m.group(1)), m.group(2)
    days = n * {"D": 1, "W": 7}.get(unit, 0)
    if not days or n > 3660:
        return None
    return (date.fromisoformat(start) + timedelta(days=days - 1)).isoformat()


def date_from_timex(t: TimexMention, published: date | None) -> EventDate:
    """The contract date of one governing expression."""
    if t.value == "PRESENT_REF" and published is not None:
        day = published.isoformat()
        return EventDate(day, day, "day", "text", t.text, t)
    start, end, gran = value_range(t.value, t.end_value, t.mod)
    if start is None and end is None:
        return EventDate(None, None, gran, "unknown", t.text, t)
    return EventDate(start, end, gran, "text", t.text, t)


def publication_date(published: date | None) -> EventDate:
    """Fallback when no expression governs the event."""
    if published is None:
        return EventDate(None, None, None, "unknown")
    day = published.isoformat()
    return EventDate(day, day, "day", "publication")


def link_event(doc: Doc, event: EventMention, timexes: list[TimexMention]) -> EventDate:
    """The date of one event (see module doc)."""
    published = doc._.published
    if not timexes:
        return publication_date(published)
    sent = doc[event.head].sent
    own, targets = _event_tokens(doc, event)
    dates: list[tuple[int, int, TimexMention]] = []
    durations: list[tuple[int, TimexMention]] = []
    for t in timexes:
        if t.start < sent.start or t.end > sent.end:
            continue
        if any(t.start <= i < t.end for i in range(event.trigger_start, event.trigger_end)):
            continue
        dist = _distance(doc, t, own, targets)
        if dist is None:
            continue
        if t.type == "DURATION":
            durations.append((dist, t))
        elif t.type in ("DATE", "TIME") and t.value not in ("PAST_REF", "FUTURE_REF"):
            dates.append((dist, abs(t.start - event.head), t))
    host = time_host(doc[event.head]) if not dates else None
    if host is not None:
        for t in timexes:
            if t.start < sent.start or t.end > sent.end or t.type not in ("DATE", "TIME") \
                    or t.value in ("PAST_REF", "FUTURE_REF"):
                continue
            dist = _distance(doc, t, {host.i}, {host.i})
            if dist is not None:
                dates.append((dist, abs(t.start - host.i), t))
    if not dates:
        fronted = _fronted_date(doc, sent, timexes)
        if fronted is not None and event.modality in ("asserted", "negated") \
                and not _in_complement(doc[event.head]):
            return date_from_timex(fronted, published)
        return publication_date(published)
    # A specific date before "now" ("On Friday ... Fields, now 22, was sentenced"), and a
    # day before a bare hour ("at roughly 2am local time on Friday").
    dates.sort(key=lambda d: (d[2].value == "PRESENT_REF", _bare_clock(doc, d[2]), d[0], d[1]))
    best = dates[0][2]
    result = date_from_timex(best, published)
    if result.start and result.start == result.end and durations:
        # "for three days from Wednesday next week": a span from the date.
        for _dist, dur in sorted(durations, key=lambda d: d[0]):
            if not _lasts(doc, dur, own):
                continue
            end = _add_duration(result.start, dur.value)
            if end:
                lo, hi = sorted((best, dur), key=lambda x: x.start)
                text = doc[lo.start:hi.end].text if hi.start - lo.end <= 3 else \
                    f"{lo.text} ... {hi.text}"
                return EventDate(result.start, end, "day", "text", text, best)
    return result


def _in_actor(doc: Doc, i: int) -> bool:
    """Is token ``i`` in a mention of a person or group ("his 2008 opponent")?"""
    return any(a.start <= i < a.end and a.kind in ("person", "group")
               and doc[a.start].pos_ != "PRON" for a in (doc._.actors or []))


def _bare_clock(doc: Doc, t: TimexMention) -> bool:
    """A clock time that names no day ("2am", "just after midnight")."""
    return t.type == "TIME" and all(
        tok.like_num or tok.lower_ in _CLOCK_WORDS or tok.is_punct
        or tok.lower_.rstrip(".").endswith(("am", "pm")) and tok.lower_[:1].isdigit()
        for tok in doc[t.start:t.end])


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in tok.children)


def time_host(tok: Token) -> Token | None:
    """The verb whose time an event verb shares, when it has no time of its own to state:
    the first of coordinated verbs with one subject ("flew to Magnitogorsk on Monday,
    observing the rescue and *visiting* the wounded"; "met Y on Monday and *signed*"),
    and the verb a participial adjunct hangs on ("acknowledged on Saturday ...,
    *blaming* human error"). None when the event verb is not such a dependent."""
    t, moved = tok, False
    for _ in range(_MAX_CLIMB):
        if t.pos_ not in _VERBAL or t.head.i == t.i or t.head.pos_ not in _VERBAL \
                or _has_subject(t):
            break
        if t.dep_ == "conj" or (t.dep_ == "advcl" and t.tag_ in ("VBG", "VBN")
                                and not _subordinate(t)
                                and not any(c.dep_ == "aux" for c in t.children)):
            t, moved = t.head, True
            continue
        break
    if not moved and tok.dep_ == "advcl" and tok.head.pos_ in _VERBAL and any(
            c.dep_ in ("advmod", "mark") and c.lower_ in ("when", "as", "while")
            for c in tok.children):
        return tok.head  # "Violence broke out on Saturday *when* thousands rallied"
    if not moved and tok.dep_ == "relcl" and any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in tok.children):
        # "met with Trump on Tuesday, *where* he denounced the agreement": the occasion's time
        n = tok.head
        while n.dep_ in ("pobj", "prep", "dobj", "conj", "appos") and n.head.i != n.i:
            n = n.head
            if n.pos_ in _VERBAL:
                return n
    return t if moved else None


def _lasts(doc: Doc, dur: TimexMention, own: set[int]) -> bool:
    """Does the duration tell how long the event lasts ("for three days", "a two-day
    visit"), not how far another time lies ("seven days before the deadline")?"""
    root = _root_of(doc, dur)
    if root.dep_ == "pobj" and root.head.lower_ == "for":
        return True
    return root.dep_ in ("amod", "compound") and root.head.i in own


def _in_complement(tok: Token) -> bool:
    """Is the token inside a clausal complement ("said they had arrested ...",
    "announced that ... will withdraw")? A report's date is not the reported act's."""
    while tok.head.i != tok.i:
        if tok.dep_ in ("ccomp", "csubj"):
            return True
        tok = tok.head
    return False


def _fronted_date(doc: Doc, sent: Span, timexes: list[TimexMention]) -> TimexMention | None:
    """A date that opens the sentence and is set off by a comma ("In 2017, after the
    allegations came to light, Conyers resigned"): it sets the time of the whole
    sentence, its subordinate and coordinated clauses included."""
    start = sent.start
    for t in timexes:
        if t.start < start or t.type not in ("DATE", "TIME") or not _is_date(t):
            continue
        if t.start - start > 2 or t.end >= len(doc) or doc[t.end].text != ",":
            return None
        return t
    return None
