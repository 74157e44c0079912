"""Show the event stage's candidates for a sentence: code, flags, filter score, kept or not.

Usage: ``.venv/bin/python eval/tools/candidates.py "Police arrested two men." [--published 2020-01-01]``
"""

from __future__ import annotations

import argparse
import datetime as dt

from eventwire.components.event_filter import doc_features
from eventwire.knowledge.event_filter import load_model
from eventwire.nlp import load_pipeline, make_doc


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("--published", default="2020-01-01")
    ap.add_argument("--features", action="store_true")
    args = ap.parse_args()
    nlp = load_pipeline(None)
    doc = nlp(make_doc(nlp, args.text, dt.date.fromisoformat(args.published)))
    model = load_model()
    cands = doc._.event_candidates or []
    kept = {id(e) for e in doc._.events or []}
    for ev, feats in zip(cands, doc_features(doc, cands), strict=True):
        p = model.score(feats) if model else float("nan")
        src = ",".join(a.code or a.text for a in ev.source)
        tgt = ",".join(a.code or a.text for a in ev.target)
        print(f"{'KEPT' if id(ev) in kept else 'drop'} p={p:.3f} "
              f"'{doc[ev.trigger_start:ev.trigger_end].text}' {ev.plover} {ev.cameo} "
              f"{src}->{tgt} {ev.modality} flags={ev.flags}")
        if args.features:
            print("   ", " ".join(sorted(feats)))


if __name__ == "__main__":
    main()
