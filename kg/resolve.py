"""Entity resolution across articles: many ``ArticleFacts`` -> one ``KnowledgeGraph``.

Public API: ``resolve(facts: Iterable[ArticleFacts]) -> KnowledgeGraph``.

States, known organizations and places already carry canonical keys from the
gazetteer. People are merged when their names have the same transliteration
skeleton ("Bakayev"/"Bakaev", "Abdelatty"/"Abdel Aty"), or the same first name and
surname with a middle name or a second surname left out ("Ana Rojas"/"Ana Rojas
Soto"), as long as what they represent does not disagree; a surname seen alone (or
after an initial: "S. Jaishankar") joins the one full name in the corpus that ends
with it (and starts with the initial), and stays apart when two people share it.
Organizations, events and agreements merge on equal normalized names and aliases; documents whose names
state other parties ("between Ghana and Peru", "between Chile and Norway") stay apart.
"""
from __future__ import annotations

import difflib
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from .extract.lexicon import load_lexicon, phrase_key
from .extract.names import _INITIAL, REGNAL, _parts, skeleton
from .extract.text import fold, tokenize
from .extract.units import _ORDINAL, _ORDINAL_WORDS
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
        # The graph needs the article's metadata, not its text: a large archive's text stays out of memory.
        kg.articles[f.article.id] = replace(f.article, text="")
        own = _own_rounds(f)
        for key, e in f.entities.items():
            _merge_into(pooled, own.get(key, key), e)
        if own:
            f = f.renamed(own)
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


def _own_rounds(f: ArticleFacts) -> dict[str, str]:
    """Keys of the article's rounds of talks named without their parties ("the Second Political Consultations"),
    made the article's own: every pair of states holds a second round."""
    return {key: f"{key}-{f.article.id[:12]}" for key, e in f.entities.items()
            if e.type == "Event" and not e.attrs.get("parties") and _bare_round(e.label)}


def _merge_into(pool: dict[str, Entity], key: str, e: Entity) -> None:
    """Pool one article's entity under ``key``. Per-article evidence stays behind: the graph states
    evidence on relations and meetings, and an entity's list would grow with every article."""
    cur = pool.get(key)
    if cur is None:
        pool[key] = Entity(key, e.type, e.label, set(e.aliases), set(e.titles), dict(e.attrs), set(e.articles))
        return
    cur.aliases |= e.aliases | ({e.label} - {cur.label})
    cur.titles |= e.titles
    for k, v in e.attrs.items():
        cur.attrs.setdefault(k, v)
    cur.articles |= e.articles


def _names(e: Entity) -> list[str]:
    return [e.label, *sorted(e.aliases)]


def _link_people(pool: dict[str, Entity], reps: dict[str, set[str]], uf: _UnionFind) -> None:
    people = [e for e in pool.values() if e.type == "Person"]
    family_first = {skeleton(w) for w in load_lexicon().family_first}

    def other_families(pa: list[str], pb: list[str]) -> bool:
        # "Tran Quoc Vinh" and "Trinh Quoc Vinh": a Vietnamese (Chinese, Korean) name starts with the family
        # name, so two such names that start otherwise are two families, however alike the rest is
        return pa[0] != pb[0] and (pa[0] in family_first or pb[0] in family_first)

    def other_middles(pa: list[str], pb: list[str]) -> bool:
        # "Nguyen Van Anh" and "Nguyen Thi Anh": after a family name written first, the middle names tell apart;
        # "Hamad bin Nasser Al-Kuwari" and "Hamad bin Saeed Al-Kuwari": so do two fathers' names
        fa, fb = _father(pa), _father(pb)
        # "Mohd Haziq Abdul Rahim" and "Mohd Faizal bin Abdul Rahim": second given names that are nowhere in the other
        second = len(pa) >= 3 and len(pb) >= 3 and pa[1] not in pb and pb[1] not in pa and not _close(pa[1], pb[1])
        return (pa[0] in family_first and not _within(pa[1:-1], pb[1:-1])) or bool(fa and fb and fa != fb) or second
    full = [e for e in people if len(_name_parts(e.label)) >= 2]
    short = [e for e in people if len(_name_parts(e.label)) < 2]

    def agree(a: Entity, b: Entity) -> bool:
        ra, rb = reps.get(a.key, set()), reps.get(b.key, set())
        states_a = {x for x in ra if x.startswith("state:")}
        states_b = {x for x in rb if x.startswith("state:")}
        return not states_a or not states_b or bool(states_a & states_b)

    by_skeleton: dict[str, list[Entity]] = defaultdict(list)
    for e in full:
        by_skeleton[skeleton(e.label).replace(" ", "")].append(e)  # "Abdelatty" = "Abdel Aty"
    for group in by_skeleton.values():
        for other in group[1:]:
            if agree(group[0], other):
                uf.union(group[0].key, other.key)
    parts = [_skeleton_parts(e.label) for e in full]
    # Every pair of full names that can pass is judged as before; the others are never visited:
    # see ``_person_candidates``.
    candidates, spelled_close, extended = _person_candidates(parts)
    for i, j in sorted(candidates):
        a, b, pa, pb = full[i], full[j], parts[i], parts[j]
        if uf.find(a.key) == uf.find(b.key):
            continue
        same_ends = pa[0] == pb[0] and _close(pa[-1], pb[-1]) and not other_middles(pa, pb)
        subset = pa[-1] == pb[-1] and (set(pa) <= set(pb) or set(pb) <= set(pa))
        # "Farhan Siddiqui" = "Muhammad Farhan Siddiqi": given names within the other's, surnames spelled alike
        subset = subset or (_within(pa[:-1], pb[:-1]) and _close(pa[-1], pb[-1]))
        subset = subset or (i, j) in extended
        # "Harsh Vardhan" = "Harshvardhan" (judged last: the costliest test)
        if (same_ends or subset or ((i, j) in spelled_close and not other_families(pa, pb)
                                    and not other_middles(pa, pb)
                                    and _close("".join(pa[:-1]), "".join(pb[:-1]), 0.8))) and agree(a, b):
            uf.union(a.key, b.key)
    by_surname: dict[str, list[Entity]] = defaultdict(list)
    for f, pf in zip(full, parts):
        by_surname[pf[-1]].append(f)
    for s in short:
        written = _parts(s.label)
        # "S. Jaishankar": initials and a surname ("Li Qiang" is no initial and a surname: "Li" is a name)
        initials = [p[0].lower() for p in written[:-1]] if all(map(_TRUE_INITIAL.match, written[:-1])) else None
        sk = skeleton(written[-1]) if initials is not None else skeleton(s.label)
        roots = {uf.find(f.key) for f in by_surname.get(sk, ()) if agree(s, f)
                 and (not initials or f.label[:1].lower() == initials[0])}
        if len(roots) == 1:
            uf.union(s.key, roots.pop())
    # "King Abdullah" is "King Abdullah II" when the graph names one reign of that name
    plain = {skeleton(s.label): s for s in short if len(_parts(s.label)) == 1}
    reigns: dict[str, set[str]] = defaultdict(set)
    for s in short:
        written = _parts(s.label)
        if len(written) == 2 and REGNAL.fullmatch(written[1]) and skeleton(written[0]) in plain:
            reigns[skeleton(written[0])].add(s.key)
    for base, keys in reigns.items():
        if len(keys) == 1 and agree(plain[base], pool[next(iter(keys))]):
            uf.union(plain[base].key, next(iter(keys)))


_PATRONYMIC = {"bin", "ibn", "bint", "binti"}


def _father(parts: list[str]) -> str:
    """The father's name of an Arabic or Malay name ("Nasser" of "Hamad bin Nasser Al-Kuwari"), or ""."""
    return next((parts[i + 1] for i in range(len(parts) - 2) if parts[i] in _PATRONYMIC), "")


def _within(a: list[str], b: list[str]) -> bool:
    return set(a) <= set(b) or set(b) <= set(a)


_TRUE_INITIAL = re.compile(r"^(?:[A-Z]\.?|[A-Z][a-z]\.)$")  # "S", "S.", "Md."; not "Li"


def _person_candidates(parts: list[list[str]]) -> tuple[set[tuple[int, int]], set[tuple[int, int]],
                                                        set[tuple[int, int]]]:
    """Index pairs (i < j) of names that may be one person: a superset of the pairs that pass
    "same first part and close last parts", "one's parts within the other's, same (or a close) last part" or
    "same surname, given names spelled alike"; the pairs that may pass the last test; and the
    pairs of a given name and first surname with the one longer name that adds a second surname
    ("Ana Rojas", "Ana Rojas Soto"), which pass when what they represent agrees (two such longer
    names, and the short one could be either: it stays apart)."""
    pairs: set[tuple[int, int]] = set()

    def add(i: int, j: int) -> None:
        if i != j:
            pairs.add((i, j) if i < j else (j, i))

    surnames = sorted({p[-1] for p in parts})
    near: dict[str, list[str]] = defaultdict(list)
    for x, y in _close_candidates(surnames, [""] * len(surnames), 0.85):
        if _close(surnames[x], surnames[y]) or _close(surnames[y], surnames[x]):  # ratio is not symmetric
            near[surnames[x]].append(surnames[y])
            near[surnames[y]].append(surnames[x])
    by_ends: dict[tuple[str, str], list[int]] = defaultdict(list)
    by_last_part: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(parts):
        by_ends[(p[0], p[-1])].append(i)
        for q in set(p):
            by_last_part[(p[-1], q)].append(i)
    extended: set[tuple[int, int]] = set()  # "Ana Rojas" and the one "Ana Rojas Soto"
    by_first_two: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(parts):
        if len(p) == 3:
            by_first_two[(p[0], p[1])].append(i)
    # "Mohammed Amin Benjelloun" and the one "Mohamed Amine Benjelloun Touimi": three or more parts spelled
    # alike, and the longer name adds a second surname
    by_prefix_ends: dict[tuple[int, str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(parts):
        if len(p) >= 4:
            by_prefix_ends[(len(p), p[0], p[-2])].append(i)
    for i, p in enumerate(parts):
        if len(p) >= 3:
            longer = [j for j in by_prefix_ends.get((len(p) + 1, p[0], p[-1]), ())
                      if all(_close(a, b) for a, b in zip(p, parts[j]))]
            if len({tuple(parts[j]) for j in longer}) == 1:
                for j in longer:
                    add(i, j)
                    extended.add((i, j) if i < j else (j, i))
    for i, p in enumerate(parts):
        for last in (p[-1], *near.get(p[-1], ())):
            for j in by_ends.get((p[0], last), ()):
                add(i, j)
        for last in (p[-1], *near.get(p[-1], ())):
            for j in by_last_part.get((last, p[0]), ()):
                add(i, j)
        longer = by_first_two.get((p[0], p[1]), ()) if len(p) == 2 else ()
        if len({tuple(parts[j]) for j in longer}) == 1:  # "Ana Rojas": one "Ana Rojas X" only, or none
            for j in longer:
                add(i, j)
                extended.add((i, j) if i < j else (j, i))
    # Transliterations of one person: the same surname skeleton and first names that start alike
    # ("Rashid" / "Rasit" Meredov). Blocking on both keeps this linear in the number of names.
    spelled_close: set[tuple[int, int]] = set()
    by_block: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, p in enumerate(parts):
        if len(p) >= 2:
            by_block[(p[-1], p[0][:1])].append(i)
    for members in by_block.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                spelled_close.add((i, j) if i < j else (j, i))
    pairs |= spelled_close
    return pairs, spelled_close, extended


def _close_candidates(names: list[str], groups: list[str], ratio: float) -> set[tuple[int, int]]:
    """Pairs (i < j) in the same group whose ``difflib`` ratio may reach ``ratio``: a superset.

    ratio = 2M/S (S = |x| + |y|, M characters matched in blocks). A pair that passes has
    |y| <= |x| (2-r)/r, so S <= 2|x|/r, and at most d = (1-r) S <= (1-r) 2|x|/r characters of
    either name unmatched (ux + uy). Mark in x each unmatched character and the first character
    of each block that follows another block with no gap in x (there is a gap in y there): at
    most d marks. Cut x into d + 1 pieces: one piece has no mark, so it lies inside one block
    and y holds it verbatim, shifted by at most d. Candidates are the names that hold a piece
    of x within that shift (pigeonhole filtering); with d + 2 pieces, two of them. The caller
    judges each candidate with ``_close``.
    """
    num, den = {0.9: (2, 9), 0.85: (6, 17)}[ratio]  # (1-r) 2/r as a fraction
    n = len(names)
    cuts = []
    for x in names:
        d = (num * len(x)) // den
        # d + 2 pieces leave two without a mark, so a candidate must hold two of them: far fewer
        # candidates than with d + 1 pieces and one (which a name too short for d + 2 pieces uses).
        need = 2 if len(x) >= d + 2 else 1
        pieces, size, start = [], len(x) / (d + need), 0
        for k in range(1, d + need + 1):
            end = round(k * size) if k < d + need else len(x)
            pieces.append((start, x[start:end]))
            start = end
        cuts.append((d, need, pieces))
    sizes = {len(p) for _, _, pieces in cuts for _, p in pieces if p}
    index: dict[tuple[str, str], list[tuple[int, int]]] = defaultdict(list)
    pairs: set[tuple[int, int]] = set()
    lengths = [len(x) for x in names]
    for i in range(n):
        x, g = names[i], groups[i]
        d, need, pieces = cuts[i]
        hits: dict[int, int] = defaultdict(int)
        for start, piece in pieces:
            if not piece:
                continue
            for j in {j for j, at in index.get((g, piece), ()) if abs(at - start) <= d}:
                hits[j] += 1
        for j in (j for j, count in hits.items() if count >= need):
            m = lengths[i] + lengths[j]
            if 2 * min(lengths[i], lengths[j]) >= ratio * m - 1e-9:
                pairs.add((j, i))
        for size in sizes:
            for at in range(len(x) - size + 1):
                index[(g, x[at:at + size])].append((i, at))
    return pairs


def _name_parts(name: str) -> list[str]:
    """The words of a name that can tell people apart: no initials, no regnal number ("Abdullah II")."""
    parts = [p for p in _parts(name) if not _INITIAL.match(p)] or [name]
    return parts[:-1] if len(parts) > 1 and REGNAL.fullmatch(parts[-1]) else parts


def _skeleton_parts(name: str) -> list[str]:
    """The skeletons of ``_name_parts``, an Arabic article joined to its word as in ``skeleton``: "Al Rawahi"
    and "Al-Rawahi" end with the same part."""
    return skeleton(" ".join(_name_parts(name))).split()


@lru_cache(maxsize=1 << 20)
def _close(a: str, b: str, ratio: float = 0.85) -> bool:
    if a == b:
        return True
    if 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < ratio:  # difflib's real_quick_ratio, without a matcher
        return False
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= ratio and matcher.ratio() >= ratio  # each bounds the next from above


def _link_named(pool: dict[str, Entity], uf: _UnionFind) -> None:
    """Organizations, events and agreements that share a normalized name are one; but two documents whose
    names state other parties are two ("Agreement between Ghana and Peru on Visa Exemption" and "... between
    Chile and Norway ...", though both are also the "Agreement on Visa Exemption"), and a document without
    parties joins another only when every name it shares, it shares with the documents of one set of parties
    (a round of talks named without its parties and anything else of its own, only within one article)."""
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    acronyms: set[tuple[str, str]] = set()  # names written in capitals: "JCBC"
    for key in sorted(pool):
        e = pool[key]
        if e.type in ("Person", "State", "Place"):
            continue
        for n in _names(e):
            f = fold(n)
            if len(f) >= 2 and key not in index[(e.type, f)][-1:]:
                index[(e.type, f)].append(key)
                if " " not in n and n.replace(".", "").isupper():
                    acronyms.add((e.type, f))
    unnamed: dict[str, dict[str, str]] = defaultdict(dict)  # a document without parties -> parties -> a key
    for (type_, f), keys in index.items():
        if type_ == "Organization" and len(keys) > 1:
            # "Department of Foreign Affairs" of the Philippines and of Papua New Guinea: one name, two states' bodies
            for group in _states_bodies(keys, pool):
                for side in (_sides_of_acronym(group, pool) if (type_, f) in acronyms else [group]):
                    for key in side[1:]:
                        uf.union(side[0], key)
            continue
        if type_ not in ("Agreement", "Event"):  # a round of talks has parties too: "5th round of FOC" of two
            for key in keys[1:]:
                uf.union(keys[0], key)
            continue
        sides: dict[str, list[str]] = defaultdict(list)
        for key in keys:
            sides[pool[key].attrs.get("parties", "")].append(key)
        for side, members in sides.items():
            if type_ == "Event" and not side:
                # "the Second Political Consultations" without its parties: a round of one pair of states, the
                # same round only within one article (across articles every pair holds a second round)
                bare = [m for m in members if _bare_round(pool[m].label)]
                members = [m for m in members if m not in bare]
                by_article: dict[str, list[str]] = defaultdict(list)
                for m in bare:
                    for a in pool[m].articles:
                        by_article[a].append(m)
                for group in by_article.values():
                    _union_alike(group, pool, uf)
            _union_alike(members, pool, uf)
        for key in sides.get("", ()):
            if " between " in pool[key].label:
                continue  # "... between the European Union and Central America": its sides are named, if no states
            unnamed[key].update((side, members[0]) for side, members in sides.items() if side and (
                type_ != "Event" or not _bare_round(pool[key].label)
                or any(pool[key].articles & pool[m].articles for m in members)))
    for key, named in unnamed.items():
        if len(named) == 1:  # every name it shares, it shares with the documents of one set of parties
            uf.union(key, next(iter(named.values())))


def _states_bodies(keys: list[str], pool: dict[str, Entity]) -> list[list[str]]:
    """Organizations that share a name, in the groups that can be one body: those of one state (``partOf``), with
    the ones of no known state when the name is of one state's bodies only (or of none)."""
    by_state: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        by_state[pool[key].attrs.get("partOf", "")].append(key)
    stateless = by_state.pop("", [])
    if len(by_state) <= 1:
        return [[*next(iter(by_state.values()), []), *stateless]]
    return [*by_state.values(), *([k] for k in stateless)]


def _sides_of_acronym(keys: list[str], pool: dict[str, Entity]) -> list[list[str]]:
    """Bodies that share an acronym, in the groups that are one body: the "Brunei Darussalam – Viet Nam Joint
    Commission for Bilateral Cooperation (JCBC)" and the "Cambodia–Philippines ... (JCBC)" are two, and a bare
    "JCBC" joins them only when the states named are one pair."""
    sides: dict[frozenset[str], list[str]] = defaultdict(list)
    for key in keys:
        sides[_label_states(pool[key].label)].append(key)
    named = [members for states, members in sides.items() if len(states) >= 2]
    if len(named) <= 1:
        return [keys]
    return named + [[k] for states, members in sides.items() if len(states) < 2 for k in members]


@lru_cache(maxsize=4096)
def _label_states(label: str) -> frozenset[str]:
    """The states a name names ("Brunei Darussalam – Viet Nam Joint Commission": Brunei and Viet Nam)."""
    lex = load_lexicon()
    found = set()
    for written in {label, re.sub(r"(?<=\w)-(?=[A-Z])", " - ", label)}:  # "Cambodia-Philippines" too
        tokens = tokenize(written)
        for i in range(len(tokens)):
            hit = lex.match(tokens, i)
            entry = lex.entries.get(hit[1][0].key) if hit else None
            if entry is not None and entry.type == "State":
                found.add(entry.key)
    return frozenset(found)


#: words of a treaty's sides that name no one: "the EU and its Member States, of the one part, and X, of the other part"
_SIDE_WORDS = frozenset({"the", "and", "its", "their", "member", "states", "of", "one", "other", "part"})


@lru_cache(maxsize=4096)
def _sides(text: str) -> frozenset[str]:
    """The sides a document's name states, the bodies and states the gazetteer knows by their keys: "the EAEU and
    Mongolia" and "the Eurasian Economic Union and its Member States, of the one part, and Mongolia, of the other
    part" are one pair."""
    lex = load_lexicon()
    tokens = tokenize(text)
    out, i = set(), 0
    while i < len(tokens):
        hit = lex.match(tokens, i)
        if hit and lex.entries.get(hit[1][0].key) is not None:
            out.add(hit[1][0].key)
            i = hit[0]
            continue
        word = fold(tokens[i].text)
        if word.isalnum() and word not in _SIDE_WORDS:
            out.add(word)
        i += 1
    return frozenset(out)


@lru_cache(maxsize=4096)
def _bare_round(label: str) -> bool:
    """"Second Political Consultations", "2nd Round of Consultations": an ordinal and common words only, so the name
    says nothing of who holds the round."""
    words = label.replace("Foreign Office ", "Foreign ").replace("Foreign Ministry ", "Foreign ").split()
    lex = load_lexicon()  # "9th Foreign Office Consultations": every pair of states holds a ninth round too
    return len(words) >= 2 and bool(_ORDINAL.match(words[0]) or words[0].lower() in _ORDINAL_WORDS) and all(
        lex.is_common(w) or phrase_key([w]) in lex.event_heads for w in words[1:])


def _union_alike(keys: list[str], pool: dict[str, Entity], uf: _UnionFind) -> None:
    """Documents (or rounds of talks) of one name and one set of parties are one; but two whose full names say
    between whom they are, otherwise ("MoU on Cooperation between the Artigas Institute and the Diplomatic
    Academy of Viet Nam", "... between the Devawongse Institute and the Diplomatic Academy of Viet Nam"), are
    two, and a document named only by the short name joins them when there is one such full name."""
    between: dict[str, list[str]] = defaultdict(list)
    plain: list[str] = []
    for key in keys:
        label = pool[key].label
        if " between " in label:  # the sides in either order: "between A and B" is "between B and A"
            head, _, sides = label.partition(" between ")
            between[f"{fold(head)} between {' '.join(sorted(_sides(sides)))}"].append(key)
        else:
            plain.append(key)
    groups = [keys] if len(between) <= 1 else [*between.values(), plain]
    for group in groups:
        for key in group[1:]:
            uf.union(group[0], key)


def _combine(members: list[Entity]) -> Entity:
    """One entity from a group; the gazetteer key, or the best-attested name, wins."""
    def rank(e: Entity):
        curated = e.type != "Person" and bool(e.attrs.get("wikidata") or e.attrs.get("iso") or e.attrs.get("acronym"))
        words = len(_name_parts(e.label)) if e.type == "Person" else 0
        # a document or a round of talks whose parties are known names them in its key: it wins over its plain name
        return (not curated, not e.attrs.get("parties"), -len(e.articles), -words, -len(e.label), e.key)

    members = sorted(members, key=rank)
    out = members[0]  # pooled entities are resolution's own: the head absorbs the others
    for m in members[1:]:
        out.aliases |= m.aliases | {m.label}
        out.titles |= m.titles
        for k, v in m.attrs.items():
            out.attrs.setdefault(k, v)
        out.articles |= m.articles
    out.aliases.discard(out.label)
    return out
