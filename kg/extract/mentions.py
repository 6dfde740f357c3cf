"""Mentions in one sentence: named entities, titles and the people they introduce.

Public API: ``find_mentions(sentence, lexicon, *, known=...) -> SentenceMentions``.

The sentence is tokenized, gazetteer phrases (states, organizations, places) are
collapsed into single units, each unit gets a one-letter class, and the spans of
organizations, events, agreements, titles and persons are read off that class
sequence. Everything the rules need to know about English (titles, head nouns,
common words) comes from the lexicon's data files.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, phrase_key
from .text import Token, slug, tokenize

# Unit classes: S state, D demonym, O organization, P place, R region, K compound of
# known names ("China-Kyrgyzstan"), T title, H/E/G organization/event/agreement head,
# g lowercase agreement head, N name-like word, C capitalized common word inside a
# sentence, W capitalized common word at a start or in a title-case line, I initials,
# X ordinal, Y number, o "of", f other preposition, t "the", a "and", "," comma,
# h dash or slash, q quote, ( ), s possessive, l other lowercase word, p punctuation.
_PREPS = {"for", "on", "in", "to", "at", "between", "with", "from", "concerning", "under", "within", "by",
          "regarding", "among", "into", "towards", "over", "against", "about", "during"}
_QUOTES = {'"', "“", "”", "«", "»", "'"}
_DASHES = {"-", "–", "—", "/"}
_ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "twentieth"}
_FUNCTION_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                   "with", "vs", "via", "over", "amid"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^[IVXL]+$")
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)*[A-Z][a-z]?$")
_NAME_TOKEN_BLOCK = re.compile(r"\d")


@dataclass
class Unit:
    cls: str
    start: int  # token index
    end: int
    text: str
    key: str = ""  # entity key for gazetteer units and collapsed spans
    role: str = ""


@dataclass
class Mention:
    type: str  # Person, State, Organization, Event, Agreement, Place, Title
    key: str  # entity key ("" for persons and titles until resolution)
    text: str  # surface form as written
    label: str  # canonical label
    start: int  # character offsets in the sentence
    end: int
    role: str = ""  # state mentions: name/official/alias/demonym; persons: "full"/"short"
    titles: list[str] = field(default_factory=list)
    represents: list[str] = field(default_factory=list)
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class SentenceMentions:
    text: str
    mentions: list[Mention]
    acronyms: dict[str, str]  # acronym -> key defined in this sentence


class _Sentence:
    def __init__(self, text: str, lex: Lexicon, acronyms: dict[str, tuple[str, str, str]],
                 known_names: set[str]):
        self.text = text
        self.lex = lex
        self.tokens: list[Token] = tokenize(text)
        self.acronyms = acronyms  # acronym -> (type, key, label)
        self.known_names = known_names
        words = [t for t in self.tokens if t.is_word and not t.text[:1].isdigit()]
        lower = [t for t in words if not t.is_cap and t.text.lower() not in _FUNCTION_WORDS]
        # a headline in title case: only short function words are lowercase
        self.title_case = len(words) >= 3 and not lower
        self.lower_vocab: set[str] = set()
        self.lower_stems: set[str] = set()
        self.mentions: list[Mention] = []
        self.new_acronyms: dict[str, str] = {}

    # -- helpers ---------------------------------------------------------------
    def span_text(self, i: int, j: int) -> str:
        return self.text[self.tokens[i].start:self.tokens[j - 1].end]

    def unit_text(self, units: list[Unit], a: int, b: int) -> str:
        return self.span_text(units[a].start, units[b - 1].end)

    def add(self, type_: str, key: str, text: str, label: str, i: int, j: int, **kw) -> Mention:
        m = Mention(type_, key, text, label, self.tokens[i].start, self.tokens[j - 1].end, **kw)
        self.mentions.append(m)
        return m

    # -- pass 1: units ---------------------------------------------------------
    def units(self) -> list[Unit]:
        lex, toks = self.lex, self.tokens
        out: list[Unit] = []
        i = 0
        while i < len(toks):
            tok = toks[i]
            w = tok.text
            hit = lex.match(toks, i)
            region_end = lex.longest(lex.regions, toks, i, limit=5) if w[:1].isupper() else i
            if region_end > i and (not hit or region_end > hit[0]):
                out.append(Unit("R", i, region_end, self.span_text(i, region_end)))
                i = region_end
                continue
            if w in self.acronyms and (not hit or (hit[0] == i + 1 and hit[1][0].role == "acronym")):
                type_, key, label = self.acronyms[w]
                out.append(Unit("O" if type_ == "Organization" else "V", i, i + 1, w, key))
                self.add(type_, key, w, label, i, i + 1)
                i += 1
                continue
            if hit:
                end, hits = hit
                h = hits[0]
                entry = lex.entries.get(h.key)
                currency = end < len(toks) and toks[end].text.lower() in lex.currency
                if entry and not currency and not (h.role == "demonym" and i + 1 < len(toks)
                                                   and toks[i + 1].text in {"’s", "'s"}):
                    cls = {"State": "D" if h.role == "demonym" else "S", "Organization": "O",
                           "Place": "P"}[entry.type]
                    if end < len(toks) and toks[end].text == "." and "." in toks[end - 1].text \
                            and toks[end].start == toks[end - 1].end and end + 1 < len(toks):
                        end += 1  # "U.S." before more words: the period belongs to the name
                    surface = self.span_text(i, end)
                    out.append(Unit(cls, i, end, surface, h.key, h.role))
                    self.add(entry.type, h.key, surface, entry.label, i, end, role=h.role)
                    i = end
                    continue
            if "-" in w and w[:1].isupper():
                parts = w.split("-")
                found = False
                offset = tok.start
                for part in parts:
                    sub = lex.phrases.get(phrase_key([part]))
                    if sub and part[:1].isupper():
                        e = lex.entries.get(sub[0].key)
                        if e and e.type in ("State", "Organization"):
                            found = True
                            m = Mention(e.type, e.key, part, e.label, offset, offset + len(part), role=sub[0].role)
                            self.mentions.append(m)
                    offset += len(part) + 1
                regional = any(phrase_key([p]) in lex.regions for p in parts)
                if found or regional:
                    out.append(Unit("K", i, i + 1, w))
                    i += 1
                    continue
            end = self._title_end(i)
            if end == i and out and (out[-1].cls in "SDO" or (out[-1].cls == "s" and len(out) > 1
                                                              and out[-2].cls in "SO")):
                end = lex.longest(lex.role_words, toks, i, limit=4)  # "Russian foreign minister", "Uzbek counterpart"
            if end > i:
                if end < len(toks) and toks[end].text == "." and phrase_key([toks[end - 1].text]) in lex.honorifics:
                    end += 1  # "Mr." / "Dr."
                out.append(Unit("T", i, end, self.span_text(i, end)))
                i = end
                continue
            for table, cls in ((lex.agreement_heads, "G"), (lex.event_heads, "E"), (lex.org_heads, "H"),
                               (lex.regions, "R"), (lex.place_heads, "L")):
                end = lex.longest(table, toks, i, limit=4) if w[:1].isupper() else i
                if end > i:
                    out.append(Unit(cls, i, end, self.span_text(i, end)))
                    i = end
                    break
            else:
                out.append(Unit(self._word_class(i), i, i + 1, w))
                i += 1
        return out

    def _title_end(self, i: int) -> int:
        lex, toks = self.lex, self.tokens
        if not toks[i].text[:1].isupper():
            return i
        j = i
        while j < len(toks) and toks[j].text in lex.title_modifiers:
            j += 1
        end = lex.longest(lex.titles, toks, j, limit=6)
        if end == j:
            return i
        return end

    def _word_class(self, i: int) -> str:
        lex, tok = self.lex, self.tokens[i]
        w = tok.text
        low = w.lower()
        if w in {"'", "’"} and i > 0 and self.tokens[i - 1].text.endswith("s") and i + 1 < len(self.tokens) \
                and self.tokens[i + 1].text[:1].isupper() and self.tokens[i - 1].end == tok.start:
            return "s"
        if w in _QUOTES:
            return "q"
        if w in {"’s", "'s", "’"}:
            return "s"
        if w in _DASHES:
            return "h"
        if w in {"(", ")", ","}:
            return w
        if low == "of":
            return "o"
        if low == "the":
            return "t"
        if low in {"and", "&"}:
            return "a"
        if low in _PREPS:
            return "f"
        if _ORDINAL.match(w) or low in _ORDINAL_WORDS:
            return "X"
        if w[:1].isdigit():
            return "Y"
        if not w[:1].isalpha():
            return "p"
        if not w[:1].isupper():
            if phrase_key([w]) in lex.agreement_heads_lower:
                return "g"
            return "l"
        if i + 1 < len(self.tokens) and self.tokens[i + 1].text == "." and _INITIALS.match(w) and \
                i + 2 < len(self.tokens) and self.tokens[i + 2].text[:1].isupper():
            return "I"
        if low in lex.months or low in lex.weekdays:
            return "m"
        if lex.is_common(w) or low in self.lower_vocab or _stem(low) in self.lower_stems:
            at_start = i == 0 or self.tokens[i - 1].text in _QUOTES | {"(", "-", "–", ":"}
            return "W" if (self.title_case or at_start) else "C"
        return "N"

    # -- pass 2: organizations, events, agreements -------------------------------
    def spans(self, units: list[Unit]) -> list[Unit]:
        """Find compound spans; return units with organizations and events collapsed."""
        claimed: list[tuple[int, int, str, str]] = []  # unit range, class, key
        cls = "".join(u.cls for u in units)
        agreements = self._agreements(units, cls)
        self.agreement_tokens = [(units[a].start, units[b - 1].end) for a, b in agreements]
        for k, u in enumerate(units):
            if any(a <= k < b for a, b in agreements):
                continue
            if u.cls == "E" or (u.cls == "X" and k + 1 < len(units) and units[k + 1].cls == "l"
                                and units[k + 1].text.lower() in {"session", "meeting", "summit",
                                                                  "congress", "forum", "conference"}):
                self._event_at(units, cls, k, claimed)
        for k, u in enumerate(units):
            if u.cls == "H" and not any(a <= k < head for a, head in self.agreement_heads_at):
                self._org_at(units, cls, k, claimed)
        self._quoted(units, cls, claimed)
        claimed.sort()
        out: list[Unit] = []
        k = 0
        for a, b, c, key in claimed:
            if a < k:
                continue
            out.extend(units[k:a])
            out.append(Unit(c, units[a].start, units[b - 1].end, self.unit_text(units, a, b), key))
            k = b
        out.extend(units[k:])
        return out

    _MOD = set("NCDSOPKRXY")

    def _left(self, units: list[Unit], k: int, allowed: set[str]) -> int:
        a = k
        while a > 0:
            c = units[a - 1].cls
            if c in allowed:
                a -= 1
            elif c == "h" and units[a - 1].text != "/" and a >= 2 and units[a - 2].cls in "SORK" \
                    and units[a].cls in "SORK" and "K" in allowed:
                a -= 1  # "EU – Central Asia Summit"
            elif c == "s" and a >= 2 and units[a - 2].cls in "SO" and units[a].cls in "NCH":
                a -= 2
                break
            elif c == "a" and a >= 2 and units[a - 2].cls in ("NC" + ("W" if "W" in allowed else "")
                                                             + ("H" if "H" in allowed else "")) \
                    and units[a].cls in "NCHWG":
                a -= 1
            else:
                break
        return a

    def _tail(self, units: list[Unit], b: int, allowed: str, *, place_ok: bool = False,
              in_state: bool = False) -> int:
        """Extend over "of|for|on (the) <names>" groups; a group that ends in a state, organization or
        place ends the name, but for "in <place>" after a mission and "(ACR)"."""
        n = len(units)
        closed = False
        while b < n:
            u = units[b]
            low = u.text.lower()
            opener = u.cls == "o" or (u.cls == "f" and (low in {"for", "on"} or (place_ok and low == "in"))) or (
                in_state and low == "in" and b + 1 < n and units[b + 1].cls == "S")
            if opener and (not closed or (low == "in" and (place_ok or in_state))):
                c = b + 1
                if c < n and units[c].cls == "t":
                    c += 1
                if place_ok and low == "in" and c + 2 < n and units[c].text == "city" and units[c + 1].cls == "o":
                    c += 2
                d = c
                while d < n:
                    cls = units[d].cls
                    if cls in allowed:
                        d += 1
                    elif cls == "a" and d + 1 < n and units[d + 1].cls in allowed:
                        d += 1
                    elif cls == "," and d + 1 < n and units[d + 1].cls in "CW" and d > c \
                            and units[d - 1].cls in "CW":
                        d += 1  # "on Trade, Economic and Scientific Cooperation"
                    elif cls == "h" and units[d].text != "/" and d > c and units[d - 1].cls in "SORKP" \
                            and d + 1 < n and units[d + 1].cls in "SORKP":
                        d += 1  # "India – Central Asia"
                    elif self._acronym_at(units, d) and d + 3 < n and units[d + 3].cls in "HECN":
                        d += 3
                    else:
                        break
                    if units[d - 1].cls in "SOP" and not (d < n and (units[d].cls in "HEh" or (
                            self._acronym_at(units, d) and d + 3 < n and units[d + 3].cls in "HEC"))):
                        closed = True
                        break
                if d == c or units[d - 1].cls in "a,h":
                    break
                b = d
            elif self._acronym_at(units, b):
                b += 3
            else:
                break
        return b

    @staticmethod
    def _acronym_at(units: list[Unit], b: int) -> bool:
        return (b + 2 < len(units) and units[b].cls == "(" and units[b + 2].cls == ")"
                and units[b + 1].text.replace(" ", "").replace("-", "").isupper())

    @staticmethod
    def _merge_acronyms(units: list[Unit]) -> list[Unit]:
        """"(DG NEAR)": an acronym in parentheses written as several words is one unit."""
        out: list[Unit] = []
        k = 0
        while k < len(units):
            if units[k].cls == "(":
                e = k + 1
                while e < len(units) and e - k <= 3 and units[e].text.replace("-", "").isupper() \
                        and units[e].cls not in "()":
                    e += 1
                if e - k >= 3 and e < len(units) and units[e].cls == ")":
                    first, last = units[k + 1], units[e - 1]
                    text = " ".join(u.text for u in units[k + 1:e])
                    out.extend([units[k], Unit("N", first.start, last.end, text), units[e]])
                    k = e + 1
                    continue
            out.append(units[k])
            k += 1
        return out

    def _org_at(self, units, cls, k, claimed) -> None:
        if any(a <= k < b for a, b, _, _ in claimed):
            if k >= 2 and units[k - 1].cls == "t" and units[k - 2].cls == "o":
                self._org_at(units, cls, k, [])  # "Information Service of the Ministry of ...": both are bodies
            return
        a = self._left(units, k, self._MOD | {"H"})
        mission = bool(set(units[k].text.split()) & {"Consulate", "Embassy", "Mission", "Office", "Representation"})
        proper = phrase_key(units[k].text.split()) in self.lex.proper_heads
        b = self._tail(units, k + 1, "NCSODPKRHWL", place_ok=mission)
        after_title = a >= 1 and units[a - 1].cls in "ot" and any(x.cls == "T" for x in units[max(0, a - 3):a])
        if after_title and b - 1 > k and units[b - 1].cls == "N" and not (b < len(units) and units[b].cls == "N"):
            run = b
            while run > k + 1 and units[run - 1].cls == "N":
                run -= 1
            if b - run >= 3 or (b - run >= 2 and units[run - 1].cls != "o"):
                b = run + 1 if units[run - 1].cls == "o" else run
        quoted = None
        if b + 2 < len(units) and units[b].cls == "q" and units[b + 1].cls in "NCW" and units[b + 2].cls == "q":
            quoted = units[b + 1].text
            b += 3
        while a < k and units[a].cls in "XY":
            a += 1
        head_word = units[k].text.split()[0]
        plural = head_word.endswith(("ies", "s")) and not head_word.endswith("ss")
        proper_token = any(x.cls in "NSDOPKR" for x in units[a:b])
        foreign_ministry = phrase_key(units[k].text.split()) in self.lex.foreign_ministry
        title_object = a >= 2 and units[a - 1].cls in "ot" and any(x.cls == "T" for x in units[max(0, a - 3):a])
        if title_object and not (quoted or proper or proper_token or foreign_ministry):
            return  # "High Representative of the Union for Foreign Affairs ...": a portfolio, not a body
        if b == k + 1 and not quoted and not proper and not (foreign_ministry and units[k].text.startswith("Department")) \
                and (plural or all(x.cls in "CWXYH" for x in units[a:k + 1])):
            return  # a bare or generic head ("the Ministry", "International Organizations") names nothing
        if b > k + 1 and units[b - 1].cls == ")":
            acr_unit = b - 2
        else:
            acr_unit = None
        core_end = b - 3 if acr_unit is not None else b
        if quoted:
            core_end = b - 3 if acr_unit is None else core_end
        text = self.unit_text(units, a, core_end)
        key, label = self._org_identity(units, a, core_end, text)
        if quoted:
            label = quoted
            key = f"org:{slug(quoted)}"
        m = Mention("Organization", key, text, label, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end)
        m.attrs["states"] = " ".join(u.key for u in units[a:core_end] if u.cls in "SD")
        if quoted:
            m.attrs["alias"] = text
        elif proper and a == k and b > k + 1:
            m.attrs["alias"] = units[k].text  # "Mazhilis of the Parliament" is the Mazhilis
        self.mentions.append(m)
        if acr_unit is not None:
            self.new_acronyms[units[acr_unit].text] = key
            self.acronyms[units[acr_unit].text] = ("Organization", key, label)
        claimed.append((a, b, "O", key))

    def _org_identity(self, units, a, b, text) -> tuple[str, str]:
        """Canonical key and label: ministries and governments of a state get stable keys."""
        lex = self.lex
        states = [u for u in units[a:b] if u.cls in "SD"]
        body = [u for u in units[a:b] if u.cls not in "SDt"]
        words = " ".join(u.text for u in body)
        words = re.sub(r"\s+(of|for)$", "", words.strip())
        if len(states) == 1:
            st = lex.entries[states[0].key]
            iso = st.attrs.get("iso", "").lower()
            fm = phrase_key(words.split())
            if fm in lex.foreign_ministry or words in {"Ministry of Foreign Affairs of", "MFA of"}:
                return f"org:mfa-{iso}", f"Ministry of Foreign Affairs of {st.label}"
            if words in {"Government", "Government of", "Governments"}:
                return f"org:government-{iso}", f"Government of {st.label}"
            head = re.sub(r"\s+of$", "", words)
            if head.startswith(("Ministry", "Department", "Office", "Cabinet", "Administration", "Embassy",
                                "Consulate", "Parliament", "Senate", "Prosecutor", "National", "Committee",
                                "Agency", "Council", "Directorate", "Customs", "General", "Presidential")):
                label = f"{head} of {st.label}"
                return f"org:{slug(head)}-{iso}", label
        label = re.sub(r"^the\s+", "", text)
        return f"org:{slug(label)}", label

    def _event_at(self, units, cls, k, claimed) -> None:
        if any(a <= k < b for a, b, _, _ in claimed):
            return
        a = self._left(units, k, self._MOD | {"T", "s", "E", "H"})
        while a < k and units[a].cls in "s":
            a += 1
        b = k + 1
        while b < len(units) and units[b].cls == "E":
            b += 1  # "Ministerial Meeting"
        if units[k].cls == "X":
            b = k + 2
        elif b < len(units) and units[b].cls == "l" and units[b].text.lower() in {"meeting", "summit", "session"}:
            b += 1
        plain_ordinal = units[k].cls == "X"
        tail_start = b
        b = self._tail(units, b, "NCSODPKRHWE", in_state=True)
        if plain_ordinal and b == tail_start:
            return
        if b < len(units) and units[b].cls == "q":
            close = b + 1
            while close < len(units) and close - b <= 4 and units[close].cls in "KNCRSOP":
                close += 1
            if close > b + 1 and close < len(units) and units[close].cls == "q":
                b = close + 1
        if a < k and units[a].cls == "T" and a + 1 == k:
            return
        mods = [u for u in units[a:b] if u is not units[k]]
        if not mods or all(u.cls in "WsY" for u in mods):
            return
        if any(u.cls == "T" for u in units[a:k]) and not any(u.cls in "OSDKX" for u in units[a:k]):
            return  # "Secretary Smith's Meeting" is a meeting, not a named event
        text = self.unit_text(units, a, b)
        acr = None
        if b < len(units) - 2 and units[b].cls == "(" and units[b + 2].cls == ")":
            acr = units[b + 1].text
        label = re.sub(r"^the\s+", "", text).replace("“", '"').replace("”", '"')
        key = f"event:{slug(label)}"
        self.add("Event", key, text, label, units[a].start, units[b - 1].end)
        if acr and acr.isupper():
            self.acronyms[acr] = ("Event", key, label)
            b += 3
        claimed.append((a, b, "V", key))

    def _quoted(self, units, cls, claimed) -> None:
        for m in re.finditer(r"q([NCWOSPKX]{1,6})q", cls):
            a, b = m.start(1), m.end(1)
            if any(x < b and a < y for x, y, _, _ in claimed):
                continue
            if not any(u.cls in "NC" for u in units[a:b]):
                continue
            text = self.unit_text(units, a, b)
            key = f"org:{slug(text)}"
            self.add("Organization", key, text, text, units[a].start, units[b - 1].end)
            claimed.append((a - 1, b + 1, "O", key))

    # Agreements may contain persons ("agreements between President X and ..."), so
    # they are recorded but not collapsed.
    _STOP_WORDS = {"which", "that", "was", "were", "is", "are", "will", "would", "signed", "aimed", "following",
                   "during", "after", "and", "within", "who", "has", "have", "had", "as", "at", "by", "in"}

    def _agreements(self, units, cls) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        self.agreement_heads_at: list[tuple[int, int]] = []
        toks = self.tokens
        line_item = bool(re.match(r"^\s*[-–•*]", self.text))
        sign = any(t.text.lower() in self.lex.sign_verbs for t in toks)
        done_until = -1
        for k, u in enumerate(units):
            if k < done_until or u.cls not in "Gg":
                continue
            a = self._left(units, k, self._MOD | {"G", "q", "H"} | ({"W"} if line_item else set()))
            while a < k and units[a].cls == "q":
                a += 1
            if u.cls == "g":
                if not (line_item or sign):
                    continue
                while a > 0 and units[a - 1].cls == "l" and units[a - 1].text.lower() not in self._STOP_WORDS \
                        and units[a - 1].text.lower() not in self.lex.sign_verbs and k - a < 2:
                    a -= 1
            b = k + 1
            if b + 1 < len(units) and units[b].cls == "o" and units[b + 1].text in {"Understanding", "Intent",
                                                                                    "understanding", "intent"}:
                b += 2
            if line_item:
                b = len(units)
                while b > k + 1 and units[b - 1].cls in ",;p" or units[b - 1].text.lower() in {"and", "respectively"}:
                    b -= 1
                if a == 0 or units[0].cls == "h":
                    a = max(a, 1 if units[0].cls == "h" else 0)
            elif b < len(units) and (units[b].cls in "of" or units[b].text.lower() in {"exempting", "concerning",
                                                                                    "regarding"}):
                if units[b].text.lower() in {"in", "at", "by", "during", "with", "from"}:
                    pass
                else:
                    b = self._agreement_tail(units, b)
            if u.cls == "g" and b == k + 1 and not line_item:
                continue
            if a == k and b == k + 1:
                continue
            text = self.unit_text(units, a, b).strip(" ,;.")
            text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
            if len(text.split()) < 2:
                continue
            label = text[0].upper() + text[1:] if u.cls == "g" and not line_item else text
            m = self.add("Agreement", f"agreement:{slug(label)}", text, label, units[a].start, units[b - 1].end)
            if self._acronym_at(units, b):
                acr = units[b + 1]
                self.acronyms[acr.text] = ("Agreement", m.key, label)
                m.attrs["acronym"] = acr.text
                inside = (self.tokens[acr.start].start, self.tokens[acr.end - 1].end)
                self.mentions = [x for x in self.mentions if not (inside[0] <= x.start < inside[1])]
            short = _short_agreement_name(label)
            if short:
                m.attrs["alias"] = short
            done_until = b
            found.append((a, b))
            self.agreement_heads_at.append((a, k))
        return found

    def _agreement_tail(self, units, b) -> int:
        depth = 0
        start = b
        while b < len(units):
            u = units[b]
            low = u.text.lower()
            if u.cls == "p" and u.text in {".", ";", ":", "!", "?"}:
                break
            if u.cls == "(":
                depth += 1
            elif u.cls == ")":
                if depth == 0:
                    break
                depth -= 1
            if low in {"which", "that", "was", "were", "is", "are", "will", "would", "signed", "aimed", "who",
                       "has", "have", "during", "following", "emphasizing", "noting", "stressing", "with"}:
                break
            if low == "and" and b + 1 < len(units) and re.match(r"^[a-z]+ed$", units[b + 1].text):
                break
            if low == "and" and b + 1 < len(units) and units[b + 1].cls == "l" and any(
                    x.text == "between" for x in units[start:b]) and any(x.text == "and" for x in units[start:b]):
                break  # "between A and B and new financing ...": the parties are named, the name is over
            if low == "through":
                break
            if low == "to" and b + 1 < len(units) and units[b + 1].text.lower() in {
                    "further", "strengthen", "enhance", "promote", "develop", "boost", "deepen", "expand"}:
                break
            if low == "in" and b + 1 < len(units) and units[b + 1].text.lower() == "order":
                break
            if u.cls == "," and b + 1 < len(units) and units[b + 1].text.lower() in {
                    "which", "the", "press", "said", "reports", "as", "who", "and"} :
                break
            b += 1
        while b > 0 and units[b - 1].cls in ",ah":
            b -= 1
        return b

    # -- pass 3: titles and persons ------------------------------------------------
    def persons(self, units: list[Unit]) -> None:
        n = len(units)
        k = 0
        last_chain: tuple[str, list[str]] | None = None
        while k < n:
            chain = self._chain(units, k)
            if chain:
                c_end, title, reps = chain
                p = c_end
                if p < n and (units[p].cls == "," or (units[p].cls == "h" and units[p].text != "/")):
                    p += 1
                r = self._name_run(units, p)
                if r > p and self.title_case and not self._is_known(units, p, r) and not all(
                        self._is_known_word(u.text) for u in units[p:r]):
                    r = p  # a headline's capitalized verb after a title ("Minister Receives ...") is no name
                if r > p:
                    titles = [title] if title else []
                    apposition = self._apposition(units, r)
                    if apposition:
                        titles.append(apposition[1])
                        reps = _dedupe(reps + apposition[2])
                    self._person(units, p, r, titles, reps)
                    last_chain = (title, reps)
                    k = apposition[0] if apposition else r
                    continue
                self._title_only(units, k, c_end, title, reps)
                last_chain = (title, reps)
                k = c_end
                continue
            u = units[k]
            if u.cls in "SD":
                p = k + 1
                if p < n and units[p].cls == "h" and units[p].text != "/":
                    p += 1
                r = self._name_run(units, p) if p < n and units[p].cls in "NI" else p
                if r > p and (last_chain or self._is_known(units, p, r) or r - p >= 2):
                    title = last_chain[0] if last_chain else ""
                    self._person(units, p, r, [title] if title else [], [u.key])
                    k = r
                    continue
            if u.cls in "NI" and k > 0 and units[k - 1].cls == "t" and not self._is_known(units, k, self._name_run(units, k)):
                k = max(k + 1, self._name_run(units, k))
                continue
            if u.cls in "NI":
                r = self._name_run(units, k)
                if r > k:
                    apposition = self._apposition(units, r)
                    thing = r < n and units[r].cls == "l" and units[r].text.lower() in self.lex.thing_heads
                    full = r - k >= 2 and all(x.cls in "NI" or x.text.lower() in self.lex.particles
                                              for x in units[k:r]) and sum(x.cls == "N" for x in units[k:r]) >= 2
                    if apposition:
                        end, title, reps = apposition
                        self._person(units, k, r, [title], reps)
                        k = end
                        continue
                    elif not self._is_known(units, k, r) and self._media(units, k, r):
                        pass
                    elif self._is_known(units, k, r) or (full and not thing and not self.title_case
                                                         and not self._in_agreement(units[k].start)):
                        self._person(units, k, r, [], [])
                    k = r
                    continue
            k += 1

    def _chain(self, units: list[Unit], k: int) -> tuple[int, str, list[str]] | None:
        """A title phrase at ``k``: "(State|Demonym ['s])? Title ((of|for|to|in) (the)? X)* (and|– Title ...)*"."""
        n = len(units)
        reps: list[str] = []
        j = k
        while j < n and units[j].cls in "SDO" and j + 1 < n and (
                units[j + 1].cls in "T" or (units[j + 1].cls == "s" and j + 2 < n and units[j + 2].cls == "T")
                or units[j + 1].cls in "SDO"):
            reps.append(units[j].key)
            j += 1
            if j < n and units[j].cls == "s":
                j += 1
        if j >= n or units[j].cls != "T":
            return None
        title_start = j
        j += 1
        while j < n:
            u = units[j]
            low = u.text.lower()
            if u.cls in "of" and low in {"of", "for", "to", "in", "on"}:
                c = j + 1
                if c < n and units[c].cls == "t":
                    c += 1
                d = c
                e = c
                while e < n and e - c < 12 and (units[e].cls in "NCWRHaS" or (
                        units[e].cls in "lft" and e > c and units[c].cls in "NCWH")):
                    e += 1
                if e > c and self._acronym_at(units, e) and units[e - 1].cls not in "alft":
                    text = self.unit_text(units, c, e)
                    key = f"org:{slug(text)}"
                    label = text
                    self.add("Organization", key, text, label, units[c].start, units[e - 1].end)
                    self.acronyms[units[e + 1].text] = ("Organization", key, label)
                    self.new_acronyms[units[e + 1].text] = key
                    reps.append(key)
                    j = e + 3
                    continue
                if c > j + 1 and units[c - 1].cls == "t" and c < n and units[c].cls == "N":
                    e = c
                    while e < n and units[e].cls == "N":
                        e += 1
                    if e < n and units[e].cls in "o(,":
                        text = self.unit_text(units, c, e)
                        key = f"org:{slug(text)}"
                        self.add("Organization", key, text, text, units[c].start, units[e - 1].end)
                        reps.append(key)
                        j = e
                        continue
                while d < n and (units[d].cls in "SDOPRVCWH" or (units[d].cls == "a" and d + 1 < n
                                                                 and units[d + 1].cls in "CWH") or (
                        units[d].cls == "a" and d + 2 < n and units[d + 1].cls == "t" and units[d + 2].cls in "RSP")):
                    if units[d].cls == "a" and units[d + 1].cls == "t":
                        d += 1  # "for Asia and the Pacific"
                    if units[d].cls in "SDO" and low == "of" or (units[d].cls in "SDO" and low == "for"):
                        reps.append(units[d].key)
                    d += 1
                    if units[d - 1].cls in "SDOP":
                        break
                if d == c:
                    break
                j = d
            elif u.cls == "(" and j + 2 < n and units[j + 2].cls == ")":
                j += 3
            elif u.cls == "q" and j + 2 < n and units[j + 2].cls == "q" and units[j + 1].cls in "ONC":
                if units[j + 1].cls == "O":
                    reps.append(units[j + 1].key)
                j += 3
            elif u.cls in "ha," and j + 1 < n and units[j + 1].cls == "T":
                j += 1
            elif u.cls == "T":
                j += 1
            elif u.cls == "a" and j + 2 < n and units[j + 1].cls in "C" and units[j + 2].cls == "T":
                j += 1
            elif u.cls == "a" and j + 1 < n and units[j + 1].cls in "CW" and units[j - 1].cls in "TCW":
                j += 2
                while j < n and units[j].cls in "CW":
                    j += 1
            else:
                break
        while title_start < j and phrase_key([t.text for t in tokenize(units[title_start].text.rstrip("."))]) \
                in self.lex.honorifics:
            title_start += 1  # "His Excellency Mr." is no post
        end = j
        while end > title_start and phrase_key([t.text for t in tokenize(units[end - 1].text.rstrip("."))]) \
                in self.lex.honorifics:
            end -= 1
        if title_start == end:
            return j, "", _dedupe(reps)
        title = self.unit_text(units, title_start, end)
        title = re.sub(r"^the\s+", "", re.sub(r"\s*\([^)]*\)", "", title))
        return j, title, _dedupe(reps)

    def _name_run(self, units: list[Unit], k: int) -> int:
        n = len(units)
        j = k
        while j < n:
            u = units[j]
            if u.cls in "NI":
                j += 1
            elif u.cls == "p" and u.text == "." and j > k and units[j - 1].cls == "I":
                j += 1
            elif u.cls == "C" and j > k and j + 1 < n and units[j + 1].cls == "N":
                j += 1
            elif u.cls == "l" and u.text.lower() in self.lex.particles and j > k and j + 1 < n \
                    and units[j + 1].cls == "N":
                j += 1
            elif u.cls == "C" and j > k and units[j - 1].cls == "N" and self._is_known_word(u.text):
                j += 1
            else:
                break
        while j > k and units[j - 1].cls not in "N":
            j -= 1
        if j > k and any(_NAME_TOKEN_BLOCK.search(u.text) for u in units[k:j]):
            return k
        return j

    def _in_agreement(self, token: int) -> bool:
        return any(a <= token < b for a, b in getattr(self, "agreement_tokens", []))

    def _is_known_word(self, word: str) -> bool:
        return word.lower() in self.known_names

    def _is_known(self, units, a, b) -> bool:
        name = " ".join(u.text for u in units[a:b]).lower()
        return name in self.known_names

    def _apposition(self, units, r):
        """A title after the name: "Sergey Lavrov, Russia's Foreign Minister"; "Wang Yi as the Minister"."""
        if r + 1 < len(units) and (units[r].cls == "," or units[r].text == "as"):
            j = r + 1
            if units[j].cls == "t":
                j += 1
            chain = self._chain(units, j)
            if chain:
                return chain
        return None

    _MEDIA_VERBS = {"reports", "reported", "writes", "informs", "cites", "quotes"}

    def _media(self, units, k, r) -> bool:
        """News agencies named as sources: "Azernews reports, citing Kabar"; "the Anadolu news agency"."""
        if r - k > 3:
            return False
        nxt = " ".join(u.text.lower() for u in units[r:r + 2])
        prev = units[k - 1].text.lower() if k else ""
        if nxt.startswith(("news agency", "agency")) or (r < len(units) and units[r].text in self._MEDIA_VERBS) \
                or prev in {"citing", "cites"}:
            text = self.unit_text(units, k, r)
            self.add("Organization", f"org:{slug(text)}", text, text, units[k].start, units[r - 1].end)
            return True
        return False

    def _person(self, units, a, b, titles, reps) -> None:
        text = self.unit_text(units, a, b)
        text = re.sub(r"\s*\.\s*(?=\S)", ". ", text) if re.search(r"\b[A-Z][a-z]?\.\s", text) else text
        m = Mention("Person", "", text, text, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end, role="full" if b - a >= 2 else "short",
                    titles=[t for t in titles if t and self._is_post(t)], represents=list(reps))
        self.mentions.append(m)

    def _is_post(self, title: str) -> bool:
        """A title worth keeping as a post: not an honorific ("Mr.") or a relation ("counterpart")."""
        key = phrase_key([t.text for t in tokenize(title.rstrip("."))])
        return key not in self.lex.honorifics and key[-1:] not in {("counterpart",), ("colleague",), ("colleagues",)}

    def _title_only(self, units, a, b, title, reps) -> None:
        m = Mention("Title", "", self.unit_text(units, a, b), title, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end, titles=[title], represents=list(reps))
        self.mentions.append(m)


_GENERIC_DOC = re.compile(r"^(?:(?:intergovernmental|joint|bilateral|comprehensive|cooperation)\s+)*"
                          r"(?:agreement|memorandum(?: of understanding)?|mou|letter of intent|protocol|treaty|"
                          r"roadmap|program(?:me)?|plan|declaration|convention|charter)s?$", re.I)


def _short_agreement_name(label: str) -> str:
    """The name without its parties: "Agreement between A and B on X" -> "Agreement on X"; "" if none."""
    short = re.sub(r"\s+between\s+.+?\s+(?=(?:on|to|for|concerning|regarding|in the field of)\s)", " ", label, count=1)
    short = re.sub(r"\s+for up to\s+.*$", "", short)
    if short == label or _GENERIC_DOC.match(short.strip()):
        return ""
    return short


def _stem(word: str) -> str:
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for x in items:
        if x and x not in seen:
            seen.append(x)
    return seen


_STEMS: list = [None, frozenset()]  # (vocabulary, its stems): an article's sentences share one vocabulary


def _stems_of(vocab: set[str]) -> set[str]:
    if _STEMS[0] is not vocab:
        _STEMS[:] = [vocab, {_stem(w) for w in vocab}]
    return _STEMS[1]


def find_mentions(sentence: str, lexicon: Lexicon, *, acronyms: dict[str, tuple[str, str, str]] | None = None,
                  known_names: set[str] | None = None, lower_vocab: set[str] | None = None) -> SentenceMentions:
    """Every mention in ``sentence``. ``acronyms`` (defined earlier in the article) is updated."""
    s = _Sentence(sentence, lexicon, acronyms if acronyms is not None else {}, known_names or set())
    s.lower_vocab = lower_vocab or set()
    s.lower_stems = _stems_of(s.lower_vocab)
    units = s._merge_acronyms(s.units())
    units = s.spans(units)
    s.persons(units)
    s.mentions.sort(key=lambda m: (m.start, -m.end))
    return SentenceMentions(sentence, s.mentions, s.new_acronyms)
