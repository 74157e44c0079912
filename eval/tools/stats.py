"""Print counts of the annotated event corpus: sentences, articles, events, per
PLOVER type, modality distribution, sentences without events.

Usage: ``.venv/bin/python eval/tools/stats.py [--markdown]``
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPLITS = ("train", "test")


def load(split: str) -> list[dict]:
    path = ROOT / "eval" / "annotated" / f"{split}.jsonl"
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str]) -> int:
    data = {s: load(s) for s in SPLITS}
    rows: list[tuple[str, dict[str, int]]] = []

    def add(label: str, f) -> None:
        rows.append((label, {s: f(data[s]) for s in SPLITS}))

    add("articles", lambda r: len({x["url"] for x in r}))
    add("sentences", len)
    add("sentences without events", lambda r: sum(1 for x in r if not x["events"]))
    add("events", lambda r: sum(len(x["events"]) for x in r))
    plover = {s: Counter(e["plover"] for x in data[s] for e in x["events"]) for s in SPLITS}
    modal = {s: Counter(e["modality"] for x in data[s] for e in x["events"]) for s in SPLITS}
    for t in sorted(set(plover["train"]) | set(plover["test"])):
        rows.append((f"PLOVER {t}", {s: plover[s][t] for s in SPLITS}))
    for m in sorted(set(modal["train"]) | set(modal["test"])):
        rows.append((f"modality {m}", {s: modal[s][m] for s in SPLITS}))
    add("events with a date value", lambda r: sum(1 for x in r for e in x["events"] if e["date"]))
    add(
        "events with empty source",
        lambda r: sum(1 for x in r for e in x["events"] if not e["source"]),
    )
    md = "--markdown" in argv
    if md:
        print("| count | train | test | total |\n| --- | ---: | ---: | ---: |")
    else:
        print(f"{'count':32} {'train':>6} {'test':>6} {'total':>6}")
    for label, c in rows:
        tot = c["train"] + c["test"]
        if md:
            print(f"| {label} | {c['train']} | {c['test']} | {tot} |")
        else:
            print(f"{label:32} {c['train']:>6} {c['test']:>6} {tot:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
