"""Role nouns and their owners: "a Russian government official", "Israel's Cabinet",
"the president of Armenia", "the presidents of Russia and China"; kinship ("his late
father"), groups ("a team of staffers"), pairs ("the two leaders"), "X-led" coalitions,
and definite references ("the North Korean leader", "the network")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..knowledge import cues
from ..knowledge.actors import ActorEntry, person_role
from .actor_state import (
    DEFINITE_ORG_NOUNS,
    HOME_VERBS,
    LEADER_NOUNS,
    ORG_SELF_NOUNS,
    OWNER_PREPS,
    PLACE_LABELS,
    RELATIONAL_NOUNS,
    Resolved,
    ResolverState,
    best_hit,
    gathering,
)

# The offices a definite leader noun names ("the monarch": a king, a queen, an emir).
_LEADER_TITLES = {"monarch": ("king", "queen", "emir", "sultan", "monarch"),
                  "premier": ("premier", "prime minister"),
                  "prime minister": ("prime minister", "premier")}
# Roles posted to a country they do not serve: "the ambassador *to* Turkey".
POSTED_ROLES = frozenset("ambassador envoy emissary consul attache attaché representative "
                         "delegate".split())

class RoleRules(ResolverState):
    """The role-noun rules of ``DocResolver``."""

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
                        leaders.append(best_hit(m).entry)
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
            hit = best_hit(m)
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

    def _owners_around(self, tok: Token, topic: bool,
                       preps_allowed: frozenset[str] | set[str] = OWNER_PREPS
                       ) -> list[tuple[int, int, Resolved]]:
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
            if prep.dep_ != "prep" or prep.lower_ not in preps_allowed:
                continue
            if prep.lower_ == "to" and tok.lemma_.lower() in POSTED_ROLES:
                continue  # "the ambassador to Turkey" serves another country
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
        def leads(r: Resolved) -> bool:
            return "GOV" in r.sectors and (country is None or r.country == country)

        # "the king" is the king named, not the president named more often
        words = _LEADER_TITLES.get(key, (key,))
        best = self._salient(lambda r: leads(r) and any(
            w in (r.evidence or "").lower() or w in r.name.lower() for w in words), tok.i)
        if best is None:
            best = self._salient(leads, tok.i)
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
