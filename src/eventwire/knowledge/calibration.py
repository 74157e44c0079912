"""Calibrated event confidence: raw coder scores mapped to observed precision.

The event stage scores each event from its lexicon entry's prior and how well
its frame was filled (a raw score). That score orders events but is not a
probability. ``calibrate`` maps it through a monotone step function fitted by
isotonic regression (pool-adjacent-violators) on the *train* part of our
annotated corpus: for events with a raw score in a step, the share that matched
a gold event of the same PLOVER type. The table ships as
``data/calibration.json``; ``eventwire evaluate calibration --write`` refits it.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

_FILE = "calibration.json"


def fit_isotonic(points: Sequence[tuple[float, bool]]) -> list[tuple[float, float, int]]:
    """Pool-adjacent-violators over (score, correct) points.

    Returns steps ``(lower_score, precision, n)`` in increasing score order, with
    non-decreasing precision.
    """
    grouped: dict[float, list[float]] = {}
    for score, ok in points:  # equal scores form one block from the start
        g = grouped.setdefault(round(score, 6), [0.0, 0.0])
        g[0] += float(ok)
        g[1] += 1.0
    blocks: list[list[float]] = []  # [lower, sum_correct, n]
    for score in sorted(grouped):
        blocks.append([score, grouped[score][0], grouped[score][1]])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            last = blocks.pop()
            blocks[-1][1] += last[1]
            blocks[-1][2] += last[2]
    return [(b[0], b[1] / b[2], int(b[2])) for b in blocks]


def shrink(steps: list[tuple[float, float, int]], prior: float, weight: float = 4.0
           ) -> list[tuple[float, float, int]]:
    """Pull small steps toward the overall precision (a few events prove little)."""
    out = []
    for lower, p, n in steps:
        out.append((lower, (p * n + prior * weight) / (n + weight), n))
    # Shrinking can break monotonicity only by ties; keep it non-decreasing.
    for k in range(1, len(out)):
        if out[k][1] < out[k - 1][1]:
            out[k] = (out[k][0], out[k - 1][1], out[k][2])
    return out


def table_path() -> Path:
    return Path(str(resources.files("eventwire.knowledge") / "data" / _FILE))


@lru_cache(maxsize=1)
def _steps() -> tuple[tuple[float, ...], tuple[float, ...]]:
    try:
        data: dict[str, Any] = json.loads(table_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return (), ()
    steps = data.get("steps") or []
    return tuple(float(s[0]) for s in steps), tuple(float(s[1]) for s in steps)


def calibrate(raw: float) -> float:
    """The calibrated confidence of a raw event score (the raw score if no table)."""
    lowers, values = _steps()
    if not lowers:
        return raw
    k = bisect_right(lowers, raw) - 1
    return values[max(k, 0)]


def write_table(steps: list[tuple[float, float, int]], meta: dict[str, Any],
                path: Path | None = None) -> Path:
    target = path or table_path()
    payload = {**meta, "steps": [[round(lo, 4), round(p, 4), n] for lo, p, n in steps]}
    target.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    _steps.cache_clear()
    return target
