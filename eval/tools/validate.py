"""Validate the annotated event corpus (eval/annotated/train.jsonl and test.jsonl).

Checks every record: the schema, that each span's offsets match the sentence text,
that CAMEO codes are valid (and never the unannotated 01 family), that the PLOVER
type and mode agree with the CAMEO->PLOVER table, modality and date formats, that
ids are unique, that each article's sentences are a complete run 0..n-1, and that
train and test share no article.  With ``--data`` (default ``../shared/data`` when
present) it also checks the code list against the CAMEO table there and that each
sentence occurs in its Wikinews article.

Prints ``file:line: problem`` for each problem and exits 1 if there is any.
Usage: ``.venv/bin/python eval/tools/validate.py [FILE ...] [--data DIR]``
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import codes  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_FILES = [
    ROOT / "eval" / "annotated" / "train.jsonl",
    ROOT / "eval" / "annotated" / "test.jsonl",
]
MODALITIES = {"asserted", "planned", "expected", "possible", "negated", "hypothetical"}
SPECIAL_COUNTRIES = {"IGO", "NGO", "MNC"}
DATE_RE = re.compile(
    r"^\d{4}(-(\d{2}(-\d{2})?|W\d{2}(-WE)?|Q[1-4]|SP|SU|FA|WI))?$|^\d{3}X?$|^\d{2}$"
)
ID_RE = re.compile(r"^[A-Za-z0-9_]+#\d+$")
RECORD_KEYS = {"id", "url", "published", "title", "sentence_index", "sentence", "events"}
EVENT_KEYS = {"trigger", "plover", "mode", "cameo", "source", "target", "modality", "date"}
ACTOR_KEYS = {"text", "start", "end", "code", "country", "sectors"}


def _iso3() -> set[str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover
        return set()
    return {c.alpha_3 for c in pycountry.countries}


ISO3 = _iso3()


def check_span(span, sentence: str, where: str, keys: set[str]) -> list[str]:
    if not isinstance(span, dict):
        return [f"{where}: not an object"]
    probs = []
    missing = keys - span.keys()
    if missing:
        probs.append(f"{where}: missing {sorted(missing)}")
        return probs
    s, e, t = span["start"], span["end"], span["text"]
    if not (isinstance(s, int) and isinstance(e, int) and isinstance(t, str)):
        return [f"{where}: start/end must be int, text str"]
    if not (0 <= s < e <= len(sentence)):
        probs.append(f"{where}: offsets {s}-{e} out of range")
    elif sentence[s:e] != t:
        probs.append(f"{where}: sentence[{s}:{e}]={sentence[s:e]!r} != text {t!r}")
    if t != t.strip() or not t:
        probs.append(f"{where}: text has outer whitespace or is empty")
    return probs


def check_actor(a, sentence: str, where: str) -> list[str]:
    probs = check_span(a, sentence, where, ACTOR_KEYS)
    if probs or not isinstance(a, dict):
        return probs
    code, country, sectors = a["code"], a["country"], a["sectors"]
    if code is not None and not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3,15}", code)):
        probs.append(f"{where}: bad actor code {code!r}")
    if (
        country is not None
        and country not in SPECIAL_COUNTRIES
        and (not isinstance(country, str) or (ISO3 and country not in ISO3))
    ):
        probs.append(f"{where}: bad country {country!r}")
    if isinstance(code, str) and country and not code.startswith(country) and code[:3] in ISO3:
        probs.append(f"{where}: code {code} disagrees with country {country}")
    if not isinstance(sectors, list) or not all(
        isinstance(x, str) and re.fullmatch(r"[A-Z]{3}", x) for x in sectors
    ):
        probs.append(f"{where}: sectors must be a list of 3-letter codes")
    return probs


def check_event(ev, sentence: str, where: str) -> list[str]:
    if not isinstance(ev, dict):
        return [f"{where}: event is not an object"]
    missing = EVENT_KEYS - ev.keys()
    if missing:
        return [f"{where}: missing {sorted(missing)}"]
    extra = ev.keys() - EVENT_KEYS - {"note"}
    probs = [f"{where}: unknown keys {sorted(extra)}"] if extra else []
    probs += check_span(ev["trigger"], sentence, f"{where}.trigger", {"text", "start", "end"})
    plover, cameo, mode = ev["plover"], ev["cameo"], ev["mode"]
    if plover not in codes.PLOVER_TYPES:
        probs.append(f"{where}: unknown PLOVER type {plover!r}")
    if cameo is not None:
        if not isinstance(cameo, str) or cameo not in codes.CAMEO_CODES:
            probs.append(f"{where}: invalid CAMEO code {cameo!r}")
        elif cameo.startswith(codes.UNANNOTATED_PREFIX):
            probs.append(f"{where}: CAMEO 01 (statements) is not annotated")
        else:
            options = codes.plover_options(cameo)
            if plover not in [p for p, _ in options]:
                probs.append(
                    f"{where}: PLOVER {plover} inconsistent with CAMEO {cameo} "
                    f"(table: {sorted({p for p, _ in options})})"
                )
            elif mode not in [m for p, m in options if p == plover]:
                probs.append(f"{where}: mode {mode!r} not the table's mode for {cameo}")
    if mode is not None and not isinstance(mode, str):
        probs.append(f"{where}: mode must be str or null")
    for side in ("source", "target"):
        if not isinstance(ev[side], list):
            probs.append(f"{where}.{side}: must be a list")
            continue
        for i, a in enumerate(ev[side]):
            probs += check_actor(a, sentence, f"{where}.{side}[{i}]")
    if ev["modality"] not in MODALITIES:
        probs.append(f"{where}: bad modality {ev['modality']!r}")
    d = ev["date"]
    if d is not None and not (isinstance(d, str) and DATE_RE.match(d)):
        probs.append(f"{where}: bad date value {d!r}")
    if "note" in ev and not isinstance(ev["note"], str):
        probs.append(f"{where}: note must be a string")
    return probs


def check_record(rec, where: str) -> list[str]:
    if not isinstance(rec, dict):
        return [f"{where}: record is not an object"]
    missing = RECORD_KEYS - rec.keys()
    if missing:
        return [f"{where}: missing {sorted(missing)}"]
    probs = []
    extra = rec.keys() - RECORD_KEYS
    if extra:
        probs.append(f"{where}: unknown keys {sorted(extra)}")
    if not (isinstance(rec["id"], str) and ID_RE.match(rec["id"])):
        probs.append(f"{where}: bad id {rec['id']!r}")
    elif rec["id"].split("#")[1] != str(rec["sentence_index"]):
        probs.append(f"{where}: id suffix does not match sentence_index")
    if not (isinstance(rec["url"], str) and rec["url"].startswith("https://en.wikinews.org/")):
        probs.append(f"{where}: url must be a Wikinews article URL")
    if not (
        isinstance(rec["published"], str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", rec["published"])
    ):
        probs.append(f"{where}: published must be YYYY-MM-DD")
    if not isinstance(rec["sentence_index"], int) or rec["sentence_index"] < 0:
        probs.append(f"{where}: sentence_index must be a non-negative int")
    if not isinstance(rec["sentence"], str) or not rec["sentence"].strip():
        probs.append(f"{where}: empty sentence")
        return probs
    if not isinstance(rec["events"], list):
        probs.append(f"{where}: events must be a list")
        return probs
    for i, ev in enumerate(rec["events"]):
        probs += check_event(ev, rec["sentence"], f"{where}: events[{i}]")
    return probs


def load(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    recs, probs = [], []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                probs.append(f"{path}:{n}: empty line")
                continue
            try:
                recs.append((n, json.loads(line)))
            except json.JSONDecodeError as exc:
                probs.append(f"{path}:{n}: invalid JSON: {exc}")
    return recs, probs


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def check_against_data(data: Path) -> tuple[list[str], dict[str, str]]:
    probs: list[str] = []
    csv_path = data / "cameo" / "cameo-codes.csv"
    if csv_path.exists():
        with open(csv_path, encoding="utf-8", errors="replace", newline="") as fh:
            table = {row["code"] for row in csv.DictReader(fh)}
        if table != set(codes.CAMEO_CODES):
            probs.append(f"{csv_path}: CAMEO code list differs from eval/tools/codes.py")
    texts: dict[str, str] = {}
    csv.field_size_limit(10**8)
    for f in sorted((data / "wikinews").glob("*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                texts[row["url"]] = _norm(row["text"])
    return probs, texts


def validate(files: list[Path], data: Path | None = None) -> list[str]:
    probs: list[str] = []
    texts: dict[str, str] = {}
    if data is not None and data.exists():
        p, texts = check_against_data(data)
        probs += p
    seen_ids: set[str] = set()
    urls_by_file: dict[Path, set[str]] = {}
    for path in files:
        recs, p = load(path)
        probs += p
        urls: set[str] = set()
        runs: dict[str, list[int]] = {}
        for n, rec in recs:
            where = f"{path}:{n}"
            probs += check_record(rec, where)
            if not isinstance(rec, dict) or not rec.keys() >= RECORD_KEYS:
                continue
            if rec["id"] in seen_ids:
                probs.append(f"{where}: duplicate id {rec['id']}")
            seen_ids.add(rec["id"])
            urls.add(rec["url"])
            runs.setdefault(rec["url"], []).append(rec["sentence_index"])
            if texts:
                art = texts.get(rec["url"])
                if art is None:
                    probs.append(f"{where}: url not in the Wikinews data")
                elif _norm(rec["sentence"]) not in art:
                    probs.append(f"{where}: sentence not found in its article")
        for url, idx in runs.items():
            if idx != list(range(len(idx))):
                probs.append(f"{path}: sentences of {url} are not the run 0..{len(idx) - 1}")
        urls_by_file[path] = urls
    paths = list(urls_by_file)
    for i, a in enumerate(paths):
        for b in paths[i + 1 :]:
            for url in sorted(urls_by_file[a] & urls_by_file[b]):
                probs.append(f"{a} and {b} share article {url}")
    return probs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Validate the annotated event corpus.")
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT_FILES)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    args = ap.parse_args(argv)
    probs = validate(args.files, args.data)
    for p in probs:
        print(p)
    n = 0
    for f in args.files:
        with open(f, encoding="utf-8") as fh:
            n += sum(1 for line in fh if line.strip())
    print(f"{len(args.files)} files, {n} records, {len(probs)} problems", file=sys.stderr)
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
