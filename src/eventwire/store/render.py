"""Printing merged events (``eventwire events --merged``): table, JSON Lines, JSON, CSV.

The JSON forms are ``MergedEvent.to_dict()``; CSV and the table flatten it to
one row per merged event with its mention counts.
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from typing import IO, Any

from ..output import actor_label, dumps
from .queries import MergedEvent

MERGED_CSV_COLUMNS = (
    "id", "plover", "cameo", "quad_class", "goldstein", "source", "source_codes", "target",
    "target_codes", "date_start", "date_end", "location_country", "location", "n_mentions",
    "n_articles", "n_sources", "first_seen", "last_seen", "representative", "sentence",
)
TABLE_HEADER = ("when", "who", "did", "to whom", "where", "mentions", "articles", "example")


def _when(m: MergedEvent) -> str:
    start, end = m.row["date_start"], m.row["date_end"]
    if not start:
        return "?"
    return start if start == end or not end else f"{start}..{end}"


def csv_row(m: MergedEvent) -> list[Any]:
    d = m.to_dict()
    rep = m.representative
    return [
        d["id"], d["plover"], d["cameo"] or "", d["quad_class"],
        "" if d["goldstein"] is None else d["goldstein"],
        "; ".join(a.name for a in rep.source), d["source_codes"],
        "; ".join(a.name for a in rep.target), d["target_codes"],
        d["date_start"] or "", d["date_end"] or "", d["location_country"] or "",
        rep.location.name if rep.location else "", d["n_mentions"], d["n_articles"],
        d["n_sources"], d["first_seen"] or "", d["last_seen"] or "", d["representative"],
        d["sentence"],
    ]


def table(merged: Iterable[MergedEvent], width: int | None = None) -> str:
    rows = []
    for m in merged:
        rep = m.representative
        rows.append([
            _when(m), actor_label(rep.source) or "-",
            f"{m.row['plover']} {m.row['cameo'] or ''}".strip(), actor_label(rep.target) or "-",
            (rep.location.name if rep.location else m.row["location_country"]) or "-",
            str(m.row["n_mentions"]), str(m.row["n_articles"]), rep.sentence,
        ])
    width = width or shutil.get_terminal_size((160, 24)).columns
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(TABLE_HEADER)]
    widths = [min(w, 28 if i < 7 else 60) for i, w in enumerate(widths)]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 10:
        widths[widths.index(max(widths))] -= 1

    def cut(text: str, w: int) -> str:
        return text if len(text) <= w else text[: max(w - 1, 0)] + "…"

    lines = ["  ".join(cut(h, w).ljust(w) for h, w in zip(TABLE_HEADER, widths, strict=True)),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cut(c, w).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def write_merged(merged: Iterable[MergedEvent], fmt: str, out: IO[str]) -> int:
    """Write merged events in ``fmt`` (table, jsonl, json, csv); returns how many."""
    items = list(merged)
    if fmt == "jsonl":
        for m in items:
            out.write(dumps(m.to_dict()) + "\n")
    elif fmt == "json":
        out.write(json.dumps([m.to_dict() for m in items], ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(MERGED_CSV_COLUMNS)
        writer.writerows(csv_row(m) for m in items)
    elif fmt == "table":
        out.write(table(items) + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")
    out.flush()
    return len(items)
