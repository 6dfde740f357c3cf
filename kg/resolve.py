"""Entity resolution across articles: many ``ArticleFacts`` -> one ``KnowledgeGraph``.

Public API: ``resolve(facts: Iterable[ArticleFacts]) -> KnowledgeGraph``.

States, known organizations and places already carry canonical keys from the
gazetteer. People are merged when their names have the same transliteration
skeleton ("Bakayev"/"Bakaev"), or the same first name and surname with a middle
name left out, as long as what they represent does not disagree; a surname seen
alone joins the one full name in the corpus that ends with it, and stays apart
when two people share it. Organizations, events and agreements merge on equal
normalized names and aliases.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable

from .extract.names import _INITIAL, _parts, skeleton
from .extract.text import fold
from .model import ArticleFacts, Entity, KnowledgeGraph, Meeting, Relation


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # the smaller key wins, so the result does not depend on input order
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


def resolve(facts: Iterable[ArticleFacts]) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    pooled: dict[str, Entity] = {}
    relations: list[Relation] = []
    meetings: list[Meeting] = []
    for f in sorted(facts, key=lambda f: f.article.id):
        kg.articles[f.article.id] = f.article
        for key, e in f.entities.items():
            _merge_into(pooled, key, e)
        relations.extend(f.relations)
        meetings.extend(f.meetings)

    uf = _UnionFind()
    for key in pooled:
        uf.find(key)
    reps = defaultdict(set)
    for r in relations:
        if r.kind == "represents":
            reps[r.subject].add(r.object)
    _link_people(pooled, reps, uf)
    _link_named(pooled, uf)

    groups: dict[str, list[Entity]] = defaultdict(list)
    for key in sorted(pooled):
        groups[uf.find(key)].append(pooled[key])
    rename: dict[str, str] = {}
    for root, members in groups.items():
        merged = _combine(members)
        for m in members:
            rename[m.key] = merged.key
        kg.entities[merged.key] = merged

    seen = set()
    for r in relations:
        r2 = Relation(r.kind, rename.get(r.subject, r.subject), rename.get(r.object, r.object), r.article, r.sentence)
        if r2.subject == r2.object or r2 in seen:
            continue
        seen.add(r2)
        kg.relations.append(r2)
    kg.relations.sort(key=lambda r: (r.kind, r.subject, r.object, r.article, r.sentence))
    for m in meetings:
        m.participants = sorted({rename.get(p, p) for p in m.participants})
        m.agreements = sorted({rename.get(a, a) for a in m.agreements})
        m.place = rename.get(m.place, m.place)
        kg.meetings.append(m)
    kg.meetings.sort(key=lambda m: m.key)
    return kg


def _merge_into(pool: dict[str, Entity], key: str, e: Entity) -> None:
    cur = pool.get(key)
    if cur is None:
        pool[key] = Entity(key, e.type, e.label, set(e.aliases), set(e.titles), dict(e.attrs), set(e.articles),
                           list(e.evidence))
        return
    cur.aliases |= e.aliases | ({e.label} - {cur.label})
    cur.titles |= e.titles
    for k, v in e.attrs.items():
        cur.attrs.setdefault(k, v)
    cur.articles |= e.articles
    cur.evidence.extend(x for x in e.evidence if x not in cur.evidence)


def _names(e: Entity) -> list[str]:
    return [e.label, *sorted(e.aliases)]


def _link_people(pool: dict[str, Entity], reps: dict[str, set[str]], uf: _UnionFind) -> None:
    people = [e for e in pool.values() if e.type == "Person"]
    full = [e for e in people if len(_name_parts(e.label)) >= 2]
    short = [e for e in people if len(_name_parts(e.label)) < 2]

    def agree(a: Entity, b: Entity) -> bool:
        ra, rb = reps.get(a.key, set()), reps.get(b.key, set())
        states_a = {x for x in ra if x.startswith("state:")}
        states_b = {x for x in rb if x.startswith("state:")}
        return not states_a or not states_b or bool(states_a & states_b)

    by_skeleton: dict[str, list[Entity]] = defaultdict(list)
    for e in full:
        by_skeleton[skeleton(e.label)].append(e)
    for group in by_skeleton.values():
        for other in group[1:]:
            if agree(group[0], other):
                uf.union(group[0].key, other.key)
    for i, a in enumerate(full):
        pa = [skeleton(p) for p in _name_parts(a.label)]
        for b in full[i + 1:]:
            if uf.find(a.key) == uf.find(b.key):
                continue
            pb = [skeleton(p) for p in _name_parts(b.label)]
            same_ends = pa[0] == pb[0] and _close(pa[-1], pb[-1])
            subset = set(pa) <= set(pb) or set(pb) <= set(pa)
            close = _close(" ".join(pa), " ".join(pb), 0.9) and pa[-1][:1] == pb[-1][:1]
            if (same_ends or (subset and pa[-1] == pb[-1]) or close) and agree(a, b):
                uf.union(a.key, b.key)
    for s in short:
        sk = skeleton(s.label)
        roots = {uf.find(f.key) for f in full if skeleton(_name_parts(f.label)[-1]) == sk and agree(s, f)}
        if len(roots) == 1:
            uf.union(s.key, roots.pop())


def _name_parts(name: str) -> list[str]:
    return [p for p in _parts(name) if not _INITIAL.match(p)] or [name]


def _close(a: str, b: str, ratio: float = 0.85) -> bool:
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= ratio


def _link_named(pool: dict[str, Entity], uf: _UnionFind) -> None:
    """Organizations, events and agreements that share a normalized name are one."""
    index: dict[tuple[str, str], str] = {}
    for key in sorted(pool):
        e = pool[key]
        if e.type in ("Person", "State", "Place"):
            continue
        for n in _names(e):
            f = fold(n)
            if len(f) < 2:
                continue
            other = index.setdefault((e.type, f), key)
            if other != key:
                uf.union(other, key)


def _combine(members: list[Entity]) -> Entity:
    """One entity from a group; the gazetteer key, or the best-attested name, wins."""
    def rank(e: Entity):
        curated = e.type != "Person" and bool(e.attrs.get("wikidata") or e.attrs.get("iso") or e.attrs.get("acronym"))
        words = len(_name_parts(e.label)) if e.type == "Person" else 0
        return (not curated, -len(e.articles), -words, -len(e.label), e.key)

    members = sorted(members, key=rank)
    head = members[0]
    out = Entity(head.key, head.type, head.label, set(head.aliases), set(head.titles), dict(head.attrs),
                 set(head.articles), list(head.evidence))
    for m in members[1:]:
        out.aliases |= m.aliases | {m.label}
        out.titles |= m.titles
        for k, v in m.attrs.items():
            out.attrs.setdefault(k, v)
        out.articles |= m.articles
        out.evidence.extend(x for x in m.evidence if x not in out.evidence)
    out.aliases.discard(out.label)
    return out
