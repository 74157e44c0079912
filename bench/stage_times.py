"""Wall time of each eventwire stage over documents spaCy has already parsed.

The corpus is parsed once (spaCy's own components only); then each pass runs our
stages in pipeline order over fresh copies and times each stage. The minimum over
the passes is printed per stage, with spaCy's parse time for scale.

    python bench/stage_times.py [--csv ../shared/data/wikinews/wikinews_2019.csv] [--passes 3]
"""

from __future__ import annotations

import argparse
import time

from _corpus import DEFAULT_CSV, load_articles
from spacy.tokens import DocBin

from eventwire.nlp import STAGES, load_pipeline, make_doc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    articles = load_articles(args.csv)
    nlp = load_pipeline(None)
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=list(STAGES)):
        parsed = list(nlp.pipe((make_doc(nlp, a.body, a.published) for a in articles),
                               batch_size=16))
    parse = time.perf_counter() - t0
    stored = DocBin(store_user_data=False, docs=parsed).to_bytes()
    best: dict[str, float] = {}
    for _ in range(args.passes):
        docs = list(DocBin().from_bytes(stored).get_docs(nlp.vocab))
        for doc, art in zip(docs, articles, strict=True):
            doc._.published = art.published
        for name in STAGES:
            stage = nlp.get_pipe(name)
            t0 = time.perf_counter()
            for doc in docs:
                stage(doc)
            best[name] = min(best.get(name, float("inf")), time.perf_counter() - t0)
    for name, seconds in best.items():
        print(f"{name:28s} {seconds:6.2f}s")
    total = sum(best.values())
    print(f"{'eventwire stages':28s} {total:6.2f}s  ({100 * total / parse:.1f}% of spaCy's "
          f"parse, {parse:.2f}s, over {len(articles)} articles)")


if __name__ == "__main__":
    main()
