"""eventwire: news articles to coded, dated, attributed political events.

The public API is what ``__all__`` names; everything else is private and may change.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .api import extract, extract_articles
from .article import Article, make_article, read_articles
from .errors import EventwireError, InputError
from .record import Actor, Event, SaidBy, Trigger, When, Where

__all__ = [
    "Actor",
    "Article",
    "Event",
    "EventwireError",
    "InputError",
    "SaidBy",
    "Trigger",
    "When",
    "Where",
    "__version__",
    "extract",
    "extract_articles",
    "make_article",
    "read_articles",
]
