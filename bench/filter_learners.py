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

from eventwire.components.event_filter import doc_features
from eventwire.evaluate.annotated import gold_articles, load_annotated
from eventwire.evaluate.filter_training import (
    THRESHOLDS,
    Example,
    TrainingSet,
    _fold,
    _overlap,
    out_of_fold,
    prf,
)
from eventwire.nlp import STAGES, load_pipeline, process_articles

FOLDS = 5


def collect() -> tuple[TrainingSet, np.ndarray]:
    """The filter's training examples and, for each, the token vectors."""
    sentences = load_annotated("eval/annotated/train.jsonl")
    gold = gold_articles(sentences)
    nlp = load_pipeline(None)
    after = STAGES[STAGES.index("eventwire_event_filter_v1"):]
    with nlp.select_pipes(disable=list(after)):
        docs = list(process_articles(nlp, [a for a, _ in gold]))
    examples: list[Example] = []
    vectors: list[np.ndarray] = []
    n_gold = 0
    covered: set[tuple[str, int]] = set()
    for (article, doc), (_, starts) in zip(docs, gold, strict=True):
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
                if _overlap((int(g["trigger"]["start"]), int(g["trigger"]["end"])),
                            (a - off, b - off)):
                    ex.gold.add(j)
                    covered.add((sent.id, j))
            examples.append(ex)
            tok = doc[ev.trigger_start]
            s = tok.sent
            vectors.append(np.concatenate([doc.tensor[tok.i], doc.tensor[tok.head.i],
                                           doc.tensor[s.start:s.end].mean(axis=0)]))
    return TrainingSet(examples, n_gold, n_gold - len(covered)), np.array(vectors)


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
