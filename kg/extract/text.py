"""Sentences and tokens: the smallest units the extractor reads.

Public API: ``sentences(text) -> list[str]``, ``tokenize(sentence) -> list[Token]``,
``slug(text) -> str``, ``fold(text) -> str``.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# "T.Dulguun": an initial and a name written without a space are two words
_TOKEN = re.compile(r"(?<![\w.])[A-Z](?=\.[A-Z][a-z])|\w+(?:[-.]\w+|['’](?![sS]\b)\w+)*|['’][sS]\b|[^\w\s]",
                    re.UNICODE)
# A sentence ends at . ! ? (optionally followed by a closing quote) before a capital or a quote;
# initials ("N.A. Nazarbayev", "B. Obama") and abbreviations must not end one.
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”’»)]?)\s+(?=[\"“«(]?[A-Z0-9\u0400-\u04FF])")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\b[A-Z][a-z]|\bSt|\bMr|\bMrs|\bMs|\bDr|\bProf|\bNo|\bSept?|\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul"
    r"|\bAug|\bOct|\bNov|\bDec|\bvs|\betc|\bU\.S|\bU\.K|\bU\.N|\bInc|\bLtd|\bCo|\bCorp|\bJr|\bSr|\bGen|\bCol|\bLt"
    r"|\bGov|\bSen|\bRep|\bH\.E|\bSmt|\bHon|\bMme|\bAmb|\bMessrs|\bRev|\bCapt|\bMaj|\bAdm|\bDept|\bGovt"
    r"|\bPres|\bVol|\bArt|\bAppx|\bApprox|\bEngr?|\bMag|\bBrig)\.$"
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalnum()


def sentences(text: str) -> list[str]:
    """Split text into sentences; every line break ends a sentence too."""
    out: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        start = 0
        for m in _BOUNDARY.finditer(line):
            head = line[start:m.start() + len(m.group(1))].rstrip()
            if _ABBREV.search(head[: len(head) - len(m.group(1))]):
                continue
            if head:
                out.append(head)
            start = m.end()
        tail = line[start:].strip()
        if tail:
            out.append(tail)
    return out


def tokenize(sentence: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(sentence)]


#: Letters that Unicode does not decompose into an ASCII letter and an accent, as they are
#: usually written in English ("Łukasz", "Øystein", "Đorđe", "Þórðardóttir", "Əliyev" = "Aliyev").
_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
                          "ħ": "h", "ə": "a", "ŋ": "ng", "ŧ": "t"})


def initials(text: str) -> str:
    """The first letters of the capitalized words: "Asian Parliamentary Assembly" -> "APA"."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", text))


@lru_cache(maxsize=1 << 18)  # a pure function called for every word of every phrase lookup
def fold(text: str) -> str:
    """Lowercase ASCII form for comparing names: accents, quotes and case removed."""
    s = unicodedata.normalize("NFKD", text.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c)).translate(_LETTERS)
    s = re.sub(r"[’'`ʼ\"“”«»]", "", s)
    s = re.sub(r"[^\w]+", " ", s).strip()
    return s


def slug(text: str, *, limit: int = 80) -> str:
    """IRI-safe slug: lowercase ASCII letters, digits and hyphens.

    A name longer than ``limit`` keeps its first words and a short hash of the
    whole, so two long names that start alike never share a slug.
    """
    s = fold(text)
    s = re.sub(r"[^a-z0-9]+", "-", s.encode("ascii", "ignore").decode()).strip("-")
    if len(s) > limit:
        digest = hashlib.sha1(s.encode()).hexdigest()[:8]
        s = s[: limit - 9].rsplit("-", 1)[0] + "-" + digest
    return s or "x"
