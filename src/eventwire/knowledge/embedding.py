"""CAMEO codes of events about other events: intents, refusals, appeals, demands, threats.

"X agreed to lift sanctions" is one CAMEO event whose code (0354, express intent
to ease economic sanctions) follows the embedded act (085, ease sanctions); the
same holds for refusals (12x), appeals (02x), demands (10x) and threats (13x).
``embedded_code`` computes it; ``cameo_convention`` uses it to restate an
eventwire record (the act's own type plus a modality) in the CAMEO manual's
convention, which codes a future cooperative act as an intent (03x, PLOVER
AGREE) and a future conflictual one as a threat (13x, PLOVER THREATEN).
"""

from __future__ import annotations

from .cameo import code_info

_INTENT_BY_ROOT = {"04": "036", "05": "032", "06": "031", "07": "033", "08": "035", "03": "030"}
_REFUSE_BY_ROOT = {"04": "125", "06": "121", "07": "122", "08": "124", "05": "120", "03": "120"}
_APPEAL_BY_ROOT = {"04": "026", "06": "021", "07": "023", "08": "025", "05": "020", "03": "020"}
_DEMAND_BY_ROOT = {"04": "106", "06": "101", "07": "103", "08": "105", "05": "100", "03": "100"}
_REFORM_BY_KIND = {"intent": "034", "refuse": "123", "appeal": "024", "demand": "104"}
_YIELD_DETAIL = {  # (inner code prefix) -> last digit for 035x/124x/025x/105x
    "085": "4", "0841": "3", "0842": "3", "084": "3", "087": "6", "0871": "6", "0872": "6",
    "0873": "6", "0874": "6", "081": "1", "086": "5",
}


def _yield_code(base: str, inner: str) -> str:
    for prefix in sorted(_YIELD_DETAIL, key=len, reverse=True):
        if inner.startswith(prefix):
            return base + _YIELD_DETAIL[prefix]
    return base


# The threat (CAMEO 13x) of an act, by the act's code prefix (longest first).
_THREAT_BY_PREFIX = {
    "14": "133",  # protest, strike, boycott as dissent
    "161": "1313", "162": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
    "16": "131",
    "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "172": "132",
    "175": "137",
    "190": "138", "191": "1381", "192": "1382", "18": "1383", "19": "1384", "20": "138",
    "15": "138",
}


def _threat_code(inner: str) -> str:
    for prefix in sorted(_THREAT_BY_PREFIX, key=len, reverse=True):
        if inner.startswith(prefix):
            return _THREAT_BY_PREFIX[prefix]
    return "130"


def embedded_code(kind: str, inner: str) -> str | None:
    """CAMEO code of an intent/refusal/appeal/demand/threat whose content is ``inner``."""
    root = inner[:2]
    if kind == "intent" and root in ("15", "16", "17", "18", "19", "20"):
        kind = "threaten"  # "vowed to retaliate", "promised to impose sanctions"
    if inner.startswith("083") and kind in _REFORM_BY_KIND:
        # political reform keeps its detail: "refused to resign" 1231, "offered to resign"
        # 0341, "called for the president to resign" 0241, "demanded ... resign" 1041
        return _REFORM_BY_KIND[kind] + inner[3:]
    if kind == "threaten":
        return _threat_code(inner)
    table = {"intent": _INTENT_BY_ROOT, "refuse": _REFUSE_BY_ROOT,
             "appeal": _APPEAL_BY_ROOT, "demand": _DEMAND_BY_ROOT}[kind]
    base = table.get(root)
    if base is None:
        return None
    if root == "08" and kind != "refuse":
        return _yield_code(base, inner)
    if root == "08":
        return _yield_code("124", inner)
    if root == "06" and kind == "intent" and inner.startswith("061"):
        return "0311"
    return base



_FUTURE = frozenset(["planned", "expected"])
_COOPERATIVE_ROOTS = frozenset(["04", "05", "06", "07", "08"])
_CONFLICT_ROOTS = frozenset(["14", "15", "16", "17", "18", "19", "20"])


def cameo_convention(cameo: str | None, plover: str, modality: str) -> tuple[str | None, str]:
    """(CAMEO code, PLOVER type) of an event as the CAMEO manual would code it.

    A planned or expected cooperative act is coded as the intent to do it ("X will
    visit Y" -> 036 AGREE), a planned or expected conflictual act as a threat ("X
    will impose sanctions" -> 1312 THREATEN); everything else is unchanged.
    """
    if cameo is None or modality not in _FUTURE:
        return cameo, plover
    root = cameo[:2]
    if root in _COOPERATIVE_ROOTS:
        code = embedded_code("intent", cameo)
    elif root in _CONFLICT_ROOTS:
        code = embedded_code("threaten", cameo)
    else:
        return cameo, plover
    if code is None:
        return cameo, plover
    return code, code_info(code).plover or plover
