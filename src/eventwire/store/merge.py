"""Merging: the same event reported by many articles becomes one cluster of mentions.

The rule, deterministic and independent of ingestion order (a cluster is a
function of the set of stored events, recomputed for the affected groups on
every ingest):

1. **Group.** Events are grouped by PLOVER type, source actors, target actors,
   polarity and date scope. An actor counts by its CAMEO-style code, or, without
   one, by its case-folded name; several actors on one side form a sorted set.
   For reciprocal types (CONSULT, AGREE) the two sides are order-insensitive:
   "Kim met Putin" and "Putin met Kim" share a group. Polarity keeps factual
   reports (asserted, planned, expected, possible) apart from ``negated`` and
   from ``hypothetical`` ones. The date scope is the calendar month the event's
   date range lies in; a range across months (a quarter, a year, a week over a
   month's end) is a scope of its own, so such vague dates merge only with the
   very same range, never into a particular day. Undated events (no
   ``date.start``) are never merged: each is its own cluster.
2. **Date and place, within a group.** Events are taken narrowest date range
   first (then located before unlocated, then by date and id). An event joins
   the cluster with exactly its range and location country if there is one;
   else the single existing cluster whose anchor range lies within its range
   (same day for day granularity; a day or week inside a month) and whose
   country is compatible (equal, or either unknown); else, with none or with
   several such clusters (ambiguous), it anchors a new cluster on its own
   range and country.
3. **Ids.** A cluster's id is a hash of its group and anchor (range, country),
   so it is stable across runs and databases, never an autoincrement.

A cluster's fields come from its representative mention: the most confident
mention among those with the cluster's most common CAMEO code (ties: lowest id).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from ..record import Actor, Event

RECIPROCAL = frozenset({"CONSULT", "AGREE"})
POLARITY = {"negated": "negated", "hypothetical": "hypothetical"}  # else "factual"


def _hash(*parts: object) -> str:
    return hashlib.sha1("|".join("" if p is None else str(p) for p in parts)
                        .encode("utf-8")).hexdigest()[:20]


def actor_key(actor: Actor) -> str:
    """How an actor counts for merging: its code, else its case-folded name."""
    return actor.code if actor.code else "~" + " ".join(actor.name.casefold().split())


def side_key(actors: Iterable[Actor]) -> str:
    """One side of an event (a set of actors) as a sorted, "+"-joined key; "-" if empty."""
    keys = sorted({actor_key(a) for a in actors})
    return "+".join(keys) if keys else "-"


def sides(ev: Event) -> tuple[str, str]:
    """(source key, target key), sorted for reciprocal types."""
    src, tgt = side_key(ev.source), side_key(ev.target)
    if ev.plover in RECIPROCAL and src != "-" and tgt != "-" and tgt < src:
        src, tgt = tgt, src
    return src, tgt


def polarity(modality: str) -> str:
    return POLARITY.get(modality, "factual")


def date_range(start: str | None, end: str | None) -> tuple[date, date] | None:
    """A contract date as a (first, last) day range; None when undated or unparsable."""
    first = _day(start, last=False)
    if first is None:
        return None
    last = _day(end or start, last=True)
    if last is None or last < first:
        last = first
    return first, last


def _day(value: str | None, *, last: bool) -> date | None:
    """``2019-04-24`` -> that day; ``2019-04`` / ``2019`` -> first (or last) day of it."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        year = int(parts[0])
        if len(parts) >= 3:
            return date(year, int(parts[1]), int(parts[2]))
        if len(parts) == 2:
            month = int(parts[1])
            if not last:
                return date(year, month, 1)
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(year, 12, 31) if last else date(year, 1, 1)
    except (ValueError, IndexError):
        return None


def merge_group(ev: Event) -> str:
    """The hashed group key of an event (rule 1); undated events get one of their own."""
    rng = date_range(ev.date.start, ev.date.end)
    if rng is None:
        return _hash("undated", ev.id)
    src, tgt = sides(ev)
    return _hash(ev.plover, src, tgt, polarity(ev.modality), date_scope(*rng))


def date_scope(first: date, last: date) -> str:
    """The month a range lies in; a range across months is a scope of its own."""
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.isoformat()}..{last.isoformat()}"


@dataclass(slots=True)
class Mention:
    """What clustering needs of a stored event and its article (no full record)."""

    id: str
    article_id: str
    plover: str
    cameo: str | None
    quad_class: int
    goldstein: float | None
    confidence: float
    first: date | None
    last: date | None
    country: str | None
    source_key: str
    target_key: str
    published: str | None = None
    source_name: str | None = None  # the article's source, URL host or id (for n_sources)


@dataclass(slots=True)
class Cluster:
    id: str
    group: str
    first: date | None
    last: date | None
    country: str | None
    mentions: list[Mention] = field(default_factory=list)

    def representative(self) -> Mention:
        cameos = Counter(m.cameo for m in self.mentions if m.cameo)
        top = min(cameos, key=lambda c: (-cameos[c], c)) if cameos else None
        pool = [m for m in self.mentions if m.cameo == top] or self.mentions
        return min(pool, key=lambda m: (-m.confidence, m.id))

    def row(self) -> dict[str, object]:
        """The ``clusters`` table row."""
        rep = self.representative()
        seen = sorted(m.published for m in self.mentions if m.published)
        return {
            "id": self.id,
            "group_key": self.group,
            "plover": rep.plover,
            "cameo": rep.cameo,
            "quad_class": rep.quad_class,
            "goldstein": rep.goldstein,
            "source_codes": rep.source_key,
            "target_codes": rep.target_key,
            "date_start": self.first.isoformat() if self.first else None,
            "date_end": self.last.isoformat() if self.last else None,
            "location_country": self.country,
            "n_mentions": len(self.mentions),
            "n_articles": len({m.article_id for m in self.mentions}),
            "n_sources": len({m.source_name or m.article_id for m in self.mentions}),
            "first_seen": seen[0] if seen else None,
            "last_seen": seen[-1] if seen else None,
            "representative_id": rep.id,
        }


def source_name(source: str | None, url: str | None, article_id: str) -> str:
    """Who published an article, for counting distinct sources."""
    if source:
        return source.strip().casefold()
    if url:
        host = urlsplit(url).hostname
        if host:
            return host.removeprefix("www.")
    return article_id


def cluster_group(group: str, mentions: Sequence[Mention]) -> list[Cluster]:
    """Rule 2 applied to the mentions of one group; clusters ordered by id."""
    out: dict[str, Cluster] = {}

    def order(m: Mention) -> tuple[object, ...]:
        width = (m.last - m.first).days if m.first and m.last else 1 << 30
        return (width, m.country is None, m.first or date.max, m.country or "", m.id)

    for m in sorted(mentions, key=order):
        country = m.country
        if m.first is None or m.last is None:  # undated: a cluster of its own
            cid = _hash("cluster", group, m.id)
            out.setdefault(cid, Cluster(cid, group, None, None, country)).mentions.append(m)
            continue
        exact = _hash("cluster", group, m.first, m.last, country)
        if exact in out:
            out[exact].mentions.append(m)
            continue
        inside = [c for c in out.values()
                  if c.first is not None and c.last is not None
                  and m.first <= c.first and c.last <= m.last
                  and (country is None or c.country is None or c.country == country)]
        if len(inside) == 1:
            inside[0].mentions.append(m)
        else:
            out[exact] = Cluster(exact, group, m.first, m.last, country, [m])
    return [out[k] for k in sorted(out)]
