"""Stage ``eventwire_event_place_v1``: put each event where it happened.

For each event the linker walks the parse down from the trigger and the argument
heads (through prepositions, their objects, clauses that modify a noun: "a forum
... to be held in Beijing") and takes the nearest place that is the object of a
locative preposition ("in", "at", "on", "near", "off" ...; "to" only as a weaker
choice: "traveled to North Korea"). Failing that, it takes the clause-level locative
place nearest the trigger within the event's own clause: the fallback never crosses
into or out of a subordinate, complement, relative or coordinated clause that has
its own subject ("While Kim visited Xi ..., he didn't stop in Beijing" does not put
the visit in Beijing). It never takes a place inside the event's
source or target actor ("Pyongyang agrees ..."), a demonym, a possessor
("China's initiative"), an origin ("from Pyongyang") or the dateline.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import get_list
from ..mentions import EventMention, PlaceMention

LOCATIVE = frozenset({
    "in", "at", "on", "near", "off", "outside", "inside", "within", "across", "around",
    "throughout", "along", "beside", "aboard", "over", "onto", "into", "amid",
})
DIRECTIONAL = frozenset({"to", "toward", "towards"})
# Verbs whose direct object is the place of the event ("visit Russia").
PLACE_OBJECT_VERBS = frozenset({"visit", "tour", "enter", "invade", "reach", "leave"})
# Dependencies the walk follows downwards from a trigger or argument head.
WALK_DEPS = frozenset({
    "prep", "pobj", "acl", "relcl", "xcomp", "dobj", "npadvmod", "appos", "conj",
    "compound", "pcomp", "advmod", "agent", "attr", "oprd", "nmod",
})
MAX_DEPTH = 4
# Dependencies that open a clause of its own when the clause has its own subject.
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "conj", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
DATELINE_MARKS = frozenset({"-", "--", "—", "–", "(", ":"})


def _governing_prep(token: Token) -> str | None:
    """The preposition a place's head token is the object of, lowercased."""
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        return token.head.lower_
    return None


def _tier(place_root: Token, mention: PlaceMention) -> int | None:
    """How good a place is as an event location by its syntactic role (lower is better)."""
    if mention.feature is None:
        return None
    prep = _governing_prep(place_root)
    if prep in LOCATIVE:
        return 0
    if place_root.dep_ == "dobj" and place_root.head.lemma_ in PLACE_OBJECT_VERBS:
        return 1
    if prep in DIRECTIONAL:
        return 2
    return None


class EventPlaceLinker:
    """Sets ``event.location`` for every event in ``doc._.events``."""

    def __call__(self, doc: Doc) -> Doc:
        events = get_list(doc, "events")
        places: list[PlaceMention] = [
            p for p in get_list(doc, "places") if not _is_demonym(doc, p) and not _dateline(doc, p)
        ]
        if not events or not places:
            return doc
        roots = {_root(doc, p): p for p in places}
        for event in events:
            event.location = self.locate(doc, event, roots)
        return doc

    def locate(
        self, doc: Doc, event: EventMention, roots: dict[int, PlaceMention]
    ) -> PlaceMention | None:
        """The event's place, or None."""
        blocked: set[int] = set()
        # A visit happens where its target is ("visit Russia", "arrive in Vladivostok"):
        # there the target may be the place; otherwise actors are never places.
        actors = event.source if event.mode == "visit" else (*event.source, *event.target)
        for actor in actors:
            blocked.update(range(actor.start, actor.end))
        starts = [event.head, *range(event.trigger_start, event.trigger_end), *event.arg_heads]
        best: tuple[int, int, int] | None = None
        chosen: PlaceMention | None = None
        seen: set[int] = set()
        frontier = [(i, 0) for i in starts if 0 <= i < len(doc)]
        while frontier:
            index, depth = frontier.pop(0)
            if index in seen:
                continue
            seen.add(index)
            token = doc[index]
            mention = roots.get(index)
            if mention is not None and not blocked.intersection(range(mention.start, mention.end)):
                tier = _tier(token, mention)
                if tier is not None:
                    rank = (tier, depth, abs(index - event.head))
                    if best is None or rank < best:
                        best, chosen = rank, mention
            if depth < MAX_DEPTH:
                for child in token.children:
                    if child.dep_ in WALK_DEPS and child.i not in blocked:
                        frontier.append((child.i, depth + 1))
        if chosen is not None:
            return chosen
        return self._sentence_place(doc, event, roots, blocked)

    @staticmethod
    def _sentence_place(
        doc: Doc, event: EventMention, roots: dict[int, PlaceMention], blocked: set[int]
    ) -> PlaceMention | None:
        """The clause-level locative place of the trigger's sentence nearest the trigger."""
        sent = doc[event.head].sent
        clause = _clause_root(doc[event.head])
        best: tuple[int, int] | None = None
        chosen = None
        for index, mention in roots.items():
            if not (sent.start <= index < sent.end):
                continue
            if blocked.intersection(range(mention.start, mention.end)):
                continue
            # Only a place modifying a clause ("marched in Kiev"), not a noun
            # ("a professor at a university in Seoul").
            token = doc[index]
            if _governing_prep(token) not in LOCATIVE or token.head.head.pos_ not in ("VERB", "AUX"):
                continue
            if _clause_root(token) != clause:
                continue  # another clause, with its own subject and verb
            rank = (0, abs(index - event.head))
            if best is None or rank < best:
                best, chosen = rank, mention
        return chosen


def _clause_root(token: Token) -> Token:
    """The head of the smallest clause with its own subject that contains ``token``
    (the sentence root when there is none)."""
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_DEPS and any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return token
        token = token.head
    return token


def _root(doc: Doc, mention: PlaceMention) -> int:
    """The syntactic head token of a place mention."""
    return doc[mention.start : mention.end].root.i


def _is_demonym(doc: Doc, mention: PlaceMention) -> bool:
    """Adjectival uses ("Russian officials") name a country but place nothing."""
    return all(t.ent_type_ == "NORP" or t.pos_ == "ADJ" for t in doc[mention.start : mention.end])


def _dateline(doc: Doc, mention: PlaceMention) -> bool:
    """A place opening the article and followed by a dash or parenthesis: "BEIJING (AP) -"."""
    if mention.start > 3 or mention.end >= len(doc):
        return False
    return doc[mention.end].text in DATELINE_MARKS or doc[mention.end].text == ","


@Language.factory("eventwire_event_place_v1", requires=["doc._.events", "doc._.places"])
def make_event_place(nlp: Language, name: str) -> EventPlaceLinker:
    """No settings: the linker reads only the parse, the events and the places."""
    return EventPlaceLinker()
