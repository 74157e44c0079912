"""Rebuild ``wikinews_demo.jsonl`` from the Wikinews 2019 CSV, reproducibly.

    python src/eventwire/demo/select_demo.py ../shared/data/wikinews/wikinews_2019.csv

(standard library only; ``python -m eventwire.demo.select_demo CSV`` works too).

The demo favours politics, conflict, diplomacy, protest and courts: each
article is scored by keyword matches (title matches count three times, text
matches once, at most ten), obituaries, science, fandom, weather and accident
reports score down, and the ``N`` best (ties: date, then URL) are written in
date order. Texts are copied unchanged; the record ``id`` is ``wikinews-``, the
date and the page name; ``source`` is "Wikinews". The URL list of
``ATTRIBUTION.md`` is rewritten to match.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

N = 36
HERE = Path(__file__).parent
OUT = HERE / "wikinews_demo.jsonl"
ATTRIBUTION = HERE / "ATTRIBUTION.md"
URLS_MARK = "<!-- urls -->"

FAVOUR = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march\w*|riot\w*|court|judge|sentenc\w*|jail\w*|prison|"
    r"sue|lawsuit|impeach\w*|president|prime minister|minister|parliament|congress|senat\w*|"
    r"legislat\w*|governor|election|elected|resign\w*|government|sanction\w*|troops?|attack\w*|"
    r"bomb\w*|missile|strikes?|drones?|invad\w*|invasion|military|war|treaty|deal|summit|talks|"
    r"diplomat\w*|immunity|subpoena|contempt|extradition|arrest\w*|police|decree|withdraw\w*|"
    r"ban|bans|oust\w*|justice|coalition|opposition|rebels?|kurds|ceasefire|accus\w*|"
    r"negotiat\w*|agreement|leader|foreign|powers|urges?|demands?|tells|restrictions?|bloc|"
    r"G7|UN|United Nations|African Union|envoy|embassy|ambassador|cooperat\w*|joins?)\b",
    re.IGNORECASE,
)
DISFAVOUR = re.compile(
    r"\b(?:dies|died|obituary|scientists?|study|studies|interview\w*|convention|comicon|fans?|"
    r"expo|marathon|hurricane|tropical|storm|typhoon|earthquake|crash\w*|penguins?|dinosaurs?|"
    r"astronom\w*|premiere|record)\b",
    re.IGNORECASE,
)


def score(row: dict[str, str]) -> int:
    title, text = row["title"], row["text"]
    return (3 * len(FAVOUR.findall(title)) + min(len(FAVOUR.findall(text)), 10)
            - 6 * len(DISFAVOUR.findall(title)))


def article_id(row: dict[str, str]) -> str:
    page = unquote(row["url"].rsplit("/", 1)[-1])
    page = unicodedata.normalize("NFKD", page).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", page.lower()).strip("-")[:80].rstrip("-")
    return f"wikinews-{row['date']}-{slug}"


def select(rows: list[dict[str, str]], n: int = N) -> list[dict[str, str]]:
    best = sorted(rows, key=lambda r: (-score(r), r["date"], r["url"]))[:n]
    return sorted(best, key=lambda r: (r["date"], r["url"]))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: select_demo.py PATH/wikinews_2019.csv", file=sys.stderr)
        return 2
    csv.field_size_limit(sys.maxsize)
    with open(argv[0], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    chosen = select(rows)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for r in chosen:
            rec = {"id": article_id(r), "url": r["url"], "title": r["title"],
                   "published": r["date"], "source": "Wikinews", "text": r["text"]}
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    head = ATTRIBUTION.read_text(encoding="utf-8").split(URLS_MARK)[0]
    urls = "".join(f"- [{r['title']}]({r['url']}) ({r['date']})\n" for r in chosen)
    ATTRIBUTION.write_text(f"{head}{URLS_MARK}\n{urls}", encoding="utf-8")
    print(f"wrote {len(chosen)} articles to {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
