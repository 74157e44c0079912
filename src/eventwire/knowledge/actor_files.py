"""Reading actor dictionary files (YAML) with line numbers, so errors name file and line.

A file is a mapping with any of the sections ``countries``, ``actors``, ``roles``,
``group_nouns``, ``topic_nouns``, ``former_words`` (format: ``data/actors/README.md``).
This module only parses and validates the shape; ``actors.py`` builds the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from ..errors import KnowledgeFileError

SECTIONS = ("countries", "actors", "roles", "group_nouns", "topic_nouns", "former_words",
            "person_nouns")
KINDS = ("person", "country", "organization", "group", "igo")
ACTOR_KEYS = {"name", "kind", "country", "sectors", "code", "aliases", "offices", "relations",
              "born", "died", "gender"}
OFFICE_KEYS = {"title", "country", "sectors", "from", "to"}
COUNTRY_KEYS = {"code", "name", "names", "adj", "people", "seats", "historic", "iso_name"}
_CODE_RE = re.compile(r"^[A-Z]{3}$")
_SECTOR_RE = re.compile(r"^[A-Z]{3}$")
_LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A SafeLoader that records each mapping's first line under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# Keep dates as strings: we parse partial dates ("2008-05", "2008") ourselves.
_LineLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass(frozen=True, slots=True)
class RawOffice:
    title: str
    country: str | None
    sectors: tuple[str, ...]
    start: date | None
    end: date | None


@dataclass(slots=True)
class RawActor:
    """One ``actors`` entry as written, with where it was written."""

    name: str
    kind: str
    country: str | None
    sectors: tuple[str, ...]
    code: str | None
    aliases: tuple[str, ...]
    offices: tuple[RawOffice, ...]
    relations: dict[str, str]
    where: str
    died: date | None = None
    gender: str | None = None  # "m" or "f"


@dataclass(slots=True)
class RawCountry:
    code: str
    name: str
    names: tuple[str, ...]
    adj: tuple[str, ...]
    people: tuple[str, ...]
    seats: tuple[str, ...]
    historic: bool
    where: str


@dataclass(slots=True)
class RawFile:
    path: str
    countries: list[RawCountry] = field(default_factory=list)
    actors: list[RawActor] = field(default_factory=list)
    roles: list[tuple[str, str, str]] = field(default_factory=list)  # (noun, sector, where)
    group_nouns: list[str] = field(default_factory=list)
    topic_nouns: list[str] = field(default_factory=list)
    former_words: list[str] = field(default_factory=list)
    person_nouns: list[str] = field(default_factory=list)


def parse_date(value: object, where: str) -> date | None:
    """``2008``, ``2008-05`` or ``2008-05-07`` (a partial date means its first day)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", text)
    if not m:
        raise KnowledgeFileError(f"{where}: date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError as exc:
        raise KnowledgeFileError(f"{where}: date {text!r} is invalid: {exc}") from exc


def _strings(value: object, where: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise KnowledgeFileError(f"{where}: {what} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _sectors(value: object, where: str) -> tuple[str, ...]:
    out = _strings(value, where, "sectors")
    for s in out:
        if not _SECTOR_RE.match(s):
            raise KnowledgeFileError(f"{where}: sector {s!r} is not three capital letters (GOV, MIL)")
    return out


def _country(value: object, where: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _CODE_RE.match(value):
        raise KnowledgeFileError(
            f"{where}: country {value!r} is not a three-letter code (ISO alpha-3, IGO, NGO, MNC)"
        )
    return value


def _mapping(item: object, where: str, what: str) -> dict[str, Any]:
    if not isinstance(item, dict):
        raise KnowledgeFileError(f"{where}: each {what} entry must be a mapping")
    return item


def _unknown_keys(item: dict[str, Any], allowed: set[str], where: str) -> None:
    extra = sorted(str(k) for k in item if k != _LINE and k not in allowed)
    if extra:
        raise KnowledgeFileError(f"{where}: unknown key(s) {', '.join(extra)}")


def _parse_actor(item: dict[str, Any], path: str) -> RawActor:
    where = f"{path}:{item.get(_LINE, '?')}"
    _unknown_keys(item, ACTOR_KEYS, where)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise KnowledgeFileError(f"{where}: actor entry has no name")
    kind = item.get("kind", "person" if item.get("offices") else "organization")
    if kind not in KINDS:
        raise KnowledgeFileError(f"{where}: kind {kind!r} is not one of {', '.join(KINDS)}")
    country = _country(item.get("country"), where)
    if kind == "igo" and country is None:
        country = "IGO"
    sectors = _sectors(item.get("sectors"), where)
    offices = []
    raw_offices = item.get("offices") or []
    if not isinstance(raw_offices, list):
        raise KnowledgeFileError(f"{where}: offices must be a list")
    for off in raw_offices:
        off = _mapping(off, where, "office")
        owhere = f"{path}:{off.get(_LINE, '?')}"
        _unknown_keys(off, OFFICE_KEYS, owhere)
        title = off.get("title")
        if not isinstance(title, str) or not title.strip():
            raise KnowledgeFileError(f"{owhere}: office has no title")
        start, end = parse_date(off.get("from"), owhere), parse_date(off.get("to"), owhere)
        if start and end and end < start:
            raise KnowledgeFileError(f"{owhere}: office ends ({end}) before it starts ({start})")
        ocountry = _country(off.get("country", country), owhere)
        osectors = _sectors(off.get("sectors"), owhere) or ("GOV",)
        offices.append(RawOffice(title.strip().lower(), ocountry, osectors, start, end))
    relations = item.get("relations") or {}
    if not isinstance(relations, dict) or not all(
        isinstance(v, str) for k, v in relations.items() if k != _LINE
    ):
        raise KnowledgeFileError(f"{where}: relations must map a relation to a name")
    code = item.get("code")
    if code is not None and (not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3,15}", code)):
        raise KnowledgeFileError(f"{where}: code {code!r} is not 3 to 15 capital letters")
    aliases = _strings(item.get("aliases"), where, "aliases")
    name = name.strip()
    if name not in aliases:
        aliases = (name, *aliases)
    rels = {str(k).lower(): v for k, v in relations.items() if k != _LINE}
    died = parse_date(item.get("died"), where)
    gender = item.get("gender")
    if gender is not None:
        gender = {"m": "m", "male": "m", "f": "f", "female": "f"}.get(str(gender).lower())
        if gender is None:
            raise KnowledgeFileError(f"{where}: gender {item.get('gender')!r} is not m or f")
    return RawActor(name, kind, country, sectors, code, aliases, tuple(offices), rels, where, died,
                    gender)


def _parse_country(item: dict[str, Any], path: str) -> RawCountry:
    where = f"{path}:{item.get(_LINE, '?')}"
    _unknown_keys(item, COUNTRY_KEYS, where)
    code = _country(item.get("code"), where)
    name = item.get("name")
    if code is None or not isinstance(name, str):
        raise KnowledgeFileError(f"{where}: a country needs code and name")
    names = _strings(item.get("names"), where, "names")
    if name not in names:
        names = (name, *names)
    return RawCountry(
        code, name, names, _strings(item.get("adj"), where, "adj"),
        _strings(item.get("people"), where, "people"), _strings(item.get("seats"), where, "seats"),
        bool(item.get("historic", False)), where,
    )


def read_actor_file(path: str | Path) -> RawFile:
    """Parse one dictionary file; raise ``KnowledgeFileError`` naming file, line, problem."""
    p = Path(path)
    name = str(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeFileError(f"{name}: cannot read actor file: {exc}") from exc
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else "?"
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise KnowledgeFileError(f"{name}:{line}: invalid YAML: {problem}") from exc
    out = RawFile(name)
    if data is None:
        return out
    if not isinstance(data, dict):
        raise KnowledgeFileError(f"{name}:1: an actor file must be a mapping with sections "
                                 f"{', '.join(SECTIONS)}")
    for key in data:
        if key != _LINE and key not in SECTIONS:
            raise KnowledgeFileError(f"{name}:{data[_LINE]}: unknown section {key!r} "
                                     f"(expected {', '.join(SECTIONS)})")
    for item in _list(data, "countries", name):
        out.countries.append(_parse_country(_mapping(item, f"{name}", "countries"), name))
    for item in _list(data, "actors", name):
        out.actors.append(_parse_actor(_mapping(item, f"{name}", "actors"), name))
    roles = data.get("roles") or {}
    if not isinstance(roles, dict):
        raise KnowledgeFileError(f"{name}:{data[_LINE]}: roles must map a sector to nouns")
    where = f"{name}:{roles.get(_LINE, '?')}"
    for sector, nouns in roles.items():
        if sector == _LINE:
            continue
        _sectors([sector], where)
        for noun in _strings(nouns, where, f"roles {sector}"):
            out.roles.append((noun.lower(), sector, where))
    for section in ("group_nouns", "topic_nouns", "former_words", "person_nouns"):
        words = _strings(data.get(section), f"{name}", section)
        getattr(out, section).extend(w.lower() for w in words)
    return out


def _list(data: dict[str, Any], key: str, name: str) -> list[Any]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise KnowledgeFileError(f"{name}:{data.get(_LINE, '?')}: {key} must be a list")
    return value
