"""Ingest stage, page dumps: one saved news-list page -> one ``Item`` per news item.

Public API: ``split_dump(lines) -> list[Item] | None`` (``None``: not a dump);
``JUNK_LINES``.

Two shapes are recognised (see ``tests/test_ingest.py`` for small examples):

* stamped: items separated by lines ``dd.mm.yyyy, hh:mm`` (a view count may
  follow), each stamp followed by a title line and body lines. An optional
  first line ``date YYYY-MM-DD dd.mm.yyyy, hh:mm N`` is the page's header: its
  ISO date is when the page was saved (never an item's date), its stamp dates
  the item that comes before the first stamp.
* datelined: paragraphs ``Title`` then ``dd.mm.yyyy, Place - body...``; the
  dateline dates the item whose title precedes it.

Lines such as "relevant news" are page furniture and are dropped.
"""
from __future__ import annotations

import re

from kg.ingest.dates import normalise_date
from kg.ingest.items import Item, clean_line, clean_text, looks_like_headline

_STAMP_LINE = re.compile(r"\s*(\d{1,2}\.\d{1,2}\.\d{4}),\s*\d{1,2}:\d{2}(?:\s+\d+)?\s*")
_PAGE_HEADER = re.compile(
    r"\s*date\s+(\d{4}-\d{2}-\d{2})"
    r"(?:\s+(\d{1,2}\.\d{1,2}\.\d{4}),\s*\d{1,2}:\d{2})?(?:\s+\d+)?\s*",
    re.IGNORECASE,
)
# A place is a few words starting with a letter; the dash needs a space after
# it so that hyphenated names (Nur-Sultan) stay whole.
_DATELINE = re.compile(r"\s*(\d{1,2}\.\d{1,2}\.\d{4}),\s*[^\W\d_][^\n]{0,60}?\s*[-–—]\s")

#: Whole lines that belong to the page around the items, not to any item.
JUNK_LINES = frozenset({
    "relevant news", "related news", "more news", "all news", "latest news",
    "read more", "read also", "see also", "share", "print",
})


def split_dump(lines: list[str]) -> list[Item] | None:
    """The items of a page dump, or ``None`` when ``lines`` are one ordinary article."""
    lines = list(lines)
    lead_date, page_header = "", False
    first = _first_text_line(lines)
    if first is not None and (match := _PAGE_HEADER.fullmatch(lines[first])):
        lead_date = normalise_date(match.group(2) or "")
        lines, page_header = lines[first + 1:], True
    stamps = [(i, m.group(1)) for i, line in enumerate(lines) if (m := _STAMP_LINE.fullmatch(line))]
    if len(stamps) >= 2 or page_header or (stamps and stamps[0][0] == _first_text_line(lines)):
        return _split_stamped(lines, stamps, lead_date)
    return _split_datelined(lines)


def _first_text_line(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def _split_stamped(lines: list[str], stamps: list[tuple[int, str]], lead_date: str) -> list[Item]:
    ends = [index for index, _ in stamps] + [len(lines)]
    items = [_item(lines[:ends[0]], date=lead_date)]
    for (start, stamp_date), end in zip(stamps, ends[1:]):
        items.append(_item(lines[start + 1:end], date=normalise_date(stamp_date)))
    return [item for item in items if item is not None]


def _split_datelined(lines: list[str]) -> list[Item] | None:
    paragraphs = [p for p in clean_text("\n".join(_drop_junk(lines))).split("\n\n") if p]
    dates = {i: m.group(1) for i, p in enumerate(paragraphs) if (m := _DATELINE.match(p))}
    datelines = sorted(dates)
    if not datelines:
        return None
    if len(datelines) == 1 and datelines[0] > (1 if _is_title(paragraphs[0]) else 0):
        return None  # one dateline deep inside an ordinary article
    starts = []
    previous = -1
    for index in datelines:
        titled = index - 1 > previous and _is_title(paragraphs[index - 1])
        starts.append(index - 1 if titled else index)
        previous = index
    items = [_item(["\n\n".join(paragraphs[:starts[0]])], date="")]
    for start, index, end in zip(starts, datelines, starts[1:] + [len(paragraphs)]):
        title = paragraphs[start] if start < index else ""
        text = clean_text("\n\n".join(paragraphs[index:end]))
        items.append(Item(text=text, title=clean_line(title), date=normalise_date(dates[index])))
    return [item for item in items if item is not None and item.text]


def _is_title(paragraph: str) -> bool:
    return "\n" not in paragraph and looks_like_headline(paragraph) and not _DATELINE.match(paragraph)


def _drop_junk(lines: list[str]) -> list[str]:
    return [line for line in lines if " ".join(line.split()).lower() not in JUNK_LINES]


def _item(lines: list[str], *, date: str) -> Item | None:
    """A title line (when it looks like one) and the body; ``None`` without a body."""
    text = clean_text("\n".join(_drop_junk(lines)))
    head, _, rest = text.partition("\n")
    rest = clean_text(rest)
    if looks_like_headline(head) and not _STAMP_LINE.fullmatch(head):
        if not rest:
            return None  # a title with nothing under it
        return Item(text=rest, title=clean_line(head), date=date)
    return Item(text=text, date=date) if text else None
