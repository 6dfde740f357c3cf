"""Ingest stage, plain text: a ``.txt``/``.md`` file's text -> ``Item`` list.

Public API: ``parse_plain(text, *, markdown=False) -> list[Item]``.

Layout understood::

    # url: https://...            optional header lines (url, date, source,
    # date: 2023-09-25            outlet, title); "# source:" names the outlet,
    # source: Some Outlet         "# date: unknown" means no date
    <blank>
    Headline                      the title when it looks like one: short,
    <blank or not>                no final period, more text after it
    10 October, 2018              a lone date line under the title dates the
                                  article when the header does not; else a
    Astana, 3 March 2025 – ...    dateline opening the body does
    Body paragraphs ...           kept with their line breaks

A page dump (see ``kg.ingest.dumps``) gives one item per news item instead.
"""
from __future__ import annotations

import re

from kg.ingest.dates import dateline_date, is_date_line, normalise_date
from kg.ingest.dumps import split_dump
from kg.ingest.items import Item, clean_line, clean_text, looks_like_headline

_HEADER = re.compile(r"#\s*(url|date|source|outlet|title)\s*:\s*(.*)", re.IGNORECASE)
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")


def parse_plain(text: str, *, markdown: bool = False) -> list[Item]:
    """The article (or, for a page dump, the articles) in ``text``; [] when there is no body."""
    lines = clean_text(text).split("\n")
    headers, lines = _split_headers(lines)
    url = clean_line(headers.get("url", ""))
    outlet = clean_line(headers.get("outlet") or headers.get("source", ""))

    items = split_dump(lines)
    if items is not None:
        for item in items:
            item.url, item.outlet = url, outlet
        return items

    body = clean_text("\n".join(lines))
    title = clean_line(headers.get("title", ""))
    if not title:
        head, _, rest = body.partition("\n")
        if markdown:
            head = _MARKDOWN_HEADING.sub("", head, count=1)
        if rest.strip() and looks_like_headline(head):
            title, body = clean_line(head), clean_text(rest)

    date = normalise_date(headers.get("date", ""))
    first, _, rest = body.partition("\n")
    if rest.strip() and is_date_line(first):
        date = date or normalise_date(first)
        body = clean_text(rest)
    date = date or dateline_date(first)
    if not body:
        return []
    return [Item(text=body, title=title, date=date, url=url, outlet=outlet)]


def _split_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    headers: dict[str, str] = {}
    index = 0
    while index < len(lines):
        line = lines[index].strip()
        if line:
            match = _HEADER.fullmatch(line)
            if not match:
                break
            headers.setdefault(match.group(1).lower(), match.group(2).strip())
        index += 1
    return headers, lines[index:]
