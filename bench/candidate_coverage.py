"""How many gold events of the annotated corpus have a candidate trigger at all.

The event filter can only keep candidates, so this share bounds recall. Prints, per
split, the gold events, those no candidate's trigger overlaps, and the candidates'
precision before the filter. Counting on the test split looks at no sentence.

    python bench/candidate_coverage.py [train] [test]
"""

from __future__ import annotations

import sys

from eventwire.evaluate.annotated import load_annotated
from eventwire.evaluate.filter_training import collect_examples


def main() -> None:
    for split in sys.argv[1:] or ["train", "test"]:
        data = collect_examples(load_annotated(f"eval/annotated/{split}.jsonl"))
        positive = sum(e.label for e in data.examples)
        print(f"{split}: gold {data.n_gold}, without a candidate {data.uncovered} "
              f"(coverage {100 * (1 - data.uncovered / data.n_gold):.1f}%); candidates "
              f"{len(data.examples)}, {100 * positive / len(data.examples):.1f}% on a gold trigger")


if __name__ == "__main__":
    main()
