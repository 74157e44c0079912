"""Print TBAQ disagreements (missed, spurious, extent, value) for rule development.

Usage: python bench/timex_errors.py [TBAQ folder] > /tmp/timex_errors.txt
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from eventwire.commands.timex import DEFAULT_TBAQ, _timex_pipeline
from eventwire.evaluate.timeml import read_corpus, system_spans


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_TBAQ
    docs = read_corpus(root)
    spans = system_spans(_timex_pipeline(None), docs)
    kinds: Counter[str] = Counter()
    for d, sys_spans in zip(docs, spans, strict=True):
        used: set[int] = set()
        for s in sys_spans:
            match = None
            for i, g in enumerate(d.gold):
                if i not in used and min(g.end, s.end) > max(g.start, s.start):
                    match = i
                    break
            if match is None:
                kinds["spurious"] += 1
                ctx = d.text[max(0, s.start - 40) : s.end + 20].replace("\n", " ")
                print(f"SPURIOUS\t{d.id}\t{d.dct}\t{s.text!r}\t{s.value}\t{ctx!r}")
                continue
            used.add(match)
            g = d.gold[match]
            if (g.start, g.end) != (s.start, s.end):
                kinds["extent"] += 1
                print(f"EXTENT\t{d.id}\t{g.text!r}\t{s.text!r}")
            if g.value != s.value:
                kinds["value"] += 1
                ctx = d.text[max(0, g.start - 60) : g.end + 30].replace("\n", " ")
                print(f"VALUE\t{d.id}\t{d.dct}\t{g.text!r}\tgold={g.value}\tsys={s.value}\t{ctx!r}")
        for i, g in enumerate(d.gold):
            if i not in used:
                kinds["missed"] += 1
                ctx = d.text[max(0, g.start - 40) : g.end + 20].replace("\n", " ")
                print(f"MISSED\t{d.id}\t{g.text!r}\t{g.type}\t{g.value}\t{ctx!r}")
    print(dict(kinds), file=sys.stderr)


if __name__ == "__main__":
    main()
