"""CAMEO codes and their PLOVER equivalents, from the shipped coding tables.

``code_info("042")`` gives everything a record needs for a CAMEO code: name,
Goldstein value, quad class, PLOVER type, mode and context.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

# Older PLOVER category names (as in the PLOVER GSR file) -> current names.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT",
                  "INVESTIGATE": "ACCUSE"}

# Where eventwire departs from the 2021 table: 163 (impose embargo, boycott or
# sanctions) is COERCE there but SANCTION in the PLOVER definitions and gold
# standard examples; we follow the latter.
_OVERRIDES = {"163": ("SANCTION", "restrict", "economic")}

# CAMEO 02 (appeals) is not in the PLOVER table: PLOVER folds appeals into REQUEST.
_APPEAL_MODES = {"021": "assist", "022": "assist", "023": "assist", "024": "change",
                 "025": "yield", "026": "meet", "027": "meet", "028": "meet"}


def quad_class(code: str) -> int:
    """CAMEO root 01-05 verbal cooperation, 06-08 material cooperation,
    09-13 verbal conflict, 14-20 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@dataclass(frozen=True, slots=True)
class CodeInfo:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    mode: str | None
    context: str | None


def _data(name: str) -> str:
    raw = (resources.files("eventwire.knowledge") / "data" / "cameo" / name).read_bytes()
    return raw.decode("utf-8", errors="replace")


@lru_cache(maxsize=1)
def _plover_table() -> dict[str, tuple[str, str | None, str | None]]:
    table: dict[str, tuple[str, str | None, str | None]] = {}
    line_re = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,([^,#]*))?(?:,([^#]*))?")
    for line in _data("CAMEO2PLOVER-2021.txt").splitlines():
        m = line_re.match(line)
        if not m:
            continue
        code, plover = m.group(1), m.group(2)
        mode = (m.group(3) or "").strip() or None
        context = (m.group(4) or "").strip() or None
        if context:
            context = ";".join(c.strip() for c in context.split(";") if c.strip()) or None
        if len(code) == 2:  # a root header line ("04: CONSULT"): type only
            table.setdefault(code, (plover, None, None))
            continue
        table.setdefault(code, (plover, mode, context))
    return table


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CodeInfo]:
    """Every CAMEO code -> CodeInfo."""
    plover = _plover_table()
    out: dict[str, CodeInfo] = {}
    for row in csv.DictReader(_data("cameo-codes.csv").splitlines()):
        code = row["code"].strip()
        try:
            gold: float | None = float(row["goldstein"])
        except (TypeError, ValueError):
            gold = None
        p = _OVERRIDES.get(code) or plover.get(code)
        if p is None and code[:2] == "02":
            p = ("REQUEST", _APPEAL_MODES.get(code[:3]), None)
        if p is None and len(code) > 3:
            parent = plover.get(code[:3])
            p = parent
        if p is None:
            p = plover.get(code[:2]) if code[:2] != "01" else None
        out[code] = CodeInfo(
            code=code, name=row["name"].strip(), goldstein=gold, quad_class=quad_class(code),
            plover=p[0] if p else None, mode=p[1] if p else None, context=p[2] if p else None,
        )
    return out


def code_info(code: str) -> CodeInfo:
    """CodeInfo for a CAMEO code; KeyError for a code that is not in CAMEO."""
    return cameo_table()[code]
