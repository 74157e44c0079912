"""List the system's misses and spurious events on one split of the annotated corpus.

For development on the **train** split only (the test split is the quality gate and
is never looked at event by event). Usage:
``.venv/bin/python eval/tools/errors.py [--split train] [--kind missed|spurious|wrong|all]``
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from eventwire.api import extract_articles
from eventwire.evaluate.annotated import _overlap, _placed, gold_articles, load_annotated

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--kind", default="all")
    args = ap.parse_args()
    sents = load_annotated(ROOT / "eval" / "annotated" / f"{args.split}.jsonl")
    gold = gold_articles(sents)
    articles = [a for a, _ in gold]
    layout = [starts for _, starts in gold]
    for (_a, events), starts in zip(extract_articles(articles), layout, strict=True):
        per = defaultdict(list)
        for ev in events:
            for k in range(len(starts) - 1, -1, -1):
                if ev.trigger.start >= starts[k][0]:
                    per[k].append(_placed(ev, starts[k][0]))
                    break
        for k, (_, sent) in enumerate(starts):
            text = sent.sentence
            sys_ev = per.get(k, [])
            used = set()
            out = []
            for g in sent.events:
                gt = (g["trigger"]["start"], g["trigger"]["end"])
                hit = next((i for i, s in enumerate(sys_ev) if i not in used and _overlap(gt, s.trigger)), None)
                gsrc = ",".join(a.get("code") or a["text"] for a in g.get("source") or [])
                gtgt = ",".join(a.get("code") or a["text"] for a in g.get("target") or [])
                if hit is None:
                    if args.kind in ("missed", "all"):
                        out.append(f"  MISSED {g['plover']} {g.get('cameo')} '{g['trigger']['text']}' {gsrc}->{gtgt} {g.get('modality')}")
                else:
                    used.add(hit)
                    s = sys_ev[hit]
                    if s.plover != g["plover"] and args.kind in ("wrong", "all"):
                        out.append(f"  WRONG gold {g['plover']} sys {s.plover} {s.cameo} '{g['trigger']['text']}'")
            for i, s in enumerate(sys_ev):
                if i not in used and args.kind in ("spurious", "all"):
                    src = ",".join(str(c) for _, _, c in s.source)
                    tgt = ",".join(str(c) for _, _, c in s.target)
                    out.append(f"  SPURIOUS {s.plover} {s.cameo} '{text[s.trigger[0]:s.trigger[1]]}' {src}->{tgt} {s.modality} {s.confidence:.2f}")
            if out:
                print(f"[{sent.id}] {text}")
                print("\n".join(out))


if __name__ == "__main__":
    main()
