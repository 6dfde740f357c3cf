"""The extractor's knowledge, read from the data files under ``ontology/data``.

Public API: ``load_lexicon(data_dir=None) -> Lexicon`` (cached), ``Lexicon.match(tokens)``,
``phrase_key(words)``. Gazetteer rows (states, organizations, places) and word lists
(titles, head nouns, triggers) are data, never literals in code.
"""
from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .text import Token, fold, slug, tokenize

DATA_DIR = Path(__file__).resolve().parents[2] / "ontology" / "data"
MAX_PHRASE = 14


@dataclass
class GazetteerEntry:
    key: str  # entity key, e.g. "state:kz", "org:oecd", "place:astana"
    type: str  # State, Organization, Place
    label: str
    aliases: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)
    home: str = ""  # a news outlet's own state ("state:kz"): whose officials it need not name


@dataclass(frozen=True)
class PhraseHit:
    key: str
    role: str  # name, official, alias, demonym, acronym


def outlet_key(name: str) -> str:
    """An outlet's name compared without case or a leading "The": "The Straits Times" = "Straits Times"."""
    return re.sub(r"^the\s+", "", " ".join(name.casefold().split()))


@lru_cache(maxsize=1 << 18)  # pure; called for every word of every phrase lookup
def _norm_word(word: str) -> str:
    bare = word.replace(".", "")
    if len(bare) >= 2 and bare.isupper():
        return word.rstrip(".")  # acronyms keep their case: US, UN, OSCE
    return fold(word) or word


def phrase_key(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    key = tuple(_norm_word(w) for w in words)
    while key and key[-1] == ".":
        key = key[:-1]
    return key


def _split(cell: str) -> list[str]:
    return [v.strip() for v in cell.split("|") if v.strip()]


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader((line for line in f if not line.startswith("#")),
                                   delimiter="\t", quoting=csv.QUOTE_NONE))


class Lexicon:
    def __init__(self, data_dir: Path):
        self.entries: dict[str, GazetteerEntry] = {}
        self.phrases: dict[tuple[str, ...], list[PhraseHit]] = {}
        words = json.loads((data_dir / "lexicon.json").read_text(encoding="utf-8"))
        self.common: set[str] = set()
        for line in (data_dir / "common_words.txt").read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                self.common.update(w.lower() for w in line.split())
        # Words that head names ("Island", "Bank", "Summit"): no one-word alias may be one ("Ísland")
        self._head_words = {phrase_key(tokens_of(w))[0] for group in ("place_heads", "org_heads", "event_heads",
                                                                      "agreement_heads", "title_heads")
                            for w in words[group] if len(tokens_of(w)) == 1}
        self.official_names: dict[str, str] = {}  # a state's key -> its official name ("Republic of Korea")
        self._load_states(data_dir / "states.tsv")
        self._load_orgs(data_dir / "organizations.tsv")
        self._load_places(data_dir / "places.tsv")
        self._load_outlets(data_dir / "outlets.tsv")
        self.titles = {phrase_key(tokens_of(t)) for t in words["title_heads"]}
        # "High Commissioner-Designate", "President-elect": a post's holder to be is named by it too
        self.titles |= {key[:-1] + (f"{key[-1]} {to_be}",) for key in list(self.titles)
                        for to_be in ("designate", "elect")}
        self.title_modifiers = set(words["title_modifiers"])
        self.honorifics = {phrase_key(tokens_of(t)) for t in words["honorifics"]}
        #: words after a post that belong to it ("Chargé d'affaires a.i.")
        self.title_suffixes = {phrase_key(tokens_of(t)) for t in words["title_suffixes"]}
        self.titles |= self.honorifics
        self.role_words = {phrase_key(tokens_of(t)) for t in words["role_words_lower"]}
        self.org_heads = _with_plurals(words["org_heads"] + words["foreign_ministry"])
        self.proper_heads = {phrase_key(tokens_of(t)) for t in words["proper_org_heads"]}
        #: words that start bodies' names: "National" of "National Bank of Kazakhstan" is one at a sentence's start
        self.body_name_modifiers = frozenset(words["body_name_modifiers"])
        self.org_heads |= self.proper_heads
        self.event_heads = _with_plurals(words["event_heads"])
        self.agreement_heads = {phrase_key(tokens_of(t)) for t in words["agreement_heads"]}
        self.agreement_heads_lower = {phrase_key(tokens_of(t)) for t in words["agreement_heads_lower"]}
        self.document_abbreviations: dict[str, str] = dict(words["document_abbreviations"])
        self.title_abbreviations: dict[str, str] = dict(words["title_abbreviations"])
        #: posts of one body whatever else the title says: "European Commissioner for Trade" is the EU's
        self.title_bodies: dict[str, str] = dict(words["title_bodies"])
        self.title_body_heads = tuple(self.title_bodies)
        self.body_office_titles = frozenset(words["body_office_titles"])
        #: first words of the lowercase heads of several words ("letter" of "letter of intent")
        self.lower_head_starts = {k[0] for k in self.agreement_heads_lower if len(k) > 1}
        self.triggers = {kind: sorted(v, key=len, reverse=True) for kind, v in words["meeting_triggers"].items()}
        # read only when a sentence has none of the triggers above ("Islamabad hosted consultations")
        self.fallback_triggers = {kind: sorted(v, key=len, reverse=True)
                                  for kind, v in words["fallback_meeting_triggers"].items()}
        self.sign_verbs = set(words["sign_verbs"])
        #: "COP29", "UNGA-80", "LLDC3": an event named by an acronym and its number
        numbered = "|".join(map(re.escape, words["numbered_event_acronyms"]))
        self.numbered_event = re.compile(rf"^(?:{numbered})-?[1-9][0-9]{{0,2}}$")
        self.group_subjects = sorted(words["group_subjects_lower"], key=len, reverse=True)
        self.regions = {phrase_key(tokens_of(t)) for t in words["regions"]}
        self.place_heads = {phrase_key(tokens_of(t)) for t in words["place_heads"]}
        self.place_prefixes = frozenset(words["place_prefixes"])  # "Village Urugwiro", "Mount Kenya": no one's name
        self.thing_heads = set(words["thing_heads_lower"])
        self.particles = set(words["name_particles_lower"])
        self.name_suffixes = set(words["name_suffixes_lower"])  # "Turgunbek uulu", "Mammadov oglu"
        #: family names written first ("Tran Quoc Vinh", "Wang Yi", "Kim Min-jae"): Vietnamese, Chinese, Korean
        self.family_first = frozenset(words["family_names_first_lower"])
        self.post_nominals = {w.rstrip(".") for w in words["post_nominals"]}  # "Simon Byrne T.D.": no part of the name
        self.report_verbs = set(words["report_verbs_lower"])
        self.currency = set(words["currency_words_lower"])
        self.weak_meeting_nouns = list(words["weak_meeting_nouns_lower"])
        self.passive_sign = list(words["passive_sign_lower"])
        self.foreign_ministry = {phrase_key(tokens_of(t)) for t in words["foreign_ministry"]}
        self.months = {m.lower(): i for i, m in enumerate(words["months"][:12], 1)}
        for i, m in enumerate(words["months"][12:]):
            self.months[m.lower()] = [1, 2, 3, 4, 6, 7, 8, 9, 9, 10, 11, 12][i]
        self.weekdays = {w.lower() for w in words["weekdays"]}
        #: key -> (the other key, names so written, lowercase): "the Commonwealth" beside the CIS is the CIS
        self.context_aliases = {key: (v[0], {x.lower() for x in v[1:]})
                                for key, v in words.get("context_aliases", {}).items() if not key.startswith("_")}
        self.common |= set(self.months) | self.weekdays | {w.lower() for w in self.title_modifiers}
        self.max_len = max((len(k) for k in self.phrases), default=1)
        self._lengths: dict[int, tuple[object, int, dict[str, tuple[int, ...]]]] = {}

    # -- loading ---------------------------------------------------------------
    def _add(self, text: str, key: str, role: str) -> None:
        toks = tokens_of(text)
        if toks and toks[0].lower() == "the":
            toks = toks[1:]
        pk = phrase_key(toks)
        if not pk or len(pk) > MAX_PHRASE:
            return
        if role == "alias" and len(toks) == 1 and not toks[0].isupper() and (
                toks[0].lower() in self.common or pk[0] in self._head_words):
            return  # "States", "America", "Ísland" (read "Island"): too ambiguous alone
        hits = self.phrases.setdefault(pk, [])
        if all(h.key != key for h in hits):
            hits.append(PhraseHit(key, role))

    def _load_states(self, path: Path) -> None:
        for r in _rows(path):
            iso = (r.get("iso2") or "").strip()
            if not iso:
                continue
            key = f"state:{iso.lower()}"
            e = GazetteerEntry(key, "State", r["name"].strip(), attrs={"iso": iso})
            if r.get("wikidata"):
                e.attrs["wikidata"] = r["wikidata"].strip()
            self._add(e.label, key, "name")
            for v in _split(r.get("official", "")):
                e.aliases.add(v)
                self._add(v, key, "official")
                self.official_names.setdefault(key, v)
            for v in _split(r.get("aliases", "")):
                e.aliases.add(v)
                self._add(v, key, "alias")
            for v in _split(r.get("demonyms", "")):
                self._add(v, key, "demonym")
                if v.endswith(("an", "i")):  # "Mauritanians", "Sri Lankans", "Omanis": the people of the state
                    self._add(v + "s", key, "demonym")
            self.entries[key] = e

    def _load_orgs(self, path: Path) -> None:
        for r in _rows(path):
            k = (r.get("key") or "").strip()
            if not k:
                continue
            key = f"org:{k}"
            e = GazetteerEntry(key, "Organization", r["name"].strip())
            for attr in ("wikidata", "kind", "headquarters"):
                if r.get(attr):
                    e.attrs[attr] = r[attr].strip()
            state = f"state:{r['state'].strip().lower()}" if r.get("state") else ""
            if e.attrs.get("kind") == "media":  # the outlet's own country, not its owner
                e.home = state
            elif state:  # a state's own body: its foreign ministry
                e.attrs["partOf"] = state
            acronyms = _split(r.get("acronyms", ""))
            if acronyms:
                e.attrs["acronym"] = acronyms[0]
            self._add(e.label, key, "name")
            for v in acronyms:
                e.aliases.add(v)
                self._add(v, key, "acronym")
            for v in _split(r.get("aliases", "")):
                e.aliases.add(v)
                self._add(v, key, "alias")
            self.entries[key] = e

    def _load_outlets(self, path: Path) -> None:
        """National news outlets known by their name in a source line or by their web address only (their names
        are common words or other outlets' too: "Dawn", "The Nation"): ``outlet_names`` and ``outlet_hosts``
        give the state whose news each reports as its own."""
        self.outlet_names: dict[str, str] = {}
        self.outlet_hosts: dict[str, str] = {}
        if not path.exists():
            return
        for r in _rows(path):
            state = f"state:{r['iso2'].strip().lower()}"
            for name in [r["name"], *_split(r.get("aliases", ""))]:
                self.outlet_names[outlet_key(name)] = state
            for host in _split(r.get("hosts", "")):
                self.outlet_hosts[host.lower()] = state

    def outlet_state(self, outlet: str, url: str) -> str:
        """The state of the national outlet that a source line or an article's address names, or ""."""
        for written in (outlet, re.sub(r"\s*\([^()]*\)\s*$", "", outlet)):  # "Dawn (dawn.com)"
            if outlet_key(written) in self.outlet_names:
                return self.outlet_names[outlet_key(written)]
        host = url.lower().split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0]
        parts = host.split(".")
        for i in range(len(parts) - 1):  # "english.ahram.org.eg", then "ahram.org.eg", ...
            if ".".join(parts[i:]) in self.outlet_hosts:
                return self.outlet_hosts[".".join(parts[i:])]
        return ""

    def _load_places(self, path: Path) -> None:
        for r in _rows(path):
            name = (r.get("name") or "").strip()
            if not name:
                continue
            key = f"place:{slug(name)}"
            if key in self.entries:
                continue
            e = GazetteerEntry(key, "Place", name)
            if r.get("iso2"):
                e.attrs["country"] = r["iso2"].strip()
            if r.get("wikidata"):
                e.attrs["wikidata"] = r["wikidata"].strip()
            self._add(name, key, "name")
            for v in _split(r.get("aliases", "")):
                e.aliases.add(v)
                self._add(v, key, "alias")
            self.entries[key] = e

    # -- lookup ----------------------------------------------------------------
    def match(self, tokens: list[Token], start: int) -> tuple[int, list[PhraseHit]] | None:
        """Longest gazetteer phrase starting at ``tokens[start]``: (end index, hits)."""
        first = tokens[start].text
        if not (first[:1].isupper() or first[:1].isdigit()):
            return None
        # only lengths of phrases that start with this word can match (a key never ends with ".")
        for n in self._lengths_of(self.phrases).get(_norm_word(first), ()):
            if n > len(tokens) - start:
                continue
            pk = phrase_key([t.text for t in tokens[start:start + n]])
            hits = self.phrases.get(pk)
            if hits and tokens[start + n - 1].text not in {",", "-", "(", "."}:
                return start + n, hits
        return None

    def _lengths_of(self, table) -> dict[str, tuple[int, ...]]:
        """First word -> lengths (longest first) of the phrases of ``table`` that start with it."""
        cached = self._lengths.get(id(table))
        if cached is not None and cached[0] is table and cached[1] == len(table):
            return cached[2]
        lengths: dict[str, set[int]] = {}
        for key in table:
            if key:
                lengths.setdefault(key[0], set()).add(len(key))
        index = {w: tuple(sorted(ns, reverse=True)) for w, ns in lengths.items()}
        self._lengths[id(table)] = (table, len(table), index)
        return index

    def longest(self, table: set[tuple[str, ...]], tokens: list[Token], start: int, *,
                limit: int = 6) -> int:
        """End index of the longest phrase of ``table`` at ``start``, or ``start``."""
        if start >= len(tokens):
            return start
        room = min(limit, len(tokens) - start)
        for n in self._lengths_of(table).get(_norm_word(tokens[start].text), ()):
            if n > room:
                continue
            if tokens[start + n - 1].text != "." and phrase_key([t.text for t in tokens[start:start + n]]) in table:
                return start + n
        return start

    def is_common(self, word: str) -> bool:
        low = word.lower()
        # "Political-Security", "Cross-Border": a compound of common words is one too
        return low in self.common or ("-" in low and all(part in self.common for part in low.split("-")))


def _with_plurals(phrases: list[str]) -> set[tuple[str, ...]]:
    out = set()
    for p in phrases:
        toks = tokens_of(p)
        out.add(phrase_key(toks))
        last = toks[-1]
        if last[-1:].islower() and not last.endswith("s"):
            plural = last[:-1] + "ies" if last.endswith("y") else last + "s"
            out.add(phrase_key(toks[:-1] + [plural]))
    return out


def tokens_of(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | None = None) -> Lexicon:
    return Lexicon(Path(data_dir) if data_dir else DATA_DIR)
