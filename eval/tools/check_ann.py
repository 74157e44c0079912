"""Check ``.ann`` files for format errors without comparing them to any gold.

For annotators working blind (a second annotation): parses each line against its
sentence in ``annotated/sentences.jsonl`` exactly as ``build.py`` does and prints
``file:line: problem``; prints nothing else about the corpus.

Usage: ``.venv/bin/python eval/tools/check_ann.py FILE.ann [FILE.ann ...]``
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import AnnError, ann_lines, parse_event, sentence_texts  # noqa: E402


def main(paths: list[str]) -> int:
    sentences = sentence_texts()
    problems = 0
    for name in paths:
        path = Path(name)
        slug = path.stem
        (lo, hi), lines = ann_lines(path)
        events = 0
        for lineno, parts in lines:
            try:
                idx = int(parts[0])
                if not lo <= idx <= hi:
                    raise AnnError(f"sentence {idx} is outside the covers range {lo}-{hi}")
                key = f"{slug}#{idx}"
                if key not in sentences:
                    raise AnnError(f"no sentence {key} in sentences.jsonl")
                parse_event(sentences[key], parts[1:])
                events += 1
            except (AnnError, ValueError, IndexError) as exc:
                print(f"{path}:{lineno}: {exc}")
                problems += 1
        print(f"{path}: {events} events parsed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
