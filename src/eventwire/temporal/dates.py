"""Calendar names: explicit dates, months, weekdays, years, decades, seasons,
holidays, centuries and clock times.

Explicit values come from the text; year-less dates, bare months and weekdays take
their year (or week) from the publication date in the direction the clause's tense
points (``direction``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from spacy.tokens import Doc

from .core import (
    PREFIX,
    Ctx,
    Found,
    block,
    day_number,
    how_of,
    is_month_word,
    month_of,
    pre_mod,
    prefix_mod,
    rule,
    wday_of,
)
from .lexicon import (
    CLOCK_RE,
    DECADE_RE,
    DECADE_WORDS,
    ISO_RE,
    MONTHS,
    NUMBER_WORDS,
    ORDDAY_RE,
    ORDINALS,
    PARTS_OF_DAY,
    PARTS_OF_DAY_PL,
    SEASONS,
    UNITS,
    WEEKDAYS,
)
from .resolve import day_of
from .values import iso_week, safe_date

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
    return Found(m.start(), m.end(), "DATE", day.isoformat()) if day else block(m)


@rule(
    "month_day",
    "(?P<wd>(<this>?<coming>|<next>|<last>|<this>)?<WDAY><,>?)?" + PREFIX
    + "(?P<m><MONTH>)(?P<d><DAYNUM>|<ORDDAY>|<ORDWORD>)"
    "((?P<dash><->|<to>|<through>|<and>)(?P<d2><DAYNUM>|<ORDDAY>))?(<,>?(?P<y><YEAR>))?",
)
def _month_day(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mi = m.start("m")
    if doc[mi].lower_ == "may" and not doc[mi].text[0].isupper():
        return None
    di = m.start("d")
    if doc[di].is_alpha and di + 1 < len(doc) and (doc[di + 1].text == "-" or doc[di + 1].pos_ == "NOUN"):
        return None  # "March first-quarter sales": an ordinal of what follows
    month, day = month_of(doc, mi), day_number(doc[m.start("d")].text)
    end_value = None
    if m.group("dash") and doc[m.start("dash")].lower_ == "and":
        # "April 24 and 25": two dates, two expressions (``_conjoined_day``); the
        # first takes the year from after the second ("April 24 and 25, 1999").
        return _first_of_two(m, c, month, day)
    if m.group("y"):
        year = int(doc[m.start("y")].text)
        d = safe_date(year, month, day)
        if d is None:
            return block(m)
        value = d.isoformat()
        if m.group("d2"):
            d2 = safe_date(year, month, day_number(doc[m.start("d2")].text))
            end_value = d2.isoformat() if d2 and d2 > d else None
    else:
        how = c.direction(m.start(), m.end())
        value_or_none = c.anchor.month_day(month, day, how)
        if value_or_none is None:
            return block(m)
        value = value_or_none
        if m.group("d2"):
            day2 = day_number(doc[m.start("d2")].text)
            if day2 > day and safe_date(2000, month, day2):
                end_value = value[:-2] + f"{day2:02d}"
    end = m.end()
    if m.group("d2") and end_value is None:
        end = m.end("d")  # "May 5 and 6000 ..." : keep the first date only
    mod = prefix_mod(doc[m.start("pre")].lower_) if m.group("pre") else None
    if m.group("pre") and doc[m.start("pre")].lower_ == "the":
        mod = prefix_mod(doc[m.start("pre") + 1].lower_)
    return Found(m.start(), end, "DATE", value, mod, end_value)


def _month_day_value(m: re.Match[str], c: Ctx, month: int, day: int) -> str | None:
    """The date of a month and day: in the year written ("y" group), else placed
    around the anchor by the clause's direction; None for an impossible date."""
    if m.group("y"):
        d = safe_date(int(c.doc[m.start("y")].text), month, day)
        return d.isoformat() if d else None
    return c.anchor.month_day(month, day, c.direction(m.start(), m.end()))


def _first_of_two(m: re.Match[str], c: Ctx, month: int, day: int) -> Found | None:
    doc = c.doc
    value = _month_day_value(m, c, month, day)
    if value is None:
        return block(m)
    mod = prefix_mod(doc[m.start("pre")].lower_) if m.group("pre") else None
    return Found(m.start(), m.end("d"), "DATE", value, mod)


@rule("conjoined_day", "(?<=<MONTH><DAYNUM><and>)(?P<d><DAYNUM>)(<,>?(?P<y><YEAR>))?")
def _conjoined_day(m: re.Match[str], c: Ctx) -> Found | None:
    """The "25" of "April 24 and 25": the day of the month just named."""
    prev = day_of(c.anchor.last_value)
    if prev is None:
        return None
    nxt = c.doc[m.end()] if m.end() < len(c.doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # "on May 3 and 20 people died": a count
    d = safe_date(prev.year, prev.month, day_number(c.doc[m.start("d")].text))
    return Found(m.start(), m.end(), "DATE", d.isoformat()) if d and d > prev else None


@rule(
    "week_of",
    "<the><week><of>(?P<m><MONTH>)(?P<d><DAYNUM>|<ORDDAY>)(<,>?(?P<y><YEAR>))?",
)
def _week_of(m: re.Match[str], c: Ctx) -> Found | None:
    """"the week of March 6": the calendar week holding that day (a week value)."""
    doc = c.doc
    month, day = month_of(doc, m.start("m")), day_number(doc[m.start("d")].text)
    if m.group("y"):
        d = safe_date(int(doc[m.start("y")].text), month, day)
    else:
        value = c.anchor.month_day(month, day, c.direction(m.start(), m.end()))
        d = day_of(value) if value else None
        if value is not None and d is None:
            return Found(m.start(), m.end(), "DATE", "XXXX-WXX")
    return Found(m.start(), m.end(), "DATE", iso_week(d)) if d else block(m)


@rule(
    "day_month",
    "(?P<wd><WDAY><,>?)?(<the>)?(?P<d><DAYNUM>|<ORDDAY>)((<->|<to>)(?P<d2><DAYNUM>|<ORDDAY>))?"
    "(<of>)?(?P<m><MONTH>)(<,>?(?P<y><YEAR>))?",
)
def _day_month(m: re.Match[str], c: Ctx) -> Found | None:
    """"25 April", "the 3rd of May", "25-26 April 2019" (a range: ``end_value``)."""
    doc = c.doc
    mi = m.start("m")
    if not is_month_word(doc, mi) and doc[mi].lower_ == "may":
        return None
    month, day = month_of(doc, mi), day_number(doc[m.start("d")].text)
    value = _month_day_value(m, c, month, day)
    if value is None:
        return block(m)
    end_value = None
    if m.group("d2"):
        day2 = day_number(doc[m.start("d2")].text)
        if not (day < day2 and safe_date(int(value[:4]) if value[0].isdigit() else 2000, month, day2)):
            return None
        end_value = value[:-2] + f"{day2:02d}"
    return Found(m.start(), m.end(), "DATE", value, end_value=end_value)


@rule("month_year", PREFIX + "(?P<m><MONTH>)(<,>|<of>)?(?P<y><YEAR>)")
def _month_year(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if not is_month_word(doc, m.start("m")):
        return None
    value = f"{int(doc[m.start('y')].text):04d}-{month_of(doc, m.start('m')):02d}"
    return Found(m.start(), m.end(), "DATE", value, pre_mod(m, c))



@rule(
    "month_rel_year",
    PREFIX + "(?P<m><MONTH>)(<of>)?(?P<rel><last>|<this>|<next>|<past>|<previous>|<the><following>"
    "|<the><previous>)<year>",
)
def _month_rel_year(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if not is_month_word(doc, m.start("m")):
        return None
    rel = doc[m.end("rel") - 1].lower_
    month = month_of(doc, m.start("m"))
    if rel in ("following", "previous") and m.end("rel") - m.start("rel") == 2:
        year = c.anchor.ref_unit("Y", 1 if rel == "following" else -1)
    else:
        year = c.anchor.unit("Y", {"last": -1, "past": -1, "previous": -1, "next": 1}.get(rel, 0))
    return Found(m.start(), m.end(), "DATE", f"{year}-{month:02d}", pre_mod(m, c))


@rule("month", PREFIX + "(?P<rel><last>|<this>|<next>|<past>|<coming>)?(?P<m><MONTH>)")
def _month_alone(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    mi = m.start("m")
    if not is_month_word(doc, mi):
        return None
    tok = doc[mi]
    if _next_is_number(doc, mi) and m.group("rel") and not m.group("pre"):
        return None  # "last Oct. 23": the day is the expression (month_day), "last" outside
    if _next_is_number(doc, mi) or _prev_is_day(doc, m.start()):
        return block(m)  # "February 30", "the 45th of April": a day that cannot be
    bare = tok.lower_ in ("may", "march", "august") and not m.group("rel") and not m.group("pre")
    # Bare ambiguous words need a date-like context: a preposition before.
    if bare and (mi == 0 or doc[mi - 1].lower_ not in _MONTH_CONTEXT):
            return None
    how = how_of(c.low(m.start("rel"))) if m.group("rel") else c.direction(m.start(), m.end())
    value = c.anchor.month(month_of(doc, mi), how)
    return Found(m.start(), m.end(), "DATE", value, pre_mod(m, c))


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
    value = c.anchor.weekday_in_week(wday_of(c.doc, m.start("wd")), delta)
    return Found(m.start(), m.end(), "DATE", value)


# Capitalised words that make a weekday a named day, not the date of this week's
_NAMED_DAY_WORDS = {"Good", "Black", "Ash", "Holy", "Maundy", "Palm", "Easter", "Super", "Bloody",
                    "Cyber", "Blue", "Shrove", "Whit"}


@rule(
    "weekday",
    "(?P<pre><early>|<late>|<earlier>|<later>)?(?P<rel><last>|<next>|<this>?<coming>|<this>|<past>)?"
    "(?P<wd><WDAY>)((?P<pod><POD>)|(?P<podpl><PODPL>))?(?!<,>?<MONTH>)"
    "(?P<pair>(?=(<and>|<or>)<WDAY><PODPL>))?",
)
def _weekday(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    tok = doc[m.start("wd")]
    wd = wday_of(doc, m.start("wd"))
    if m.group("podpl") is not None or m.group("pair") is not None:
        # "Tuesday nights", and "Monday" in "Monday and Tuesday nights": a set, unless
        # the clause tells of the past ("clashed on Monday and Tuesday nights": two dates)
        pod_i = m.start("podpl") if m.group("podpl") else m.end() + 2
        pod = PARTS_OF_DAY_PL[c.low(pod_i)]
        if m.group("rel") is None and c.direction(m.start(), m.end()) == "past":
            return Found(m.start(), m.end(), "DATE", f"{c.anchor.weekday(wd, 'past')}T{pod}")
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}T{pod}")
    if tok.lower_.endswith("s") and tok.lower_ not in WEEKDAYS:
        return Found(m.start(), m.end(), "SET", f"XXXX-WXX-{wd}")
    if tok.ent_type_ in ("PERSON", "ORG") or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
        "times", "telegraph", "post", "mirror", "herald", "express"
    ):
        return None
    if tok.i > 0 and doc[tok.i - 1].text in _NAMED_DAY_WORDS:
        return None  # "the Good Friday Agreement", "Black Friday sales", "Super Tuesday"
    if m.group("rel"):
        how = how_of(c.low(m.end("rel") - 1))
        if how == "this":
            how = c.direction(m.start(), m.end()) or "this"
    else:
        how = c.direction(m.start(), m.end())
    value = c.anchor.weekday(wd, how)
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    if m.group("pod"):
        pod = PARTS_OF_DAY[c.low(m.start("pod"))]
        if pod == "NI":
            # "Friday night" in news dates the event to the day: of 19 in TBAQ, 10
            # carry the plain date (5 of them leave "night" outside the extent), 5 TNI.
            return Found(m.start(), m.end(), "DATE", value, mod)
        return Found(m.start(), m.end(), "TIME", f"{value}T{pod}", mod)
    return Found(m.start(), m.end(), "DATE", value, mod)



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
        return block(m)  # "2019-13-45": a malformed ISO date
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
    return prefix_mod(c.low(i + 1) if low == "the" else low)


_NON_YEAR_HEADS = {"NOUN", "PROPN"}
_YEAR_NOUNS = {"election", "elections", "olympics", "games", "census", "season", "budget",
               "period", "quarter", "campaign", "war", "cup", "summit", "law", "act", "model",
               "edition", "world", "crisis", "level", "levels", "deal", "agreement", "accord",
               "vote", "results", "earnings", "protests", "profits", "sales", "figures", "talks",
               "riots", "bombings", "attacks", "negotiations"}
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
    if i > 1 and doc[i - 1].text in ("-", "/", ".") and not doc[i - 1].whitespace_ \
            and not doc[i - 2].whitespace_ and doc[i - 2].like_num:
        return False  # "806-423-1253": the end of a telephone number, no year
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in UNITS:
        return False
    if tok.dep_ == "nummod" and tok.head.pos_ in _NON_YEAR_HEADS and tok.head.i > i and tok.head.is_alpha:
        head = tok.head.lower_
        if head in _YEAR_NOUNS:
            return not (nxt is not None and nxt.like_num)  # "his 1996 campaign", "1990 earnings"
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


_TENS = "|".join(f"<{w}>" for w in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                                      "eighty", "ninety"))
_DIGIT_WORDS = "|".join(f"<{w}>" for w in ("one", "two", "three", "four", "five", "six", "seven",
                                           "eight", "nine"))


@rule(
    "spelled_year",
    "(?P<det><the><year>|(?P<m><MONTH>)|(<the>)?(?P<s><SEASON>)<of>)?"
    "(?P<y>(?P<c><eighteen>|<nineteen>)(?P<t>" + _TENS + ")(<->?(?P<u>" + _DIGIT_WORDS + "))?"
    "|(?P<k><two><thousand>)(<and>?(?P<ku>" + _DIGIT_WORDS + "))?)",
)
def _spelled_year(m: re.Match[str], c: Ctx) -> Found | None:
    """Years read out in broadcast transcripts: "nineteen ninety-six", "January
    nineteen ninety-seven", "the winter of nineteen ninety-four", "the year two
    thousand" ("two thousand" alone is more often a count, so it needs a frame)."""
    doc = c.doc
    if m.group("k"):
        if not m.group("det") and not m.group("m"):
            return None
        year = 2000 + (NUMBER_WORDS[c.low(m.start("ku"))] if m.group("ku") else 0)
    else:
        year = NUMBER_WORDS[c.low(m.start("c"))] * 100 + NUMBER_WORDS[c.low(m.start("t"))]
        if m.group("u"):
            year += NUMBER_WORDS[c.low(m.start("u"))]
    if m.group("m"):
        if not is_month_word(doc, m.start("m")):
            return None
        return Found(m.start(), m.end(), "DATE", f"{year:04d}-{month_of(doc, m.start('m')):02d}")
    if m.group("s"):
        return Found(m.start(), m.end(), "DATE", f"{year:04d}-{SEASONS[c.low(m.start('s'))]}")
    return Found(m.start(), m.end(), "DATE", f"{year:04d}")


_POSSESSIVES = {"his", "her", "their", "my", "your", "our", "its"}


def _decade_value(c: Ctx, i: int) -> str | None:
    """"198" for "1980s", "'80s" or "80s" (a two-digit decade up to the publication
    year's is of this century)."""
    g = DECADE_RE.match(c.doc[i].lower_)
    if not g:
        return None
    digits = g.group(1)
    if len(digits) == 2:
        dct = c.anchor.dct
        century = "20" if dct is not None and int(digits) <= dct.year % 100 and int(digits) < 30 else "19"
        return century + digits[0]
    return digits[:3] if digits.endswith("0") else None


@rule("half_of_decade", "<the>(?P<h><first>|<last>|<second>|<latter>)<half><of><the>?(<OTHER>)?(?P<d><DECADE>)")
def _half_of_decade(m: re.Match[str], c: Ctx) -> Found | None:
    """"the last half of the '80s": the decade, its end (TimeML mod START / END)."""
    value = _decade_value(c, m.start("d"))
    if value is None:
        return None
    return Found(m.start(), m.end(), "DATE", value, "START" if c.low(m.start("h")) == "first" else "END")


@rule("decade", "(<the>)?(?P<pre><early>|<late>|<mid><->?)?(?P<ap><OTHER>)?(?P<d><DECADE>)")
def _decade(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    if m.group("ap") and doc[m.start("ap")].text not in ("'", "’"):
        start = m.start("ap") + 1
        if m.group("pre") or doc[m.start()].lower_ == "the":
            return None
    else:
        start = m.start()
    before = m.start("pre") if m.group("pre") else m.start("d")
    if before > 0 and doc[before - 1].lower_ in _POSSESSIVES and len(doc[m.start("d")].text) <= 4:
        return None  # "when Kopp was in his 30s", "her early 40s": an age
    value = _decade_value(c, m.start("d"))
    if value is None:
        return None
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    return Found(start, m.end(), "DATE", value, mod)


_BEFORE_AFTER = {"pre": "BEFORE", "post": "AFTER"}


@rule("decade_word", "<the>(?P<pre><early>|<late>|<mid><->?)?(?P<w><DECWORD>)")
def _decade_word(m: re.Match[str], c: Ctx) -> Found | None:
    """"the nineties", "the early seventies": a decade of the 1900s (spoken style)."""
    if m.end() < len(c.doc) and c.doc[m.end()].pos_ in ("NOUN", "PROPN"):
        return None  # "the Forties Club": part of a name
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    return Found(m.start(), m.end(), "DATE", f"19{DECADE_WORDS[c.low(m.start('w'))]}", mod)


@rule("prefixed_token", "<OTHER>", first_has="-")
def _prefixed(m: re.Match[str], c: Ctx) -> Found | None:
    """Single tokens like "mid-1990s", "mid-2019", "late-November"; "post-1959",
    "pre-1990s" (TimeML mod AFTER / BEFORE). Only hyphenated tokens reach it."""
    text = c.doc[m.start()].text
    low = text.lower()
    if "-" not in low:
        return None
    pre, _, rest = low.partition("-")
    mod = prefix_mod(pre) or _BEFORE_AFTER.get(pre)
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
    mod = prefix_mod(c.low(pre_i)) if pre_i >= 0 else None
    if m.group("y"):
        return Found(m.start(), m.end(), "DATE", f"{doc[m.start('y')].text}-{code}", mod)
    how = how_of(rel) if rel and rel != "the" else c.direction(m.start(), m.end())
    return Found(m.start(), m.end(), "DATE", c.anchor.season(code, how), mod)


# ---------------------------------------------------------------- clock times --


@rule(
    "clock",
    "(?P<t><CLOCK>(<AMPM>)?|<DAYNUM><AMPM>|<noon>|<midnight>|<midday>|(?P<mil><YEAR>|<NUM>)(?=<TZ>))(?P<tz><TZ>)?"
    "(<,>?(?P<on><on>)?(?P<wd><WDAY>|<today>|<yesterday>|<tomorrow>)"
    "|<,>?(?P<on2><on>)?(?P<mo><MONTH>)(?P<d><DAYNUM>|<ORDDAY>)(<,>?(?P<y><YEAR>))?)?",
)
def _clock(m: re.Match[str], c: Ctx) -> Found | None:
    doc = c.doc
    ti = m.start("t")
    low = doc[ti].lower_
    if low == "noon" and ti > 0 and doc[ti - 1].lower_ == "high":
        return None  # "High Noon", "high noon comes today": a showdown, not a clock time
    if m.group("mil"):
        # "1845 GMT": a 24-hour clock time written without a colon
        if len(low) != 4 or not doc[m.start("tz")].text.isupper():
            return None
        before = doc[ti - 2].lower_ if ti > 1 and doc[ti - 1].text == "(" else ""
        if before in ("a.m.", "p.m.", "am", "pm") or CLOCK_RE.match(before):
            return block(m)  # "10:35 a.m. (0735 GMT)": the same time restated
        hh, mm = int(low[:2]), int(low[2:])
        if hh > 23 or mm > 59:
            return None
    elif low in ("noon", "midday"):
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
    end = m.end()
    if m.group("tz") and not doc[m.start("tz")].text.isupper():
        end = m.start("tz")  # "est" in lower case is not a time zone
        day = c.anchor.ref_day()
    elif m.group("mo"):
        # "5 p.m. EST Nov. 9": the date after the clock time is its day
        month, dnum = month_of(doc, m.start("mo")), day_number(doc[m.start("d")].text)
        if m.group("y"):
            explicit = safe_date(int(doc[m.start("y")].text), month, dnum)
            dval = explicit.isoformat() if explicit else None
        else:
            dval = c.anchor.month_day(month, dnum, c.direction(m.start(), m.end()))
        if dval is None:
            return block(m)
        day = dval
    elif m.group("wd"):
        wlow = c.low(m.start("wd"))
        if wlow in ("today", "yesterday", "tomorrow"):
            day = c.anchor.unit("D", {"today": 0, "yesterday": -1, "tomorrow": 1}[wlow])
        else:
            day = c.anchor.weekday(wday_of(doc, m.start("wd")), c.direction(m.start(), m.end()))
    else:
        day = c.anchor.ref_day()
    suffix = f"T{hh:02d}:{mm:02d}" if hh != 24 else "T24:00"
    on = m.start("on") if m.group("on") else m.start("on2") if m.group("on2") else -1
    if on >= 0:
        end = on  # "6 a.m. on Saturday": two expressions, the clock on that day
    return Found(m.start(), end, "TIME", day + suffix)


# ---------------------------------------------------------------- holidays -----

_HOLIDAYS = {"christmas": (12, 25), "thanksgiving": None}


@rule(
    "holiday",
    "(<christmas>(<day>|<eve>)?|<new><year><'s>(<day>|<eve>)|<thanksgiving>(<day>)?"
    "|<election><day>|<easter>(<WDAY>|<week>)?)",
)
def _holiday(m: re.Match[str], c: Ctx) -> Found | None:
    words = [c.low(i) for i in range(m.start(), m.end())]
    if not c.doc[m.start()].text[0].isupper():
        return None  # "election day" in lower case is any vote's day
    how = c.direction(m.start(), m.end())
    if words[0] == "election":
        return _floating(m, c, how, 11, _election_day)
    if words[0] == "easter":
        if len(words) > 1 and words[1] not in ("sunday", "week"):
            return None
        return _floating(m, c, how, 4, _easter, week=words[-1] == "week")
    if words[0] == "christmas":
        md = (12, 24) if "eve" in words else (12, 25)
    elif words[0] == "new":
        md = (12, 31) if "eve" in words else (1, 1)
    else:
        return _thanksgiving(m, c, how)
    value = c.anchor.month_day(md[0], md[1], how)
    return Found(m.start(), m.end(), "DATE", value) if value else None


def _election_day(year: int) -> date:
    """US general election: the Tuesday after the first Monday of November."""
    first = date(year, 11, 1)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    return monday + timedelta(days=1)


def _easter(year: int) -> date:
    """Western Easter Sunday (Gregorian computus)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    skipped_leaps, leap_rest = divmod(century, 4)
    moon_fix = (century + 8) // 25
    moon_shift = (century - moon_fix + 1) // 3
    epact = (19 * golden + century - skipped_leaps - moon_shift + 15) % 30
    quarter, year_rest = divmod(rest, 4)
    weekday_fix = (32 + 2 * leap_rest + 2 * quarter - epact - year_rest) % 7
    correction = (golden + 11 * epact + 22 * weekday_fix) // 451
    month, day = divmod(epact + weekday_fix - 7 * correction + 114, 31)
    return date(year, month, day + 1)


def _floating(m: re.Match[str], c: Ctx, how: str | None, month: int,
              day_in: Callable[[int], date], week: bool = False) -> Found:
    """A holiday whose day moves with the year, in the year the clause points to
    (the month stands in for the day when choosing it); "Easter week" is a week."""
    month_value = c.anchor.month(month, how)
    if month_value.startswith("X"):
        return Found(m.start(), m.end(), "DATE", "XXXX-WXX" if week else f"XXXX-{month:02d}-XX")
    day = day_in(int(month_value[:4]))
    return Found(m.start(), m.end(), "DATE", iso_week(day) if week else day.isoformat())


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


@rule("century", "(<the>)?(?P<pre><early>|<late>|<mid><->?)?(?P<n><ORDDAY>|<ORDWORD>)<->?<century>")
def _century(m: re.Match[str], c: Ctx) -> Found | None:
    low = c.low(m.start("n"))
    n = ORDINALS.get(low) or (day_number(low) if ORDDAY_RE.match(low) else None)
    if n is None or n < 1:
        return None
    mod = prefix_mod(c.low(m.start("pre"))) if m.group("pre") else None
    return Found(m.start(), m.end(), "DATE", f"{n - 1:02d}", mod)
