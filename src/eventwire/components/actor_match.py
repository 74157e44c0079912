"""Phrase index over the actor knowledge base: longest-match lookup of aliases in a Doc.

Why a token-tuple dict: one dict probe per (start, length) candidate, and only at
tokens that can start an alias, keeps the stage's cost flat in the size of the
knowledge base (no per-entry loops, no regular expressions).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from ..extensions import tokens_of
from ..knowledge.actors import ActorKB, Hit, norm


@dataclass(frozen=True, slots=True)
class Match:
    """A knowledge-base alias found at tokens ``start:end``."""

    start: int
    end: int
    hits: tuple[Hit, ...]


# Generational suffixes written after a person's name: "Joseph R. Biden Jr.", "Ken Griffey, Sr.".
NAME_SUFFIXES = frozenset(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"])


def _suffix_end(doc: Doc, lower: list[str], end: int) -> int:
    """The end of a person's name with its generational suffix, if one follows."""
    k = end + 1 if end < len(lower) and lower[end] == "," else end
    if k < len(lower) and lower[k] in NAME_SUFFIXES and doc[k].text[:1].isupper():
        return k + 1
    return end


def _case_ok(alias_tokens: tuple[str, ...], doc: Doc, start: int) -> bool:
    """Capitalised aliases need capitalised words; short acronyms need the exact case."""
    for k, a in enumerate(alias_tokens):
        text = doc[start + k].text
        letters = [c for c in a if c.isalpha()]
        if not letters or not letters[0].isupper():
            continue
        if all(c.isupper() for c in letters) and len(letters) <= 5:
            if text.replace("\u2019", "'") != a:
                return False
        elif not text[:1].isupper():
            return False
    return True


class PhraseIndex:
    """Token-sequence index of every alias, built once per tokenizer and knowledge base."""

    def __init__(self, kb: ActorKB, tokenizer: Tokenizer) -> None:
        self.kb = kb
        self.index: dict[tuple[str, ...], list[tuple[tuple[str, ...], Hit]]] = {}
        self.firsts: set[str] = set()
        self.maxlen = 1
        # Key lengths per first word, longest first: the only lengths worth probing there.
        self.lengths: dict[str, tuple[int, ...]] = {}
        for hits in kb.aliases.values():
            for hit in hits:
                toks = tuple(t.text.replace("\u2019", "'") for t in tokenizer(hit.alias))
                key = tuple(norm(t) for t in toks)
                if not key:
                    continue
                self.index.setdefault(key, []).append((toks, hit))
                self.firsts.add(key[0])
                self.maxlen = max(self.maxlen, len(key))
        # A leading "the" is optional in text ("the Kremlin" / "Kremlin").
        for key, items in list(self.index.items()):
            if len(key) > 1 and key[0] == "the" and key[1:] not in self.index:
                self.index[key[1:]] = [(toks[1:], hit) for toks, hit in items]
                self.firsts.add(key[1])
        by_first: dict[str, set[int]] = {}
        for key in self.index:
            by_first.setdefault(key[0], set()).add(len(key))
        self.lengths = {w: tuple(sorted(ns, reverse=True)) for w, ns in by_first.items()}

    def scan(self, doc: Doc, lower: list[str] | None = None) -> list[Match]:
        """Leftmost-longest matches of aliases, case-checked, in document order.

        ``lower``: the tokens' ``norm`` keys, when the caller already has them.
        """
        if lower is None:
            lower = [norm(t.text) for t in tokens_of(doc)]
        n = len(lower)
        out: list[Match] = []
        i = 0
        index, lengths = self.index, self.lengths
        while i < n:
            probe = lengths.get(lower[i])
            if probe is None:
                i += 1
                continue
            found = None
            for length in probe:
                if length > n - i:
                    continue
                items = index.get(tuple(lower[i:i + length]))
                if items:
                    hits = tuple(h for toks, h in items if _case_ok(toks, doc, i))
                    if hits:
                        found = Match(i, i + length, hits)
                        break
            if found is None:
                i += 1
                continue
            if all(h.entry.kind == "person" for h in found.hits):
                found = Match(found.start, _suffix_end(doc, lower, found.end), found.hits)
            out.append(found)
            i = found.end
        return out
