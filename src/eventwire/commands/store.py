"""``eventwire ingest``, ``events``, ``export``, ``demo``: the database commands.

Thin layers over ``eventwire.store.Store``. Every command takes ``--db URL``
(a SQLAlchemy URL or a file path; default ``EVENTWIRE_DB``, else
``eventwire.db`` in the working directory).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import Any, TypeVar

import click

from ..errors import EventwireError
from ..mentions import MODALITIES
from ..output import FORMATS, EventWriter
from ..store import EXPORT_FORMATS, EventFilter, IngestReport, Store
from ..store.render import write_merged
from ._inputs import (
    ArticleReader,
    _parse_date,
    input_paths,
    knowledge_options,
    model_option,
    published_option,
)

F = TypeVar("F", bound=Callable[..., Any])

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
                "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
                "COERCE", "ASSAULT")


def db_option(func: F) -> F:
    """``--db URL``: where the store is."""
    return click.option(
        "--db", metavar="URL",
        help="Database: a SQLAlchemy URL (sqlite:///events.db, postgresql+psycopg://...) or a "
        "file path. Default: $EVENTWIRE_DB, else eventwire.db in the working directory.",
    )(func)


def _iso3(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    if len(value) != 3 or not value.isalpha():
        raise click.BadParameter(f"{value!r} is not a 3-letter code (ISO 3166-1 alpha-3, IGO...)")
    return value.upper()


def _cameo(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not (value.isdigit() and 1 <= len(value) <= 4):
        raise click.BadParameter(f"{value!r} is not a CAMEO code prefix (1 to 4 digits)")
    return value


def _day(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    parsed: date | None = _parse_date(ctx, param, value)
    return parsed.isoformat() if parsed else None


def filter_options(func: F) -> F:
    """The event filters shared by ``events`` and ``export``."""
    options = [
        click.option("--actor", metavar="TEXT",
                     help="A source or target actor whose name, code or words contain TEXT "
                     "(case-insensitive)."),
        click.option("--country", metavar="ISO3", callback=_iso3,
                     help="A source or target actor of this country (ISO 3166-1 alpha-3)."),
        click.option("--source-country", metavar="ISO3", callback=_iso3,
                     help="A source actor of this country."),
        click.option("--target-country", metavar="ISO3", callback=_iso3,
                     help="A target actor of this country."),
        click.option("--plover", multiple=True, metavar="TYPE",
                     type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     help="PLOVER event type (repeatable: any of them)."),
        click.option("--cameo", metavar="PREFIX", callback=_cameo,
                     help="CAMEO code or prefix (04 matches 040..046)."),
        click.option("--since", metavar="DATE", callback=_day,
                     help="Events whose date range ends on or after DATE (undated left out)."),
        click.option("--until", metavar="DATE", callback=_day,
                     help="Events whose date range starts on or before DATE (undated left out)."),
        click.option("--modality", multiple=True,
                     type=click.Choice(MODALITIES, case_sensitive=False),
                     help="Modality (repeatable: any of them)."),
        click.option("--article", metavar="ID", help="Events of this article only."),
        click.option("--min-confidence", type=click.FloatRange(0, 1), metavar="X",
                     help="Events with confidence of at least X (0 to 1)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filter(kw: dict[str, Any]) -> EventFilter:
    return EventFilter(
        actor=kw.get("actor"), country=kw.get("country"),
        source_country=kw.get("source_country"), target_country=kw.get("target_country"),
        plover=tuple(kw.get("plover") or ()), cameo=kw.get("cameo"), since=kw.get("since"),
        until=kw.get("until"), modality=tuple(kw.get("modality") or ()),
        article=kw.get("article"), min_confidence=kw.get("min_confidence"),
    )


def _open(db: str | None, *, create: bool = True) -> Store:
    try:
        return Store(db, create=create)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None


def _error(line: str) -> None:
    click.echo(f"eventwire: error: {line}", err=True)


def summary_line(report: IngestReport, input_failed: int, store: Store) -> str:
    articles, events, merged = store.counts()
    return (f"read {report.read + input_failed} articles: {report.new} new, "
            f"{report.replaced} replaced, {report.unchanged} unchanged, "
            f"{report.failed + input_failed} failed; stored {report.events} events; "
            f"{store.where} holds {articles} articles, {events} events, {merged} merged events")


@click.command()
@input_paths
@db_option
@published_option
@model_option
@knowledge_options
@click.option("--force", is_flag=True,
              help="Extract and store again articles already stored unchanged (after "
              "upgrading eventwire or changing --model).")
def ingest(paths: tuple[str, ...], db: str | None, published: date | None, model: str | None,
           actor_files: tuple[str, ...], lexicon_files: tuple[str, ...], force: bool) -> None:
    """Read articles (PATH: .txt, .html, .jsonl, .csv, a directory, or - for stdin), extract
    their events and store articles, events, actors and merged events.

    One transaction per article: an article that fails leaves nothing behind. Idempotent:
    an article already stored with the same id and content is skipped; one with the same
    id and new content has its events replaced. Exits 1 when no article could be stored.
    """
    store = _open(db)
    reader = ArticleReader(paths, published)
    try:
        report = store.ingest(reader, model=model, force=force, on_error=_error,
                              actor_files=actor_files, lexicon_files=lexicon_files)
        click.echo(summary_line(report, reader.failed, store))
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    if reader.exit_code or report.stored == 0:
        sys.exit(1)


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: readable; jsonl: one contract record a line (as `extract` prints); "
              "json: one array; csv.")
@click.option("--limit", type=click.IntRange(min=0), metavar="N", help="At most N rows.")
@click.option("--merged", is_flag=True,
              help="List merged events (one row per event reported by one or more articles, "
              "with mention and article counts) instead of single mentions.")
def events(db: str | None, fmt: str, limit: int | None, merged: bool, **filters: Any) -> None:
    """Query stored events, ordered by date, article, sentence and position.

    With --merged, a merged event is listed when any of its mentions matches the filters.
    """
    store = _open(db, create=False)
    flt = _filter(filters)
    try:
        if merged:
            write_merged(store.merged(flt, limit), fmt, sys.stdout)
            return
        writer = EventWriter(fmt, sys.stdout)
        writer.write(store.iter_events(flt, limit))
        writer.close()
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


@click.command()
@click.option("--to", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="gdelt: GDELT 2.0 event table (TSV, one row per merged event); plover: "
              "PLOVER JSON Lines; csv: the events table; parquet: the same, typed (needs "
              "eventwire[parquet]); geojson: located events as a FeatureCollection.")
@db_option
@filter_options
@click.argument("out", type=click.Path(dir_okay=False, allow_dash=True))
def export(fmt: str, db: str | None, out: str, **filters: Any) -> None:
    """Write stored events to OUT (- for standard output, text formats only) in a standard
    format. A file is written whole or not at all. The column mappings are documented in
    eventwire.store.exporters."""
    store = _open(db, create=False)
    flt = _filter(filters)
    try:
        if out == "-":
            if fmt == "parquet":
                raise click.UsageError("parquet is binary: give a file name for OUT, not -")
            n = store.export(fmt, sys.stdout, flt)
        else:
            n = store.export_file(fmt, out, flt)
            click.echo(f"wrote {n} rows ({fmt}) to {out}", err=True)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


@click.command()
@db_option
@model_option
@click.option("--limit", type=click.IntRange(min=1), metavar="N",
              help="Ingest only the first N demo articles (a quicker look).")
def demo(db: str | None, model: str | None, limit: int | None) -> None:
    """Ingest the bundled demo corpus (36 Wikinews articles from 2019, CC BY 2.5) and print
    what the database then holds: articles, events, events by PLOVER type, top actors and
    the date range. Running it again changes nothing."""
    from ..demo import load_demo_articles

    store = _open(db)
    try:
        report = store.ingest(load_demo_articles(limit), model=model, on_error=_error)
        click.echo(summary_line(report, 0, store))
        for line in store.summary().lines():
            click.echo(line)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    if report.stored == 0:
        sys.exit(1)


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (0.0.0.0: every interface; the API has no login, "
                   "so only on a trusted network).")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True,
              help="Port to listen on (0: any free port, printed at start).")
@click.option("--quiet", is_flag=True, help="Do not log each request.")
def serve(db: str | None, host: str, port: int, quiet: bool) -> None:
    """Serve a database read-only over HTTP: the JSON API (/api: events, merged events,
    summary, articles, with the filters of `eventwire events`) and the web explorer (/).
    Stop with Ctrl-C."""
    from ..server import EventwireServer

    store = _open(db, create=False)
    try:
        server = EventwireServer(store, host, port, quiet=quiet)
    except OSError as exc:
        store.close()
        raise click.ClickException(f"cannot listen on {host}:{port} ({exc.strerror})") from None
    bound_host, bound_port = str(server.server_address[0]), int(server.server_address[1])
    articles, n_events, merged = store.counts()
    click.echo(f"eventwire: serving {store.where} ({articles} articles, {n_events} events, "
               f"{merged} merged) at http://{bound_host}:{bound_port}/ (Ctrl-C to stop)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        store.close()


COMMANDS: list[click.Command] = [ingest, events, export, demo, serve]
EVALUATIONS: list[click.Command] = []
