"""Where do bare weekdays point once a story has named an older explicit date?

Counts, over the TBAQ gold, the bare weekdays ("Tuesday", "on Friday") written
after an explicit calendar date ("Aug. 6") that lies more than a week before the
publication date, and how many of them still name a day within six days of the
publication date (the publication-date reading) versus near that older date (the
narrative reading). This is the evidence behind the engine's choice to date bare
weekdays from the publication date and to move only anaphors ("the previous
Friday", "that Tuesday", "the following month") to the narrative's last date.

Usage: python bench/timex_weekday_anchor.py [TBAQ folder]
"""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from eventwire.commands.timex import DEFAULT_TBAQ
from eventwire.evaluate.timeml import read_corpus

_WEEKDAY = re.compile(r"^(on )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", re.I)
_EXPLICIT = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z.]* \d", re.I)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TBAQ
    dct_reading = narrative_reading = other = 0
    for doc in read_corpus(root):
        if doc.dct is None:
            continue
        last: date | None = None
        for g in sorted(doc.gold, key=lambda g: g.start):
            if _EXPLICIT.search(g.text) and _DAY.match(g.value):
                last = date.fromisoformat(g.value)
            if not (_WEEKDAY.match(g.text) and _DAY.match(g.value)):
                continue
            if last is None or (doc.dct - last).days <= 6:
                continue
            day = date.fromisoformat(g.value)
            if abs((day - doc.dct).days) <= 6:
                dct_reading += 1
            elif abs((day - last).days) <= 6:
                narrative_reading += 1
                print(f"narrative\t{doc.id}\t{doc.dct}\t{g.text!r}\t{g.value}\tafter {last}")
            else:
                other += 1
    print(f"publication-week reading: {dct_reading}  narrative reading: {narrative_reading}  "
          f"neither: {other}")


if __name__ == "__main__":
    main()
