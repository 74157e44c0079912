"""The Python API that the CLI, the store and the server are thin layers over."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date

from .article import Article, make_article
from .nlp import load_pipeline, process
from .record import Event, records_from_doc


def extract_articles(
    articles: Iterable[Article],
    *,
    model: str | None = None,
    batch_size: int = 16,
    actor_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
) -> Iterator[tuple[Article, list[Event]]]:
    """Code every article; yields each article with its events, in input order.

    ``actor_files``/``lexicon_files``: users' actor dictionaries and event lexicons
    (YAML), merged over the shipped knowledge.
    """
    nlp = load_pipeline(model, actor_files=actor_files, lexicon_files=lexicon_files)
    pending: list[Article] = []

    def flush() -> Iterator[tuple[Article, list[Event]]]:
        docs = process(nlp, ((a.body, a.published) for a in pending), batch_size=batch_size)
        for article, doc in zip(pending, docs, strict=True):
            yield article, records_from_doc(doc, article)
        pending.clear()

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def extract(
    text: str,
    published: date | str | None = None,
    *,
    article_id: str | None = None,
    url: str | None = None,
    model: str | None = None,
    actor_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
) -> list[Event]:
    """Coded events of one article's text. ``published`` anchors relative dates.

    >>> events = extract(text, published="2019-04-18")   # doctest: +SKIP
    >>> events[0].plover, events[0].date.start             # doctest: +SKIP
    """
    article = make_article(text, id=article_id, published=published, url=url,
                           origin=article_id or "text")
    return next(extract_articles([article], model=model, actor_files=actor_files,
                                 lexicon_files=lexicon_files))[1]
