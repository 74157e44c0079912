"""eventwire: news articles to coded, dated, attributed political events."""

from __future__ import annotations

__version__ = "0.1.0"
