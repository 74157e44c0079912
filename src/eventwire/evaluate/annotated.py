"""Scoring events against eventwire's own annotated corpus (``eval/annotated/*.jsonl``).

Each record is one sentence of a Wikinews article with its gold events. The
sentences of one article are consecutive, so the system reads them joined as one
article (with the article's publication date) and each system event is assigned
to the sentence its trigger falls in.

Matching, per sentence: a system event matches a gold event when their trigger
spans overlap; failing that, when they have the same PLOVER type and overlapping
source spans. Matching is one-to-one, greedy in text order.

Figures: precision (matched system events / system events), recall (matched gold
events / gold events), F1; over matched pairs: PLOVER type accuracy and macro-F1
(over the gold types present), source and target match (a gold actor matched when
a system actor's span overlaps it or has its code; empty gold = empty system),
modality accuracy; and a confusion table of PLOVER types with MISSED and SPURIOUS.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..article import Article
from ..errors import EvaluationDataError
from ..record import Actor, Event
from ..temporal.values import value_range


@dataclass(slots=True)
class GoldSentence:
    id: str
    url: str
    published: str | None
    sentence_index: int
    sentence: str
    events: list[dict[str, Any]]


def load_annotated(path: str | Path) -> list[GoldSentence]:
    """Read an annotated JSONL file; errors name the file and line."""
    p = Path(path)
    if not p.exists():
        raise EvaluationDataError(f"{p}: annotated corpus not found")
    out: list[GoldSentence] = []
    for lineno, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
            out.append(GoldSentence(id=r["id"], url=r["url"], published=r.get("published"),
                                    sentence_index=int(r["sentence_index"]),
                                    sentence=r["sentence"], events=list(r.get("events") or [])))
        except (ValueError, KeyError, TypeError) as exc:
            raise EvaluationDataError(f"{p}:{lineno}: malformed record ({exc})") from None
    return out


@dataclass(slots=True)
class SysEvent:
    """A system event placed in a gold sentence (offsets relative to the sentence)."""

    plover: str
    cameo: str | None
    trigger: tuple[int, int]
    source: list[tuple[int, int, str | None]]
    target: list[tuple[int, int, str | None]]
    modality: str
    confidence: float
    raw_confidence: float
    # (start, end) ISO dates of the system's event date; None: not dated by a system
    date: tuple[str | None, str | None] | None = None


@dataclass(slots=True)
class Scores:
    n_gold: int = 0
    n_system: int = 0
    n_matched: int = 0
    type_correct: int = 0
    source_correct: int = 0
    target_correct: int = 0
    modality_correct: int = 0
    # event dates over matched events: all of them, and those the gold dates from the text
    date_scored: int = 0
    date_correct: int = 0
    text_date_scored: int = 0
    text_date_correct: int = 0
    # gold actors of matched events that a system actor's span overlaps: how many, and of
    # those how many have the gold's code, the gold's country (first three letters)
    actors_found: int = 0
    actor_code_correct: int = 0
    actor_country_correct: int = 0
    pairs: list[tuple[str, str]] = field(default_factory=list)  # (gold, system) PLOVER
    missed: Counter[str] = field(default_factory=Counter)
    spurious: Counter[str] = field(default_factory=Counter)
    # Each system event: (raw score, calibrated confidence, right: matched with its type).
    confidences: list[tuple[float, float, bool]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.n_matched / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.n_matched / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def rate(self, correct: int) -> float:
        return correct / self.n_matched if self.n_matched else 0.0

    @property
    def macro_f1(self) -> float:
        return macro_f1(self.pairs)


def macro_f1(pairs: Sequence[tuple[str, str]]) -> float:
    """Macro-averaged F1 over the gold labels present in ``pairs`` (gold, predicted)."""
    labels = sorted({g for g, _ in pairs})
    if not labels:
        return 0.0
    total = 0.0
    for lab in labels:
        tp = sum(1 for g, s in pairs if g == lab and s == lab)
        fp = sum(1 for g, s in pairs if g != lab and s == lab)
        fn = sum(1 for g, s in pairs if g == lab and s != lab)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / len(labels)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _actors_match(gold: list[dict[str, Any]], system: list[tuple[int, int, str | None]]) -> bool:
    """Every gold actor found among the system's (span overlap or same code)."""
    if not gold:
        return not system
    for g in gold:
        span = (int(g["start"]), int(g["end"]))
        code = g.get("code")
        if not any(_overlap(span, (s, e)) or (code and c and code == c) for s, e, c in system):
            return False
    return True


def gold_date_range(value: str | None, published: str | None) -> tuple[str | None, str | None]:
    """The days a gold ``date`` value covers; no value: the publication day applies."""
    if not value:
        return published, published
    start, end, _gran = value_range(value)
    return start, end


def _same_days(gold: tuple[str | None, str | None], system: tuple[str | None, str | None]) -> bool:
    """Same first and last day; a one-day gold value also matches a system span that
    starts on it (a duration the gold's single TIMEX value cannot hold: "for three
    days from Wednesday")."""
    if gold == system:
        return True
    return gold[0] is not None and gold[0] == gold[1] == system[0] and (system[1] or "") > gold[0]


def score_sentence(gold: list[dict[str, Any]], system: list[SysEvent], scores: Scores,
                   published: str | None = None) -> None:
    """Match one sentence's events and add to ``scores``."""
    scores.n_gold += len(gold)
    scores.n_system += len(system)
    used: set[int] = set()
    matches: list[tuple[dict[str, Any], SysEvent]] = []
    for rule in ("trigger", "type+source"):
        for g in gold:
            if any(g is m[0] for m in matches):
                continue
            gt = (int(g["trigger"]["start"]), int(g["trigger"]["end"]))
            for k, s in enumerate(system):
                if k in used:
                    continue
                if rule == "trigger":
                    ok = _overlap(gt, s.trigger)
                else:
                    ok = g["plover"] == s.plover and bool(g.get("source")) and any(
                        _overlap((int(a["start"]), int(a["end"])), (x, y))
                        for a in g["source"] for x, y, _ in s.source)
                if ok:
                    used.add(k)
                    matches.append((g, s))
                    break
    for g, s in matches:
        scores.n_matched += 1
        scores.pairs.append((g["plover"], s.plover))
        scores.type_correct += g["plover"] == s.plover
        scores.source_correct += _actors_match(g.get("source") or [], s.source)
        scores.target_correct += _actors_match(g.get("target") or [], s.target)
        scores.modality_correct += g.get("modality", "asserted") == s.modality
        _score_codes(g, s, scores)
        if s.date is not None:
            same_days = _same_days(gold_date_range(g.get("date"), published), s.date)
            scores.date_scored += 1
            scores.date_correct += same_days
            if g.get("date"):
                scores.text_date_scored += 1
                scores.text_date_correct += same_days
    right = {id(s) for g, s in matches if g["plover"] == s.plover}
    for s in system:
        scores.confidences.append((s.raw_confidence, s.confidence, id(s) in right))
    matched_gold = {id(g) for g, _ in matches}
    for g in gold:
        if id(g) not in matched_gold:
            scores.missed[g["plover"]] += 1
    for k, s in enumerate(system):
        if k not in used:
            scores.spurious[s.plover] += 1


def _score_codes(gold: dict[str, Any], system: SysEvent, scores: Scores) -> None:
    """Actor codes of one matched event: each coded gold actor a system actor overlaps."""
    for role in ("source", "target"):
        found = system.source if role == "source" else system.target
        for a in gold.get(role) or []:
            code = a.get("code")
            span = (int(a["start"]), int(a["end"]))
            hit = next((c for x, y, c in found if _overlap(span, (x, y))), "")
            if not code or hit == "":
                continue
            scores.actors_found += 1
            scores.actor_code_correct += hit == code
            scores.actor_country_correct += hit is not None and hit[:3] == code[:3]


def _placed(ev: Event, offset: int) -> SysEvent:
    def spans(actors: Iterable[Actor]) -> list[tuple[int, int, str | None]]:
        return [((a.start or 0) - offset, (a.end or 0) - offset, a.code) for a in actors]

    return SysEvent(plover=ev.plover, cameo=ev.cameo,
                    trigger=(ev.trigger.start - offset, ev.trigger.end - offset),
                    source=spans(ev.source), target=spans(ev.target), modality=ev.modality,
                    confidence=ev.confidence,
                    raw_confidence=float(ev.evidence.get("raw_confidence", ev.confidence)),
                    date=(ev.date.start, ev.date.end))


def gold_articles(sentences: Iterable[GoldSentence]
                  ) -> list[tuple[Article, list[tuple[int, GoldSentence]]]]:
    """The gold sentences joined back into their articles (one space between
    sentences), in URL order, each with ``(offset of the sentence, sentence)``."""
    from ..article import make_article

    by_article: dict[str, list[GoldSentence]] = defaultdict(list)
    for s in sentences:
        by_article[s.url].append(s)
    out = []
    for url in sorted(by_article):
        sents = sorted(by_article[url], key=lambda s: s.sentence_index)
        starts: list[tuple[int, GoldSentence]] = []
        pos = 0
        for s in sents:
            starts.append((pos, s))
            pos += len(s.sentence) + 1
        article = make_article(" ".join(s.sentence for s in sents), id=url, url=url,
                               published=sents[0].published, check_language=False)
        out.append((article, starts))
    return out


def evaluate_annotated(
    sentences: list[GoldSentence], model: str | None = None, min_confidence: float = 0.0
) -> Scores:
    """Run the system over the annotated sentences (grouped by article) and score it."""
    from ..api import extract_articles

    gold = gold_articles(sentences)
    articles = [a for a, _ in gold]
    layout = [starts for _, starts in gold]
    scores = Scores()
    for (_article, events), starts in zip(extract_articles(articles, model=model), layout,
                                          strict=True):
        per: dict[int, list[SysEvent]] = defaultdict(list)
        for ev in events:
            if ev.confidence < min_confidence:
                continue
            for k in range(len(starts) - 1, -1, -1):
                if ev.trigger.start >= starts[k][0]:
                    per[k].append(_placed(ev, starts[k][0]))
                    break
        for k, (_, sent) in enumerate(starts):
            score_sentence(sent.events, per.get(k, []), scores, sent.published)
    return scores


def reliability(scores: Scores, bins: Sequence[float] = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)) -> str:
    """How well the confidence predicts correctness: per confidence band, the share right."""
    lines = ["confidence   events   right   mean confidence"]
    edges = list(bins) + [1.01]
    total_err = 0.0
    for lo, hi in zip(edges, edges[1:], strict=False):
        band = [(c, ok) for _, c, ok in scores.confidences if lo <= c < hi]
        if not band:
            continue
        share = sum(ok for _, ok in band) / len(band)
        mean = sum(c for c, _ in band) / len(band)
        total_err += abs(share - mean) * len(band)
        lines.append(f"{lo:.2f}-{min(hi, 1.0):.2f}   {len(band):6d}   {100 * share:4.0f}%   {mean:.2f}")
    n = len(scores.confidences)
    lines.append(f"expected calibration error {total_err / n:.3f}" if n else "no system events")
    return "\n".join(lines)


def _share(right: int, n: int) -> str:
    return f"{100 * right / n:5.1f}%" if n else "  n/a"


def report(scores: Scores, title: str) -> str:
    """The figures and the confusion table as printed by ``eventwire evaluate annotated``."""
    lines = [
        title,
        f"gold events {scores.n_gold}  system events {scores.n_system}  matched {scores.n_matched}",
        f"event precision {100 * scores.precision:5.1f}%   recall {100 * scores.recall:5.1f}%   "
        f"F1 {100 * scores.f1:5.1f}",
        f"over matched events: PLOVER accuracy {100 * scores.rate(scores.type_correct):5.1f}%   "
        f"PLOVER macro-F1 {100 * scores.macro_f1:5.1f}   "
        f"modality accuracy {100 * scores.rate(scores.modality_correct):5.1f}%",
        f"source match {100 * scores.rate(scores.source_correct):5.1f}%   "
        f"target match {100 * scores.rate(scores.target_correct):5.1f}%",
        f"actor codes ({scores.actors_found} coded gold actors a system actor overlaps): "
        f"same code {_share(scores.actor_code_correct, scores.actors_found)}, "
        f"same country {_share(scores.actor_country_correct, scores.actors_found)}",
        *([f"event date (same start and end days) {_share(scores.date_correct, scores.date_scored)}"
           f" of {scores.date_scored} matched; {_share(scores.text_date_correct, scores.text_date_scored)}"
           f" of the {scores.text_date_scored} the gold dates from the text"]
          if scores.date_scored else []),
        "",
        reliability(scores),
        "",
        "confusion (rows gold, columns system; MISSED = gold not found, SPURIOUS = not in gold):",
    ]
    labels = sorted({g for g, _ in scores.pairs} | {s for _, s in scores.pairs}
                    | set(scores.missed) | set(scores.spurious))
    cols = labels + ["MISSED"]
    width = max([len(c) for c in cols] + [8])
    lines.append(" " * (width + 1) + " ".join(c[:width].rjust(width) for c in cols))
    counts = Counter(scores.pairs)
    for g in labels + ["SPURIOUS"]:
        row = []
        for c in cols:
            if g == "SPURIOUS":
                n = scores.spurious.get(c, 0) if c != "MISSED" else 0
            elif c == "MISSED":
                n = scores.missed.get(g, 0)
            else:
                n = counts.get((g, c), 0)
            row.append((str(n) if n else ".").rjust(width))
        lines.append(g[:width].ljust(width) + " " + " ".join(row))
    return "\n".join(lines)
