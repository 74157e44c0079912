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

``DocResolver`` holds the name, place and unknown-person rules; the role rules are in
``actor_roles``, the pronoun rules in ``actor_pronouns``, the shared words and state in
``actor_state``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ..extensions import tokens_of
from ..knowledge import cues
from ..knowledge.actors import ActorEntry, ActorKB, norm, person_role
from ..knowledge.gazetteer import Gazetteer, Place
from ..mentions import ActorMention
from .actor_match import NAME_SUFFIXES, Match, PhraseIndex
from .actor_pronouns import PronounRules
from .actor_roles import RoleRules
from .actor_state import (
    COMPASS_WORDS,
    FEMALE_TITLES,
    MALE_TITLES,
    NOMINAL_DEPS,
    OTHER_TITLES,
    PERSON_PRONOUNS,
    PLACE_LABELS,
    PLACE_NOUNS,
    PRONOUN_KIND,
    RELATION_NOUNS,
    THING_PRONOUNS,
    Resolved,
    ResolverState,
    best_hit,
)

# Pronoun -> what it can refer to: a male or female person, a plural group, a thing.


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
    hit = best_hit(m)
    if hit.entry.kind != "country" or hit.form != "name":
        return False
    # "New Mexico", "New South Wales", also inside a longer name the tagger made an
    # organisation ("the Parliament of New South Wales")
    k = m.start - 1
    while k >= max(0, m.start - 2) and doc[k].text != "New" and doc[k].is_title:
        k -= 1
    return k >= 0 and doc[k].text == "New" and (k == m.start - 1 or doc[k + 1].is_title)


# Particles of names, joined to the name by a hyphen ("el-Sayed", "al-Baghdadi").
_NAME_PARTICLES = frozenset("el al ad ar as ash az bin ibn abu ben bint".split())
# Prepositions after a named person that say whom he serves ("Hasan of Aleppo", "an adviser
# to Putin"), not where he is ("in Paris").
_PERSON_OWNER_PREPS = frozenset(["of", "from", "for", "to"])
# Entities whose longer name a capital's name can sit in without standing for a government.
_NAMING_LABELS = frozenset(["ORG", "PERSON", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"])

class DocResolver(PronounRules, RoleRules, ResolverState):
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
        hit = best_hit(m)
        e = hit.entry
        last = m.end - 1
        if hit.form == "seat" and self._seat_in_name(m, m.start - 1 if m.start > 0 else 0):
            return []
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

    def _seat_in_name(self, m: Match, start: int) -> bool:
        """Is the capital's name part of a longer name of something else ("Real Madrid",
        "Moscow State University", "the Tehran Times")? ``start``: where its phrase begins;
        a proper noun there that names nothing known is part of that name."""
        ent = self.ent_at[m.start]
        if (ent is not None and ent.label_ in _NAMING_LABELS and self.ent_at[m.end - 1] is ent
                and any(self.toks[i].pos_ == "PROPN" for i in range(ent.start, ent.end)
                        if not m.start <= i < m.end)):
            return True  # not "the White House": an article is no part of a name
        return any(self.toks[i].pos_ == "PROPN" and self.toks[i].dep_ == "compound"
                   and self.match_at[i] is None and self.ent_at[i] is None
                   and self.toks[i].lower_ not in COMPASS_WORDS  # "east Beirut"
                   for i in range(start, m.start))

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
            return best_hit(m).entry.kind == "person"
        ent = self.ent_at[tok.i]
        return ent is not None and ent.label_ == "PERSON"

    def _remember(self, r: Resolved) -> None:
        if r.kind == "person":
            if not self.history or self.history[-1] is not r:
                self.history.append(r)
                # who a sentence is about weighs more than who it names in passing
                self.salience[r.name] += 2 if self.toks[r.head].dep_ in ("nsubj", "nsubjpass") else 1
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

    # -- resolution -----------------------------------------------------------

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
        if ent is not None and ent.label_ == "PERSON" and tok.pos_ == "PROPN" and h == ent.end - 1:
            # "King Hussein of Jordan", "King Abdullah": a title and a name are a person
            # (the tagger may leave the title out of the name)
            first = ent.start if h > ent.start else h - 1
            if first >= 0 and self.toks[first].is_title and self.match_at[first] is None and \
                    self.kb.role_sectors(self.toks[first].lower_) and \
                    (first >= ent.start or self.toks[first].dep_ == "compound"):
                return self._unknown_person(tok, self.doc[first:h + 1], start, end)
        r = self._pair(tok, start, end) or self._role(tok, start, end) or \
            self._led_by(tok, start, end)
        if r:
            return r
        if ent is not None and ent.label_ == "PERSON" and tok.pos_ == "PROPN":
            return self._unknown_person(tok, ent, start, end)
        if ent is not None and ent.label_ == "ORG" and h == ent.end - 1 and \
                lemma not in cues.TEXT_NAME_HEADS and not cues.road_word(lemma) \
                and ent.text.lower() not in cues.DISEASE_NAMES:
            # "the ... Reform Bill" is a text, "Dean Woods Road" a road, "COVID-19" a disease
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
                hit = best_hit(m)
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
        if len(words) == 1 and words[0].lower_ in COMPASS_WORDS:
            return []  # "the West", "the South": a part of the world, no town called West
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

    def _prefix_info(self, start: int, stop: int) -> tuple[str | None, bool, str | None]:
        """Title, former-ness and nationality written before a name ("former Algerian President")."""
        title = None
        former = False
        country = None
        i = start
        while i < stop:
            m = self.match_at[i]
            if m is not None and m.end <= stop:
                hit = best_hit(m)
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
        hit = best_hit(m)
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
            if self._seat_in_name(m, start):
                return []  # "Real Madrid", "the Tehran Times": a club or a paper, no government
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
                or given in MALE_TITLES or given in OTHER_TITLES or self.kb.role_sectors(given)):
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

    def _unknown_person(self, tok: Token, ent: Span, start: int, end: int) -> list[Resolved]:
        first = tok.i
        while first > ent.start and self.match_at[first - 1] is None:
            left = self.toks[first - 1]
            if left.pos_ == "PROPN":
                first -= 1
            elif (left.text == "-" and first - 2 >= ent.start and not left.whitespace_
                  and not self.toks[first - 2].whitespace_
                  and self.toks[first - 2].lower_ in _NAME_PARTICLES):
                first -= 2  # "el-Sayed", "al-Assad": a particle joined by a hyphen
            else:
                break
        if self.toks[first].lower_ in cues.STORM_TITLES:
            return []  # "Typhoon Haiyan": a storm, no person
        ent = self.doc[first:tok.i + 1]
        start = min(start, first) if start >= ent.start or start == tok.i else start
        start = max(start, first) if self.doc[start:first].text.endswith("-") else start
        end = max(end, tok.i + 1)
        words = [t.text for t in ent if t.pos_ == "PROPN"]
        elder = any(c.lower_ == "elder" for c in tok.children)
        if len(words) > 1 and self.kb.role_sectors(words[0].lower()):
            # "King Hussein" again: the titled person named before ("King Hussein of Jordan")
            titled = " ".join(words)
            prev = self._salient(lambda r: r.name == titled, tok.i)
            if prev is not None:
                return [replace(prev, start=start, end=end, head=tok.i,
                                evidence=f"alias chain -> {prev.name}")]
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
        if title is None and len(ent) > 1 and ent[0].is_title and \
                self.kb.role_sectors(ent[0].lower_):
            title = ent[0].lower_  # "King Hussein": the title opens the name the tagger found
        sectors: tuple[str, ...] = ()
        if title:
            sectors = ("ELI",) if former else self.kb.role_sectors(title)
        evidence = "ner:PERSON (not in knowledge base)"
        if country is None:
            # "Mayor Brita Hagi Hasan in Paris": where a named person is says not whose he is
            around = self._owners_around(tok, False, _PERSON_OWNER_PREPS)
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
