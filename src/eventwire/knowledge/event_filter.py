"""The learned event filter's model: a logistic regression over binary features.

The event stage proposes every trigger the lexicon can code; hand rules alone
either drop too much (an arrest whose agent is unnamed, a protest with no
organiser) or keep too much (a second mention of the same attack). The filter
scores each candidate with ``P(real event | features)`` learned from the train
split of our annotated corpus, and keeps the ones at or above its threshold.

Weights ship as ``data/event_filter.json`` (readable: one weight per feature
name); scoring is a sum over the candidate's features, so it is exact and
deterministic on any machine. ``fit_logistic`` is the trainer (Newton's method
with an L2 penalty: no randomness, no learning-rate schedule).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import KnowledgeFileError

_FILE = "event_filter.json"
FORMAT_VERSION = 1


@dataclass(frozen=True, slots=True)
class FilterModel:
    """Weights by feature name, the bias and the acceptance threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float
    meta: dict[str, Any]

    def score(self, features: Iterable[str]) -> float:
        """P(real event) of a candidate with these (binary) features."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(features))
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            **self.meta,
            "threshold": round(self.threshold, 4),
            "bias": round(self.bias, 6),
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())
                        if abs(v) >= 1e-6},
        }


def model_path() -> Path:
    return Path(str(resources.files("eventwire.knowledge") / "data" / _FILE))


def read_model(path: str | Path) -> FilterModel:
    """Read a filter model file; errors name the file."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT_VERSION:
            raise ValueError(f"format {data.get('format')!r}, expected {FORMAT_VERSION}")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        meta = {k: v for k, v in data.items()
                if k not in ("format", "weights", "bias", "threshold")}
        return FilterModel(weights=weights, bias=float(data["bias"]),
                           threshold=float(data["threshold"]), meta=meta)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KnowledgeFileError(f"{p}: not a valid event filter model ({exc})") from None


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> FilterModel | None:
    """The shipped model (or the one at ``path``); None when none ships."""
    p = Path(path) if path else model_path()
    if not path and not p.exists():
        return None
    return read_model(p)


def write_model(model: FilterModel, path: Path | None = None) -> Path:
    target = path or model_path()
    target.write_text(json.dumps(model.to_json(), indent=1, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    load_model.cache_clear()
    return target


def fit_logistic(
    rows: Sequence[Sequence[str]],
    labels: Sequence[int],
    l2: float = 1.0,
    min_count: int = 2,
    iterations: int = 30,
) -> tuple[dict[str, float], float]:
    """L2-regularised logistic regression by Newton's method (deterministic).

    ``rows``: each example's active binary features. Features seen in fewer than
    ``min_count`` examples are left out (a weight learned from one example is
    noise). Returns ``(weights, bias)``; the bias is not penalised.
    """
    import numpy as np

    counts: dict[str, int] = {}
    for r in rows:
        for f in set(r):
            counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= min_count)
    index = {f: i for i, f in enumerate(names)}
    n, d = len(rows), len(names) + 1
    x = np.zeros((n, d))
    x[:, 0] = 1.0
    for i, r in enumerate(rows):
        for f in set(r):
            j = index.get(f)
            if j is not None:
                x[i, j + 1] = 1.0
    y = np.asarray(labels, dtype=float)
    w = np.zeros(d)
    penalty = np.full(d, float(l2))
    penalty[0] = 0.0
    for _ in range(iterations):
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if float(np.max(np.abs(step))) < 1e-8:
            break
    return {f: float(w[j + 1]) for f, j in index.items()}, float(w[0])


__all__ = ["FilterModel", "fit_logistic", "load_model", "model_path", "read_model", "write_model"]
