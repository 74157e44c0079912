"""`eventwire serve`: the HTTP API and the explorer, over a real SQLite store and a real
server on a free port (urllib as the client); and the command itself, as a process."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.errors import QueryError
from eventwire.server import MAX_LIMIT, EventwireServer, event_filter
from eventwire.store import EventFilter, Store

from .test_store_helpers import KIM, POLICE, PROTESTERS, PUTIN, article, event

ODD_ID = "wire/2019 04#kim?visit"  # an id that needs escaping in a URL path


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "s.db"
    with Store(str(path)) as st:
        st.add(article("a1"), [event("a1", 0), event("a1", 1, plover="REQUEST", cameo="020",
                                                     start="2019-04-20", modality="planned")])
        st.add(article("a2", published="2019-05-02"),
               [event("a2", 0, plover="ASSAULT", cameo="190", quad_class=4, goldstein=-10.0,
                      source=(POLICE,), target=(PROTESTERS,), start="2019-05-01",
                      place="Moscow", confidence=0.55)])
        st.add(article(ODD_ID), [event(ODD_ID, 0, source=(KIM,), target=(PUTIN,),
                                       start="2019-04-25")])
    return path


@pytest.fixture(scope="module")
def base(db: Path) -> Iterator[str]:
    store = Store(str(db), create=False)
    server = EventwireServer(store, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    store.close()


def get(base: str, path: str, method: str = "GET") -> tuple[int, Any, dict[str, str]]:
    req = urllib.request.Request(base + path, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            body, status, headers = r.read(), r.status, dict(r.headers)
    except urllib.error.HTTPError as err:
        body, status, headers = err.read(), err.code, dict(err.headers)
    ctype = headers.get("Content-Type", "")
    if ctype.startswith("application/json") and body:
        return status, json.loads(body), headers
    return status, body.decode("utf-8"), headers


def triggers(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(e["article_id"], e["plover"]) for e in body["events"]]


def test_api_index_lists_the_endpoints(base: str) -> None:
    status, body, _ = get(base, "/api")
    assert status == 200
    assert {"/api/events", "/api/merged", "/api/summary", "/api/articles/{id}"} <= set(
        body["endpoints"])


def test_events_are_the_stored_contract_records_in_store_order(base: str, db: Path) -> None:
    status, body, headers = get(base, "/api/events")
    assert status == 200 and headers["Content-Type"].startswith("application/json")
    with Store(str(db), create=False) as st:
        stored = [e.to_dict() for e in st.events()]
    assert body["count"] == len(stored) == 4
    assert body["events"] == stored


@pytest.mark.parametrize(("query", "expected"), [
    ("plover=ASSAULT", [("a2", "ASSAULT")]),
    ("plover=consult&plover=request", [("a1", "REQUEST"), ("a1", "CONSULT"),
                                       (ODD_ID, "CONSULT")]),
    ("plover=assault,request", [("a1", "REQUEST"), ("a2", "ASSAULT")]),
    ("country=prk", [("a1", "CONSULT"), ("a1", "REQUEST"), (ODD_ID, "CONSULT")]),
    ("source_country=PRK", [(ODD_ID, "CONSULT")]),
    ("actor=protest", [("a2", "ASSAULT")]),
    ("cameo=19", [("a2", "ASSAULT")]),
    ("since=2019-04-26", [("a2", "ASSAULT")]),
    ("until=2019-04-24", [("a1", "REQUEST")]),
    ("modality=planned", [("a1", "REQUEST")]),
    ("article=a2", [("a2", "ASSAULT")]),
    ("min_confidence=0.6&plover=ASSAULT", []),
])
def test_event_filters(base: str, query: str, expected: list[tuple[str, str]]) -> None:
    status, body, _ = get(base, "/api/events?" + query)
    assert status == 200, body
    assert sorted(triggers(body)) == sorted(expected)


def test_paging_walks_the_same_order(base: str) -> None:
    _, whole, _ = get(base, "/api/events")
    pages = [get(base, f"/api/events?limit=1&offset={k}")[1] for k in range(5)]
    assert [p["count"] for p in pages] == [1, 1, 1, 1, 0]
    assert [p["events"][0]["id"] for p in pages[:4]] == [e["id"] for e in whole["events"]]


@pytest.mark.parametrize(("query", "needle"), [
    ("colour=red", "unknown parameter"),
    ("since=yesterday", "not a date"),
    ("plover=FIGHT", "not a PLOVER type"),
    ("modality=rumoured", "not one of"),
    ("cameo=abc", "CAMEO code prefix"),
    ("country=Russia", "3-letter code"),
    ("min_confidence=2", "from 0 to 1"),
    ("min_confidence=high", "from 0 to 1"),
    (f"limit={MAX_LIMIT + 1}", "more than"),
    ("offset=-1", "whole number"),
    ("article=a1&article=a2", "given 2 times"),
])
def test_bad_queries_are_400_with_a_coded_reason(base: str, query: str, needle: str) -> None:
    for endpoint in ("/api/events", "/api/merged"):
        status, body, _ = get(base, f"{endpoint}?{query}")
        assert status == 400
        assert body["code"] == "E050" and needle in body["error"]


def test_merged_events_name_their_article_and_counts(base: str) -> None:
    status, body, _ = get(base, "/api/merged?plover=CONSULT")
    assert status == 200
    assert body["count"] >= 1
    for m in body["events"]:
        assert m["plover"] == "CONSULT" and m["n_mentions"] >= 1
        assert m["article_id"] in ("a1", ODD_ID)


def test_summary(base: str) -> None:
    status, body, _ = get(base, "/api/summary")
    assert status == 200
    assert (body["articles"], body["events"]) == (3, 4)
    assert dict((k, n) for k, n in body["by_plover"]) == {"CONSULT": 2, "REQUEST": 1, "ASSAULT": 1}
    assert get(base, "/api/summary?top=3")[0] == 400


def test_article_with_its_events_and_an_id_that_needs_escaping(base: str) -> None:
    path = "/api/articles/" + urllib.request.quote(ODD_ID, safe="")
    status, body, _ = get(base, path)
    assert status == 200
    assert body["article"]["id"] == ODD_ID
    assert body["article"]["text"].startswith("Russian President Vladimir Putin")
    assert [e["article_id"] for e in body["events"]] == [ODD_ID]


@pytest.mark.parametrize("path", ["/api/articles/nope", "/api/articles/", "/api/nothing",
                                  "/favicon.ico"])
def test_unknown_paths_are_404(base: str, path: str) -> None:
    status, body, _ = get(base, path)
    assert status == 404 and body["code"] == "E051"


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE"])
def test_writes_are_refused(base: str, method: str) -> None:
    status, body, headers = get(base, "/api/events", method=method)
    assert status == 405 and body["code"] == "E052" and headers["Allow"] == "GET"


def test_head_gives_headers_without_a_body(base: str) -> None:
    status, body, headers = get(base, "/api/summary", method="HEAD")
    assert status == 200 and body == "" and int(headers["Content-Length"]) > 0


def test_explorer_page_calls_the_api(base: str) -> None:
    status, html, headers = get(base, "/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "eventwire explorer" in html
    for call in ("/api/summary", "/api/${view}", "/api/articles/"):
        assert call in html


def test_event_filter_is_the_cli_filter() -> None:
    flt = event_filter({"plover": ["consult,Assault"], "country": ["rus"], "since": ["2019-04-01"]})
    assert flt.plover == ("CONSULT", "ASSAULT") and flt.country == "RUS"
    assert flt.since == "2019-04-01"
    with pytest.raises(QueryError) as err:
        event_filter({"plover": ["DEMAND"]})
    assert str(err.value).startswith("[E050]")


def test_serve_on_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0
    assert "no such database" in result.output
    assert not (tmp_path / "none.db").exists()


def test_serve_command_answers_until_stopped(db: Path) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(db), "--port", "0", "--quiet"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert "3 articles, 4 events" in line, line + proc.stderr.read() if proc.stderr else line
        url = line.split(" at ")[1].split()[0].rstrip("/")
        status, body, _ = get(url, "/api/events?plover=ASSAULT")
        assert status == 200 and triggers(body) == [("a2", "ASSAULT")]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize("fmt", ["csv", "gdelt", "plover", "geojson"])
def test_export_downloads_what_eventwire_export_writes(base: str, db: Path, fmt: str) -> None:
    status, body, headers = get(base, f"/api/export/{fmt}?plover=CONSULT")
    assert status == 200
    assert headers["Content-Disposition"].startswith("attachment; filename=")
    with Store(str(db), create=False) as st:
        buf = io.StringIO()
        st.export(fmt, buf, EventFilter(plover=["CONSULT"]))
    assert body == buf.getvalue() and body
    assert "ASSAULT" not in body


@pytest.mark.parametrize(("path", "status", "code"), [
    ("/api/export/xlsx", 404, "E051"),
    ("/api/export/csv?limit=10", 400, "E050"),
    ("/api/export/csv?since=soon", 400, "E050"),
])
def test_bad_exports(base: str, path: str, status: int, code: str) -> None:
    got, body, _ = get(base, path)
    assert got == status and body["code"] == code
