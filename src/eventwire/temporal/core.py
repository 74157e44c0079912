"""Grammar machinery shared by the rule modules: ``Found``, ``Ctx``, the registry.

Each rule is a pattern over the document's class string (one character per token,
see ``lexicon``) and a handler that turns the match into a TIMEX3 type, value and
mod, or rejects it (``None``). Match positions are token indices. Extents follow
TimeML: determiners and modifiers ("the", "early", "about") are inside, the
preposition that introduces the expression ("in", "on") is outside.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from .direction import direction
from .lexicon import (
    MONTHS,
    ORDDAY_RE,
    ORDINALS,
    UNITS,
    WEEKDAYS,
    compile_pattern,
)
from .resolve import Anchor


@dataclass(slots=True)
class Found:
    """One recognized expression before it becomes a ``TimexMention``."""

    start: int
    end: int
    type: str
    value: str
    mod: str | None = None
    end_value: str | None = None
    # A comparison ("a year earlier") names a date but does not move the discourse.
    comparison: bool = False


BLOCK = "BLOCK"  # type of a Found that claims a nonsense span ("February 30") and emits nothing


def block(m: re.Match[str]) -> Found:
    return Found(m.start(), m.end(), BLOCK, "")


class Ctx:
    """What handlers read: the doc, the anchor, lazy tense direction."""

    def __init__(self, doc: Doc, anchor: Anchor) -> None:
        self.doc = doc
        self.anchor = anchor

    def low(self, i: int) -> str:
        return self.doc[i].lower_

    def direction(self, start: int, end: int) -> str | None:
        return direction(self.doc, start, end)


Handler = Callable[[re.Match[str], Ctx], "Found | None"]


@dataclass(slots=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    # Text the match's first token must contain for the handler to accept it: the engine
    # skips other matches without calling it (for a pattern that matches most tokens).
    first_has: str | None = None


RULES: list[Rule] = []


def rule(name: str, source: str, first_has: str | None = None) -> Callable[[Handler], Handler]:
    """Register a handler under a pattern (compiled once at import)."""

    def wrap(fn: Handler) -> Handler:
        RULES.append(Rule(name, compile_pattern(source), fn, first_has))
        return fn

    return wrap


# ---------------------------------------------------------------- helpers ------
def month_of(doc: Doc, i: int) -> int:
    return MONTHS[doc[i].lower_.rstrip(".")]


def wday_of(doc: Doc, i: int) -> int:
    low = doc[i].lower_
    return WEEKDAYS[low] if low in WEEKDAYS else WEEKDAYS[low[:-1]]


def day_number(text: str) -> int:
    """The day of "14", "14th" or, in transcripts, "eighth"."""
    low = text.lower()
    m = ORDDAY_RE.match(low)
    return int(m.group(1)) if m else ORDINALS.get(low) or int(text)


def is_month_word(doc: Doc, i: int) -> bool:
    """Reject "may" the modal, "March" the verb, "April Smith" the person."""
    tok = doc[i]
    if tok.tag_ == "MD" or tok.pos_ == "VERB" or tok.ent_type_ in ("PERSON", "ORG"):
        return False
    low = tok.lower_
    return not (low == "may" and i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX"))


def prefix_mod(low: str) -> str | None:
    return {"early": "START", "late": "END", "mid": "MID", "middle": "MID",
            "beginning": "START", "start": "START", "end": "END",
            "earlier": "START", "later": "END"}.get(low)


def how_of(low: str) -> str | None:
    return {"last": "last", "past": "last", "previous": "last", "next": "next",
            "coming": "next", "this": "this", "current": "this"}.get(low)


def unit_of(low: str) -> str:
    return UNITS[low]


MODS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "over": "MORE_THAN", "more": "MORE_THAN", "least": "EQUAL_OR_MORE",
    "less": "LESS_THAN", "up": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "just": None, "only": None,
}

PREFIX = "(?P<pre>(<early>|<late>|<mid><->?|<the><middle><of>|<the><end><of>|<the><beginning><of>))?"


def pre_mod(m: re.Match[str], c: Ctx) -> str | None:
    if not m.group("pre"):
        return None
    i = m.start("pre")
    low = c.low(i)
    return prefix_mod(c.low(i + 1) if low == "the" else low)

