"""Stage ``eventwire_actor_context_v1``: participants get the country of where it happens.

"Police arrested a 27-year-old man" in a report from Gdansk: the police are
Poland's and the man is a suspect (``POLCOP``, ``POLCRM``; GUIDELINES sections 4
and 8). The words name no country, the article does. ICEWS codes such generic
actors the same way ("Police (Poland)"); GDELT and PETRARCH leave them blank.

For every event of ``doc._.events`` but meetings and visits (their place is the
host's, not the guests'), each source or target that names people
but no country (a role noun such as "police" or "the court", a person the
knowledge base does not know, a group of people the record would leave uncoded
such as "two men") takes, in this order of evidence:

1. the country of the event's own place (``event.location``);
2. the country of a place named in the same sentence;
3. the article's main country: the one its places name most (first named on ties).

With none of them the participant stays as it was. The evidence of each actor
says where its country came from. The target of an arrest, a charge, a trial or a
verdict that has no sector of its own is a suspect (``CRM``); other people named
only by such words are civilians (``CVL``).

Runs after the learned filter: the filter's features see the actors as the text
names them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list
from ..knowledge import cues
from ..knowledge.actors import load_kb
from ..mentions import ActorMention, EventMention, PlaceMention
from .actor_state import gathering

# CAMEO codes whose target is a suspect: arrest or detain (173), legal action (115),
# a verdict (116), and their sub-codes.
_SUSPECT_CODES = ("173", "115", "116")
# Unconventional violence (18x): done by a person of no office, a crime.
_CRIME_ROOT = "18"
# Kinds that already say whose the actor is (a state, a named body, an IGO).
_OWN_COUNTRY_KINDS = frozenset(["country", "igo"])


def main_country(doc: Doc, places: list[PlaceMention]) -> tuple[str, str] | None:
    """The country an article is about: the one its places name most, the lead's places
    counting more (a news report names where it happens first); first named on ties.
    A nationality word tagged as a place ("American", "Italian") says whose, not where."""
    weight: Counter[str] = Counter()
    first: dict[str, str] = {}
    sent_index = {s.start: k for k, s in enumerate(doc.sents)}
    for p in places:
        if not p.country or doc[p.start].pos_ == "ADJ":
            continue
        k = sent_index.get(doc[p.start].sent.start, 99)
        weight[p.country] += 3 if k == 0 else 2 if k == 1 else 1
        first.setdefault(p.country, p.text)
    if not weight:
        return None
    top = max(weight.values())
    for p in places:  # first named among the heaviest
        if p.country and weight[p.country] == top:
            return p.country, first[p.country]
    return None


# Nouns whose "of" phrase says where someone comes from: "a native of Mexico".
_ORIGIN_NOUNS = frozenset("native citizen national son daughter".split())


def _origin(doc: Doc, p: PlaceMention) -> bool:
    """Does the place say where someone comes from, not where it happens ("Gomez, a native
    of Mexico, was arrested by Danbury police", "a man from Gaza")?"""
    head = doc[p.end - 1]
    while head.dep_ == "compound" and head.head.i < p.end and head.head.i != head.i:
        head = head.head
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    return prep.lower_ == "from" and prep.head.pos_ in ("NOUN", "PROPN") or (
        prep.lower_ == "of" and prep.head.lemma_.lower() in _ORIGIN_NOUNS)


class ActorContext:
    """Fills in country (and suspect / civilian sectors) of event participants."""

    def __call__(self, doc: Doc) -> Doc:
        events: list[EventMention] = get_list(doc, "events")
        if not events:
            return doc
        places: list[PlaceMention] = doc._.places or []
        home = main_country(doc, places)
        sent_places: dict[int, tuple[str, str]] = {}
        for p in places:
            if p.country and doc[p.start].pos_ != "ADJ" and not _origin(doc, p):
                sent_places.setdefault(doc[p.start].sent.start, (p.country, p.text))
        for ev in events:
            if ev.plover == "CONSULT":
                continue  # a meeting's place is the host's: it says nothing of the guests
            sent = doc[ev.trigger_start].sent.start
            where = ((ev.location.country, ev.location.text)
                     if ev.location is not None and ev.location.country else
                     sent_places.get(sent) or home)
            suspect = any((ev.cameo or "").startswith(c) for c in _SUSPECT_CODES)
            # a private person who kills, stabs, tortures or abducts is a criminal (CRM)
            culprit = (ev.cameo or "")[:2] == _CRIME_ROOT and ev.modality == "asserted"
            ev.source = [self._place_actor(a, where, culprit) for a in ev.source]
            ev.target = [self._place_actor(a, where, suspect) for a in ev.target]
            if not ev.source and ev.agent is not None:
                made = self._people(doc, ev.agent, where, False)
                if made is not None:
                    ev.source, ev.agent = [made], None
            if not ev.target and ev.patient is not None:
                made = self._people(doc, ev.patient, where, suspect)
                if made is not None:
                    ev.target, ev.patient = [made], None
        return doc

    @staticmethod
    def _place_actor(a: ActorMention, where: tuple[str, str] | None,
                     suspect: bool) -> ActorMention:
        if suspect and a.country and a.kind in ("person", "group") and (
                a.sectors == ("CVL",) and a.code == a.country + "CVL"
                or not a.sectors and a.code == a.country):
            # "arrested a 27-year-old Gdansk man", "Avenatti was charged": the suspect
            return replace(a, sectors=("CRM",), code=a.country + "CRM",
                           evidence=f"{a.evidence or a.text}; the one arrested or charged")
        if a.country or a.kind in _OWN_COUNTRY_KINDS or a.code or \
                (a.evidence or "").startswith("relational noun"):
            return a  # "its allies" are precisely not its country's
        sectors = a.sectors
        if suspect and sectors in ((), ("CVL",)) and a.kind in ("person", "group"):
            sectors = ("CRM",)  # "arrested a 27-year-old man": a suspect
        if where is None:
            return a if sectors == a.sectors else replace(a, sectors=sectors)
        country, place = where
        return replace(a, country=country, sectors=sectors,
                       code=country + (sectors[0] if sectors else ""),
                       evidence=f"{a.evidence or a.text}; country from context: {place}")

    @staticmethod
    def _people(doc: Doc, span: tuple[int, int], where: tuple[str, str] | None,
                suspect: bool) -> ActorMention | None:
        """An actor for the words that name the uncoded people ("two men", "a teenager")."""
        words = doc[span[0]:span[1]]
        head = words.root
        if head.pos_ != "NOUN":
            return None
        lemma = head.lemma_.lower()
        if gathering(head):
            return None
        roles = load_kb(()).role_sectors(lemma)
        if roles and roles[0] not in ("CVL",):
            sector = roles[0]  # "the minister demanded": a government's, of the event's country
        elif lemma in cues.PEOPLE_NOUNS or head.lower_ in cues.PEOPLE_NOUNS:
            sector = "CRM" if suspect else "CVL"
        else:
            return None
        country, place = where if where is not None else (None, None)
        return ActorMention(
            start=words.start, end=words.end, start_char=words.start_char,
            end_char=words.end_char, text=words.text, name=words.text, country=country,
            sectors=(sector,), code=(country + sector) if country else None, kind="group",
            head=head.i,
            evidence=f"{'role' if roles else 'people'} noun {lemma!r}"
                     + (f"; country from context: {place}" if place else ""),
        )


@Language.factory(
    "eventwire_actor_context_v1",
    requires=["doc._.events", "doc._.places"],
    assigns=["doc._.events"],
)
def make_actor_context(nlp: Language, name: str) -> ActorContext:
    return ActorContext()


__all__ = ["ActorContext", "main_country", "make_actor_context"]
