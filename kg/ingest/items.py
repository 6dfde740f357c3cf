"""Ingest stage, shared pieces: the ``Item`` a format parser yields and its ``Article``.

Public API (inside ``kg.ingest``): ``Item``; ``to_article(item, *, source)``;
``article_id(name, title, text)``; ``clean_text(text)``; ``looks_like_headline(line)``.

A parser only knows what a file says (title, text, date, url, outlet);
``to_article`` adds where it came from and the stable id.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from kg.model import Article

#: A headline is short: longer first lines are the opening sentence of the text.
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30

_CLOSING_QUOTES = "\"'”’»)]"
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass
class Item:
    """One news item as a parser found it, before it has an id and a source."""

    text: str
    title: str = ""
    date: str = ""  # ISO YYYY-MM-DD or ""
    url: str = ""
    outlet: str = ""


def article_id(name: str, title: str, text: str) -> str:
    """First 16 hex digits of sha256 over ``name + "\\n" + title + "\\n" + text``."""
    digest = hashlib.sha256(f"{name}\n{title}\n{text}".encode("utf-8"))
    return digest.hexdigest()[:16]


def to_article(item: Item, *, source: str) -> Article:
    """The ``Article`` of ``item`` read from ``source`` (its id uses only the file name)."""
    name = PurePath(source).name
    return Article(
        id=article_id(name, item.title, item.text),
        text=item.text,
        title=item.title,
        date=item.date,
        source=source,
        url=item.url,
        outlet=item.outlet,
    )


def clean_text(text: str) -> str:
    """NFC, ``\\n`` line ends, no trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def clean_line(line: str) -> str:
    """A one-line field (title, url, outlet): NFC, inner whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", line).split())


def looks_like_headline(line: str) -> bool:
    """Short, has a letter, and does not end like a sentence or a clause."""
    stripped = line.strip()
    if not stripped or len(stripped) > HEADLINE_MAX_CHARS:
        return False
    if len(stripped.split()) > HEADLINE_MAX_WORDS:
        return False
    if not any(ch.isalpha() for ch in stripped):
        return False
    return not stripped.rstrip(_CLOSING_QUOTES).endswith((".", ":", ";", ","))
