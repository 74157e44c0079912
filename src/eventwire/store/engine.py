"""Opening a store: ``--db`` values to SQLAlchemy URLs, engines, schema creation.

``--db`` takes a SQLAlchemy URL (``sqlite:///events.db``,
``postgresql+psycopg://user@host/db``) or a plain file path (an SQLite file).
With none, ``EVENTWIRE_DB`` is used, else ``eventwire.db`` in the working
directory, so every command works with no server. Every failure to open,
create or read the database is one ``StoreError`` line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError, StoreVersionError
from .schema import SCHEMA_VERSION, metadata, schema_version

DEFAULT_DB = "eventwire.db"
ENV_VAR = "EVENTWIRE_DB"


def resolve_url(db: str | None = None) -> URL:
    """The SQLAlchemy URL for a ``--db`` value (None: ``EVENTWIRE_DB``, else the default)."""
    raw = db if db not in (None, "") else os.environ.get(ENV_VAR) or DEFAULT_DB
    assert raw is not None
    if "://" not in raw:
        if raw.startswith("sqlite:"):
            raise StoreError(f"invalid database URL {raw!r} (expected sqlite:///PATH)")
        return URL.create("sqlite", database=str(Path(raw).expanduser().resolve()))
    try:
        return make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise StoreError(f"invalid database URL {raw!r} ({_first_line(exc)})") from None


def describe(url: URL) -> str:
    """The URL for messages, password hidden."""
    return url.render_as_string(hide_password=True)


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    """Foreign keys on, as on every other backend; wait a little for a busy writer.

    The driver's own transaction handling is switched off so that ``_sqlite_begin``
    opens every transaction: DDL and reads are then transactional too (one commit
    for the whole schema, one consistent view per article written).
    """
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def open_engine(db: str | None = None, *, create: bool = True) -> Engine:
    """An engine on a database with eventwire's schema (created where ``create``).

    Raises ``StoreError`` (one line) when the URL is invalid, its driver is not
    installed, the file is not a database, or the schema is newer than ours.
    """
    url = resolve_url(db)
    where = describe(url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        path = Path(url.database or "")
        if not path.parent.is_dir():
            raise StoreError(f"{where}: directory {str(path.parent)!r} does not exist")
        if path.is_dir():
            raise StoreError(f"{where}: is a directory, not a database file")
        if not create and not path.exists():
            raise StoreError(f"{where}: no such database (run `eventwire ingest` first)")
    try:
        engine = create_engine(url)
    except (ArgumentError, ImportError, SQLAlchemyError) as exc:
        raise StoreError(f"{where}: cannot open database ({_first_line(exc)})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
    try:
        with engine.begin() as conn:
            if create:
                metadata.create_all(conn)
            found = conn.execute(select(schema_version.c.version)).scalars().all()
            if not found:
                conn.execute(schema_version.insert().values(version=SCHEMA_VERSION))
            elif max(found) > SCHEMA_VERSION:
                engine.dispose()
                raise StoreVersionError(
                    f"{where}: written by a newer eventwire (schema {max(found)}, "
                    f"this version reads up to {SCHEMA_VERSION}); upgrade eventwire"
                )
    except StoreError:
        raise
    except (SQLAlchemyError, OSError) as exc:
        engine.dispose()
        raise StoreError(f"{where}: cannot use database ({_first_line(exc)})") from None
    return engine
