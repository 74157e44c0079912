"""TimeML documents and the TempEval-3 Task A scorer for time expressions.

``read_timeml`` takes a ``.tml`` file apart: the document creation time from
``<DCT>``, the plain text of ``<TEXT>`` with every tag removed and entities
decoded, and the gold ``TIMEX3`` tags as character spans of that text.
``score`` compares system and gold spans the way TempEval-3 does: strict (same
span) and relaxed (overlapping spans, one to one) precision / recall / F1, and
for attributes (type, value) the accuracy on relaxed matches times relaxed F1.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import EvaluationDataError

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<DCT>\s*<TIMEX3([^>]*)>", re.S)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


@dataclass(slots=True)
class Span:
    """A time expression as character offsets with its TIMEX3 attributes."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(slots=True)
class TimeMLDoc:
    """One TimeML document: id, DCT, the plain ``<TEXT>`` and its gold expressions."""

    id: str
    dct: date | None
    text: str
    gold: list[Span] = field(default_factory=list)
    raw: str = ""
    text_offset: int = 0  # where <TEXT> content starts in ``raw``


def parse_dct(value: str) -> date | None:
    """``1998-08-07`` or ``1998-08-07T09:42`` to a date; None when unreadable."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_timeml(raw: str, doc_id: str = "") -> TimeMLDoc:
    """Split TimeML source into DCT, plain text and gold spans."""
    m = _DCT.search(raw)
    dct = parse_dct(dict(_ATTR.findall(m.group(1))).get("value", "")) if m else None
    t = _TEXT.search(raw)
    if t is None:
        raise EvaluationDataError(f"{doc_id or 'TimeML input'}: no <TEXT> element")
    body = t.group(1)
    parts: list[str] = []
    length = 0
    gold: list[Span] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "/":
            if open_timex is not None:
                start, attrs = open_timex
                text = "".join(parts)[start:length]
                gold.append(Span(start, length, text, attrs.get("type", ""),
                                 attrs.get("value", ""), attrs.get("mod")))
                open_timex = None
        elif not tag.group(4):
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
    parts.append(html.unescape(body[pos:]))
    return TimeMLDoc(doc_id, dct, "".join(parts), gold, raw, t.start(1))


def read_timeml(path: Path) -> TimeMLDoc:
    """Read one ``.tml`` file (coded error when unreadable)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise EvaluationDataError(f"{path}: cannot read TimeML file: {exc}") from exc
    return parse_timeml(raw, path.stem)


def read_corpus(folder: Path) -> list[TimeMLDoc]:
    """Every ``.tml`` file under ``folder``, sorted by path."""
    if not folder.is_dir():
        raise EvaluationDataError(f"{folder}: TimeML folder not found")
    docs = [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]
    if not docs:
        raise EvaluationDataError(f"{folder}: no .tml files")
    return docs


# ------------------------------------------------------------------- scoring ---


@dataclass(slots=True)
class Scores:
    """Counts over a corpus, and the TempEval-3 figures derived from them."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0

    def add(self, other: Scores) -> None:
        for name in ("gold", "system", "strict", "relaxed", "type_ok", "value_ok"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _prf(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def figures(self) -> dict[str, float]:
        """Percentages: strict and relaxed P/R/F1, type and value accuracy and F1."""
        sp, sr, sf = self._prf(self.strict, self.system, self.gold)
        rp, rr, rf = self._prf(self.relaxed, self.system, self.gold)
        type_acc = self.type_ok / self.relaxed if self.relaxed else 0.0
        value_acc = self.value_ok / self.relaxed if self.relaxed else 0.0
        return {
            "strict_p": 100 * sp, "strict_r": 100 * sr, "strict_f1": 100 * sf,
            "relaxed_p": 100 * rp, "relaxed_r": 100 * rr, "relaxed_f1": 100 * rf,
            "type_accuracy": 100 * type_acc, "type_f1": 100 * rf * type_acc,
            "value_accuracy": 100 * value_acc, "value_f1": 100 * rf * value_acc,
        }


def score_document(gold: Sequence[Span], system: Sequence[Span]) -> Scores:
    """Match one document's spans one to one: exact spans first, then overlaps."""
    s = Scores(gold=len(gold), system=len(system))
    used_gold: set[int] = set()
    pairs: list[tuple[Span, Span]] = []
    by_span = {(g.start, g.end): i for i, g in enumerate(gold)}
    rest: list[Span] = []
    for sys_span in system:
        i = by_span.get((sys_span.start, sys_span.end))
        if i is not None and i not in used_gold:
            used_gold.add(i)
            pairs.append((gold[i], sys_span))
            s.strict += 1
        else:
            rest.append(sys_span)
    for sys_span in rest:
        best, best_overlap = None, 0
        for i, g in enumerate(gold):
            if i in used_gold:
                continue
            overlap = min(g.end, sys_span.end) - max(g.start, sys_span.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        if best is not None:
            used_gold.add(best)
            pairs.append((gold[best], sys_span))
    s.relaxed = len(pairs)
    s.type_ok = sum(g.type == p.type for g, p in pairs)
    s.value_ok = sum(g.value == p.value for g, p in pairs)
    return s


def score(pairs: Iterable[tuple[Sequence[Span], Sequence[Span]]]) -> Scores:
    """Sum of per-document scores over ``(gold, system)`` pairs."""
    total = Scores()
    for gold, system in pairs:
        total.add(score_document(gold, system))
    return total


def annotate_timeml(doc: TimeMLDoc, spans: Sequence[Span]) -> str:
    """The document's TimeML source with its ``<TEXT>`` re-tagged with ``spans``."""
    text = doc.text
    out: list[str] = []
    pos = 0
    for n, s in enumerate(sorted(spans, key=lambda x: x.start), start=1):
        if s.start < pos:
            continue
        out.append(html.escape(text[pos : s.start], quote=False))
        attrs = f'tid="t{n}" type="{s.type}" value="{html.escape(s.value)}"'
        if s.mod:
            attrs += f' mod="{s.mod}"'
        out.append(f"<TIMEX3 {attrs}>{html.escape(text[s.start:s.end], quote=False)}</TIMEX3>")
        pos = s.end
    out.append(html.escape(text[pos:], quote=False))
    m = _TEXT.search(doc.raw)
    assert m is not None
    return doc.raw[: m.start(1)] + "".join(out) + doc.raw[m.end(1) :]


# ------------------------------------------------------------------ running ----


def system_spans(nlp: object, docs: Sequence[TimeMLDoc], batch_size: int = 16) -> list[list[Span]]:
    """Run a pipeline holding ``eventwire_timex_v1`` over the documents' texts."""
    from ..nlp import process

    out: list[list[Span]] = []
    for doc in process(nlp, ((d.text, d.dct) for d in docs), batch_size=batch_size):  # type: ignore[arg-type]
        out.append(
            [Span(t.start_char, t.end_char, t.text, t.type, t.value, t.mod) for t in doc._.timexes]
        )
    return out


def evaluate_corpora(nlp: object, root: Path) -> dict[str, Scores]:
    """Scores per sub-corpus folder of ``root`` (TimeBank, AQUAINT) and ``all``."""
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    if not folders:
        raise EvaluationDataError(f"{root}: no TimeML corpus folders found")
    results: dict[str, Scores] = {}
    total = Scores()
    for folder in folders:
        docs = read_corpus(folder)
        spans = system_spans(nlp, docs)
        s = score((d.gold, sp) for d, sp in zip(docs, spans, strict=True))
        results[folder.name] = s
        total.add(s)
    results["all"] = total
    return results
