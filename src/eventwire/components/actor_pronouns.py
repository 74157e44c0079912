"""Pronouns: "he", "she", "they", "it" and their possessives take the last compatible
actor, preferring the subject of the clause before, within a few sentences."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .actor_state import (
    CLAUSE_DEPS,
    OBJECT_PRONOUNS,
    PRONOUN_KIND,
    PRONOUN_WINDOW,
    REFLEXIVES,
    SALIENT_WINDOW,
    SUBJECT_DEPS,
    Resolved,
    ResolverState,
)


class PronounRules(ResolverState):
    """The pronoun rules of ``DocResolver``."""

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
