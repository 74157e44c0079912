"""Inter-annotator agreement: a second annotator's files against the corpus.

``eval/agreement/<slug>.ann`` holds a second, independent annotation of an article
of the corpus (same line format as ``eval/annotations/``; the second annotator
never saw the first one). This script scores the second annotation against the
first with the very matching and figures of ``eventwire evaluate annotated``
(trigger overlap, then same type and overlapping source): "precision" is the
share of the second annotator's events the first also has, "recall" the share
of the first annotator's events the second also found. Their F1 is the ceiling
a coder can be expected to reach on this corpus.

Usage: ``.venv/bin/python eval/tools/agreement.py [FOLDER] [--gold FILE ...]``: FOLDER
defaults to ``eval/agreement``; ``eval/agreement/test`` and ``eval/agreement/train``
hold the blind second annotations of the whole splits. The reference is the
corpus as it is now (adjudicated); ``--gold eval/annotated/test_single.jsonl
eval/annotated/train_single.jsonl`` compares with the first annotation instead,
which gives the agreement before adjudication.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import AnnError, ann_lines, parse_event  # noqa: E402

from eventwire.evaluate.annotated import Scores, SysEvent, report, score_sentence  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def _spans(actors: list[dict]) -> list[tuple[int, int, str | None]]:
    return [(int(a["start"]), int(a["end"]), a.get("code")) for a in actors]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="second annotation against the corpus")
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT / "eval" / "agreement")
    ap.add_argument("--gold", nargs="+", type=Path, default=[
        ROOT / "eval" / "annotated" / f"{split}.jsonl" for split in ("train", "test")])
    args = ap.parse_args(argv or [])
    folder = args.folder
    files = sorted(folder.glob("*.ann"))
    if not files:
        print(f"no second annotations in {folder}")
        return 1
    gold: dict[str, dict] = {}
    for gold_file in args.gold:
        for line in gold_file.open(encoding="utf-8"):
            rec = json.loads(line)
            gold[rec["id"]] = rec
    scores = Scores()
    sentences = 0
    for ann in files:
        slug = ann.stem
        (lo, hi), lines = ann_lines(ann)
        second: dict[int, list[SysEvent]] = {}
        for lineno, parts in lines:
            try:
                idx = int(parts[0])
                ev = parse_event(gold[f"{slug}#{idx}"]["sentence"], parts[1:])
            except (AnnError, ValueError, KeyError) as exc:
                print(f"{ann.name}:{lineno}: {exc}", file=sys.stderr)
                return 1
            second.setdefault(idx, []).append(SysEvent(
                plover=ev["plover"], cameo=ev["cameo"],
                trigger=(ev["trigger"]["start"], ev["trigger"]["end"]),
                source=_spans(ev["source"]), target=_spans(ev["target"]),
                modality=ev["modality"], confidence=1.0, raw_confidence=1.0))
        for idx in range(lo, hi + 1):
            rec = gold.get(f"{slug}#{idx}")
            if rec is None:
                continue
            sentences += 1
            score_sentence(rec["events"], second.get(idx, []), scores)
    text = report(scores, f"agreement: {len(files)} articles, {sentences} sentences "
                          "(first annotation = reference, second = compared)")
    head, _reliability, confusion = text.split("\n\n", 2)  # no confidences here
    print(head + "\n\n" + confusion)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
