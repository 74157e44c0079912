"""Shared helper of the time-expression tests."""

from __future__ import annotations

from datetime import date

from eventwire.nlp import make_doc


def timex_triples(nlp, text: str, published: date | None) -> list[tuple[str, str, str]]:
    """(text, type, value) of every time expression the pipeline finds in ``text``."""
    doc = nlp(make_doc(nlp, text, published))
    return [(t.text, t.type, t.value) for t in doc._.timexes]
