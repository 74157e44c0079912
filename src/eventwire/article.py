"""Articles: reading them from files and streams, and cleaning them for extraction.

An ``Article`` keeps the text as given (contract offsets point into it) and a
``body``: the same text with credit lines ("• Kyodo, Bloomberg") and
subscription/newsletter footers cut out. The pipeline reads the body; the
``segments`` map every body offset back to the text as given.

Readers never raise on a bad article: they yield an ``InputError`` in its place
so the rest of a batch goes on (``read_articles``).
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from .errors import (
    ArticleTooLargeError,
    BinaryInputError,
    EmptyArticleError,
    EncodingError,
    InputError,
    InvalidDateError,
    MalformedRecordError,
    NotEnglishError,
)
from .html_text import html_to_text

# spaCy's default max_length; longer "articles" are almost always a wrong file.
MAX_ARTICLE_CHARS = 1_000_000
TEXT_EXTENSIONS = {".txt", ".text", ""}
HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}
RECORD_EXTENSIONS = {".jsonl", ".ndjson", ".csv"}
KNOWN_EXTENSIONS = TEXT_EXTENSIONS | HTML_EXTENSIONS | RECORD_EXTENSIONS


@dataclass(slots=True)
class Article:
    """One news article, as given and as cleaned for extraction."""

    id: str
    text: str
    published: date | None = None
    url: str | None = None
    title: str | None = None
    source: str | None = None
    credits: list[str] = field(default_factory=list)
    body: str = ""
    # (body_start, text_start, length) for each kept stretch of the text, in order.
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    origin: str = ""  # where it was read: "file.jsonl:12", "<stdin>"

    def to_original(self, offset: int) -> int:
        """Map a character offset in ``body`` to the offset in ``text``."""
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        k = max(bisect_right(starts, offset) - 1, 0)
        body_start, text_start, length = self.segments[k]
        return text_start + min(offset - body_start, length)

    def to_original_end(self, offset: int) -> int:
        """Map an exclusive end offset: the end of the last character, not the start of
        the next kept stretch (they differ where a credit or footer line was cut)."""
        return self.to_original(offset - 1) + 1 if offset > 0 else self.to_original(0)


# --------------------------------------------------------------------------- cleaning

# A credit line: a bullet/dash then agency names ("• Kyodo, Bloomberg", "— AP, Reuters").
_CREDIT_LINE = re.compile(
    r"^\s*(?:[•·\u2022\u2014\u2013*-]+\s*)"
    r"(?P<names>[A-Z][\w.&'’ -]{0,40}(?:\s*(?:,|/|and|&)\s*[A-Z][\w.&'’ -]{0,40}){0,6})\s*$"
)
# Well-known wire services: a line made only of these is a credit, bullet or not.
_AGENCIES = (
    "AP|Associated Press|Reuters|AFP|Agence France-Presse|Kyodo|Bloomberg|Xinhua|Yonhap|"
    "TASS|Interfax|dpa|ANSA|EFE|UPI|PTI|IANS|Anadolu|Jiji|NHK|CNN|BBC|The Washington Post|"
    "The New York Times|Staff|Staff writers?|Wire services"
)
_AGENCY_LINE = re.compile(
    rf"^\s*(?:[•·\u2014\u2013*-]\s*)?(?:By\s+)?(?:{_AGENCIES})"
    rf"(?:\s*(?:,|/|and|&)\s*(?:{_AGENCIES}))*\s*$",
    re.IGNORECASE,
)
# Footer boilerplate: subscription appeals, newsletters, rights notices, share prompts.
_FOOTER = re.compile(
    r"\bsubscri(?:be|bing|ption|ber)s?\b|\bnewsletters?\b|\bsign up\b|"
    r"quality journalism|(?:support|fund)\s+(?:our|independent|quality)\s+journalism|"
    r"all rights reserved|^\s*(?:©|copyright\b)|\bclick here\b|\bfollow us on\b|"
    r"\bshare (?:this|on)\b|\bterms of (?:use|service)\b|\bprivacy policy\b|"
    r"\bread (?:more|next):|\bdownload (?:our|the) app\b|\bbecome a (?:member|subscriber)\b",
    re.IGNORECASE,
)
# A picture's credit or caption label on a line of its own, anywhere in the text ("Image
# copyright Getty Images", "Image caption Protesters in Minsk", "Photo: AP").
_MEDIA_LINE = re.compile(
    r"^\s*(?:image|photo|picture|video)\s+(?:copyright|caption|credit|source)\b"
    r"|^\s*(?:image|photo|picture)\s*(?:credit)?\s*:\s*\S",
    re.IGNORECASE,
)
_MEDIA_MAX_CHARS = 200
_FOOTER_WINDOW = 4  # only the last few non-empty lines can be footer
_FOOTER_MAX_CHARS = 240


def _split_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line without its newline."""
    spans = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        spans.append((pos, pos + len(stripped)))
        pos += len(line)
    return spans


def _credit_names(line: str) -> list[str] | None:
    if _AGENCY_LINE.match(line):
        names = re.sub(r"^\s*[•·\u2014\u2013*-]?\s*(?:By\s+)?", "", line, flags=re.IGNORECASE)
        return [n.strip() for n in re.split(r",|/|\band\b|&", names) if n.strip()]
    m = _CREDIT_LINE.match(line)
    if m and len(line.split()) <= 8 and not re.search(r"[.!?]\s*$", line.strip()):
        return [n.strip() for n in re.split(r",|/|\band\b|&", m.group("names")) if n.strip()]
    return None


def clean(text: str) -> tuple[str, list[tuple[int, int, int]], list[str]]:
    """Cut credit lines and trailing footer boilerplate out of ``text``.

    Returns the body, its segment map (see ``Article.segments``) and the credits.
    Only whole lines are cut: credit lines anywhere in the first or last few lines,
    footer lines in the last ``_FOOTER_WINDOW`` non-empty lines.
    """
    lines = _split_lines(text)
    nonempty = [i for i, (s, e) in enumerate(lines) if text[s:e].strip()]
    drop: set[int] = set()
    credits: list[str] = []
    edge = set(nonempty[:2]) | set(nonempty[-2:])
    for i in edge:
        s, e = lines[i]
        names = _credit_names(text[s:e])
        if names:
            drop.add(i)
            credits.extend(names)
    for i in nonempty:
        s, e = lines[i]
        if e - s <= _MEDIA_MAX_CHARS and _MEDIA_LINE.match(text[s:e]):
            drop.add(i)  # a picture's credit or caption, no sentence of the report
    # Footer: walk up from the end while lines look like boilerplate. Footer lines
    # are short, and the first line of an article is never one.
    for i in reversed(nonempty[-_FOOTER_WINDOW:]):
        if i in drop:
            continue
        s, e = lines[i]
        if i != nonempty[0] and e - s <= _FOOTER_MAX_CHARS and _FOOTER.search(text[s:e]):
            drop.add(i)
        else:
            break
    if len(drop) >= len(nonempty):
        return text, [(0, 0, len(text))], []  # all boilerplate-looking: keep it all
    if not drop:
        return text, [(0, 0, len(text))], credits
    # Keep everything except the dropped lines (their newline goes with them).
    keep: list[tuple[int, int]] = []
    for i, (s, _e) in enumerate(lines):
        if i in drop:
            continue
        nxt = lines[i + 1][0] if i + 1 < len(lines) else len(text)
        if keep and keep[-1][1] == s:
            keep[-1] = (keep[-1][0], nxt)
        else:
            keep.append((s, nxt))
    body_parts: list[str] = []
    segments: list[tuple[int, int, int]] = []
    pos = 0
    for s, e in keep:
        body_parts.append(text[s:e])
        segments.append((pos, s, e - s))
        pos += e - s
    body = "".join(body_parts)
    return body, segments or [(0, 0, len(body))], credits


# --------------------------------------------------------------------------- helpers

def parse_published(value: object, where: str = "") -> date | None:
    """ISO 8601 date or date-time to a ``date``; None/"" stays None; else InvalidDateError."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = str(value).strip()
    try:
        if len(raw) == 10:
            return date.fromisoformat(raw)
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        prefix = f"{where}: " if where else ""
        raise InvalidDateError(
            f"{prefix}invalid publication date {raw!r} (expected ISO 8601, e.g. 2019-04-18)"
        ) from None


def article_id_for(url: str | None, text: str) -> str:
    """Stable id: a hash of the URL where there is one, else of the text."""
    basis = url.strip() if url and url.strip() else text
    return hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]


_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "that", "this", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "as", "not", "but", "he", "she", "they", "his", "her", "their", "will", "would", "said", "says", "who", "which"]
)


def looks_english(text: str) -> bool:
    """Cheap language check: share of English function words and of Latin letters."""
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= 40 and sum(1 for ch in letters if ch.isascii()) / len(letters) < 0.5:
        return False  # mostly non-Latin script
    words = _WORD.findall(sample)
    if len(words) < 25:
        return True  # too short to judge; let extraction find nothing if it is not English
    common = sum(1 for w in words if w.lower() in _FUNCTION_WORDS)
    return common / len(words) >= 0.12


def make_article(
    text: str,
    *,
    id: str | None = None,
    published: date | str | None = None,
    url: str | None = None,
    title: str | None = None,
    source: str | None = None,
    origin: str = "",
    check_language: bool = True,
) -> Article:
    """Build a cleaned Article, raising an ``InputError`` subclass for unusable text."""
    where = origin or (id or "article")
    if not isinstance(text, str):
        raise MalformedRecordError(f"{where}: text is not a string")
    if "\x00" in text:
        raise BinaryInputError(f"{where}: text contains NUL bytes (binary data?)")
    if not text.strip():
        raise EmptyArticleError(f"{where}: article text is empty")
    if len(text) > MAX_ARTICLE_CHARS:
        raise ArticleTooLargeError(
            f"{where}: article has {len(text):,} characters, more than the "
            f"{MAX_ARTICLE_CHARS:,} one article may have (split it or pass JSONL/CSV)"
        )
    if check_language and not looks_english(text):
        raise NotEnglishError(f"{where}: text does not look like English; eventwire codes English")
    pub = parse_published(published, where)
    body, segments, credits = clean(text)
    if not body.strip():
        raise EmptyArticleError(f"{where}: nothing left after removing credits and footers")
    return Article(
        id=str(id) if id not in (None, "") else article_id_for(url, text),
        text=text,
        published=pub,
        url=url or None,
        title=title or None,
        source=source or None,
        credits=credits,
        body=body,
        segments=segments,
        origin=origin,
    )


# --------------------------------------------------------------------------- readers

def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise BinaryInputError(f"{where}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise EncodingError(
            f"{where}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r})"
        ) from None


def _sniff(text: str) -> str:
    """Guess the format of text without a telling extension: html, jsonl or text."""
    head = text.lstrip()[:1000].lower()
    if head.startswith("<") and re.search(r"<(?:html|body|p|article|div|!doctype)\b", head):
        return "html"
    first = head.split("\n", 1)[0].strip()
    if first.startswith("{"):
        try:
            obj = json.loads(text.lstrip().split("\n", 1)[0])
        except ValueError:
            return "text"
        if isinstance(obj, dict) and ("text" in obj or "html" in obj):
            return "jsonl"
    return "text"


def _record_to_article(
    rec: dict[str, object], where: str, default_published: date | None
) -> Article:
    text = rec.get("text")
    html = rec.get("html")
    if (text is None or text == "") and isinstance(html, str) and html.strip():
        text = html_to_text(html)
    if text is None:
        raise MalformedRecordError(f"{where}: record has no 'text' or 'html' field")
    published = rec.get("published") or rec.get("date") or None
    url = rec.get("url")
    return make_article(
        text if isinstance(text, str) else str(text),
        id=str(rec["id"]) if rec.get("id") not in (None, "") else None,
        published=published if published is not None else default_published,  # type: ignore[arg-type]
        url=str(url) if url else None,
        title=str(rec["title"]) if rec.get("title") else None,
        source=str(rec["source"]) if rec.get("source") else None,
        origin=where,
    )


def _read_jsonl(
    stream: Iterable[str], name: str, published: date | None
) -> Iterator[Article | InputError]:
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield MalformedRecordError(f"{where}: not valid JSON ({exc.msg})")
            continue
        if not isinstance(rec, dict):
            yield MalformedRecordError(f"{where}: a JSON object is expected, got {type(rec).__name__}")
            continue
        try:
            yield _record_to_article(rec, where, published)
        except InputError as exc:
            yield exc
        except Exception as exc:  # an InvalidDateError and the like: report, go on
            yield MalformedRecordError(f"{where}: {exc}")


def _read_csv(text: str, name: str, published: date | None) -> Iterator[Article | InputError]:
    csv.field_size_limit(sys.maxsize)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not ({"text", "html"} & set(reader.fieldnames)):
        yield MalformedRecordError(f"{name}: CSV header has no 'text' or 'html' column")
        return
    width = len(reader.fieldnames)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield MalformedRecordError(f"{name}:{reader.line_num}: malformed CSV ({exc})")
            return
        where = f"{name}:{reader.line_num}"
        if None in row or sum(1 for v in row.values() if v is not None) < width:
            yield MalformedRecordError(
                f"{where}: row has {len(row) - (1 if None in row else 0)} fields where the "
                f"header has {width}"
            )
            continue
        try:
            yield _record_to_article(dict(row), where, published)
        except InputError as exc:
            yield exc
        except Exception as exc:
            yield MalformedRecordError(f"{where}: {exc}")


def read_bytes(
    data: bytes, name: str, published: date | None = None, fmt: str | None = None
) -> Iterator[Article | InputError]:
    """Read one file's or stream's bytes as one or more articles."""
    try:
        text = _decode(data, name)
    except InputError as exc:
        yield exc
        return
    if fmt is None:
        ext = os.path.splitext(name)[1].lower()
        if ext in HTML_EXTENSIONS:
            fmt = "html"
        elif ext in (".jsonl", ".ndjson"):
            fmt = "jsonl"
        elif ext == ".csv":
            fmt = "csv"
        elif ext == ".txt":
            fmt = "text"
        else:
            fmt = _sniff(text)
    if fmt == "jsonl":
        yield from _read_jsonl(text.splitlines(), name, published)
    elif fmt == "csv":
        yield from _read_csv(text, name, published)
    else:
        try:
            body = html_to_text(text) if fmt == "html" else text
            yield make_article(body, published=published, origin=name,
                               id=None, url=None)
        except InputError as exc:
            yield exc


def _iter_files(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for fname in sorted(files):
            if fname.startswith("."):
                continue
            p = Path(root) / fname
            if p.suffix.lower() in KNOWN_EXTENSIONS - {""}:
                yield p


def read_path(path: str | Path, published: date | None = None) -> Iterator[Article | InputError]:
    """Read a file or a directory (every .txt/.html/.jsonl/.csv under it, sorted)."""
    p = Path(path)
    if p.is_dir():
        for f in _iter_files(p):
            yield from read_path(f, published)
        return
    try:
        data = p.read_bytes()
    except OSError as exc:
        yield InputError(f"{path}: cannot read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield EmptyArticleError(f"{path}: file is empty")
        return
    yield from read_bytes(data, str(path), published)


def read_stream(
    stream: BinaryIO, name: str = "<stdin>", published: date | None = None
) -> Iterator[Article | InputError]:
    data = stream.read()
    if not data.strip():
        yield EmptyArticleError(f"{name}: no input")
        return
    yield from read_bytes(data, name, published)


def read_articles(
    paths: Sequence[str | Path] = (), published: date | None = None
) -> Iterator[Article | InputError]:
    """Articles from paths (files, directories, ``-`` for stdin; none: stdin), in order."""
    if not paths:
        paths = ["-"]
    for path in paths:
        if str(path) == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", published)
        else:
            yield from read_path(path, published)
