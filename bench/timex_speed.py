"""How much the time stage adds to pipeline time, on the Wikinews 2019 corpus.

Runs the statistical pipeline once over all articles (parse cached as Docs), then
times ``eventwire_timex_v1`` and ``eventwire_event_time_v1`` alone on those Docs,
and prints both against the full pipeline's time. Usage:

    python bench/timex_speed.py [path/to/wikinews_2019.csv]
"""

from __future__ import annotations

import csv
import sys
import time
from datetime import date
from pathlib import Path

from eventwire.nlp import load_pipeline, make_doc

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews" / "wikinews_2019.csv"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    items = [(r["text"], date.fromisoformat(r["date"][:10]) if r.get("date") else None) for r in rows]
    nlp = load_pipeline()
    timex = nlp.get_pipe("eventwire_timex_v1")
    linker = nlp.get_pipe("eventwire_event_time_v1")
    for _ in nlp.pipe(make_doc(nlp, t, p) for t, p in items[:5]):
        pass  # warm up
    t0 = time.perf_counter()
    docs = list(nlp.pipe(make_doc(nlp, t, p) for t, p in items))
    full = time.perf_counter() - t0
    words = sum(len(d) for d in docs)
    stages = [n for n in nlp.pipe_names if n.startswith("eventwire_")]
    with nlp.select_pipes(disable=stages):
        t3 = time.perf_counter()
        for _ in nlp.pipe(make_doc(nlp, t, p) for t, p in items):
            pass
        spacy_only = time.perf_counter() - t3
    best_timex = best_link = float("inf")
    for _ in range(3):
        t1 = time.perf_counter()
        for d in docs:
            timex(d)
        best_timex = min(best_timex, time.perf_counter() - t1)
        t2 = time.perf_counter()
        for d in docs:
            linker(d)
        best_link = min(best_link, time.perf_counter() - t2)
    n_timex = sum(len(d._.timexes) for d in docs)
    n_events = sum(len(d._.events or []) for d in docs)
    print(f"articles {len(docs)}, tokens {words}, timexes {n_timex}, events {n_events}")
    print(f"full pipeline       {full:8.3f} s  ({1000 * full / len(docs):.2f} ms/article)")
    print(f"timex stage         {best_timex:8.3f} s  ({1000 * best_timex / len(docs):.3f} ms/article)"
          f"  = {100 * best_timex / full:.2f}% of pipeline time")
    print(f"event-time linker   {best_link:8.3f} s  ({1000 * best_link / len(docs):.3f} ms/article)"
          f"  = {100 * best_link / full:.2f}% of pipeline time")
    print(f"spaCy alone         {spacy_only:8.3f} s; time stages = "
          f"{100 * (best_timex + best_link) / spacy_only:.2f}% of it")
    print(f"time stages total   {100 * (best_timex + best_link) / full:.2f}% (target <= 5%)")


if __name__ == "__main__":
    main()
