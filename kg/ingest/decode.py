"""Ingest stage, bytes -> text: size limit, binary detection and encodings.

Public API: ``read_text(path, *, shown) -> str`` raising ``InputError`` (with
``shown`` as the path) for a missing, unreadable, empty, binary, too large or
undecodable file; ``MAX_BYTES``.

Encodings: UTF-8 with or without BOM; UTF-16 and UTF-32 with a BOM; UTF-16 without
one when its NUL bytes show it (mostly-ASCII text); otherwise
cp1252 (then latin-1) only when the result reads like text.
"""
from __future__ import annotations

import codecs
import stat
from pathlib import Path

from kg.errors import InputError

MAX_MB = 20
MAX_BYTES = MAX_MB * 1024 * 1024

#: Leading bytes of formats people drop into input folders by mistake.
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"\x1f\x8b", "gzip archive"),
)
# UTF-32 first: its little-endian BOM starts with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
#: Share of non-ASCII characters above which a cp1252 reading is taken for noise.
_MAX_NON_ASCII = 0.3


def read_text(path: Path, *, shown: str) -> str:
    """The decoded text of the file at ``path``; ``shown`` names it in problems."""
    size = _check_file(path, shown)
    if size > MAX_BYTES:
        raise InputError(shown, f"too large ({size / 2**20:.1f} MB); the limit is {MAX_MB} MB")
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise InputError(shown, "cannot be read: permission denied") from None
    except OSError as error:
        raise InputError(shown, f"cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:  # grew while we looked
        raise InputError(shown, f"too large (over {MAX_MB} MB); the limit is {MAX_MB} MB")
    if not data:
        raise InputError(shown, "empty file")
    text = decode(data, shown=shown)
    if not text.strip():
        raise InputError(shown, "empty file (only whitespace)")
    return text


def _check_file(path: Path, shown: str) -> int:
    try:
        info = path.stat()
    except FileNotFoundError:
        problem = "broken symbolic link" if path.is_symlink() else "does not exist"
        raise InputError(shown, problem) from None
    except PermissionError:
        raise InputError(shown, "cannot be read: permission denied") from None
    except OSError as error:  # e.g. a symlink loop: ELOOP
        raise InputError(shown, f"cannot be read: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(shown, "is a directory")
    if not stat.S_ISREG(info.st_mode):
        raise InputError(shown, "not a regular file")
    return info.st_size


def decode(data: bytes, *, shown: str) -> str:
    """``data`` as text, or ``InputError`` when it is binary or no plausible text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise InputError(shown, f"not valid {encoding.upper()} text despite its BOM") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(shown, f"binary file ({kind}), not text")
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(shown, "binary file (contains NUL bytes), not text")
        return text
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible(text):
            return text
    raise InputError(shown, "not valid UTF-8 text")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM, told by its NUL bytes: text with many ASCII
    characters has them on one side of every byte pair only. None when it is not that."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    pairs = len(data) // 2
    if odd >= 0.2 * pairs and even <= 0.01 * pairs:
        encoding = "utf-16-le"
    elif even >= 0.2 * pairs and odd <= 0.01 * pairs:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in _ALLOWED_CONTROLS)
    return text if not controls and "\ufffe" not in text and "\uffff" not in text else None


def _plausible(text: str) -> bool:
    """No control characters but layout ones, and mostly ASCII, as legacy text is."""
    non_ascii = 0
    for ch in text:
        code = ord(ch)
        if (code < 32 or 0x7F <= code < 0xA0) and ch not in _ALLOWED_CONTROLS:
            return False
        non_ascii += code > 0x7F
    return non_ascii <= _MAX_NON_ASCII * len(text)
