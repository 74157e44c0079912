"""Writing articles and their events: one transaction per article, idempotent.

An article is stored with its events, actors, actor links and the clusters
they touch in one transaction, so a failure anywhere inside it rolls all of
it back and leaves the database as it was. An article whose id and content
hash are already stored is skipped (unchanged); one with the same id but a
new hash (text, publication date, URL, title or source changed) has its events
replaced. ``ingest`` extracts in batches and isolates a failing article by
retrying its batch one article at a time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import islice

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.engine import Connection, Engine

from ..api import extract_articles
from ..article import Article
from ..errors import (
    ArticleStoreError,
    EventwireError,
    KnowledgeFileError,
    ModelNotFoundError,
)
from ..output import dumps
from ..record import Actor, Event
from . import schema as s
from .merge import Mention, cluster_group, date_range, merge_group, sides, source_name

BATCH = 16
MAX_ID = 512  # articles.id is String(512): portable to every backend
_IN_CHUNK = 500  # values per IN (...) list; well under every backend's limit


def content_hash(article: Article) -> str:
    """What decides "unchanged": the text and every field that feeds extraction or output."""
    basis = [article.text, article.published.isoformat() if article.published else None,
             article.url, article.title, article.source]
    return hashlib.sha256(dumps({"a": basis}).encode("utf-8")).hexdigest()


def actor_id(actor: Actor) -> str:
    """One ``actors`` row per distinct (name, country, code)."""
    key = f"{actor.name}|{actor.country or ''}|{actor.code or ''}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def event_row(ev: Event) -> dict[str, object]:
    """The ``events`` row of a contract record (``record`` keeps it whole)."""
    loc, att = ev.location, ev.attribution
    days = date_range(ev.date.start, ev.date.end)
    return {
        "id": ev.id, "article_id": ev.article_id, "sentence_index": ev.sentence_index,
        "sentence": ev.sentence, "trigger_text": ev.trigger.text,
        "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
        "plover": ev.plover, "mode": ev.mode, "context": ev.context, "cameo": ev.cameo,
        "quad_class": ev.quad_class, "goldstein": ev.goldstein,
        "date_start": days[0].isoformat() if days else None,
        "date_end": days[1].isoformat() if days else None,
        "date_granularity": ev.date.granularity, "date_basis": ev.date.basis,
        "date_text": ev.date.text,
        "location_text": loc.text if loc else None, "location_name": loc.name if loc else None,
        "location_country": loc.country if loc else None,
        "location_admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "location_feature": loc.feature if loc else None,
        "modality": ev.modality, "attribution_kind": att.kind if att else "none",
        "attribution_text": att.text if att else None, "confidence": ev.confidence,
        "record": dumps(ev.to_dict()), "merge_group": merge_group(ev),
        "source_key": sides(ev)[0], "target_key": sides(ev)[1], "cluster_id": None,
    }


def _chunks(values: Sequence[str], n: int = _IN_CHUNK) -> Iterator[list[str]]:
    for i in range(0, len(values), n):
        yield list(values[i:i + n])


def recluster(conn: Connection, groups: Iterable[str]) -> None:
    """Recompute the clusters of the given merge groups from the stored events.

    Reads only the columns clustering needs and writes only what changed, so the
    cost of an article is the size of the groups it touches, not of the store.
    """
    e, a, c = s.events.c, s.articles.c, s.clusters.c
    for chunk in _chunks(sorted(set(groups))):
        by_group: dict[str, list[Mention]] = {g: [] for g in chunk}
        current: dict[str, str | None] = {}
        for r in conn.execute(
            select(e.id, e.article_id, e.plover, e.cameo, e.quad_class, e.goldstein,
                   e.confidence, e.date_start, e.date_end, e.location_country, e.source_key,
                   e.target_key, e.merge_group, e.cluster_id, a.published, a.source, a.url)
            .join(s.articles, a.id == e.article_id).where(e.merge_group.in_(chunk))
        ):
            current[r.id] = r.cluster_id
            by_group[r.merge_group].append(Mention(
                id=r.id, article_id=r.article_id, plover=r.plover, cameo=r.cameo,
                quad_class=r.quad_class, goldstein=r.goldstein, confidence=r.confidence,
                first=date.fromisoformat(r.date_start) if r.date_start else None,
                last=date.fromisoformat(r.date_end) if r.date_end else None,
                country=r.location_country, source_key=r.source_key, target_key=r.target_key,
                published=r.published, source_name=source_name(r.source, r.url, r.article_id)))
        old = {r["id"]: dict(r) for r in
               conn.execute(select(s.clusters).where(c.group_key.in_(chunk))).mappings()}
        new: dict[str, dict[str, object]] = {}
        moves: list[dict[str, str]] = []
        for group in chunk:
            for cl in cluster_group(group, by_group[group]):
                new[cl.id] = cl.row()
                moves.extend({"eid": m.id, "cid": cl.id} for m in cl.mentions
                             if current[m.id] != cl.id)
        added = [row for cid, row in new.items() if cid not in old]
        if added:
            conn.execute(insert(s.clusters), added)
        for cid, row in new.items():
            if cid in old and old[cid] != row:
                conn.execute(update(s.clusters).where(c.id == cid).values(**row))
        if moves:
            conn.execute(update(s.events).where(e.id == bindparam("eid"))
                         .values(cluster_id=bindparam("cid")), moves)
        gone = sorted(set(old) - set(new))
        if gone:
            conn.execute(delete(s.clusters).where(c.id.in_(gone)))


def write_article(conn: Connection, article: Article, events: Sequence[Event], *,
                  force: bool = False) -> str:
    """Store one article and its events inside ``conn``'s transaction.

    Returns ``"new"``, ``"replaced"`` or ``"unchanged"``. Raises on any failure;
    the caller's transaction then rolls everything back.
    """
    digest = content_hash(article)
    old = conn.execute(select(s.articles.c.content_hash)
                       .where(s.articles.c.id == article.id)).first()
    if old is not None and old[0] == digest and not force:
        return "unchanged"
    if not article.id or len(article.id) > MAX_ID:
        raise ArticleStoreError(f"{article.origin or 'article'}: an article id must have 1 to "
                                f"{MAX_ID} characters, this one has {len(article.id)}")
    unique: dict[str, Event] = {}
    for ev in events:
        if ev.article_id != article.id:
            raise ArticleStoreError(
                f"article {article.id}: event {ev.id} belongs to article {ev.article_id}")
        unique.setdefault(ev.id, ev)
    groups: set[str] = set()
    old_actors: set[str] = set()
    row = {
        "url": article.url, "title": article.title, "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "credits": json.dumps(list(article.credits), ensure_ascii=False), "text": article.text,
        "content_hash": digest, "n_events": len(unique),
        "ingested_at": datetime.now(UTC).replace(tzinfo=None),
    }
    if old is not None:
        old_ids = select(s.events.c.id).where(s.events.c.article_id == article.id)
        groups.update(conn.execute(select(s.events.c.merge_group).distinct()
                                   .where(s.events.c.article_id == article.id)).scalars())
        old_actors.update(conn.execute(select(s.event_actors.c.actor_id).distinct()
                                       .where(s.event_actors.c.event_id.in_(old_ids))).scalars())
        conn.execute(delete(s.event_actors).where(s.event_actors.c.event_id.in_(old_ids)))
        conn.execute(delete(s.events).where(s.events.c.article_id == article.id))
        conn.execute(update(s.articles).where(s.articles.c.id == article.id).values(**row))
    else:
        conn.execute(insert(s.articles).values(id=article.id, **row))
    if unique:
        ev_rows = [event_row(ev) for ev in unique.values()]
        groups.update(str(r["merge_group"]) for r in ev_rows)
        conn.execute(insert(s.events), ev_rows)
        _write_actors(conn, unique.values())
    recluster(conn, groups)
    if old_actors:
        used = select(s.event_actors.c.actor_id)
        conn.execute(delete(s.actors).where(s.actors.c.id.in_(sorted(old_actors)))
                     .where(s.actors.c.id.not_in(used)))
    return "new" if old is None else "replaced"


def _write_actors(conn: Connection, events: Iterable[Event]) -> None:
    actors: dict[str, Actor] = {}
    links: list[dict[str, object]] = []
    for ev in events:
        for role, side in (("source", ev.source), ("target", ev.target)):
            for pos, a in enumerate(side):
                aid = actor_id(a)
                actors.setdefault(aid, a)
                links.append({"event_id": ev.id, "role": role, "position": pos,
                              "actor_id": aid, "text": a.text, "start": a.start,
                              "end": a.end})
    if not actors:
        return
    known: set[str] = set()
    for chunk in _chunks(sorted(actors)):
        known.update(conn.execute(select(s.actors.c.id).where(s.actors.c.id.in_(chunk)))
                     .scalars())
    new = [{"id": aid, "name": a.name, "country": a.country, "code": a.code,
            "sectors": json.dumps(list(a.sectors))}
           for aid, a in sorted(actors.items()) if aid not in known]
    if new:
        conn.execute(insert(s.actors), new)
    conn.execute(insert(s.event_actors), links)


@dataclass(slots=True)
class IngestReport:
    """Counts of one ingest run; ``errors`` holds one line per failed article."""

    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    events: int = 0  # events written by this run
    errors: list[str] = field(default_factory=list)

    @property
    def stored(self) -> int:
        """Articles now in the database from this run (new, replaced or unchanged)."""
        return self.new + self.replaced + self.unchanged


Result = tuple[Article, "list[Event] | BaseException"]


def _extract(batch: list[Article], model: str | None,
             knowledge: dict[str, tuple[str, ...]]) -> list[Result]:
    """Extract a batch; if it fails, retry one by one so only the bad article is lost."""
    try:
        return list(extract_articles(batch, model=model, actor_files=knowledge["actor_files"],
                                     lexicon_files=knowledge["lexicon_files"]))
    except (ModelNotFoundError, KnowledgeFileError):
        raise
    except Exception as exc:
        if len(batch) == 1:
            return [(batch[0], exc)]
    out: list[Result] = []
    for article in batch:
        out.extend(_extract([article], model, knowledge))
    return out


def ingest(engine: Engine, articles: Iterable[Article], *, model: str | None = None,
           force: bool = False, on_error: Callable[[str], None] | None = None,
           actor_files: Sequence[str] = (), lexicon_files: Sequence[str] = ()) -> IngestReport:
    """Extract and store articles; unchanged ones are not even extracted again.

    ``actor_files``/``lexicon_files``: users' knowledge files for the extraction.
    """
    report = IngestReport()
    knowledge = {"actor_files": tuple(actor_files), "lexicon_files": tuple(lexicon_files)}

    def fail(article: Article, exc: BaseException, stage: str) -> None:
        report.failed += 1
        what = exc if isinstance(exc, EventwireError) else ArticleStoreError(
            f"{article.origin or article.id}: {stage}, nothing stored "
            f"({type(exc).__name__}: {_one_line(exc)})")
        report.errors.append(str(what))
        if on_error:
            on_error(str(what))

    it = iter(articles)
    while batch := list(islice(it, BATCH)):
        report.read += len(batch)
        todo = [a for a in batch if force or not _is_stored(engine, a)]
        report.unchanged += len(batch) - len(todo)
        for article, result in _extract(todo, model, knowledge) if todo else []:
            if isinstance(result, BaseException):
                fail(article, result, "extraction failed")
                continue
            try:
                with engine.begin() as conn:
                    status = write_article(conn, article, result, force=force)
            except Exception as exc:  # rolled back: report it, go on with the batch
                fail(article, exc, "could not be stored")
                continue
            if status == "unchanged":
                report.unchanged += 1
            else:
                setattr(report, status, getattr(report, status) + 1)
                report.events += len({ev.id for ev in result})
    return report


def _is_stored(engine: Engine, article: Article) -> bool:
    with engine.connect() as conn:
        old = conn.execute(select(s.articles.c.content_hash)
                           .where(s.articles.c.id == article.id)).first()
    return old is not None and old[0] == content_hash(article)


def _one_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0][:200] if text else "no detail"


def count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
