"""The grammar: token-sequence patterns for news time expressions and their meaning.

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
    CLOCK_RE,
    DECADE_RE,
    ISO_RE,
    MONTHS,
    NUMBER_WORDS,
    ORDDAY_RE,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    UNITS,
    WEEKDAYS,
    compile_pattern,
    parse_int,
)
from .resolve import Anchor
from .values import safe_date


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


def _block(m: re.Match[str]) -> Found:
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


RULES: list[Rule] = []


def rule(name: str, source: str) -> Callable[[Handler], Handler]:
    """Register a handler under a pattern (compiled once at import)."""

    def wrap(fn: Handler) -> Handler:
        RULES.append(Rule(name, compile_pattern(source), fn))
        return fn

    return wrap


# ---------------------------------------------------------------- helpers ------
def _month(doc: Doc, i: int) -> int:
    return MONTHS[doc[i].lower_.rstrip(".")]


def _wday(doc: Doc, i: int) -> int:
    low = doc[i].lower_
    return WEEKDAYS[low] if low in WEEKDAYS else WEEKDAYS[low[:-1]]


def _day_number(text: str) -> int:
    m = ORDDAY_RE.match(text.lower())
    return int(m.group(1)) if m else int(text)


def _is_month_word(doc: Doc, i: int) -> bool:
    """Reject "may" the modal, "March" the verb, "April Smith" the person."""
    tok = doc[i]
    if tok.tag_ == "MD" or tok.pos_ == "VERB" or tok.ent_type_ in ("PERSON", "ORG"):
        return False
    low = tok.lower_
    return not (low == "may" and i + 1 < len(doc) and doc[i + 1].pos_ in ("VERB", "AUX"))


def _prefix_mod(low: str) -> str | None:
    return {"early": "START", "late": "END", "mid": "MID", "middle": "MID",
            "beginning": "START", "start": "START", "end": "END",
            "earlier": "START", "later": "END"}.get(low)


def _how(low: str) -> str | None:
    return {"last": "last", "past": "last", "previous": "last", "next": "next",
            "coming": "next", "this": "this", "current": "this"}.get(low)


def _unit_of(low: str) -> str:
    return UNITS[low]


_MODS = {
    "about": "APPROX", "around": "APPROX", "nearly": "APPROX", "almost": "APPROX",
    "roughly": "APPROX", "approximately": "APPROX", "some": "APPROX",
    "over": "MORE_THAN", "more": "MORE_THAN", "least": "EQUAL_OR_MORE",
    "less": "LESS_THAN", "up": "EQUAL_OR_LESS", "within": "EQUAL_OR_LESS",
    "just": None, "only": None,
}

_PREFIX = "(?P<pre>(<early>|<late>|<mid><->?|<the><middle><of>|<the><end><of>|<the><beginning><of>))?"

# ---------------------------------------------------------------- dates --------


@rule("iso_date", "<ISODATE>")
def _iso(m: re.Match[str], c: Ctx) -> Found | None:
    g = ISO_RE.match(c.doc[m.start()].text)
    if not g:
        return None
    if g.group(1):
        y, mo, d = int(g.group(1)), int(g.group(2)), int(g.group(3))
    elif g.group(4):
        mo, d, y = int(g.group(4)), int(g.group(5)), int(g.group(6))
    else:
        y, mo, d = int(g.group(7)), int(g.group(8)), int(g.group(9))
    day = safe_date(y, mo, d)
    return Found(m.start(), m.end(), "DATE", day.isoformat()) if day else _block(m)


@rule(
    "month_day",
    "(?P<wd><WDAY><,>?)?" + _PREFIX + "(?P<m><MONTH>)(?P<d><DAYNUM>|<ORDDAY>)"
    "((?P<dash><->|<to>|<through>|<and>)(?P<d2><DAYNUM>|<ORDDAY>))?(<,>?(?P<y><YEAR>))?",
)
def _month_day(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mi = m.start("m")
    if doc[mi].lower_ == "may" and not doc[mi].text[0].isupper():
        return None
    month, day = _month(doc, mi), _day_number(doc[m.start("d")].text)
    end_value = None
    if m.group("y"):
        year = int(doc[m.start("y")].text)
        d = safe_date(year, month, day)
        if d is None:
            return _block(m)
        value = d.isoformat()
        if m.group("d2"):
            d2 = safe_date(year, month, _day_number(doc[m.start("d2")].text))
            end_value = d2.isoformat() if d2 and d2 > d else None
    else:
        how = c.direction(m.start(), m.end())
        value_or_none = c.anchor.month_day(month, day, how)
        if value_or_none is None:
            return _block(m)
        value = value_or_none
        if m.group("d2"):
            day2 = _day_number(doc[m.start("d2")].text)
            if day2 > day and safe_date(2000, month, day2):
                end_value = value[:-2] + f"{day2:02d}"
    end = m.end()
    if m.group("d2") and end_value is None:
        end = m.end("d")  # "May 5 and 6000 ..." : keep the first date only
    mod = _prefix_mod(doc[m.start("pre")].lower_) if m.group("pre") else None
    if m.group("pre") and doc[m.start("pre")].lower_ == "the":
        mod = _prefix_mod(doc[m.start("pre") + 1].lower_)
    return Found(m.start(), end, "DATE", value, mod, end_value)


@rule("day_month", "(?P<wd><WDAY><,>?)?(<the>)?(?P<d><DAYNUM>|<ORDDAY>)(<of>)?(?P<m><MONTH>)(<,>?(?P<y><YEAR>))?")
def _day_month(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mi = m.start("m")
    if not _is_month_word(doc, mi) and doc[mi].lower_ == "may":
        return None
    month, day = _month(doc, mi), _day_number(doc[m.start("d")].text)
    if m.group("y"):
        d = safe_date(int(doc[m.start("y")].text), month, day)
        return Found(m.start(), m.end(), "DATE", d.isoformat()) if d else _block(m)
    value = c.anchor.month_day(month, day, c.direction(m.start(), m.end()))
    return Found(m.start(), m.end(), "DATE", value) if value else _block(m)


@rule("month_year", _PREFIX + "(?P<m><MONTH>)(<,>|<of>)?(?P<y><YEAR>)")
def _month_year(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if not _is_month_word(doc, m.start("m")):
        return None
    value = f"{int(doc[m.start('y')].text):04d}-{_month(doc, m.start('m')):02d}"
    return Found(m.start(), m.end(), "DATE", value, _pre_mod(m, c))


def _pre_mod(m: re.Match[str], c: Ctx) -> str | None:
    if not m.group("pre"):
        return None
    i = m.start("pre")
    low = c.low(i)
    return _prefix_mod(c.low(i + 1) if low == "the" else low)


@rule(
    "month_rel_year",
    _PREFIX + "(?P<m><MONTH>)(<of>)?(?P<rel><last>|<this>|<next>|<past>|<previous>|<the><following>"
    "|<the><previous>)<year>",
)
def _month_rel_year(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if not _is_month_word(doc, m.start("m")):
        return None
    rel = doc[m.end("rel") - 1].lower_
    month = _month(doc, m.start("m"))
    if rel in ("following", "previous") and m.end("rel") - m.start("rel") == 2:
        year = c.anchor.ref_unit("Y", 1 if rel == "following" else -1)
    else:
        year = c.anchor.unit("Y", {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0))
    return Found(m.start(), m.end(), "DATE", f"{year}-{month:02d}", _pre_mod(m, c))


@rule("month", _PREFIX + "(?P<rel><last>|<this>|<next>|<past>|<coming>)?(?P<m><MONTH>)")
def _month_alone(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mi = m.start("m")
    if not _is_month_word(doc, mi):
        return None
    tok = doc[mi]
    if _next_is_number(doc, mi) or _prev_is_day(doc, m.start()):
        return _block(m)  # "February 30", "the 45th of April": a day that cannot be
    bare = tok.lower_ in ("may", "march", "august") and not m.group("rel") and not m.group("pre")
    # Bare ambiguous words need a date-like context: a preposition before.
    if bare and (mi == 0 or doc[mi - 1].lower_ not in _MONTH_CONTEXT):
            return None
    how = _how(c.low(m.start("rel"))) if m.group("rel") else c.direction(m.start(), m.end())
    value = c.anchor.month(_month(doc, mi), how)
    return Found(m.start(), m.end(), "DATE", value, _pre_mod(m, c))


_MONTH_CONTEXT = {"in", "since", "until", "by", "last", "of", "through", "before", "after",
                  "early", "late", "mid", "during", "from", "to"}


def _next_is_number(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and (doc[i + 1].like_num or bool(ORDDAY_RE.match(doc[i + 1].lower_)))


def _prev_is_day(doc: Doc, start: int) -> bool:
    j = start - 1
    if j >= 0 and doc[j].lower_ == "of":
        j -= 1
    return j >= 0 and (bool(ORDDAY_RE.match(doc[j].lower_)) or doc[j].lower_.isdigit())


# ---------------------------------------------------------------- weekdays -----


@rule(
    "weekday_week",
    "(?P<wd><WDAY>)(<of>)?(?P<rel><last>|<next>|<this>|<the><following>|<the><previous>)<week>",
)
def _weekday_week(m: re.Match[str], c: Ctx) -> Found | None:
    rel = c.low(m.end("rel") - 1)
    delta = {"last": -1, "previous": -1, "next": 1, "following": 1}.get(rel, 0)
    value = c.anchor.weekday_in_week(_wday(c.doc, m.start("wd")), delta)
    return Found(m.start(), m.end(), "DATE", value)


@rule(
    "weekday",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<rel><last>|<next>|<this>|<coming>|<past>)?"
    "(?P<wd><WDAY>)(?P<pod><POD>)?(?!<,>?<MONTH>)",
)
def _weekday(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    tok = doc[m.start("wd")]
    if tok.lower_.endswith("s") and tok.lower_ not in WEEKDAYS:
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{_wday(doc, m.start('wd'))}")
    if tok.ent_type_ in ("PERSON", "ORG") or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
        "times", "telegraph", "post", "mirror", "herald", "express"
    ):
        return None
    if m.group("rel"):
        how = _how(c.low(m.start("rel")))
        if how == "this":
            how = c.direction(m.start(), m.end()) or "this"
    else:
        how = c.direction(m.start(), m.end())
    value = c.anchor.weekday(_wday(doc, m.start("wd")), how)
    mod = _prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    if m.group("pod"):
        pod = PARTS_OF_DAY[c.low(m.start("pod"))]
        return Found(m.start(), m.end(), "TIME", f"{value}T{pod}", mod)
    return Found(m.start(), m.end(), "DATE", value, mod)


# ---------------------------------------------------------------- deictic ------


@rule(
    "deictic_day",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<w><today>|<yesterday>|<tomorrow>)"
    "(?P<pod><POD>)?",
)
def _deictic_day(m: re.Match[str], c: Ctx) -> Found | None:
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[c.low(m.start("w"))]
    value = c.anchor.unit("D", delta)
    mod = _prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    if m.group("pod"):
        return Found(m.start(), m.end(), "TIME", f"{value}T{PARTS_OF_DAY[c.low(m.start('pod'))]}", mod)
    return Found(m.start(), m.end(), "DATE", value, mod)


@rule("part_of_day", "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<rel><this>|<last>|<tonight>)(?P<pod><POD>)?")
def _part_of_day(m: re.Match[str], c: Ctx) -> Found | None:
    rel = c.low(m.start("rel"))
    if rel == "tonight":
        return Found(m.start(), m.end("rel"), "TIME", c.anchor.unit("D") + "TNI")
    if not m.group("pod"):
        return None
    pod = PARTS_OF_DAY[c.low(m.start("pod"))]
    delta = -1 if rel == "last" else 0
    return Found(m.start(), m.end(), "TIME", c.anchor.unit("D", delta) + "T" + pod)


@rule("present_ref", "<now>|<currently>|<presently>|<nowadays>|<the>?<present>(?!<OTHER>)")
def _present(m: re.Match[str], c: Ctx) -> Found | None:
    tok = c.doc[m.end() - 1]
    if tok.lower_ == "present" and tok.pos_ != "NOUN":
        return None
    if tok.lower_ == "now" and m.end() < len(c.doc) and c.low(m.end()) == "that":
        return None  # "now that ..." is a conjunction
    return Found(m.start(), m.end(), "DATE", "PRESENT_REF")


@rule("past_ref", "<recently>|<lately>|<the><past>(?!<ANYNUM>|<UNIT>|<VAGUE>|<a>)|<recent>(?P<u><UNITPL>)?")
def _past(m: re.Match[str], c: Ctx) -> Found | None:
    if c.low(m.start()) == "recent" and not m.group("u"):
        return None
    return Found(m.start(), m.end(), "DATE", "PAST_REF")


@rule("future_ref", "<soon>|<the><future>|<future>|<the><coming><UNITPL>|<coming><UNITPL>")
def _future(m: re.Match[str], c: Ctx) -> Found | None:
    tok = c.doc[m.end() - 1]
    if tok.lower_ == "future" and (tok.pos_ != "NOUN" or tok.dep_ == "compound"):
        return None
    if tok.lower_ == "soon" and m.end() < len(c.doc) and c.low(m.end()) == "after":
        return None
    return Found(m.start(), m.end(), "DATE", "FUTURE_REF")


# ---------------------------------------------------------------- relative units


@rule(
    "rel_unit",
    "(?P<pre><early>|<late>|<mid><->?|<earlier>|<later>)?(<in>|<the>(?=<past>|<last>))?"
    "(?P<rel><last>|<this>|<next>|<current>|<the><current>|<past>|<previous>|<coming>)"
    "(?P<u><DATEUNIT>)",
)
def _rel_unit(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    ulow = c.low(m.start("u"))
    if ulow.endswith("s") and ulow != "weekends":
        return None
    rel = c.low(m.end("rel") - 1)
    unit = _unit_of(ulow)
    if unit == "2W":
        return None
    start = m.start()
    if m.group(2) and c.low(m.start(2)) == "in" and not m.group("pre"):
        start = m.end(2)  # "in" before: not part of the expression
    delta = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if rel == "past" and unit != "WE":
        # "the past year" reads as a stretch up to now in TimeML
        return Found(start, m.end(), "DURATION", f"P1{unit}")
    value = c.anchor.unit(unit, delta)
    mod = None
    if m.group("pre"):
        mod = _prefix_mod(c.low(m.start("pre")))
    if doc[start].lower_ == "in":
        start += 1
    if doc[start].lower_ == "the" and rel == "last":
        return Found(start, m.end(), "DURATION", f"P1{unit}")  # "the last week": a stretch
    return Found(start, m.end(), "DATE", value, mod)


@rule("the_weekend", "<the><weekend>")
def _the_weekend(m: re.Match[str], c: Ctx) -> Found | None:
    """"the weekend": the one just past (this one from Saturday on), or the coming one."""
    dct = c.anchor.dct
    if dct is None:
        return Found(m.start(), m.end(), "DATE", "XXXX-WXX-WE")
    ahead = c.direction(m.start(), m.end()) == "future"
    delta = 0 if ahead or dct.isoweekday() >= 6 else -1
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("WE", delta))


@rule(
    "boundary_of",
    "(<the>)?(?P<b><end>|<beginning>|<start>|<middle>)<of>(?P<rel><the>|<this>|<last>|<next>|<that>)?"
    "(?P<u><DATEUNIT>|<YEAR>|<MONTH>)",
)
def _boundary(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mod = _prefix_mod(c.low(m.start("b")))
    ui = m.start("u")
    text = doc[ui].text
    if text.isdigit():
        value = text
    elif doc[ui].lower_.rstrip(".") in MONTHS and doc[ui].lower_ not in UNITS:
        if m.group("rel") and c.low(m.start("rel")) not in ("the",):
            return None
        value = c.anchor.month(_month(doc, ui), c.direction(m.start(), m.end()))
    else:
        unit = _unit_of(doc[ui].lower_)
        if doc[ui].lower_.endswith("s") or unit == "2W":
            return None
        rel = c.low(m.start("rel")) if m.group("rel") else "the"
        if rel == "that":
            value = c.anchor.ref_unit(unit)
        else:
            value = c.anchor.unit(unit, {"last": -1, "next": 1}.get(rel, 0))
    return Found(m.start(), m.end(), "DATE", value, mod)


@rule("year_end", "(?P<u><year>|<month>|<week>)(<->|<'s>)?<end>|<year-end>")
def _year_end(m: re.Match[str], c: Ctx) -> Found | None:
    low = c.low(m.start())
    unit = "Y" if low.startswith("year") else _unit_of(low)
    return Found(m.start(), m.end(), "DATE", c.anchor.unit(unit), "END")


@rule(
    "anaphoric",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(<that>|<the><same>|<that><same>|<the><very>)"
    "(?P<u><day>|<week>|<month>|<year>|<POD>)",
)
def _anaphoric(m: re.Match[str], c: Ctx) -> Found | None:
    ulow = c.low(m.start("u"))
    pre = c.low(m.start("pre")) if m.group("pre") else None
    mod = _prefix_mod(pre) if pre in ("early", "late") else None
    if ulow in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "TIME", c.anchor.ref_day() + "T" + PARTS_OF_DAY[ulow], mod)
    unit = _unit_of(ulow)
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit(unit), mod)


@rule(
    "anaphoric_shift",
    "<the>(?P<rel><next>|<following>|<previous>|<prior>)(?P<u><day>|<week>|<month>|<year>|<POD>)"
    "|<the>(?P<u2><day>|<week>|<month>|<year>)(?P<rel2><before>|<after>)(?!<OTHER>|<ANYNUM>|<MONTH>|<WDAY>|<the>|<yesterday>)",
)
def _anaphoric_shift(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("rel"):
        rel, ulow = c.low(m.start("rel")), c.low(m.start("u"))
    else:
        rel, ulow = c.low(m.start("rel2")), c.low(m.start("u2"))
    delta = 1 if rel in ("next", "following", "after") else -1
    if ulow in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "TIME", c.anchor.ref_day(delta) + "T" + PARTS_OF_DAY[ulow])
    unit = _unit_of(ulow)
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit(unit, delta))


# ---------------------------------------------------------------- quantities ---

_QTY = (
    "(?P<mod><about>|<around>|<nearly>|<almost>|<roughly>|<approximately>|<some>|<over>"
    "|<more><than>|<no><more><than>|<less><than>|<at><least>|<up><to>|<just>)?"
    "(?P<q>(<ANYNUM>(<FRAC>)?)(<ANYNUM>)?|<a>|<an>|<a><few>|<a><couple><of>|<a><number><of>"
    "|<several>|<few>|<many>|<couple><of>)"
)


@rule(
    "quantity_units",
    "(?P<det><the>)?(?P<rel><last>|<past>|<next>|<coming>|<first>|<previous>|<following>|<latest>)?"
    + _QTY
    + "(?P<hy><->)?(?P<u><UNIT>)(?!<->(<earlier>|<ago>|<old>))(?P<half><and><a><half>)?(?P<or><or><so>)?"
    "(?P<dir><ago>|<earlier>|<later>|<before>|<after>|<from><now>|<hence>)?",
)
def _quantity_units(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    qi = m.start("q")
    qwords = [c.low(i) for i in range(qi, m.end("q"))]
    ulow = c.low(m.start("u"))
    unit = _unit_of(ulow)
    n: int | None
    if qwords[0] in ("a", "an") and len(qwords) == 1:
        n = 1
    elif qwords[-1] == "of" and "couple" in qwords:
        n = 2
    elif any(w in ("few", "several", "many", "number") for w in qwords):
        n = None
    else:
        total = 0
        for i in range(qi, m.end("q")):
            t = doc[i].text
            if "/" in t:
                continue
            v = parse_int(t)
            if v is None:
                return None
            total = total * v if v in (100, 12) and total and doc[i].lower_ in NUMBER_WORDS else total + v
        n = total
        if n == 0:
            return None
    if n is not None and n > 10000:
        return None
    # "1990 years" is odd but a duration; a year token needs its unit right after.
    if m.group("hy") and m.group("dir"):
        return None
    if m.end() + 1 < len(doc) and doc[m.end()].text == "-" and doc[m.end() + 1].lower_ == "old":
        return None  # "a 6-year-old boy": an age
    if m.end() < len(doc) and doc[m.end()].lower_ in ("old", "-old"):
        return None
    end = m.end()
    if m.group("dir") and c.low(m.start("dir")) in ("before", "after") and m.end() < len(doc):
        nxt = doc[m.end()]
        if not (nxt.is_punct or nxt.lower_ in ("and", "or", "but", "when")):
            return _without_dir(m, c)
    if m.group("hy"):
        # "a 6-year note": an adjective; the article belongs to the noun, and bond
        # maturities are not times of events.
        after = doc[m.end()] if m.end() < len(doc) else None
        if after is not None and after.lower_ in _INSTRUMENTS:
            return None
        if m.group("det") and not m.group("rel"):
            return Found(m.start() + 1, end, "DURATION", _duration(_count(m, c), unit, ulow))
    d = c.low(m.start("dir")) if m.group("dir") else None
    mod = None
    if m.group("mod"):
        mod = _MODS.get(c.low(m.end("mod") - 1)) or _MODS.get(c.low(m.start("mod")))
    if m.group("or"):
        mod = "APPROX"
    if ulow in ("a", "an"):
        return None
    if d in ("ago", "earlier", "later", "before", "after", "from", "hence"):
        if n is None:
            value = "PAST_REF" if d in ("ago", "earlier", "before") else "FUTURE_REF"
            return Found(m.start(), m.end(), "DATE", value, mod)
        if unit in ("S", "H") or ulow in ("minute", "minutes"):
            return Found(m.start(), m.end(), "DURATION", _duration(n, unit, ulow), mod)
        if unit == "2W":
            n, unit = n * 2, "W"
        last = c.anchor.last_value or ""
        if d == "ago" and unit == "Y" and "-Q" in last:
            value = c.anchor.ref_shift(-n, "Y")  # "a year ago" next to a quarter: that quarter
            return Found(m.start(), m.end(), "DATE", value, mod, comparison=True)
        elif d == "ago":
            value = c.anchor.ago(n, unit if unit != "WE" else "W")
        elif d in ("from", "hence"):
            value = c.anchor.ago(n, unit, sign=1)
        else:
            sign = -1 if d in ("earlier", "before") else 1
            value = c.anchor.ref_shift(sign * n, unit if unit != "WE" else "W")
            return Found(m.start(), m.end(), "DATE", value, mod, comparison=True)
        if unit == "D" and value.startswith("XXXX") is False and False:
            pass
        return Found(m.start(), m.end(), "DATE", value, mod)
    if m.group("det") and not m.group("rel") and qwords[0] in ("a", "an"):
        return None  # "the a week" is not English; skip
    start = m.start()
    value = _duration(n, unit, ulow)
    if m.group("half") and n is not None:
        value = _duration_half(n, unit, ulow)
    if m.group("rel") and c.low(m.start("rel")) in ("next", "coming") and n is None:
        return Found(start, m.end(), "DURATION", value, mod)
    return Found(start, m.end(), "DURATION", value, mod)


_INSTRUMENTS = {"note", "notes", "bond", "bonds", "issue", "issues", "debentures", "securities",
                "treasury", "treasuries", "maturity", "paper", "bill", "bills", "mortgage",
                "mortgages", "certificates", "cds", "cd", "loan", "loans", "yield", "high", "low",
                "lows", "highs", "swap", "swaps", "warrants", "warrant"}


def _count(m: re.Match[str], c: Ctx) -> int | None:
    words = [c.low(i) for i in range(m.start("q"), m.end("q"))]
    if any(w in ("few", "several", "many", "number") for w in words):
        return None
    if words[-1] == "of":
        return 2
    total = 0
    for i in range(m.start("q"), m.end("q")):
        v = parse_int(c.doc[i].text)
        total += v or 0
    return total or 1


def _without_dir(m: re.Match[str], c: Ctx) -> Found | None:
    """"a decade after the war": a duration; the anchor is an event, not a date."""
    ulow = c.low(m.start("u"))
    start = m.start() if not m.group("det") or m.group("rel") else m.start() + 1
    mod = _MODS.get(c.low(m.start("mod"))) if m.group("mod") else None
    return Found(start, m.start("dir"), "DURATION", _duration(_count(m, c), _unit_of(ulow), ulow), mod)


def _duration(n: int | None, unit: str, ulow: str) -> str:
    count = "X" if n is None else str(n)
    if unit in ("S", "H") or ulow in ("minute", "minutes"):
        return f"PT{count}{unit}"
    if unit == "2W":
        return "P2W" if n == 1 else f"P{count}W"
    if unit == "WE":
        return f"P{'X' if n is None else 2 * n}D"
    return f"P{count}{unit}"


def _duration_half(n: int, unit: str, ulow: str) -> str:
    smaller = {"Y": (12, "M"), "M": (15, "D"), "D": (12, "H"), "H": (30, "M"), "W": (84, "H")}
    if unit not in smaller:
        return _duration(n, unit, ulow)
    per, sub = smaller[unit]
    if unit == "M" and sub == "D":
        return f"P{n * 30 + 15}D"
    if sub in ("H", "M") and unit in ("D", "H", "W"):
        return f"PT{n * per + per // 2}{sub}" if unit != "W" else f"P{n * 7 + 3}D"
    return f"P{n * per + per // 2}{sub}"


@rule("bare_units", "(?<=<for>|<in>|<within>|<over>|<than>|<of>)(?P<u><UNITPL>)(?!<of>|<ago>)|(?P<u2><UNITPL>)<ago>")
def _bare_units(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("u2"):
        return Found(m.start(), m.end(), "DATE", "PAST_REF")
    ulow = c.low(m.start("u"))
    unit = _unit_of(ulow)
    if unit == "WE":
        return None
    prev = c.low(m.start() - 1)
    if prev == "of" and (m.start() < 2 or c.low(m.start() - 2) not in ("matter", "space")):
        return None
    return Found(m.start(), m.end(), "DURATION", _duration(None, unit, ulow))


@rule("fractional_units", "(?P<n><DIGITS>)(?P<f><FRAC>)(?P<u><UNIT>)")
def _fractional(m: re.Match[str], c: Ctx) -> Found | None:
    n = int(c.doc[m.start("n")].text)
    ulow = c.low(m.start("u"))
    frac = c.doc[m.start("f")].text
    if frac != "1/2":
        return Found(m.start(), m.end(), "DURATION", _duration(n, _unit_of(ulow), ulow))
    return Found(m.start(), m.end(), "DURATION", _duration_half(n, _unit_of(ulow), ulow))


# ---------------------------------------------------------------- years --------


@rule(
    "year",
    "(?P<pre><early>|<late>|<mid><->?|<the><end><of>|<the><beginning><of>|<the><middle><of>"
    "|<the><start><of>)?(?P<det><the><year>|<fiscal>|<calendar>|<the><fiscal><year>)?(?P<y><YEAR>)"
    "(?P<dash><->(?P<y2><YEAR>|<DAYNUM>))?",
)
def _year(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    yi = m.start("y")
    tok = doc[yi]
    nxt = doc[yi + 1] if yi + 1 < len(doc) else None
    if not m.group("pre") and not m.group("det") and not _year_like(doc, yi):
        return None
    if nxt is not None and nxt.text in ("%", "percent"):
        return None
    value = tok.text
    mod = _pre_mod_year(m, c)
    after = m.end()
    if m.group("dash") and after + 1 < len(doc) and doc[after].text in ("-", "/"):
        return _block(m)  # "2019-13-45": a malformed ISO date
    if m.group("dash") and m.group("y2"):
        # "2001-2002": two years, "2019-20" a span; keep the first as the value.
        y2t = doc[m.start("y2")].text
        y2 = int(y2t) if len(y2t) == 4 else int(value[:2] + y2t.zfill(2))
        if y2 > int(value) and y2 - int(value) < 50:
            return Found(m.start(), m.end(), "DATE", value, mod, str(y2))
        return Found(m.start(), m.end("y"), "DATE", value, mod)
    return Found(m.start(), m.end("y"), "DATE", value, mod)


def _pre_mod_year(m: re.Match[str], c: Ctx) -> str | None:
    if not m.group("pre"):
        return None
    i = m.start("pre")
    low = c.low(i)
    return _prefix_mod(c.low(i + 1) if low == "the" else low)


_NON_YEAR_HEADS = {"NOUN", "PROPN"}
_YEAR_NOUNS = {"election", "elections", "olympics", "games", "census", "season", "budget",
               "period", "quarter", "campaign", "war", "cup", "summit", "law", "act", "model",
               "edition", "world", "crisis", "level", "levels", "deal", "agreement", "accord",
               "vote"}
_DETERMINERS = {"the", "a", "its", "his", "her", "their", "our", "this", "that", "last", "next",
                "'s", "fiscal", "calendar", "in", "of"}


def _year_like(doc: Doc, i: int) -> bool:
    """A four-digit number that reads as a year, not "2000 troops" or "$1500"."""
    tok = doc[i]
    if i > 0 and doc[i - 1].text in ("$", "£", "€", "#", "No.", "no.", "number", "US$", "about",
                                     "some", "nearly", "over", "than", "around", "almost"):
        return False
    if "," in tok.text:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in UNITS:
        return False
    if tok.dep_ == "nummod" and tok.head.pos_ in _NON_YEAR_HEADS and tok.head.i > i:
        head = tok.head.lower_
        determined = i > 0 and doc[i - 1].lower_ in _DETERMINERS
        if not determined and head not in UNITS and tok.head.pos_ == "NOUN":
            return False  # "2000 troops", "1500 police"
        if (
            head not in UNITS
            and head not in _YEAR_NOUNS
            and head.endswith("s")
            and tok.head.pos_ != "PROPN"
        ):
            return False  # "the 2000 troops"; but "the 2012 summit" is a year
    if nxt is not None and nxt.like_num:
        return False
    return not (i > 0 and doc[i - 1].like_num and doc[i - 1].text != ",")


@rule("decade", "(<the>)?(?P<pre><early>|<late>|<mid><->?)?(?P<ap><OTHER>)?(?P<d><DECADE>)")
def _decade(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if m.group("ap") and doc[m.start("ap")].text not in ("'", "’"):
        start = m.start("ap") + 1
        if m.group("pre") or doc[m.start()].lower_ == "the":
            return None
    else:
        start = m.start()
    g = DECADE_RE.match(doc[m.start("d")].lower_)
    if not g:
        return None
    digits = g.group(1)
    if len(digits) == 2:
        if c.anchor.dct is not None and int(digits) <= c.anchor.dct.year % 100 and int(digits) < 30:
            value = "20" + digits[0]
        else:
            value = "19" + digits[0]
    else:
        if not digits.endswith("0"):
            return None
        value = digits[:3]
    mod = _prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    return Found(start, m.end(), "DATE", value, mod)


@rule("prefixed_token", "<OTHER>")
def _prefixed(m: re.Match[str], c: Ctx) -> Found | None:
    """Single tokens like "mid-1990s", "mid-2019", "late-November"."""
    text = c.doc[m.start()].text
    low = text.lower()
    if "-" not in low:
        return None
    pre, _, rest = low.partition("-")
    mod = _prefix_mod(pre)
    if mod is None:
        return None
    g = DECADE_RE.match(rest)
    if g and len(g.group(1)) == 4 and g.group(1).endswith("0"):
        return Found(m.start(), m.end(), "DATE", g.group(1)[:3], mod)
    if rest.isdigit() and len(rest) == 4 and 1000 <= int(rest) <= 2199:
        return Found(m.start(), m.end(), "DATE", rest, mod)
    if rest.rstrip(".") in MONTHS and len(rest) > 3:
        month = MONTHS[rest.rstrip(".")]
        return Found(m.start(), m.end(), "DATE", c.anchor.month(month, c.direction(m.start(), m.end())), mod)
    return None


# ---------------------------------------------------------------- quarters -----


@rule(
    "quarter",
    "(?P<det><the>|<this><year><'s>|<last><year><'s>|<next><year><'s>)?(<fiscal><->?)?(?P<y0><YEAR>)?"
    "(?P<q><ORDWORD>|<last>|<latest>|<current>|<this>|<next>|<previous>|<year-earlier>|<year-ago>"
    "|<final>)?(<fiscal>)?<->?(?P<u><quarter>|<half>)(<of>(<fiscal>)?(?P<y><YEAR>))?",
)
def _quarter(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    is_half = c.low(m.start("u")) == "half"
    qword = c.low(m.start("q")) if m.group("q") else None
    if is_half and qword not in ("first", "second", "last", "latter", "final"):
        return None
    if qword is None and not m.group("det") and not m.group("y0"):
        return None
    if is_half:
        h = 1 if qword == "first" else 2
        year = m.group("y") and doc[m.start("y")].text or m.group("y0") and doc[m.start("y0")].text
        if not year:
            if not m.group("det"):
                return None
            year = c.anchor.unit("Y")
        return Found(m.start(), m.end(), "DATE", f"{year}-H{h}")
    year_text = None
    if m.group("y"):
        year_text = doc[m.start("y")].text
    elif m.group("y0"):
        year_text = doc[m.start("y0")].text
    if qword in ORDINALS and ORDINALS[qword] <= 4:
        q = ORDINALS[qword]
        if year_text is None:
            det = c.low(m.start("det")) if m.group("det") else ""
            delta = {"last": -1, "next": 1}.get(det, 0)
            current_q = int(c.anchor.unit("Q")[-1]) if c.anchor.dct else 0
            # A quarter not yet begun is last year's, unless the clause looks ahead.
            if (
                det in ("the", "")
                and q > current_q
                and c.direction(m.start(), m.end()) != "future"
            ):
                delta = -1
            year_text = c.anchor.unit("Y", delta)
        return Found(m.start(), m.end(), "DATE", f"{year_text}-Q{q}")
    if qword in ("year-earlier", "year-ago"):
        value = c.anchor.ref_shift(-1, "Y") if c.anchor.last_value else c.anchor.unit("Q", -4)
        if "Q" not in value:
            value = c.anchor.unit("Q", -5)
        return Found(m.start(), m.end(), "DATE", value)
    if qword in ("current", "this"):
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q"))
    if qword == "next":
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", 1))
    if qword in ("last", "previous"):
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", -1))
    # "the quarter", "the latest quarter": the last quarter mentioned, else the last one closed.
    last = c.anchor.last_value
    if last and "-Q" in last:
        return Found(m.start(), m.end(), "DATE", last)
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", -1))


@rule(
    "year_earlier",
    "(?P<det><the>)?(<comparable>|<corresponding>)?(<year><->(<earlier>|<ago>)|<year-earlier>|<year-ago>)"
    "(?P<u><quarter>|<period>|<month>|<ORDWORD><->?<quarter>|<ANYNUM><UNITPL>)?",
)
def _year_earlier(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("det") and not m.group("u"):
        return None
    u = m.group("u") and c.low(m.end("u") - 1)
    if u in ("months", "weeks", "days", "years", "quarters"):
        ulow = c.low(m.end("u") - 1)
        n = parse_int(c.doc[m.start("u")].text) or 1
        return Found(m.start(), m.end(), "DURATION", _duration(n, _unit_of(ulow), ulow))
    last = c.anchor.last_value
    value = c.anchor.ref_shift(-1, "Y") if last else c.anchor.unit("Y", -1)
    return Found(m.start(), m.end(), "DATE", value, comparison=True)


# ---------------------------------------------------------------- seasons ------


@rule(
    "season",
    "(?P<pre><early>|<late>|<mid><->?)?(?P<rel><last>|<this>|<next>|<the>|<past>|<coming>)?"
    "(?P<pre2><early>|<late>)?(?P<s><SEASON>)(<of>?(?P<y><YEAR>))?",
)
def _season(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    si = m.start("s")
    tok = doc[si]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if si + 1 < len(doc) and doc[si + 1].lower_ == "of" and not m.group("y"):
        return None
    code = SEASONS[tok.lower_]
    rel = c.low(m.start("rel")) if m.group("rel") else None
    bare = not m.group("y") and rel is None and not m.group("pre")
    if bare and (si == 0 or doc[si - 1].lower_ not in ("in", "this", "since", "until", "by",
                                                        "during")):
        return None
    pre_i = m.start("pre") if m.group("pre") else (m.start("pre2") if m.group("pre2") else -1)
    mod = _prefix_mod(c.low(pre_i)) if pre_i >= 0 else None
    if m.group("y"):
        return Found(m.start(), m.end(), "DATE", f"{doc[m.start('y')].text}-{code}", mod)
    how = _how(rel) if rel and rel != "the" else c.direction(m.start(), m.end())
    return Found(m.start(), m.end(), "DATE", c.anchor.season(code, how), mod)


# ---------------------------------------------------------------- sets ---------

_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H"}


@rule("set", "(<every>|<each>|<per>)(?P<n><ANYNUM>)?(?P<u><UNIT>)|(?P<adv><daily>|<weekly>|<monthly>|<annually>|<yearly>|<quarterly>|<hourly>)")
def _set(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("adv"):
        if c.doc[m.start("adv")].pos_ == "ADJ":
            return None  # "a quarterly dividend", "daily newspaper"
        return Found(m.start(), m.end(), "SET", _SET_ADVERBS[c.low(m.start("adv"))])
    ulow = c.low(m.start("u"))
    n = parse_int(c.doc[m.start("n")].text) if m.group("n") else 1
    return Found(m.start(), m.end(), "SET", _duration(n, _unit_of(ulow), ulow))


# ---------------------------------------------------------------- clock times --


@rule(
    "clock",
    "(?P<t><CLOCK>(<AMPM>)?|<DAYNUM><AMPM>|<noon>|<midnight>|<midday>)"
    "(?P<wd><WDAY>|<today>|<yesterday>|<tomorrow>)?",
)
def _clock(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    ti = m.start("t")
    low = doc[ti].lower_
    if low in ("noon", "midday"):
        hh, mm = 12, 0
    elif low == "midnight":
        hh, mm = 24, 0
    else:
        g = CLOCK_RE.match(low)
        if g:
            hh, mm = int(g.group(1)), int(g.group(2))
        else:
            hh, mm = int(low), 0
        ampm = doc[ti + 1].lower_ if ti + 1 < m.end("t") else ""
        if not g and not ampm:
            return None
        if ampm.startswith("p") and hh < 12:
            hh += 12
        elif ampm.startswith("a") and hh == 12:
            hh = 0
        if hh > 24:
            return None
    if m.group("wd"):
        wlow = c.low(m.start("wd"))
        if wlow in ("today", "yesterday", "tomorrow"):
            day = c.anchor.unit("D", {"today": 0, "yesterday": -1, "tomorrow": 1}[wlow])
        else:
            day = c.anchor.weekday(_wday(doc, m.start("wd")), c.direction(m.start(), m.end()))
    else:
        day = c.anchor.ref_day()
    suffix = f"T{hh:02d}:{mm:02d}" if hh != 24 else "T24:00"
    return Found(m.start(), m.end(), "TIME", day + suffix)


# ---------------------------------------------------------------- holidays -----

_HOLIDAYS = {"christmas": (12, 25), "thanksgiving": None}


@rule("holiday", "(<christmas>(<day>|<eve>)?|<new><year><'s>(<day>|<eve>)|<thanksgiving>(<day>)?)")
def _holiday(m: re.Match[str], c: Ctx) -> Found | None:
    words = [c.low(i) for i in range(m.start(), m.end())]
    how = c.direction(m.start(), m.end())
    if words[0] == "christmas":
        md = (12, 24) if "eve" in words else (12, 25)
    elif words[0] == "new":
        md = (12, 31) if "eve" in words else (1, 1)
    else:
        return _thanksgiving(m, c, how)
    value = c.anchor.month_day(md[0], md[1], how)
    return Found(m.start(), m.end(), "DATE", value) if value else None


def _thanksgiving(m: re.Match[str], c: Ctx, how: str | None) -> Found | None:
    """US Thanksgiving: fourth Thursday of November."""
    month_value = c.anchor.month(11, how)
    if month_value.startswith("X"):
        return Found(m.start(), m.end(), "DATE", "XXXX-11-XX")
    year = int(month_value[:4])
    first = safe_date(year, 11, 1)
    assert first is not None
    day = 1 + (3 - first.weekday()) % 7 + 21
    return Found(m.start(), m.end(), "DATE", f"{year:04d}-11-{day:02d}")


@rule("century", "(<the>)?(?P<n><ORDDAY>|<ORDWORD>)<->?<century>")
def _century(m: re.Match[str], c: Ctx) -> Found | None:
    low = c.low(m.start("n"))
    n = ORDINALS.get(low) or (_day_number(low) if ORDDAY_RE.match(low) else None)
    if n is None or n < 1:
        return None
    return Found(m.start(), m.end(), "DATE", f"{n - 1:02d}")
