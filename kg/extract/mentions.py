"""Mentions in one sentence: named entities, titles and the people they introduce.

Public API: ``find_mentions(sentence, lexicon, *, known=...) -> SentenceMentions``.

The sentence is tokenized, gazetteer phrases (states, organizations, places) are
collapsed into single units, each unit gets a one-letter class, and the spans of
organizations, events, agreements, titles and persons are read off that class
sequence. Everything the rules need to know about English (titles, head nouns,
common words) comes from the lexicon's data files.
"""
from __future__ import annotations

from .bodies import BodiesMixin
from .lexicon import Lexicon, phrase_key
from .people import PeopleMixin
from .text import Token, slug, tokenize
from .units import (_DASHES, _FUNCTION_WORDS, _INITIALS, _ORDINAL, _ORDINAL_WORDS, _PREPS, _QUOTES, Mention,
                    SentenceMentions, Unit)

#: Words after a demonym that make it no state: "the Portuguese language", "French speakers", "the Central African
#: sub-region"
_NO_STATE_AFTER_DEMONYM = frozenset({"language", "languages", "speaking", "speakers", "region", "sub-region", "subregion"})
#: Company heads written abbreviated, with a period ("Corp.", "Ltd.", "Inc.", "Co.")
_ABBREVIATED_HEADS = frozenset({"Corp", "Ltd", "Inc", "Co"})
#: Words before a month's name ("in May", "since Jan"); before another name, a month is a given name ("Jan Novak").
_MONTH_BEFORE = _PREPS | {"of", "last", "next", "early", "late", "mid", "this", "until", "till", "since", "-", "–"}


class _Sentence(BodiesMixin, PeopleMixin):
    def __init__(self, text: str, lex: Lexicon, acronyms: dict[str, tuple[str, str, str]],
                 known_names: set[str]):
        self.text = text
        self.lex = lex
        self.tokens: list[Token] = tokenize(text)
        self.acronyms = acronyms  # acronym -> (type, key, label)
        self.known_names = known_names
        words = [t for t in self.tokens if t.is_word and not t.text[:1].isdigit()]
        lower = [t for t in words if not t.is_cap and t.text.lower() not in _FUNCTION_WORDS]
        # a headline in title case: only short function words are lowercase, and no full stop at the end ("Signed
        # by Minister of Energy Ali Saleh and Minister of Mines Omar Idris." is a sentence)
        self.title_case = len(words) >= 3 and not lower and not text.rstrip().endswith(".")
        # a headline in capitals ("ZAMBIA CAN DO MORE"): its words that are acronyms too are words there
        caps = [t for t in words if len(t.text) > 1]
        upper = sum(t.text.isupper() for t in caps)
        self.shouted = (len(caps) >= 3 and upper >= 0.8 * len(caps)) or (len(caps) == upper == 2)
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
    def _dateline(self, out: list[Unit]) -> int:
        """A news dateline's place in capitals ("ABU DHABI, 12th October (WAM) –", "NAIROBI (Reuters) —",
        "COLOMBO, SRI LANKA (18 November 2025) —"): the places it names, or nothing, never a person. Returns where
        the sentence goes on."""
        toks, lex = self.tokens, self.lex
        j = self._capitals(0)
        if j == 0 or j == len(toks) or lex.match(toks, 0) is not None:
            return 0  # no capitals, or a name the gazetteer knows as written ("NATO, the EU and ...")
        country = self._capitals(j + 1) if toks[j].text == "," else j + 1
        if country > j + 1 and country < len(toks) and self._dateline_end(country):
            self._dateline_place(out, 0, j)  # "COLOMBO, SRI LANKA (...)": the city, then its country
            out.append(Unit(",", j, j + 1, ","))
            self._dateline_place(out, j + 1, country)
            return country
        if not self._dateline_end(j):
            return 0
        self._dateline_place(out, 0, j)
        return j

    def _capitals(self, i: int) -> int:
        """The end of up to four words in capitals from ``i``."""
        toks, j = self.tokens, i
        while j < len(toks) and j < i + 4 and toks[j].text.isalpha() and toks[j].text.isupper() \
                and len(toks[j].text) > 1:
            j += 1
        return j

    def _dateline_end(self, j: int) -> bool:
        """Whether a dateline's place ends before ``j``: a date after a comma, a wire tag or a dash follows."""
        toks = self.tokens
        nxt = toks[j + 1].text if j + 1 < len(toks) else ""
        dated = toks[j].text == "," and (nxt[:1].isdigit() or nxt.lower().rstrip(".") in self.lex.months
                                         or nxt.lower() in self.lex.weekdays)
        return dated or toks[j].text in {"(", "–", "—", "-"}

    def _dateline_place(self, out: list[Unit], a: int, b: int) -> None:
        lex = self.lex
        words = [t.text.title() for t in self.tokens[a:b]]
        hits = lex.phrases.get(phrase_key(words))
        entry = lex.entries.get(hits[0].key) if hits else None
        if entry and entry.type == "State" and a == 0:  # "DJIBOUTI (ADI) –": a dateline names a city: Djibouti City
            city = lex.phrases.get(phrase_key([*words, "City"]))
            if city and lex.entries[city[0].key].type == "Place":
                entry = lex.entries[city[0].key]
        if entry and entry.type in ("Place", "State"):
            out.append(Unit("P" if entry.type == "Place" else "S", a, b, self.span_text(a, b), entry.key))
            self.add(entry.type, entry.key, self.span_text(a, b), entry.label, a, b)
        else:
            out.append(Unit("l", a, b, self.span_text(a, b)))

    def _acronym_hit(self, i: int, hit: tuple[int, list]) -> bool:
        """The gazetteer's match at ``i`` is one acronym: an acronym of a body, or a name in capitals ("APA")."""
        return hit[0] == i + 1 and (hit[1][0].role == "acronym" or (self.tokens[i].text.isupper()
                                                                  and len(self.tokens[i].text) > 1))

    def _acronym_of_body_before(self, out: list[Unit], i: int, hit: tuple[int, list]) -> bool:
        """Whether the gazetteer's acronym at ``i`` stands in parentheses right after another body the gazetteer
        knows: then it is that body's acronym in this article (a unit of that body; no mention of its own)."""
        end, hits = hit
        toks = self.tokens
        if not self._acronym_hit(i, hit) or len(out) < 2 or out[-1].cls != "(" or out[-2].cls != "O" \
                or out[-2].key == hits[0].key or end >= len(toks) or toks[end].text != ")":
            return False
        body = self.lex.entries.get(out[-2].key)
        if body is None:
            return False
        self.acronyms[toks[i].text] = ("Organization", body.key, body.label)
        out.append(Unit("O", i, end, self.span_text(i, end), body.key, "acronym"))
        return True

    def _shouted_name(self, i: int) -> tuple[int, list] | None:
        """A state or place the gazetteer knows, written in capitals at ``i`` in a line in capitals: matched
        as the name it is in title case, when that is longer than any acronym there."""
        toks = self.tokens
        span = []
        for t in toks[i:i + 6]:
            if not t.text.isupper():
                break
            span.append(Token(t.text.title(), t.start, t.end))
        hit = self.lex.match(span, 0) if len(span) >= 2 else None
        if not hit or hit[0] < 2:
            return None
        entry = self.lex.entries.get(hit[1][0].key)
        if entry is None or entry.type not in ("State", "Place") or hit[1][0].role == "acronym":
            return None
        return i + hit[0], hit[1]

    def _longer_body(self, start: int, end: int) -> bool:
        """Whether a foreign ministry's common name goes on with a portfolio of its own: Kenya's "State
        Department for Foreign Affairs" is not the "State Department"."""
        toks = self.tokens
        return (end + 1 < len(toks) and toks[end].text == "for" and toks[end + 1].is_cap
                and toks[end + 1].text.lower() not in _FUNCTION_WORDS
                and phrase_key([t.text for t in toks[start:end]]) in self.lex.foreign_ministry)

    def _other_states_ministry(self, end: int, entry) -> bool:
        """Whether a foreign ministry's name the gazetteer gives one state is followed by another state's:
        Albania's "Ministry for Europe and Foreign Affairs of the Republic of Albania" is not France's."""
        toks = self.tokens
        home = entry.attrs.get("partOf", "")
        if entry.type != "Organization" or entry.attrs.get("kind") != "ministry" or not home.startswith("state:") \
                or end >= len(toks) or toks[end].text != "of":
            return False
        at = end + 2 if end + 1 < len(toks) and toks[end + 1].text.lower() == "the" else end + 1
        hit = self.lex.match(toks, at) if at < len(toks) else None
        state = self.lex.entries.get(hit[1][0].key) if hit else None
        return bool(state and state.type == "State" and state.key != home)

    def units(self) -> list[Unit]:
        lex, toks = self.lex, self.tokens
        out: list[Unit] = []
        i = self._dateline(out)
        while i < len(toks):
            tok = toks[i]
            w = tok.text
            hit = lex.match(toks, i)
            if self.shouted and hit and hit[0] == i + 1 and hit[1][0].role == "acronym" and lex.is_common(w):
                hit = None  # "ZAMBIA CAN DO MORE": a headline in capitals, not the Andean Community
            if self.shouted and w.isupper() and (not hit or hit[1][0].role == "acronym"):
                hit = self._shouted_name(i) or hit  # "BRUNEI DARUSSALAM", "VIET NAM" (not the NAM)
            region_end = lex.longest(lex.regions, toks, i, limit=5) if w[:1].isupper() else i
            if region_end > i and (not hit or region_end > hit[0]):
                out.append(Unit("R", i, region_end, self.span_text(i, region_end)))
                i = region_end
                continue
            pair = f"{w} {toks[i + 1].text}" if self.acronyms and i + 1 < len(toks) else ""
            if pair in self.acronyms and self.acronyms[pair][0] \
                    and not (i + 2 < len(toks) and toks[i + 2].text == "of"):
                # "NNPC Ltd", defined as "(NNPC Ltd)"; "the Diplomatic Institute", named in full before
                type_, key, label = self.acronyms[pair]
                out.append(Unit("O" if type_ == "Organization" else "V", i, i + 2, pair, key))
                self.add(type_, key, pair, label, i, i + 2, role="" if w.isupper() else "short")
                i += 2
                continue
            if w in self.acronyms and (not hit or self._acronym_hit(i, hit)):
                type_, key, label = self.acronyms[w]
                out.append(Unit("O" if type_ == "Organization" else "V", i, i + 1, w, key))
                self.add(type_, key, w, label, i, i + 1)
                i += 1
                continue
            if not hit and lex.numbered_event.match(w) and not (i and toks[i - 1].text == "(") and not (
                    i >= 2 and toks[i - 2].text == "(" and toks[i - 1].text.isupper()):  # "(UNCCD COP17)" too
                key = f"event:{slug(w.replace('-', ''))}"  # COP29 = COP-29; "(COP29)" names the event before it
                out.append(Unit("V", i, i + 1, w, key))
                self.add("Event", key, w, w, i, i + 1)
                i += 1
                continue
            if hit and self._acronym_of_body_before(out, i, hit):
                i = hit[0]  # "the Indian Ocean Commission (IOC)": its acronym here, not the Olympic Committee's
                continue
            if hit:
                end, hits = hit
                h = hits[0]
                entry = lex.entries.get(h.key)
                currency = end < len(toks) and toks[end].text.lower() in lex.currency
                if entry and not currency and not (h.role == "demonym" and i + 1 < len(toks)
                                                   and toks[i + 1].text in {"’s", "'s"}) \
                        and not self._longer_body(i, end) and not self._other_states_ministry(end, entry):
                    if h.role == "demonym" and end < len(toks) and toks[end].text.lower() in _NO_STATE_AFTER_DEMONYM:
                        out.append(Unit("C", i, end, self.span_text(i, end)))  # "the Portuguese language": no state
                        i = end
                        continue
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
            if "-" in w and w[:1].isupper() and w.rpartition("-")[2].lower() not in _NO_STATE_AFTER_DEMONYM:
                parts = w.split("-")  # (not "Portuguese-speaking")
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
                    end = self._compound_state_end(i, parts[-1], offset - len(parts[-1]) - 1)
                    out.append(Unit("K", i, end, self.span_text(i, end)))
                    i = end
                    continue
            end = self._title_end(i)
            if end == i and out and (out[-1].cls in "SDO" or (out[-1].cls == "s" and len(out) > 1
                                                              and out[-2].cls in "SO") or (
                    out[-1].cls == "H") or (  # "Foreign Office spokesperson X", "Vietnam Coast Guard commander X"
                    out[-1].cls == "s" and len(out) > 2 and out[-2].text.lower() == "country"
                    and out[-3].text.lower() in {"his", "her", "their"})):  # "his country's ambassador"
                j = i  # "the GCC's assistant secretary-general": a lowercase modifier first
                while j < len(toks) and toks[j].text.islower() and toks[j].text.capitalize() in lex.title_modifiers:
                    j += 1
                end = lex.longest(lex.role_words, toks, j, limit=4) if j > i else i
                if end == j:  # "Russian foreign minister", "Uzbek counterpart", "Moldovan official"
                    end = lex.longest(lex.role_words, toks, i, limit=4)
                if end == i and w == "deputy" and out[-1].cls == "H":
                    end = i + 1  # "Mazhilis deputy X": a member of that chamber (not "Turkish deputy FMs")
            if end == i and out and ((out[-1].cls == "," and len(out) >= 2 and out[-2].cls == "N") or (
                    out[-1].text in {"a", "an"} and len(out) >= 3 and out[-2].cls == "," and out[-3].cls == "N")) \
                    and w[:1].islower():
                end = self._lower_post_end(i)  # "Tang Wei, vice chairman of the NDRC": a wire's lowercase post; "X, a
                # member of the House of Councillors"
            elif end == i and out and out[-1].cls == "t" and w[:1].islower() and (post := self._lower_post_end(i)) > i \
                    and (toks[post].text == "of" and self._known_body_at(post + 1) or self._portfolio_at(post + 1)):
                end = post  # "the foreign minister of Peru, Ana Rojas": a wire's lowercase post of a state or body;
                # "by the minister of External Relations, X": of a portfolio
            if end > i:
                if end + 1 < len(toks) and toks[end].text == "." and phrase_key([toks[end - 1].text]) in lex.honorifics:
                    end += 1  # "Mr." / "Dr." (not the full stop after "Ambassador Do Minh Tuan.")
                suffix = lex.longest(lex.title_suffixes, toks, end, limit=3) if end < len(toks) else end
                if suffix > end and suffix + 1 < len(toks) and toks[suffix].text == "." \
                        and toks[suffix].start == toks[suffix - 1].end:
                    suffix += 1  # the period of "a.i."
                end = suffix
                out.append(Unit("T", i, end, self.span_text(i, end)))
                i = end
                continue
            end = lex.longest(lex.agreement_heads_lower, toks, i, limit=4) \
                if w[:1].islower() and w.lower() in lex.lower_head_starts else i
            if end > i + 1:  # "letter of intent", "action plan": one word is classed below
                out.append(Unit("g", i, end, self.span_text(i, end)))
                i = end
                continue
            if w == "foreign" and out and (out[-1].cls in "SD" or (out[-1].cls == "s" and len(out) > 1
                                                                   and out[-2].cls == "S")):
                end = i + 1 + (i + 1 < len(toks) and toks[i + 1].text == "affairs")
                if end < len(toks) and toks[end].text == "ministry":  # "China's foreign ministry": a state's body
                    out.append(Unit("H", i, end + 1, self.span_text(i, end + 1)))
                    i = end + 1
                    continue
            best, best_cls = i, ""
            if w[:1].isupper():  # the longest head of any kind: "Programme Office" is an office's
                for table, cls in ((lex.agreement_heads, "G"), (lex.event_heads, "E"), (lex.org_heads, "H"),
                                   (lex.regions, "R"), (lex.place_heads, "L")):
                    end = lex.longest(table, toks, i, limit=10)  # "Ministry of Foreign Affairs, European Union and ..."
                    if end > best:
                        best, best_cls = end, cls
            if best_cls == "H" and out and out[-1].cls == "N" \
                    and phrase_key([t.text for t in toks[i:best]]) in lex.proper_heads:
                best = i  # "Alejandro Ruiz Cortés": a parliament's name ("Cortes") ending a person's
            if best_cls == "H" and best + 1 < len(toks) and toks[best].text == "." \
                    and toks[best].start == toks[best - 1].end and toks[best - 1].text in _ABBREVIATED_HEADS:
                best += 1  # "Korea Mineral Resources Corp. (KOMIR)": the period belongs to the name
            if best > i:
                out.append(Unit(best_cls, i, best, self.span_text(i, best)))
                i = best
            elif len(w) >= 7 and w.endswith("bank") and w[1:].islower():
                key = f"org:{slug(w)}"  # "Eximbank", "Vietcombank": a bank's one-word name, no person's
                out.append(Unit("O", i, i + 1, w, key))
                self.add("Organization", key, w, w, i, i + 1)
                i += 1
            elif len(out) >= 2 and out[-1].cls == "," and out[-2].cls == "N" and w.rstrip(".") in lex.post_nominals \
                    and (i + 1 == len(toks) or toks[i + 1].text in {",", ".", ";"}):
                out.pop()  # "Hon. Rehema Mbwambo, MP, today ...": the letters after the name are no part of it
                i += 1
            else:
                out.append(Unit(self._word_class(i), i, i + 1, w))
                i += 1
        return out

    def _known_body_at(self, j: int) -> bool:
        """Whether the name of a state or a known organization starts at token ``j``, after an optional "the"."""
        if j < len(self.tokens) and self.tokens[j].text.lower() == "the":
            j += 1
        hit = self.lex.match(self.tokens, j) if j < len(self.tokens) else None
        entry = self.lex.entries.get(hit[1][0].key) if hit else None
        return bool(entry and entry.type in ("State", "Organization") and hit[1][0].role != "demonym")

    def _portfolio_at(self, j: int) -> bool:
        """Whether a portfolio in capitals and a comma start at token ``j``: "External Relations, ", "State for
        Economic Coordination, " (what a lowercase post is of, in a translated release)."""
        toks, words = self.tokens, 0
        while j < len(toks) and toks[j].text != ",":
            w = toks[j].text
            if w in {"and", "for", "of"} and words:
                j += 1
                continue
            if not w[:1].isupper() or not (words or self.lex.is_common(w)):
                return False  # a common word first: not "the minister of Peru, X" (a state's name, read above)
            words += 1
            j += 1
        return words > 0 and j < len(toks)

    def _compound_state_end(self, i: int, last: str, at: int) -> int:
        """The end of the compound at token ``i`` whose last part ``last`` (at character ``at``) goes on after
        the hyphenated word: "Malaysia-Republic of Korea" (then its state is recorded); else ``i + 1``."""
        toks = self.tokens
        if i + 2 < len(toks) and toks[i + 1].text == "of" and last[:1].isupper():
            for n in (3, 2, 1):
                if i + 2 + n > len(toks):
                    continue
                hits = self.lex.phrases.get(phrase_key([last, "of", *(t.text for t in toks[i + 2:i + 2 + n])]))
                entry = self.lex.entries.get(hits[0].key) if hits else None
                if entry and entry.type == "State":
                    end = i + 2 + n
                    self.mentions.append(Mention("State", entry.key, self.text[at:toks[end - 1].end], entry.label,
                                                 at, toks[end - 1].end, role=hits[0].role))
                    return end
        return i + 1

    def _lower_post_end(self, i: int) -> int:
        """End of a lowercase post that goes on with "of", "at" or "for" ("vice chairman of", "deputy head at"),
        or ``i``."""
        lex, toks = self.lex, self.tokens
        j = i
        while j < len(toks) and toks[j].text.capitalize() in lex.title_modifiers and toks[j].text.islower():
            j += 1
        end = lex.longest(lex.role_words, toks, j, limit=4)
        return end if end > j and end < len(toks) and toks[end].text in ("of", "at", "for") else i

    def _title_end(self, i: int) -> int:
        lex, toks = self.lex, self.tokens
        if not toks[i].text[:1].isupper():
            return i
        j = i
        while j < len(toks) and (toks[j].text in lex.title_modifiers or (
                toks[j].text == "and" and j > i and j + 1 < len(toks) and toks[j + 1].text in lex.title_modifiers)):
            j += 1  # "Foreign and Emigrants Minister"
        end = lex.longest(lex.titles, toks, j, limit=10)
        back = j
        while end == back and back > i + 1:  # "Senior Foreign Service Officer": "Foreign" starts the post
            back -= 1
            end = lex.longest(lex.titles, toks, back, limit=10)
        if end == back:
            end = j
        if j > i and phrase_key([t.text for t in toks[j:end]]) in lex.honorifics:
            end = j  # "Minister of Trade Mr Tom Berg": "Trade" ends the post, "Mr" is no head of it
        if end == i + 1 and end < len(toks) and toks[end].text in {"bin", "ibn", "bint", "binti"}:
            return i  # "Sultan bin Saad Al-Muraikhi": a given name before "bin", not a title
        if j > i:  # a modifier may start a title of its own: "Chief of Protocol"
            whole = lex.longest(lex.titles, toks, i, limit=10)
            if whole > j:
                return max(end, whole)
        return i if end == j else end

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
        if (_ORDINAL.match(w) or low in _ORDINAL_WORDS) and not (
                len(w) == 1 and i + 2 < len(self.tokens) and self.tokens[i + 1].text == "." and i > 0
                and self.tokens[i - 1].text[:1].isupper() and self.tokens[i + 2].text[:1].isupper()):
            return "X"  # (not "Desmond L. Charlemagne": an initial, not fifty)
        if w[:1].isdigit():
            return "Y"
        if not w[:1].isalpha():
            return "p"
        if not w[:1].isupper():
            if phrase_key([w]) in lex.agreement_heads_lower:
                return "g"
            particle, dash, rest = w.partition("-")
            if dash and rest[:1].isupper() and particle in lex.particles:
                return "N"  # "al-Maliki", "el-Sisi": a surname
            return "l"
        if i + 1 < len(self.tokens) and self.tokens[i + 1].text == "." and _INITIALS.match(w) and \
                i + 2 < len(self.tokens) and self.tokens[i + 2].text[:1].isupper():
            return "I"
        if low in lex.months or low in lex.weekdays:
            nxt = self.tokens[i + 1].text if i + 1 < len(self.tokens) else ""
            before = self.tokens[i - 1].text.lower() if i else ""
            if len(w) <= 4 and nxt[:1].isupper() and nxt.isalpha() and not lex.is_common(nxt) \
                    and not before[:1].isdigit() and before not in _MONTH_BEFORE:
                return "N"  # "Jan Novak", "May Tan": a given name before a surname; not "in May Ana Rojas ..."
            return "m"
        if lex.is_common(w) or low in self.lower_vocab or _stem(low) in self.lower_stems \
                or (len(low) > 7 and low.endswith("ness")):  # "Openness", "Preparedness": no one's name
            at_start = i == 0 or self.tokens[i - 1].text in _QUOTES | {"(", "-", "–", ":"}
            return "W" if (self.title_case or at_start) else "C"
        return "N"

    # -- pass 2: organizations, events, agreements -------------------------------
def _stem(word: str) -> str:
    for suffix in ("ing", "es", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


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
    names = [(m.start, m.end) for m in s.mentions if m.type == "Person"]
    if names:  # "Luís Montenegro", "Sofia Castro": a state's or a city's name inside a person's names nothing
        s.mentions = [m for m in s.mentions if m.type in ("Person", "Title")
                      or not any(a <= m.start and m.end <= b for a, b in names)]
    s.mentions.sort(key=lambda m: (m.start, -m.end))
    return SentenceMentions(sentence, s.mentions, s.new_acronyms)
