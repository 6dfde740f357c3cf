"""Named bodies in a sentence's units: organizations, events and agreements.

Public API: ``BodiesMixin`` (``spans(units)``: finds them, records their mentions and returns the
units with organizations and events collapsed), mixed into ``kg.extract.mentions``' sentence.
Heads ("Ministry", "Forum", "Memorandum"), modifiers and "of/for/on" tails are read off the
unit classes described in ``kg.extract.units``.
"""
from __future__ import annotations

import re

from .lexicon import phrase_key
from .text import initials, slug
from .units import _ORDINAL, _ORDINAL_WORDS, _ORDINALS, Mention, Unit


#: the sum of a loan or grant agreement, after its head: "financing agreement of $86.5 million for ..."
_AMOUNT_OF = re.compile(r"\s+of\s+(?:US\s?\$|US\$|USD|EUR|€|£|\$)\s?[\d.,]+(?:\s+(?:million|billion|thousand))?"
                        r"(?=\s+(?:for|on|to)\b)")


def _sum_starts(units: list[Unit], j: int) -> bool:
    """Whether a document's sum is told from ``j`` on: "... in the amount of USD 95 million", "... with a grant of
    USD 6.5 million", "..., worth 75 million euros"."""
    low = units[j].text.lower()
    if low in {"worth", "valued", "totalling", "totaling", "amounting"}:
        return True
    if low not in {"in", "with"}:
        return False  # read at every word of a name's tail: look further only where a sum can start
    after = [u.text.lower() for u in units[j + 1:j + 4]]
    return (low == "in" and after[1:2] == ["amount"] and after[2:3] == ["of"]) or (
        low == "with" and after[:1] in (["a"], ["an"]) and after[1:2] in (["grant"], ["loan"], ["budget"], ["value"])
        and after[2:3] == ["of"])


#: documents of a kind, in the plural: no name
_PLURAL_KIND = re.compile(r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?:Memoranda|Memorandums)"
                          r"(?: of Understanding)?(?:\s*\(MoUs\))?", re.IGNORECASE)


class BodiesMixin:
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
        self._consultation_rounds(units, claimed)
        for k, u in enumerate(units):
            if u.cls == "H" and not any(a <= k < head for a, head in self.agreement_heads_at):
                self._org_at(units, cls, k, claimed)
        self._quoted(units, cls, claimed)
        self._company_lists(units, claimed)
        self._legal_form_first(units, claimed)
        inside = [(self.tokens[a].start, self.tokens[b - 1].end) for a, b in self.agreement_tokens]
        if inside:  # "the Treaty on Strategic Partnership and Alliance Relations": what it is on, no body
            self.mentions = [m for m in self.mentions if m.type != "Organization" or m.key in self.lex.entries or not any(
                a < m.start < b and re.search(r"\bon\s+(?:the\s+)?$", self.text[a:m.start]) for a, b in inside)]
        bodies = [(m.start, m.end) for m in self.mentions if m.type == "Organization"]
        if bodies:  # "the Dicastery for Interreligious Dialogue": the body's name ends with the event's
            self.mentions = [m for m in self.mentions if m.type != "Event"
                             or not any(a < m.start and m.end == b for a, b in bodies)]
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
            if units[a - 1].text.lower().endswith(("-based", "-owned", "-run")):
                break  # "the Ulaanbaatar-based International Think Tank ...": where it sits, not its name; "the
                # State-owned Khanij Bidesh India Ltd.": who owns it
            if c in allowed:
                a -= 1
            elif c == "l" and "N" in allowed and a >= 2 and units[a - 2].cls == "N" and units[a].cls == "N" \
                    and units[a - 1].text.lower() in self.lex.particles:
                a -= 2  # "the Venâncio de Moura Diplomatic Academy": a person's name, particle and all
            elif c == "h" and units[a - 1].text != "/" and a >= 2 and units[a - 2].cls in "SORK" \
                    and units[a].cls in "SORK" and "K" in allowed:
                a -= 1  # "EU – Central Asia Summit"
            elif c == "s" and a >= 2 and units[a - 2].cls in "SO" and units[a].cls in "NCH":
                a -= 2
                break
            elif c == "L" and a == k and units[k].cls == "H" and (a < 2 or units[a - 2].cls in "tlo,f" or (
                    units[a - 2].cls == "a" and a >= 3 and units[a - 3].cls in "CW")):
                a -= 1  # "the Maritime and Port Authority", "the Port Authority": a field of the body's, not a place
                # (not "the Belt and Road Initiative", a name of its own)
            elif c == "a" and a >= 2 and units[a - 2].cls in ("NCR" + ("W" if "W" in allowed else "")
                                                             + ("H" if "H" in allowed else "")) \
                    and (units[a].cls in "NCHWGR" or (units[a].cls == "L" and units[a - 2].cls in "CW")):
                # "Asian and Oceanian Affairs Bureau", "Maritime and Port Authority"
                a -= 1
            else:
                break
        return a

    @staticmethod
    def _another_body(units: list[Unit], e: int, allowed: str) -> bool:
        """Whether the words from ``e`` (a demonym after "and") end in a body's head ("Hungarian National Museum") or in
        a lowercase word ("Italian museums"): a second noun phrase, not more of the first body's name."""
        while e < len(units) and units[e].cls in allowed and units[e].cls != "H":
            e += 1
        return e == len(units) or units[e].cls == "H" or units[e].cls == "l"

    #: a state's chambers and ministries, bodies of their own inside another's name ("the Foreign Affairs Committee
    #: of the National Assembly of Hungary"; not "the Political Bureau of the Communist Party of Viet Nam Central
    #: Committee", one name)
    _CHAMBER_HEADS = frozenset({"Parliament", "Assembly", "Senate", "Congress", "Ministry", "Councillors",
                                "Representatives", "Commons", "Lords"})
    #: bodies whose names do not go on with "on": "the Diplomatic Academy on Cooperation in ..." is a document's
    #: subject after its second party (not so "the Committee on Foreign Affairs")
    _NOT_ON_HEADS = frozenset({"Academy", "Ministry", "Embassy", "Consulate", "University", "School", "College",
                               "Museum", "Bank", "Company", "Corporation", "Secretariat", "Government"})

    def _tail(self, units: list[Unit], b: int, allowed: str, *, place_ok: bool = False,
              in_state: bool = False, event: bool = False, on_ok: bool = True) -> int:
        """Extend over "of|for|on (the) <names>" groups; a group that ends in a state, organization or
        place ends the name, but for "in|to <place>" after a mission and "(ACR)", and for an event's "and the
        <what> of" ("... of the Question of Palestine and the Implementation of the Two-State Solution")."""
        n = len(units)
        closed = False
        while b < n:
            u = units[b]
            low = u.text.lower()
            if u.cls == "a" and b >= 1 and self._foreign_ministry_at(units, b - 1) and b + 1 < n \
                    and units[b + 1].cls in "CW":
                e = b + 1  # "the Ministry for Foreign Affairs and Tourism of Malta": a portfolio of the ministry's,
                while e < n and units[e].cls in "CW":  # when the state is named after it
                    e += 1
                state_at = e + 2 if e + 1 < n and units[e + 1].cls == "t" else e + 1
                if e < n and units[e].cls == "o" and state_at < n and units[state_at].cls == "S":
                    b = e
                    continue
            opener = u.cls == "o" or (u.cls == "f" and (low == "for" or (low == "on" and on_ok)
                                                         or (place_ok and low in {"in", "to"}))) \
                or (in_state and low == "in" and b + 1 < n and units[b + 1].cls == "S") \
                or (in_state and low == "to" and b + 2 < n and units[b + 1].cls == "t" and units[b + 2].cls == "O"
                    and (b + 3 == n or units[b + 3].cls in "(,pfl"))
            # "... Conference of the Parties to the UN Framework Convention on Climate Change (COP30)"
            if opener and (not closed or (low == "in" and in_state) or (low in {"in", "to"} and place_ok)):
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
                    elif cls == "a" and d + 1 < n and units[d + 1].cls == "O" and units[d - 1].cls in "CW" \
                            and units[d + 1].key and (d + 2 == n or units[d + 2].cls not in "NCWHo"):
                        break  # "the Ministry of Agriculture and Environment and JICA": another body
                    elif cls == "a" and d + 1 < n and units[d + 1].cls == "D" \
                            and self._another_body(units, d + 1, allowed):
                        break  # "the Museum of Anatolian Civilizations and Hungarian National Museum", "the National
                        # Museum of Art and Italian museums": the words after "and" name another body, or things
                    elif cls == "a" and d + 1 < n and units[d + 1].cls in allowed:
                        d += 1
                    elif event and self._and_the_of(units, d):
                        d += 2
                    elif cls == "a" and d > c and units[d - 1].cls == "R" and d + 2 < n and units[d + 1].cls == "t" \
                            and units[d + 2].cls == "R":
                        d += 3  # "... for Prosperous and Resilient Asia and the Pacific": one region of two names
                    elif cls == "a" and d > c and units[d - 1].cls in "CW" and d + 1 < n and units[d + 1].cls == "E" \
                            and "H" in allowed and (d + 2 == n or units[d + 2].cls not in "NCWHE"):
                        d += 2  # "Department of Trade, Industry and Competition": a field, not an event
                        break
                    elif cls == "E" and units[d].text == "Dialogue" and low == "for" and "H" in allowed and d > c \
                            and units[d - 1].cls in "NCW" and (d + 1 == n or units[d + 1].cls not in "NCWHE"):
                        d += 1  # "the Dicastery for Interreligious Dialogue": what the body is for, not an event
                        # (but "a Mechanism for Political Consultations" holds them: see _org_at)
                        break
                    elif cls == "," and d + 1 < n and units[d + 1].cls in "CW" and d > c \
                            and units[d - 1].cls in "CW":
                        d += 1  # "on Trade, Economic and Scientific Cooperation"
                    elif cls == "h" and units[d].text != "/" and d > c and units[d - 1].cls in "SORKP" \
                            and d + 1 < n and units[d + 1].cls in "SORKP":
                        d += 1  # "India – Central Asia"
                    elif cls == "s" and d > c and units[d - 1].cls == "S" and self._foreign_ministry_at(units, d + 1) \
                            and "H" in allowed:
                        d += 2  # "Diplomatic Institute of Qatar's Foreign Ministry": the state's own body
                        break
                    elif self._acronym_at(units, d) and d + 3 < n and units[d + 3].cls in "HECN":
                        d += 3
                    elif cls == "s" and units[d].text in {"'", "’"} and d > c and units[d - 1].cls in "NC" \
                            and d + 1 < n and units[d + 1].cls in "NC":
                        d += 1  # "on Glaciers' Preservation": a plural's possessive inside the name
                    else:
                        break
                    if units[d - 1].cls == "N" and d - 1 > c and units[d - 2].cls == "H":
                        d -= 1  # "... of the Foreign Ministry Li Wei": a person's name follows the head
                        break
                    if units[d - 1].cls in "SOP" and not (d < n and (units[d].cls in "HEh" or (
                            # "Ministry of Foreign and CARICOM Affairs": the body's acronym names a field
                            units[d].cls == "C" and units[d - 1].cls == "O" and units[d - 2].cls == "a") or (
                            units[d].cls == "s" and self._foreign_ministry_at(units, d + 1)) or self._head_after(
                            units, d) or (
                            self._acronym_at(units, d) and d + 3 < n and units[d + 3].cls in "HEC") or (
                            # "... of the Communist Party of China Central Committee": the state names the body
                            units[d].text == "Central" and d + 1 < n and units[d + 1].text == "Committee")
                            or (event and self._and_the_of(units, d)))):
                        closed = True
                        break
                if d == c or units[d - 1].cls in "a,h":
                    break
                b = d
            elif self._acronym_at(units, b):
                b += 3
                break  # "the Institute of Diplomacy and Foreign Relations (IDFR) of Malaysia": the acronym ends it
            else:
                break
        return b

    _ONE_PART = re.compile(r"(?:and its Member States)?,? of the one part, and [^,;.]{1,80}, of the other part\b")

    def _parts_formula(self, units: list[Unit], b: int) -> int:
        """After a treaty's first party: the unit after "(and its Member States), of the one part, and X, of the
        other part", or 0."""
        at = self.tokens[units[b].start].start
        m = self._ONE_PART.match(self.text, at)
        if not m:
            return 0
        return next((i for i in range(b, len(units)) if self.tokens[units[i].start].start >= m.end()), len(units))

    @staticmethod
    def _of_before(units: list[Unit], last: int) -> int:
        """Where "of (the)" before ``last`` starts."""
        return last - 1 - (units[last - 1].cls == "t")

    def _owner_after_of(self, units: list[Unit], a: int, end: int) -> str:
        """The known body that a name of common words ends with: "Trade Policy Department of the EEC" -> the EEC."""
        last = end - 1
        of_at = self._of_before(units, last)
        if units[last].cls == "O" and units[last].key and of_at > a and units[of_at].text == "of" \
                and all(x.cls in "CWH" for x in units[a:of_at]):
            return units[last].key
        return ""

    @staticmethod
    def _and_the_of(units: list[Unit], d: int) -> bool:
        """"and the Implementation of ...": a second subject of an event's name, not another name."""
        e = d + 2
        while e < len(units) and e - d <= 4 and units[e].cls in "CW":
            e += 1
        return units[d].cls == "a" and d + 1 < len(units) and units[d + 1].cls == "t" and d + 2 < e < len(units) \
            and units[e].cls == "o"

    @classmethod
    def _acronym_at(cls, units: list[Unit], b: int) -> bool:
        if not (b + 2 < len(units) and units[b].cls == "(" and units[b + 2].cls == ")"):
            return False
        words = units[b + 1].text.split()
        if len(words) > 1 and words[-1] in cls._COMPANY_SUFFIXES:
            words.pop()  # "(NNPC Ltd)"
        return "".join(words).replace("-", "").isupper()

    #: bodies that sit in numbered sessions: "the XII Binational Cabinet" is one of its sittings
    _SITTING_BODIES = frozenset({"Cabinet", "Commission", "Committee", "Council", "Assembly"})
    _COMPANY_WORDS = frozenset({"Company", "Corporation", "Corp", "Limited", "Ltd", "Inc", "plc", "PLC", "LLC", "LLP",
                                "JSC", "Holding", "Group"})
    _COMPANY_SUFFIXES = frozenset({"Ltd", "Inc", "plc", "PLC", "LLC", "LLP", "JSC", "AG", "SA"})
    #: a company's legal form after its name
    _LEGAL_FORMS = frozenset({"Ltd", "Limited", "Inc", "Corp", "plc", "PLC", "LLC", "LLP", "JSC", "CJSC", "OJSC",
                              "PJSC", "AG", "SA", "GmbH", "S.p.A", "SpA", "S.r.l", "Berhad", "Bhd", "Tbk"})

    @classmethod
    def _merge_acronyms(cls, units: list[Unit]) -> list[Unit]:
        """"(DG NEAR)", "(NNPC Ltd)": an acronym in parentheses written as several words is one unit."""
        out: list[Unit] = []
        k = 0
        while k < len(units):
            if units[k].cls == "(":
                e = k + 1
                while e < len(units) and e - k <= 3 and units[e].text.replace("-", "").isupper() \
                        and units[e].cls not in "()":
                    e += 1
                if e - k == 2 and e + 1 < len(units) and units[e].text in cls._COMPANY_SUFFIXES \
                        and units[e + 1].cls == ")":
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
        if k >= 1 and units[k - 1].cls == "O" and units[k - 1].key and units[k].text.rstrip(".") in self._LEGAL_FORMS:
            return  # "Azerbaijan Railways CJSC" is the Azerbaijan Railways the gazetteer knows
        if any(a <= k < b for a, b, _, _ in claimed):
            a = self._left(units, k, self._MOD)
            if a >= 2 and units[a - 1].cls == "t" and units[a - 2].cls == "o" \
                    and (a == k or units[k].text.split()[-1] in self._CHAMBER_HEADS
                         or self._foreign_ministry_at(units, k)) \
                    and any(a <= k < b and c == "O" for a, b, c, _ in claimed):  # in a body's name, not an event's
                # "Information Service of the Ministry of ...", "Foreign Affairs Committee of the National Assembly of
                # Hungary": both are bodies, and the first is a part of the second
                found = len(self.mentions)
                self._org_at(units, cls, k, [])
                if any(not (m.attrs.get("states") or m.key in self.lex.entries) for m in self.mentions[found:]):
                    del self.mentions[found:]  # "the Artigas Institute of the Foreign Service": no body of whom
                inner = self.mentions[found:][-1:]
                outer = [m for m in self.mentions[:found] if m.type == "Organization" and inner
                         and m.start < inner[0].start and inner[0].end <= m.end]
                if inner and inner[0].type == "Organization" and outer and not outer[-1].attrs.get("partOf"):
                    outer[-1].attrs["partOf"] = inner[0].key
            return
        if k + 1 < len(units) and units[k + 1].cls == "H":
            return  # "Partnership Council": the last head names the body, and takes this one in
        if k + 1 < len(units) and units[k + 1].text.lower() in self.lex.thing_heads:
            return  # "Holders of Diplomatic and Service Passports": the head describes a thing
        a = self._left(units, k, self._MOD | {"H", "E"})
        if a == 1 and units[0].cls == "W" and units[0].text in self.lex.body_name_modifiers:
            a = 0  # "National Bank of Kazakhstan and ...": a sentence's first word, and a word of the name
        mission = bool(set(re.split(r"[\s-]", units[k].text)) & {"Consulate", "Embassy", "Mission", "Office",
                                                                 "Representation"})
        proper = phrase_key(units[k].text.split()) in self.lex.proper_heads
        start = k + 1
        if " of " in units[k].text and start + 1 < len(units) and units[start].cls == "a" and (
                units[start + 1].cls in "CW" or (units[start + 1].cls == "R" and start + 2 < len(units)
                                                 and units[start + 2].cls in "CW")):
            start += 2  # "Chamber of Commerce and Industry of Peru": the head's portfolio goes on ("and East
            # African Cooperation" too)
            while start < len(units) and units[start].cls in "CW":
                start += 1
        elif " of " in units[k].text and start < len(units) and units[start].cls == ",":
            e = start + 1  # "Ministry of Foreign Affairs, International Trade and Worship of the Argentine Republic"
            while e < len(units) and units[e].cls in "CWRDa,":
                e += 1
            state_at = e + 1 + (e + 1 < len(units) and units[e + 1].cls == "t")
            if state_at < len(units) and e > start + 1 and units[e - 1].cls in "CW" and units[e].text == "of" \
                    and units[state_at].cls == "S":
                start = e
            else:
                while e > start + 1 and units[e - 1].cls == ",":
                    e -= 1  # the comma before the holder's name: "... and Togolese Abroad, Akouvi Kpodar"
                if e > start + 2 and _CITIZENS_ABROAD.fullmatch(units[e - 1].text) and units[e - 2].cls == "D":
                    start = e  # "Ministry of Foreign Affairs, African Integration and Togolese Abroad": Togo's
        b = self._tail(units, start, "NCSODPKRHWL", place_ok=mission,
                       on_ok=units[k].text.split()[-1] not in self._NOT_ON_HEADS)
        if self._foreign_ministry_at(units, k) and units[k].text.startswith(("Ministry", "Foreign Ministry")) \
                and k + 1 < b and units[k + 1].text == "for":
            b = k + 1  # "Undersecretary of the Ministry of Foreign Affairs for Political Affairs": the post's portfolio
        if b + 2 < len(units) and units[b].cls == "(" and units[b + 1].cls == "O" and units[b + 2].cls == ")" \
                and units[b - 1].cls == "S":
            b += 3  # "the Export and Investment Center of the Dominican Republic (ProDominicana)": the body it names
        of_state = None  # "the Ministry of External Relations (MIREX) of Angola": the state after the acronym
        if units[k].text.startswith("Ministry") and b - 3 > k and self._acronym_at(units, b - 3) \
                and b + 1 < len(units) and units[b].text == "of" \
                and not any(x.cls in "SD" for x in units[a:b]):
            of_state = b + 1 + (units[b + 1].cls == "t")
            if of_state >= len(units) or units[of_state].cls != "S":
                of_state = None
        of_at = b
        if of_state is None and b + 4 < len(units) and units[b].text == "under" and units[b + 1].cls == "t" \
                and units[b + 2].cls in "TH" and units[b + 3].text == "of":
            # "the National Investment Agency under the President of the Kyrgyz Republic": the state's agency
            of_at, of_state = b + 3, b + 4 + (units[b + 4].cls == "t")
            if of_state >= len(units) or units[of_state].cls != "S":
                of_at, of_state = b, None
        if of_state is None and b + 3 < len(units) and units[b].cls == "," and units[b + 1].text == "Government" \
                and units[b + 2].text == "of" and units[k].text.startswith(("Ministry", "Department", "Division")) \
                and not any(x.cls in "SD" for x in units[a:b]):
            # "Ministry of Youth and Sports, Government of Bangladesh": the state's ministry
            st = b + 3 + (units[b + 3].cls == "t")
            if st < len(units) and units[st].cls == "S":
                of_at, of_state = b + 2, st
        if of_state is None and b + 4 < len(units) and units[b].cls == "(" and units[b + 1].cls == "H" \
                and units[b + 2].cls == ")" and units[b + 3].text == "of" \
                and not any(x.cls in "SD" for x in units[a:b]):
            # "the State Great Khural (Parliament) of Mongolia": a gloss of the name, then its state
            st = b + 4 + (units[b + 4].cls == "t")
            if st < len(units) and units[st].cls == "S":
                of_at, of_state = b + 3, st
        if b < len(units) and units[b].cls == "E" and b > k + 1 and all(x.cls in "foCW" for x in units[k + 1:b]):
            return  # "a Mechanism for Bilateral Political Consultations": the words run on into the talks it holds
        after_title = a >= 1 and units[a - 1].cls in "ot" and any(x.cls == "T" for x in units[max(0, a - 3):a])
        if after_title and b - 1 > k and units[b - 1].cls == "N" and not (b < len(units) and units[b].cls == "N"):
            run = b
            while run > k + 1 and units[run - 1].cls == "N":
                run -= 1
            if b - run >= 3 or (b - run >= 2 and units[run - 1].cls != "o"):
                b = run + 1 if units[run - 1].cls == "o" else run
        quoted = None
        close = next((c for c in range(b + 2, min(len(units), b + 7)) if units[c].cls not in "NCWl"), 0)
        if b + 2 < len(units) and units[b].cls == "q" and units[b + 1].cls in "NCW" and close \
                and units[close].cls == "q" and units[close - 1].cls in "NCW":
            # 'the Diplomatic and Consular Academy "Carlos Antonio López"'
            quoted = self.unit_text(units, b + 1, close)
            quote_at, b = b, close + 1
        numbered = a if a < k and units[a].cls == "X" and len(units[a].text) > 1 else None
        while a < k and units[a].cls in "XY":
            a += 1
        head_word = units[k].text.split()[0]
        if numbered is not None and head_word in self._SITTING_BODIES and not quoted:
            # "the XII Colombia-Ecuador Binational Cabinet", "the 4th Joint Commission": one sitting of it
            text = self.unit_text(units, numbered, b)
            label = re.sub(r"^the\s+", "", text)
            key = f"event:{slug(label)}"
            self.add("Event", key, text, label, units[numbered].start, units[b - 1].end)
            claimed.append((numbered, b, "V", key))
            return
        plural = head_word.endswith(("ies", "s")) and not head_word.endswith("ss") \
            and units[k].text.split()[-1] != "Forces"  # "the Lebanese Armed Forces": a name
        # "National Energy Holding Company OJSC": a company's legal form makes common words its name
        proper_token = any(x.cls in "NSDOPKR" for x in units[a:b]) or (a < k and units[k].text in self._LEGAL_FORMS) \
            or any(phrase_key(x.text.split()) in self.lex.proper_heads for x in units[a:k])  # "Mazhilis Committee on"
        foreign_ministry = phrase_key(units[k].text.split()) in self.lex.foreign_ministry
        title_object = a >= 2 and units[a - 1].cls in "ot" and any(x.cls == "T" for x in units[max(0, a - 3):a])
        # "Director of the Foreign Relations Department under the Ministry of ...": a body, part of another
        under = b + 2 < len(units) and units[b].text in {"under", "within"} and units[b + 1].cls == "t" \
            and units[b + 2].cls in "HO"
        if title_object and not (quoted or proper or proper_token or foreign_ministry or under):
            return  # "High Representative of the Union for Foreign Affairs ...": a portfolio, not a body
        if b > k + 1 and units[b - 1].cls == ")":
            acr_unit = b - 2
            # "the Commission of the Economic Community of West African States (ECOWAS)": the acronym is the
            # inner body's, not the commission's
            inner = units[acr_unit - 2] if acr_unit >= 2 else None
            if units[acr_unit].cls == "O" and inner is not None and inner.cls == "O" \
                    and inner.key == units[acr_unit].key:
                b -= 3
                acr_unit = None
        else:
            acr_unit = None
        core_end = b - 3 if acr_unit is not None else b
        if core_end == k + 1 and acr_unit is None and a < k and all(x.cls in "CW" for x in units[a:k]) \
                and b < len(units) and units[b].cls == "S" and units[b].key \
                and (b + 1 == len(units) or units[b + 1].cls not in "sNCHO("):
            b = core_end = b + 1  # "the Investment Board Nepal": a state's body named after its state
        # "the Production Development Corporation (CORFO)": common words and a head, named by an acronym; but not
        # "the Ministry of Foreign Affairs (MAE)" or "the Parties (COP30)"
        named_by_acronym = acr_unit is not None and not plural and a < k
        if core_end == k + 1 and not quoted and not proper and of_state is None and not named_by_acronym and not under \
                and not (a < k and units[k].text in self._LEGAL_FORMS) and not units[k].text.startswith("House of ") \
                and not (
                foreign_ministry and units[k].text.startswith("Department")) \
                and ((plural and not any(x.cls in "PS" for x in units[a:k]))  # "Dubai Chambers" is a name
                     or all(x.cls in "CWXYH" for x in units[a:k + 1])):
            if foreign_ministry and not plural and a == k and (units[k].text.startswith(
                    ("Ministry", "Foreign Ministry", "Foreign Office")) or (
                    " " not in units[k].text and not units[k].text.isupper())):  # "the Cancillería" too
                # "the Ministry of Foreign Affairs said": the publisher's own, if the source names its state
                self.mentions.append(Mention("Home", "", units[k].text, units[k].text,
                                             self.tokens[units[k].start].start, self.tokens[units[k].end - 1].end))
            return  # a bare or generic head ("the Ministry", "the Parties (COP17)") names nothing
        if core_end == k + 1 and units[k].text == "Partnership" and a < k \
                and all(x.cls in "SOKDhaCE" for x in units[a:k]) and any(x.cls == "C" for x in units[a:k]):
            return  # "the Viet Nam–Chile Comprehensive Partnership": a kind of relations between them, not a body
        if quoted:
            core_end = quote_at if acr_unit is None else core_end
        text = self.unit_text(units, a, core_end)
        if of_state is None:
            key, label = self._org_identity(units, a, core_end, text)
        else:
            named = units[a:core_end] + units[of_at:of_state + 1]
            key, label = self._org_identity(named, 0, len(named), f"{text} of {units[of_state].text}")
            if of_at != b:  # named in full, not "National Investment Agency": another state has one too
                text = self.unit_text(units, a, of_state + 1)
        if quoted:
            label = quoted
            key = f"org:{slug(quoted)}"
        known = self.lex.entries.get(units[acr_unit].key) if acr_unit is not None and units[acr_unit].cls == "O" \
            else None
        if known and not quoted and self._names_alike(text, known, units[acr_unit].text):
            key, label = known.key, known.label  # "the Agency for the Promotion of Investments and Major Works (APIX)"
        elif known:  # "the African Peace Alliance (APA)" is no news agency APA: its own acronym here
            known = None
            inside = (self.tokens[units[acr_unit].start].start, self.tokens[units[acr_unit].end - 1].end)
            self.mentions = [x for x in self.mentions if not (inside[0] <= x.start < inside[1])]
        if of_state is not None:
            b = of_state + 1
        m = Mention("Organization", key, text, label, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end)
        # "the OSCE Mission to Moldova", "the EU Delegation in Ghana": an organization's body there, not the state's
        # "the KOICA Mexico Office", "the JICA Kyrgyz Office": the agency's office in Mexico, in Kyrgyzstan
        local = [i for i in range(a + 1, core_end)
                 if units[i].cls in "SD" and units[i - 1].cls == "O" and units[i - 1].key]
        m.attrs["states"] = " ".join(u.key for i, u in enumerate(units[a:core_end], a) if u.cls in "SD" and not (
            units[i - 1].text in ("to", "in") and any(x.cls == "O" for x in units[a:i])) and i not in local) or (
            units[of_state].key if of_state is not None else "")
        owner = self._owner_after_of(units, a, core_end)
        if local:
            m.attrs["partOf"] = units[local[0] - 1].key
        elif units[a].cls == "O" and units[a].key and a + 1 < core_end and not m.attrs["states"] \
                and not any(x.cls in "SDO" for x in units[a + 1:core_end]) and units[a].key != key:
            m.attrs["partOf"] = units[a].key  # "the FICCI Latin America and Caribbean Task Force": a body of FICCI
        elif owner and owner != key and not m.attrs["states"]:
            # "the Trade Policy Department of the EEC": a body of the EEC; "the Executive Committee of the CIS" is
            # the "CIS Executive Committee"
            m.attrs["partOf"] = owner
            acronym = self.lex.entries[owner].attrs.get("acronym", "") if owner in self.lex.entries else ""
            if acronym and not any(x.cls == "O" for x in units[a:core_end - 1]):
                short = f"{acronym} {self.unit_text(units, a, self._of_before(units, core_end - 1))}"
                key = m.key = f"org:{slug(short)}"
                m.attrs["alias"] = short
        # "Asian Affairs Bureau of the Ministry of Foreign Affairs of Japan": a part of Japan's foreign ministry
        for i in range(a + 1, core_end - 2):
            if self._foreign_ministry_at(units, i) and units[i + 1].text == "of" and units[i + 2].cls == "S":
                iso = self.lex.entries[units[i + 2].key].attrs.get("iso", "").lower()
                m.attrs["partOf"] = f"org:mfa-{iso}"
                break
        if not m.attrs["states"] and not plural and key == f"org:{slug(label)}" \
                and _FOREIGN_MINISTRY_NAME.match(label) \
                and not re.search(r" (?:of|for|to|in) ", label.partition("Affairs")[2]):
            m.attrs["home"] = "foreign ministry"  # "the Ministry of Foreign Affairs and Expatriates": the publisher's
        elif not m.attrs["states"] and not plural and key == f"org:{slug(label)}" and core_end - 2 > k \
                and self._foreign_ministry_at(units, core_end - 1) and units[core_end - 2].cls == "t":
            m.attrs["home_body"] = "1"  # "the Diplomatic Institute of the Ministry of Foreign Affairs": the publisher's
        if quoted or known:
            m.attrs["alias"] = text
        elif proper and a == k and b > k + 1:
            m.attrs["alias"] = units[k].text  # "Mazhilis of the Parliament" is the Mazhilis
        state = self.lex.entries.get(units[a].key) if units[a].cls == "S" and key == f"org:{slug(text)}" else None
        if state and units[a].text != state.label:  # "Viet Nam Chamber of ..." is the "Vietnam Chamber of ..."
            m.attrs["canonical"] = state.label + text[len(units[a].text):]
        self.mentions.append(m)
        if a + 1 == k and units[a].cls in "CW" and " " not in units[k].text and core_end > k + 1 \
                and units[k + 1].cls == "o" and not quoted and not known and not owner:
            # "the Diplomatic Institute of the Ministry of ...", later "Director of the Diplomatic Institute"
            short = f"{units[a].text} {units[k].text}"
            # two bodies so named in one article ("the Diplomatic Academy of Peru", "... of Chile"): neither
            self.acronyms[short] = ("Organization", key, label) if self.acronyms.get(short, ("", key))[1] == key \
                else ("", "", "")
        if acr_unit is not None:
            self.new_acronyms[units[acr_unit].text] = key
            self.acronyms[units[acr_unit].text] = ("Organization", key, label)
            if not any(self.tokens[a].start <= m.start and m.end <= self.tokens[b - 1].end
                       for a, b in self.agreement_tokens):
                # "the Federation of Chilean Industry (SOFOFA)"; not "... Agreement for Trans-Pacific Partnership
                # (CPTPP)", the document's
                m.attrs.setdefault("acronym", units[acr_unit].text)
        claimed.append((a, b, "O", key))

    def _org_identity(self, units, a, b, text) -> tuple[str, str]:
        """Canonical key and label: ministries and governments of a state get stable keys."""
        lex = self.lex
        states = [u for u in units[a:b] if u.cls in "SD"]
        body = [u for u in units[a:b] if u.cls not in "SDt"]
        words = " ".join(u.text for u in body)
        words = re.sub(r"\s+(of|for)$", "", words.strip())
        if len({u.key for u in states}) == 1:  # "..., African Cooperation and Moroccan Expatriates of Morocco": one
            st = lex.entries[states[0].key]
            iso = st.attrs.get("iso", "").lower()
            # "Peru's MFA", "Peru's Government": the state's own foreign ministry, its government
            own = " ".join(u.text for u in body[1:]) if body and body[0].cls == "s" else words
            fm = phrase_key(own.split())
            # "Ministry of Foreign Affairs and Regional Integration", "Ministry of Foreign and European Affairs":
            # a state has one foreign ministry, whatever else its name lists
            # "Ministry of African Integration and Foreign Affairs": so is a ministry whose portfolios end with them
            listed = _FOREIGN_MINISTRY_NAME.match(own)
            if fm in lex.foreign_ministry or listed or words in {"Ministry of Foreign Affairs of", "MFA of"}:
                return f"org:mfa-{iso}", f"Ministry of Foreign Affairs of {st.label}"
            if own in {"Government", "Government of", "Governments"}:
                return f"org:government-{iso}", f"Government of {st.label}"
            head = re.sub(r"\s+of$", "", own)  # "Viet Nam's Ministry of X" too
            # "Nigerian National Petroleum Company Limited" is a company's name, and stays as written
            company = (head.split() or [""])[-1] in self._COMPANY_WORDS
            if not company and head.startswith(("Ministry", "Department", "Office", "Cabinet", "Administration",
                                                "Embassy", "Consulate", "Parliament", "Senate", "Prosecutor",
                                                "National", "Committee", "Agency", "Council", "Directorate",
                                                "Customs", "General", "Presidential", "Congress")):
                label = f"{head} of {st.label}"
                if " of in " in label or " of to " in label:  # "the Consulate General of Japan in Houston": as written
                    label = re.sub(r"^the\s+", "", text)
                return f"org:{slug(head)}-{iso}", label
            if body and body[0].cls == "s" and head:
                # "Chile's Production Development Corporation": the state's own body, named as it names itself
                return f"org:{slug(head)}-{iso}", head
            of_at = b - 2 if units[b - 2].text == "of" else b - 3
            core = units[a + (units[a].cls == "t"):of_at]
            if not company and head and units[b - 1].cls == "S" and units[b - 1] is states[0] \
                    and units[of_at].text == "of" and core and all(u.text[:1].isupper() for u in core):
                # "the State Great Khural of Mongolia" is "Mongolia's State Great Khural" (not "the Organisation
                # for the Development of the Senegal", whose name goes on)
                return f"org:{slug(head)}-{iso}", f"{head} of {st.label}"
            if (once := self._state_spelled_once(units, a, b, st.label)) is not None:
                # "... of the Czech MFA" is "... of the Ministry of Foreign Affairs of the Czech Republic"
                once = re.sub(r" of the (?:MFA|MOFA|Foreign Ministry) of ", " of the Ministry of Foreign Affairs of ",
                              once)
                return f"org:{slug(once)}", re.sub(r"^the\s+", "", text)  # the key alike, the label as written
        label = re.sub(r"^the\s+", "", text)
        # "the Commission of the Economic Community of West African States" is the "ECOWAS Commission"
        organ = [u for u in body if u.cls != "o"]
        if not states and len(organ) == 2 and {u.cls for u in organ} == {"H", "O"} and organ[0].key != organ[1].key:
            head, inner = sorted(organ, key=lambda u: u.cls)
            if head.text in self._ORGANS and inner.key:
                return f"{inner.key}-{slug(head.text)}", label
        return f"org:{slug(label)}", label

    def _names_alike(self, text: str, entry, acronym: str) -> bool:
        """Whether the name written before a known body's acronym can be that body's: it shares a word with one of
        its names ("Agency for the Promotion of Investments (APIX)"), or its initials are not the acronym's (a
        translation: "Argentine Investment and International Trade Promotion Agency (AAICI)"). "The Asian
        Parliamentary Assembly (APA)", whose initials the acronym is, is no news agency APA."""
        if initials(text) != acronym:
            return True
        words = {w for w in re.findall(r"\w+", text.lower()) if not self.lex.is_common(w)}
        names = [entry.label, *entry.aliases]
        return any(words & {w for w in re.findall(r"\w+", n.lower())} for n in names)

    #: an organization's own organs: "the ECOWAS Commission" and "the Commission of ECOWAS" are one body
    _ORGANS = frozenset({"Commission", "Secretariat", "General Secretariat"})

    def _foreign_ministry_at(self, units, k) -> bool:
        return k < len(units) and units[k].cls == "H" and phrase_key(units[k].text.split()) in self.lex.foreign_ministry

    def _state_spelled_once(self, units, a, b, state: str) -> str | None:
        """A body's name with its state written one way, for its key: "Diplomatic Institute of the Omani Ministry
        of Foreign Affairs" and "... of the Ministry of Foreign Affairs of the Sultanate of Oman" are the
        "Diplomatic Institute of the Ministry of Foreign Affairs of Oman". None when written so already, or
        when the state is elsewhere in the name."""
        i = next(j for j in range(a, b) if units[j].cls in "SD")
        if units[i].cls == "S" and i == b - 3 and units[i + 1].cls == "s" and i > a and units[i - 1].cls == "o" \
                and self._foreign_ministry_at(units, i + 2):
            # "... of Qatar's Foreign Ministry": its foreign ministry, named as the others name it
            return f"{self.unit_text(units, a, i)} the Ministry of Foreign Affairs of {state}"
        if i == a or units[i].text == state:
            return None
        if units[i].cls == "D" and units[i - 1].cls == "t" and i - 1 > a and b - i >= 2 \
                and units[i + 1].cls in "HCN" and units[b - 1].cls not in "o(":
            # "... of the Omani Ministry of X": the inner body's state after it
            return f"{self.unit_text(units, a, i)} {self.unit_text(units, i + 1, b)} of {state}"
        if units[i].cls == "S" and i == b - 1:
            # "... of the Sultanate of Oman", "... of the Republic of Korea": the state's usual name
            before = self.unit_text(units, a, i - 1 if units[i - 1].cls == "t" else i)
            return f"{before.removeprefix('the ').removeprefix('The ')} {state}" if before.endswith(" of") else None
        return None

    def _legislature_at(self, units, k, claimed) -> bool:
        """"Congress of Peru", "Congress of the Republic", "the Peruvian Congress", "US Congress": a state's
        legislature, recorded as a body (True); "Congress of Leaders of World Religions" is an event (False)."""
        n = len(units)
        a = k
        while a > 0 and (units[a - 1].cls in "SD" or units[a - 1].text == "National"):
            a -= 1
        b = k + 1
        if b + 1 < n and units[b].text == "of":
            c = b + 1 + (units[b + 1].cls == "t")
            if c < n and (units[c].cls == "S" or units[c].text == "Republic") \
                    and not (c + 1 < n and units[c + 1].cls in "NCHEW"):
                b = c + 1
        if b == k + 1 and not any(u.cls in "SD" for u in units[a:k]):
            return False
        text = self.unit_text(units, a, b)
        key, label = self._org_identity(units, a, b, text)
        self.add("Organization", key, text, label, units[a].start, units[b - 1].end)
        claimed.append((a, b, "O", key))
        return True

    def _names_body(self, acronym: str, key: str) -> bool:
        """Whether ``acronym`` is one of the names of the gazetteer body ``key`` (not "COP30" for the UNFCCC)."""
        entry = self.lex.entries.get(key or "")
        return entry is None or acronym == entry.label or acronym in entry.aliases

    def _event_at(self, units, cls, k, claimed) -> None:
        if any(a <= k < b for a, b, _, _ in claimed):
            return
        if units[k].text == "Congress" and self._legislature_at(units, k, claimed):
            return
        a = self._left(units, k, self._MOD | {"T", "s", "E", "H", "G", "L"})  # "Silk Road Forum", "Ocean Conference"
        if a >= 3 and [u.text.lower() for u in units[a - 2:a]] == ["heads", "of"] and units[a - 3].cls in "ODKC":
            a = self._left(units, a - 2, self._MOD)  # "the Commonwealth Heads of Government Meeting"
        while a < k and units[a].cls in "s":
            a += 1
        b = k + 1
        while b < len(units) and units[b].cls == "E":
            b += 1  # "Ministerial Meeting"
        while units[k].cls == "E" and self._event_head_after(units, b):
            b += 1  # "Vice Ministerial Strategic Dialogue": the last head ends the name
            while b < len(units) and units[b].cls != "E":
                b += 1
            while b < len(units) and units[b].cls == "E":
                b += 1
        if b < len(units) and (units[b].cls == "H" or (units[b].cls == "C" and b + 1 < len(units)
                                                       and units[b + 1].cls not in "NCHE")):
            return  # "Joint Ministerial Council", "Pacific Islands Forum Secretariat": it names the body;
            # "a Sectoral Dialogue Partner of ASEAN": a status
        if units[k].cls == "X":
            b = k + 2
        elif b < len(units) and units[b].cls == "l" and units[b].text.lower() in {"meeting", "summit", "session"}:
            b += 1
        plain_ordinal = units[k].cls == "X"
        tail_start = b
        b = self._tail(units, b, "NCSODPKRHWELV", in_state=True, event=True)
        if plain_ordinal and b == tail_start:
            return
        if [u.text.lower() for u in units[b:b + 3]] == ["heads", "of", "state"]:
            b += 3  # "the 45th Ordinary Summit of SADC Heads of State and Government": who meets, in the name
            if [u.text.lower() for u in units[b:b + 2]] == ["and", "government"]:
                b += 2
        if b < len(units) and units[b].cls == "q":
            close = b + 1
            while close < len(units) and close - b <= 4 and units[close].cls in "KNCRSOP":
                close += 1
            if close > b + 1 and close < len(units) and units[close].cls == "q":
                b = close + 1
        if a < k and units[a].cls == "T" and a + 1 == k:
            return
        round_of = a >= 3 and units[a - 1].cls == "o" and units[a - 2].text.lower() == "round" \
            and units[a - 3].cls == "X"
        if round_of:
            a -= 3  # "the XII Round of Political Consultations": one round of them
        e_of = a - 1 - (a >= 1 and units[a - 1].cls == "t")
        if e_of >= 2 and units[e_of].cls == "o" and units[e_of - 1].text.lower() == "edition" \
                and units[e_of - 2].cls == "X":
            a = e_of - 2  # "the eighth edition of the Tokyo International Conference ...": one edition of it
        if (round_of or (units[a].cls == "X" and k + 1 < len(units) and units[k + 1].cls == "o")) and b - 2 > k \
                and units[b - 2].text == "in" and units[b - 1].cls == "S":
            b -= 2  # "the 10th Round of Political Consultations in Viet Nam": where it is held
        if b - 3 > k and self._acronym_at(units, b - 3) and (units[b - 4].cls not in "OS" or (
                units[b - 4].cls == "O" and not self._names_body(units[b - 2].text, units[b - 4].key))):
            b -= 3  # "... Congress (AMM)": read below, not part of the name; "... of the OTS (OTS)" is the OTS's
        dated = units[k].text == "Expo" and b == k + 1 and b < len(units) \
            and re.fullmatch(r"(?:19|20)\d\d", units[b].text) is not None
        if dated:  # "Expo 2025 Osaka", "Expo 2020 Dubai": a world expo is named by its year (and its city)
            b += 1 + (b + 1 < len(units) and units[b + 1].cls == "P")
        mods = [u for u in units[a:b] if u is not units[k]]
        if not dated and (not mods or all(u.cls in "WsY" for u in mods)):
            return
        if any(u.cls == "T" for u in units[a:k]) and not any(u.cls in "OSDKX" for u in units[a:k]):
            return  # "Secretary Smith's Meeting" is a meeting, not a named event
        text = self.unit_text(units, a, b)
        acr, acr_units = None, 3
        if b < len(units) - 2 and units[b].cls == "(" and units[b + 2].cls == ")":
            acr = units[b + 1].text
        elif b < len(units) - 3 and units[b].cls == "(" and units[b + 1].cls in "NO" and units[b + 2].cls == "Y" \
                and units[b + 3].cls == ")":
            acr, acr_units = f"{units[b + 1].text} {units[b + 2].text}", 4  # "(TICAD 8)"
        label = re.sub(r"^the\s+", "", text).replace("“", '"').replace("”", '"')
        key = f"event:{slug(label)}"
        body = [u for u in units[a:b] if u.cls == "O"]
        if len(body) == 1 and body[0].key and units[a:b][-1 if units[a].cls == "E" else 0] is body[0] \
                and all(u.cls in "Eot" for u in units[a:b] if u is not body[0]):
            # "the CIS Council of Foreign Ministers" = "the Council of Foreign Ministers of the CIS"
            key = f"event:{body[0].key.partition(':')[2]}-{slug(' '.join(u.text for u in units[a:b] if u.cls == 'E'))}"
        parties = self._round_parties(units, a, b) if round_of else []
        if parties:  # "9th round of India – Kyrgyz Republic FOC" = "9th round of FOC between India and ..."
            key = self._round_key(units, a, b, parties)
        m = self.add("Event", key, text, label, units[a].start, units[b - 1].end)
        if parties:
            m.attrs["parties"] = " ".join(parties)
        elif round_of and (figures := " ".join(_numeral(w) for w in label.split())) != label:
            m.attrs["canonical"] = figures  # "third round of X" is the "3rd round of X" its states held
        if dated and units[b - 1].cls == "P":
            m.attrs["alias"] = self.unit_text(units, k, b - 1)  # "Expo 2025 Osaka" is "Expo 2025"
        if short := _NTH_MEETING_OF.match(label):  # "4th meeting of the X Dialogue" is the "4th X Dialogue"
            m.attrs["alias"] = f"{short[1]} {short[2]}"
            if _numeral(short[1]) != short[1]:
                m.attrs.setdefault("canonical", f"{_numeral(short[1])} {short[2]}")  # "tenth ..." = "10th ..."
        inner = k + 2 + (k + 2 < b and units[k + 2].cls == "t")
        if acr and acr.isupper() and not re.search(r"\d", acr) and k + 1 < b and units[k + 1].cls == "o" \
                and b - inner >= 2 and any(u.cls == "H" for u in units[inner:b]):
            # "4th Session of the X–Y Joint Commission (JCC)": the acronym names the commission
            body, body_label = self._org_identity(units, inner, b, self.unit_text(units, inner, b))
            self.add("Organization", body, self.unit_text(units, inner, b), body_label, units[inner].start,
                     units[b - 1].end)
            self.acronyms[acr] = ("Organization", body, body_label)
            b += 3
        elif acr and acr.isupper():
            first = units[a].text.lower() if a < len(units) else ""
            if re.search(r"\d", acr):  # "... (COP30)" names this one meeting; "(AMM)" names every one
                m.attrs["acronym"] = acr
            if re.search(r"\d", acr) or not (_ORDINAL.match(first) or first in _ORDINAL_WORDS):
                self.acronyms[acr] = ("Event", key, label)
            # (not "the sixth Foreign Secretary-level Consultations (FSC)": a later "seventh round of the FSC" is
            # another round)
            b += acr_units
        claimed.append((a, b, "V", key))

    _ROUND_WORDS = {"political", "bilateral", "interministerial", "inter-ministerial", "consular", "foreign",
                    "office", "strategic", "regular", "diplomatic"}
    _BETWEEN_WORDS = {"the", "of", "and", "foreign", "ministries", "ministry"}

    def _consultation_rounds(self, units, claimed) -> None:
        """"the fifth round of Polish-Ukrainian political consultations", "the seventh round of political
        consultations between the Ministries of Foreign Affairs of A and B": one round of a series, an event.
        Written in lowercase, the words name a series only with its states: a compound of them, or "between A
        and B" (then the states are in the key, as each pair of states holds its own rounds)."""
        n = len(units)
        for k in range(n - 3):
            if not (units[k].cls == "X" and units[k + 1].text.lower() == "round" and units[k + 2].cls == "o"):
                continue
            j = k + 3 + (units[k + 3].cls == "K")
            while j < n and units[j].cls == "l" and units[j].text.lower() in self._ROUND_WORDS:
                j += 1
            if j >= n or units[j].cls != "l" or units[j].text.lower() != "consultations":
                continue
            b = j + 1
            parties = self._round_parties(units, k, b)
            if not parties or any(x < b and k < y for x, y, _, _ in claimed):
                continue
            text = self.unit_text(units, k, b)
            key = self._round_key(units, k, b, parties)
            self.add("Event", key, text, text, units[k].start, units[b - 1].end).attrs["parties"] = " ".join(parties)
            claimed.append((k, b, "V", key))

    def _round_parties(self, units, a, b) -> list[str]:
        """The states whose round of talks ``units[a:b]`` names, sorted: in its name ("India – Kyrgyz Republic",
        "Polish-Ukrainian") and in "between (the ministries of) A and B" after it (past an acronym); [] when
        fewer than two."""
        found = {u.key for u in units[a:b] if u.cls == "S"}
        for u in units[a:b]:
            if u.cls == "K":
                span = (self.tokens[u.start].start, self.tokens[u.end - 1].end)
                found |= {m.key for m in self.mentions if m.type == "State" and span[0] <= m.start < span[1]}
        c = b + 3 if b + 2 < len(units) and units[b].cls == "(" and units[b + 2].cls == ")" else b  # "(FOC)"
        if c < len(units) and units[c].text.lower() == "between":
            c += 1
            while c < len(units) and (units[c].cls == "S" or (units[c].cls == "H" and "Foreign" in units[c].text)
                                      or units[c].text.lower() in self._BETWEEN_WORDS):
                if units[c].cls == "S":
                    found.add(units[c].key)
                c += 1
        return sorted(found) if len(found) >= 2 else []

    @staticmethod
    def _round_key(units, a, b, parties: list[str]) -> str:
        """One key for a round however it is written: its words in one spelling ("third" = "3rd") without the
        states, then the states' codes ("event:3rd-round-of-foreign-office-consultations-bd-br")."""
        bare = " ".join(_numeral(u.text) for u in units[a:b] if u.cls not in "SKDht")
        return f"event:{slug(bare)}-{'-'.join(p.partition(':')[2] for p in parties)}"

    _COMPANIES = {"companies", "firms", "corporations", "enterprises", "businesses", "groups", "banks", "carriers"}

    def _company_lists(self, units, claimed) -> None:
        """"firms such as A and B", "companies including A, B and C", "executives from A, B and C": each of the
        names listed is a company (a name of capitalized words that starts with a name-like one; states and
        known bodies in the list are what they are)."""
        n = len(units)
        for i in range(n - 2):
            low = units[i].text.lower()
            nxt = units[i + 1].text.lower()
            if low in self._COMPANIES and nxt in {"including", "like"}:
                j = i + 2
            elif low in self._COMPANIES and nxt == "such" and units[i + 2].text.lower() == "as":
                j = i + 3
            elif low == "executives" and nxt == "from":
                j = i + 2
            else:
                continue
            while j < n:
                start = j
                while j < n and (units[j].cls in "NCI" or (j > start and units[j].cls == "H")):
                    j += 1
                if j > start and units[start].cls == "N" and not any(x < j and start < y for x, y, _, _ in claimed):
                    text = self.unit_text(units, start, j)
                    key = f"org:{slug(text)}"
                    self.add("Organization", key, text, text, units[start].start, units[j - 1].end)
                    claimed.append((start, j, "O", key))
                elif j == start and units[j].cls not in "SO":
                    break
                j += j == start  # a state or a known body in the list: on to the next name
                if j < n and units[j].cls == "," and j + 1 < n and units[j + 1].cls == "a":
                    j += 2
                elif j < n and units[j].cls in ",a":
                    j += 1
                else:
                    break

    #: a company's legal form before its name: "PT Pindad", "JSC Uzbekistan Railways", "PJSC Gazprom"
    _LEGAL_FORMS_FIRST = frozenset({"PT", "JSC", "PJSC", "OJSC", "CJSC", "LLC", "JSCB"})

    def _legal_form_first(self, units, claimed) -> None:
        """"PT Pindad", "JSC Uzbekistan Railways": a legal form, then capitalized words, is a company."""
        n = len(units)
        for i in range(n - 1):
            if units[i].text not in self._LEGAL_FORMS_FIRST or any(x <= i < y for x, y, _, _ in claimed):
                continue
            j = i + 1
            while j < n and (units[j].cls in "NCIWS" or (j > i + 1 and units[j].cls == "H")):
                j += 1
            if j > i + 1 and not any(x < j and i < y for x, y, _, _ in claimed):
                text = self.unit_text(units, i, j)
                key = f"org:{slug(text)}"
                self.add("Organization", key, text, text, units[i].start, units[j - 1].end)
                claimed.append((i, j, "O", key))

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
                   "during", "after", "and", "within", "who", "has", "have", "had", "as", "at", "by", "in",
                   "including", "includes", "include", "namely", "notably", "especially", "particularly"}

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
            if a >= 2 and a == k - 1 and units[a - 1].text == "of" and units[a - 2].cls in "CNL" \
                    and units[a].cls in "CN" and u.cls == "G":
                a = self._left(units, a - 2, self._MOD | {"G", "q", "H"})  # "the Ocean of Peace Declaration"
            if a < done_until:  # "... Sustainable Development and Agenda 2063": the last document ended there
                a = done_until
                while a < k and units[a].cls in "a,":
                    a += 1
            while a < k and units[a].cls == "q":
                a += 1
            if u.cls == "g":
                if not (line_item or sign):
                    continue
                while a > 0 and units[a - 1].cls == "l" and units[a - 1].text.lower() not in self._STOP_WORDS \
                        and units[a - 1].text.lower() not in self.lex.sign_verbs and k - a < 2:
                    a -= 1
            # "- the Agreement on X, signed by A and B;": a list item that is a document's name (not "- negotiations
            # on an enhanced agreement were launched in 2024", an item that tells of one)
            item = line_item and all(x.cls in "htX(" or x.text.lower() in {"a", "an", "the"} for x in units[:a])
            b = k + 1
            if b < len(units) and units[b].cls == "G" and u.cls == "G":
                continue  # "Master Framework Agreement": the last head names the document
            if b + 1 < len(units) and units[b].cls == "o" and units[b + 1].text in {"Understanding", "Intent",
                                                                                    "understanding", "intent"}:
                b += 2
            inner = None  # "Memorandum of Understanding (MoU) on ...": the kind's abbreviation, then the name goes on
            if b + 3 < len(units) and units[b].cls == "(" and units[b + 1].cls == "G" and units[b + 2].cls == ")" \
                    and units[b + 3].text.lower() in {"on", "for", "between", "concerning", "regarding"}:
                inner = units[b + 1]
                b += 3
            if item:
                b = len(units)
                while b > k + 1 and units[b - 1].cls in ",;p" or units[b - 1].text.lower() in {"and", "respectively"}:
                    b -= 1
                b = next((j for j in range(k + 1, b - 1) if units[j].cls == "," and units[j + 1].cls == "l"
                          and self._clause_starts(units, j + 1)), b)  # "- the Agreement on X, signed by A and B;"
                # "- the Free Trade Agreement was signed in 2020 and ...": the item goes on to tell of it
                b = next((j for j in range(k + 1, b) if units[j].text in self._ITEM_VERBS or _sum_starts(units, j)), b)
                if a == 0 or units[0].cls == "h":
                    a = max(a, 1 if units[0].cls == "h" else 0)
            elif b < len(units) and (units[b].cls in "of" or units[b].text.lower() in {"exempting", "concerning",
                                                                                    "regarding"} or (
                    u.cls == "g" and units[b].text in self._DOCUMENT_PARTICIPLES)):
                if units[b].text.lower() in {"in", "at", "by", "during", "with", "from"} \
                        and not self._in_the_field(units, b) and not self._statement_by_parties(units, a, b):
                    pass
                else:
                    b = self._agreement_tail(units, b, name_start=a)
            if b < len(units) and re.fullmatch(r"(?:19|20)\d\d[-–](?:19|20)\d\d", units[b].text):
                b += 1  # "Strategic Cooperation Programme 2026-2030"
            elif b == k + 1 and u.cls == "G" and b < len(units) and re.fullmatch(r"\d{3,4}", units[b].text):
                b += 1  # "Agenda 2063", "Resolution 2216"
            elif b + 1 < len(units) and units[b].text in {"–", "-"} and re.fullmatch(r"(?:19|20)\d\d", units[b + 1].text):
                b += 2  # "Turkic World Vision – 2040"
            if u.cls == "g" and b == k + 1 and not item:
                continue
            if a == k and b == k + 1:
                continue
            if b == k + 1 and self._event_head_after(units, b):
                continue  # "Antarctic Treaty Consultative Meeting": an event's name holds the treaty's
            text = self.unit_text(units, a, b).strip(" ,;.")
            text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
            text = _AMOUNT_OF.sub("", text)  # "a financing agreement of $86.5 million for the X Project": its sum
            if inner is not None:
                text = text.replace(f" ({inner.text}) ", " ", 1)
            if len(text.split()) < 2 or re.search(r"\bNational Statement$", text) or _PLURAL_KIND.fullmatch(text):
                continue  # "Tonga's National Statement" at a debate is no document of any parties; "three Memoranda
                # of Understanding (MoUs)" are documents of no name
            label = text[0].upper() + text[1:] if u.cls == "g" and not item else text
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
            m.attrs.update(self._document_variants(label))
            done_until = b
            if b < len(units) and units[b].cls == "(" and self._short_name_inside(units, b):
                end = next(e for e in range(b + 1, len(units)) if units[e].cls == ")")
                m.attrs["short"] = self.unit_text(units, b + 1, end).strip()  # "(Istanbul Convention)": its other name
                done_until = end + 1
            found.append((a, b))
            self.agreement_heads_at.append((a, k))
        return found

    #: words with which a list item goes on to tell of the document it names
    _ITEM_VERBS = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "gets", "got", "went",
                             "committing", "helping", "creating", "paving", "aimed", "aiming", "which", "that"})

    def _document_variants(self, label: str) -> dict[str, str]:
        """Other names of one document: "MoU on X" = "Memorandum of Understanding on X" = "Memorandum on X"."""
        first, _, rest = label.partition(" ")
        out = {}
        if first in self.lex.document_abbreviations and rest:
            label = out["expanded"] = f"{self.lex.document_abbreviations[first]} {rest}"
        plain = re.sub(r"^Memorandum of Understanding (?=on |for |between |concerning |regarding )", "Memorandum ",
                       label, flags=re.I)
        if plain != label:
            out["plain"] = plain
        return out

    @staticmethod
    def _head_after(units, b) -> bool:
        """Up to two capitalized common words from ``b``, then a body's or an event's head: "... of the South
        Africa–Viet Nam Joint Commission": the states name the body that follows."""
        j = b
        while j < len(units) and j - b < 2 and units[j].cls in "CW":
            j += 1
        return b < j < len(units) and units[j].cls in "HE"

    @staticmethod
    def _event_head_after(units, b) -> bool:
        """Up to three capitalized words from ``b``, then an event's head ("Consultative Meeting")."""
        j = b
        while j < len(units) and j - b < 3 and units[j].cls in "CNW":
            j += 1
        return b < j < len(units) and units[j].cls == "E"

    _FIELDS = {"field", "fields", "area", "areas", "sphere", "spheres"}

    @classmethod
    def _in_the_field(cls, units, b) -> bool:
        """"in the field of ...", "in the area of ...": the subject of a document, part of its name."""
        words = [u.text.lower() for u in units[b:b + 4]]
        return len(words) == 4 and words[:2] == ["in", "the"] and words[2] in cls._FIELDS and words[3] == "of"

    _NAME_LINKS = {"of", "on", "in", "the", "and", "for", "between", "to", "with", "at", "from", "against", "within",
                   "among", "concerning", "regarding", "by", "under", "a", "an", "or", "&"}

    _PARTIES = {"countries", "states", "governments", "sides", "parties", "nations", "ministries"}

    def _initials_agree(self, units, a: int, b: int) -> bool:
        """Whether the acronym in parentheses at ``b`` is the name's from ``a`` on: the initials of its
        capitalized words, in order, end with the acronym's last letter ("Antigua and Barbuda Agenda for SIDS
        (ABAS)"; not "Memorandum between the Indian Council of World Affairs (ICWA)")."""
        letters = units[b + 1].text.replace("-", "").upper()
        initials = [w[0].upper() for u in units[a:b] for w in re.split(r"[\s-]+", u.text)
                    if w[:1].isupper() and w.lower() not in self._NAME_LINKS]
        at = 0
        for c in initials:
            at = letters.find(c, at) + 1
            if at == 0:
                return False
        return bool(initials) and initials[-1] == letters[-1]

    def _agreement_tail(self, units, b, name_start: int) -> int:
        depth = 0
        start = b
        capitalized = lowercase = 0  # content words of the name so far
        quoted = name_start > 0 and units[name_start - 1].cls == "q"  # 'the "Memorandum of ... (AMEXCID)" held at'
        while b < len(units):
            u = units[b]
            low = u.text.lower()
            if quoted and u.cls == "q":
                break
            if low in {"and", ","} and (parts := self._parts_formula(units, b)):
                b = parts  # "between the EU and its Member States, of the one part, and X, of the other part"
                continue
            if low in {"on", "concerning", "regarding"}:
                capitalized = lowercase = 0  # the subject begins: "between the Government of X and ... on"
            elif u.cls in "lg" and low not in self._NAME_LINKS:
                if low in {"two", "both"} and b + 1 < len(units) and units[b + 1].text.lower() in self._PARTIES:
                    b += 2  # "... of the two countries for 2026-2028": the parties, in the name
                    continue
                if capitalized >= 2 and not lowercase:
                    break  # "MoU on Polar Research opens ...": a name in title case ends at a lowercase word
                lowercase += 1
            elif u.text[:1].isupper() and u.cls not in "SDOK":
                capitalized += 1
            if (u.cls == "p" and u.text in {".", ";", ":", "!", "?"}) or u.text == "|":
                break  # "... the Programme of Cooperation | Author: ...": a caption's credit after its bar
            if u.cls == "(" and depth == 0 and b > start and self._short_name_inside(units, b):
                break  # "... Domestic Violence (Istanbul Convention)": the document's short name, not more of it
            if u.cls == "(" and depth == 0 and b > start and self._acronym_at(units, b) \
                    and self._initials_agree(units, name_start, b):
                break  # "... Agenda for SIDS (ABAS)": the acronym of the whole name, which ends here
            if u.cls == "(":
                depth += 1
            elif u.cls == ")":
                if depth == 0:
                    break
                depth -= 1
            if low in {"which", "that", "was", "were", "is", "are", "will", "would", "should", "could", "can", "may",
                       "must", "shall", "might", "signed", "aimed", "who",
                       "has", "have", "during", "following", "emphasizing", "noting", "stressing", "with", "before"}:
                break
            if low == "and" and b + 2 < len(units) and units[b + 1].cls == "t" and units[b + 2].cls == "l" \
                    and units[b + 2].text.lower() not in {"two", "both"} | self._NAME_LINKS and not lowercase:
                break  # "the Action Plan for Armenia 2023-2026 and the preparation of the next one": a name in title
                # case is over (not "the MoU on cooperation in gas turbines and the energy transition")
            if u.cls == "," and b + 1 < len(units) and re.fullmatch(r"[a-z]{2,}ing", units[b + 1].text):
                break  # "the agreed minutes of the session, covering trade, ...": what it says, not its name; "the Pact
                # for the Mediterranean, expressing the bloc's appreciation": what a speaker did
            if low == "and" and b + 1 < len(units) and (re.match(r"^[a-z]+ed$", units[b + 1].text)
                                                         or units[b + 1].text.lower() in {"a", "an"}):
                break  # "... and extended"; "... and a programme of ...": another document
            if low == "and" and self._next_document(units, b + 1):
                break  # "... for Holders of Diplomatic Passports and the Protocol on ...": the next document
            if low == "and" and b + 1 < len(units) and units[b + 1].cls == "l" and any(
                    x.text == "between" for x in units[start:b]) and any(x.text == "and" for x in units[start:b]) \
                    and not self._subject_after_parties(units, start, b):
                break  # "between A and B and new financing ...": the parties are named, the name is over (not "between
                # A and B on promoting trade and investment", whose subject goes on)
            if low in {"and", "to"} and units[b - 1].cls in "OS" and b + 1 < len(units) and units[b + 1].cls == "l" \
                    and units[b - 2].text in {"of", "the"}:
                break  # "the Charter of the United Nations and international law": the name ends with the body
            if low == "as" and b + 1 < len(units) and units[b + 1].cls in "DSTNO":
                break  # "... on cooperation in European integration matters as Latvian Foreign Minister X received"
            if low == "through" or (low == "on" and b + 1 < len(units)
                                    and units[b + 1].text.lower() in self.lex.weekdays):
                break  # "... on Consular Cooperation on Monday": when it was signed
            if low == "by" and self._statement_by_parties(units, start, b):
                b += 1  # "Joint Statement by the Russian Federation and Laos on ...": its authors, in the name
                continue
            if low == "by" and b + 1 < len(units) and (units[b + 1].cls in "TNIODS" or phrase_key(
                    [units[b + 1].text.rstrip(".")]) in self.lex.honorifics or (
                    units[b + 1].cls == "t" and b + 2 < len(units) and units[b + 2].cls in "TDS")):
                break  # "the signing of the MoU on X by Ms. A and Mr. B", "... by Vietnam Coast Guard commander A",
                # "... by the Minister": who signed it
            if u.cls == "l" and b > start and self._clause_starts(units, b):
                break  # "..., adopted by the Assembly"; "..., remains a pillar of"
            if low == "to" and b + 1 < len(units) and units[b + 1].text.lower() in {
                    "further", "strengthen", "enhance", "promote", "develop", "boost", "deepen", "expand", "this",
                    "that", "improve", "support", "finance", "fund", "help", "provide", "build", "protect", "upgrade",
                    "construct", "rehabilitate", "modernise", "modernize", "establish", "create", "increase", "reduce"}:
                break  # "... to strengthen"; "an agreement to this effect"; "a loan agreement to improve": no name
            if low == "on" and b + 1 < len(units) and units[b + 1].text.lower() == "behalf":
                break  # "signed the loan agreement for the X Project on behalf of the government": who signed it
            if low == "between" and b + 2 < len(units) and units[b + 1].cls == "t" and units[b + 2].cls == "l" \
                    and units[b + 2].text.lower() not in {"two", "both"}:
                break  # "... cooperation between the trade ministry and ...": who the parties are, told in passing
            if low == "at" and b + 2 < len(units) and units[b + 1].cls == "t" and units[b + 2].cls in "HOPCN" and any(
                    x.cls in "HOP" for x in units[b + 2:b + 5]) and any(
                    x.text == "between" for x in units[start:b]) and any(x.text == "and" for x in units[start:b]):
                break  # "... between A and B at the Permanent Mission of A": where it was signed
            if low == "in" and b + 2 < len(units) and units[b + 2].text.lower() in {"presence", "attendance"}:
                break  # "..., in the presence of the two ministers": who saw it signed
            if _sum_starts(units, b):
                break  # "... in the amount of USD 95 million", ", worth 75 million euros": its sum, not its name
            if low == "in" and b + 1 < len(units) and (units[b + 1].text.lower() == "order" or units[b + 1].cls == "P"
                                                        or re.fullmatch(r"(?:19|20)\d\d", units[b + 1].text)
                                                        or (units[b + 1].cls == "N" and units[b - 1].cls == "l")):
                break  # "in order to"; "... cooperation in Lugano", "... in 2019": where and when it was signed
            if u.cls == "," and b + 1 < len(units) and (units[b + 1].text.lower() in {
                    "which", "the", "press", "said", "reports", "as", "who", "and", "a", "an", "according", "while",
                    "whereas", "where", "when", "but", "yet"}
                    or (units[b + 1].cls in "NI" and not self._listed_subject(units, b + 1))):
                break  # ", Tomas Novak": a person's name, not a word of the document's; ", a memorandum ...": the next
            if u.cls == "," and b + 2 < len(units) and units[b + 1].cls == "q" and units[b + 2].cls in "NI":
                break  # '... a priority partner of the Mattei Plan for Africa," Valsecchi told': the quote is over
            if u.cls == "," and b + 2 < len(units) and units[b + 1].cls in "SO" and units[b + 2].cls == "l":
                break  # "Under the Exchange of Notes on Coastal Radars, Japan will provide ...": a new clause's subject
            b += 1
        if b < len(units) and units[b].text.lower() in {"is", "was", "has", "had", "will", "are", "have"} \
                and units[b - 1].cls == "S" and b - 2 > start and units[b - 2].cls not in "otfa,h":
            b -= 1  # "by signing the Framework Convention on Artificial Intelligence Armenia is helping": the state is
            # the verb's subject
        while b > start and (units[b - 1].cls in ",ah" or units[b - 1].text.lower() in self._NAME_LINKS):
            b -= 1  # a name never ends with a link word ("... of the")
        return b

    @staticmethod
    def _subject_after_parties(units, start: int, b: int) -> bool:
        """Whether "on" (or "concerning", "regarding") follows the last "between" of units[start:b]: "... between A and
        B on promoting trade", a subject after the parties."""
        at = max(i for i in range(start, b) if units[i].text == "between")
        return any(x.text in {"on", "concerning", "regarding"} for x in units[at:b])

    @staticmethod
    def _next_document(units, j: int) -> bool:
        """A document's head at ``j`` after "and", maybe after "to", "the" and a year: "... and the Protocol on",
        "... Natural Heritage and to the 2003 Convention for ..."."""
        if j < len(units) and units[j].text in {"to", "with", "under"}:
            j += 1
        if j < len(units) and units[j].cls == "t":
            j += 1
        if j < len(units) and re.fullmatch(r"(?:19|20)\d\d", units[j].text):
            j += 1
        return j < len(units) and units[j].cls == "G"

    @staticmethod
    def _short_name_inside(units, k: int) -> bool:
        """Brackets at ``k`` that hold a document's own short name: "(Istanbul Convention)"."""
        end = next((e for e in range(k + 1, min(len(units), k + 6)) if units[e].cls == ")"), None)
        return end is not None and end > k + 1 and units[end - 1].cls == "G" \
            and all(u.cls in "NCPSDG" for u in units[k + 1:end])

    @staticmethod
    def _listed_subject(units, k: int) -> bool:
        """"... on Sustainable Raw Materials, Batteries and Renewable Hydrogen": one word after a comma, then "and" and
        more capitalized words, lists the subject (a person's name after a comma has two words or more)."""
        return k + 2 < len(units) and units[k].cls == "N" and units[k + 1].text == "and" and units[k + 2].cls in "NC" \
            and units[k - 2].cls in "NC"

    @staticmethod
    def _statement_by_parties(units, start: int, b: int) -> bool:
        """"by" between a statement's (a declaration's) head and the states that make it, the subject after them:
        "Joint Statement by the Russian Federation and the Lao People's Democratic Republic on ..."."""
        if not any(u.text.split()[-1].lower().rstrip("s") in {"statement", "declaration", "communiqué", "communique"}
                   for u in units[max(0, start - 3):b] if u.text.strip()):
            return False
        k = b + 1
        while k < len(units) and (units[k].cls in "tS" or units[k].text in {"and", ","}):
            k += 1
        return k > b + 1 and k < len(units) and units[k].text.lower() in {"on", "concerning", "regarding"} \
            and any(u.cls == "S" for u in units[b + 1:k])

    #: words after a lowercase document's head that go on with its subject: "an agreement waiving visa requirements
    #: for ..." (not "the Grant Agreement establishing the arrangements ...", a name that ends at its head)
    _DOCUMENT_PARTICIPLES = frozenset({"waiving", "establishing", "abolishing", "amending", "extending", "governing"})
    _AFTER_PARTICIPLE = {"by", "in", "at", "on", "last", "earlier", "this", "back", "since", "under"}
    _AFTER_VERB = {"a", "an", "the", "as", "to", "that", "one", "among", "in", "at", "for"}

    @classmethod
    def _clause_starts(cls, units, b) -> bool:
        """The lowercase word at ``b`` opens a clause after a document's name, not a word of the name:
        a participle with its complement ("adopted by", "concluded in 2019") or, after a comma, a
        verb ("..., remains a pillar"; "..., to be held")."""
        low = units[b].text.lower()
        nxt = units[b + 1].text.lower() if b + 1 < len(units) else ""
        if low.endswith("ed") and nxt in cls._AFTER_PARTICIPLE:
            return True
        if units[b - 1].cls != ",":
            return False
        return low == "to" or (low.endswith("ed") and nxt not in {"and", ","}) or (
            low.endswith("s") and not low.endswith("ss") and nxt in cls._AFTER_VERB)

    # -- pass 3: titles and persons ------------------------------------------------

#: after a demonym, the last portfolio of a foreign ministry that names its state: "... and Togolese Abroad"
_CITIZENS_ABROAD = re.compile(r"Abroad|Expatriates|Diaspora")

#: a foreign ministry by name, whatever else its portfolios list: "Ministry of Foreign Affairs and Expatriates",
#: "Ministry of Foreign and European Affairs", "Ministry of African Integration and Foreign Affairs"
_FOREIGN_MINISTRY_NAME = re.compile(r"(?:Ministry|Department) (?:of|for) (?:Foreign (?:Affairs\b|and )"
                                    r"|[\w ]{3,40} and Foreign Affairs$)")

_NTH_MEETING_OF = re.compile(r"^(\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                             r"\s+(?:meeting|session|round|edition)\s+of\s+(?:the\s+)?(\S.*)$", re.I)
_GENERIC_DOC = re.compile(r"^(?:(?:intergovernmental|joint|bilateral|comprehensive|cooperation|free|trade|economic|"
                          r"partnership|strategic|framework)\s+)*"
                          r"(?:agreement|memorandum(?: of understanding)?|mou|letter of intent|protocol|treaty|"
                          r"roadmap|program(?:me)?|plan|declaration|convention|charter)s?$", re.I)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}


def _numeral(word: str) -> str:
    """An ordinal in one spelling for keys: "third", "III" -> "3rd" (a round's key is the same however it is
    written); any other word as it is."""
    if word.lower() in _ORDINALS:
        n = _ORDINALS.index(word.lower()) + 1
    elif word and set(word) <= _ROMAN.keys():
        values = [_ROMAN[c] for c in word]
        n = sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))
    else:
        return word
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _short_agreement_name(label: str) -> str:
    """The name without its parties: "Agreement between A and B on X" -> "Agreement on X"; "" if none."""
    # the parties are two: "between the Ministry for Europe and Foreign Affairs of A and ... on X" (not "for Europe")
    short = re.sub(r"\s+between\s+.+?\s+and\s+.+?\s+(?=(?:on|to|for|concerning|regarding|in the field of)\s)", " ",
                   label, count=1)
    short = re.sub(r"\s+for up to\s+.*$", "", short)
    # "... on Political Consultations between the Ministry of Foreign Affairs of A and ...": parties at the end
    short = re.sub(r"\s+between\s+(?:the\s+)?[A-Z].*$", "", short)
    if short == label or _GENERIC_DOC.match(short.strip()):
        return ""
    return short

