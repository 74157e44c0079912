"""Anaphoric expressions anchored to the discourse, not the publication date:
"that day", "the same month", "the following week", "a year earlier", "the
year-ago quarter". They resolve against the last date mentioned (``Anchor``).
"""

from __future__ import annotations

import re

from .core import (
    Ctx,
    Found,
    prefix_mod,
    rule,
    unit_of,
)
from .lexicon import (
    PARTS_OF_DAY,
    parse_int,
)
from .quantities import duration_value


@rule(
    "anaphoric",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(<that>|<the><same>|<that><same>|<the><very>)"
    "(?P<u><day>|<week>|<month>|<year>|<POD>)",
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
    unit = unit_of(ulow)
    return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit(unit, delta))


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
        return Found(m.start(), m.end(), "DURATION", duration_value(n, unit_of(ulow), ulow))
    last = c.anchor.last_value
    if u == "quarter" and last and "-Q" not in last and c.anchor.last_day is not None:
        # "the year-ago quarter" after "the quarter ended Sept. 30": a quarter value
        return Found(m.start(), m.end(), "DATE", c.anchor.ref_unit("Q", -4), comparison=True)
    value = c.anchor.ref_shift(-1, "Y") if last else c.anchor.unit("Y", -1)
    return Found(m.start(), m.end(), "DATE", value, comparison=True)




@rule("year_period", "<the>(?P<y><YEAR>)(?P<u><period>|<quarter>)")
def _year_period(m: re.Match[str], c: Ctx) -> Found | None:
    """"the 1988 period", "the 1988 quarter": in an earnings report, the quarter
    under discussion in that year (the last quarter mentioned), else the year."""
    year = c.doc[m.start("y")].text
    last = c.anchor.last_value or ""
    if "-Q" in last:
        return Found(m.start(), m.end(), "DATE", f"{year}-{last[-2:]}", comparison=True)
    return Found(m.start(), m.end(), "DATE", year, comparison=True)
