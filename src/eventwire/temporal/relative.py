"""Relative expressions anchored to the publication date (DCT): "today", "last week",
"this year", "the end of this month", "the third quarter", PRESENT_REF / PAST_REF /
FUTURE_REF.

TimeML anchors these to the document creation time; granularity follows the
expression ("last week" is a week value, "last year" a year, "this quarter" a
quarter).

Where TBAQ gold disagrees with itself we follow the TimeML guidelines: "last
week" / "this week" are week values (``1989-W43``) although part of the WSJ
TimeBank files write ``1989-WXX``; a plain year is ``1968`` although some AQUAINT
files write ``1968-XX``.
"""

from __future__ import annotations

import re

from .core import (
    Ctx,
    Found,
    month_of,
    prefix_mod,
    rule,
    unit_of,
)
from .lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    UNITS,
)
from .quantities import duration_value

# ---------------------------------------------------------------- deictic ------


@rule(
    "deictic_day",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<w><today>|<yesterday>|<tomorrow>)"
    "(?P<pod><POD>)?",
)
def _deictic_day(m: re.Match[str], c: Ctx) -> Found | None:
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[c.low(m.start("w"))]
    value = c.anchor.unit("D", delta)
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    if m.group("pod"):
        return Found(m.start(), m.end(), "TIME", f"{value}T{PARTS_OF_DAY[c.low(m.start('pod'))]}", mod)
    return Found(m.start(), m.end(), "DATE", value, mod)


@rule("day_beyond", "<the><day>(?P<r><before><yesterday>|<after><tomorrow>)")
def _day_beyond(m: re.Match[str], c: Ctx) -> Found | None:
    """"the day before yesterday" / "the day after tomorrow": two days off."""
    delta = -2 if c.low(m.start("r")) == "before" else 2
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("D", delta))


@rule("part_of_day", "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<rel><this>|<last>|<tonight>)(?P<pod><POD>)?")
def _part_of_day(m: re.Match[str], c: Ctx) -> Found | None:
    rel = c.low(m.start("rel"))
    if rel == "tonight":
        # dated to the day, like "Friday night" (see ``dates._weekday``)
        return Found(m.start(), m.end("rel"), "DATE", c.anchor.unit("D"))
    if not m.group("pod"):
        return None
    pod = PARTS_OF_DAY[c.low(m.start("pod"))]
    delta = -1 if rel == "last" else 0
    return Found(m.start(), m.end(), "TIME", c.anchor.unit("D", delta) + "T" + pod)


@rule(
    "pod_phrase",
    "(?P<h><DAYNUM><in>)?(?<=<in>|<during>|<by>|<at>)<the>(?P<pod><POD>)(?!<of>)"
    "|<mid><->?(?P<pod2><POD>)(?P<d><yesterday>|<today>|<tomorrow>)?",
)
def _pod_phrase(m: re.Match[str], c: Ctx) -> Found | None:
    """"in the morning", "by mid afternoon", "mid-afternoon yesterday": a part of
    the day under discussion (the last day named, else the publication day)."""
    if m.end() < len(c.doc) and c.doc[m.end()].pos_ in ("NOUN", "PROPN"):
        return None  # "in the morning session": a noun modifier
    pod = PARTS_OF_DAY[c.low(m.start("pod") if m.group("pod") else m.start("pod2"))]
    if m.group("d"):
        day = c.anchor.unit("D", {"today": 0, "yesterday": -1, "tomorrow": 1}[c.low(m.start("d"))])
    else:
        day = c.anchor.ref_day()
    if m.group("h"):
        # "at 4 in the morning", "10 in the evening": a clock time
        hour = int(c.doc[m.start("h")].text)
        if hour > 12:
            return None
        hour = hour % 12 + (12 if pod in ("AF", "EV") or (pod == "NI" and hour >= 6) else 0)
        return Found(m.start(), m.end(), "TIME", f"{day}T{hour:02d}:00")
    if day.startswith("X"):
        return Found(m.start(), m.end(), "TIME", f"XXXX-XX-XXT{pod}")
    return Found(m.start(), m.end(), "TIME", f"{day}T{pod}", "MID" if m.group("pod2") else None)


_OFFICE_HOLDERS = {"leader", "president", "chairman", "chairwoman", "chair", "chief", "director",
                   "minister", "premier", "head", "owner", "holder", "champion", "mayor",
                   "governor", "king", "queen", "ruler", "government", "administration",
                   "management", "board", "regime", "member", "officer", "executive", "ceo"}


@rule(
    "present_ref",
    "<now>|<currently>|<presently>|<nowadays>|<the>?<present>(?!<OTHER>)"
    "|(?<!<then>)<current>(?!<UNIT>|<fiscal>|<'s>|<,>)",
)
def _present(m: re.Match[str], c: Ctx) -> Found | None:
    tok = c.doc[m.end() - 1]
    if tok.lower_ == "current":
        # "its current position", "current market conditions": TimeML's temporal
        # adjective (PRESENT_REF); "the current year" is a year (``rel_unit``).
        if tok.pos_ != "ADJ" or m.end() >= len(c.doc) or c.doc[m.end()].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM"):
            return None
        if c.doc[m.end()].lemma_.lower() in _OFFICE_HOLDERS:
            return None  # "the current leader": the incumbent, a title rather than a time
        return Found(m.start(), m.end(), "DATE", "PRESENT_REF")
    if tok.lower_ == "present" and tok.pos_ != "NOUN":
        return None
    # "now that the talks have failed": the conjunction still says "at present",
    # so "now" is annotated (PRESENT_REF), "that" is not.
    return Found(m.start(), m.end(), "DATE", "PRESENT_REF")


@rule("past_ref", "<recently>|<lately>|<the><past>(?!<ANYNUM>|<UNIT>|<VAGUE>|<a>)|<recent>(?P<u><UNITPL>)?")
def _past(m: re.Match[str], c: Ctx) -> Found | None:
    if c.low(m.start()) == "recent" and not m.group("u"):
        return None
    if _dated_after(c, m.start(), m.end()):
        return None  # "killed, most recently last October": the date is the expression
    if m.group("u"):
        ulow = c.low(m.start("u"))
        if unit_of(ulow) in ("W", "M", "Q") and ulow not in ("minutes",):
            # "in recent weeks / months / quarters": TBAQ reads a stretch of
            # uncounted units (PXW, PXM); "recent years" and "recent days" it
            # mostly leaves a PAST_REF.
            return Found(m.start(), m.end(), "DURATION", duration_value(None, unit_of(ulow), ulow))
    return Found(m.start(), m.end(), "DATE", "PAST_REF")


def _dated_after(c: Ctx, start: int, end: int) -> bool:
    """"most recently" right before a date names no time of its own."""
    doc = c.doc
    if start == 0 or doc[start - 1].lower_ != "most" or end >= len(doc):
        return False
    nxt = doc[end]
    return nxt.lower_ in ("last", "this", "on", "in") or nxt.ent_type_ == "DATE"


@rule(
    "future_ref",
    "<soon>|<the><future>|<future>|<the><coming><UNITPL>|<coming><UNITPL>"
    "|<the><near>(<future>|<term>)|<the><short><term>",
)
def _future(m: re.Match[str], c: Ctx) -> Found | None:
    tok = c.doc[m.end() - 1]
    if tok.lower_ == "future" and (tok.pos_ != "NOUN" or tok.dep_ == "compound"):
        return None
    if tok.lower_ == "soon":
        return _soon(m, c)
    return Found(m.start(), m.end(), "DATE", "FUTURE_REF")


def _soon(m: re.Match[str], c: Ctx) -> Found | None:
    """"soon" is FUTURE_REF where it points ahead of the report. "as soon as" +
    clause or date is a conjunction (the date, if any, is the expression), except
    "as soon as possible", which TimeML takes whole; "soon after" is a signal; and
    "was soon released" is narrative past, not a reference to the future."""
    doc, i = c.doc, m.start()
    nxt = c.low(i + 1) if i + 1 < len(doc) else ""
    if nxt == "after":
        return None
    if i > 0 and c.low(i - 1) == "as" and nxt == "as":
        if i + 2 < len(doc) and c.low(i + 2) == "possible":
            return Found(i - 1, i + 3, "DATE", "FUTURE_REF")
        return None
    if c.direction(i, i + 1) == "past":
        return None
    return Found(m.start(), m.end(), "DATE", "FUTURE_REF")


@rule(
    "vague_ref",
    "<these><days>|(?<=<for>)<a><while>|<a><later><date>|(?<=<in>)<past>(?P<u><UNITPL>)"
    "|(?<=<over>|<in>|<through>)<the><years>(?!<YEAR>|<DIGITS>|<of>)|<the>(?P<a><UNITPL>)<ahead>",
)
def _vague_ref(m: re.Match[str], c: Ctx) -> Found | None:
    """Set phrases of TimeML's vague references: "these days" (PRESENT_REF), "at a
    later date" (FUTURE_REF), "in past years" (PAST_REF), "for a while" (a duration of
    unknown unit, PXX), "over the years" (years uncounted, PXY) and "in the weeks
    ahead" (uncounted weeks from now, PXW, like "the next few weeks")."""
    if m.group("a"):
        ulow = c.low(m.start("a"))
        return Found(m.start(), m.end(), "DURATION", duration_value(None, unit_of(ulow), ulow))
    first, last = c.low(m.start()), c.low(m.end() - 1)
    if first == "these":
        return Found(m.start(), m.end(), "DATE", "PRESENT_REF")
    if last == "date":
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF")
    if first == "past":
        return Found(m.start(), m.end(), "DATE", "PAST_REF")
    if last == "while":
        return Found(m.start(), m.end(), "DURATION", "PXX")
    return Found(m.start(), m.end(), "DURATION", "PXY")


# ---------------------------------------------------------------- relative units


@rule(
    "rel_unit",
    "(?P<pre><early>|<late>|<mid><->?|<earlier>|<later>)?(<in>|<the>(?=<past>|<last>))?"
    "(?P<rel><last>|<this>|<next>|<current>|<the><current>|<past>|<previous>|<coming>)"
    "(?P<u><DATEUNIT>)(?!<'s>(<fiscal>)?(<ORDWORD><->?)?(<quarter>|<half>|<period>))",
)
def _rel_unit(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    ulow = c.low(m.start("u"))
    if ulow.endswith("s") and ulow != "weekends":
        return None
    rel = c.low(m.end("rel") - 1)
    unit = unit_of(ulow)
    if unit == "2W":
        return None
    start = m.start()
    if m.group(2) and c.low(m.start(2)) == "in" and not m.group("pre"):
        start = m.end(2)  # "in" before: not part of the expression
    delta = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if doc[start].lower_ == "in":
        start += 1
    if rel == "past" and unit != "WE" and doc[start].lower_ != "the":
        # "past decade" without an article: a stretch up to now
        return Found(start, m.end(), "DURATION", duration_value(1, unit, ulow))
    # "the past year", "the last week", "the last decade": TBAQ gives the calendar
    # unit before the publication date (1997 for "the past year" in 1998), like "last year".
    value = c.anchor.unit(unit, delta)
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    if unit == "Y" and rel == "last" and _amount_compared(c, start, m.end()):
        # "up from $3 million last year" in a report on a quarter: that quarter a
        # year back, like "a year earlier"
        period = c.anchor.period_shift(-1)
        if period is not None:
            return Found(start, m.end(), "DATE", period, mod, comparison=True)
    return Found(start, m.end(), "DATE", value, mod)


_AMOUNT_WORDS = {"million", "billion", "%", "percent", "cents"}


def _amount_compared(c: Ctx, start: int, end: int) -> bool:
    """An amount right before ("a loss of $3 million last year") or right after a
    possessive ("last year's $1.55 billion"): the figure of a comparison period."""
    doc = c.doc
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and (prev.lower_ in _AMOUNT_WORDS or prev.like_num):
        return True
    return end + 1 < len(doc) and doc[end].lower_ == "'s" and doc[end + 1].text in ("$", "#", "C$")


@rule(
    "the_year",
    "<the>(?P<q><full>|<current>|<latest>)?(<fiscal>)?<year>"
    "(?!<ended>|<ending>|<before>|<after>|<earlier>|<ago>|<'s>|<->|<YEAR>|<of>)",
)
def _the_year(m: re.Match[str], c: Ctx) -> Found | None:
    """"For the year, volume was flat", "a high for the year", "the full year", "the
    current fiscal year": the year of the report (TBAQ dates it by the publication
    year); "the latest fiscal year" is the last one closed."""
    q = c.low(m.start("q")) if m.group("q") else None
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("Y", -1 if q == "latest" else 0))


@rule("nth_day_of", "(?<=<today><is>|<it><is>|<it><'s>)<the>(<ORDWORD>|<ORDDAY>)<day>(?=<of>)")
def _nth_day_of(m: re.Match[str], c: Ctx) -> Found | None:
    """"Today is the eighth day of the operation", "It's the second day of an
    offensive": the present-tense copula names the publication day."""
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("D"))


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
    mod = prefix_mod(c.low(m.start("b")))
    ui = m.start("u")
    text = doc[ui].text
    if text.isdigit():
        value = text
    elif doc[ui].lower_.rstrip(".") in MONTHS and doc[ui].lower_ not in UNITS:
        if m.group("rel") and c.low(m.start("rel")) not in ("the",):
            return None
        value = c.anchor.month(month_of(doc, ui), c.direction(m.start(), m.end()))
    else:
        unit = unit_of(doc[ui].lower_)
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
    unit = "Y" if low.startswith("year") else unit_of(low)
    return Found(m.start(), m.end(), "DATE", c.anchor.unit(unit), "END")



# ---------------------------------------------------------------- quarters -----


@rule("two_quarters_of", "(<the>)?(?P<w><first>|<last>)<two><quarters><of>(?P<y><YEAR>)")
def _two_quarters_of(m: re.Match[str], c: Ctx) -> Found | None:
    """"the first two quarters of 1990": a half year (1990-H1)."""
    half = 1 if c.low(m.start("w")) == "first" else 2
    return Found(m.start(), m.end(), "DATE", f"{c.doc[m.start('y')].text}-H{half}")


@rule(
    "quarter",
    "(?P<det><the>|<this><year><'s>|<last><year><'s>|<next><year><'s>)?(<fiscal><->?)?(?P<y0><YEAR>)?"
    "(?P<q><ORDWORD>|<last>|<latest>|<current>|<this>|<next>|<previous>|<year-earlier>|<year-ago>"
    "|<final>)?(<fiscal>)?<->?(?P<u><quarter>|<half>)(<of>(<fiscal>)?(?P<y><YEAR>))?",
)
def _quarter(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if m.end() + 1 < len(doc) and doc[m.end()].text == "-" and doc[m.end() + 1].lower_ == "to":
        return None  # "the quarter-to-quarter comparison": no particular quarter
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
        value = c.anchor.period_shift(-1) or (
            c.anchor.ref_shift(-1, "Y") if c.anchor.last_value else c.anchor.unit("Q", -4)
        )
        if "Q" not in value:
            value = c.anchor.unit("Q", -5)
        return Found(m.start(), m.end(), "DATE", value)
    det_low = c.low(m.start("det")) if m.group("det") else ""
    if det_low == "last" and qword in (None, "latest", "final"):
        # "last year's quarter": the quarter under discussion, a year back
        prev = c.anchor.last_value or ""
        value = c.anchor.period_shift(-1) or (
            c.anchor.ref_shift(-1, "Y") if "-Q" in prev else c.anchor.unit("Q", -5)
        )
        return Found(m.start(), m.end(), "DATE", value, comparison=True)
    if qword in ("current", "this"):
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q"))
    if qword == "next":
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", 1))
    if qword in ("last", "previous"):
        return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", -1))
    # "the quarter": the last quarter mentioned; "the latest quarter": the reporting
    # period (the latest closed quarter named); else the last one closed.
    last = c.anchor.last_value
    if qword == "latest" and c.anchor.period is not None:
        return Found(m.start(), m.end(), "DATE", c.anchor.period)
    if last and "-Q" in last:
        return Found(m.start(), m.end(), "DATE", last)
    if c.anchor.period is not None:
        return Found(m.start(), m.end(), "DATE", c.anchor.period)
    return Found(m.start(), m.end(), "DATE", c.anchor.unit("Q", -1))


