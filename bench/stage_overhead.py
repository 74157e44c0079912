"""What eventwire's own stages add to spaCy, measured inside one process.

`bench/throughput.py` is the reference figure (separate processes, serialising
included), but on a shared 2-core machine its runs swing by more than our whole
cost. This one runs the same articles through the same loaded pipeline with and
without the eventwire stages, alternating, so both sides see the same machine
state, and prints each pair and the median ratio (bare / full).

    python bench/stage_overhead.py [--csv ../shared/data/wikinews/wikinews_2019.csv] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from _corpus import DEFAULT_CSV, load_articles

from eventwire.nlp import STAGES, load_pipeline, process


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    articles = load_articles(args.csv)
    items = [(a.body, a.published) for a in articles]
    nlp = load_pipeline(None)
    list(process(nlp, items[:5]))  # warm the lazily loaded knowledge
    ratios = []
    for run in range(args.runs):
        t0 = time.perf_counter()
        list(process(nlp, items, batch_size=16))
        full = time.perf_counter() - t0
        with nlp.select_pipes(disable=list(STAGES)):
            t0 = time.perf_counter()
            list(process(nlp, items, batch_size=16))
            bare = time.perf_counter() - t0
        ratios.append(bare / full)
        print(f"run {run + 1}: with eventwire stages {full:.2f}s, spaCy alone {bare:.2f}s, "
              f"ratio {bare / full:.3f}", flush=True)
    print(f"articles: {len(items)}  median ratio (spaCy alone / with stages): "
          f"{statistics.median(ratios):.3f}  (throughput target >= 0.8)")


if __name__ == "__main__":
    main()
