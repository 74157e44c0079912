"""Printing events: JSON Lines, a JSON array, CSV rows, or a readable table."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable
from typing import IO, Any

from .record import Actor, Event

FORMATS = ("table", "jsonl", "json", "csv")

CSV_COLUMNS = (
    "id", "article_id", "sentence_index", "trigger", "plover", "mode", "context", "cameo",
    "quad_class", "goldstein", "source", "source_codes", "target", "target_codes",
    "date_start", "date_end", "date_granularity", "date_basis", "date_text",
    "location", "location_country", "lat", "lon", "modality", "attribution_kind",
    "attribution", "confidence", "sentence",
)


def dumps(record: dict[str, Any]) -> str:
    """One compact, key-order-stable JSON line (non-ASCII kept readable)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def actor_label(actors: Iterable[Actor]) -> str:
    parts = []
    for a in actors:
        code = a.code or a.country or "?"
        parts.append(f"{a.name} ({code})")
    return "; ".join(parts)


def csv_row(ev: Event) -> list[Any]:
    loc = ev.location
    return [
        ev.id, ev.article_id, ev.sentence_index, ev.trigger.text, ev.plover, ev.mode or "",
        ev.context or "", ev.cameo or "", ev.quad_class,
        "" if ev.goldstein is None else ev.goldstein,
        "; ".join(a.name for a in ev.source), "; ".join(a.code or "" for a in ev.source),
        "; ".join(a.name for a in ev.target), "; ".join(a.code or "" for a in ev.target),
        ev.date.start or "", ev.date.end or "", ev.date.granularity or "", ev.date.basis,
        ev.date.text or "", loc.name if loc else "", (loc.country or "") if loc else "",
        "" if not loc or loc.lat is None else loc.lat, "" if not loc or loc.lon is None else loc.lon,
        ev.modality, ev.attribution.kind if ev.attribution else "none",
        (ev.attribution.text or "") if ev.attribution else "", ev.confidence, ev.sentence,
    ]


def _when(ev: Event) -> str:
    d = ev.date
    if d.start is None:
        return "?"
    text = d.start if d.start == d.end or not d.end else f"{d.start}..{d.end}"
    return text + ("*" if d.basis == "publication" else "")


def table_rows(events: Iterable[Event]) -> list[list[str]]:
    rows = []
    for ev in events:
        rows.append([
            _when(ev),
            actor_label(ev.source) or "-",
            f"{ev.plover}{'/' + ev.mode if ev.mode else ''} {ev.cameo or ''}".strip(),
            actor_label(ev.target) or "-",
            ev.modality,
            (ev.location.name + (f" ({ev.location.country})" if ev.location.country else ""))
            if ev.location else "-",
            (ev.attribution.text or ev.attribution.kind)
            if ev.attribution and ev.attribution.kind != "none" else "-",
            ev.trigger.text,
        ])
    return rows


TABLE_HEADER = ["when", "who", "did", "to whom", "modality", "where", "according to", "trigger"]


def format_table(rows: list[list[str]], width: int | None = None) -> str:
    """A plain-text table; long cells are cut so a row fits the terminal."""
    width = width or shutil.get_terminal_size((160, 24)).columns
    cols = list(zip(TABLE_HEADER, *rows, strict=False)) if rows else [(h,) for h in TABLE_HEADER]
    widths = [min(max(len(str(c)) for c in col), 28) for col in cols]
    while sum(widths) + 2 * (len(widths) - 1) > width and max(widths) > 10:
        i = widths.index(max(widths))
        widths[i] -= 1

    def cut(s: str, w: int) -> str:
        return s if len(s) <= w else s[: max(w - 1, 0)] + "…"

    lines = ["  ".join(cut(h, w).ljust(w) for h, w in zip(TABLE_HEADER, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        lines.append("  ".join(cut(str(c), w).ljust(w) for c, w in zip(row, widths, strict=True)))
    return "\n".join(line.rstrip() for line in lines)


class EventWriter:
    """Streams events in one format: JSONL and CSV as they come, table and JSON at close."""

    def __init__(self, fmt: str, out: IO[str]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.fmt = fmt
        self.out = out
        self.count = 0
        self._held: list[Event] = []
        self._csv = csv.writer(out, lineterminator="\n") if fmt == "csv" else None
        if self._csv is not None:
            self._csv.writerow(CSV_COLUMNS)

    def write(self, events: Iterable[Event]) -> None:
        for ev in events:
            self.count += 1
            if self.fmt == "jsonl":
                self.out.write(dumps(ev.to_dict()) + "\n")
            elif self._csv is not None:
                self._csv.writerow(csv_row(ev))
            else:
                self._held.append(ev)
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json":
            items = [ev.to_dict() for ev in self._held]
            self.out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
        elif self.fmt == "table":
            self.out.write(format_table(table_rows(self._held)) + "\n")
        self.out.flush()


def write_events(events: Iterable[Event], fmt: str, out: IO[str]) -> int:
    """Write events in ``fmt``; returns how many were written."""
    writer = EventWriter(fmt, out)
    writer.write(events)
    writer.close()
    return writer.count
