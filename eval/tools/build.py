"""Build eval/annotated/{train,test}.jsonl from the annotation sources.

The annotator writes one file per article, ``eval/annotations/<slug>.ann``, in a
compact line format; this script computes the character offsets and writes the
JSON Lines records (one per selected sentence, ``"events": []`` where the file
lists no event).  Only articles that have an ``.ann`` file are written.

Line format (``#`` starts a comment line)::

    IDX | TRIGGER | CAMEO[:PLOVER] | SOURCES | TARGETS | MODALITY | DATE [| NOTE]

* IDX: the sentence index within the article (``sentence_index``).
* TRIGGER and actor texts are exact substrings of the sentence, matched on word
  boundaries; ``text@2`` takes the second occurrence.
* CAMEO: the CAMEO code; PLOVER defaults to the CAMEO->PLOVER table's type for it.
* SOURCES/TARGETS: ``text=CODE`` items separated by ``;``, ``-`` for none;
  CODE ``-`` means null; ``CODE/CTY`` sets the country explicitly.
* MODALITY: asserted, planned, expected, possible, negated, hypothetical.
* DATE: TIMEX3 value or ``-`` (null).

A comment line ``# covers: 0-29`` says which sentences the file annotates
(default ``0-10``); sentences outside the range are not written.

Usage: ``.venv/bin/python eval/tools/build.py``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import codes  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EVAL = ROOT / "eval"
SPECIAL_COUNTRIES = {"IGO", "NGO", "MNC"}
SECTORS = {
    "GOV",
    "LEG",
    "JUD",
    "COP",
    "MIL",
    "OPP",
    "REB",
    "CVL",
    "CRM",
    "BUS",
    "MED",
    "EDU",
    "HLH",
    "REL",
    "LAB",
    "HRI",
    "SPY",
    "ELI",
    "PTY",
    "REF",
    "INS",
    "SEP",
    "UAF",
    "MOD",
    "RAD",
    "AGR",
    "ENV",
    "IGO",
    "NGO",
}


def iso3() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries}


ISO3 = iso3()


class AnnError(Exception):
    pass


def find_span(sentence: str, spec: str) -> tuple[str, int, int]:
    text, n = spec, 1
    m = re.fullmatch(r"(.*)@(\d+)", spec)
    if m:
        text, n = m.group(1), int(m.group(2))
    text = text.strip()
    pat = re.escape(text)
    if re.match(r"\w", text):
        pat = r"(?<!\w)" + pat
    if re.search(r"\w$", text):
        pat = pat + r"(?!\w)"
    hits = [h.start() for h in re.finditer(pat, sentence)]
    if len(hits) < n:
        raise AnnError(f"span {text!r} (occurrence {n}) not in sentence: {sentence!r}")
    start = hits[n - 1]
    return text, start, start + len(text)


def actor(sentence: str, item: str) -> dict:
    if "=" not in item:
        raise AnnError(f"actor without code: {item!r}")
    spec, code = item.rsplit("=", 1)
    code = code.strip()
    country = None
    if "/" in code:
        code, country = code.split("/", 1)
    text, start, end = find_span(sentence, spec)
    sectors: list[str] = []
    if code == "-":
        code = None
    else:
        head = code[:3]
        if country is None and (head in ISO3 or head in SPECIAL_COUNTRIES):
            country = head
        rest = code[3:] if country == head else code
        sectors = [rest[i : i + 3] for i in range(0, len(rest), 3) if rest[i : i + 3] in SECTORS]
    return {
        "text": text,
        "start": start,
        "end": end,
        "code": code,
        "country": country,
        "sectors": sectors,
    }


def actors(sentence: str, field: str) -> list[dict]:
    field = field.strip()
    if field in ("", "-"):
        return []
    return [actor(sentence, it) for it in field.split(";") if it.strip()]


def parse_event(sentence: str, parts: list[str]) -> dict:
    if len(parts) < 6:
        raise AnnError(f"expected at least 7 fields, got {len(parts) + 1}")
    trig_spec, code_spec, src, tgt, modality, date = (p.strip() for p in parts[:6])
    note = parts[6].strip() if len(parts) > 6 else None
    cameo, _, plover = code_spec.partition(":")
    options = codes.plover_options(cameo)
    if not options:
        raise AnnError(f"no PLOVER type for CAMEO {cameo!r}")
    if not plover:
        plover = options[0][0]
    mode = next((m for p, m in options if p == plover), None)
    text, start, end = find_span(sentence, trig_spec)
    ev = {
        "trigger": {"text": text, "start": start, "end": end},
        "plover": plover,
        "mode": mode,
        "cameo": cameo,
        "source": actors(sentence, src),
        "target": actors(sentence, tgt),
        "modality": modality,
        "date": None if date in ("-", "") else date,
    }
    if note:
        ev["note"] = note
    return ev


# Which sentences of its article an .ann file annotates: a comment line
# ``# covers: 0-29``; without one, the first eleven (``select_sentences.MAX_SENTENCES``).
# Sentences outside the range are left out of the corpus, not taken as "no event".
COVERS = re.compile(r"^#\s*covers:\s*(\d+)\s*-\s*(\d+)\s*$")
DEFAULT_COVERS = (0, 10)


def ann_lines(path: Path) -> tuple[tuple[int, int], list[tuple[int, list[str]]]]:
    """An .ann file's covered sentence range and its event lines as (line number, fields)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    ranges = [(int(m.group(1)), int(m.group(2))) for m in map(COVERS.match, lines) if m]
    covers = ranges[-1] if ranges else DEFAULT_COVERS  # anywhere in the file
    events = [(n, line.split("|")) for n, line in enumerate(lines, 1)
              if line.strip() and not line.lstrip().startswith("#")]
    return covers, events


def sentence_texts() -> dict[str, str]:
    """Every selected sentence's text by id (``annotated/sentences.jsonl``)."""
    with open(EVAL / "annotated" / "sentences.jsonl", encoding="utf-8") as fh:
        return {rec["id"]: rec["sentence"] for rec in map(json.loads, fh)}


def main() -> int:
    with open(EVAL / "annotated" / "sentences.jsonl", encoding="utf-8") as fh:
        skeleton = [json.loads(line) for line in fh]
    by_slug: dict[str, list[dict]] = {}
    for rec in skeleton:
        by_slug.setdefault(rec["id"].split("#")[0], []).append(rec)
    out: dict[str, list[dict]] = {"train": [], "test": []}
    errors = 0
    for slug, recs in by_slug.items():
        ann = EVAL / "annotations" / f"{slug}.ann"
        if not ann.exists():
            continue
        events: dict[int, list[dict]] = {}
        covers, lines = ann_lines(ann)
        for lineno, parts in lines:
            try:
                idx = int(parts[0])
                if not covers[0] <= idx <= covers[1]:
                    raise AnnError(f"sentence {idx} is outside the file's '# covers:' range {covers}")
                ev = parse_event(recs[idx]["sentence"], parts[1:])
            except (AnnError, ValueError, IndexError) as exc:
                print(f"{ann.relative_to(ROOT)}:{lineno}: {exc}", file=sys.stderr)
                errors += 1
                continue
            events.setdefault(idx, []).append(ev)
        for rec in recs:
            if not covers[0] <= rec["sentence_index"] <= covers[1]:
                continue  # not annotated (yet): not in the corpus
            rec = dict(rec)
            split = rec.pop("split")
            rec["events"] = events.get(rec["sentence_index"], [])
            out[split].append(rec)
    if errors:
        print(f"{errors} errors; nothing written", file=sys.stderr)
        return 1
    for split, recs in out.items():
        with open(EVAL / "annotated" / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"{split}: {len(recs)} sentences, {sum(len(r['events']) for r in recs)} events")
    return 0


if __name__ == "__main__":
    sys.exit(main())
