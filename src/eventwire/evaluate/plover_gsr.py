"""The PLOVER gold standard records (CAMEO manual examples): loader and actor scoring.

``load_gsr`` reads ``PLOVER_GSR_CAMEO.json`` into ``GsrRecord`` objects (event
fields kept for event-type scoring); ``score_actors`` compares the actor stage's
mentions with the gold source and target actors.

How an actor is scored (documented because the file has quirks):

* A gold actor is located in the sentence by its ``actorText`` (first occurrence;
  "A ... B" spans from A to B); where the text is not in the sentence ("Greek-
  Cypriot" for "Greek"), by the matching ``(SRC: ...)``/``(TAR: ...)`` tag of the
  markup. A predicted mention matches when its characters overlap the gold span;
  the best overlap wins. No overlapping mention counts as wrong.
* Country codes are compared after mapping the file's legacy codes (JAP -> JPN,
  ITL -> ITA, VTN -> VNM).
* Full code is country plus primary sector (the first three letters: "CVLalb" ->
  CVL, "REBHUT" -> REB). The file's codebook differs from ours in a few sectors,
  mapped before comparing: CIV -> CVL (typo), MED -> HLH (it marks medical actors:
  doctors, the Red Cross), JRN -> MED (journalists), MOS -> REL. Gold "***"
  (sector unknown) is left out of the full-code figure; gold with no sector
  expects no sector.
* Records carry the placeholder date 2000-01-01, so the pipeline runs with no
  publication date (a person resolves to the latest office unless a title says
  otherwise).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from ..errors import EvaluationDataError
from ..mentions import ActorMention

DEFAULT_PATH = Path("..") / "shared" / "data" / "plover" / "PLOVER_GSR_CAMEO.json"
LEGACY_COUNTRY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
SECTOR_MAP = {"CIV": "CVL", "MED": "HLH", "JRN": "MED", "MOS": "REL"}
_TAG = re.compile(r"\((SRC/TAR|SRC|TAR): ([^)]*)\)")


@dataclass(frozen=True, slots=True)
class GsrActor:
    text: str
    country: str  # normalised code (ISO alpha-3, IGO, NGO, IMG ...)
    sector: str | None  # primary sector ("" = none given, None = unknown "***")
    raw_code: str
    raw_sector: str | None


@dataclass(slots=True)
class GsrRecord:
    id: str
    text: str
    event: str
    context: str | None
    mode: str | None
    markup: str
    source: list[GsrActor] = field(default_factory=list)
    target: list[GsrActor] = field(default_factory=list)
    skipped: int = 0  # actor fields that are not actor records (a bare string)


def _sector(raw: str | None) -> str | None:
    if raw is None or raw == "":
        return ""
    if raw.startswith("*"):
        return None
    head = raw[:3].upper()
    return SECTOR_MAP.get(head, head)


def _actors(value: object) -> tuple[list[GsrActor], int]:
    if not value:
        return [], 0
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return [], 1
    out, skipped = [], 0
    for a in value:
        if not isinstance(a, dict) or not a.get("actorText") or not a.get("code"):
            skipped += 1
            continue
        code = str(a["code"]).strip()
        out.append(GsrActor(str(a["actorText"]).strip(), LEGACY_COUNTRY.get(code, code),
                            _sector(a.get("sector")), code, a.get("sector")))
    return out, skipped


def load_gsr(path: str | Path = DEFAULT_PATH) -> list[GsrRecord]:
    """Read the gold records, dropping the documentation record(s)."""
    p = Path(path)
    if not p.is_file():
        raise EvaluationDataError(f"{p}: PLOVER GSR file not found (pass --data PATH)")
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise EvaluationDataError(f"{p}: cannot read PLOVER GSR JSON: {exc}") from exc
    if not isinstance(data, list):
        raise EvaluationDataError(f"{p}: expected a JSON list of records")
    records = []
    for item in data:
        if not isinstance(item, dict) or item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        src, s1 = _actors(item.get("source"))
        tar, s2 = _actors(item.get("target"))
        info = item.get("textInfo")
        markup = str(info.get("markup", "")) if isinstance(info, dict) else str(info or "")
        records.append(GsrRecord(str(item.get("id")), str(item["text"]), str(item.get("event")),
                                 item.get("context") or None, item.get("mode") or None, markup,
                                 src, tar, s1 + s2))
    return records


def locate(record: GsrRecord, actor: GsrActor, role: str) -> tuple[int, int] | None:
    """Character span of a gold actor in the record's text, or None."""
    text = record.text
    parts = [p.strip(" .") for p in re.split(r"\s*\.{2,}\s*", actor.text) if p.strip(" .")]
    if parts:
        start = _find(text, parts[0], 0)
        if start is not None:
            end = start + len(parts[0])
            for part in parts[1:]:
                nxt = _find(text, part, end)
                if nxt is None:
                    break
                end = nxt + len(part)
            return start, end
    # Fall back on the markup tags of this role, in order.
    actors = record.source if role == "source" else record.target
    k = actors.index(actor) if actor in actors else -1
    tags = [m.group(2) for m in _TAG.finditer(record.markup)
            if (role == "source" and "SRC" in m.group(1)) or (role == "target" and "TAR" in m.group(1))]
    if 0 <= k < len(tags):
        start = _find(text, tags[k].strip(), 0)
        if start is not None:
            return start, start + len(tags[k].strip())
    return None


def _find(text: str, needle: str, offset: int) -> int | None:
    """First occurrence of ``needle`` from ``offset``: as a whole word if it occurs so
    ("Iraq" is not the start of "Iraqi"), else anywhere; exact case before any case."""
    for flags in (0, re.IGNORECASE):
        m = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)", flags).search(text, offset)
        if m:
            return m.start()
    i = text.find(needle, offset)
    if i < 0:
        i = text.lower().find(needle.lower(), offset)
    return i if i >= 0 else None


@dataclass(slots=True)
class ActorScore:
    role: str
    total: int = 0  # gold actors scored for country
    located: int = 0
    country_ok: int = 0
    full_total: int = 0  # gold actors with a known sector
    full_ok: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def country_accuracy(self) -> float:
        return self.country_ok / self.total if self.total else 0.0

    @property
    def full_accuracy(self) -> float:
        return self.full_ok / self.full_total if self.full_total else 0.0


def best_mention(mentions: Sequence[ActorMention], span: tuple[int, int]) -> ActorMention | None:
    """The predicted mention that overlaps the gold span most (Jaccard on characters)."""
    best, score = None, 0.0
    for m in mentions:
        inter = min(m.end_char, span[1]) - max(m.start_char, span[0])
        if inter <= 0:
            continue
        union = max(m.end_char, span[1]) - min(m.start_char, span[0])
        s = inter / union
        if s > score:
            best, score = m, s
    return best


def score_actors(records: Sequence[GsrRecord], docs: Iterable[Doc]) -> dict[str, ActorScore]:
    """Country and full-code accuracy for sources and targets; docs align with records."""
    scores = {"source": ActorScore("source"), "target": ActorScore("target")}
    for record, doc in zip(records, docs, strict=True):
        mentions = doc._.actors or []
        for role in ("source", "target"):
            sc = scores[role]
            for actor in getattr(record, role):
                sc.total += 1
                span = locate(record, actor, role)
                pred = best_mention(mentions, span) if span else None
                if span:
                    sc.located += 1
                got_country = pred.country if pred else None
                got_sector = pred.sectors[0] if pred and pred.sectors else ""
                c_ok = got_country == actor.country
                sc.country_ok += c_ok
                f_ok = None
                if actor.sector is not None:
                    sc.full_total += 1
                    f_ok = c_ok and got_sector == actor.sector
                    sc.full_ok += bool(f_ok)
                if not c_ok or f_ok is False:
                    gold = actor.country + (actor.sector or "")
                    seen = "(none)" if pred is None else f"{pred.text!r} {pred.country}{got_sector}"
                    where = "" if span else " [not located]"
                    sc.errors.append(f"{record.id} {role} {actor.text!r} gold {gold} got {seen}{where}")
    return scores


def format_scores(scores: dict[str, ActorScore]) -> str:
    """The figures as printed by ``eventwire evaluate plover-gsr``."""
    lines = [f"{'role':<8} {'actors':>6} {'country':>9} {'full_code':>10} {'(scored)':>9}"]
    for sc in scores.values():
        lines.append(f"{sc.role:<8} {sc.total:>6} {sc.country_accuracy:>9.1%} "
                     f"{sc.full_accuracy:>10.1%} {sc.full_total:>9}")
    tot = sum(s.total for s in scores.values())
    c_ok = sum(s.country_ok for s in scores.values())
    f_tot = sum(s.full_total for s in scores.values())
    f_ok = sum(s.full_ok for s in scores.values())
    lines.append(f"{'all':<8} {tot:>6} {c_ok / max(tot, 1):>9.1%} {f_ok / max(f_tot, 1):>10.1%} "
                 f"{f_tot:>9}")
    return "\n".join(lines)
