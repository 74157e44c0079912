"""Candidate coverage of gold events on the train split (never the test split).

Lists the gold events no candidate covers, with the parse of their trigger, and
the candidate lemmas that are never right. Run ``.venv/bin/python
eval/tools/coverage.py [--pickle /tmp/cov.pkl]``; the output is for reading.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict

from eventwire.evaluate.annotated import load_annotated


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="eval/annotated/train.jsonl")
    ap.add_argument("--lemmas", action="store_true", help="candidate lemma precision table")
    args = ap.parse_args()
    assert "test" not in args.split, "the test split is the quality gate: do not use it"
    from eventwire.evaluate.annotated import gold_articles
    from eventwire.nlp import load_pipeline, process_articles

    sents = load_annotated(args.split)
    gold = gold_articles(sents)
    articles = [a for a, _ in gold]
    layouts = [starts for _, starts in gold]
    nlp = load_pipeline(None)
    lemma_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    causes: Counter[str] = Counter()
    rows = []
    for (article, doc), starts in zip(process_articles(nlp, articles), layouts, strict=True):
        cands = doc._.event_candidates or []
        spans = []
        for ev in cands:
            span = doc[ev.trigger_start:ev.trigger_end]
            spans.append((article.to_original(span.start_char),
                          article.to_original_end(span.end_char), ev))
        for off, s in starts:
            for g in s.events:
                a, b = int(g["trigger"]["start"]) + off, int(g["trigger"]["end"]) + off
                hit = [ev for (x, y, ev) in spans if x < b and a < y]
                if hit:
                    continue
                # tokens of the trigger in the doc
                toks = [t for t in doc if a <= article.to_original(t.idx) < b]
                desc = " ".join(f"{t.text}/{t.lemma_}/{t.pos_}/{t.dep_}<{t.head.lemma_}"
                                for t in toks)
                rows.append((g.get("cameo"), s.sentence[a - off:b - off], desc, s.sentence))
        for (x, y, ev) in spans:
            k = max(i for i, (o, _) in enumerate(starts) if o <= x)
            off, s = starts[k]
            good = any(int(g["trigger"]["start"]) + off < y and x < int(g["trigger"]["end"]) + off
                       for g in s.events)
            key = f"{ev.pattern.split(':')[0]}:{doc[ev.trigger_start].lemma_.lower()}"
            lemma_stats[key][0] += 1
            lemma_stats[key][1] += int(good)
    for cameo, trig, desc, sent in sorted(rows, key=lambda r: r[2].split("/")[1:2]):
        print(f"{cameo:5} [{trig}] {desc}\n      {sent}")
    print(len(rows), "uncovered")
    if args.lemmas:
        print("\ncandidate lemmas never right (n >= 2):")
        for k, (n, p) in sorted(lemma_stats.items(), key=lambda kv: -kv[1][0]):
            if p == 0 and n >= 2:
                print(f"  {k:30} {n}")
        print("\nall lemmas n, pos:")
        for k, (n, p) in sorted(lemma_stats.items(), key=lambda kv: -kv[1][0]):
            print(f"  {k:30} {n:4} {p:4}")
    del causes


if __name__ == "__main__":
    main()
