"""``eventwire serve``: the store over HTTP, as a JSON API and a web explorer.

Read-only and standard-library only (``http.server``), so serving a store needs
nothing beyond the package: one thread a request, one database connection a
request from the store's pool. Endpoints (all ``GET``):

- ``/``: the explorer, one HTML page that calls the API;
- ``/api``: this list, as JSON;
- ``/api/events``: stored event mentions as contract records, filtered by the
  parameters of ``eventwire events`` (``actor``, ``country``, ``source_country``,
  ``target_country``, ``plover`` and ``modality`` (repeatable or comma-separated),
  ``cameo``, ``since``, ``until``, ``article``, ``min_confidence``) plus ``limit``
  (default 100, at most 1000) and ``offset``;
- ``/api/merged``: merged events (one per real-world event, with mention counts),
  same parameters;
- ``/api/summary``: counts, types, top actors, date range;
- ``/api/articles/{id}``: one article's text and its events (the evidence);
- ``/api/export/{format}``: every matching event as a file (``csv``, ``gdelt``,
  ``plover``, ``geojson``; what ``eventwire export`` writes), same filters, no paging.

Bad requests get a JSON body ``{"error": ..., "code": ...}`` and status 400 (an
unknown parameter or a bad value), 404 (no such path or article) or 405.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from itertools import islice
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from . import __version__
from .errors import EventwireError, MethodNotAllowedError, NotFoundError, QueryError
from .mentions import MODALITIES
from .store import EventFilter, Store

DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
PLOVER_TYPES = frozenset(
    "AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN "
    "PROTEST SANCTION MOBILIZE COERCE ASSAULT".split())
_FILTER_PARAMS = frozenset(["actor", "country", "source_country", "target_country", "plover",
                            "cameo", "since", "until", "modality", "article", "min_confidence"])
_PAGING = frozenset(["limit", "offset"])
ENDPOINTS = {
    "/api/events": "event mentions (contract records); filters as `eventwire events`, "
                   "limit, offset",
    "/api/merged": "merged events with mention counts; same parameters",
    "/api/summary": "counts, PLOVER types, top actors, date range",
    "/api/articles/{id}": "one article's text and its events",
    "/api/export/{format}": "every matching event as a file: csv, gdelt, plover or geojson "
                            "(the filters of /api/events, no paging)",
}


def _one(params: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = [v for v in params.get(name, []) if v.strip()]
    if len(values) > 1:
        raise QueryError(f"parameter {name!r} given {len(values)} times; it takes one value")
    return values[0].strip() if values else None


def _many(params: Mapping[str, Sequence[str]], name: str) -> list[str]:
    return [p.strip() for v in params.get(name, []) for p in v.split(",") if p.strip()]


def _iso3(value: str | None, name: str) -> str | None:
    if value is not None and not (len(value) == 3 and value.isalpha()):
        raise QueryError(f"{name}={value!r} is not a 3-letter code (ISO 3166-1 alpha-3, IGO...)")
    return value.upper() if value else None


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise QueryError(f"{name}={value!r} is not a date (YYYY-MM-DD)") from None


def _int(value: str | None, name: str, default: int, top: int | None = None) -> int:
    if value is None:
        return default
    if not value.isdigit():
        raise QueryError(f"{name}={value!r} is not a whole number >= 0")
    n = int(value)
    if top is not None and n > top:
        raise QueryError(f"{name}={n} is more than {top}")
    return n


def event_filter(params: Mapping[str, Sequence[str]]) -> EventFilter:
    """The ``EventFilter`` a query string asks for; ``QueryError`` names any bad part."""
    unknown = sorted(set(params) - _FILTER_PARAMS - _PAGING)
    if unknown:
        raise QueryError(f"unknown parameter(s) {', '.join(unknown)}; known: "
                         f"{', '.join(sorted(_FILTER_PARAMS | _PAGING))}")
    plover = [p.upper() for p in _many(params, "plover")]
    bad = [p for p in plover if p not in PLOVER_TYPES]
    if bad:
        raise QueryError(f"plover={bad[0]!r} is not a PLOVER type "
                         f"({', '.join(sorted(PLOVER_TYPES))})")
    modality = [m.lower() for m in _many(params, "modality")]
    bad = [m for m in modality if m not in MODALITIES]
    if bad:
        raise QueryError(f"modality={bad[0]!r} is not one of {', '.join(MODALITIES)}")
    cameo = _one(params, "cameo")
    if cameo is not None and not (cameo.isdigit() and 1 <= len(cameo) <= 4):
        raise QueryError(f"cameo={cameo!r} is not a CAMEO code prefix (1 to 4 digits)")
    conf = _one(params, "min_confidence")
    min_conf: float | None = None
    if conf is not None:
        try:
            min_conf = float(conf)
        except ValueError:
            min_conf = -1.0
        if not 0 <= min_conf <= 1:
            raise QueryError(f"min_confidence={conf!r} is not a number from 0 to 1")
    return EventFilter(
        actor=_one(params, "actor"), country=_iso3(_one(params, "country"), "country"),
        source_country=_iso3(_one(params, "source_country"), "source_country"),
        target_country=_iso3(_one(params, "target_country"), "target_country"),
        plover=tuple(plover), cameo=cameo, since=_day(_one(params, "since"), "since"),
        until=_day(_one(params, "until"), "until"), modality=tuple(modality),
        article=_one(params, "article"), min_confidence=min_conf,
    )


def _page(params: Mapping[str, Sequence[str]]) -> tuple[int, int]:
    return (_int(_one(params, "limit"), "limit", DEFAULT_LIMIT, MAX_LIMIT),
            _int(_one(params, "offset"), "offset", 0))


class Api:
    """The endpoints as plain functions of (path, query) -> (status, JSON body): the
    HTTP handler only moves bytes, so the API is testable without a socket too."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, path: str, params: Mapping[str, Sequence[str]]) -> tuple[int, Any]:
        try:
            return self._route(path, params)
        except QueryError as exc:
            status = HTTPStatus.NOT_FOUND if isinstance(exc, NotFoundError) else \
                HTTPStatus.BAD_REQUEST
            return status, {"error": exc.message, "code": exc.code}
        except EventwireError as exc:
            return HTTPStatus.INTERNAL_SERVER_ERROR, {"error": exc.message, "code": exc.code}

    def _route(self, path: str, params: Mapping[str, Sequence[str]]) -> tuple[int, Any]:
        if path in ("/api", "/api/"):
            return HTTPStatus.OK, {"eventwire": __version__, "endpoints": ENDPOINTS}
        if path == "/api/events":
            flt = event_filter(params)
            limit, offset = _page(params)
            events = list(islice(self.store.iter_events(flt, limit=offset + limit), offset, None))
            return HTTPStatus.OK, {"offset": offset, "limit": limit, "count": len(events),
                                   "events": [e.to_dict() for e in events]}
        if path == "/api/merged":
            flt = event_filter(params)
            limit, offset = _page(params)
            merged = self.store.merged(flt, limit=offset + limit)[offset:]
            return HTTPStatus.OK, {"offset": offset, "limit": limit, "count": len(merged),
                                   "events": [m.to_dict() for m in merged]}
        if path == "/api/summary":
            if params:
                raise QueryError(f"/api/summary takes no parameters (got {', '.join(params)})")
            return HTTPStatus.OK, asdict(self.store.summary())
        if path.startswith("/api/articles/"):
            article_id = unquote(path[len("/api/articles/"):])
            if params:
                raise QueryError("/api/articles/{id} takes no parameters")
            article = self.store.article(article_id) if article_id else None
            if article is None:
                raise NotFoundError(f"no stored article {article_id!r}")
            events = self.store.events(EventFilter(article=article_id))
            return HTTPStatus.OK, {"article": article, "events": [e.to_dict() for e in events]}
        if path.startswith("/api/export/"):
            fmt = path[len("/api/export/"):]
            if fmt not in _EXPORT_TYPES:
                raise NotFoundError(f"no export format {fmt!r} (choose one of "
                                    f"{', '.join(_EXPORT_TYPES)})")
            if set(params) & _PAGING:
                raise QueryError("an export holds every matching event: no limit or offset")
            buf = io.StringIO()
            self.store.export(fmt, buf, event_filter(params))
            ctype, ext = _EXPORT_TYPES[fmt]
            return HTTPStatus.OK, Download(buf.getvalue(), ctype, f"eventwire-events.{ext}")
        raise NotFoundError(f"no such endpoint {path!r}; see /api")


@dataclass(frozen=True, slots=True)
class Download:
    """A text export the handler sends as a file, not as JSON."""

    text: str
    content_type: str
    filename: str


# text export formats of ``Store.export``: (content type, file extension)
_EXPORT_TYPES = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "plover": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "geojson": ("application/geo+json; charset=utf-8", "geojson"),
}


def explorer_html() -> bytes:
    return (resources.files("eventwire") / "web" / "explorer.html").read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: EventwireServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802 - the http.server protocol
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, explorer_html(), "text/html; charset=utf-8")
            return
        params = parse_qs(url.query, keep_blank_values=False)
        status, body = self.server.api.get(url.path, params)
        if isinstance(body, Download):
            self._send(status, body.text.encode("utf-8"), body.content_type,
                       content_disposition=f'attachment; filename="{body.filename}"')
            return
        self._send(status, json.dumps(body, ensure_ascii=False).encode("utf-8"),
                   "application/json; charset=utf-8")

    do_HEAD = do_GET  # noqa: N815 - same headers, no body (see ``_send``)

    def do_POST(self) -> None:  # noqa: N802
        self._refuse()

    do_PUT = do_DELETE = do_PATCH = do_POST  # noqa: N815

    def _refuse(self) -> None:
        err = MethodNotAllowedError(f"{self.command} is not answered: the API is read-only (GET)")
        body = json.dumps({"error": err.message, "code": err.code})
        self._send(HTTPStatus.METHOD_NOT_ALLOWED, body.encode("utf-8"),
                   "application/json; charset=utf-8", allow="GET")

    def _send(self, status: int, body: bytes, ctype: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in headers.items():
            self.send_header("-".join(w.capitalize() for w in k.split("_")), v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        if self.server.quiet:
            return
        super().log_message(format, *args)


class EventwireServer(ThreadingHTTPServer):
    """A threading HTTP server holding the ``Api`` its handlers answer from."""

    daemon_threads = True

    def __init__(self, store: Store, host: str = "127.0.0.1", port: int = 8001,
                 *, quiet: bool = False) -> None:
        self.api = Api(store)
        self.quiet = quiet
        super().__init__((host, port), _Handler)


__all__ = ["Api", "EventwireServer", "event_filter", "explorer_html"]
