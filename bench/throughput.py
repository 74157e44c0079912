"""Throughput: `eventwire extract` against bare spaCy `nlp.pipe`, same model, same articles.

Each side runs as its own process (so neither warms the other's caches), the
runs alternate (eventwire, spaCy, eventwire, spaCy, ...), and each process times
only its processing loop after loading. The figure is the ratio of bare-spaCy
time to eventwire time: 1.0 means eventwire is free, 0.8 means it costs 25% on
top of parsing.

    python bench/throughput.py [--csv ../shared/data/wikinews/wikinews_2019.csv] [--runs 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikinews" / "wikinews_2019.csv"


def _load(path: str) -> list[tuple[str, str]]:
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as fh:
        return [(row["text"], row["date"]) for row in csv.DictReader(fh)]


def _worker(mode: str, path: str, model: str | None) -> None:
    """Runs in a child process: load, then time the processing loop only."""
    rows = _load(path)
    if mode == "spacy":
        import spacy

        from eventwire.nlp import resolve_model_name

        nlp = spacy.load(resolve_model_name(model), exclude=["senter"])
        t0 = time.perf_counter()
        n = sum(len(doc) for doc in nlp.pipe((text for text, _ in rows), batch_size=16))
        elapsed = time.perf_counter() - t0
        events = 0
    else:
        from eventwire import extract_articles, make_article
        from eventwire.nlp import load_pipeline

        load_pipeline(model)
        # Warm the lazily loaded knowledge (gazetteer, actor index) outside the timing,
        # as spaCy's side has its model loaded outside it too.
        list(extract_articles([make_article("Russia's president met China's leader in Beijing "
                                            "on Monday.", published="2019-01-01")], model=model))
        articles = [make_article(text, published=date) for text, date in rows]
        t0 = time.perf_counter()
        events = 0
        for _art, evs in extract_articles(articles, model=model):
            events += len(evs)
            for ev in evs:  # include serialising the records, as `extract --format jsonl` does
                json.dumps(ev.to_dict())
        elapsed = time.perf_counter() - t0
        n = 0
    print(json.dumps({"mode": mode, "seconds": elapsed, "tokens": n, "events": events}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--model", default=None)
    ap.add_argument("--worker", choices=["spacy", "eventwire"], help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        _worker(args.worker, args.csv, args.model)
        return
    if not Path(args.csv).exists():
        sys.exit(f"bench: {args.csv} not found (pass --csv)")
    n_articles = len(_load(args.csv))
    times: dict[str, list[float]] = {"eventwire": [], "spacy": []}
    events = 0
    for run in range(args.runs):
        for mode in ("eventwire", "spacy"):
            cmd = [sys.executable, __file__, "--worker", mode, "--csv", args.csv]
            if args.model:
                cmd += ["--model", args.model]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
            res = json.loads(out.strip().splitlines()[-1])
            times[mode].append(res["seconds"])
            events = max(events, res["events"])
            print(f"run {run + 1} {mode:9s} {res['seconds']:.2f}s", flush=True)
    ew = statistics.median(times["eventwire"])
    sp = statistics.median(times["spacy"])
    print(f"articles: {n_articles}  events: {events}")
    print(f"bare spaCy nlp.pipe: {sp:.2f}s  eventwire extract: {ew:.2f}s (medians of {args.runs})")
    print(f"ratio (spaCy / eventwire): {sp / ew:.3f}  (target >= 0.8)")


if __name__ == "__main__":
    main()
