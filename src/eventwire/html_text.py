"""Main text out of an HTML page, with the standard library's parser.

Why our own: news pages need little more than "the paragraphs of the article,
without navigation, scripts, forms and footers", and a parser from the standard
library keeps the install small. Where an ``<article>`` or ``<main>`` element
exists, only its text is kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button",
         "svg", "iframe", "template", "select", "figure", "figcaption"}
_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section",
          "article", "main", "br", "tr", "pre", "dd", "dt", "title"}
_BOILER_CLASS = re.compile(
    r"(?:^|[\s_-])(?:nav|menu|footer|header|sidebar|share|social|subscribe|newsletter|"
    r"comment|advert|ad|promo|related|cookie|breadcrumb)(?:$|[\s_-])",
    re.IGNORECASE,
)
_VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []
        self.parts: list[str] = []
        self.main_parts: list[str] = []
        self.main_depth = 0
        self.title: list[str] = []
        self.in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in _VOID:
            if tag == "br":
                self._emit("\n")
            return
        attr = dict(attrs)
        boiler = bool(_BOILER_CLASS.search(f"{attr.get('class') or ''} {attr.get('id') or ''}"))
        skipping = tag in _SKIP or (boiler and tag not in ("article", "main", "body", "html"))
        self.stack.append((tag, skipping))
        if skipping:
            self.skip_depth += 1
        if tag in ("article", "main"):
            self.main_depth += 1
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _VOID:
            return
        # Pop to the matching open tag (HTML in the wild is not always well formed).
        for k in range(len(self.stack) - 1, -1, -1):
            if self.stack[k][0] == tag:
                for open_tag, skipping in self.stack[k:]:
                    if skipping:
                        self.skip_depth -= 1
                    if open_tag in ("article", "main"):
                        self.main_depth -= 1
                del self.stack[k:]
                break
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
            return
        if self.skip_depth:
            return
        self._emit(re.sub(r"\s+", " ", data))

    def _emit(self, s: str) -> None:
        self.parts.append(s)
        if self.main_depth:
            self.main_parts.append(s)


def _tidy(parts: list[str]) -> str:
    text = "".join(parts)
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n" if text.strip() else ""


def html_to_text(html: str) -> str:
    """The readable main text of an HTML document, paragraphs separated by blank lines."""
    parser = _Collector()
    parser.feed(html)
    parser.close()
    main = _tidy(parser.main_parts)
    return main if main.strip() else _tidy(parser.parts)
