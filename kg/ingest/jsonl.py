"""Ingest stage, JSON Lines: one object per line -> one ``Item`` per line.

Public API: ``parse_jsonl(text, *, shown) -> tuple[list[Item], list[InputError]]``.

Each object has ``text`` and optionally ``title``, ``date``, ``url`` and
``outlet`` (or ``source``, as in the text headers). A line that is not such an
object is a problem naming the file and the line number; the other lines are
kept; blank lines are ignored.
"""
from __future__ import annotations

import json

from kg.errors import InputError
from kg.ingest.dates import normalise_date
from kg.ingest.items import Item, clean_line, clean_text

_OPTIONAL = ("title", "date", "url", "outlet", "source")


def parse_jsonl(text: str, *, shown: str) -> tuple[list[Item], list[InputError]]:
    """The items of the good lines and one problem for each bad line."""
    items: list[Item] = []
    problems: list[InputError] = []
    # Not splitlines(): JSON strings may hold U+2028 and other line separators.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            items.append(_item(line))
        except ValueError as error:
            problems.append(InputError(shown, f"line {number}: {error}"))
    return items, problems


def _item(line: str) -> Item:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"not valid JSON ({error.msg} at column {error.colno})") from None
    except RecursionError:  # json recurses once per nesting level
        raise ValueError("JSON nested too deeply") from None
    if not isinstance(record, dict):
        raise ValueError(f"expected a JSON object, found {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('no "text" string')
    for key in _OPTIONAL:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f'"{key}" must be a string')
    return Item(
        text=clean_text(text),
        title=clean_line(record.get("title") or ""),
        date=normalise_date(record.get("date") or ""),
        url=clean_line(record.get("url") or ""),
        outlet=clean_line(record.get("outlet") or record.get("source") or ""),
    )
