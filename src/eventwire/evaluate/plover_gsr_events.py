"""Event types on the PLOVER gold standard records (CAMEO manual examples).

Each record is one sentence with one gold event: a PLOVER type (older names
mapped: DEMAND -> REQUEST, DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT, INVESTIGATE ->
ACCUSE) and its gold source and target actors. The system reads each sentence on
its own (the records carry no real date).

"With actors matched": among the system's events in the sentence, the one whose
source or target spans overlap the gold actors' spans (both sides matched
first, then one side, then the higher confidence) stands for the system's
answer; a sentence with no such event is a miss (label ``NONE``).

Figures: found (records with an actor-matched event), PLOVER accuracy and
macro-F1 over found records, and macro-F1 over all records with misses counted
as wrong; plus a confusion table.

Each figure is given twice. *As coded*: the record's PLOVER type. *CAMEO
convention*: the record restated as the CAMEO manual codes (its examples are the
gold here): eventwire codes "X will visit Y" as CONSULT with modality planned,
the manual as 036 (intent to meet, PLOVER AGREE); a planned conflictual act is a
threat (13x) there. ``knowledge.embedding.cameo_convention`` does the restating.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..knowledge.cameo import PLOVER_RENAMED
from ..knowledge.embedding import cameo_convention
from ..record import Event
from .annotated import macro_f1
from .plover_gsr import GsrRecord, locate


@dataclass(slots=True)
class GsrEventScores:
    n: int = 0
    found: int = 0
    pairs_found: list[tuple[str, str]] = field(default_factory=list)
    pairs_all: list[tuple[str, str]] = field(default_factory=list)
    conv_found: list[tuple[str, str]] = field(default_factory=list)
    conv_all: list[tuple[str, str]] = field(default_factory=list)


def _accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    return sum(1 for g, s in pairs if g == s) / len(pairs) if pairs else 0.0


def gold_type(record: GsrRecord) -> str:
    return PLOVER_RENAMED.get(record.event, record.event)


def _overlaps(span: tuple[int, int], start: int | None, end: int | None) -> bool:
    return start is not None and end is not None and span[0] < end and start < span[1]


def pick_event(record: GsrRecord, events: Sequence[Event]) -> Event | None:
    """The system event whose actors match the gold actors best, or None."""
    src = [s for a in record.source if (s := locate(record, a, "source"))]
    tar = [s for a in record.target if (s := locate(record, a, "target"))]
    best: tuple[int, float] | None = None
    chosen: Event | None = None
    for ev in events:
        actors = list(ev.source) + list(ev.target)
        s_ok = any(_overlaps(g, a.start, a.end) for g in src for a in actors)
        t_ok = any(_overlaps(g, a.start, a.end) for g in tar for a in actors)
        if not (s_ok or t_ok):
            continue
        rank = (int(s_ok) + int(t_ok), ev.confidence)
        if best is None or rank > best:
            best, chosen = rank, ev
    return chosen


def score_events(records: Sequence[GsrRecord], events: Sequence[Sequence[Event]]) -> GsrEventScores:
    scores = GsrEventScores()
    for record, evs in zip(records, events, strict=True):
        gold = gold_type(record)
        ev = pick_event(record, evs)
        scores.n += 1
        if ev is None:
            scores.pairs_all.append((gold, "NONE"))
            scores.conv_all.append((gold, "NONE"))
            continue
        scores.found += 1
        conv = cameo_convention(ev.cameo, ev.plover, ev.modality)[1]
        scores.pairs_found.append((gold, ev.plover))
        scores.pairs_all.append((gold, ev.plover))
        scores.conv_found.append((gold, conv))
        scores.conv_all.append((gold, conv))
    return scores


def format_event_scores(scores: GsrEventScores) -> str:
    lines = [
        f"events: {scores.n} gold records; an event with matched actors found for "
        f"{scores.found} ({100 * scores.found / max(scores.n, 1):.1f}%)",
        f"PLOVER type over found, as coded:       accuracy {100 * _accuracy(scores.pairs_found):.1f}%"
        f"  macro-F1 {100 * macro_f1(scores.pairs_found):.1f}",
        f"PLOVER type over found, CAMEO convention: accuracy "
        f"{100 * _accuracy(scores.conv_found):.1f}%  macro-F1 {100 * macro_f1(scores.conv_found):.1f}",
        f"over all records (misses wrong): macro-F1 as coded {100 * macro_f1(scores.pairs_all):.1f},"
        f" CAMEO convention {100 * macro_f1(scores.conv_all):.1f}",
        "confusion over all records, CAMEO convention (rows gold, columns system):",
    ]
    labels = sorted({g for g, _ in scores.conv_all} | {s for _, s in scores.conv_all})
    width = max(len(x) for x in labels + ["SANCTION"])
    lines.append(" " * (width + 1) + " ".join(x[:width].rjust(width) for x in labels))
    counts = Counter(scores.conv_all)
    for g in sorted({g for g, _ in scores.conv_all}):
        row = [(str(counts[(g, s)]) if counts[(g, s)] else ".").rjust(width) for s in labels]
        lines.append(g.ljust(width) + " " + " ".join(row))
    return "\n".join(lines)
