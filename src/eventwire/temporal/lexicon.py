"""Words of time and the one-character classes the recognizer matches over.

Every token of a document is mapped to a single character; the grammar's patterns
are regular expressions over that string, so a sequence rule costs one C-level
regex scan per document instead of Python work per token. Each lexeme gets its
own private-use character; categories (MONTH, UNIT, ...) are character classes.
Digit tokens are classified by shape (a year, a day number, a clock time ...).
"""

from __future__ import annotations

import re
from functools import lru_cache

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _n in _names:
        MONTHS[_n] = _i
# Abbreviations count only with their full stop ("Jan."), except unambiguous ones.
_MONTH_BARE_ABBREV = {"sept"}

WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    (
        ("monday", "mon."),
        ("tuesday", "tue.", "tues."),
        ("wednesday", "wed."),
        ("thursday", "thu.", "thur.", "thurs."),
        ("friday", "fri."),
        ("saturday", "sat."),
        ("sunday",),
    ),
    start=1,
):
    for _n in _names:
        WEEKDAYS[_n] = _i

# Calendar units: word -> TIMEX3 duration letter (decade E, century C as in TimeBank).
UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "M", "minutes": "M", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y",
    "decade": "E", "decades": "E", "century": "C", "centuries": "C",
    "weekend": "WE", "weekends": "WE",
}
TIME_UNITS = {"second", "seconds", "minute", "minutes", "hour", "hours"}
PLURAL_UNITS = {w for w in UNITS if w.endswith("s") and w not in ("weekends",)} | {
    "centuries", "weekends"
}

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "dozen": 12, "half": 0,
}
VAGUE_QUANTITIES = {"several", "few", "many", "some", "couple", "number", "recent", "coming"}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}

# Decades written out ("the nineties"): the decade's digit of the 1900s.
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
}
# "Tuesday nights": every such part of that weekday (a set)
PARTS_OF_DAY_PL: dict[str, str] = {f"{w}s": code for w, code in PARTS_OF_DAY.items()}
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

# Function words the grammar names one by one.
WORDS = ["the", "this", "that", "last", "next", "past", "previous", "coming", "following", "current", "same", "early", "late", "mid", "middle", "end", "beginning", "start", "earlier", "later", "ago", "before", "after", "of", "in", "on", "at", "by", "from", "to", "until", "through", "since", "within", "during", "for", "and", "or", "today", "yesterday", "tomorrow", "tonight", "now", "currently", "soon", "recently", "recent", "nowadays", "presently", "lately", "formerly", "previously", "future", "present", "once", "every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "quarterly", "hourly", "fiscal", "calendar", "new", "years", "eve", "day", "year", "thanksgiving", "christmas", "half", "latest", "prior", "earlier-than", "ended", "ending", "end-of", "midday", "noon", "midnight", "overnight", "dawn", "than", "more", "less", "about", "around", "nearly", "almost", "some", "least", "year-earlier", "year-ago", "year-end", "year-to-date", "'s", "'ll", "-", ",", "a", "an", "the", "era", "over", "up", "then", "nearly", "roughly", "approximately", "just", "only", "period", "term", "time", "times", "morning", "afternoon", "evening", "night", "days", "weeks", "months", "years",
    "very", "eve", "old", "long", "ahead", "trading", "business", "working", "is", "it", "daylong", "weeklong", "monthlong", "yearlong", "hourlong", "its", "comparable", "corresponding", "as", "till", "no", "year-ago", "its", "final", "other", "so", "hence", "latter", "–", "—",
    "near", "short", "full", "thousand", "election", "easter", "these", "while", "date", "additional", "extra", "further",
]

# Time zones news prints after a clock time ("5 p.m. EST"); upper case is checked by the rule.
TIMEZONES = {"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst",
             "cet", "cest", "jst", "ist", "kst", "msk"}

_CASED_MONTH = re.compile(r"^[A-Z][a-z]+\.?$|^[A-Z]+\.?$")


class Cat:
    """Names of the shape categories a token can fall in."""

    YEAR = "YEAR"  # 1000..2199
    DAYNUM = "DAYNUM"  # 1..31
    NUM = "NUM"  # another digit number
    ORDDAY = "ORDDAY"  # 1st..31st
    DECADE = "DECADE"  # 1990s, '90s, 90s
    CLOCK = "CLOCK"  # 10:35
    ISODATE = "ISODATE"  # 2019-04-18, 04/18/2019
    AMPM = "AMPM"
    FRAC = "FRAC"
    OTHER = "OTHER"


_CHAR_BASE = 0xE000
_chars: dict[str, str] = {}


def char_of(key: str) -> str:
    """The private-use character standing for a lexeme or category key."""
    ch = _chars.get(key)
    if ch is None:
        ch = chr(_CHAR_BASE + len(_chars))
        _chars[key] = ch
    return ch


# Category -> the lexeme keys it holds (filled below); a pattern's <CAT> is a class.
CATEGORIES: dict[str, set[str]] = {
    "MONTH": {f"month:{m}" for m in range(1, 13)},
    "WDAY": {f"wday:{d}" for d in range(1, 8)},
    "UNIT": {f"w:{u}" for u in UNITS},
    "UNITSG": {f"w:{u}" for u in UNITS if u not in PLURAL_UNITS},
    "UNITPL": {f"w:{u}" for u in PLURAL_UNITS},
    "DATEUNIT": {f"w:{u}" for u in UNITS if u not in TIME_UNITS},
    "NUMWORD": {f"w:{w}" for w in NUMBER_WORDS if w not in ("a", "an", "half")},
    "ORDWORD": {f"w:{w}" for w in ORDINALS},
    "POD": {f"w:{w}" for w in PARTS_OF_DAY},
    "PODPL": {f"w:{w}" for w in PARTS_OF_DAY_PL},
    "SEASON": {f"w:{w}" for w in SEASONS},
    "DECWORD": {f"w:{w}" for w in DECADE_WORDS},
    "VAGUE": {f"w:{w}" for w in VAGUE_QUANTITIES},
    "TZ": {f"w:{w}" for w in TIMEZONES},
}
for _c in (Cat.YEAR, Cat.DAYNUM, Cat.NUM, Cat.ORDDAY, Cat.DECADE, Cat.CLOCK, Cat.ISODATE,
           Cat.AMPM, Cat.FRAC, Cat.OTHER):
    CATEGORIES[_c] = {f"cat:{_c}"}
CATEGORIES["DIGITS"] = {f"cat:{c}" for c in (Cat.YEAR, Cat.DAYNUM, Cat.NUM)}
CATEGORIES["ANYNUM"] = CATEGORIES["DIGITS"] | CATEGORIES["NUMWORD"]

_WORD_KEYS = set(WORDS) | set(UNITS) | set(NUMBER_WORDS) | set(ORDINALS) | set(
    PARTS_OF_DAY
) | set(PARTS_OF_DAY_PL) | set(SEASONS) | set(DECADE_WORDS) | VAGUE_QUANTITIES | TIMEZONES
OTHER_CHAR = char_of("cat:OTHER")

_AMPM = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m"}
_ORDDAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_DECADE = re.compile(r"^(?:'|’)?(\d{2}|1\d{3}|20\d{2})s$")
_CLOCK = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")
_ISO = re.compile(
    r"^(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4})|(\d{4})/(\d{1,2})/(\d{1,2}))$"
)
_FRAC = re.compile(r"^\d+/\d+$")


@lru_cache(maxsize=65536)
def classify(text: str) -> str:
    """The class character of one token text (case matters for months and weekdays)."""
    low = text.lower()
    bare = low.rstrip(".")
    if bare in MONTHS and _CASED_MONTH.match(text):
        full = len(bare) > 3 or bare == "may"
        if full or low.endswith(".") or bare in _MONTH_BARE_ABBREV:
            return char_of(f"month:{MONTHS[bare]}")
    if (low in WEEKDAYS or (low.endswith("s") and low[:-1] in WEEKDAYS)) and text[0].isupper():
        return char_of(f"wday:{WEEKDAYS[low if low in WEEKDAYS else low[:-1]]}")
    if low in _WORD_KEYS:
        return char_of(f"w:{low}")
    if low in _AMPM:
        return char_of(f"cat:{Cat.AMPM}")
    if text.isdigit() and text.isascii():
        if len(text) == 4 and 1000 <= int(text) <= 2199:
            return char_of(f"cat:{Cat.YEAR}")
        if len(text) <= 2 and 1 <= int(text) <= 31:
            return char_of(f"cat:{Cat.DAYNUM}")
        return char_of(f"cat:{Cat.NUM}")
    if not low.isascii():
        return OTHER_CHAR
    if _ORDDAY.match(low):
        return char_of(f"cat:{Cat.ORDDAY}")
    if _DECADE.match(low):
        return char_of(f"cat:{Cat.DECADE}")
    if _CLOCK.match(low):
        return char_of(f"cat:{Cat.CLOCK}")
    if _ISO.match(low):
        return char_of(f"cat:{Cat.ISODATE}")
    if _FRAC.match(low):
        return char_of(f"cat:{Cat.FRAC}")
    return OTHER_CHAR


def pattern_class(name: str) -> str:
    """Regex text for ``<name>``: a lexeme ("last"), or a category ("MONTH")."""
    if name in CATEGORIES:
        chars = sorted(char_of(k) for k in CATEGORIES[name])
        return "[" + "".join(re.escape(c) for c in chars) + "]"
    if name not in _WORD_KEYS:
        raise ValueError(f"pattern names unknown word {name!r}")
    return re.escape(char_of(f"w:{name}"))


_ATOM = re.compile(r"(?<!\?P)<([^<>\s=!]+)>")


def compile_pattern(source: str) -> re.Pattern[str]:
    """Compile a grammar pattern: ``<word>``/``<CAT>`` atoms in ordinary regex syntax."""
    text = "".join(source.split())
    return re.compile(_ATOM.sub(lambda m: pattern_class(m.group(1)), text))


def parse_int(text: str) -> int | None:
    """A cardinal from digits or words ("three", "12"), else None."""
    low = text.lower().replace(",", "")
    if low.isdigit():
        return int(low)
    return NUMBER_WORDS.get(low)


ORDDAY_RE = _ORDDAY
DECADE_RE = _DECADE
CLOCK_RE = _CLOCK
ISO_RE = _ISO
