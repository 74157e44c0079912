"""Resolving the actors of one Doc: noun phrases -> knowledge-base entries, roles, alias chains.

The unit is a noun phrase, found from its syntactic head. A phrase resolves by
the first rule that applies, in this order: a pronoun takes the last compatible
actor; a knowledge-base name (person, organisation, IGO, country, seat of
government) gives the entry, with a title modifying a person choosing the office
("then-President Medvedev"); a kinship noun follows the relation ("his late
father"); a group noun takes its "of" complement ("a team of ... staffers"); a
role noun takes its sector and the nationality of its modifiers, possessor or
"of/in/at" complement ("a Russian government official", "Israel's Cabinet"); a
definite leader noun without a name takes the most salient matching person ("the
North Korean leader"); an unknown name takes an earlier full name it abbreviates
("Lankov") or its apposition ("X, a close aide of Kim Jong Un").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..extensions import tokens_of
from ..knowledge import cues
from ..knowledge.actors import ActorEntry, ActorKB, Hit, norm, person_role
from ..knowledge.gazetteer import Gazetteer, Place
from ..mentions import ActorMention
from .actor_match import NAME_SUFFIXES, Match, PhraseIndex

# Pronoun -> what it can refer to: a male or female person, a plural group, a thing.
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
_OTHER_TITLES = {"dr", "prof", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "sen",
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


def _code(country: str | None, sectors: tuple[str, ...], entry: ActorEntry | None) -> str | None:
    """CAMEO-style code: an IGO's or a bloc's own code ("the West": WST), else country +
    first sector."""
    if entry is not None and entry.code and entry.kind in ("igo", "group"):
        extra = [s for s in sectors if s not in entry.sectors]
        return entry.code + (extra[0] if extra else "")
    if not country:
        return None
    return country + (sectors[0] if sectors else "")


def _inside_longer_place(doc: Doc, m: Match) -> bool:
    """A country's name ending a longer place name that begins with "New": "New Mexico",
    "New Jersey", "New South Wales" are no Mexico, Jersey or Wales (the gazetteer
    resolves the whole name); "South Lebanon" stays Lebanon."""
    hit = _pick(m)
    if hit.entry.kind != "country" or hit.form != "name":
        return False
    # "New Mexico", "New South Wales", also inside a longer name the tagger made an
    # organisation ("the Parliament of New South Wales")
    k = m.start - 1
    while k >= max(0, m.start - 2) and doc[k].text != "New" and doc[k].is_title:
        k -= 1
    return k >= 0 and doc[k].text == "New" and (k == m.start - 1 or doc[k + 1].is_title)


def gathering(tok: Token) -> bool:
    """"a graduation party", "a search party": such a noun before "party" makes it a
    gathering, not a political party ("an opposition party" stays one)."""
    return tok.lemma_.lower() in cues.PARTY_SENSE_HEADS and any(
        c.dep_ == "compound" and c.lemma_.lower() in cues.GATHERING_MODIFIERS
        for c in tok.children)


def _pick(m: Match) -> Hit:
    """The best reading of an ambiguous alias: names of people, then organisations, then states."""
    return min(m.hits, key=lambda h: (KIND_RANK.get(h.entry.kind, 9), FORM_RANK.get(h.form, 9),
                                      not h.entry.user))


class DocResolver:
    """Resolves every actor phrase of one Doc; one instance per Doc."""

    def __init__(self, kb: ActorKB, index: PhraseIndex, doc: Doc,
                 places: Callable[[], Gazetteer] | None = None) -> None:
        self.kb, self.doc = kb, doc
        # Tokens made once: ``doc[i]`` builds a new Token on every call, and the
        # rules look the same tokens up again and again.
        self.toks: list[Token] = tokens_of(doc)
        self.places = places
        self.place_memo: dict[str, Place | None] = {}
        self.when = getattr(doc._, "published", None)
        self.lemmas = [t.lemma_.lower() for t in self.toks]
        self.lowers = [norm(t.text) for t in self.toks]
        self.matches = [m for m in index.scan(doc, self.lowers)
                        if not _inside_longer_place(doc, m)]
        self.match_at: list[Match | None] = [None] * len(doc)
        for m in self.matches:
            for i in range(m.start, m.end):
                self.match_at[i] = m
        self.ent_at: list[Span | None] = [None] * len(doc)
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.ent_at[i] = ent
        self.memo: dict[int, list[Resolved]] = {}
        self.subject_memo: dict[int, frozenset[int]] = {}
        self.active: set[int] = set()
        self.history: list[Resolved] = []  # person mentions, in document order
        self.salience: Counter[str] = Counter()
        self.things: list[Resolved] = []  # countries, organisations, IGOs
        self.plurals: list[Resolved] = []  # plural groups and peoples ("the rebels", "Kurds")
        self.sent_of = [0] * len(doc)
        for k, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = k

    # -- driver ---------------------------------------------------------------
    def run(self) -> list[ActorMention]:
        out: dict[tuple[int, int, str], ActorMention] = {}
        for tok in self.toks:
            if not self._is_head(tok):
                continue
            for r in self.resolve(tok.i):
                self._remember(r)
                key = (r.start, r.end, r.name)
                if key not in out:
                    out[key] = self._mention(r)
        covered = [False] * len(self.doc)
        for mention in out.values():
            for i in range(mention.start, mention.end):
                covered[i] = True
        for m in self.matches:
            if any(covered[m.start:m.end]):
                continue
            for r in self._residual(m):
                out[(r.start, r.end, r.name)] = self._mention(r)
        return sorted(out.values(), key=lambda m: (m.start, m.end))

    def _residual(self, m: Match) -> list[Resolved]:
        """A name no phrase took ("Israeli raids", "U.N. resolution"): an actor of its own."""
        hit = _pick(m)
        e = hit.entry
        last = m.end - 1
        sectors = ("GOV",) if hit.form == "seat" and not self._locative(self.toks[last]) else ()
        if e.kind == "person":
            role = person_role(e, self.when)
            return [Resolved(m.start, m.end, last, e.name, role.country, role.sectors, "person",
                             role.evidence, entry=e)]
        if m.start >= 2 and self.toks[m.start - 1].text == "-" and \
                self.toks[m.start - 2].lower_ in ("anti", "pro", "non"):
            return []
        return [Resolved(m.start, m.end, last, e.name, e.country, sectors or e.sectors,
                         e.kind if e.kind != "country" else "country",
                         f"kb:{e.name} ({hit.form} {hit.alias!r}, modifier)", entry=e)]

    def _is_head(self, tok: Token) -> bool:
        if tok.pos_ in ("PUNCT", "DET", "ADP", "CCONJ", "VERB", "AUX", "PART", "NUM"):
            return tok.lower_ in PERSON_PRONOUNS or tok.lower_ in THING_PRONOUNS
        if tok.dep_ == "compound":
            # "a Putin-Kim summit": names inside a compound still denote actors.
            return tok.head.pos_ != "PROPN" and self._names_person(tok)
        if tok.dep_ == "amod":
            return False
        return tok.pos_ in ("NOUN", "PROPN", "PRON") or tok.dep_ in NOMINAL_DEPS

    def _names_person(self, tok: Token) -> bool:
        m = self.match_at[tok.i]
        if m is not None:
            return _pick(m).entry.kind == "person"
        ent = self.ent_at[tok.i]
        return ent is not None and ent.label_ == "PERSON"

    def _remember(self, r: Resolved) -> None:
        if r.kind == "person":
            if not self.history or self.history[-1] is not r:
                self.history.append(r)
                self.salience[r.name] += 1
        elif r.kind in ("country", "organization", "igo"):
            self.things.append(r)
        if r.kind in ("group", "country") and self.toks[r.head].tag_ in ("NNS", "NNPS") \
                and (r.country or r.sectors) and self.toks[r.head].lower_ not in PRONOUN_KIND:
            self.plurals.append(r)

    def _mention(self, r: Resolved) -> ActorMention:
        doc = self.doc
        span = doc[r.start:r.end]
        return ActorMention(
            start=r.start, end=r.end, start_char=span.start_char, end_char=span.end_char,
            text=span.text, name=r.name, country=r.country, sectors=r.sectors,
            code=r.code if r.code is not None else _code(r.country, r.sectors, r.entry),
            kind=r.kind, head=r.head, evidence=r.evidence,
        )

    # -- phrase span ----------------------------------------------------------
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

    # -- resolution -----------------------------------------------------------
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

    def _resolve(self, h: int) -> list[Resolved]:
        tok = self.toks[h]
        low = tok.lower_
        if low in PERSON_PRONOUNS or low in THING_PRONOUNS:
            return self._pronoun(tok)
        if tok.pos_ == "PRON":
            return []
        start, end = self.np_span(h)
        m = self.match_at[h]
        if m is not None:
            r = self._named(tok, m, start, end)
            if r:
                return r
        lemma = tok.lemma_.lower()
        if lemma in RELATION_NOUNS or low in RELATION_NOUNS:
            r = self._relation(tok, start, end)
            if r:
                return r
        if lemma in self.kb.group_nouns or low in self.kb.group_nouns:
            r = self._group(tok, start)
            if r:
                return r
        ent = self.ent_at[h]
        if low in NAME_SUFFIXES and ent is not None and ent.label_ == "PERSON" and h > ent.start:
            # "Martin Luther King Jr.": the suffix heads the name; no king is named
            return self._unknown_person(tok, ent, start, end)
        r = self._pair(tok, start, end) or self._role(tok, start, end) or \
            self._led_by(tok, start, end)
        if r:
            return r
        if ent is not None and ent.label_ == "PERSON" and tok.pos_ == "PROPN":
            return self._unknown_person(tok, ent, start, end)
        if ent is not None and ent.label_ == "ORG" and h == ent.end - 1 and \
                lemma not in cues.TEXT_NAME_HEADS and ent.text.lower() not in cues.DISEASE_NAMES:
            # "the ... Reform Bill" is a text, "COVID-19" a disease
            return [self._unknown_org(ent, start)]
        r = self._place(tok, start, end)
        if r:
            return r
        return []

    def _unknown_org(self, ent: Span, start: int) -> Resolved:
        """An organisation the knowledge base lacks: a country named in its name is its home
        ("Montenegro Municipality Association" -> MNE)."""
        country = None
        for i in range(ent.start, ent.end):
            m = self.match_at[i]
            if m is not None and m.end <= ent.end:
                hit = _pick(m)
                if hit.entry.kind == "country" and hit.form in ("name", "adj"):
                    country = hit.entry.country
                    break
        evidence = "ner:ORG (not in knowledge base)" + (f", named for {country}" if country else "")
        sectors = self.kb.role_sectors(self.toks[ent.end - 1].lemma_) if country else ()
        return Resolved(max(start, ent.start), ent.end, ent.end - 1, ent.text, country,
                        sectors[:1], "organization", evidence)

    # -- places ---------------------------------------------------------------
    def _place_ent(self, tok: Token) -> Span | None:
        """The place name ``tok`` ends, or that a place noun it heads carries ("Sindh province")."""
        ent = self.ent_at[tok.i]
        if ent is not None and ent.label_ in PLACE_LABELS and tok.i == ent.end - 1:
            return ent
        if tok.lemma_.lower() in PLACE_NOUNS:
            for c in tok.children:
                e = self.ent_at[c.i]
                if c.dep_ in ("compound", "nmod", "appos") and e is not None and \
                        e.label_ in PLACE_LABELS and c.i == e.end - 1:
                    return e
        return None

    def _lookup_place(self, text: str) -> Place | None:
        """The gazetteer entry a name most plausibly means, or None when it is doubtful."""
        if text in self.place_memo:
            return self.place_memo[text]
        found: Place | None = None
        if self.places is not None:
            cands = [p for p in self.places().lookup(text) if p.country]
            if cands:
                seen = {t.country for t in self.things}
                gaz = self.places()

                def rank(p: Place) -> tuple[bool, int]:
                    return (gaz.iso3(p.country) in seen, p.population)

                cands.sort(key=rank, reverse=True)
                best = cands[0]
                rest = [p for p in cands[1:] if p.country != best.country]
                if best.population >= 1000 and (
                        not rest or best.population >= 5 * rest[0].population or rank(best)[0]):
                    found = best
        self.place_memo[text] = found
        return found

    def _place(self, tok: Token, start: int, end: int) -> list[Resolved]:
        """A city or region the knowledge base lacks, through the gazetteer.

        A populated place stands for its people (``CVL``: "a curfew in Cizre",
        "residents of Basra"); a region or province for its country with no sector
        ("West Darfur State" -> SDN).
        """
        ent = self._place_ent(tok)
        if ent is None:
            return []
        words = ent[1:] if ent[0].lower_ == "the" else ent
        if not len(words) or any(self.match_at[i] is not None for i in range(words.start, words.end)):
            return []
        place = self._lookup_place(words.text)
        core = words
        if place is None and len(core) > 1 and core[-1].lower_ in PLACE_NOUNS:
            core = core[:-1]  # "West Darfur State" -> "West Darfur"
            place = self._lookup_place(core.text)
        if place is None and len(core) > 1 and core[0].lower_ in COMPASS_WORDS:
            # "West Darfur" -> Darfur: a part of a region lies in the region's country.
            place = self._lookup_place(core[1:].text)
        if place is None or self.places is None:
            return []
        code = self.places().iso3(place.country)
        if not code:
            return []
        town = place.feature.startswith("PPL")
        sectors = ("CVL",) if town else ()
        return [Resolved(start, end, tok.i, place.name, code, sectors,
                         "group" if town else "country",
                         f"gazetteer:{place.name} ({place.feature}, {place.country})")]

    # -- pronouns -------------------------------------------------------------
    def _pronoun(self, tok: Token) -> list[Resolved]:
        """The antecedent of a pronoun, by a salience score over earlier mentions.

        Candidates agree in kind (person, plural group, thing) and gender where
        known, and come before the pronoun within ``PRONOUN_WINDOW`` sentences
        (the document's most mentioned person also from further back). A score
        favours, in this order of weight: being the subject of a clause that
        contains the pronoun ("Kim gave a speech in which he said"), recency by
        sentence, the grammatical role (subject > object > oblique > a name
        embedded in another phrase, such as "with Trump" inside "his summits
        with Trump"), and how often the document names the person. A
        non-reflexive object pronoun never takes its own clause's subject
        ("Putin invited him"); a reflexive takes it.
        """
        low = tok.lower_
        kind = PRONOUN_KIND[low]
        pool = (self.history if kind in ("m", "f") else
                self.plurals if kind == "pl" else self.things)
        if not pool:
            return []
        here = self.sent_of[tok.i]
        window = PRONOUN_WINDOW if kind in ("m", "f") else 1
        clauses = self._clause_chain(tok)
        own = clauses[0] if clauses else None
        own_subjects = self._subjects(own) if own is not None else set()
        dominating: set[int] = set()
        for c in clauses:
            dominating |= self._subjects(c)
        top = self.salience.most_common(1)[0][0] if kind in ("m", "f") and self.salience else None
        best: dict[str, tuple[float, int, Resolved]] = {}
        barred: set[str] = set()
        for order, prev in enumerate(pool):
            if prev.start >= tok.i or prev.start <= tok.i < prev.end:
                continue
            dist = here - self.sent_of[prev.head]
            if dist > (SALIENT_WINDOW if prev.name == top else window):
                continue
            if kind in ("m", "f"):
                gender = self._gender(prev)
                if gender is not None and gender != kind:
                    continue
            head = self._role_token(prev.head)
            if dist == 0 and own is not None:
                if low in OBJECT_PRONOUNS and tok.dep_ != "poss" and head.i in own_subjects:
                    barred.add(prev.name)  # "Putin invited him": not Putin
                    continue
                if low in REFLEXIVES and head.i not in own_subjects:
                    continue
            score = (100.0 * 0.5 ** dist if dist <= window else 0.0) + self._role_weight(head)
            if dist == 0 and head.i in dominating:
                score += 60
            if kind in ("m", "f"):
                score += 10 * min(self.salience[prev.name], 6)
            old = best.get(prev.name)
            if old is None or (score, order) > old[:2]:
                best[prev.name] = (score, order, prev)
        for name in barred:
            best.pop(name, None)
        if not best:
            return []
        score, _, pick = max(best.values(), key=lambda v: (v[0], v[1]))
        # "Hungarian and Romanian officials ... their": one phrase, several actors.
        picks = [pick] + ([r for _, _, r in best.values() if r.head == pick.head and r is not pick]
                          if kind == "pl" else [])
        return [replace(r, start=tok.i, end=tok.i + 1, head=tok.i,
                        evidence=f"pronoun -> {r.name} (score {score:.0f})") for r in picks]

    def _gender(self, r: Resolved) -> str | None:
        if r.gender is not None:
            return r.gender
        e = r.entry
        if e is not None and e.kind == "person":
            # The shipped files mark every woman; a user's entry without gender is unknown.
            return e.gender or (None if e.user else "m")
        return None

    def _role_token(self, i: int) -> Token:
        """The token whose dependency gives a mention's grammatical role (through appositions)."""
        t = self.toks[i]
        while t.dep_ in ("appos", "conj", "flat") and t.head.i != t.i:
            t = t.head
        return t

    def _role_weight(self, t: Token) -> float:
        dep = t.dep_
        if dep in SUBJECT_DEPS:
            return 160.0
        if dep == "pobj" and t.head.dep_ == "agent":
            return 150.0  # "was invited by Putin": the logical subject
        if dep in ("dobj", "dative", "attr", "oprd"):
            return 130.0
        if dep == "ROOT":
            return 100.0
        if dep == "pobj":
            # A PP on a verb is an oblique argument; on a noun, the name is embedded.
            return 110.0 if t.head.head.pos_ in ("VERB", "AUX") else 30.0
        if dep in ("poss", "compound", "nmod", "amod"):
            return 30.0
        return 60.0

    def _clause_chain(self, tok: Token) -> list[Token]:
        """The verbs heading the clauses that contain ``tok``, innermost first."""
        out: list[Token] = []
        t = tok
        for _ in range(64):
            if t.pos_ in ("VERB", "AUX") and t.dep_ in CLAUSE_DEPS:
                out.append(t)
            if t.head.i == t.i:
                break
            t = t.head
        return out

    def _subjects(self, verb: Token) -> set[int]:
        """Subject tokens of a clause; a conjoined or controlled verb shares its head's."""
        cached = self.subject_memo.get(verb.i)
        if cached is None:
            cached = self.subject_memo[verb.i] = frozenset(self._find_subjects(verb))
        return set(cached)

    def _find_subjects(self, verb: Token) -> set[int]:
        found = {c.i for c in verb.children if c.dep_ in SUBJECT_DEPS}
        t = verb
        for _ in range(8):
            if found or t.dep_ not in ("conj", "xcomp") or t.head.i == t.i:
                break
            t = t.head
            found = {c.i for c in t.children if c.dep_ in SUBJECT_DEPS}
        for i in list(found):
            found.update(c.i for c in self.toks[i].children if c.dep_ in ("conj", "appos"))
        return found

    def _prefix_info(self, start: int, stop: int) -> tuple[str | None, bool, str | None]:
        """Title, former-ness and nationality written before a name ("former Algerian President")."""
        title = None
        former = False
        country = None
        i = start
        while i < stop:
            m = self.match_at[i]
            if m is not None and m.end <= stop:
                hit = _pick(m)
                if hit.entry.kind == "country" or hit.entry.kind == "igo":
                    country = hit.entry.country
                i = m.end
                continue
            low = self.toks[i].lower_.strip("-")
            if low in self.kb.former_words:
                former = True
            step = 1
            for j in range(min(stop, i + 3), i, -1):
                words = self.doc[i:j]
                for key in (" ".join(t.lemma_.lower() for t in words), norm(words.text)):
                    if self.kb.role_sectors(key):
                        title, step = key, j - i
                        break
                if step > 1 or title == norm(self.toks[i].text) or title == self.toks[i].lemma_.lower():
                    break
            i += step
        return title, former, country

    def _named(self, tok: Token, m: Match, start: int, end: int) -> list[Resolved]:
        hit = _pick(m)
        entry = hit.entry
        h = tok.i
        if entry.kind == "person":
            if self._other_given_name(m, entry):
                return []  # "Cyrus R. Vance" is not JD Vance
            title, former, written = self._prefix_info(start, m.start)
            role = person_role(entry, self.when, title, former)
            if written and title and written != role.country:
                # "Serbian President Kostunica": the nationality as written wins.
                role = replace(role, country=written, evidence=role.evidence + f", as written {written}")
            return [Resolved(start, end, h, entry.name, role.country, role.sectors, "person",
                             role.evidence, entry=entry)]
        if entry.kind == "group" and m.end - 1 == h:
            # A people ("Kurds", "the Yoruba"): where they live, when written, is the country.
            home = self._home(tok, start, m.start, entry.country)
            country, end2 = home if home else (entry.country, end)
            return [Resolved(start, max(end, end2), h, entry.name, country, entry.sectors or ("CVL",),
                             "group", f"kb:{entry.name} ({entry.where})"
                             + (f", living in {country}" if home else ""), entry=entry)]
        if entry.kind in ("organization", "igo", "group"):
            return [Resolved(start, end, h, entry.name, entry.country, entry.sectors, entry.kind,
                             f"kb:{entry.name} ({entry.where})", entry=entry)]
        # A country: by name, people noun, adjective used as a noun, or seat.
        if m.end - 1 != h and tok.i != m.start:
            return []
        sectors: tuple[str, ...] = ()
        evidence = f"kb:{entry.name} ({hit.form} {hit.alias!r})"
        country = entry.country
        if hit.form == "seat":
            sectors = () if self._locative(tok) else ("GOV",)
        elif hit.form == "people" or (hit.form == "adj" and m.end - 1 == h and self._adj_noun(tok)):
            # "The Palestinians reject ..." is the polity; counted or described people
            # ("more than 100 Palestinians", "young Algerians", "a Palestinian") are
            # civilians; "Bosnian Serbs", "Albanians of southern Serbia" live elsewhere.
            home = self._home(tok, start, m.start, country) if hit.form == "people" else None
            if home:
                country, end = home[0], max(end, home[1])
                evidence += f", living in {country}"
            if home or hit.form == "adj" or self._counted(tok):
                sectors = ("CVL",)
        return [Resolved(start, end, h, entry.name, country, sectors, "country", evidence,
                         entry=entry)]

    def _other_given_name(self, m: Match, entry: ActorEntry) -> bool:
        """Does the person's name as written start with a given name the entry's name does
        not have ("Cyrus R. Vance" against "JD Vance")? A surname alias matched inside a
        longer personal name names someone else."""
        ent = self.ent_at[m.start]
        if ent is None or ent.label_ != "PERSON" or ent.start >= m.start or ent.end != m.end:
            return False
        first = self.toks[ent.start]
        given = first.text.strip(".").lower()
        if (first.pos_ != "PROPN" or len(given) < 2 or given in FEMALE_TITLES
                or given in MALE_TITLES or given in _OTHER_TITLES or self.kb.role_sectors(given)):
            return False  # "Pope Francis", "Dr. Fauci", "President Trump": a title
        return given not in self.kb.name_words(entry)
    def _counted(self, tok: Token) -> bool:
        """People counted or described: "168 Liberians", "thousands of Nigerians", "young X"."""
        for c in tok.lefts:
            if c.dep_ in ("nummod", "quantmod") or (c.dep_ == "amod" and self.match_at[c.i] is None):
                return True
            if c.dep_ == "det" and c.lower_ in ("some", "many", "several", "few", "most", "all"):
                return True
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":
            owner = tok.head.head
            return owner.lemma_.lower() in self.kb.group_nouns or owner.lower_ in self.kb.group_nouns
        return False

    def _adj_noun(self, tok: Token) -> bool:
        """A nationality adjective used as a noun for a person ("a Palestinian was shot")."""
        if tok.dep_ in ("amod", "compound", "poss") or tok.pos_ == "ADJ" and tok.dep_ == "ROOT":
            return False
        dets = [c.lower_ for c in tok.lefts if c.dep_ in ("det", "nummod")]
        return tok.tag_ in ("NNS", "NNPS") or any(d in ("a", "an", "one") or d.isdigit()
                                                   for d in dets)

    def _home(self, tok: Token, start: int, stop: int,
              own: str | None) -> tuple[str, int] | None:
        """Country a people lives in: a nationality before it ("Iraqi Kurds") or an
        "in/of" place after it ("ethnic Albanians in south Serbia"); with the phrase end."""
        for _, _, r in self._owners_in(start, stop, False):
            if r.country and r.country != own and r.kind == "country":
                return r.country, tok.i + 1
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "from", "inside"):
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                for r in self.resolve(pobj.i):
                    place = r.entry.kind == "country" if r.entry is not None else \
                        r.evidence.startswith("gazetteer:")
                    if r.country and r.country != own and place:
                        return r.country, max(r.end, pobj.right_edge.i + 1)
        return None

    def _locative(self, tok: Token) -> bool:
        return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS

    def _modifier_sectors(self, start: int, stop: int) -> tuple[str, ...]:
        out: list[str] = []
        for t in self.doc[start:stop]:
            out.extend(self.kb.role_sectors(t.lemma_) or self.kb.role_sectors(t.text))
        return tuple(out)

    def _relation(self, tok: Token, start: int, end: int) -> list[Resolved]:
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is None:
            return []
        rel = tok.lemma_.lower()
        for o in self.resolve(owner.i):
            if o.kind != "person":
                continue
            entry = o.entry or self.kb.entry(o.name)
            target = entry.relation(rel) if entry else None
            target_entry = self.kb.entry(target) if target else None
            if target_entry is not None:
                role = person_role(target_entry, self.when)
                return [Resolved(start, end, tok.i, target_entry.name, role.country, role.sectors,
                                 "person", f"relation {rel} of {o.name}", entry=target_entry)]
            return [Resolved(start, end, tok.i, f"{rel} of {o.name}", o.country, (), "person",
                             f"relation {rel} of {o.name} (unknown)")]
        return []

    def _group(self, tok: Token, start: int) -> list[Resolved]:
        for prep in tok.rights:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                inner = self.resolve(pobj.i)
                end = self.np_span(pobj.i)[1]
                out = [replace(r, start=start, end=max(end, r.end), head=tok.i,
                               evidence=f"group noun '{tok.lower_}' of: {r.evidence}")
                       for r in inner]
                if out:
                    # "the delegations of Cyprus, Greece and Israel": one group of each
                    out += [replace(r, head=tok.i, evidence=f"group noun '{tok.lower_}' of: "
                                                            f"{r.evidence}")
                            for c in pobj.conjuncts if c.i > pobj.i for r in self.resolve(c.i)]
                return out
        return []

    def _role_key(self, tok: Token, start: int) -> tuple[str | None, int]:
        """The longest role noun ending at the head ("prime minister", "police")."""
        roles = self.kb.roles
        for k in range(max(start, tok.i - 2), tok.i + 1):
            for key in (" ".join(self.lemmas[k:tok.i + 1]), " ".join(self.lowers[k:tok.i + 1]),
                        # "human rights groups": plural head, modifiers as written
                        " ".join(self.lowers[k:tok.i] + self.lemmas[tok.i:tok.i + 1])):
                if key in roles:
                    return key, k
        return None, tok.i

    def _role(self, tok: Token, start: int, end: int) -> list[Resolved]:
        key, kstart = self._role_key(tok, start)
        lemma = tok.lemma_.lower()
        modifier_only = False
        if key is None and lemma not in self.kb.person_nouns and tok.lower_ not in self.kb.person_nouns:
            # "Israeli army bulldozers", "police custody": the role is a compound modifier.
            prev = self.toks[tok.i - 1] if tok.i > start else None
            if prev is None or prev.dep_ != "compound" or prev.head.i != tok.i:
                return []
            key, kstart = self._role_key(prev, start)
            if key is None:
                return []
            modifier_only = True
        if lemma in RELATIONAL_NOUNS:
            return self._relational(tok, lemma, start, end)
        if gathering(tok):
            return []
        head_sectors = self.kb.role_sectors(key) if key else ()
        mod_sectors = self._modifier_sectors(start, kstart)
        civilian = any(t.lemma_.lower() == "civilian" for t in self.doc[start:kstart])
        if head_sectors and not (head_sectors[0] == "GOV" and (civilian or any(
                m not in ("GOV", "CVL") for m in mod_sectors))):
            sectors = tuple(dict.fromkeys(head_sectors + mod_sectors))
        else:
            sectors = tuple(dict.fromkeys(mod_sectors + head_sectors))
        topic = lemma in self.kb.topic_nouns
        owners = self._owners_in(start, kstart if key else tok.i, topic)
        if not owners:
            owners = self._owners_around(tok, topic)
        if not owners and (key and not sectors or modifier_only and (
                sectors in ((), ("CVL",)) or key in cues.WEAPON_NOUNS | cues.VEHICLE_ROLES)):
            # "widespread voter fraud", "student loans": without a nationality or an owner
            # a civilian role modifying a noun names a topic, not an actor; "drone strikes",
            # "tank fire": a weapon the act is done with ("police raid", "Judge Marrero"
            # keep theirs)
            return []
        if not owners:
            org = self._definite_org(tok, start, end)
            if org:
                return org
            if not sectors:
                return []
            chained = self._definite_leader(tok, key, None, start, end, sectors)
            if chained:
                return chained
            if self._weak(lemma, key):
                return []
            if sectors[0] == "NGO":
                # "a human rights group": a non-governmental body, no state of its own.
                return [Resolved(start, end, tok.i, tok.text if key is None else key, "NGO", (),
                                 "organization", f"role '{key}' (NGO)")]
            return [Resolved(start, end, tok.i, tok.text if key is None else key, None, sectors,
                             "group", f"role '{key}'")]
        out = []
        multi = len(owners) > 1
        for span_start, span_end, owner in owners:
            chained = self._definite_leader(tok, key, owner.country, start, end, sectors)
            if chained and not multi:
                return chained
            s = owner.sectors if owner.kind in ("organization", "igo") else ()
            osectors = tuple(dict.fromkeys(sectors + s)) or s
            if s and (key or lemma) in ORG_SELF_NOUNS:
                # "the Palestinian Islamic Jihad movement": the noun names the body itself.
                osectors = tuple(dict.fromkeys(s + sectors))
            if owner.entry is not None and owner.entry.kind == "group" and osectors[:1] == ("GOV",):
                # "Yoruba leaders": leaders of a people, not of a state.
                osectors = ("ELI",) + osectors[1:]
            if owner.kind == "person":
                name = self.kb.country_name(owner.country) or owner.name
                entry = None
            else:
                name, entry = owner.name, owner.entry
            if not multi and span_start > tok.i:
                end = max(end, span_end)  # "president of Armenia": the PP is part of the words
            st, en = (span_start, span_end) if multi and span_end <= tok.i else (start, end)
            if multi and span_end <= tok.i and (span_start, span_end) == owners[-1][:2]:
                en = end
            out.append(Resolved(st, en, tok.i, name, owner.country, osectors, "group",
                                f"role '{key or lemma}' of {owner.name}", entry=entry))
        return out

    def _pair(self, tok: Token, start: int, end: int) -> list[Resolved]:
        """"the two countries", "both leaders": the last two of that kind the text named,
        in the sentence before or this one (two states for countries, nations and
        governments; two people for leaders, presidents and ministers)."""
        lemma = tok.lemma_.lower()
        kind = cues.PAIR_NOUNS.get(lemma)
        if kind is None or not any(
                (c.dep_ == "nummod" and c.lower_ == "two") or
                (c.dep_ in ("det", "predet", "preconj") and c.lower_ == "both")
                for c in tok.children):
            return []
        pool = self.history if kind == "person" else [
            r for r in self.things if r.kind == "country" or r.country and r.kind != "igo"]
        here = self.sent_of[tok.i]
        seen: dict[str, Resolved] = {}
        for prev in reversed(pool):
            if prev.start >= start or here - self.sent_of[prev.head] > 1:
                continue
            key = prev.country if kind == "state" else prev.name
            if key and key not in seen:
                seen[key] = prev
            if len(seen) == 2:
                break
        if len(seen) != 2:
            return []
        pair = sorted(seen.values(), key=lambda r: r.start)
        return [replace(r, start=start, end=end, head=tok.i,
                        evidence=f"{tok.text} -> {r.name}") for r in pair]

    def _led_by(self, tok: Token, start: int, end: int) -> list[Resolved]:
        """"the Saudi-led coalition", "a U.S.-led force": the leading state's (a military
        coalition's sector when the noun says so). Not "Iranian-backed": backed is not
        led."""
        if not tok.n_lefts:
            return []  # the "X-led" modifier stands before the noun
        sectors = ("MIL",) if tok.lemma_.lower() in cues.LED_MILITARY_NOUNS else ()
        for c in tok.children:
            if c.dep_ != "amod":
                continue
            leaders: list[ActorEntry] = []
            if c.lemma_.lower() == "lead":  # "Saudi - led", three tokens
                for g in c.children:
                    m = self.match_at[g.i]
                    if m is not None and g.dep_ in ("npadvmod", "compound", "nmod", "amod"):
                        leaders.append(_pick(m).entry)
            elif c.lower_.endswith("-led"):  # "U.S.-led", one token
                leaders = [h.entry for h in self.kb.lookup(c.text[:-4])]
            for e in leaders:
                if e.kind == "country" and e.country:
                    return [Resolved(start, end, tok.i, e.name, e.country, sectors, "group",
                                     f"led by {e.name}", entry=e)]
        return []

    def _relational(self, tok: Token, lemma: str, start: int, end: int) -> list[Resolved]:
        """'its allies' are not the U.S.: a named relation with no country of its own."""
        owners = self._owners_in(start, tok.i, False) or self._owners_around(tok, False)
        if not owners:
            return []
        owner = owners[0][2]
        return [Resolved(start, end, tok.i, f"{tok.text} of {owner.name}", None, (), "group",
                         f"relational noun '{lemma}' of {owner.name}")]

    def _weak(self, lemma: str, key: str | None) -> bool:
        """Role nouns too generic to be an actor without a nationality or owner."""
        return (key or lemma) in {"people", "man", "woman", "child", "family", "community",
                                  "public", "town", "village", "city", "office", "party",
                                  "force", "network", "council", "deputy", "union", "security",
                                  "division", "press", "television", "radio", "agent",
                                  "national", "guard", "business", "industry", "school",
                                  "justice", "government", "administration", "regime",
                                  "authority", "court", "population", "crowd", "youth",
                                  "member", "source", "side", "group", "worker",
                                  "staff", "unit", "wing", "jet", "aircraft", "tank",
                                  "general", "representative", "official",
                                  "secretary", "minister", "leader", "company", "firm",
                                  "bank", "carrier", "media", "fighter", "elder", "prince",
                                  "movement", "home", "house", "neighborhood", "neighbourhood",
                                  "daily", "weekly", "website", "web site", "magazine"}

    def _owners_in(self, start: int, stop: int, topic: bool) -> list[tuple[int, int, Resolved]]:
        """Nationalities and owners among the modifiers before the role noun."""
        out: list[tuple[int, int, Resolved]] = []
        i = start
        while i < stop:
            tok = self.toks[i]
            if tok.dep_ == "poss" and tok.i != i - 1:
                for r in self.resolve(tok.i):
                    out.append((tok.left_edge.i, tok.i + 1, r))
                i = max(i + 1, tok.i + 1)
                continue
            m = self.match_at[i]
            if m is None:
                ent = self.ent_at[i]
                if ent is not None and ent.label_ in PLACE_LABELS and ent.end <= stop \
                        and i == ent.start:
                    for r in self._place(self.toks[ent.end - 1], ent.start, ent.end):
                        out.append((ent.start, ent.end, replace(r, sectors=())))
                    i = ent.end
                    continue
            if m is None or m.end > stop:
                i += 1
                continue
            hit = _pick(m)
            e = hit.entry
            if m.start >= 2 and self.toks[m.start - 1].text == "-" and \
                    self.toks[m.start - 2].lower_ in ("anti", "pro", "non"):
                i = m.end
                continue
            if m.end + 1 < stop and self.toks[m.end].text == "-" and \
                    self.toks[m.end + 1].lower_ in cues.SPONSOR_PARTICIPLES:
                i = m.end  # "Iranian-backed militias" are not Iran's forces
                continue
            if topic and e.kind == "country" and hit.form != "adj":
                i = m.end
                continue
            last = self.toks[m.end - 1]
            if last.dep_ == "poss":
                rs = self.resolve(last.i)
            elif e.kind == "person":
                role = person_role(e, self.when)
                rs = [Resolved(m.start, m.end, last.i, e.name, role.country, role.sectors,
                               "person", role.evidence, entry=e)]
            else:
                rs = [Resolved(m.start, m.end, last.i, e.name, e.country, e.sectors, e.kind,
                               f"kb:{e.name}", entry=e)]
            for r in rs:
                if r.country or r.kind in ("organization", "igo"):
                    out.append((m.start, m.end, r))
            i = m.end
        seen: set[str | None] = set()
        uniq = []
        for o in out:
            if o[2].name not in seen:
                seen.add(o[2].name)
                uniq.append(o)
        return uniq

    def _owners_around(self, tok: Token, topic: bool) -> list[tuple[int, int, Resolved]]:
        """Owners after the noun: "president of Armenia", "adviser to Putin"."""
        for child in tok.children:
            if child.dep_ == "poss":
                rs = [r for r in self.resolve(child.i) if r.country]
                if rs:
                    return [(r.start, r.end, r) for r in rs[:1]]
        preps = list(tok.rights)
        for c in tok.rights:
            if c.dep_ == "acl" and c.lemma_.lower() in HOME_VERBS:
                preps.extend(c.rights)  # "a terror group based in Trinidad"
        if tok.dep_ == "conj":
            # "an expert and professor at Kookmin University": the PP hangs on the first.
            preps += [p for p in tok.head.rights if p.i > tok.i]
        for prep in preps:
            if prep.dep_ != "prep" or prep.lower_ not in OWNER_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                rs = [r for r in self.resolve(pobj.i) if r.country]
                if rs and tok.tag_ in ("NNS", "NNPS"):
                    # "the leaders of the two countries", "the presidents of Russia and
                    # China": a plural role has an owner for each
                    rs += [r for c in pobj.conjuncts for r in self.resolve(c.i) if r.country]
                    return [(r.start, r.end, r) for r in rs]
                if rs:
                    return [(rs[0].start, rs[0].end, rs[0])]
        return []

    def _definite_leader(self, tok: Token, key: str | None, country: str | None, start: int,
                         end: int, sectors: tuple[str, ...]) -> list[Resolved]:
        """'the North Korean leader' -> the most salient North Korean leader named so far."""
        if key not in LEADER_NOUNS or tok.tag_ in ("NNS", "NNPS"):
            return []
        det = self.toks[start]
        if det.lower_ != "the" and not any(c.dep_ == "poss" for c in tok.children):
            return []
        best = self._salient(lambda r: "GOV" in r.sectors and (country is None or r.country == country),
                             tok.i)
        if best is None:
            return []
        return [replace(best, start=start, end=end, head=tok.i,
                        evidence=f"definite '{self.doc[start:end].text}' -> {best.name}")]

    def _definite_org(self, tok: Token, start: int, end: int) -> list[Resolved]:
        """'the network' -> the broadcaster named last before it; 'the company' -> the
        last business. Only "the" and the bare noun: "a network", "the news network of
        X" and "the companies" are no such reference."""
        sector = DEFINITE_ORG_NOUNS.get(tok.lower_)
        if sector is None or start != tok.i - 1 or self.toks[start].lower_ != "the":
            return []
        for r in reversed(self.things):
            if r.head < tok.i and r.kind == "organization" and sector in r.sectors:
                return [replace(r, start=start, end=end, head=tok.i,
                                evidence=f"definite 'the {tok.lower_}' -> {r.name}")]
        return []

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

    def _unknown_person(self, tok: Token, ent: Span, start: int, end: int) -> list[Resolved]:
        first = tok.i
        while (first > ent.start and self.toks[first - 1].pos_ == "PROPN"
               and self.match_at[first - 1] is None):
            first -= 1
        if self.toks[first].lower_ in cues.STORM_TITLES:
            return []  # "Typhoon Haiyan": a storm, no person
        ent = self.doc[first:tok.i + 1]
        start = min(start, first) if start >= ent.start or start == tok.i else start
        start = max(start, first) if self.doc[start:first].text.endswith("-") else start
        end = max(end, tok.i + 1)
        words = [t.text for t in ent if t.pos_ == "PROPN"]
        elder = any(c.lower_ == "elder" for c in tok.children)
        if len(words) <= 1:
            word = tok.text.replace("\u2019s", "").replace("'s", "")
            prev = self._salient(lambda r: word in r.name.split(), tok.i)
            if prev is not None:
                if elder:
                    entry = prev.entry or self.kb.entry(prev.name)
                    father = entry.relation("father") if entry else None
                    fe = self.kb.entry(father) if father else None
                    if fe is not None:
                        role = person_role(fe, self.when)
                        return [Resolved(start, end, tok.i, fe.name, role.country, role.sectors,
                                         "person", f"'elder' -> father of {prev.name}", entry=fe)]
                return [replace(prev, start=start, end=end, head=tok.i,
                                evidence=f"alias chain -> {prev.name}")]
        title, former, country = self._prefix_info(start, ent.start)
        sectors: tuple[str, ...] = ()
        if title:
            sectors = ("ELI",) if former else self.kb.role_sectors(title)
        evidence = "ner:PERSON (not in knowledge base)"
        if country is None:
            around = self._owners_around(tok, False)
            if around:
                country = around[0][2].country
                end = max(end, around[0][1])
        appos = self._apposition(tok)
        if appos is not None and (country is None or not sectors):
            country = country or appos.country
            sectors = sectors or appos.sectors
            evidence = f"apposition: {appos.evidence}"
        name = " ".join(t.text for t in ent if t.pos_ == "PROPN" or t.is_title) or ent.text
        gender = None
        for t in self.doc[max(0, min(start, ent.start) - 1):ent.start + 1]:
            low = t.lower_.rstrip(".")
            gender = "f" if low in FEMALE_TITLES else "m" if low in MALE_TITLES else gender
        return [Resolved(start, end, tok.i, name, country, sectors, "person", evidence,
                         gender=gender)]

    def _apposition(self, tok: Token) -> Resolved | None:
        cands = [c for c in tok.children if c.dep_ == "appos"]
        for c in list(cands):
            cands.extend(x for x in c.children if x.dep_ == "conj")
        found = [r for c in cands for r in self.resolve(c.i) if r.country]
        if not found:
            return None
        # An institution named in the apposition ("professor at Kookmin University")
        # says more than a topic or a nationality.
        return found[-1] if len(found) > 1 and found[-1].sectors else found[0]
