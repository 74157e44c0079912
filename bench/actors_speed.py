"""How much the actor stage adds to the pipeline's time, on the Wikinews 2019 articles.

Usage: python bench/actors_speed.py [CSV]. Prints the time of the full pipeline,
the time spent in eventwire_actors_v1, and its share (target: at most 10%).
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from eventwire.nlp import load_pipeline, make_doc

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikinews" / "wikinews_2019.csv"


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    with path.open(encoding="utf-8", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    nlp = load_pipeline()
    nlp("warm up the pipeline with Kim Jong Un and Putin.")
    per_pipe: dict[str, float] = {name: 0.0 for name in nlp.pipe_names}
    tokens = 0
    t0 = time.perf_counter()
    for text in texts:
        doc = make_doc(nlp, text, None)
        for name, proc in nlp.pipeline:
            s = time.perf_counter()
            doc = proc(doc)
            per_pipe[name] += time.perf_counter() - s
        tokens += len(doc)
    total = time.perf_counter() - t0
    actors = per_pipe["eventwire_actors_v1"]
    rest = total - actors
    print(f"articles {len(texts)}  tokens {tokens}")
    print(f"pipeline total {total:.2f} s  ({tokens / total:,.0f} tokens/s)")
    print(f"actor stage    {actors:.3f} s  = {actors / rest:.1%} added to the rest of the pipeline "
          f"({actors / total:.1%} of total)")
    for name, secs in sorted(per_pipe.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<28} {secs:7.3f} s")
    # Batched, as ``eventwire.nlp.process`` runs it, timing the stage from inside
    # (a with/without comparison is swamped by noise on a shared machine).
    component = nlp.get_pipe("eventwire_actors_v1")
    spent = [0.0]
    original = type(component).__call__

    def timed(self, doc):  # type: ignore[no-untyped-def]
        s = time.perf_counter()
        out = original(self, doc)
        spent[0] += time.perf_counter() - s
        return out

    type(component).__call__ = timed  # type: ignore[method-assign]
    try:
        s = time.perf_counter()
        for _ in nlp.pipe((make_doc(nlp, t, None) for t in texts), batch_size=32):
            pass
        batched = time.perf_counter() - s
    finally:
        type(component).__call__ = original  # type: ignore[method-assign]
    print(f"batched: pipeline {batched:.2f} s, actor stage {spent[0]:.3f} s = "
          f"{spent[0] / (batched - spent[0]):.1%} added to the rest")

if __name__ == "__main__":
    main()
