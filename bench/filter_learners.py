"""Would another learner, or the parser's token vectors, make a better event filter?

Runs the same 5-fold cross-validation over train articles as ``eventwire evaluate
filter`` (same candidates, same binary features, same folds, same scoring: the
best threshold per model) for: the shipped logistic model's trainer, scikit-learn's
logistic regression, gradient boosting and a random forest, and the logistic
regression with the spaCy pipeline's 96-dimension token vectors of the trigger, its
head and its sentence added. Prints precision, recall and F1 for each.

scikit-learn is needed here only (``pip install scikit-learn`` in the benchmark's
environment); it is no dependency of eventwire.

    python bench/filter_learners.py
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Doc

from eventwire.evaluate.annotated import load_annotated
from eventwire.evaluate.filter_training import (
    THRESHOLDS,
    TrainingSet,
    _fold,
    collect_examples,
    out_of_fold,
    prf,
)
from eventwire.mentions import EventMention

FOLDS = 5


def collect() -> tuple[TrainingSet, np.ndarray]:
    """The filter's training examples and, for each, the token vectors of its trigger,
    the trigger's head and its sentence."""
    vectors: list[np.ndarray] = []

    def keep_vectors(doc: Doc, ev: EventMention) -> None:
        tok = doc[ev.trigger_start]
        s = tok.sent
        vectors.append(np.concatenate([doc.tensor[tok.i], doc.tensor[tok.head.i],
                                       doc.tensor[s.start:s.end].mean(axis=0)]))

    data = collect_examples(load_annotated("eval/annotated/train.jsonl"),
                            on_candidate=keep_vectors)
    return data, np.array(vectors)


def best(data: TrainingSet, probs: list[float]) -> tuple[float, float, float, float]:
    return max((prf(data.examples, probs, t, data.n_gold) + (t,) for t in THRESHOLDS),
               key=lambda r: r[2])


def cross_validate(data: TrainingSet, x: csr_matrix, make) -> list[float]:  # type: ignore[no-untyped-def]
    y = np.array([e.label for e in data.examples])
    fold = np.array([_fold(e.article, FOLDS) for e in data.examples])
    probs = np.zeros(len(y))
    for k in range(FOLDS):
        train = fold != k
        model = make().fit(x[train], y[train])
        probs[~train] = model.predict_proba(x[~train])[:, 1]
    return [float(p) for p in probs]


def main() -> None:
    data, vectors = collect()
    x = DictVectorizer().fit_transform([{f: 1 for f in e.features} for e in data.examples])
    x = csr_matrix(x)
    with_vectors = csr_matrix(hstack([x, csr_matrix(vectors * 0.1)]))
    rows: list[tuple[str, list[float]]] = [
        ("eventwire logistic (L2 8, as shipped)", out_of_fold(data, 8.0, FOLDS)),
        ("scikit-learn logistic (C 0.25)",
         cross_validate(data, x, lambda: LogisticRegression(C=0.25, max_iter=5000))),
        ("gradient boosting (200 trees, depth 3)",
         cross_validate(data, x, lambda: GradientBoostingClassifier(
             n_estimators=200, max_depth=3, learning_rate=0.05, random_state=0))),
        ("random forest (500 trees)",
         cross_validate(data, x, lambda: RandomForestClassifier(
             n_estimators=500, min_samples_leaf=2, random_state=0))),
        ("logistic + token vectors (C 0.25)",
         cross_validate(data, with_vectors,
                        lambda: LogisticRegression(C=0.25, max_iter=5000))),
    ]
    print(f"train candidates {len(data.examples)}, gold events {data.n_gold}; "
          f"{FOLDS}-fold cross-validation over articles, best threshold each")
    for name, probs in rows:
        p, r, f, t = best(data, probs)
        print(f"  {name:42} precision {100 * p:5.1f}%  recall {100 * r:5.1f}%  "
              f"F1 {100 * f:5.1f}  (threshold {t:.3f})")


if __name__ == "__main__":
    main()
