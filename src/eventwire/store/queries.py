"""Reading stored events and merged events back, filtered and in a stable order.

Events come back as contract ``Event`` objects rebuilt from the stored record,
so ``eventwire events --format jsonl`` prints exactly what ``extract`` printed.
Order is deterministic: date start (undated last), article, sentence, trigger
start, id. Merged events (clusters) are ordered by date start, type and id.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement

from ..record import Event, event_from_dict
from . import schema as s


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which stored events to return; every field left at its default matches all.

    ``actor`` matches a source or target actor whose name, code or mention text
    contains it (case-insensitive); ``country`` a source or target actor of that
    country; ``since``/``until`` (ISO dates) keep events whose date range
    overlaps them (undated events are then left out).
    """

    actor: str | None = None
    country: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    plover: Sequence[str] = ()
    cameo: str | None = None
    since: str | None = None
    until: str | None = None
    modality: Sequence[str] = ()
    article: str | None = None
    min_confidence: float | None = None

    def conditions(self) -> list[ColumnElement[bool]]:
        e = s.events.c
        out: list[ColumnElement[bool]] = []
        if self.actor:
            needle = self.actor.casefold()
            out.append(_has_actor(None, or_(
                func.lower(s.actors.c.name).contains(needle, autoescape=True),
                func.lower(func.coalesce(s.actors.c.code, "")).contains(needle, autoescape=True),
                func.lower(s.event_actors.c.text).contains(needle, autoescape=True))))
        if self.country:
            out.append(_has_actor(None, s.actors.c.country == self.country.upper()))
        if self.source_country:
            out.append(_has_actor("source", s.actors.c.country == self.source_country.upper()))
        if self.target_country:
            out.append(_has_actor("target", s.actors.c.country == self.target_country.upper()))
        if self.plover:
            out.append(e.plover.in_([p.upper() for p in self.plover]))
        if self.cameo:
            out.append(e.cameo.startswith(self.cameo, autoescape=True))
        if self.since:
            out.append(func.coalesce(e.date_end, e.date_start) >= self.since)
        if self.until:
            out.append(e.date_start <= self.until)
        if self.modality:
            out.append(e.modality.in_([m.lower() for m in self.modality]))
        if self.article:
            out.append(e.article_id == self.article)
        if self.min_confidence is not None:
            out.append(e.confidence >= self.min_confidence)
        return out


def _has_actor(role: str | None, cond: ColumnElement[bool]) -> ColumnElement[bool]:
    """EXISTS an actor link of the event (in ``role``, or either) meeting ``cond``."""
    link = and_(s.event_actors.c.event_id == s.events.c.id,
                s.actors.c.id == s.event_actors.c.actor_id, cond)
    if role:
        link = and_(link, s.event_actors.c.role == role)
    return exists().where(link)


def _ordered(stmt: Select[Any]) -> Select[Any]:
    e = s.events.c
    return stmt.order_by(e.date_start.is_(None), e.date_start, e.article_id,
                         e.sentence_index, e.trigger_start, e.id)


def select_events(conn: Connection, flt: EventFilter | None = None,
                  limit: int | None = None) -> Iterator[Event]:
    """Stored events matching ``flt``, as contract ``Event`` objects, in stable order."""
    stmt = _ordered(select(s.events.c.record).where(*(flt or EventFilter()).conditions()))
    if limit is not None:
        stmt = stmt.limit(limit)
    for (record,) in conn.execute(stmt):
        yield event_from_dict(json.loads(record))


def select_event_rows(conn: Connection, flt: EventFilter | None = None,
                      limit: int | None = None) -> Iterator[tuple[Event, dict[str, Any]]]:
    """Events with their article's url/title/published and their cluster id (for exports)."""
    a = s.articles.c
    stmt = _ordered(
        select(s.events.c.record, s.events.c.cluster_id, a.url, a.title, a.published, a.source)
        .join(s.articles, a.id == s.events.c.article_id)
        .where(*(flt or EventFilter()).conditions()))
    if limit is not None:
        stmt = stmt.limit(limit)
    for record, cluster_id, url, title, published, source in conn.execute(stmt):
        yield event_from_dict(json.loads(record)), {
            "cluster_id": cluster_id, "url": url, "title": title, "published": published,
            "source": source}


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One cluster: its row, its representative mention, and its mentions' ids."""

    row: dict[str, Any]
    representative: Event
    mention_ids: tuple[str, ...]
    article_urls: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        r, rep = self.row, self.representative
        return {
            "id": r["id"], "plover": r["plover"], "cameo": r["cameo"],
            "quad_class": r["quad_class"], "goldstein": r["goldstein"],
            "source": [a.to_dict() for a in rep.source],
            "target": [a.to_dict() for a in rep.target],
            "source_codes": r["source_codes"], "target_codes": r["target_codes"],
            "date_start": r["date_start"], "date_end": r["date_end"],
            "location_country": r["location_country"],
            "location": rep.location.to_dict() if rep.location else None,
            "n_mentions": r["n_mentions"], "n_articles": r["n_articles"],
            "n_sources": r["n_sources"], "first_seen": r["first_seen"],
            "last_seen": r["last_seen"], "representative": rep.id,
            "article_id": rep.article_id,
            "sentence": rep.sentence, "mentions": list(self.mention_ids),
            "urls": list(self.article_urls),
        }


def select_clusters(conn: Connection, flt: EventFilter | None = None,
                    limit: int | None = None, chunk: int = 500) -> Iterator[MergedEvent]:
    """Merged events with at least one mention matching ``flt``; counts stay whole."""
    c = s.clusters.c
    matching = select(s.events.c.cluster_id).where(*(flt or EventFilter()).conditions())
    stmt = (select(s.clusters, s.events.c.record)
            .join(s.events, s.events.c.id == c.representative_id)
            .where(c.id.in_(matching))
            .order_by(c.date_start.is_(None), c.date_start, c.plover, c.id))
    if limit is not None:
        stmt = stmt.limit(limit)
    rows = [dict(r) for r in conn.execute(stmt).mappings()]
    for i in range(0, len(rows), chunk):  # mentions fetched for many clusters at a time
        part = rows[i:i + chunk]
        mentions: dict[str, list[tuple[str, str | None]]] = {r["id"]: [] for r in part}
        for cid, eid, url in conn.execute(
                select(s.events.c.cluster_id, s.events.c.id, s.articles.c.url)
                .join(s.articles, s.articles.c.id == s.events.c.article_id)
                .where(s.events.c.cluster_id.in_(list(mentions)))
                .order_by(s.events.c.cluster_id, s.articles.c.published.is_(None),
                          s.articles.c.published, s.events.c.article_id, s.events.c.id)):
            mentions[cid].append((eid, url))
        for row in part:
            ms = mentions[row["id"]]
            record = row.pop("record")
            yield MergedEvent(row, event_from_dict(json.loads(record)),
                              tuple(e for e, _ in ms), tuple(dict.fromkeys(u for _, u in ms if u)))


def select_article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """One stored article (id, url, title, source, published, credits, text), or None."""
    a = s.articles.c
    row = conn.execute(select(a.id, a.url, a.title, a.source, a.published, a.credits, a.text,
                              a.n_events).where(a.id == article_id)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    out["credits"] = json.loads(out["credits"] or "[]")
    return out
