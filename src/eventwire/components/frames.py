"""Predicate frames read off the dependency parse, and the actors they point to.

A ``Frame`` says, for one trigger word, who its subjects are (including the
understood subject of "plans to visit", "for Kim to visit", "By visiting Russia,
Kim ...", coordinated and relative clauses), its objects, passive agents,
prepositional arguments and particles. ``ActorIndex`` maps the frame's argument
tokens to the actor mentions of ``doc._.actors``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from ..extensions import tokens_of
from ..knowledge import cues
from ..mentions import ActorMention
from .paragraphs import dateline_end

_VERBAL = ("VERB", "AUX")
# Prepositions on a verb's object that name the party acted on.
_OBJECT_PREPS = frozenset(["on", "against", "with", "to", "into", "for", "over"])
# Particles the tagger sometimes labels as adverbs ("stepped down", "walked out").
_PARTICLES = frozenset(["down", "out", "up", "off", "back", "over", "in", "away", "on"])
_REL_PRONOUNS = frozenset(["who", "which", "that", "whom"])
_NOT_PERSON_ENTS = frozenset(["ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "EVENT", "LAW"])
_BODY_NOUNS = frozenset("group agency party company government organization organisation "
                        "network newspaper council committee ministry department army "
                        "movement team firm".split())


def expand_conj(tokens: Iterable[Token]) -> list[Token]:
    """The tokens and every token coordinated with them ("X and Y", "X, Y and Z")."""
    out: list[Token] = []
    stack = list(tokens)
    seen: set[int] = set()
    while stack:
        t = stack.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj")
    return out


def _venue(prep: Token, pobj: Token) -> bool:
    """"on Twitter", "via Facebook": where something was said, not to whom."""
    if prep.lower_ not in cues.VENUE_PREPS:
        return False
    toks = tokens_of(pobj.doc)  # the phrase's words, no new Token objects
    return any(t.lower_ in cues.PLATFORM_NAMES
               for t in toks[pobj.left_edge.i:pobj.right_edge.i + 1])


def names_storm(tok: Token) -> bool:
    """Is ``tok`` the name of a storm ("Typhoon *Haiyan*", "Hurricane *Dorian*")?"""
    return tok.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.lower_ in cues.STORM_TITLES for c in tok.children)


def names_disease(tok: Token) -> bool:
    """Is ``tok`` (the last word of) a disease's name ("COVID-19", "SARS-CoV-2")?"""
    if tok.lower_ in cues.DISEASE_NAMES:
        return True
    doc = tok.doc
    first = min([c.i for c in tok.children if c.dep_ == "compound"] + [tok.i])
    if doc[first:tok.i + 1].text.lower() in cues.DISEASE_NAMES:
        return True
    if not tok.ent_type_:
        return False
    toks = tokens_of(doc)  # the entity around the word, without building doc.ents
    start = tok.i
    while start > 0 and toks[start].ent_iob_ == "I":
        start -= 1
    end = tok.i + 1
    while end < len(toks) and toks[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].text.lower() in cues.DISEASE_NAMES


def _has_to(v: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _for_to_subject(v: Token) -> list[Token]:
    """"arrangements for Kim to visit": the object of "for" right before "to"."""
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return []
    prev = v.doc[to.i - 1]
    t: Token | None = prev
    for _ in range(4):  # climb from the last word of the noun phrase to its head
        if t is None:
            break
        if t.dep_ == "pobj" and t.head.lower_ == "for":
            return [t]
        t = t.head if t.head is not t else None
    return []


def _who_antecedent(head: Token) -> Token:
    """"the correspondent of the news agency UPI, who was detained": "who" names a
    person, so a relative clause hung on a non-person "of" object goes to its noun."""
    if head.dep_ != "pobj" or head.head.lower_ != "of" or head.head.head.pos_ != "NOUN":
        return head
    if head.ent_type_ in _NOT_PERSON_ENTS or (
            head.ent_type_ == "" and head.lemma_.lower() in _BODY_NOUNS):
        return head.head.head
    return head


def subjects_of(v: Token, depth: int = 0) -> list[Token]:
    """Subjects of verb ``v``, explicit or understood."""
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if subj:
        if subj[0].lower_ in _REL_PRONOUNS and v.dep_ == "relcl":
            return [_who_antecedent(v.head) if subj[0].lower_ == "who" else v.head]
        return expand_conj(subj)
    if depth > 4:
        return []
    dep = v.dep_
    head = v.head
    if dep == "conj" and head.pos_ in _VERBAL and head is not v:
        return subjects_of(head, depth + 1)
    if dep == "relcl":
        return [head]
    if _has_to(v) and dep in ("xcomp", "ccomp", "advcl", "acl", "relcl", "conj"):
        ft = _for_to_subject(v)
        if ft:
            return ft
        if head.pos_ in _VERBAL:
            if head.lemma_.lower() in cues.OBJECT_CONTROL_VERBS:
                objs = [c for c in head.children if c.dep_ in ("dobj", "dative")]
                if objs:
                    return expand_conj(objs)
            return subjects_of(head, depth + 1)
        if head.pos_ in ("NOUN", "PROPN"):
            poss = [c for c in head.children if c.dep_ == "poss"]
            if poss:
                return poss
            if head.dep_ in ("dobj", "attr", "nsubj", "nsubjpass") and head.head.pos_ in _VERBAL:
                return subjects_of(head.head, depth + 1)
        if head.pos_ == "ADJ" and head.head.pos_ in _VERBAL:  # "is likely/due to visit"
            return subjects_of(head.head, depth + 1)
    if dep == "xcomp" and head.pos_ in _VERBAL:
        return subjects_of(head, depth + 1)
    if dep == "pcomp" and head.dep_ == "prep" and head.head.pos_ in _VERBAL:
        objs = [c for c in head.head.children if c.dep_ == "dobj"]
        if head.lower_ in ("of", "for", "against", "from") and objs:
            # "accused Tehran of supplying drones", "thanked Japan for sending aid",
            # "warned Tokyo against deploying", "barred him from entering": the object does it
            return expand_conj(objs)
        return subjects_of(head.head, depth + 1)  # "By visiting Russia, Kim is ..."
    if dep in ("advcl", "acl") and v.tag_ == "VBG":
        if dep == "acl":
            if (head.lemma_.lower() in cues.DECREE_NOUNS and head.dep_ in ("dobj", "attr")
                    and head.head.pos_ in _VERBAL):
                # "signed an executive order banning gatherings": the signer bans
                return subjects_of(head.head, depth + 1)
            return [head]
        if head.pos_ in _VERBAL:
            return subjects_of(head, depth + 1)  # "..., saying Kim will ..."
    return []


@dataclass(slots=True)
class Frame:
    """The argument structure around one trigger token."""

    tok: Token
    passive: bool = False
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    agents: list[Token] = field(default_factory=list)
    datives: list[Token] = field(default_factory=list)
    particles: set[str] = field(default_factory=set)
    preps: dict[str, list[Token]] = field(default_factory=dict)
    has_clause: bool = False  # a clausal complement: "demonstrated *that* ..."

    @property
    def prep_objects(self) -> list[Token]:
        return [t for toks in self.preps.values() for t in toks]

    def prep_children(self, lemma: str) -> list[Token]:
        return self.preps.get(lemma, [])

    def slot(self, slot: str) -> list[Token]:
        if slot == "dobj":
            return self.objects
        if slot == "dative":
            return self.datives
        if slot.startswith("prep:"):
            return self.preps.get(slot[5:], [])
        return []

    def targets_for(self, slots: Iterable[str]) -> list[Token]:
        """Argument tokens of the first slot that has any, in the lexicon's order."""
        for slot in slots:
            toks = self.slot(slot)
            if toks:
                return toks
        return []

    def target_candidates(self, slots: Iterable[str]) -> list[list[Token]]:
        """Every slot's tokens in the lexicon's order, then the prepositional phrases
        on the object ("imposed sanctions *on Belarus*", "shared intelligence *with X*")."""
        slots = tuple(slots)
        out = [toks for slot in slots if (toks := self.slot(slot))]
        named = {s[5:] for s in slots if s.startswith("prep:")}
        for obj in self.objects:
            for c in obj.children:  # "withdrew its ambassador *from Iran*"
                if c.dep_ == "prep" and (c.lower_ in _OBJECT_PREPS or c.lower_ in named):
                    pobj = [g for g in c.children if g.dep_ == "pobj" and not _venue(c, g)]
                    if pobj:
                        out.append(expand_conj(pobj))
                elif c.dep_ == "acl" and c.tag_ == "VBG":  # "missiles *targeting* US troops"
                    dobj = [g for g in c.children if g.dep_ == "dobj"]
                    if dobj:
                        out.append(expand_conj(dobj))
        return out


def build_frame(tok: Token) -> Frame:
    """Read the frame of a verb or event noun off the parse."""
    f = Frame(tok=tok)
    verbal = tok.pos_ in _VERBAL
    for c in tok.children:
        d = c.dep_
        if d == "dobj":
            f.objects.append(c)
        elif d == "dative":
            if c.pos_ == "ADP":
                pobj = [g for g in c.children if g.dep_ == "pobj"]
                f.datives.extend(pobj)
                # "handed over their weapons *to UN peacekeepers*": also the "to" phrase
                f.preps.setdefault(c.lower_, []).extend(expand_conj(pobj))
            else:
                f.datives.append(c)
        elif d == "agent":
            f.agents.extend(g for g in c.children if g.dep_ == "pobj")
        elif d == "prt" or (d == "advmod" and c.lower_ in _PARTICLES and c.i == tok.i + 1):
            f.particles.add(c.lower_)
        elif d == "prep":
            objs = [g for g in c.children if g.dep_ in ("pobj", "pcomp")
                    and g.ent_type_ not in ("DATE", "TIME") and not _venue(c, g)]
            if objs or not any(g.dep_ == "pobj" for g in c.children):
                # "late on Tuesday", "in March": a time, not an argument of the verb
                f.preps.setdefault(c.lower_, []).extend(expand_conj(objs))
        elif d in ("nsubjpass", "auxpass"):
            f.passive = True
        elif d in ("ccomp", "xcomp"):
            f.has_clause = True
        if d in ("ccomp", "xcomp", "advcl") and c.pos_ in _VERBAL and any(
                g.dep_ == "mark" and g.lower_ == "for" for g in c.children):
            # "called for NATO members to increase spending": the parser makes "for" the
            # clause's marker; it is the verb's "for" phrase, its subject the object.
            f.has_clause = True
            f.preps.setdefault("for", []).extend(
                expand_conj([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]) or [c])
    if verbal:
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            f.passive = True
            f.subjects = [tok.head]
        elif (tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.tag_ in ("VBN", "VBD")
              and tok.head.lemma_.lower() in _SMALL_CLAUSE_VERBS and not any(
                c.dep_ in ("aux", "auxpass") for c in tok.children)
              and any(c.dep_ == "nsubj" for c in tok.children)):
            # "does not want to see Kenya punished": a small clause, its subject undergoes it
            f.passive = True
            f.subjects = subjects_of(tok)
        elif (tok.dep_ in ("xcomp", "oprd") and _bare_participle(tok) and tok.head.pos_ in _VERBAL
              and any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.head.children)):
            # "51 people were reported killed": the participle is passive, its subject the
            # reporting verb's
            f.passive = True
            f.subjects = subjects_of(tok.head)
        elif tok.dep_ == "advcl" and _bare_participle(tok) and tok.head.pos_ in _VERBAL:
            # "Arrested in March, the man was released", "he's in jail, arrested in
            # March": the participle is passive, its subject the main clause's
            f.passive = True
            f.subjects = subjects_of(tok.head)
        else:
            f.subjects = subjects_of(tok)
        f.objects = expand_conj(f.objects)
        if f.passive and f.objects and any(c.dep_ == "auxpass" and c.lower_ in ("'s", "\u2019s")
                                           for c in tok.children):
            # "He's slammed the Act": "'s" is "has", and a verb with an object is active
            f.passive = False
            f.subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not f.passive and _passive_conjunct(tok):
            f.passive = True  # "was harassed and *intimidated* by X": the second is passive too
        elif not f.passive and f.agents and _bare_participle(tok) and tok.dep_ == "conj":
            # "... cited sources as saying the boy was radicalised and *instructed by* X": a
            # participle with an agent is passive; the subject of the verb the parser joined
            # it to is not what it was done to
            f.passive = True
            f.subjects = []
        if f.passive and not f.agents:
            f.agents = _shared_agents(tok)  # "was *harassed* and intimidated by X"
        if f.passive and not f.agents and "by" in f.preps:
            f.agents = f.preps["by"]
        elif not f.passive and f.agents:
            # an active verb has no agent: "spoke by telephone" is a "by" phrase
            f.preps.setdefault("by", []).extend(f.agents)
            f.agents = []
    return f


# Verbs that take a participle small clause: "see Kenya punished", "wanted them arrested".
_SMALL_CLAUSE_VERBS = frozenset("see want have get need like prefer leave keep watch".split())


def seat_city(a: ActorMention, doc: Doc) -> bool:
    """Is the mention a capital city's name standing for its government ("London",
    "Washington"; not an institution such as "the Kremlin")? Before an event noun it
    may only say where the event was."""
    return "(seat " in (a.evidence or "") and doc[a.head].ent_type_ == "GPE"


def _bare_participle(v: Token) -> bool:
    """A past participle with no subject or auxiliary of its own."""
    return v.tag_ == "VBN" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children)


def _passive_conjunct(tok: Token) -> bool:
    """Is the verb a bare participle coordinated with a passive verb ("was harassed and
    *intimidated*")? It shares that verb's subject and its voice."""
    head = tok.head
    return (tok.dep_ == "conj" and _bare_participle(tok) and head.pos_ in _VERBAL
            and any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children))


def _shared_agents(tok: Token) -> list[Token]:
    """The "by" phrase the parser hangs on the last of coordinated passive participles
    ("was harassed and intimidated *by volunteers*"): it is the agent of each."""
    for c in tok.children:
        if c.dep_ == "conj" and _bare_participle(c):
            agents = [g for a in c.children if a.dep_ == "agent"
                      for g in a.children if g.dep_ == "pobj"]
            if agents:
                return agents
    return []


def object_lemmas(frame: Frame, prep: str | None = None, limit: int = 14,
                  direct: bool = False) -> set[str]:
    """Lemmas in the object phrases: what the entries' ``object`` conditions test.
    ``direct``: without the phrases of prepositions the entry does not name."""
    heads: list[Token] = list(frame.objects)
    if frame.passive and frame.tok.pos_ in _VERBAL:
        heads.extend(frame.subjects)
    if prep is not None:
        heads.extend(frame.preps.get(prep, []))
    elif not direct:
        # not a time adjunct: "ordered days of mourning *after the strike*"
        heads.extend(o for o in frame.prep_objects if o.head.lower_ not in cues.TEMPORAL_PREPS)
    heads.extend(frame.datives)
    tok = frame.tok
    if tok.pos_ not in _VERBAL:
        heads.extend(c for c in tok.children if c.dep_ in ("compound", "amod", "nmod"))
    for c in tok.children:  # "agreed to lift sanctions": the xcomp's object counts too
        if c.dep_ == "xcomp":
            heads.extend(g for g in c.children if g.dep_ == "dobj")
    if tok.pos_ in _VERBAL:
        heads.extend(complements(tok))
        if (tok.dep_ == "relcl" and not frame.passive and tok.head.pos_ in ("NOUN", "PROPN")
                and all(o.lower_ in _REL_PRONOUNS for o in frame.objects)
                and any(c.dep_ == "nsubj" and c.lower_ not in _REL_PRONOUNS
                        for c in tok.children)):
            # "the sanctions (that) Washington imposed": the noun is the object
            heads.append(tok.head)
    out: set[str] = set()
    for h in heads:
        for t in _phrase_words(h, limit):
            out.add(t.lemma_.lower())
        if h.ent_type_:
            out.add("entity:" + h.ent_type_.lower())  # "ruled Zimbabwe": entity:gpe
    return out


# Dependencies that open a clause of its own inside an object phrase ("a letter to X
# *giving them permission*", "the man *who sent troops*"): its words say nothing of
# what the object is.
_CLAUSE_DEPS = frozenset(["acl", "relcl", "advcl", "ccomp", "xcomp", "parataxis"])


def _phrase_words(head: Token, limit: int) -> list[Token]:
    """The first ``limit`` words of the phrase ``head`` heads (in text order), without the
    words of the clauses that hang from it (their verb stays: "a parting *shot*", which
    the parser often reads as a clause)."""
    skip: set[int] = set()
    for t in head.subtree:
        if t.i == head.i or t.i in skip:
            continue
        if t.dep_ in _CLAUSE_DEPS and t.pos_ in _VERBAL:
            skip.update(x.i for x in t.subtree if x.i != t.i)  # the clause's own words
        elif t.dep_ == "prep" and t.lower_ in cues.TEMPORAL_PREPS:
            skip.update(x.i for x in t.subtree)  # "days of mourning *after the strike*"
    return [t for t in head.subtree if t.i not in skip][:limit]


def complements(tok: Token) -> list[Token]:
    """The predicate said of the object: "found him *guilty*", "deemed the deal *illegal*",
    "called it *a sham*", "ruled the law *was unconstitutional*" (the clause's predicate)."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("oprd", "acomp"):
            out.append(c)
        elif c.dep_ in ("ccomp", "xcomp"):
            if c.pos_ in ("ADJ", "NOUN"):
                out.append(c)
            else:
                out.extend(g for g in c.children if g.dep_ in ("acomp", "attr", "oprd"))
    return out


_DESCEND = frozenset(["prep", "pobj", "compound", "amod", "nmod", "appos", "poss"])
# Nouns for places along which things happen: the phrase they head says where, not who.
_WHERE_NOUNS = frozenset(
    "square plaza promenade neighbourhood neighborhood suburb outskirts".split())
# Named entities that stand for an actor even when the knowledge base does not know them.
_ACTOR_ENTS = frozenset(["PERSON", "ORG", "NORP"])


class ActorIndex:
    """Finds the actor mentions an argument token refers to."""

    def __init__(self, doc: Doc) -> None:
        self.by_head: dict[int, list[ActorMention]] = {}
        self.by_token: dict[int, ActorMention] = {}
        for m in doc._.actors or []:
            self.by_head.setdefault(m.head, []).append(m)
            for i in range(m.start, m.end):
                self.by_token.setdefault(i, m)
        # People and organisations the knowledge base does not know still act:
        # "Judge Amy Berman Jackson", "Vyasna". They stay actors with no country.
        self.filed = dateline_end(doc)  # "COLUMBIA, Ky. (WBKO) -": place and agency of filing
        for ent in doc.ents:
            if ent.label_ not in _ACTOR_ENTS or ent.start < self.filed or any(
                    i in self.by_token for i in range(ent.start, ent.end)):
                continue
            if ent.label_ == "ORG" and cues.road_word(ent.root.lemma_):
                continue  # "Dean Woods Road": a road
            if ent.label_ == "NORP" and ent.root.dep_ == "amod":
                continue  # "Iraqi militias": the adjective is not the actor
            if ent.label_ == "ORG" and ent.root.lemma_.lower() in cues.TEXT_NAME_HEADS or \
                    ent.text.lower() in cues.DISEASE_NAMES or ent[0].lower_ in cues.STORM_TITLES:
                continue  # "the Health Care Reform Bill", "SARS-CoV-2", "Typhoon Haiyan"
            m = ActorMention(
                start=ent.start, end=ent.end, start_char=ent.start_char, end_char=ent.end_char,
                text=ent.text, name=ent.text, country=None, sectors=(), code=None,
                kind="person" if ent.label_ == "PERSON" else "group", head=ent.root.i,
                evidence=f"ner:{ent.label_}",
            )
            self.by_head.setdefault(m.head, []).append(m)
            for i in range(m.start, m.end):
                self.by_token[i] = m

    def resolve(self, tok: Token, strict: bool = False) -> list[ActorMention]:
        """Mentions headed by ``tok``, covering it, or (unless strict) inside its phrase."""
        if tok.lower_ in cues.REFLEXIVES:
            return []  # "surrendered himself", "had himself been": the actor named already
        if tok.i < self.filed:
            return []  # a word of the dateline
        if tok.dep_ == "pobj" and _venue(tok.head, tok):
            return []  # "a message on Twitter blaming Iran": Twitter is where, not who
        if tok.i in self.by_head:
            heads = self.by_head[tok.i]
            if tok.pos_ == "NOUN" and not any(h.kind == "person" and h.code and
                                              not (h.evidence or "").startswith("role") for h in heads):
                # "his Russian counterpart, Sergey Lavrov": the name in apposition says who
                for c in tok.children:
                    if c.dep_ == "appos" and (named := [
                            n for n in self.resolve(c, strict=True) if n.kind == "person"
                            and n.code]):
                        return named
            return list(heads)
        m = self.by_token.get(tok.i)
        if m is not None:
            return [m]
        if strict:
            return []
        for c in tok.children:  # "the elected leader Aung San Suu Kyi": the name says who
            if c.dep_ == "appos" and (named := self.resolve(c, strict=True)):
                return named
        fallback = self._unknown_actor(tok)
        if fallback is not None:
            return [fallback]
        # "A team of North Korean security staffers": look inside the noun phrase; a name in
        # apposition first ("his opponent, Biden, accused ...": Biden, not "his").
        # The owner before a place that only says where ("Pallister's Costa Rica travels").
        if cues.road_word(tok.lemma_) or tok.lemma_.lower() in _WHERE_NOUNS:
            return []  # "on Paris' iconic boulevard": where, not whom
        frontier = sorted(((c, 1) for c in tok.children if c.dep_ in _DESCEND),
                          key=lambda x: (x[0].dep_ != "appos", x[0].dep_ != "poss"))
        while frontier:
            t, depth = frontier.pop(0)
            if t.dep_ == "prep" and t.lower_ not in ("of", "from"):
                continue
            if t.dep_ == "poss" and t.lower_ in ("its", "their"):
                continue  # "rescheduled its races": mostly the doer's own
            found = self.by_head.get(t.i) or (
                [self.by_token[t.i]] if t.i in self.by_token else [])
            if found and depth >= 3 and t.dep_ == "compound" and seat_city(found[0], t.doc):
                continue  # "organizers of a London rally": where the rally was, no government
            if found:
                if t.dep_ == "pobj" and found[0].kind == "person":
                    return []  # "associates of Navalny" are not Navalny
                # "the delegations of Cyprus, Greece and Israel": all of them.
                more = [m for c in expand_conj([t])[1:] for m in self.resolve(c, strict=True)]
                return list(found) + [m for m in more if m not in found]
            if depth < 3:
                frontier.extend((c, depth + 1) for c in t.children if c.dep_ in _DESCEND)
        return []

    def _unknown_actor(self, tok: Token) -> ActorMention | None:
        """An actor the knowledge base does not know, for an argument that plainly is one:
        a proper name the tagger missed ("Mitsotakis met ..."), or a noun for people
        ("arrested *the accused*"). It has no country: nothing says whose it is."""
        lemma = tok.lemma_.lower()
        sectors: tuple[str, ...]
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "PERSON", "ORG", "NORP"):
            start = min([c.i for c in tok.children if c.dep_ == "compound"
                         and c.pos_ == "PROPN"] + [tok.i])
            if names_disease(tok) or names_storm(tok):
                return None  # "SARS-CoV-2 has killed ...", "Hurricane Dorian": a hazard
            if start < tok.i and lemma in cues.TEXT_NAME_HEADS:
                return None  # "the Health Care Reform Bill", "the Patriot Act": a text
            if start < tok.i and cues.road_word(lemma):
                return None  # "Dean Woods Road": a road
            kind, sectors = "person", ()
        elif (word := lemma if lemma in cues.PERSON_NOUN_SECTORS else tok.lower_) in (
                cues.PERSON_NOUN_SECTORS) and (tok.pos_ in ("NOUN", "PRON") or tok.dep_ in (
                "dobj", "nsubj", "nsubjpass", "pobj")):  # "arrested the accused" (tagged VBN)
            start = tok.i
            sector = cues.PERSON_NOUN_SECTORS[word]
            kind, sectors = "group", ((sector,) if sector else ())
        else:
            return None
        span = tok.doc[start:tok.i + 1]
        m = ActorMention(
            start=start, end=tok.i + 1, start_char=span.start_char, end_char=span.end_char,
            text=span.text, name=span.text, country=None, sectors=sectors, code=None, kind=kind,
            head=tok.i, evidence=f"unknown {kind}: {tok.pos_.lower()} {lemma!r}",
        )
        self.by_head.setdefault(tok.i, []).append(m)
        return m

    def _reporting_speaker(self, it: Token) -> ActorMention | None:
        """"Syria says it will not accept ...", "the union announced that it has called
        off ...": "it" is the reporting subject, when that is a state or organisation;
        "UNICEF reported they had delivered ...", "Senator Bhatia said he intended to sue":
        "they" is an organisation that says so, or the force a police or military officer
        speaks for, "he" / "she" a person."""
        verb = it.head
        if it.dep_ not in ("nsubj", "nsubjpass") or verb.dep_ != "ccomp":
            return None
        reporter = verb.head
        if reporter.lemma_.lower() not in cues.REPORTING_VERBS:
            return None
        person = it.lower_ in ("he", "she")
        for subj in (c for c in reporter.children if c.dep_ == "nsubj"):
            for m in self.resolve(subj):
                if person and m.kind == "person" and (m.code or m.name):
                    return m
                if not person and m.kind not in ("person", "pronoun") and (
                        m.country or it.lower_ == "they" and m.code is None and m.sectors):
                    return m
                if it.lower_ == "they" and m.kind == "person" and m.sectors[:1] in (
                        ("COP",), ("MIL",)):
                    # "the police chief said they had detained two men": the force a
                    # police or military officer speaks for
                    return replace(m, kind="group")
        return None

    def _compound_conjuncts(self, tok: Token, found: list[ActorMention]) -> list[ActorMention]:
        """Actors coordinated inside the phrase ``tok`` heads, where the parser made "X and"
        a modifier of Y ("US President Donald Trump and Turkish President Erdogan")."""
        if not found:
            return []
        lo, first = tok.left_edge.i, min(m.start for m in found)
        cc = [k for k in range(lo, first) if tok.doc[k].dep_ == "cc"]
        if not cc:
            return []
        inside = {id(m): m for k in range(lo, cc[-1]) if (m := self.by_token.get(k)) is not None
                  and m.end <= cc[-1] and m not in found}
        if not inside:
            return []
        # one actor for the words before "and": a person named there, else the widest
        best = max(inside.values(), key=lambda m: (m.kind == "person", m.end - m.start, -m.start))
        return [best]

    def preceding(self, tok: Token, window: int = 3) -> list[ActorMention]:
        """The actor mention ending just before ``tok`` (only punctuation between)."""
        i = tok.i - 1
        while i >= 0 and tok.i - i <= window:
            t = tok.doc[i]
            if t.i in self.by_token:
                m = self.by_token[t.i]
                return [m] if m.end == i + 1 else []
            if not t.is_punct:
                return []
            i -= 1
        return []

    def first_resolved(self, candidates: Iterable[list[Token]]) -> list[ActorMention]:
        """The actors of the first candidate group that resolves to any."""
        for toks in candidates:
            found = self.resolve_all(toks)
            if found:
                return found
        return []

    def resolve_all(
        self, tokens: Iterable[Token], strict: bool = False, exclude_pronoun_it: bool = False
    ) -> list[ActorMention]:
        out: list[ActorMention] = []
        seen: set[tuple[int, int, str | None]] = set()
        for t in expand_conj(tokens):
            if exclude_pronoun_it and t.lower_ in ("it", "there"):
                speaker = self._reporting_speaker(t) if t.lower_ == "it" else None
                if speaker is None:
                    continue
                found: list[ActorMention] = [speaker]
            else:
                found = self.resolve(t, strict=strict)
                if t.lower_ in ("he", "she", "they") and all(
                        m.code is None and m.country is None for m in found):
                    speaker = self._reporting_speaker(t)  # an unresolved pronoun
                    if speaker is not None:
                        found = [speaker.spoken_as(t.doc[t.i:t.i + 1], "reporting subject")]
                found = self._compound_conjuncts(t, found) + found
            for m in found:
                key = (m.start, m.end, m.name)  # "the two countries": two actors, one span
                if key not in seen:
                    seen.add(key)
                    out.append(m)
        return _widest(out)


def _widest(mentions: list[ActorMention]) -> list[ActorMention]:
    """One mention per stretch of words: a name the parser split into several heads
    ("Hamad bin Khalifa al-Thani", each word a subject) resolves once per head, to
    nested or overlapping spans; the widest stands for them (first come on ties)."""
    if len(mentions) < 2:
        return mentions
    keep: list[ActorMention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(k.start < m.end and m.start < k.end and k.kind == m.kind == "person"
                   and (k.start, k.end) != (m.start, m.end) for k in keep):
            keep.append(m)
    return sorted(keep, key=lambda m: mentions.index(m))
