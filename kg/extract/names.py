"""People's names: keys, transliteration skeletons and resolution within an article.

Public API: ``skeleton(name)``, ``person_key(name)``, ``NameIndex`` (``add_name``,
``add_abbreviated``, ``resolve``, ``known_words``).

"Alibek Bakayev" and "Alibek Bakaev", "Zhaparov" and "Japarov", "Meredow" and
"Meredov" have the same skeleton; a surname alone resolves to the one full name
in the article that ends with it, or to the one "G.Batbold" (an initial and a name)
when no full name ends with it.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from .text import fold, slug

# Ordered rewrites that map common Latin transliterations of Cyrillic, Turkic,
# Arabic and Chinese names onto one spelling.
_TRANSLIT = [
    (r"\b(al|el|ul|ad|ar|as|ash|at|az) (?=\w)", r"\1"),  # Arabic article: Al Zayani = Al-Zayani = Alzayani
    (r"ck", "k"), (r"c(?=[aou])", "k"),  # a hard c: Castro = Kastro, Marco = Marko (before "ts", "ch" -> "c")
    (r"dzh", "j"), (r"dj", "j"), (r"zh", "j"), (r"kh", "h"), (r"ts", "c"), (r"ch", "c"), (r"sh", "s"),
    (r"yev\b", "ev"), (r"iev\b", "ev"), (r"yov\b", "ov"), (r"yeva\b", "eva"), (r"ie", "i"),
    (r"w", "v"), (r"q", "k"), (r"y", "i"), (r"ou", "u"), (r"ph", "f"), (r"(.)\1", r"\1"),
]
_INITIAL = re.compile(r"^(?:[A-Z]\.?|[A-Z][a-z]\.)$")  # "S", "S.", "Md."; not "Li", "Ha" (surnames)
REGNAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # a regnal number after a name ("Abdullah II"), I to XXXIX


@lru_cache(maxsize=1 << 18)  # pure; called for every pair of names compared
def skeleton(name: str) -> str:
    s = fold(name)
    for pattern, repl in _TRANSLIT:
        s = re.sub(pattern, repl, s)
    return s


def _final_h_variant(word: str) -> str:
    """The other spelling of a name that ends in a vowel, with or without a final "h" ("zade", "zadeh")."""
    if len(word) > 3 and word[-1] == "h" and word[-2] in "aeiou":
        return word[:-1]
    return word + "h" if len(word) > 2 and word[-1] in "ae" else word


def person_key(name: str) -> str:
    return f"person:{slug(name)}"


def _parts(name: str) -> list[str]:
    name = re.sub(r"\b([A-Z][a-z]?)\.\s*", r"\1. ", name)
    return [p for p in name.replace(".", ". ").split() if p]


def surname(name: str) -> str:
    parts = [p for p in _parts(name) if not _INITIAL.match(p)]
    return parts[-1] if parts else name


class NameIndex:
    """Full names seen in one article, for resolving later (or earlier) short mentions."""

    def __init__(self) -> None:
        self.full: dict[str, str] = {}  # skeleton -> name as first written
        self.abbreviated: dict[str, set[str]] = {}  # skeleton of the name -> "G.Batbold", an initial and a name

    def add_name(self, name: str) -> None:
        named = [p for p in _parts(name) if not _INITIAL.match(p)]
        if len(named) < 2:
            self.add_abbreviated(name)
            return  # "K. Zhusupbekov" names nobody new: it abbreviates a full name
        sk = skeleton(name)
        if sk not in self.full:
            self.full[sk] = name

    def add_abbreviated(self, name: str) -> None:
        """An initial and one name ("G.Batbold", Mongolian usage): a later "Batbold" is this person, when no
        full name and no other such name ends with it."""
        named = [p for p in _parts(name) if not _INITIAL.match(p)]
        if len(named) == 1 and named != _parts(name):
            self.abbreviated.setdefault(skeleton(named[0]), set()).add(name)

    def known_words(self) -> set[str]:
        words: set[str] = set()
        for name in self.full.values():
            words.add(name.lower())
            for p in _parts(name):
                if not _INITIAL.match(p):
                    words.add(p.lower())
                    words.add(_final_h_variant(p.lower()))  # "Huseynzadeh" is "Huseynzade"; "Abdulla", "Abdullah"
                    words.add(fold(p))  # "Horvathova" is "Horváthová"
        return words

    def resolve(self, name: str) -> tuple[str, str]:
        """(key, preferred label) of the person ``name`` refers to."""
        parts = [p for p in _parts(name) if not _INITIAL.match(p)]
        sk_parts = [skeleton(p) for p in parts]
        candidates = []
        for fsk, full in self.full.items():
            fparts = [skeleton(p) for p in _parts(full) if not _INITIAL.match(p)]
            initials = [p[0].lower() for p in _parts(name) if _INITIAL.match(p)]
            firsts = [p[0].lower() for p in _parts(full) if not _INITIAL.match(p)]
            if sk_parts and all(p in fparts for p in sk_parts) and all(i in firsts for i in initials):
                candidates.append(full)
        # the longest full name that contains every part: "Georges Rebelo" -> "Georges Rebelo Pinto Chikoti"
        longest = [c for c in candidates if not any(c != d and set(_parts(c)) < set(_parts(d)) for d in candidates)]
        if len(longest) == 1:
            return person_key(longest[0]), longest[0]
        sk = skeleton(name)
        if sk in self.full:
            full = self.full[sk]
            return person_key(full), full
        if not candidates and len(parts) == 1:
            for fsk, full in self.full.items():
                last = skeleton(surname(full))
                if difflib.SequenceMatcher(None, last, sk_parts[0]).ratio() >= 0.85:
                    candidates.append(full)
        if len(candidates) == 1:
            return person_key(candidates[0]), candidates[0]
        if not candidates and parts == _parts(name) and len(parts) == 1 \
                and len(abbreviated := self.abbreviated.get(sk_parts[0], ())) == 1:
            return person_key(next(iter(abbreviated))), next(iter(abbreviated))  # "Batbold" after "G.Batbold"
        return person_key(name), name
