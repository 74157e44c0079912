"""Builders of hand-made articles and events for the store tests (holds no tests).

Hand-built ``Event`` objects let the store tests assert filters, merging and
exports on known events whatever the pipeline stages find today.
"""

from __future__ import annotations

from eventwire.article import Article, make_article
from eventwire.record import Actor, Event, SaidBy, Trigger, When, Where, event_id

TEXT = ("Russian President Vladimir Putin met North Korean leader Kim Jong Un in Vladivostok "
        "on Thursday, officials said. Police clashed with protesters in Moscow.")

PLACES = {
    "Vladivostok": ("RUS", 43.10562, 131.87353, 2013348, "PPLA"),
    "Moscow": ("RUS", 55.75222, 37.61556, 524901, "PPLC"),
    "Seoul": ("KOR", 37.566, 126.9784, 1835848, "PPLC"),
}


def actor(name: str, code: str | None = None, country: str | None = None,
          sectors: tuple[str, ...] = ()) -> Actor:
    return Actor(text=name, start=None, end=None, name=name, country=country,
                 sectors=sectors, code=code)


PUTIN = actor("Vladimir Putin", "RUSGOV", "RUS", ("GOV",))
KIM = actor("Kim Jong Un", "PRKGOV", "PRK", ("GOV",))
POLICE = actor("police", "RUSCOP", "RUS", ("COP",))
PROTESTERS = actor("protesters", None, "RUS", ("CVL",))


def article(aid: str, text: str = TEXT, published: str | None = "2019-04-25",
            url: str | None = None, source: str | None = "Test Wire") -> Article:
    return make_article(text, id=aid, published=published,
                        url=url or f"https://news.example.org/{aid}", source=source)


def event(aid: str, n: int = 0, *, plover: str = "CONSULT", cameo: str | None = "040",
          quad_class: int = 1, goldstein: float | None = 1.0,
          source: tuple[Actor, ...] = (PUTIN,), target: tuple[Actor, ...] = (KIM,),
          start: str | None = "2019-04-25", end: str | None = None,
          granularity: str | None = "day", place: str | None = "Vladivostok",
          country: str | None = None, modality: str = "asserted",
          confidence: float = 0.8, trigger: str = "met") -> Event:
    """An event of article ``aid``; ``n`` makes its trigger offsets (and so its id) distinct."""
    where = None
    if place is not None:
        ctry, lat, lon, gid, feature = PLACES[place]
        where = Where(text=place, name=place, country=ctry, admin1=None, lat=lat, lon=lon,
                      geonameid=gid, feature=feature)
    elif country is not None:
        where = Where(text=None, name=country, country=country, admin1=None, lat=None,
                      lon=None, geonameid=None, feature="PCLI")
    t_start = 10 * n + 30
    return Event(
        id=event_id(aid, t_start, t_start + len(trigger), plover), article_id=aid,
        sentence_index=n, sentence=f"Sentence {n} of {aid}.",
        trigger=Trigger(text=trigger, start=t_start, end=t_start + len(trigger)),
        plover=plover, mode=None, context=None, cameo=cameo, quad_class=quad_class,
        goldstein=goldstein, source=source, target=target,
        date=When(text="Thursday" if start else None, start=start,
                  end=end or start, granularity=granularity if start else None,
                  basis="text" if start else "unknown"),
        location=where, modality=modality,
        attribution=SaidBy(text="officials", kind="anonymous", actor=None),
        confidence=confidence, evidence={"pattern": "test"},
    )
