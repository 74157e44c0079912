"""Contract records: what users, the store and evaluations get for each coded event.

``records_from_doc`` turns the stages' mentions on a processed ``Doc`` into
``Event`` objects whose offsets point into the article text *as given* (the
pipeline saw the cleaned body; ``Article.to_original`` maps back). ``Event.to_dict``
is the contract's JSON object, keys in contract order.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .article import Article
from .knowledge.calibration import calibrate
from .mentions import ActorMention, Attribution, EventMention, PlaceMention


@dataclass(frozen=True, slots=True)
class Actor:
    text: str
    start: int | None
    end: int | None
    name: str
    country: str | None
    sectors: tuple[str, ...]
    code: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name,
                "country": self.country, "sectors": list(self.sectors), "code": self.code}


@dataclass(frozen=True, slots=True)
class Trigger:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class When:
    text: str | None
    start: str | None
    end: str | None
    granularity: str | None
    basis: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end,
                "granularity": self.granularity, "basis": self.basis}


@dataclass(frozen=True, slots=True)
class Where:
    text: str | None
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country,
                "admin1": self.admin1, "lat": self.lat, "lon": self.lon,
                "geonameid": self.geonameid, "feature": self.feature}


@dataclass(frozen=True, slots=True)
class SaidBy:
    """The contract's ``attribution``: who says so."""

    text: str | None
    kind: str
    actor: Actor | None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "kind": self.kind,
                "actor": self.actor.to_dict() if self.actor else None}


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: the contract record as a Python object."""

    id: str
    article_id: str
    sentence_index: int
    sentence: str
    trigger: Trigger
    plover: str
    mode: str | None
    context: str | None
    cameo: str | None
    quad_class: int
    goldstein: float | None
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    date: When
    location: Where | None
    modality: str
    attribution: SaidBy | None
    confidence: float
    # Evidence for the coded fields: which rule or entry produced each (an extension).
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article_id": self.article_id,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "trigger": self.trigger.to_dict(),
            "plover": self.plover,
            "mode": self.mode,
            "context": self.context,
            "cameo": self.cameo,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "source": [a.to_dict() for a in self.source],
            "target": [a.to_dict() for a in self.target],
            "date": self.date.to_dict(),
            "location": self.location.to_dict() if self.location else None,
            "modality": self.modality,
            "attribution": self.attribution.to_dict() if self.attribution else None,
            "confidence": self.confidence,
            "evidence": self.evidence,
        }


def _actor(doc: Doc, article: Article, m: ActorMention) -> Actor:
    return Actor(
        text=m.text,
        start=article.to_original(m.start_char),
        end=article.to_original_end(m.end_char),
        name=m.name,
        country=m.country,
        sectors=tuple(m.sectors),
        code=m.code,
    )


def _patient_actor(doc: Doc, article: Article, span: tuple[int, int] | None
                   ) -> tuple[Actor, ...]:
    """The uncoded source or target: the words naming who acts, or what the event is
    done to, when they name no known actor."""
    if span is None:
        return ()
    words = doc[span[0]:span[1]]
    return (Actor(text=words.text, start=article.to_original(words.start_char),
                  end=article.to_original_end(words.end_char), name=words.text, country=None,
                  sectors=(), code=None),)


def _where(p: PlaceMention) -> Where:
    return Where(text=p.text, name=p.name, country=p.country, admin1=p.admin1,
                 lat=p.lat, lon=p.lon, geonameid=p.geonameid, feature=p.feature)


def _said_by(doc: Doc, article: Article, a: Attribution | None) -> SaidBy | None:
    if a is None:
        return None
    return SaidBy(text=a.text, kind=a.kind,
                  actor=_actor(doc, article, a.actor) if a.actor else None)


def _evidence(ev: EventMention) -> dict[str, Any]:
    """Why each coded field has its value: the rule, entry or words behind it."""
    out: dict[str, Any] = {"pattern": ev.pattern}
    actors = {role: [a.evidence for a in group]
              for role, group in (("source", ev.source), ("target", ev.target)) if group}
    if actors:
        out["actors"] = actors
    if ev.date is not None and ev.date.timex is not None:
        out["date"] = {"timex": ev.date.timex.text, "value": ev.date.timex.value}
    if ev.location is not None:
        out["location"] = {"text": ev.location.text, "feature": ev.location.feature}
    if ev.modality_cue:
        out["modality"] = ev.modality_cue
    out["raw_confidence"] = round(float(ev.confidence), 3)
    if ev.rule_confidence is not None:  # the learned filter scored it; the rules' score
        out["rule_confidence"] = round(float(ev.rule_confidence), 3)
    return out


def event_id(article_id: str, start: int, end: int, plover: str) -> str:
    """Stable id from the article, the trigger's place in it and the event type."""
    key = f"{article_id}|{start}|{end}|{plover}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def records_from_doc(doc: Doc, article: Article) -> list[Event]:
    """The contract records for every event the stages found in ``doc``."""
    mentions: list[EventMention] = doc._.events or []
    if not mentions:
        return []
    sents = list(doc.sents)
    sent_starts = [s.start for s in sents]
    out: list[Event] = []
    for ev in mentions:
        k = bisect_right(sent_starts, ev.trigger_start) - 1
        sent = sents[k]
        span = doc[ev.trigger_start:ev.trigger_end]
        t_start = article.to_original(span.start_char)
        t_end = article.to_original_end(span.end_char)
        d = ev.date
        when = (
            When(text=d.text, start=d.start, end=d.end, granularity=d.granularity, basis=d.basis)
            if d is not None
            else When(text=None, start=None, end=None, granularity=None, basis="unknown")
        )
        evidence = _evidence(ev)
        out.append(
            Event(
                id=event_id(article.id, t_start, t_end, ev.plover),
                article_id=article.id,
                sentence_index=k,
                sentence=sent.text.strip(),
                trigger=Trigger(text=span.text, start=t_start, end=t_end),
                plover=ev.plover,
                mode=ev.mode,
                context=ev.context,
                cameo=ev.cameo,
                quad_class=ev.quad_class,
                goldstein=ev.goldstein,
                source=tuple(_actor(doc, article, a) for a in ev.source)
                or _patient_actor(doc, article, ev.agent),
                target=tuple(_actor(doc, article, a) for a in ev.target)
                or _patient_actor(doc, article, ev.patient),
                date=when,
                location=_where(ev.location) if ev.location else None,
                modality=ev.modality,
                attribution=_said_by(doc, article, ev.attribution),
                confidence=round(calibrate(float(ev.confidence)), 3),
                evidence=evidence,
            )
        )
    return out


def _actor_from(d: dict[str, Any]) -> Actor:
    return Actor(text=d["text"], start=d.get("start"), end=d.get("end"), name=d["name"],
                 country=d.get("country"), sectors=tuple(d.get("sectors") or ()),
                 code=d.get("code"))


def event_from_dict(d: dict[str, Any]) -> Event:
    """Rebuild an ``Event`` from its contract dict (as stored or read from JSONL)."""
    loc = d.get("location")
    att = d.get("attribution")
    date_ = d.get("date") or {}
    return Event(
        id=d["id"],
        article_id=d["article_id"],
        sentence_index=int(d["sentence_index"]),
        sentence=d["sentence"],
        trigger=Trigger(**d["trigger"]),
        plover=d["plover"],
        mode=d.get("mode"),
        context=d.get("context"),
        cameo=d.get("cameo"),
        quad_class=int(d["quad_class"]),
        goldstein=d.get("goldstein"),
        source=tuple(_actor_from(a) for a in d.get("source") or ()),
        target=tuple(_actor_from(a) for a in d.get("target") or ()),
        date=When(text=date_.get("text"), start=date_.get("start"), end=date_.get("end"),
                  granularity=date_.get("granularity"), basis=date_.get("basis", "unknown")),
        location=Where(**loc) if loc else None,
        modality=d.get("modality", "asserted"),
        attribution=SaidBy(text=att.get("text"), kind=att["kind"],
                           actor=_actor_from(att["actor"]) if att.get("actor") else None)
        if att else None,
        confidence=float(d.get("confidence", 0.0)),
        evidence=dict(d.get("evidence") or {}),
    )
