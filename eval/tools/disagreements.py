"""List where a second annotation and the corpus disagree, for adjudication.

For each article with a file in FOLDER (a second annotation, e.g.
``eval/agreement/test``), prints every sentence where the two annotations differ:
events only the first (corpus, ``eval/annotations``) has, events only the second
has, and matched events whose CAMEO code or modality differ — each with its
``.ann`` line, so an adjudicator can decide by the guidelines. Matching is that
of ``eventwire evaluate annotated`` (trigger overlap, then same PLOVER type and
overlapping source).

Usage: ``.venv/bin/python eval/tools/disagreements.py eval/agreement/test`` (a folder, or
one or more second-annotation ``.ann`` files)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import EVAL, ann_lines, parse_event, sentence_texts  # noqa: E402


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _events(path: Path, sentences: dict[str, str]) -> dict[int, list[tuple[dict, str]]]:
    out: dict[int, list[tuple[dict, str]]] = {}
    _covers, lines = ann_lines(path)
    for _lineno, parts in lines:
        idx = int(parts[0])
        ev = parse_event(sentences[f"{path.stem}#{idx}"], parts[1:])
        out.setdefault(idx, []).append((ev, " | ".join(parts)))
    return out


def _match(first: list[tuple[dict, str]], second: list[tuple[dict, str]]
           ) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for rule in ("trigger", "type+source"):
        for i, (g, _) in enumerate(first):
            if any(i == p[0] for p in pairs):
                continue
            gt = (g["trigger"]["start"], g["trigger"]["end"])
            for j, (s, _) in enumerate(second):
                if j in used:
                    continue
                if rule == "trigger":
                    ok = _overlap(gt, (s["trigger"]["start"], s["trigger"]["end"]))
                else:
                    ok = g["plover"] == s["plover"] and any(
                        _overlap((a["start"], a["end"]), (b["start"], b["end"]))
                        for a in g["source"] for b in s["source"])
                if ok:
                    used.add(j)
                    pairs.append((i, j))
                    break
    return pairs


def main(paths: list[Path]) -> int:
    sentences = sentence_texts()
    total = 0
    files = sorted(f for p in paths for f in (p.glob("*.ann") if p.is_dir() else [p]))
    for second_path in files:
        slug = second_path.stem
        first = _events(EVAL / "annotations" / f"{slug}.ann", sentences)
        second = _events(second_path, sentences)
        blocks: list[str] = []
        for idx in sorted(set(first) | set(second)):
            a, b = first.get(idx, []), second.get(idx, [])
            pairs = _match(a, b)
            items: list[str] = []
            for i, (_ev, line) in enumerate(a):
                if not any(p[0] == i for p in pairs):
                    items.append(f"    ONLY FIRST : {line}")
            for j, (_ev, line) in enumerate(b):
                if not any(p[1] == j for p in pairs):
                    items.append(f"    ONLY SECOND: {line}")
            for i, j in pairs:
                ga, sb = a[i][0], b[j][0]
                if ga["cameo"] != sb["cameo"] or ga["modality"] != sb["modality"]:
                    items.append(f"    DIFFERENT  : first  {a[i][1]}\n"
                                 f"                 second {b[j][1]}")
            if items:
                total += len(items)
                blocks.append(f"  [{idx}] {sentences[f'{slug}#{idx}']}\n" + "\n".join(items))
        if blocks:
            print(f"=== {slug}")
            print("\n".join(blocks))
    print(f"{total} disagreements")
    return 0


if __name__ == "__main__":
    sys.exit(main([Path(a) for a in sys.argv[1:]] or [EVAL / "agreement" / "test"]))
