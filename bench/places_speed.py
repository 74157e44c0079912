"""Print the place stages' share of pipeline time on Wikinews 2019 articles.

Usage: python bench/places_speed.py [N]   (first N articles, default 60; warm gazetteer)
Runs the full pipeline component by component and times each one; the place stage
(``eventwire_places_v1``) and the event-place linker should stay a small share
(dictionary lookups and a few passes over the tokens).
"""

from __future__ import annotations

import csv
import sys
import time
from collections import defaultdict
from datetime import date
from pathlib import Path

from eventwire.knowledge.gazetteer import load_gazetteer
from eventwire.nlp import build_pipeline, make_doc

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "wikinews_2019.csv"
PLACE_STAGES = ("eventwire_places_v1", "eventwire_event_place_v1")


def main() -> None:
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    csv.field_size_limit(10**8)
    with DATA.open(encoding="utf-8", newline="") as handle:
        rows = [row for _, row in zip(range(limit), csv.DictReader(handle), strict=False)]
    nlp = build_pipeline()
    t = time.perf_counter()
    load_gazetteer()
    print(f"gazetteer load (once per process): {time.perf_counter() - t:.2f} s")
    nlp(make_doc(nlp, "Warm-up in Paris.", None))
    spent: dict[str, float] = defaultdict(float)
    tokens = 0
    for row in rows:
        doc = make_doc(nlp, row["text"], date.fromisoformat(row["date"]))
        tokens += len(doc)
        for name, proc in nlp.pipeline:
            t = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t
    total = sum(spent.values())
    print(f"{len(rows)} articles, {tokens} tokens, pipeline {total:.2f} s")
    for name, seconds in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"  {name:28s} {seconds:7.2f} s  {seconds / total:6.1%}")
    share = sum(spent[s] for s in PLACE_STAGES) / total
    print(f"place stages ({' + '.join(PLACE_STAGES)}): {share:.1%} of pipeline time")


if __name__ == "__main__":
    main()
