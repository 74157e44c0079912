"""The database schema, in SQLAlchemy Core, portable from SQLite to PostgreSQL.

Only portable types (String, Text, Integer, Float, Date, DateTime) and explicit
indexes; JSON is kept as ``Text`` holding compact JSON so every backend stores
it the same way and round trips are byte-exact. Dates are ISO day strings
(``String(10)``, string order is date order); an event's date columns hold its
date as a day range (partial dates widened: ``2019-04`` is 2019-04-01 to
2019-04-30) while ``record`` keeps the values as extracted. ``schema_version`` holds one row; ``engine.open_store``
refuses a database written by a newer schema.

Determinism: ``articles.ingested_at`` is bookkeeping only. No query, export or
cluster field reads it, so outputs depend on the articles alone.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

SCHEMA_VERSION = 1

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(512), primary_key=True),
    Column("url", Text),
    Column("title", Text),
    Column("source", String(200)),
    Column("published", String(10)),  # ISO date, or NULL when unknown
    Column("credits", Text, nullable=False, default="[]"),  # JSON list
    Column("text", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("n_events", Integer, nullable=False, default=0),
    Column("ingested_at", DateTime, nullable=False),  # bookkeeping only; never queried
)
Index("ix_articles_published", articles.c.published)

events = Table(
    "events",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(512),
           ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("sentence_index", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("trigger_text", Text, nullable=False),
    Column("trigger_start", Integer, nullable=False),
    Column("trigger_end", Integer, nullable=False),
    Column("plover", String(20), nullable=False),
    Column("mode", Text),
    Column("context", Text),
    Column("cameo", String(8)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float),
    # The date as a day range (first, last day; partial dates widened) for range queries;
    # ``record`` keeps the values as extracted.
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("date_granularity", String(16)),
    Column("date_basis", String(16), nullable=False),
    Column("date_text", Text),
    Column("location_text", Text),
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("location_admin1", Text),
    Column("lat", Float),
    Column("lon", Float),
    Column("geonameid", Integer),
    Column("location_feature", String(16)),
    Column("modality", String(16), nullable=False),
    Column("attribution_kind", String(16), nullable=False),
    Column("attribution_text", Text),
    Column("confidence", Float, nullable=False),
    Column("record", Text, nullable=False),  # the contract record, compact JSON
    # Merging: the event's merge group (see ``merge``) and the cluster it fell in.
    Column("merge_group", String(64), nullable=False),
    Column("source_key", Text, nullable=False),  # actor keys of each side (``merge.sides``)
    Column("target_key", Text, nullable=False),
    Column("cluster_id", String(64), ForeignKey("clusters.id")),
)
Index("ix_events_article", events.c.article_id, events.c.sentence_index)
Index("ix_events_plover", events.c.plover)
Index("ix_events_cameo", events.c.cameo)
Index("ix_events_date", events.c.date_start, events.c.date_end)
Index("ix_events_country", events.c.location_country)
Index("ix_events_cluster", events.c.cluster_id)
Index("ix_events_merge_group", events.c.merge_group)

actors = Table(
    "actors",
    metadata,
    Column("id", String(64), primary_key=True),  # hash of (name, country, code)
    Column("name", Text, nullable=False),
    Column("country", String(8)),
    Column("code", String(100)),
    Column("sectors", Text, nullable=False, default="[]"),  # JSON list, as first seen
)
Index("ix_actors_code", actors.c.code)
Index("ix_actors_country", actors.c.country)
Index("ix_actors_name", actors.c.name)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"),
           primary_key=True),
    Column("role", String(8), primary_key=True),  # "source" or "target"
    Column("position", Integer, primary_key=True, autoincrement=False),
    Column("actor_id", String(64), ForeignKey("actors.id"), nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer),
    Column("end", Integer),
)
Index("ix_event_actors_actor", event_actors.c.actor_id, event_actors.c.role)

clusters = Table(
    "clusters",
    metadata,
    Column("id", String(64), primary_key=True),  # hash of the merge key
    Column("plover", String(20), nullable=False),
    Column("cameo", String(8)),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float),
    Column("source_codes", Text, nullable=False),  # "; "-joined actor keys
    Column("target_codes", Text, nullable=False),
    Column("date_start", String(10)),
    Column("date_end", String(10)),
    Column("location_country", String(8)),
    Column("n_mentions", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("first_seen", String(10)),  # earliest publication date of a mention
    Column("last_seen", String(10)),
    Column("representative_id", String(64), nullable=False),  # the mention shown for it
    Column("group_key", String(64), nullable=False),  # hash of the actor/type part
)
Index("ix_clusters_group", clusters.c.group_key)
Index("ix_clusters_date", clusters.c.date_start, clusters.c.date_end)
Index("ix_clusters_plover", clusters.c.plover)
