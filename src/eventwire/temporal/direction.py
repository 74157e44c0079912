"""Which way an underspecified date points, read from the clause's tense and modality.

A bare weekday, month or year-less date in news is almost always the most recent
one (publication day included); future tense, modal "will", "is to", infinitives
under "scheduled / due / expected / plan", present progressives ("is visiting on
Tuesday"), plain present of a non-reporting verb ("meet Monday") and cues such as
"as soon as", "until", "by" turn it forward. Returns ``"past"``, ``"future"`` or
``None`` when the expression is not attached to a verb (callers then take the
nearest occurrence, or for weekdays the most recent).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
# Verbs and adjectives whose complement (or whose own date) lies ahead, whatever
# their tense: "has scheduled a news conference Thursday", "is due to arrive".
FUTURE_LEMMAS = {
    "schedule", "due", "expect", "plan", "set", "intend", "slate", "poise", "arrange",
    "upcoming", "forthcoming", "likely", "prepare", "aim", "hope", "want", "propose",
    "agree", "decide", "promise", "vow", "pledge", "threaten", "seek", "effective",
}
# Verbs that move a deadline: the date after "to / until / through" is the new one,
# ahead of the report ("the offer was extended to Nov. 16").
_EXTENSION_LEMMAS = {"extend", "postpone", "delay", "defer", "push", "move", "reschedule",
                     "adjourn", "prolong", "renew"}
_EXTENSION_PREPS = {"to", "until", "till", "through", "into"}
_STRONG_FUTURE = {"schedule", "plan", "slate", "due", "set", "arrange", "upcoming"}
REPORTING = {"say", "tell", "announce", "report", "state", "claim", "add", "note", "confirm",
             "deny", "reveal", "disclose", "insist", "warn", "write", "quote", "declare"}
_FUTURE_CUES = {("as", "soon", "as"), ("as", "early", "as"), ("no", "later", "than"),
                ("until",), ("till",), ("by",), ("ahead", "of")}
_VERBAL = {"VERB", "AUX"}
_PAST_MODIFIERS = {"last", "previous", "former", "recent", "earlier", "past"}
_FUTURE_MODIFIERS = {"next", "upcoming", "coming", "planned", "forthcoming", "future"}
# Verbs whose past tense is spelled like the present: a "VBP" reading of "hurt" or
# "cut" with no auxiliary is as likely a past tense the tagger missed.
_SAME_PAST = {"hurt", "cut", "set", "put", "hit", "cost", "let", "shut", "split", "spread",
              "shed", "bid", "bet", "quit", "cast", "burst", "upset", "read", "beat"}


def _span_root(doc: Doc, start: int, end: int) -> Token:
    for i in range(start, end):
        tok = doc[i]
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            return tok
    return doc[end - 1]


def governing_verb(doc: Doc, start: int, end: int) -> Token | None:
    """The verb the expression attaches to directly or through one preposition."""
    root = _span_root(doc, start, end)
    tok = root.head
    if tok.i == root.i:
        return None
    if tok.pos_ == "ADP" and tok.head.i != tok.i:
        tok = tok.head
    if tok.pos_ in _VERBAL or (tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "ROOT", "amod")):
        return tok
    return None


def _aux_words(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def tense_direction(verb: Token) -> str | None:
    """past / future / None for one verb, from its auxiliaries, tag and lemma."""
    auxes = _aux_words(verb)
    lows = {a.lower_ for a in auxes}
    if lows & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.lemma_ in _STRONG_FUTURE and (verb.lemma_ != "set" or _sets_a_date(verb)):
        return None if "had" in lows else "future"  # "had scheduled it for Friday": unsure
    if "to" in lows or (verb.tag_ == "VB" and not auxes):
        return _infinitive_direction(verb)
    if verb.pos_ == "ADJ":
        return "future" if verb.lemma_ in FUTURE_LEMMAS else None
    if verb.tag_ == "VBG" and any(a.tag_ in ("VBP", "VBZ") for a in auxes):
        return "future"  # "is visiting on Tuesday"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ in ("VBP", "VBZ") and not auxes:
        if verb.tag_ == "VBP" and verb.lower_ in _SAME_PAST:
            return None
        return "past" if verb.lemma_ in REPORTING else "future"  # "meet Monday"
    return None


def _infinitive_direction(verb: Token) -> str | None:
    """An infinitive points forward under "scheduled / due / is to", else takes the
    tense of the finite verb it complements; outside an xcomp chain it says nothing."""
    for _ in range(4):
        head = verb.head
        if head.i == verb.i:
            return "future"
        if head.lemma_ in FUTURE_LEMMAS or head.lemma_ == "be":
            # A plan reported in the past perfect ("had been scheduled to expire
            # Friday", "had been due to") was overtaken: no longer a pointer ahead,
            # so the nearest occurrence (for a weekday, the most recent).
            if _past_perfect(head):
                return None
            if head.lemma_ == "be" and head.tag_ == "VBD" and verb.dep_ not in ("xcomp", "ccomp"):
                return None  # "the countries to accede on Friday were ...": no plan
            return "future"
        if verb.dep_ not in ("xcomp", "ccomp"):
            return None
        if head.pos_ in _VERBAL:
            shallow = _finite_direction(head)
            if shallow is not None:
                return shallow
        verb = head
    return None


def _sets_a_date(verb: Token) -> bool:
    """"set for Friday", "set Friday as the deadline", "set to expire": a plan, not
    "the record set on Aug. 6"."""
    return any(
        (ch.dep_ == "prep" and ch.lower_ in ("for", "as")) or ch.dep_ in ("xcomp", "dobj")
        for ch in verb.children
    )


def _past_perfect(tok: Token) -> bool:
    """``tok`` (or the copula it hangs from: "had been due") carries "had"."""
    for t in (tok, tok.head):
        if any(a.lower_ == "had" for a in _aux_words(t)):
            return True
        if t.dep_ not in ("acomp", "xcomp"):
            break
    return False


def _finite_direction(verb: Token) -> str | None:
    auxes = _aux_words(verb)
    if {a.lower_ for a in auxes} & FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return "past"
    return None


def _cue_before(doc: Doc, start: int) -> tuple[str, ...] | None:
    for cue in _FUTURE_CUES:
        n = len(cue)
        if start - n >= 0 and tuple(doc[i].lower_ for i in range(start - n, start)) == cue:
            return cue
    return None


_PAST_OK_CUES = {("until",), ("till",), ("by",)}


def direction(doc: Doc, start: int, end: int) -> str | None:
    """Direction for the time expression at tokens ``start:end``."""
    root = _span_root(doc, start, end)
    if root.dep_ == "conj" and root.head.i < start and root.head.pos_ in ("PROPN", "NOUN"):
        # "on Thursday or Friday": the second date goes the way of the first
        return direction(doc, root.head.i, root.head.i + 1)
    if start > 0 and doc[start - 1].lower_ == "since":
        return "past"  # "on patrol since March": a starting point behind us
    cue = _cue_before(doc, start)
    if cue is not None:
        # "Until Thursday, they had not called him", "had filed reports by Wednesday":
        # a deadline in a past-perfect clause is behind us ("gave him until
        # November" may still lie ahead).
        if cue in _PAST_OK_CUES:
            verb = governing_verb(doc, start, end)
            if verb is not None and any(a.lower_ == "had" for a in _aux_words(verb)):
                return "past"
        return "future"
    # A noun the expression modifies may say it: "his last talks in February".
    head = doc[end - 1].head
    if head.pos_ in ("NOUN", "ADP"):
        noun = head.head if head.pos_ == "ADP" else head
        for child in noun.children:
            if child.dep_ == "amod" and child.lower_ in _PAST_MODIFIERS:
                return "past"
            if child.dep_ == "amod" and child.lower_ in _FUTURE_MODIFIERS:
                return "future"
    verb = governing_verb(doc, start, end)
    if verb is None:
        # Not attached to a verb ("a mission in December"): a main verb in the
        # future tense still carries the sentence forward.
        root = doc[start].sent.root
        if root.pos_ in _VERBAL and {a.lower_ for a in _aux_words(root)} & FUTURE_AUX:
            return "future"
        return None
    prep = _span_root(doc, start, end).head
    if (
        prep.pos_ == "ADP"
        and prep.lower_ in _EXTENSION_PREPS
        and verb.lemma_ in _EXTENSION_LEMMAS
        and not _past_perfect(verb)
    ):
        return "future"  # "was extended to Nov. 16", "delayed until March"
    return tense_direction(verb)
