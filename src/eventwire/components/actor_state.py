"""What the actor resolver's rules share: the word lists they read, the ``Resolved``
record they return, and ``ResolverState``, the per-document state (tokens, knowledge-base
matches, entities, what has been named so far) with the lookups every rule uses.

The rules themselves live in ``actor_resolve`` (names, places, unknown people),
``actor_roles`` (role nouns and their owners) and ``actor_pronouns``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..knowledge import cues
from ..knowledge.actors import ActorEntry, ActorKB, Hit
from ..knowledge.gazetteer import Gazetteer, Place
from .actor_match import Match

PRONOUN_KIND = {"he": "m", "him": "m", "his": "m", "himself": "m",
                "she": "f", "her": "f", "hers": "f", "herself": "f",
                "they": "pl", "them": "pl", "their": "pl", "themselves": "pl",
                "its": "thing", "itself": "thing"}
PERSON_PRONOUNS = {p for p, k in PRONOUN_KIND.items() if k in ("m", "f")}
THING_PRONOUNS = {p for p, k in PRONOUN_KIND.items() if k in ("thing", "pl")}
REFLEXIVES = {"himself", "herself", "themselves", "itself"}
OBJECT_PRONOUNS = {"him", "her", "them"}
# Honorifics that tell an unknown person's gender ("Mrs. Ndiaye").
FEMALE_TITLES = {"mrs", "ms", "miss", "madam", "madame", "queen", "lady", "princess",
                 "baroness", "duchess", "empress", "congresswoman", "spokeswoman", "chairwoman",
                 "businesswoman", "policewoman"}
# Titles that are no given name ("Dr. Fauci", "Gen. Milley", "Sen. Sanders").
OTHER_TITLES = {"dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "sen",
                 "rep", "gov", "pres", "rev", "fr", "st", "hon", "pope", "imam", "ayatollah",
                 "rabbi", "bishop", "cardinal", "archbishop", "general", "admiral", "chancellor"}
MALE_TITLES = {"mr", "sir", "king", "lord", "prince", "emperor", "baron", "duke", "sheikh",
               "congressman", "spokesman", "chairman", "businessman", "policeman"}
CLAUSE_DEPS = {"ROOT", "advcl", "ccomp", "xcomp", "relcl", "acl", "csubj", "pcomp",
               "parataxis", "conj"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "expl"}
RELATION_NOUNS = {"father", "mother", "son", "daughter", "grandfather", "grandmother",
                  "grandson", "granddaughter", "brother", "sister", "wife", "husband",
                  "uncle", "aunt", "nephew", "niece"}
LEADER_NOUNS = {"leader", "president", "premier", "prime minister", "chancellor", "king",
                "queen", "dictator", "ruler", "strongman", "emir", "monarch", "head of state"}
# "the network" after "CNN", "the company" after "Boeing": a definite noun that names a
# kind of organisation stands for the last one of that sector named before it.
DEFINITE_ORG_NOUNS = {"network": "MED", "broadcaster": "MED", "newspaper": "MED",
                      "channel": "MED", "company": "BUS", "firm": "BUS", "carrier": "BUS",
                      "airline": "BUS", "automaker": "BUS", "bank": "BUS", "lender": "BUS"}
LEFT_DEPS = {"det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "advmod",
             "predet", "npadvmod"}
OWNER_PREPS = {"of", "in", "from", "at", "for", "to", "inside", "throughout", "near"}
# Nouns a place name can head or modify: "the town of Cizre", "Sindh province".
PLACE_NOUNS = {"city", "town", "village", "province", "region", "state", "district", "county",
               "area", "territory", "capital", "port", "enclave", "republic", "oblast", "governorate",
               "prefecture", "municipality", "island", "suburb", "neighborhood", "neighbourhood",
               "camp", "valley", "strip"}
COMPASS_WORDS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
                 "central", "upper", "lower", "northeast", "northwest", "southeast", "southwest",
                 "north-east", "north-west", "south-east", "south-west"}
# Verbs whose participle ties an organisation to its home ("a group based in Trinidad").
HOME_VERBS = {"base", "headquarter", "locate"}
PLACE_LABELS = {"GPE", "LOC"}
# Nouns that name an organisation itself ("the Islamic Jihad movement").
ORG_SELF_NOUNS = {"movement", "organization", "organisation", "group", "network", "party",
                  "front", "faction", "alliance", "coalition", "militia"}
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "throughout",
                  "within", "off", "on"}
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "attr", "conj", "poss",
                "dative", "agent", "npadvmod", "ROOT", "oprd", "csubj"}
KIND_RANK = {"person": 0, "organization": 1, "igo": 1, "group": 2, "country": 3}
FORM_RANK = {"name": 0, "seat": 1, "people": 2, "adj": 3}
RELATIONAL_NOUNS = {"ally", "partner", "neighbor", "neighbour", "rival", "enemy", "foe",
                    "adversary", "opponent", "critic", "supporter"}
PRONOUN_WINDOW = 3  # sentences before its own a pronoun's antecedent may be in
SALIENT_WINDOW = 12  # ... or this many, for the document's most mentioned person


@dataclass(slots=True)
class Resolved:
    """An actor and the tokens that denote it (before it becomes an ActorMention)."""

    start: int
    end: int
    head: int
    name: str
    country: str | None
    sectors: tuple[str, ...]
    kind: str
    evidence: str
    code: str | None = None
    entry: ActorEntry | None = None
    gender: str | None = None  # "m", "f" or None (unknown)


def gathering(tok: Token) -> bool:
    """"a graduation party", "a search party": such a noun before "party" makes it a
    gathering, not a political party ("an opposition party" stays one)."""
    return tok.lemma_.lower() in cues.PARTY_SENSE_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in cues.GATHERING_MODIFIERS
        for c in tok.children)


def best_hit(m: Match) -> Hit:
    """The best reading of an ambiguous alias: names of people, then organisations, then states."""
    return min(m.hits, key=lambda h: (KIND_RANK.get(h.entry.kind, 9), FORM_RANK.get(h.form, 9),
                                      not h.entry.user))


class ResolverState:
    """One document's tokens, matches and memory of the actors named so far, shared by
    the rule mixins; ``DocResolver`` fills it and implements ``_resolve`` and ``_place``."""

    kb: ActorKB
    doc: Doc
    toks: list[Token]
    places: Callable[[], Gazetteer] | None
    place_memo: dict[str, Place | None]
    when: date | None
    lemmas: list[str]
    lowers: list[str]
    matches: list[Match]
    match_at: list[Match | None]
    ent_at: list[Span | None]
    memo: dict[int, list[Resolved]]
    subject_memo: dict[int, frozenset[int]]
    active: set[int]
    history: list[Resolved]  # person mentions, in document order
    salience: Counter[str]
    things: list[Resolved]  # countries, organisations, IGOs
    plurals: list[Resolved]  # plural groups and peoples ("the rebels", "Kurds")
    sent_of: list[int]

    def _resolve(self, h: int) -> list[Resolved]:
        raise NotImplementedError

    def _place(self, tok: Token, start: int, end: int) -> list[Resolved]:
        raise NotImplementedError

    def resolve(self, h: int) -> list[Resolved]:
        if h in self.memo:
            return self.memo[h]
        if h in self.active:
            return []
        self.active.add(h)
        try:
            result = self._resolve(h)
        finally:
            self.active.discard(h)
        self.memo[h] = result
        return result

    def np_span(self, h: int) -> tuple[int, int]:
        tok = self.toks[h]
        start = h
        for child in tok.lefts:
            if child.dep_ in LEFT_DEPS:
                start = min(start, child.left_edge.i)
        end = h + 1
        m = self.match_at[h]
        if m is not None:
            start, end = min(start, m.start), max(end, m.end)
        for k in range(h - 1, start - 1, -1):
            conj_head = self.toks[k].head
            if self.toks[k].dep_ == "cc" and conj_head.i != h and conj_head.dep_ != "amod" \
                    and conj_head.pos_ in ("PROPN", "NOUN"):
                # "US President Donald Trump and Turkish President Erdogan", parsed as one
                # compound: the words before "and" name an actor of their own
                start = k + 1
                break
        while start < h and self.toks[start].pos_ in ("PUNCT", "CCONJ"):
            start += 1
        while end - 1 > h and self.toks[end - 1].pos_ in ("PUNCT", "PART"):
            end -= 1
        return start, end

    def _salient(self, ok: object, before: int) -> Resolved | None:
        pick: Resolved | None = None
        score = (-1, -1)
        for pos, r in enumerate(self.history):
            if r.head >= before or not ok(r):  # type: ignore[operator]
                continue
            s = (self.salience[r.name], pos)
            if s > score:
                pick, score = r, s
        return pick

    def _locative(self, tok: Token) -> bool:
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS
