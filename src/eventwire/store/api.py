"""``Store``: the Python API over the database that ``ingest``, ``events``,
``export`` and ``demo`` are thin layers over.

>>> with Store("events.db") as store:                      # doctest: +SKIP
...     report = store.ingest(read_good_articles)
...     for ev in store.events(EventFilter(plover=["CONSULT"])):
...         print(ev.date.start, ev.trigger.text)
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..article import Article
from ..errors import ExportError
from ..record import Event
from .engine import describe, open_engine, resolve_url
from .exporters import FORMATS, TEXT_EXPORTERS, export_parquet
from .queries import EventFilter, MergedEvent, select_article, select_clusters, select_events
from .summary import StoreSummary, counts, summarize
from .writer import IngestReport, ingest, write_article


class Store:
    """An eventwire database: ``db`` is a SQLAlchemy URL or a file path (see ``engine``).

    ``create=False`` opens an existing database only (for reading commands).
    """

    def __init__(self, db: str | None = None, *, create: bool = True) -> None:
        self.url = resolve_url(db)
        self.engine = open_engine(db, create=create)

    @property
    def where(self) -> str:
        return describe(self.url)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # ----------------------------------------------------------------- writing

    def ingest(self, articles: Iterable[Article], *, model: str | None = None,
               force: bool = False, on_error: Callable[[str], None] | None = None,
               actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = ()
               ) -> IngestReport:
        """Extract and store articles, one transaction each; see ``writer``."""
        return ingest(self.engine, articles, model=model, force=force, on_error=on_error,
                      actor_files=actor_files, lexicon_files=lexicon_files)

    def add(self, article: Article, events: Sequence[Event], *, force: bool = False) -> str:
        """Store one article with events you already have ("new", "replaced", "unchanged")."""
        with self.engine.begin() as conn:
            return write_article(conn, article, events, force=force)

    # ----------------------------------------------------------------- reading

    def events(self, flt: EventFilter | None = None, limit: int | None = None) -> list[Event]:
        with self.engine.connect() as conn:
            return list(select_events(conn, flt, limit))

    def iter_events(self, flt: EventFilter | None = None,
                    limit: int | None = None) -> Iterator[Event]:
        """Like ``events`` but streaming (keeps a connection open while iterating)."""
        with self.engine.connect() as conn:
            yield from select_events(conn, flt, limit)

    def merged(self, flt: EventFilter | None = None,
               limit: int | None = None) -> list[MergedEvent]:
        with self.engine.connect() as conn:
            return list(select_clusters(conn, flt, limit))

    def article(self, article_id: str) -> dict[str, Any] | None:
        """A stored article's fields and full text (the evidence its events point into)."""
        with self.engine.connect() as conn:
            return select_article(conn, article_id)

    def counts(self) -> tuple[int, int, int]:
        """(articles, events, merged events) stored."""
        with self.engine.connect() as conn:
            return counts(conn)

    def summary(self, top: int = 10) -> StoreSummary:
        with self.engine.connect() as conn:
            return summarize(conn, top)

    # ----------------------------------------------------------------- exporting

    def export(self, fmt: str, out: IO[str], flt: EventFilter | None = None) -> int:
        """Write a text format (csv, plover, gdelt, geojson) to a stream; returns rows."""
        if fmt not in TEXT_EXPORTERS:
            raise ExportError(f"{fmt!r} is not a text export format "
                              f"(choose one of {', '.join(TEXT_EXPORTERS)})")
        with self.engine.connect() as conn:
            return TEXT_EXPORTERS[fmt](conn, out, flt)

    def export_file(self, fmt: str, path: str | Path, flt: EventFilter | None = None) -> int:
        """Write any format to a file, atomically: a failed export leaves OUT untouched."""
        if fmt not in FORMATS:
            raise ExportError(f"unknown export format {fmt!r} (choose one of {', '.join(FORMATS)})")
        target = Path(path)
        if not target.parent.is_dir():
            raise ExportError(f"{path}: directory {str(target.parent)!r} does not exist")
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            if fmt == "parquet":
                os.close(fd)
                with self.engine.connect() as conn:
                    n = export_parquet(conn, tmp, flt)
            else:
                with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                    n = self.export(fmt, out, flt)
            os.replace(tmp, target)
        except OSError as exc:
            raise ExportError(f"{path}: cannot write ({exc.strerror or exc})") from None
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        return n
