"""The benchmark corpus: the Wikinews CSV from the shared data, read into articles."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from eventwire import Article, make_article

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "wikinews_2019.csv"


def load_articles(path: str) -> list[Article]:
    """Every row of a Wikinews CSV as an article with its publication date; exits with a
    clear message when the file is missing."""
    if not Path(path).exists():
        sys.exit(f"bench: {path} not found (pass --csv)")
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as fh:
        return [make_article(r["text"], published=r["date"]) for r in csv.DictReader(fh)]
