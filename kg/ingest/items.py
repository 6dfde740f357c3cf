"""Ingest stage, shared pieces: the ``Item`` a format parser yields and its ``Article``.

Public API (inside ``kg.ingest``): ``Item``; ``to_article(item, *, source)``;
``article_id(name, title, text)``; ``clean_text(text)``; ``unwrap(text)``; ``looks_like_headline(line)``.

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
    """The ``Article`` of ``item`` read from ``source`` (its id uses only the file name); a text
    wrapped at a fixed width is unwrapped first (``unwrap``)."""
    name = PurePath(source).name
    text = unwrap(item.text)
    return Article(
        id=article_id(name, item.title, text),
        text=text,
        title=item.title,
        date=item.date,
        source=source,
        url=item.url,
        outlet=item.outlet,
    )


#: no-break and other typographic spaces and tabs read as a plain space; zero-width spaces and byte-order
#: marks as nothing
_SPACES = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile("[\u200b\ufeff]")
_INNER_SPACES = re.compile(r"(?<=\S)  +(?=\S)")  # never across a line end: "\n" is no \S


def clean_text(text: str) -> str:
    """NFC, ``\\n`` line ends, one plain space between words ("Kofi&nbsp;Asante" is "Kofi Asante"), no
    trailing spaces, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not text.isascii() or "\t" in text:  # the scans below cost more than these checks
        text = _ZERO_WIDTH.sub("", _SPACES.sub(" ", text))
    if "  " in text:
        text = _INNER_SPACES.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


#: A text is wrapped at a fixed width when its lines are no longer than this and most are near their
#: longest; a text whose paragraphs are lines of their own has longer lines than this.
WRAP_MAX_WIDTH = 100
_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”’»)\]]$")


def unwrap(text: str) -> str:
    """The text with the line breaks of a fixed-width wrap removed: "The Minister, Kofi\\nAsante, received"
    is one sentence. Only a text that is wrapped throughout (at least 4 lines, the longest at most
    ``WRAP_MAX_WIDTH`` characters, half of them at least 3/4 as long) is changed, and only where a line
    does not end a sentence and is long enough to have been broken; blank lines still part paragraphs."""
    lines = text.split("\n")
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 4 or max(lengths) > WRAP_MAX_WIDTH:
        return text
    width = max(lengths)
    if sum(n >= 0.75 * width for n in lengths) < max(3, len(lengths) // 2):
        return text
    out: list[str] = []
    broken = False  # the line before was cut by the wrap
    for line in lines:
        if broken and line.strip() and not _ITEM.match(line):  # "- Agreement on ...": the next item of a list
            joint = "" if out[-1].endswith("-") and not out[-1].endswith(" -") else " "
            out[-1] = out[-1] + joint + line.strip()
        else:
            out.append(line)
        broken = bool(line.strip()) and len(line) >= 0.6 * width and not _ENDS_SENTENCE.search(line.rstrip())
    return "\n".join(out)


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
