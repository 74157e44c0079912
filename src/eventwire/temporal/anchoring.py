"""Anaphoric expressions anchored to the discourse, not the publication date:
"that day", "the same month", "the following week", "a year earlier", "the
year-ago quarter". They resolve against the last date mentioned (``Anchor``).
"""

from __future__ import annotations

import re

from .core import (
    Ctx,
    Found,
    how_of,
    prefix_mod,
    rule,
    unit_of,
    wday_of,
)
from .lexicon import (
    PARTS_OF_DAY,
    parse_int,
)
from .quantities import duration_value
from .resolve import shift_value


@rule(
    "anaphoric",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(<that>|<the><same>|<that><same>|<the><very>)"
    "(?P<u><day>|<week>|<month>|<quarter>|<year>|<POD>)",
)
def _anaphoric(m: re.Match[str], c: Ctx) -> Found | None:
    ulow = c.low(m.start("u"))
    pre = c.low(m.start("pre")) if m.group("pre") else None
    mod = prefix_mod(pre) if pre in ("early", "late") else None
    if ulow in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "TIME", c.anchor.ref_day() + "T" + PARTS_OF_DAY[ulow], mod)
    unit = unit_of(ulow)
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit(unit), mod)


@rule(
    "anaphoric_shift",
    "<the>(?P<rel><next>|<following>|<previous>|<prior>)(?P<u><day>|<week>|<month>|<year>|<POD>)"
    "|<the>(?P<u2><day>|<week>|<month>|<year>)(?P<rel2><before>|<after>)"
    "(?!<OTHER>|<ANYNUM>|<MONTH>|<WDAY>|<the>|<yesterday>|<last>|<next>|<this>|<coming>|<past>)",
)
def _anaphoric_shift(m: re.Match[str], c: Ctx) -> Found | None:
    if m.group("rel"):
        rel, ulow = c.low(m.start("rel")), c.low(m.start("u"))
    else:
        rel, ulow = c.low(m.start("rel2")), c.low(m.start("u2"))
    delta = 1 if rel in ("next", "following", "after") else -1
    if ulow in PARTS_OF_DAY:
        return Found(m.start(), m.end(), "TIME", c.anchor.ref_day(delta) + "T" + PARTS_OF_DAY[ulow])
    unit = unit_of(ulow)
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit(unit, delta))


@rule(
    "year_earlier",
    "(?P<det><the>)?(<comparable>|<corresponding>)?(<year><->(<earlier>|<ago>)|<year-earlier>|<year-ago>)"
    "(?P<u><quarter>|<period>|<month>|<ORDWORD><->?<quarter>|<ANYNUM><UNITPL>)?",
)
def _year_earlier(m: re.Match[str], c: Ctx) -> Found | None:
    start = m.start()
    if m.group("det") and not m.group("u"):
        start += 1  # "The year-ago results": the adjective alone, the article is the noun's
    u = m.group("u") and c.low(m.end("u") - 1)
    if u in ("months", "weeks", "days", "years", "quarters"):
        ulow = c.low(m.end("u") - 1)
        n = parse_int(c.doc[m.start("u")].text) or 1
        return Found(start, m.end(), "DURATION", duration_value(n, unit_of(ulow), ulow))
    last = c.anchor.last_value
    period = c.anchor.period_shift(-1)
    if period is not None and u != "month":
        return Found(start, m.end(), "DATE", period, comparison=True)
    if u == "quarter" and last and "-Q" not in last and c.anchor.last_day is not None:
        # "the year-ago quarter" after "the quarter ended Sept. 30": a quarter value
        return Found(start, m.end(), "DATE", c.anchor.ref_unit("Q", -4), comparison=True)
    if start > m.start():
        # "The year-ago results" names the comparison year of the report itself,
        # not a year before the last date mentioned (often that year already).
        return Found(start, m.end(), "DATE", c.anchor.unit("Y", -1), comparison=True)
    value = c.anchor.ref_shift(-1, "Y") if last else c.anchor.unit("Y", -1)
    return Found(start, m.end(), "DATE", value, comparison=True)




@rule("year_period", "<the>(?P<y><YEAR>)(?P<u><period>|<quarter>)")
def _year_period(m: re.Match[str], c: Ctx) -> Found | None:
    """"the 1988 period", "the 1988 quarter": in an earnings report, the quarter
    under discussion in that year (the last quarter mentioned), else the year."""
    year = c.doc[m.start("y")].text
    last = c.anchor.last_value or ""
    if c.anchor.on_long_span:
        # "In the first nine months, ... in the 1988 period": that stretch, by year
        return Found(m.start(), m.end(), "DATE", year, comparison=True)
    if c.anchor.period is not None and (c.anchor.in_period or c.low(m.start("u")) == "quarter"):
        return Found(m.start(), m.end(), "DATE", f"{year}-{c.anchor.period[-2:]}", comparison=True)
    if "-Q" in last:
        return Found(m.start(), m.end(), "DATE", f"{year}-{last[-2:]}", comparison=True)
    return Found(m.start(), m.end(), "DATE", year, comparison=True)


@rule(
    "period_year_before",
    "<the>(<same>|<corresponding>|<comparable>)?(?P<u><period>|<quarter>|<month>)"
    "(<of>)?(<last><year>|<a><year>(<ago>|<earlier>|<before>)|<the>(<previous>|<prior>)<year>)",
)
def _period_year_before(m: re.Match[str], c: Ctx) -> Found | None:
    """"the corresponding period last year", "the quarter a year ago": the period
    under discussion (the reporting quarter, else the last value) a year back."""
    if c.low(m.start("u")) != "month":
        period = c.anchor.period_shift(-1)
        if period is not None:
            return Found(m.start(), m.end(), "DATE", period, comparison=True)
    last = c.anchor.last_value or ""
    if c.low(m.start("u")) == "month":
        shifted = c.anchor.ref_shift(-1, "Y") if re.match(r"\d{4}-\d\d", last) and "-Q" not in last else None
        value = shifted[:7] if shifted else c.anchor.unit("M", -12)
    else:
        value = c.anchor.ref_shift(-1, "Y") if last else c.anchor.unit("Q", -4)
    return Found(m.start(), m.end(), "DATE", value, comparison=True)


@rule("latest_period", "<the><latest><period>")
def _latest_period(m: re.Match[str], c: Ctx) -> Found | None:
    """"the latest period" of an earnings report: the reporting quarter."""
    last = c.anchor.last_value or ""
    value = c.anchor.period or (last if "-Q" in last else c.anchor.unit("Q", -1))
    return Found(m.start(), m.end(), "DATE", value)


@rule(
    "weekday_anaphoric",
    "<the>(?P<rel><previous>|<prior>|<following>|<next>)(?P<wd><WDAY>)|<that>(?P<wd2><WDAY>)",
)
def _weekday_anaphoric(m: re.Match[str], c: Ctx) -> Found | None:
    """A weekday placed by the narrative, not the publication date: "down 4.5% from
    the previous Friday" (the Friday before the last day mentioned), "the following
    Monday", "that Tuesday" (in the week of the last day mentioned)."""
    if m.group("wd2"):
        if c.doc[m.start("wd2")].lower_.endswith("s"):
            return None
        return Found(m.start(), m.end(), "DATE", c.anchor.ref_weekday(wday_of(c.doc, m.start("wd2")), "this"))
    if c.doc[m.start("wd")].lower_.endswith("s"):
        return None
    rel = c.low(m.start("rel"))
    how = "last" if rel in ("previous", "prior") else "next"
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_weekday(wday_of(c.doc, m.start("wd")), how))


@rule(
    "day_around_weekday",
    "(<the>)?<day>(?P<rel><before>|<after>)(?P<how><last>|<next>|<this>|<coming>|<past>)?(?P<wd><WDAY>)",
)
def _day_around_weekday(m: re.Match[str], c: Ctx) -> Found | None:
    """"the day before last Tuesday's hearing": the weekday, moved one day."""
    if c.doc[m.start("wd")].lower_.endswith("s"):
        return None
    how = how_of(c.low(m.start("how"))) if m.group("how") else c.direction(m.start("wd"), m.end())
    day = c.anchor.weekday(wday_of(c.doc, m.start("wd")), how)
    if "X" in day:
        return Found(m.start(), m.end(), "DATE", "XXXX-XX-XX")
    moved = shift_value(day, -1 if c.low(m.start("rel")) == "before" else 1, "D")
    return Found(m.start(), m.end(), "DATE", moved or day)
