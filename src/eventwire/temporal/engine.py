"""Run the grammar over a parsed document: classify tokens, match, pick, resolve.

Candidates from all rules are visited in document order, longest first; the first
one a handler accepts at a position wins, and its value feeds the discourse
memory that later anaphoric expressions resolve against.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.attrs import ORTH
from spacy.tokens import Doc

from ..mentions import TimexMention
from .grammar import BLOCK, RULES, Ctx, Found
from .lexicon import OTHER_CHAR, UNITS, classify
from .resolve import Anchor

_orth_chars: dict[int, str] = {}


def class_string(doc: Doc) -> str:
    """One class character per token (cached by the token's orth id)."""
    return _classes(doc)[0]


def _classes(doc: Doc) -> tuple[str, list[int]]:
    """The class string and the tokens' orth ids."""
    if len(doc) == 0:
        return "", []
    orths = doc.to_array(ORTH).tolist()
    cache = _orth_chars
    strings = doc.vocab.strings
    out = []
    for orth in orths:
        ch = cache.get(orth)
        if ch is None:
            ch = classify(strings[orth])
            if len(cache) < 500_000:
                cache[orth] = ch
        out.append(ch)
    return "".join(out), orths


def find_timexes(doc: Doc, published: date | None) -> list[TimexMention]:
    """All time expressions of ``doc``, normalized against ``published``."""
    chars, orths = _classes(doc)
    if not chars or chars.count(OTHER_CHAR) == len(chars):
        return []
    strings = doc.vocab.strings
    candidates: list[tuple[int, int, int, re.Match[str]]] = []
    for order, r in enumerate(RULES):
        need = r.first_has
        for m in r.pattern.finditer(chars):
            if m.end() > m.start() and (need is None or need in strings[orths[m.start()]]):
                candidates.append((m.start(), -(m.end() - m.start()), order, m))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[0], c[1], c[2]))
    ctx = Ctx(doc, Anchor(published))
    found: list[Found] = []
    taken_until = 0
    for start, _neg_len, order, m in candidates:
        if start < taken_until:
            continue
        try:
            result = RULES[order].handler(m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError):
            result = None  # a malformed number or date in the text: no timex
        if result is None or result.end <= result.start:
            continue
        if result.type != BLOCK and _is_title(doc, result.start, result.end):
            continue  # "ABC's "This Week"", "CBS's ''60 Minutes''": a programme
        taken_until = max(result.end, start + 1)
        if result.type == BLOCK:
            continue
        found.append(result)
        if result.type in ("DATE", "TIME") and not result.comparison:
            ctx.anchor.remember(result.value)
        elif result.type == "DURATION":
            ctx.anchor.note_duration(result.value)
    return [_mention(doc, f) for f in found]


_QUOTES = {'"', "''", "``", "'", "“", "”", "‘", "’"}
_TITLE_WORDS = set(UNITS) | {"today", "tomorrow", "yesterday", "tonight", "now"}


def _is_title(doc: Doc, start: int, end: int) -> bool:
    """A time word capitalised inside a sentence right after a quote mark or a name
    is the title of a programme or a publication, not a time."""
    if start == 0 or doc[start].is_sent_start:
        return False
    prev = doc[start - 1]
    if prev.text not in _QUOTES and prev.pos_ != "PROPN":
        return False
    if prev.is_sent_start or (start > 1 and doc[start - 2].text in (".", "?", "!", ":")):
        return False  # '"Now we see ...': a quotation opening a sentence
    return any(
        tok.lower_ in _TITLE_WORDS and tok.text[:1].isupper() and not tok.is_sent_start
        for tok in doc[start:end]
    )


def _mention(doc: Doc, f: Found) -> TimexMention:
    span = doc[f.start : f.end]
    return TimexMention(
        start=f.start,
        end=f.end,
        start_char=span.start_char,
        end_char=span.end_char,
        text=span.text,
        type=f.type,
        value=f.value,
        mod=f.mod,
        end_value=f.end_value,
    )
