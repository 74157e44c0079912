"""Quantities of time and sets: durations ("three years", "the past 12 months",
"a decade after"), quantities with a direction ("two weeks ago", "a year from
now") and sets ("every week", "daily").
"""

from __future__ import annotations

import re
from fractions import Fraction

from spacy.tokens import Doc, Token

from .core import (
    MODS,
    Ctx,
    Found,
    month_of,
    rule,
    unit_of,
    wday_of,
)
from .lexicon import (
    NUMBER_WORDS,
    PLURAL_UNITS,
    parse_int,
)

# ---------------------------------------------------------------- quantities ---

_QTY = (
    "(?P<mod><about>|<around>|<nearly>|<almost>|<roughly>|<approximately>|<some>"
    "|<more><than>|<no><more><than>|<less><than>|<at><least>|<up><to>|<just>)?"
    "(?P<q>(<ANYNUM>(<FRAC>)?)(<ANYNUM>)?|<a>|<an>|<a><few>|<a><couple><of>|<a><number><of>"
    "|<several>|<few>|<many>|<couple><of>)"
)


@rule(
    "quantity_units",
    "(?P<det><the>)?(?P<rel><last>|<past>|<next>|<coming>|<first>|<previous>|<following>|<latest>)?"
    + _QTY
    + "(?P<more><more>|<additional>|<extra>|<further>)?(?P<hy><->)?(?P<u><UNIT>)(?!<->(<earlier>|<ago>|<old>))(?P<half><and><a><half>)?(?P<or><or><so>)?"
    "(?P<dir><ago>|<earlier>|<later>|<before>|<after>|<from>(<now>|<today>)|<hence>)?",
)
def _quantity_units(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    qi = m.start("q")
    qwords = [c.low(i) for i in range(qi, m.end("q"))]
    ulow = c.low(m.start("u"))
    unit = unit_of(ulow)
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
    if qwords == ["one"] and ulow == "day" and not m.group("dir") and _after_modal(c, m.start()):
        # "Islam will one day be the second religion": an indefinite future time
        return Found(m.start(), m.end(), "DATE", "FUTURE_REF")
    if not m.group("mod") and not m.group("dir") and (_is_rate(c, m.start(), qwords) or _rate_follows(c, m.end())):
        return None
    if ulow == "second" and m.end() < len(doc) and doc[m.end()].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "a second betrayal", "a second group": an ordinal
    # "1990 years" is odd but a duration; a year token needs its unit right after.
    if m.group("hy") and m.group("dir"):
        return None
    if m.end() + 1 < len(doc) and doc[m.end()].text == "-" and doc[m.end() + 1].lower_ == "old":
        return None  # "a 6-year-old boy": an age
    if m.end() < len(doc) and doc[m.end()].lower_ in ("old", "-old"):
        return None
    if unit == "Q" and not m.group("dir") and m.end() < len(doc) and doc[m.end()].lower_ == "of":
        return None  # "three-quarters of the vote", "a quarter of a point": a fraction
    end = m.end()
    if m.group("dir") and c.low(m.start("dir")) in ("before", "after") and m.end() < len(doc):
        nxt = doc[m.end()]
        if not (nxt.is_punct or nxt.lower_ in ("and", "or", "but", "when")):
            return _without_dir(m, c)
    if m.group("hy") and m.group("det") and not m.group("rel"):
        # "a 6-year note": an adjective; the article belongs to the noun. TimeML
        # marks maturities and ranges too ("the 30-year bond", "a 52-week high":
        # 30 of 31 such adjectives in TBAQ are annotated).
        return Found(m.start() + 1, end, "DURATION", duration_value(_count(m, c), unit, ulow))
    d = c.low(m.start("dir")) if m.group("dir") else None
    mod = None
    if m.group("mod"):
        mod = MODS.get(c.low(m.end("mod") - 1)) or MODS.get(c.low(m.start("mod")))
    if m.group("or"):
        mod = "APPROX"
    if ulow in ("a", "an"):
        return None
    if d in ("ago", "earlier", "later", "before", "after", "from", "hence"):
        if d == "later" or (n is None and d == "earlier"):
            # "three days later", "a minute and a half later": TimeML reads a
            # duration and takes "later" for a signal (TBAQ leaves it outside).
            return _without_dir(m, c)
        if n is None:
            value = "PAST_REF" if d in ("ago", "earlier", "before") else "FUTURE_REF"
            return Found(m.start(), m.end(), "DATE", value, mod)
        if unit in ("S", "H") or ulow in ("minute", "minutes"):
            return Found(m.start(), m.end(), "DURATION", duration_value(n, unit, ulow), mod)
        if unit == "2W":
            n, unit = n * 2, "W"
        last = c.anchor.last_value or ""
        period = c.anchor.period_shift(-n) if unit == "Y" and d in ("ago", "earlier") else None
        if period is not None:
            # "up from $3 million a year earlier" in a report on a quarter: that quarter
            return Found(m.start(), m.end(), "DATE", period, mod, comparison=True)
        if unit == "Y" and d in ("ago", "earlier") and c.anchor.on_long_span:
            # "45% in the latest nine months, compared with 40% a year earlier"
            return Found(m.start(), m.end(), "DATE", c.anchor.unit("Y", -n), mod, comparison=True)
        if d == "ago" and unit == "Y" and "-Q" in last:
            value = c.anchor.ref_shift(-n, "Y")  # "a year ago" next to a quarter: that quarter
            return Found(m.start(), m.end(), "DATE", value, mod, comparison=True)
        elif d == "ago":
            value = c.anchor.ago(n, unit if unit != "WE" else "W")
        elif d == "from" and c.low(m.end("dir") - 1) == "today":
            value = c.anchor.day_from_dct(n, unit)  # "a week from today": a day
        elif d in ("from", "hence"):
            value = c.anchor.ago(n, unit, sign=1)
        else:
            sign = -1 if d in ("earlier", "before") else 1
            value = c.anchor.ref_shift(sign * n, unit if unit != "WE" else "W")
            return Found(m.start(), m.end(), "DATE", value, mod, comparison=True)
        return Found(m.start(), m.end(), "DATE", value, mod)
    if m.group("det") and not m.group("rel") and qwords[0] in ("a", "an"):
        return None  # "the a week" is not English; skip
    start = m.start()
    if m.group("rel") and not m.group("det") and doc[m.start("rel")].pos_ in ("VERB", "AUX"):
        start = m.start("rel") + 1  # "expected to last several weeks": the verb is outside
    value = duration_value(n, unit, ulow)
    if n is not None:
        value = duration_fraction(n, _fraction_of(m, c), unit, ulow)
    return Found(start, m.end(), "DURATION", value, mod)


@rule("market_days", "(?P<q><ANYNUM>)(<trading>|<business>|<working>)(?P<u><days>)")
def _market_days(m: re.Match[str], c: Ctx) -> Found | None:
    """"eight trading days", "five business days": days counted on a calendar of
    working days, still a duration in days."""
    n = parse_int(c.doc[m.start("q")].text)
    return Found(m.start(), m.end(), "DURATION", f"P{n}D") if n else None


_LONG_WORDS = {"daylong": "day", "weeklong": "week", "monthlong": "month", "yearlong": "year",
               "hourlong": "hour"}


@rule(
    "unit_long",
    "(?P<q><ANYNUM><->?|<a><->?|<an><->?)?(?P<u><UNIT>)<-><long>"
    "|(?P<w><daylong>|<weeklong>|<monthlong>|<yearlong>|<hourlong>)",
)
def _unit_long(m: re.Match[str], c: Ctx) -> Found | None:
    """"a year-long inquiry", "decades-long battle", "a two-week-long vigil",
    "weeklong": an adjective of duration (TimeML DURATION, the article outside)."""
    if m.group("w"):
        ulow = _LONG_WORDS[c.low(m.start("w"))]
        return Found(m.start(), m.end(), "DURATION", duration_value(1, unit_of(ulow), ulow))
    ulow = c.low(m.start("u"))
    unit = unit_of(ulow)
    start, n = m.start("u"), None if ulow in PLURAL_UNITS else 1
    if m.group("q") and c.low(m.start("q")) not in ("a", "an"):
        n = parse_int(c.doc[m.start("q")].text)
        if n is None:
            return None
        start = m.start("q")
    return Found(start, m.end(), "DURATION", duration_value(n, unit, ulow))


def _after_modal(c: Ctx, i: int) -> bool:
    """A modal right before ("will one day", "could one day")."""
    return i > 0 and c.doc[i - 1].tag_ == "MD"


_RATE_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}


def _after_amount(prev: Token) -> bool:
    """An amount or a counted noun right before: what follows is a rate."""
    return prev.like_num or prev.tag_ == "NNS" or prev.lower_ in ("million", "billion", "thousand", "%",
                                                                  "percent")


def _is_rate(c: Ctx, start: int, qwords: list[str]) -> bool:
    """"$500 million a year", "four flights a week", "interviews a day": "a <unit>"
    after an amount or a counted noun is a rate (TBAQ leaves these unmarked)."""
    if qwords not in (["a"], ["an"]) or start == 0:
        return False
    if start + 1 >= len(c.doc) or c.doc[start + 1].lower_ not in _RATE_UNITS:
        return False
    return _after_amount(c.doc[start - 1])


def _rate_follows(c: Ctx, end: int) -> bool:
    """"24 hours a day": the count of a rate, not a stretch of time."""
    doc = c.doc
    return (end + 1 < len(doc) and doc[end].lower_ in ("a", "per")
            and doc[end + 1].lower_ in _RATE_UNITS and doc[end + 1].lower_ != "year")


def _fraction_of(m: re.Match[str], c: Ctx) -> Fraction:
    """"1/2" inside the quantity or a trailing "and a half"."""
    if m.group("half"):
        return Fraction(1, 2)
    return _fraction_in(c, m.start("q"), m.end("q"))


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
    mod = MODS.get(c.low(m.start("mod"))) if m.group("mod") else None
    n, unit = _count(m, c), unit_of(ulow)
    value = duration_value(n, unit, ulow) if n is None else duration_fraction(n, _fraction_of(m, c), unit, ulow)
    return Found(start, m.start("dir"), "DURATION", value, mod)


def duration_value(n: int | None, unit: str, ulow: str) -> str:
    """A TIMEX3 duration in ISO 8601 designators.

    ISO 8601 has no quarter, decade or century designator (TimeML's ``Q``/``E``/``C``
    are for calendar values such as ``1999-Q1``): quarters count as three months,
    decades as ten years, centuries as a hundred ("two decades" -> P20Y,
    "the next three quarters" -> P9M), as TBAQ annotates them; an uncounted
    "centuries" stays PXC there.
    """
    count = "X" if n is None else str(n)
    if unit == "C" and n is None:
        return "PXC"  # "for centuries": no count of years to restate it in
    scale = {"Q": (3, "M"), "E": (10, "Y"), "C": (100, "Y")}.get(unit)
    if scale is not None:
        return f"PX{scale[1]}" if n is None else f"P{n * scale[0]}{scale[1]}"
    if unit in ("S", "H") or ulow in ("minute", "minutes"):
        return f"PT{count}{unit}"
    if unit == "2W":
        return "P2W" if n == 1 else f"P{count}W"
    if unit == "WE":
        return f"P{'X' if n is None else 2 * n}D"
    return f"P{count}{unit}"


# Each designator and how many of the next smaller one it holds (a month as 30 days).
_SUBUNITS: tuple[tuple[str, int], ...] = (("Y", 12), ("M", 30), ("D", 24), ("H", 60), ("MIN", 60), ("S", 1))


def duration_fraction(n: int, frac: Fraction, unit: str, ulow: str) -> str:
    """A duration of ``n + frac`` units written with whole designators, as TBAQ does:
    "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a minute and a half" ->
    PT1M30S (a fraction of a designator is not ISO 8601)."""
    if frac == 0:
        return duration_value(n, unit, ulow)
    total = n + frac
    if unit in ("Q", "E", "C", "W", "2W", "WE"):
        # No designator of their own: restate in months, years or days.
        base, per = {"Q": ("M", 3), "E": ("Y", 10), "C": ("Y", 100), "W": ("D", 7),
                     "2W": ("D", 14), "WE": ("D", 2)}[unit]
        unit, total = base, total * per
    elif unit == "M" and ulow in ("minute", "minutes"):
        unit = "MIN"
    names = [u for u, _ in _SUBUNITS]
    parts: list[tuple[str, int]] = []
    i = names.index(unit)
    while total and i < len(_SUBUNITS):
        whole = int(total)
        if whole:
            parts.append((names[i], whole))
        total = (total - whole) * _SUBUNITS[i][1]
        i += 1
    if total or not parts:
        return duration_value(n, unit if unit != "MIN" else "M", ulow)
    date_part = "".join(f"{k}{u}" for u, k in parts if u in ("Y", "M", "D"))
    time_part = "".join(f"{k}{'M' if u == 'MIN' else u}" for u, k in parts if u in ("H", "MIN", "S"))
    return "P" + date_part + (("T" + time_part) if time_part else "")


def _fraction_in(c: Ctx, start: int, end: int) -> Fraction:
    """The "1/2" of "5 1/2 hours" between token ``start`` and ``end`` (zero if none)."""
    for i in range(start, end):
        text = c.doc[i].text
        if "/" in text:
            num, _, den = text.partition("/")
            if num.isdigit() and den.isdigit() and 0 < int(num) < int(den):
                return Fraction(int(num), int(den))
    return Fraction(0)


@rule("bare_units", "(?<=<for>|<in>|<within>|<over>|<than>|<of>)(?P<u><UNITPL>)(?!<of>|<ago>)|(?P<u2><UNITPL>)<ago>")
def _bare_units(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("u2"):
        return Found(m.start(), m.end(), "DATE", "PAST_REF")
    ulow = c.low(m.start("u"))
    unit = unit_of(ulow)
    if unit == "WE":
        return None
    prev = c.low(m.start() - 1)
    if prev == "of" and (m.start() < 2 or c.low(m.start() - 2) not in ("matter", "space")):
        return None
    return Found(m.start(), m.end(), "DURATION", duration_value(None, unit, ulow))


@rule("fractional_units", "(?P<n><DIGITS>)(?P<f><FRAC>)(?P<u><UNIT>)")
def _fractional(m: re.Match[str], c: Ctx) -> Found | None:
    n = int(c.doc[m.start("n")].text)
    ulow = c.low(m.start("u"))
    frac = _fraction_in(c, m.start("f"), m.end("f"))
    return Found(m.start(), m.end(), "DURATION", duration_fraction(n, frac, unit_of(ulow), ulow))


# ---------------------------------------------------------------- sets ---------

_SET_ADVERBS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
                "yearly": "P1Y", "quarterly": "P1Q", "hourly": "PT1H"}


def _names_a_periodical(doc: Doc, i: int) -> bool:
    """Is "daily", "weekly" or "quarterly" at ``i`` a noun: a newspaper followed by its
    name ("the party daily Granma", "the British weekly The Economist"), or a payment
    with a determiner and "of" ("its initial quarterly of five cents")?"""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.text[:1].isupper() and not nxt.is_sent_start and i > 0 \
            and doc[i - 1].text[:1].isupper():
        return True
    return nxt is not None and nxt.lower_ == "of" and any(
        t.pos_ in ("DET", "PRON") for t in doc[max(0, i - 3):i])


@rule("set", "(<every>|<each>|<per>)(?P<n><ANYNUM>)?(?P<u><UNIT>)|(?P<adv><daily>|<weekly>|<monthly>|<annually>|<yearly>|<quarterly>|<hourly>)")
def _set(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("adv"):
        if c.doc[m.start("adv")].pos_ == "ADJ":
            return None  # "a quarterly dividend", "daily newspaper"
        if m.start() > 0 and _after_amount(c.doc[m.start() - 1]):
            return None  # "rise 8.5% annually", "10,000 units annually": a rate of growth or output
        if _names_a_periodical(c.doc, m.start("adv")):
            return None  # "the Communist Party daily Granma", "its initial quarterly of 5 cents"
        return Found(m.start(), m.end(), "SET", _SET_ADVERBS[c.low(m.start("adv"))])
    if c.low(m.start()) == "per" and m.start() > 0 and _after_amount(c.doc[m.start() - 1]):
        return None  # "15 million instructions per second": a rate, not a set of times
    ulow = c.low(m.start("u"))
    n = parse_int(c.doc[m.start("n")].text) if m.group("n") else 1
    return Found(m.start(), m.end(), "SET", duration_value(n, unit_of(ulow), ulow))




@rule("set_calendar", "(<every>|<each>)((?P<wd><WDAY>)|(?P<m><MONTH>))")
def _set_calendar(m: re.Match[str], c: Ctx) -> Found | None:
    """"each Thursday", "every July": a set of calendar days or months."""
    if m.group("wd"):
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{wday_of(c.doc, m.start('wd'))}")
    return Found(m.start(), m.end(), "SET", f"XXXX-{month_of(c.doc, m.start('m')):02d}")


@rule("year_ended", "<the>(<fiscal>|<full>|<latest>|<current>)?(<fiscal>)?<year>(?=<ended>|<ending>)")
def _year_ended(m: re.Match[str], c: Ctx) -> Found | None:
    """"the year ended Sept. 30": a reporting period of one year (the date is its end)."""
    return Found(m.start(), m.end(), "DURATION", "P1Y")
