"""What a store holds, in figures: counts, types, top actors, date range.

Used by ``eventwire demo`` and the ingest summary; reads no bookkeeping column,
so the same articles give the same summary on every run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection

from . import schema as s


@dataclass(slots=True)
class StoreSummary:
    articles: int = 0
    events: int = 0
    merged: int = 0
    by_plover: list[tuple[str, int]] = field(default_factory=list)
    top_actors: list[tuple[str, str | None, int]] = field(default_factory=list)  # name, code, n
    date_first: str | None = None
    date_last: str | None = None
    published_first: str | None = None
    published_last: str | None = None

    def lines(self) -> list[str]:
        """The summary as readable lines."""
        out = [f"articles: {self.articles}", f"events: {self.events}",
               f"merged events: {self.merged}"]
        if self.date_first:
            out.append(f"event dates: {self.date_first} to {self.date_last}")
        if self.published_first:
            out.append(f"published: {self.published_first} to {self.published_last}")
        if self.by_plover:
            out.append("events by PLOVER type:")
            out.extend(f"  {name:<10} {n:>5}" for name, n in self.by_plover)
        if self.top_actors:
            out.append("top actors:")
            out.extend(f"  {name} ({code or '-'}): {n}" for name, code, n in self.top_actors)
        return out


def summarize(conn: Connection, top: int = 10) -> StoreSummary:
    """Counts of articles, events and clusters, events by type, top actors, date range."""
    def n(table: Table) -> int:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    e = s.events.c
    out = StoreSummary(articles=n(s.articles), events=n(s.events), merged=n(s.clusters))
    out.by_plover = [(p, int(k)) for p, k in conn.execute(
        select(e.plover, func.count()).group_by(e.plover)
        .order_by(func.count().desc(), e.plover))]
    mentions = func.count(s.event_actors.c.event_id.distinct())
    out.top_actors = [(name, code, int(k)) for name, code, k in conn.execute(
        select(s.actors.c.name, s.actors.c.code, mentions)
        .join(s.event_actors, s.event_actors.c.actor_id == s.actors.c.id)
        .group_by(s.actors.c.id, s.actors.c.name, s.actors.c.code)
        .order_by(mentions.desc(), s.actors.c.name, s.actors.c.id).limit(top))]
    out.date_first, out.date_last = conn.execute(
        select(func.min(e.date_start), func.max(func.coalesce(e.date_end, e.date_start)))).one()
    a = s.articles.c
    out.published_first, out.published_last = conn.execute(
        select(func.min(a.published), func.max(a.published))).one()
    return out


def counts(conn: Connection) -> tuple[int, int, int]:
    """(articles, events, merged events) in the store."""
    def n(table: Table) -> int:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())

    return n(s.articles), n(s.events), n(s.clusters)
