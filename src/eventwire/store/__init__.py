"""The event store: articles, events, actors and merged events in a SQL database.

SQLite by default (a file, no server), any SQLAlchemy backend by URL. Modules:
``schema`` (tables), ``engine`` (opening), ``writer`` (ingest, one transaction
per article), ``merge`` (the clustering rule), ``queries`` (filters, order),
``exporters`` (gdelt, plover, csv, parquet, geojson), ``summary``, ``api``
(``Store``, the facade the commands use).
"""

from __future__ import annotations

from .api import Store
from .engine import DEFAULT_DB, ENV_VAR, resolve_url
from .exporters import FORMATS as EXPORT_FORMATS
from .queries import EventFilter, MergedEvent
from .summary import StoreSummary
from .writer import IngestReport, content_hash

__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "EXPORT_FORMATS",
    "EventFilter",
    "IngestReport",
    "MergedEvent",
    "Store",
    "StoreSummary",
    "content_hash",
    "resolve_url",
]
