"""Would dating an undated event by an earlier sentence's date help? (train split)

For every matched train event the linker leaves at the publication day, compares the
gold date with two carry-over rules: the date of the article's last text-dated event
before it, and the last one of the previous sentence only. Prints how many each rule
would fix, break or leave as they are.

    python bench/date_carryover.py
"""

from __future__ import annotations

from collections import Counter

from eventwire.api import extract_articles
from eventwire.evaluate.annotated import (
    _overlap,
    _same_days,
    gold_articles,
    gold_date_range,
    load_annotated,
)

_FACTUAL = ("asserted", "negated")


def main() -> None:
    gold = gold_articles(load_annotated("eval/annotated/train.jsonl"))
    stats: Counter[tuple[str, str]] = Counter()
    for (_art, events), starts in zip(extract_articles([a for a, _ in gold]),
                                      [s for _, s in gold], strict=True):
        events = sorted(events, key=lambda e: e.trigger.start)
        for k, (off, sent) in enumerate(starts):
            end = starts[k + 1][0] if k + 1 < len(starts) else 10 ** 9
            prev_start = starts[k - 1][0] if k else None
            dated = [e for e in events if e.trigger.start < off and e.date.basis == "text"
                     and e.modality in _FACTUAL]
            rules = {"article": dated[-1:],
                     "previous sentence": [e for e in dated if prev_start is not None
                                           and prev_start <= e.trigger.start][-1:]}
            mine = [e for e in events if off <= e.trigger.start < end]
            for g in sent.events:
                span = (int(g["trigger"]["start"]), int(g["trigger"]["end"]))
                hit = [e for e in mine if _overlap(span, (e.trigger.start - off,
                                                          e.trigger.end - off))]
                if not hit or hit[0].date.basis != "publication" \
                        or hit[0].modality not in _FACTUAL:
                    continue
                want = gold_date_range(g.get("date"), sent.published)
                now = _same_days(want, (hit[0].date.start, hit[0].date.end))
                for name, found in rules.items():
                    if found:
                        new = _same_days(want, (found[0].date.start, found[0].date.end))
                        stats[(name, "fix" if new and not now else
                               "break" if now and not new else "same")] += 1
    for name in ("article", "previous sentence"):
        print(f"carry the {name}'s date: fixes {stats[(name, 'fix')]}, breaks "
              f"{stats[(name, 'break')]}, leaves {stats[(name, 'same')]}")


if __name__ == "__main__":
    main()
