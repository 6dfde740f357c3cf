"""Ingest stage, dates: the date spellings found in press releases -> ISO ``YYYY-MM-DD``.

Public API: ``normalise_date(value) -> str`` ("" when unknown or not a date);
``is_date_line(line) -> bool``; ``dateline_date(line) -> str``.
"""
from __future__ import annotations

import datetime as _dt
import re

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_UNKNOWN = {"", "unknown", "none", "n/a", "na", "-", "?"}
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"

_ISO = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})" + _TIME)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})\.?,?" + r"(?:,?\s*\d{1,2}:\d{2}(?::\d{2})?)?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY = re.compile(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})")


def _iso(year: str, month: str | int, day: str) -> str:
    try:
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return ""


def normalise_date(value: str) -> str:
    """ISO ``YYYY-MM-DD`` for the whole of ``value``, or "" for "unknown" and non-dates.

    >>> normalise_date("10.04.2024"), normalise_date("10 October, 2018"), normalise_date("unknown")
    ('2024-04-10', '2018-10-10', '')
    """
    text = " ".join(value.split())
    if text.lower() in _UNKNOWN:
        return ""
    if match := _ISO.fullmatch(text):
        return _iso(*match.groups())
    if match := _DOTTED.fullmatch(text):
        day, month, year = match.groups()
        return _iso(year, month, day)
    if match := _DAY_MONTH.fullmatch(text):
        day, month_name, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        return _iso(year, month, day) if month else ""
    if match := _MONTH_DAY.fullmatch(text):
        month_name, day, year = match.groups()
        month = _MONTHS.get(month_name.lower())
        return _iso(year, month, day) if month else ""
    return ""


def is_date_line(line: str) -> bool:
    """True when the line is nothing but a date (with or without a time)."""
    return bool(normalise_date(line))


# "Mexico City, March 3, 2026."; "ABU DHABI, 12th October, 2026 (WAM) –"; "Brussels, 10 February 2026"
_DATELINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s+(?:[A-Z][a-z]+,?\s+)?"
                       r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\.?,?\s+\d{4}"
                       r"|[A-Za-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
                       r"|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})\b")


def dateline_date(line: str) -> str:
    """The date of a news dateline that opens ``line`` (a place, a comma, maybe a weekday, then a
    full date), in ISO form; "" when the line opens with none."""
    match = _DATELINE.match(line.strip())
    return normalise_date(match.group("date")) if match else ""
