"""Ingest stage, HTML: a saved web page -> one ``Item`` (main text, title, date, url).

Public API: ``parse_html(markup) -> list[Item]`` ([] when the page has no text).

trafilatura finds the main text, title, date and site name. When it finds no
text, the standard library's ``html.parser`` strips the tags instead. Either
way scripts and styles never reach the text. The url comes from
``<link rel=canonical>``, else ``og:url``.
"""
from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from kg.ingest.dates import normalise_date
from kg.ingest.items import Item, clean_line, clean_text

# Never text; the page chrome (menus, footers, forms) is noise for the fallback.
_HIDDEN = frozenset({
    "script", "style", "noscript", "template", "svg", "head",
    "nav", "footer", "aside", "form", "button", "select",
})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th",
    "tr", "ul",
})
_SPACES = re.compile(r"\s+")
_DATE_METAS = ("article:published_time", "og:published_time", "date", "dc.date", "pubdate")


def parse_html(markup: str) -> list[Item]:
    """The page's main article; [] when neither extractor finds any text."""
    page = _PageScan()
    page.feed(markup)
    page.close()
    found = _trafilatura(markup)
    text = clean_text(found.get("text") or "")
    if text:
        title = clean_line(found.get("title") or "") or page.title()
        date = normalise_date(found.get("date") or "") or page.date()
        outlet = clean_line(found.get("source-hostname") or "") or page.outlet()
        url = page.url() or clean_line(found.get("source") or "")
    else:
        text, title, date, outlet, url = page.text(), page.title(), page.date(), page.outlet(), page.url()
    # Extractors often repeat the headline as the first line of the text.
    head, _, rest = text.partition("\n")
    if title and clean_line(head) == title and rest.strip():
        text = clean_text(rest)
    if not text:
        return []
    return [Item(text=text, title=title, date=date, url=url, outlet=outlet)]


def _trafilatura(markup: str) -> dict[str, str | None]:
    import trafilatura  # slow to import; only HTML input needs it

    result = trafilatura.extract(
        markup, output_format="json", with_metadata=True, include_comments=False,
        include_tables=True, deduplicate=False,
    )
    return json.loads(result) if result else {}


class _PageScan(HTMLParser):
    """One pass over the page: metadata for both paths, visible text for the fallback."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.canonical = ""
        self.meta: dict[str, str] = {}
        self._hidden_depth = 0
        self._in: dict[str, bool] = {"title": False, "h1": False}
        self._title_text: list[str] = []
        self._h1_text: list[str] = []
        self._chunks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href", "").strip()
        elif tag == "meta":
            key = (values.get("property") or values.get("name") or "").lower()
            if key and key not in self.meta:
                self.meta[key] = values.get("content", "").strip()
        if tag in self._in:
            self._in[tag] = True
        if tag == "body":  # pages that never close <head>
            self._hidden_depth = 0
        if tag in _HIDDEN:
            self._hidden_depth += 1
        elif tag in _BLOCKS:
            self._chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _HIDDEN:  # a self-closed <svg/> hides nothing after it
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._in:
            self._in[tag] = False
        if tag in _HIDDEN:
            self._hidden_depth = max(0, self._hidden_depth - 1)
        elif tag in _BLOCKS:
            self._chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in["title"]:
            self._title_text.append(data)
        if self._in["h1"]:
            self._h1_text.append(data)
        if not self._hidden_depth:
            # Source line breaks are only spaces in HTML; blocks make the lines.
            self._chunks.append(_SPACES.sub(" ", data))

    def text(self) -> str:
        lines = ("".join(self._chunks)).split("\n")
        return clean_text("\n".join(" ".join(line.split()) for line in lines))

    def title(self) -> str:
        for candidate in (self.meta.get("og:title", ""), "".join(self._title_text), "".join(self._h1_text)):
            if candidate.strip():
                return clean_line(candidate)
        return ""

    def outlet(self) -> str:
        return clean_line(self.meta.get("og:site_name", ""))

    def url(self) -> str:
        return clean_line(self.canonical or self.meta.get("og:url", ""))

    def date(self) -> str:
        for key in _DATE_METAS:
            if date := normalise_date(self.meta.get(key, "")):
                return date
        return ""
