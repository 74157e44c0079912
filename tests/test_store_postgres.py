"""The store on a real PostgreSQL server: the same articles and events give the same
queries, merges and exports as on SQLite.

A throwaway cluster is created (``initdb``) and started on a private Unix socket for
this module, and removed after. Skipped, with the reason, where the PostgreSQL server
programs or the ``psycopg`` driver are not installed.
"""

from __future__ import annotations

import glob
import io
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.store import EventFilter, Store

from .test_store_helpers import KIM, POLICE, PROTESTERS, PUTIN, article, event


def _pg_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    hits = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return hits[-1] if hits else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    pytest.importorskip("psycopg", reason="the psycopg driver is not installed")
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip("PostgreSQL server programs (initdb, pg_ctl) are not installed")
    prefix: list[str] = []
    root = Path(tempfile.mkdtemp(prefix="eventwire-pg-"))
    if os.geteuid() == 0:  # the server refuses to run as root: run it as "postgres"
        if not shutil.which("runuser"):
            pytest.skip("running as root without runuser to start PostgreSQL")
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(root, "postgres")
    data, sock, port = root / "data", root, _free_port()
    run = {"check": True, "capture_output": True, "text": True}
    try:
        subprocess.run([*prefix, initdb, "-D", str(data), "-A", "trust", "-U", "eventwire",
                        "--no-sync"], **run)  # type: ignore[call-overload]
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-w", "-l", str(root / "log"),
                        "-o", f"-p {port} -k {sock} -c listen_addresses='' -c fsync=off",
                        "start"], **run)  # type: ignore[call-overload]
    except subprocess.CalledProcessError as exc:
        shutil.rmtree(root, ignore_errors=True)
        pytest.skip(f"could not start a PostgreSQL server: {exc.stderr.strip()[:200]}")
    try:
        yield f"postgresql+psycopg://eventwire@/postgres?host={sock}&port={port}"
    finally:
        subprocess.run([*prefix, pg_ctl, "-D", str(data), "-m", "immediate", "stop"],
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


def _fill(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0), event("a1", 1, plover="REQUEST", cameo="020",
                                                   place=None)])
    store.add(article("a2", published="2019-04-26"), [event("a2", 0)])  # the same meeting
    store.add(article("a3"), [event("a3", 0, plover="ASSAULT", cameo="1823", quad_class=4,
                                    goldstein=-9.0, source=(POLICE,), target=(PROTESTERS,),
                                    place="Moscow")])


def _snapshot(store: Store) -> dict[str, object]:
    out: dict[str, object] = {
        "counts": store.counts(),
        "events": [e.to_dict() for e in store.events()],
        "prk": [e.id for e in store.events(EventFilter(country="PRK"))],
        "assault": [e.id for e in store.events(EventFilter(plover=["ASSAULT"]))],
        "since": [e.id for e in store.events(EventFilter(since="2019-04-25"))],
        "merged": sorted((m.row["n_mentions"], m.row["plover"]) for m in store.merged()),
        "article": store.article("a3"),
    }
    for fmt in ("csv", "gdelt", "plover", "geojson"):
        buf = io.StringIO()
        store.export(fmt, buf)
        out[fmt] = buf.getvalue()
    return out


def test_postgres_store_answers_like_sqlite(pg_url: str, tmp_path: Path) -> None:
    with Store(str(tmp_path / "s.db")) as lite:
        _fill(lite)
        expected = _snapshot(lite)
    with Store(pg_url) as pg:
        _fill(pg)
        got = _snapshot(pg)
    assert got["counts"] == (3, 4, 3)
    for key, value in expected.items():
        assert got[key] == value, key


def test_postgres_store_reingest_is_idempotent_and_replaces(pg_url: str) -> None:
    with Store(pg_url) as pg:
        _fill(pg)  # the same articles as the test before (unchanged if it ran): no order needed
        before = pg.counts()
        assert pg.add(article("a3"), [event("a3", 0, plover="ASSAULT", cameo="1823",
                                            quad_class=4, goldstein=-9.0, source=(POLICE,),
                                            target=(PROTESTERS,), place="Moscow")]) \
            == "unchanged"
        assert pg.counts() == before
        changed = article("a3", text="Police dispersed protesters in Moscow on Thursday.")
        assert pg.add(changed, [event("a3", 0, plover="COERCE", cameo="175", quad_class=4,
                                      source=(POLICE,), target=(PROTESTERS,),
                                      place="Moscow")]) == "replaced"
        assert [e.plover for e in pg.events(EventFilter(article="a3"))] == ["COERCE"]
        assert pg.counts()[0] == before[0]
        assert {e.source[0].name for e in pg.events(EventFilter(actor="putin"))} == {
            PUTIN.name}
        assert {e.target[0].name for e in pg.events(EventFilter(country="prk"))} >= {KIM.name}
