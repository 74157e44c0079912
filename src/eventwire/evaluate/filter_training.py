"""Training the learned event filter on the annotated *train* split.

Every candidate the event stage proposes becomes one example: its features
(``components.event_filter.candidate_features``) and a label, 1 when its trigger
overlaps a gold trigger of its sentence. Model settings (L2 strength, acceptance
threshold) are chosen by cross-validation over articles inside the train split,
so the test split is never seen; the final model is then fitted on all of train.

Run by ``eventwire evaluate filter [--write]``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..components.event_filter import VETO_FLAGS
from ..knowledge.event_filter import FilterModel, fit_logistic
from ..mentions import EventMention
from .annotated import GoldSentence, gold_articles

L2_GRID = (2.0, 4.0, 8.0, 16.0, 32.0, 64.0, 128.0)
THRESHOLDS = tuple(round(0.2 + 0.025 * k, 3) for k in range(25))  # 0.2 .. 0.8


@dataclass(slots=True)
class Example:
    article: str
    sentence: str  # gold sentence id
    features: list[str]
    gold: set[int] = field(default_factory=set)  # indices of the gold events it overlaps

    @property
    def label(self) -> int:
        return int(bool(self.gold))


@dataclass(slots=True)
class TrainingSet:
    examples: list[Example]
    n_gold: int
    # gold events no candidate overlaps (the lexicon's recall ceiling)
    uncovered: int


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def collect_examples(sentences: list[GoldSentence], model: str | None = None,
                     on_candidate: Callable[[Doc, EventMention], None] | None = None
                     ) -> TrainingSet:
    """Run the pipeline over the gold articles and label every candidate.

    ``on_candidate`` sees each candidate with its Doc, in the order of the examples
    (the benchmarks read more of the parse than the features do)."""
    from ..components.event_filter import doc_features
    from ..nlp import STAGES, load_pipeline, process_articles

    gold = gold_articles(sentences)
    articles = [a for a, _ in gold]
    layouts = [starts for _, starts in gold]
    nlp = load_pipeline(model)
    # The candidates as the filter sees them: the stages after it rewrite kept events
    # (their participants' countries), which must not feed back into the features.
    after = STAGES[STAGES.index("eventwire_event_filter_v1"):]
    examples: list[Example] = []
    n_gold = 0
    covered: set[tuple[str, int]] = set()
    with nlp.select_pipes(disable=[s for s in after if s in nlp.pipe_names]):
        docs = list(process_articles(nlp, articles))
    for (article, doc), starts in zip(docs, layouts, strict=True):
        n_gold += sum(len(s.events) for _, s in starts)
        cands = doc._.event_candidates or []
        for ev, feats in zip(cands, doc_features(doc, cands), strict=True):
            span = doc[ev.trigger_start:ev.trigger_end]
            a = article.to_original(span.start_char)
            b = article.to_original_end(span.end_char)
            k = max(i for i, (off, _) in enumerate(starts) if off <= a)
            off, sent = starts[k]
            ex = Example(article=article.id, sentence=sent.id, features=feats)
            for j, g in enumerate(sent.events):
                gt = (int(g["trigger"]["start"]), int(g["trigger"]["end"]))
                if _overlap(gt, (a - off, b - off)):
                    ex.gold.add(j)
                    covered.add((sent.id, j))
            examples.append(ex)
            if on_candidate is not None:
                on_candidate(doc, ev)
    return TrainingSet(examples=examples, n_gold=n_gold, uncovered=n_gold - len(covered))


def _fold(article: str, k: int) -> int:
    return int(hashlib.sha1(article.encode("utf-8")).hexdigest(), 16) % k


def prf(examples: Sequence[Example], probs: Sequence[float], threshold: float,
        n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 of accepting candidates at ``threshold`` (gold counted once)."""
    accepted = [e for e, p in zip(examples, probs, strict=True) if p >= threshold]
    right = sum(e.label for e in accepted)
    found = {(e.sentence, j) for e in accepted for j in e.gold}
    p = right / len(accepted) if accepted else 0.0
    r = len(found) / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class CvResult:
    l2: float
    threshold: float
    precision: float
    recall: float
    f1: float


def out_of_fold(data: TrainingSet, l2: float, folds: int = 5) -> list[float]:
    """Each example's score from a model fitted without its article's fold."""
    probs = [0.0] * len(data.examples)
    for k in range(folds):
        train = [i for i, e in enumerate(data.examples) if _fold(e.article, folds) != k]
        held = [i for i, e in enumerate(data.examples) if _fold(e.article, folds) == k]
        if not held or not train:
            continue
        w, b = fit_logistic([data.examples[i].features for i in train],
                            [data.examples[i].label for i in train], l2=l2)
        m = FilterModel(weights=w, bias=b, threshold=0.5, meta={})
        for i in held:
            feats = data.examples[i].features
            vetoed = any(f"flag={v}" in feats for v in VETO_FLAGS)
            probs[i] = 0.0 if vetoed else m.score(feats)
    return probs


def cross_validate(data: TrainingSet, folds: int = 5) -> tuple[CvResult, list[CvResult]]:
    """Out-of-fold scores for every L2 strength; the best (L2, threshold) by F1."""
    results: list[CvResult] = []
    for l2 in L2_GRID:
        probs = out_of_fold(data, l2, folds)
        best: CvResult | None = None
        for t in THRESHOLDS:
            p, r, f = prf(data.examples, probs, t, data.n_gold)
            if best is None or f > best.f1 + 1e-9:
                best = CvResult(l2, t, p, r, f)
        assert best is not None
        results.append(best)
    top = max(results, key=lambda r: (round(r.f1, 6), r.l2))
    return top, results


def train_filter(data: TrainingSet, folds: int = 5) -> tuple[FilterModel, list[CvResult]]:
    """Choose settings by cross-validation, then fit on every example."""
    best, results = cross_validate(data, folds)
    w, b = fit_logistic([e.features for e in data.examples],
                        [e.label for e in data.examples], l2=best.l2)
    meta = {
        "about": "logistic event filter over candidate features; fitted on "
                 "eval/annotated/train.jsonl by `eventwire evaluate filter --write`",
        "examples": len(data.examples),
        "positives": sum(e.label for e in data.examples),
        "l2": best.l2,
        "cv": {"folds": folds, "precision": round(best.precision, 4),
               "recall": round(best.recall, 4), "f1": round(best.f1, 4)},
    }
    return FilterModel(weights=w, bias=b, threshold=best.threshold, meta=meta), results


def calibration_points(data: TrainingSet, l2: float, threshold: float, folds: int = 5
                       ) -> list[tuple[float, bool]]:
    """(out-of-fold score, is a real event) for every candidate the model would keep.

    The isotonic calibration is fitted on these, not on the model's scores for its
    own training examples, which are overconfident.
    """
    probs = out_of_fold(data, l2, folds)
    return [(round(p, 4), bool(e.label)) for e, p in zip(data.examples, probs, strict=True)
            if p >= threshold]


__all__ = ["CvResult", "Example", "TrainingSet", "calibration_points", "collect_examples",
           "cross_validate", "out_of_fold", "prf", "train_filter"]
