"""The actor knowledge base: countries, IGOs, organisations, people with offices, role nouns.

Loaded once from the shipped YAML files in ``data/actors`` plus any user files
(``--actors FILE``, factory config ``actors_files``). Why one merged index: the
component needs a single dict lookup per candidate phrase, whatever file an
entry came from. Users' entries win over shipped ones; every such override and
every ambiguous alias is recorded in ``ActorKB.conflicts``, never dropped
silently; a clash between two user entries is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeConflictError
from .actor_files import RawActor, RawCountry, RawFile, RawOffice, read_actor_file

DATA_DIR = Path(__file__).resolve().parent / "data" / "actors"
SHIPPED_FILES = ("countries.yaml", "igos.yaml", "organizations.yaml", "roles.yaml", "people.yaml",
                 "people_world.yaml", "people_ministers.yaml", "peoples.yaml")

# How a phrase denotes an entry: its name, a nationality adjective, the plural
# people noun, or a seat of government standing for the government.
FORMS = ("name", "adj", "people", "seat")


@lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Lookup key of a phrase: case-folded, curly quotes straightened, spaces collapsed.

    Cached: the same words recur throughout a corpus, and this runs for every token.
    """
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2010", "-")
    if " " in text or "\n" in text or "\t" in text or text != text.strip():
        text = _SPACES.sub(" ", text.strip())
    return text.lower()


_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One actor the knowledge base knows: a country, IGO, organisation or person."""

    name: str
    kind: str
    country: str | None
    sectors: tuple[str, ...] = ()
    code: str | None = None
    offices: tuple[RawOffice, ...] = ()
    relations: tuple[tuple[str, str], ...] = ()
    where: str = ""
    user: bool = False
    died: date | None = None
    gender: str | None = None  # "m", "f"; None where the file does not say

    def relation(self, rel: str) -> str | None:
        """Name of the related actor ("father" -> "Kim Jong Il"), if recorded."""
        for key, value in self.relations:
            if key == rel:
                return value
        return None


@dataclass(frozen=True, slots=True)
class Hit:
    """An alias of an entry, with the form it takes and the spelling as written in the file."""

    entry: ActorEntry
    form: str
    alias: str


@dataclass(frozen=True, slots=True)
class Role:
    """What a person held at a date, or what a title implies."""

    country: str | None
    sectors: tuple[str, ...]
    evidence: str


@dataclass(slots=True)
class ActorKB:
    entries: dict[str, ActorEntry] = field(default_factory=dict)  # norm(name) -> entry
    countries: dict[str, ActorEntry] = field(default_factory=dict)  # code -> entry
    aliases: dict[str, list[Hit]] = field(default_factory=dict)  # norm(alias) -> hits
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # norm(noun) -> sectors
    group_nouns: set[str] = field(default_factory=set)
    topic_nouns: set[str] = field(default_factory=set)
    former_words: set[str] = field(default_factory=set)
    person_nouns: set[str] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    files: tuple[str, ...] = ()
    # person name -> every word of the name and its aliases (built on first use)
    _name_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def lookup(self, phrase: str) -> list[Hit]:
        return self.aliases.get(norm(phrase), [])

    def entry(self, name: str) -> ActorEntry | None:
        return self.entries.get(norm(name))

    def country_name(self, code: str | None) -> str | None:
        entry = self.countries.get(code) if code else None
        return entry.name if entry else None

    def role_sectors(self, noun: str) -> tuple[str, ...]:
        return self.roles.get(norm(noun), ())

    def name_words(self, entry: ActorEntry) -> frozenset[str]:
        """Lower-cased words of a person's name and aliases, without dots ("joseph", "r",
        "biden", "joe"): what a fuller written form of the name may contain."""
        if not self._name_words:
            words: dict[str, set[str]] = {}
            for hits in self.aliases.values():
                for h in hits:
                    if h.entry.kind == "person":
                        words.setdefault(h.entry.name, set()).update(
                            w.strip(".").lower() for w in h.alias.replace(".", ". ").split())
            for name, ws in words.items():
                ws.update(w.lower() for w in name.split())
                self._name_words[name] = frozenset(ws)
        return self._name_words.get(entry.name, frozenset(w.lower() for w in entry.name.split()))

    # -- building -------------------------------------------------------------
    def _add_alias(self, alias: str, hit: Hit) -> None:
        key = norm(alias)
        hits = self.aliases.setdefault(key, [])
        others = [h for h in hits if h.entry.name != hit.entry.name or h.entry.kind != hit.entry.kind]
        if others:
            prev = others[0]
            if hit.entry.user and prev.entry.user:
                raise KnowledgeConflictError(
                    f"{hit.entry.where}: alias {alias!r} of {hit.entry.name!r} is already "
                    f"{prev.entry.name!r} at {prev.entry.where}"
                )
            if hit.entry.user:
                self.conflicts.append(
                    f"{hit.entry.where}: alias {alias!r} now means {hit.entry.name!r} "
                    f"(was {prev.entry.name!r}, {prev.entry.where})"
                )
                hits[:] = [h for h in hits if h.entry.user or h.entry.name == hit.entry.name]
            elif prev.entry.user:
                return
            else:
                self.conflicts.append(
                    f"{hit.entry.where}: alias {alias!r} is ambiguous: {hit.entry.name!r} and "
                    f"{prev.entry.name!r} ({prev.entry.where})"
                )
        if not any(h.entry is hit.entry and h.form == hit.form for h in hits):
            hits.append(hit)

    def _add_entry(self, entry: ActorEntry) -> bool:
        key = norm(entry.name)
        prev = self.entries.get(key)
        if prev is not None and (prev.kind, prev.country) != (entry.kind, entry.country):
            if entry.user and prev.user:
                raise KnowledgeConflictError(
                    f"{entry.where}: {entry.name!r} is already defined at {prev.where} "
                    f"as {prev.kind} {prev.country}"
                )
            if entry.user:
                self.conflicts.append(f"{entry.where}: {entry.name!r} overrides {prev.where}")
        elif prev is not None and entry.user and not prev.user:
            self.conflicts.append(f"{entry.where}: {entry.name!r} overrides {prev.where}")
        elif prev is not None and prev.user == entry.user:
            raise KnowledgeConflictError(
                f"{entry.where}: {entry.name!r} is defined twice (also at {prev.where})"
            )
        if prev is not None and prev.user and not entry.user:
            return False
        if prev is not None:
            # Drop the overridden entry's aliases.
            for hits in self.aliases.values():
                hits[:] = [h for h in hits if h.entry is not prev]
        self.entries[key] = entry
        return True

    def add_country(self, c: RawCountry, user: bool) -> None:
        entry = ActorEntry(c.name, "country", c.code, (), c.code, where=c.where, user=user)
        if not self._add_entry(entry):
            return
        self.countries[c.code] = entry
        for form, words in (("name", c.names), ("adj", c.adj), ("people", c.people),
                            ("seat", c.seats)):
            for w in words:
                self._add_alias(w, Hit(entry, form, w))

    def add_actor(self, a: RawActor, user: bool) -> None:
        entry = ActorEntry(a.name, a.kind, a.country, a.sectors, a.code, a.offices,
                           tuple(sorted(a.relations.items())), a.where, user, a.died, a.gender)
        if not self._add_entry(entry):
            return
        for alias in a.aliases:
            self._add_alias(alias, Hit(entry, "name", alias))

    def add_file(self, raw: RawFile, user: bool) -> None:
        for c in raw.countries:
            self.add_country(c, user)
        for a in raw.actors:
            self.add_actor(a, user)
        for noun, sector, where in raw.roles:
            key = norm(noun)
            prev = self.roles.get(key)
            if prev and sector not in prev:
                if user:
                    self.conflicts.append(f"{where}: role {noun!r} now {sector} (was {prev[0]})")
                    self.roles[key] = (sector,)
                    continue
                self.roles[key] = (*prev, sector)
            elif not prev:
                self.roles[key] = (sector,)
        self.group_nouns.update(raw.group_nouns)
        self.topic_nouns.update(raw.topic_nouns)
        self.former_words.update(raw.former_words)
        self.person_nouns.update(raw.person_nouns)


def person_role(entry: ActorEntry, when: date | None, title: str | None = None,
                former: bool = False) -> Role:
    """Country and sectors of a known person at ``when``, or for the office a title names.

    "then-President Medvedev" names an office: the nearest office with that title
    wins whatever the date. Without a title, the office held at the date; past
    office holders are elites (ELI); with no date, the latest office.
    """
    offices = sorted(entry.offices, key=lambda o: o.start or date.min)
    if not offices:
        return Role(entry.country, ("ELI",) if former else entry.sectors, f"kb:{entry.name}")
    chosen: RawOffice | None = None
    titled: list[RawOffice] = []
    if title:
        t = norm(title)
        titled = [o for o in offices if o.title == t or t in o.title.split() or o.title.endswith(t)]
        if titled:
            chosen = _nearest(titled, when)
    if chosen is None and when is not None:
        held = [o for o in offices if _holds(o, when)]
        if held:
            chosen = held[-1]
        else:
            before = [o for o in offices if o.start and o.start <= when]
            if before:
                last = before[-1]
                if entry.died is not None and entry.died <= when:
                    # The dead are named for what they did in office, not as elites now.
                    return Role(last.country, last.sectors, f"kb:{entry.name} ({last.title}, died "
                                f"{entry.died})")
                return Role(last.country, ("ELI",), f"kb:{entry.name} (former {last.title})")
            return Role(entry.country or offices[0].country, entry.sectors,
                        f"kb:{entry.name} (before office)")
    if chosen is None:
        chosen = offices[-1]
    # "former presidential candidate Elizabeth Warren", a sitting senator: "former" says
    # nothing of an office she holds unless it names that office
    still = not titled and when is not None and _holds(chosen, when)
    sectors = ("ELI",) if former and not still else chosen.sectors
    span = f"{chosen.start or '?'}..{chosen.end or ''}"
    return Role(chosen.country, sectors, f"kb:{entry.name} ({chosen.title} {span})")


def _holds(o: RawOffice, when: date) -> bool:
    return (o.start is None or o.start <= when) and (o.end is None or when <= o.end)


def _nearest(offices: Sequence[RawOffice], when: date | None) -> RawOffice:
    if when is None:
        return offices[-1]

    def distance(o: RawOffice) -> int:
        if _holds(o, when):
            return 0
        if o.start and when < o.start:
            return (o.start - when).days
        return (when - o.end).days if o.end else 0

    return min(offices, key=distance)


def build_kb(user_files: Iterable[str | Path] = ()) -> ActorKB:
    """Merge the shipped files and the user's files into one knowledge base (uncached)."""
    kb = ActorKB()
    for name in SHIPPED_FILES:
        path = DATA_DIR / name
        raw = read_actor_file(path)
        raw.path = name
        kb.add_file(raw, user=False)
    paths = tuple(str(p) for p in user_files)
    for p in paths:
        kb.add_file(read_actor_file(p), user=True)
    kb.files = paths
    return kb


def load_kb(user_files: tuple[str, ...] = ()) -> ActorKB:
    """The knowledge base for these user files, built once per process (``load_kb()`` and
    ``load_kb(())`` are the same base: building one takes seconds)."""
    return _load_kb(tuple(user_files))


@lru_cache(maxsize=8)
def _load_kb(user_files: tuple[str, ...]) -> ActorKB:
    return build_kb(user_files)
