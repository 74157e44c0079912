"""The event-pattern lexicon: which words, in which frames, express which CAMEO event.

The lexicon is a versioned YAML file (``data/event_lexicon.yaml``) that users can
extend with files of their own (same format; their entries are tried first).
Format, per trigger lemma::

    verbs:
      lift:                       # lemma of the trigger verb
        - cameo: "085"            # CAMEO code (PLOVER type, quad class, Goldstein follow)
          object: [sanction, embargo]   # a lemma that must occur in the object phrase
        - cameo: "0863"
          object: [blockade]
    nouns:
      summit:
        - cameo: "040"
          mode: meet              # PLOVER mode where the table gives none
          reciprocal: true        # "a summit between X and Y": both sides act

Keys of an entry: ``cameo`` (required), ``plover`` (the PLOVER type, where the
PLOVER definitions depart from the code's row of the CAMEO->PLOVER table), ``mode``, ``context``, ``particle`` (a
verb particle that must be present: "pull *out*"), ``prep`` (a preposition the
trigger must govern: "call *for*"), ``object`` (lemmas, any of which must occur in
the direct object or in the object of ``prep``; ``entity:gpe``, ``entity:person`` ...
stand for an object whose head word is in a named entity of that label), ``not_object`` (lemmas that veto
the entry), ``target`` (where the target comes from, in order: ``dobj``,
``dative``, ``prep:with``, ``prep:against`` ...; default ``[dobj, dative]`` plus
``target_preps``), ``target_preps`` (prepositions whose object is a target),
``reciprocal``, ``passive_only``/``active_only``, ``intransitive`` (no object,
no clausal complement, no "to" phrase: "thousands *demonstrated*" but not
"*demonstrated* to the U.S. that ..."), ``agentless`` (passive uses without an
agent are coded with an empty source: "was *arrested*"), ``poss_is_target`` (for
nouns: the possessor is the one acted on, "his *arrest*"), ``of_source`` (for nouns:
the "of" phrase names the actor, "the *invitation* of Putin"), ``confidence`` (prior, 0-1).
Words are strings: quote YAML's on/off/yes/no ("on"), which YAML reads as booleans.
Entries are tried most specific first (those with ``particle``, ``prep`` or
``object`` before bare ones); the first that matches codes the event.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeFileError
from .cameo import PLOVER_TYPES, cameo_table

LEXICON_VERSION = 1
_ENTRY_KEYS = {"cameo", "plover", "mode", "context", "particle", "prep", "object", "not_object", "target",
               "target_preps", "reciprocal", "passive_only", "active_only", "confidence", "note",
               "subject_object", "intransitive", "agentless", "poss_is_target", "of_source"}
DEFAULT_TARGETS = ("dobj", "dative")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a lemma expresses a CAMEO event."""

    id: str
    pos: str  # "verb" or "noun"
    lemma: str
    cameo: str
    # The PLOVER type where the PLOVER definitions place the word apart from its
    # code's row in the CAMEO->PLOVER table ("resign": 0831, but RETREAT).
    plover: str | None = None
    mode: str | None = None
    context: str | None = None
    particle: str | None = None
    prep: str | None = None
    object: frozenset[str] = frozenset()
    not_object: frozenset[str] = frozenset()
    target: tuple[str, ...] = DEFAULT_TARGETS
    reciprocal: bool = False
    passive_only: bool = False
    active_only: bool = False
    confidence: float = 0.7
    intransitive: bool = False
    # Coded with an empty source when passive with no agent ("was arrested").
    agentless: bool = False
    # Event nouns whose possessor is the one acted on ("his arrest", "X's assassination").
    poss_is_target: bool = False
    # Event nouns whose "of" phrase names the actor ("the invitation of Putin").
    of_source: bool = False
    # For verbs whose grammatical object is the actor acted on while the subject
    # is the actor acting upon it ("X hosted Y"), the default. Set false for verbs
    # whose subject is the affected party ("X received aid from Y").
    subject_object: bool = True

    @property
    def specificity(self) -> int:
        return (2 if self.object else 0) + (1 if self.particle else 0) + (1 if self.prep else 0)


@dataclass(frozen=True, slots=True)
class Lexicon:
    version: int
    verbs: dict[str, tuple[Pattern, ...]]
    nouns: dict[str, tuple[Pattern, ...]]

    def for_verb(self, lemma: str) -> tuple[Pattern, ...]:
        return self.verbs.get(lemma, ())

    def for_noun(self, lemma: str) -> tuple[Pattern, ...]:
        return self.nouns.get(lemma, ())


def _word(value: Any, where: str, key: str) -> str | None:
    """A single word; YAML's bare on/off/yes/no (booleans) are refused, not coerced."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise KnowledgeFileError(
            f"{where}: '{key}' is a YAML boolean; quote the word (e.g. \"on\", \"off\")")
    if not isinstance(value, str) or not value.strip():
        raise KnowledgeFileError(f"{where}: '{key}' must be a word")
    return value.strip().lower()


def _words(value: Any, where: str, key: str) -> tuple[str, ...]:
    """A word or a list of words, in order."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    return tuple(w for v in items if (w := _word(v, where, key)))


def _as_set(value: Any, where: str, key: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, list) and any(isinstance(v, bool) for v in value):
        raise KnowledgeFileError(
            f"{where}: '{key}' holds a YAML boolean; quote words such as \"on\", \"off\"")
    if isinstance(value, str):
        return frozenset([value.lower()])
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return frozenset(v.lower() for v in value)
    raise KnowledgeFileError(f"{where}: '{key}' must be a word or a list of words")


def _line_of(node: Any) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def _parse_entries(
    data: Any, pos: str, source: str, codes: set[str]
) -> dict[str, list[Pattern]]:
    out: dict[str, list[Pattern]] = {}
    if data is None:
        return out
    if not isinstance(data, dict):
        raise KnowledgeFileError(f"{source}: '{pos}s' must map lemmas to lists of entries")
    for lemma, entries in data.items():
        where = f"{source}: {pos} {lemma!r}"
        if isinstance(entries, dict):
            entries = [entries]
        if not isinstance(entries, list) or not entries:
            raise KnowledgeFileError(f"{where}: expected a list of entries")
        for k, e in enumerate(entries):
            w = f"{where} entry {k + 1}"
            if not isinstance(e, dict):
                raise KnowledgeFileError(f"{w}: an entry is a mapping with at least 'cameo'")
            unknown = set(e) - _ENTRY_KEYS
            if unknown:
                raise KnowledgeFileError(f"{w}: unknown key(s) {', '.join(sorted(unknown))}")
            raw_code = e.get("cameo", "")
            if not isinstance(raw_code, str):
                raise KnowledgeFileError(f"{w}: cameo must be a quoted string such as \"042\"")
            code = raw_code.strip()
            if code not in codes:
                raise KnowledgeFileError(f"{w}: {code!r} is not a CAMEO code")
            target = e.get("target")
            targets = _words(target, w, "target") if target is not None else DEFAULT_TARGETS
            preps = _words(e.get("target_preps"), w, "target_preps")
            targets = targets + tuple(f"prep:{p}" for p in preps if f"prep:{p}" not in targets)
            plover = e.get("plover")
            if plover is not None and plover not in PLOVER_TYPES:
                raise KnowledgeFileError(f"{w}: {plover!r} is not a PLOVER type")
            conf = float(e.get("confidence", 0.7))
            if not 0 <= conf <= 1:
                raise KnowledgeFileError(f"{w}: confidence must be between 0 and 1")
            out.setdefault(str(lemma).lower(), []).append(
                Pattern(
                    id=f"{pos}:{str(lemma).lower()}:{k + 1}",
                    pos=pos,
                    lemma=str(lemma).lower(),
                    cameo=code,
                    plover=plover,
                    mode=e.get("mode"),
                    context=e.get("context"),
                    particle=_word(e.get("particle"), w, "particle"),
                    prep=_word(e.get("prep"), w, "prep"),
                    object=_as_set(e.get("object"), w, "object"),
                    not_object=_as_set(e.get("not_object"), w, "not_object"),
                    target=targets,
                    reciprocal=bool(e.get("reciprocal", False)),
                    passive_only=bool(e.get("passive_only", False)),
                    active_only=bool(e.get("active_only", False)),
                    confidence=conf,
                    intransitive=bool(e.get("intransitive", False)),
                    agentless=bool(e.get("agentless", False)),
                    poss_is_target=bool(e.get("poss_is_target", False)),
                    of_source=bool(e.get("of_source", False)),
                    subject_object=bool(e.get("subject_object", True)),
                )
            )
    return out


def parse_lexicon_text(text: str, source: str) -> tuple[int, dict[str, list[Pattern]],
                                                         dict[str, list[Pattern]]]:
    """Parse one lexicon file's text; errors name the file and the entry (or line)."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise KnowledgeFileError(f"{source}{line}: not valid YAML ({getattr(exc, 'problem', exc)})"
                                 ) from None
    if not isinstance(data, dict):
        raise KnowledgeFileError(f"{source}: a lexicon file is a mapping with 'verbs'/'nouns'")
    version = int(data.get("version", LEXICON_VERSION))
    codes = set(cameo_table())
    return (version, _parse_entries(data.get("verbs"), "verb", source, codes),
            _parse_entries(data.get("nouns"), "noun", source, codes))


def _merge(
    parts: Sequence[dict[str, list[Pattern]]],
) -> dict[str, tuple[Pattern, ...]]:
    merged: dict[str, list[Pattern]] = {}
    for part in parts:  # earlier parts (user files) first
        for lemma, pats in part.items():
            merged.setdefault(lemma, []).extend(pats)
    # Stable sort: specific entries before bare ones, file order otherwise.
    return {k: tuple(sorted(v, key=lambda p: -p.specificity)) for k, v in merged.items()}


@lru_cache(maxsize=8)
def load_lexicon(extra_files: tuple[str, ...] = ()) -> Lexicon:
    """The shipped lexicon, with users' files (tried first) when given."""
    texts: list[tuple[str, str]] = []
    for f in extra_files:
        try:
            texts.append((Path(f).read_text(encoding="utf-8"), str(f)))
        except OSError as exc:
            raise KnowledgeFileError(f"{f}: cannot read lexicon file ({exc.strerror})") from None
    shipped = resources.files("eventwire.knowledge") / "data" / "event_lexicon.yaml"
    texts.append((shipped.read_text(encoding="utf-8"), "event_lexicon.yaml"))
    verbs: list[dict[str, list[Pattern]]] = []
    nouns: list[dict[str, list[Pattern]]] = []
    version = LEXICON_VERSION
    for text, src in texts:
        v, vb, nn = parse_lexicon_text(text, src)
        version = max(version, v)
        verbs.append(vb)
        nouns.append(nn)
    return Lexicon(version=version, verbs=_merge(verbs), nouns=_merge(nouns))


def lemmas(patterns: Iterable[Pattern]) -> set[str]:
    return {p.lemma for p in patterns}
