"""People in a sentence's units: title phrases, the names they introduce, appositions.

Public API: ``PeopleMixin`` (``persons(units)``: records Person mentions with their titles and
what they represent, and title-only mentions such as "the Beninese Foreign Minister"),
mixed into ``kg.extract.mentions``' sentence.
"""
from __future__ import annotations

import re

from .lexicon import outlet_key, phrase_key
from .names import REGNAL as _REGNAL
from .text import fold, initials, slug, tokenize
from .units import Mention, Unit, dedupe as _dedupe

_NAME_TOKEN_BLOCK = re.compile(r"\d")


class PeopleMixin:
    def persons(self, units: list[Unit]) -> None:
        n = len(units)
        k = 0
        last_chain: tuple[str, list[str]] | None = None
        last_end = -1  # where the name of the last titled person ended
        while k < n:
            paired = self._respectively(units, k)
            if paired:
                k = paired
                continue
            chain = self._chain(units, k)
            if chain and self._in_body_name(units, k):
                k = chain[0]  # "at the Office of the Prime Minister, St. Clair": a body's name, no post of anyone
                continue
            if chain:
                c_end, title, reps = chain
                if title and k > 0 and self._foreign_ministry_at(units, k - 1) and " " in units[k - 1].text \
                        and not units[k - 1].text.startswith("Ministr"):
                    title = f"{units[k - 1].text} {title}"  # "Foreign Ministry Undersecretary X": the ministry's post
                elif title and k > 0 and f"{units[k - 1].text} {title}".startswith(self.lex.title_body_heads):
                    title = f"{units[k - 1].text} {title}"  # "European Commissioner for Trade X": the EU's post
                p = c_end
                if p < n and (units[p].cls == "," or (units[p].cls == "h" and units[p].text != "/")):
                    p += 1
                r = self._name_run(units, p, after_title=True)
                if title and r == p + 1 and re.search(r" (?:for|of) ", title) and r + 1 < n and units[r].cls == "," \
                        and self._PORTFOLIO_NOUN.search(units[p].text) and not self._is_known(units, p, r) \
                        and self._name_run(units, r + 1) >= r + 3:
                    title = f"{title} {units[p].text}"  # "Minister for Energy and Green Transition, Emmanuel Ansah"
                    p = r + 1
                    r = self._name_run(units, p, after_title=True)
                if r > p and self.title_case and not self._is_known(units, p, r) and not all(
                        self._is_known_word(u.text) for u in units[p:r]):
                    r = p  # a headline's capitalized verb after a title ("Minister Receives ...") is no name
                if r > p and r < n and units[r].cls == "L":
                    k = r + 1  # "on Queen Elizabeth Highway": a place named for someone, no one's post
                    continue
                if r > p and self._fronted_object(units, k, c_end, r):
                    k = c_end  # "Receiving the Egyptian envoy, Hon. Kamara welcomed him": the envoy is not Kamara
                    continue
                if r > p:
                    titles = [title] if title else []
                    if title and not reps:
                        reps = self._pronoun_owner(units, k)  # "its Secretary General, X", "his country's ambassador"
                    if title and not reps and last_chain and k == last_end + 1 and units[last_end].text == "and" \
                            and last_chain[0] and last_chain[0] != title:
                        # "Chinese Foreign Minister A and Defence Minister B": B holds the other post of A's state
                        reps = [x for x in last_chain[1] if x.startswith("state:")]
                    if title and not reps and (state := self._of_state(units, r) or self._state_in_parens(units, r)
                                               or self._of_state(units, r, "O")):
                        reps = [state]  # "President Cyril Ramaphosa of South Africa", "Minister X (Ghana)", "Director
                        # X of the DFA Office of Asian and Pacific Affairs"
                    apposition = self._apposition(units, r, titled=bool(title))
                    if apposition:
                        titles.append(apposition[1])
                        reps = _dedupe(reps + apposition[2])
                    self._person(units, p, r, titles, reps)
                    last_chain = (title, reps)
                    last_end = r
                    k = apposition[0] if apposition else r
                    continue
                if (second := self._second_post(units, k, c_end)) is not None:
                    # "The OSCE Chairperson-in-Office, Finnish Foreign Minister X,": both posts are X's
                    a2, r2, title2, reps2 = second
                    self._person(units, a2, r2, [t for t in (title, title2) if t], _dedupe(reps + reps2))
                    last_chain = (title2, reps2)
                    k = r2
                    continue
                self._title_only(units, k, c_end, title, reps)
                last_chain = (title, reps)
                k = c_end
                continue
            u = units[k]
            if u.cls in "SD" and not (k > 0 and units[k - 1].text == "of"):  # "Chairman of Kazakh Invest": a body
                p = k + 1
                if p < n and units[p].cls == "h" and units[p].text != "/":
                    p += 1
                r = self._name_run(units, p) if p < n and units[p].cls in "NI" else p
                if r > p and (last_chain or self._is_known(units, p, r) or r - p >= 2) \
                        and not self._in_agreement(units[p].start) \
                        and not (r - p == 1 and r < n and units[r].cls == "s"):  # "the Vietnam People's Army"
                    title = last_chain[0] if last_chain else ""
                    self._person(units, p, r, [title] if title else [], [u.key])
                    k = r
                    continue
            if u.cls in "PC" and self.known_names and k + 1 < n and units[k + 1].cls in "NI":
                r = self._name_run(units, k, after_title=True)
                if r > k + 1 and self._is_known(units, k, r):  # "Sofía Ferreira said ...", named before in full
                    self._person(units, k, r, [], [])
                    k = r
                    continue
            if u.cls in "CW" and self.known_names and self._known_family_name(units, k):
                self._person(units, k, k + 1, [], [])  # "Do said ...": Do Minh Quang, named before in full
                k += 1
                continue
            if u.cls in "NI":
                r = self._name_run(units, k)
                # "the Astana Hub"; "representatives of Mitsubishi and Toyota Tsusho": bodies, unless named before
                if ((k > 0 and units[k - 1].cls == "t") or self._named_by_representatives(units, k)) \
                        and not self._is_known(units, k, r):
                    k = max(k + 1, r)
                    continue
                if r > k > 0 and last_chain and last_chain[0] and units[k - 1].cls in ",a" \
                        and (state := self._of_state(units, r)):
                    # "Foreign Ministers A of Portugal, B of Ghana and C of Chile": each of the list's names
                    self._person(units, k, r, [last_chain[0]], [state])
                    k = r + (3 if units[r + 1].cls == "t" else 2)
                    continue
                if r > k:
                    apposition = self._apposition(units, r)
                    # "Samsung Heavy companies", "Old Treasury Building", "Tsunami Early Warning Systems": a thing's
                    # or a place's name (a plural head: "Hall" and "Park" are surnames too)
                    last = units[r - 1].text.lower()
                    thing = (r < n and (units[r].cls == "L" or (units[r].cls == "l"
                                                                and units[r].text.lower() in self.lex.thing_heads))
                             ) or (last.endswith("s") and last in self.lex.thing_heads)
                    full = r - k >= 2 and all(x.cls in "NI" or x.text.lower() in self.lex.particles
                                              for x in units[k:r]) and sum(x.cls == "N" for x in units[k:r]) >= 2
                    # "presented his credentials at Rashtrapati Bhavan": a place the gazetteer lacks, not a person
                    full = full and not (k > 0 and units[k - 1].text in {"at", "in"}) and not self._address(units, k, r)
                    # "Singha Durbar, Kathmandu" as a line of its own, under a release: an address
                    full = full and not (k == 0 and r + 1 < n and units[r].cls == "," and units[r + 1].cls in "PS"
                                         and (r + 2 == n or units[r + 2].cls == "p"))
                    if full and not self._is_known(units, k, r) and self._after_sidelines(units, k):
                        text = self.unit_text(units, k, r)  # "on the sidelines of the first Sagarmatha Sambaad"
                        self.add("Event", f"event:{slug(text)}", text, text, units[k].start, units[r - 1].end)
                        k = r
                        continue
                    if apposition and not (k > 0 and units[k - 1].text.lower() in {"in", "at"}):
                        end, title, reps = apposition  # (not "In Guadalajara, the Minister was received": a place)
                        self._person(units, k, r, [title], reps)
                        k = end
                        continue
                    elif not self._is_known(units, k, r) and self._media(units, k, r):
                        pass
                    elif self._is_known(units, k, r) or self._initials_of_known(units, k, r) or (
                            full and not thing and not self.title_case and not self._in_agreement(units[k].start)):
                        state = self._state_in_parens(units, r)  # "Kofi Asante (Ghana) and Luis Quispe (Peru)"
                        self._person(units, k, r, [], [state] if state else [])
                    k = r
                    continue
            k += 1

    #: what may follow a person's name as a clause's subject
    _SUBJECT_AFTER = frozenset({",", "said", "says", "was", "is", "and", "also", "added", "noted", "told", "stressed",
                                "briefed", "expressed", "thanked", "welcomed", "invited", "underlined", "emphasized",
                                "emphasised"})

    @staticmethod
    def _pronoun_owner(units: list[Unit], k: int) -> list[str]:
        """What a possessive before the post at ``k`` points to: "(the headquarters of ALADI, where he met) its
        Secretary General" is the body named last before it; "(the Paraguayan minister was accompanied by) his
        country's ambassador" is of the state named last before it."""
        if k >= 1 and units[k - 1].text.lower() == "its":
            body = next((u.key for u in reversed(units[:k - 1]) if u.cls == "O" and u.key), "")
            return [body] if body else []
        if k >= 3 and units[k - 1].cls == "s" and units[k - 2].text.lower() == "country" \
                and units[k - 3].text.lower() in {"his", "her", "their"}:
            state = next((u.key for u in reversed(units[:k - 3]) if u.cls in "SD" and u.key), "")
            return [state] if state else []
        return []

    def _family_name_first(self, units: list[Unit], k: int) -> bool:
        """A common word that is a family name written first, before given names: "Do" of "Ambassador to the
        Philippines Do Minh Chau" starts the holder's name, not the post's last word."""
        return units[k].cls == "C" and units[k].text.lower() in self.lex.family_first and k + 2 < len(units) \
            and units[k + 1].cls == "N" and units[k + 2].cls == "N"

    def _known_family_name(self, units: list[Unit], k: int) -> bool:
        """A family name written first ("Do Minh Quang", "Park Ji-won") that is a common word too, alone as a
        clause's subject after the full name: "Do said", "Do, who is also ..."."""
        w = units[k].text.lower()
        return w in self.lex.family_first and w in self.known_names and k + 1 < len(units) \
            and units[k + 1].text.lower() in self._SUBJECT_AFTER

    #: a clause before the subject whose object is a post: "Receiving the Egyptian envoy, ...", "In his meeting
    #: with the Ghanaian envoy, ..."
    _FRONTED = re.compile(r"(?:[A-Z][a-z]+ing|(?:In|During|At)\s+(?:his|her|their|the)\s+(?:[a-z]+\s+){0,2}?"
                          r"(?:meeting|talks|conversation)\s+with)\s+(?:the\s+)?")

    def _fronted_object(self, units: list[Unit], k: int, c_end: int, r: int) -> bool:
        """Whether the post at ``k`` .. ``c_end`` ends a clause that opens the sentence and the name that ends at
        ``r`` is the subject after it: a comma between them, and a verb right after the name."""
        if not k or r >= len(units) or units[r].cls != "l":
            return False
        comma = next((j for j in range(min(c_end, len(units) - 1), k, -1) if units[j].cls == ","), None)
        return comma is not None and all(self._is_honorific(u) for u in units[comma + 1:c_end]) \
            and bool(self._FRONTED.fullmatch(self.span_text(0, units[k].start) + " "))

    @staticmethod
    def _in_body_name(units: list[Unit], k: int) -> bool:
        """Whether the title at ``k`` is the end of a body's name: "Office of the Prime Minister", "Council of
        Ministers"."""
        if k >= 2 and units[k - 1].text == "of" and units[k - 2].cls == "H":
            head = k - 2
        elif k >= 3 and units[k - 1].cls == "t" and units[k - 2].text == "of" and units[k - 3].cls == "H":
            head = k - 3
        else:
            return False
        # "the Letter of Commission of the High Commissioner of Ghana": a high commissioner's credentials, no body
        return not (units[head].text == "Commission" and head >= 2 and units[head - 1].text == "of"
                    and units[head - 2].text.lower() in {"letter", "letters"})

    def _address(self, units: list[Unit], k: int, r: int) -> bool:
        """Whether the name at ``k`` .. ``r`` ends its sentence after "at <a body>,": the body's address ("talks
        at the Ministry of Foreign Affairs, Singha Durbar."), not a person."""
        if k < 2 or units[k - 1].cls != "," or not (r == len(units) or units[r].cls == "p"):
            return False
        j = k - 2
        while j > 0 and k - j < 12 and units[j].cls in "HOTCota":  # "the Office of the Prime Minister and ..."
            j -= 1
        if units[j].text not in {"at", "in"} or not any(u.cls in "HO" for u in units[j + 1:k - 1]):
            return False
        # "Director-General of the Bureau at Japan's Ministry of Foreign Affairs, X": a post's holder
        before = j - 1
        while before >= 0 and j - before < 15 and units[before].cls not in "l,pN":  # a name ends another's post
            if units[before].cls == "T":
                return False
            before -= 1
        return True

    def _second_post(self, units: list[Unit], k: int, c_end: int) -> tuple[int, int, str, list[str]] | None:
        """After a post with no name at ``k`` .. ``c_end`` that opens its clause ("The AU Chairperson,", "his
        Botswana counterpart,"), a second post ("(the) Minister of Foreign Affairs,") and the name of their one
        holder, closed by a comma or the sentence's end: (name start, name end, second title, its bodies and
        states), or None. A list of posts ("the Minister of Energy, Deputy Minister A and B") is not one holder's."""
        n = len(units)
        opens = k > 0 and ((units[k - 1].cls == "t" and (k == 1 or units[k - 2].cls in ",p"))
                           or units[k - 1].text.lower() in {"his", "her", "their"})  # "his Botswana counterpart,"
        if not (opens and c_end + 1 < n and units[c_end].cls == ","):
            return None
        second = self._chain(units, c_end + 1 + (c_end + 2 < n and units[c_end + 1].cls == "t"))
        if not second or second[0] >= n or units[second[0]].cls != "N":
            return None
        r = self._name_run(units, second[0], after_title=True)
        if r == second[0] or (r < n and units[r].cls not in ",p"):
            return None
        return second[0], r, second[1], second[2]

    def _respectively(self, units: list[Unit], k: int) -> int:
        """Names paired in order with the states of a plural title: "the Foreign Ministers of Chile and
        Peru, A and B (respectively)" or "A and B, Ministers of Foreign Affairs of Chile and Peru". Records
        the people and returns the index after the phrase, or 0 when there is none at ``k``."""
        n = len(units)
        cls = units[k].cls
        if cls in "NI":  # names first: "A and B, (the) Ministers of ..."
            if not any(u.cls == "a" for u in units[k + 2:k + 8]):
                return 0
            names, end = self._name_list(units, k)
            if len(names) >= 2 and end < n and units[end].cls == ",":
                titled = self._plural_title(units, end + 1)
                if titled and len(titled[1]) == len(names):
                    self._pair(units, names, titled[1], titled[2])
                    return titled[0]
            return 0
        j = k + (cls == "t")
        if j >= n or not ((units[j].cls == "T" and units[j].text.endswith("s"))
                          or (units[j].cls == "D" and j + 1 < n and units[j + 1].cls in "a,")):
            return 0  # no plural title, no list of demonyms
        titled = self._plural_title(units, k)
        if titled and titled[0] < n:
            names, end = self._name_list(units, titled[0] + (units[titled[0]].cls == ","))
            if len(names) >= 2 and len(names) == len(titled[1]):
                self._pair(units, names, titled[1], titled[2])
                return end
        return 0

    def _pair(self, units: list[Unit], names: list[tuple[int, int]], states: list[str], title: str) -> None:
        for (a, b), state in zip(names, states):
            self._person(units, a, b, [title], [state])

    def _name_list(self, units: list[Unit], k: int) -> tuple[list[tuple[int, int]], int]:
        """Full names joined by "," and "and" from ``k``: their ranges and the index after the list."""
        names: list[tuple[int, int]] = []
        j = k
        while True:
            r = self._name_run(units, j)
            if r - j < 2:
                break
            names.append((j, r))
            j = r
            if j + 1 < len(units) and units[j].cls in "a," and units[j + 1].cls in "NI":
                j += 1
            elif j + 2 < len(units) and units[j].cls == "," and units[j + 1].cls == "a":
                j += 2
            else:
                break
        end = names[-1][1] if names else k
        return names, end

    def _plural_title(self, units: list[Unit], k: int) -> tuple[int, list[str], str] | None:
        """A plural title at ``k`` and the states it names, in order: "(the) Foreign Ministers (of Foreign
        Affairs) of A and B" or "(the) Chilean and Peruvian foreign ministers" (, respectively) -> (index
        after it, [A, B], "Foreign Minister")."""
        n = len(units)
        j = k + (k < n and units[k].cls == "t")
        states, after = self._state_list(units, j, "D")
        if states:  # "the Chilean and Peruvian foreign ministers"
            head = self._plural_head(units, after)
            if head is None:
                return None
            j, title = head
        else:
            head = self._plural_head(units, j)
            if head is None:
                return None
            j, title = head
            head_end = j
            while j + 1 < n and units[j].cls == "o" and units[j + 1].cls in "CW":  # "of Foreign Affairs"
                j += 1
                while j < n and units[j].cls in "CWa":
                    j += 1
            if j + 1 >= n or units[j].cls != "o":
                return None
            if j > head_end:
                title += " " + self.unit_text(units, head_end, j)
            states, j = self._state_list(units, j + 1, "S")
            if not states:
                return None
        if j + 1 < n and units[j].cls == "," and units[j + 1].text == "respectively":
            j += 2
        elif j < n and units[j].text == "respectively":
            j += 1
        return j, states, title

    def _plural_head(self, units: list[Unit], j: int) -> tuple[int, str] | None:
        """A plural post at ``j`` ("Foreign Ministers", "foreign ministers"): index after it and the singular."""
        n = len(units)
        if j < n and units[j].cls == "T":
            singular = self._singular(units[j].text.split(), self.lex.titles)
            return (j + 1, singular) if singular else None
        size = 0
        while j + size < n and size < 3 and units[j + size].cls == "l":
            size += 1
        for cut in range(size, 0, -1):  # the longest: "foreign ministers" before "ministers"
            singular = self._singular([u.text for u in units[j:j + cut]], self.lex.role_words)
            if singular:
                return j + cut, singular
        return None

    @staticmethod
    def _singular(words: list[str], table: set[tuple[str, ...]]) -> str:
        """The singular of a plural post whose singular is in ``table`` ("Ministers" -> "Minister"), or ""."""
        last = words[-1]
        if not last.endswith("s") or last.endswith("ss"):
            return ""
        head = [*words[:-1], last[:-1]]
        return " ".join(head) if phrase_key(head) in table else ""

    @staticmethod
    def _state_list(units: list[Unit], j: int, cls: str) -> tuple[list[str], int]:
        """Two or more units of class ``cls`` (states, demonyms) joined by "," and "and" from ``j``: their
        keys and the index after the list; ([], j) when there are fewer than two."""
        n = len(units)
        start, keys = j, []
        while j < n:
            if units[j].cls == "t":
                j += 1
            if j < n and units[j].cls == cls:
                keys.append(units[j].key)
                j += 1
            else:
                return [], start
            if j + 1 < n and units[j].cls in "a," and units[j + 1].cls in cls + "t":
                j += 1
            elif j + 2 < n and units[j].cls == "," and units[j + 1].cls == "a":
                j += 2
            else:
                break
        return (keys, j) if len(keys) >= 2 else ([], start)

    _OFFICES = frozenset({"Delegation", "Mission", "Office", "Secretariat"})

    #: a body's offices abroad: "the JICA office in Mongolia", "the EU mission to Georgia"
    _LOCAL_OFFICES = frozenset({"office", "mission", "representation", "delegation", "branch", "bureau"})

    def _chain(self, units: list[Unit], k: int, *, named: bool = False) -> tuple[int, str, list[str]] | None:
        """A title phrase at ``k``: "(State|Demonym ['s])? Title ((of|for|to|in) (the)? X)* (and|– Title ...)*".
        ``named``: the holder was named before the title ("Juan Ruiz, Chairman of Banco Santander"), so the
        names after "of" are a body's, not the holder's."""
        n = len(units)
        reps: list[str] = []
        j = k
        while j < n and units[j].cls in "SDO" and j + 1 < n and (
                units[j + 1].cls in "T"
                or (units[j + 1].cls == "s" and units[self._past_newly(units, j + 2)].cls == "T")
                or units[j + 1].cls in "SDO"):
            reps.append(units[j].key)
            j += 1
            if j < n and units[j].cls == "s":
                j = self._past_newly(units, j + 1)  # "Peru's newly appointed Ambassador X"
        if j >= n or units[j].cls != "T":
            return None
        title_start = j
        cut: int | None = None
        aside: int | None = None
        j += 1
        while j < n:
            u = units[j]
            low = u.text.lower()
            if low == "in" and j + 2 < n and units[j + 1].text == "charge" and units[j + 2].text == "of":
                j += 2  # "Minister of State in charge of Regional Cooperation": the portfolio goes on after "of"
                continue
            if u.cls == "l" and low in self._LOCAL_OFFICES and units[j - 1].cls in "O)" and j + 2 < n \
                    and units[j + 1].text in {"in", "to"} and units[j + 2].cls in "SP":
                j += 3  # "Head of the JICA office in Mongolia X": the body's office there; where, not whose
                continue
            if low == "accredited" and j + 1 < n and units[j + 1].text == "to" and units[j - 1].cls in "SDO":
                j += 1  # "Ambassador of Qatar accredited to the Dominican Republic": the host, as after "to"
                continue
            if u.cls == "," and j + 2 < n and units[j + 1].cls == "O" and units[j + 2].cls == "," \
                    and (state := self._government_state(units[j + 1].key)):
                reps.append(state)  # "Minister of State for Commerce and Industry, Government of India, X": the state's
                j += 2
                continue
            if u.cls == "," and (end := self._host_list(units, j)):
                j = end  # "Ambassador of the Philippines to Belgium, Luxembourg and the European Union, X"
                continue
            bare_aside = low in {"with", "resident", "residing", "concurrently"} and units[j - 1].cls in "SP"
            if (u.cls == "," or bare_aside) and (close := self._host_aside(units, j if u.cls == "," else j - 1)):
                aside = j if aside is None else aside  # "..., concurrent to Uruguay, X": another host; the
                j = close  # post ends before it ("... to Bhutan with residence in Dhaka, X" too)
                continue
            if low in {"at", "of", "in"} and j + 3 < n and units[j + 1].cls == "S" and units[j + 2].cls == "s" \
                    and units[j + 3].cls == "O":
                reps += [units[j + 1].key, units[j + 3].key]  # "Secretary (West) at India's Ministry of External
                j += 4  # Affairs": the state's body
                continue
            if u.cls in "of" and (low in {"of", "for", "to", "in", "on"} or (
                    # "Permanent Secretary within the Ministry ...", "... at Global Affairs Canada": the body
                    low in {"at", "within"} and j + 2 < n and units[j + 1].cls == "t" and units[j + 2].cls in "HO") or (
                    low == "at" and j + 1 < n and units[j + 1].cls == "O") or (
                    low == "with" and (units[j - 1].text.endswith("Negotiator")
                                       or units[j - 1].text == "Cooperation"))):
                # "Chief Negotiator with the EU", "Minister Delegate ... in charge of Cooperation with the Commonwealth"
                c = j + 1
                if c < n and units[c].cls == "t":
                    c += 1
                d = c
                if c + 2 < n and units[c].cls == "T" and units[c + 1].cls == "t" and units[c + 2].cls == "T" \
                        and self._is_honorific(units[c]):
                    j = c + 3  # "Ambassador of His Majesty the King in Abuja": the sovereign the envoy is of
                    continue
                if c + 2 < n and units[c].cls in "NO" and units[c].text.isupper() and units[c + 1].cls == "h" \
                        and units[c + 2].cls == "O":
                    c += 2  # "President of ITA – Italian Trade Agency": the body's acronym, then its name
                    d = c
                e = c
                while e < n and e - c < 12 and (units[e].cls in "NCWRHaS" or (
                        units[e].cls in "lft" and e > c and units[c].cls in "NCWH")):
                    e += 1
                if e > c and self._acronym_at(units, e) and units[e - 1].cls not in "alft" \
                        and not all(u.cls == "S" for u in units[c:e]):  # "President of the Republic of X (ISRS)"
                    text = self.unit_text(units, c, e)
                    key = f"org:{slug(text)}"
                    label = text
                    body = self.add("Organization", key, text, label, units[c].start, units[e - 1].end)
                    body.attrs["acronym"] = units[e + 1].text  # "President of the Sociedad de Fomento Fabril (SOFOFA)"
                    self.acronyms[units[e + 1].text] = ("Organization", key, label)
                    self.new_acronyms[units[e + 1].text] = key
                    reps.append(key)
                    j = e + 3
                    continue
                demonym_body = low == "of" and c + 1 < n and units[c].cls == "D" and units[c + 1].cls == "N"
                named_body = named and low == "of" and c == j + 1 and c < n and units[c].cls == "N"
                # "the CEO of Ansaldo Energia, Marco Rossi": a company's office, then its holder's name;
                # "Vice Minister of Human Mobility, Esteban Guerrero": a portfolio, then the holder's name
                holder_after = low in {"of", "for"} and c == j + 1 and j == title_start + 1 and c < n \
                    and units[c].cls == "N" and self._holder_after_body(units, c)
                if holder_after and units[title_start].text not in self.lex.body_office_titles:
                    j = next(e for e in range(c, n) if units[e].cls != "N")
                    continue
                named_body = named_body or holder_after
                if (c > j + 1 and units[c - 1].cls == "t" and c < n and units[c].cls == "N") or demonym_body \
                        or named_body:
                    e = c + 1 if demonym_body else c  # "Chairman of Kazakh Invest": "of" a demonym is a body's
                    while e < n and units[e].cls == "N":
                        e += 1
                    ends = e == n or units[e].cls in "o(,p" if demonym_body or named_body \
                        else e < n and units[e].cls in "o(,"
                    if ends:
                        text = self.unit_text(units, c, e)
                        key = f"org:{slug(text)}"
                        self.add("Organization", key, text, text, units[c].start, units[e - 1].end)
                        reps.append(key)
                        j = e
                        continue
                while d < n and ((units[d].cls in "SDOPRVCWHE" and not self._family_name_first(units, d)
                                  and not self._given_name_place(units, c, d)) or (
                        units[d].cls == "a" and d + 1 < n and units[d + 1].cls in "CWH") or (
                        # "Director of Asia and Oceania of the Ministry ...": two regions, one portfolio
                        units[d].cls == "a" and d > c and units[d - 1].cls == "R" and d + 1 < n
                        and units[d + 1].cls == "R") or (
                        # "for Bilateral Relations and ASEAN Affairs", "of Foreign and European Affairs"
                        units[d].cls == "a" and d + 2 < n and units[d + 1].cls in "SDOR"
                        and units[d + 2].cls == "C") or (
                        # (not "... to Antigua and Barbuda to the Governor-General": whom the post was presented to)
                        d == c and units[d].cls == "T" and (
                            low == "of" or (low == "to" and units[j - 1].cls != "S"))) or (
                        # "Special Envoy of the President of ..."; "Ambassador-at-Large for Counterterrorism of ..."
                        d == c and units[d].cls == "N" and d + 1 < n and units[d + 1].text == "of") or (
                        # "Honorary Consul of Peru in Kumasi Luis Quispe": a city the gazetteer lacks, then the name
                        d == c and low == "in" and d + 2 < n and all(u.cls == "N" for u in units[d:d + 3])) or (
                        units[d].cls == "a" and d + 2 < n and units[d + 1].cls == "t" and units[d + 2].cls in "RSP")):
                    if units[d].cls == "a" and units[d + 1].cls == "t":
                        d += 1  # "for Asia and the Pacific"
                    portfolio = d + 1 < n and units[d + 1].cls == "C" and units[d + 1].text not in self._OFFICES
                    # "ASEAN Affairs": a field, not the body; "EU Delegation" is the body's
                    # "Permanent Secretary in Tanzania's Ministry of ...": the body the post is in
                    if units[d].cls in "SDO" and not portfolio and (
                            low in {"of", "at"} or (low in {"for", "in", "within"} and units[d].cls == "O")):
                        reps.append(units[d].key)
                    d += 1
                    if units[d - 1].cls in "SDOP" and not portfolio:
                        if units[d - 1].cls == "O" and d < n and units[d].cls in "HC" \
                                and units[d].text in self._OFFICES:
                            d += 1  # "Head of the EU Delegation to Ghana": the body's office, then its place
                        break
                if d == c:
                    break
                j = d
            elif u.cls == "(" and (close := next((c for c in range(j + 2, min(n, j + 8)) if units[c].cls in "()"), 0)) \
                    and units[close].cls == ")" and close > j + 2 and close + 2 < n and units[close + 1].cls == "," \
                    and units[close + 2].cls == "O" and all(x.cls in "RCWaSD" for x in units[j + 1:close]):
                j = close + 1  # "Joint Secretary (Latin America & Caribbean), Ministry of External Affairs": its body
            elif u.cls == "(" and j + 2 < n and units[j + 2].cls == ")":
                if body := self._ministry_acronym(units, title_start, j):
                    reps.append(body)
                j += 3
            elif u.cls == "(" and (close := next((c for c in range(j + 2, min(n, j + 9)) if units[c].cls in "()"),
                                                 0)) and units[close].cls == ")" and close + 1 < n \
                    and units[close + 1].cls == "N":
                j = close + 1  # "Ambassador of Ghana to Armenia (residence in Moscow) X": an aside in the post
            elif u.cls == "," and j + 1 < n and units[j + 1].cls == "O" and units[j - 1].cls in "T)R" and (
                    j + 2 == n or units[j + 2].cls in ",p" or units[j + 2].text in {"while", "and"}) \
                    and not self._portfolios(units, j):  # not ", European Union and Cooperation, X"
                reps.append(units[j + 1].key)  # "Secretary (West), Ministry of External Affairs, ...": its body
                break
            elif u.cls == "q" and j + 2 < n and units[j + 2].cls == "q" and units[j + 1].cls in "ONC":
                if units[j + 1].cls == "O":
                    reps.append(units[j + 1].key)
                j += 3
            elif u.cls == "," and j + 2 < n and units[j + 1].cls == "t" and units[j + 2].cls == "T" \
                    and self._is_honorific(units[j + 2]):
                cut = j if cut is None else cut  # "Minister of ..., the Honourable Dr. X": the post ends at the comma
                j += 2
            elif u.cls in "ha," and j + 1 < n and units[j + 1].cls == "T":
                if u.cls == "a" and title_start > 0 and units[title_start - 1].cls == "t" and j + 2 < n \
                        and units[j + 2].cls == "N" and " " not in units[j + 1].text \
                        and not self._is_honorific(units[j + 1]):
                    break  # "The Foreign Secretary and Minister Quispe signed": two people, not one post
                if u.cls == "a" and named and j + 2 < n and units[j + 2].cls in "NI" \
                        and not self._is_honorific(units[j + 1]):
                    break  # "A, Deputy Governor of the BOT and Deputy Governor B": B's post, not more of A's
                if u.cls == "," and units[j - 1].text[:1].islower() and not self._is_honorific(units[j + 1]):
                    break  # "With the Kazakh ambassador, President X said": a post in lowercase is no title of X
                if u.cls == "," and cut is None and (self._is_honorific(units[j + 1]) or (
                        " " not in units[j + 1].text and j + 2 < n and units[j + 2].cls == "N")):
                    cut = j  # "Commissioner ... (AUC), H.E. Ambassador X", "Head of ..., Ambassador X": the post is
                    # the part before the comma
                j += 1
            elif u.cls == "," and (end := self._portfolios(units, j)):
                j = end
            elif u.cls == "t" and units[j - 1].cls == "T" and self._is_honorific(units[j - 1]) and j + 1 < n \
                    and units[j + 1].cls == "T" and self._is_honorific(units[j + 1]):
                j += 1  # "Her Excellency the Most Hon. Dame X"
            elif u.cls == "T":
                if cut is None and units[j - 1].cls in "SDOP" and " " not in u.text and j + 1 < n \
                        and units[j + 1].cls == "N":
                    cut = j  # "Foreign Minister of Tanzania Ambassador X": the post ends at its state
                j += 1
            elif u.cls == "a" and units[j - 1].cls == "T" and (end := self._named_portfolio(units, j + 1)):
                j = end  # "Minister of Foreign Affairs and Human Mobility of the Republic of Ecuador"
            elif u.cls == "a" and j + 2 < n and units[j + 1].cls in "C" and units[j + 2].cls == "T":
                j += 1
            elif u.cls == "a" and j + 1 < n and units[j - 1].cls == "S" and units[j + 1].cls == "S" \
                    and units[j - 2].text == "to":
                j += 2  # "Ambassador of Azerbaijan to Mexico and Panama (concurrently) X": two hosts
            elif u.cls == "a" and j + 3 < n and units[j + 1].cls in "OS" and units[j + 2].cls == "T" \
                    and units[j + 3].cls == "," and units[j - 1].cls in "SO" and not self._is_honorific(units[j + 2]):
                reps.append(units[j + 1].key)  # "Minister for Foreign Affairs of Finland and OSCE Chairperson-in-
                j += 2  # Office, X": two posts of one person (without the comma, "... and OSCE Secretary General X"
                # is another person)
            elif u.cls == "a" and j + 1 < n and (units[j + 1].cls in "CW" or (  # "... and East African Cooperation"
                    units[j + 1].cls == "R" and j + 2 < n and units[j + 2].cls in "CW")) and units[j - 1].cls in "TCW":
                j += 2
                while j < n and units[j].cls in "CW":
                    j += 1
            else:
                break
        while title_start < j and self._is_honorific(units[title_start]):
            title_start += 1  # "His Excellency Mr." is no post
        end = j if cut is None or not any(u.cls == "T" and not self._is_honorific(u) for u in units[cut:j]) else cut
        end = end if aside is None else min(end, aside)
        while end > title_start and (units[end - 1].cls in ",hat" or self._is_honorific(units[end - 1])):
            end -= 1  # "Chairperson of the Commission, H.E.": the honorific and the comma before it
        if title_start == end:
            return j, "", _dedupe(reps)
        title = self.unit_text(units, title_start, end)
        title = re.sub(r"^the\s+", "", re.sub(r"\s*\([^)]*\)", "", title))
        return j, title, _dedupe(reps)

    def _government_state(self, key: str) -> str:
        """The state whose government ``key`` is ("org:government-in": India's), or ""."""
        head, _, iso = key.rpartition("-")
        state = f"state:{iso}"
        return state if head == "org:government" and state in self.lex.entries else ""

    @staticmethod
    def _host_list(units: list[Unit], j: int) -> int:
        """At the comma ``j`` after "to <state>": the end of a list of more hosts that goes on to "and (the)
        <state or body>" and ends at a comma or the sentence's end (0 if none)."""
        n = len(units)
        before = j - 2 if j >= 2 and units[j - 2].cls != "t" else j - 3
        if not (units[j - 1].cls in "SO" and before >= 0 and units[before].text == "to"):
            return 0
        k = j + 1
        while k + 1 < n and units[k].cls in "SO" and units[k + 1].cls == ",":
            k += 2
        if k + 1 < n and units[k].cls in "SO" and units[k + 1].cls == "a":
            k += 1
        if k > j + 1 and k < n and units[k].cls == "a":
            k += 1
            if k < n and units[k].cls == "t":
                k += 1
            if k < n and units[k].cls in "SO" and (k + 1 == n or units[k + 1].cls in ",p"):
                return k + 1
        return 0

    @staticmethod
    def _host_aside(units: list[Unit], j: int) -> int:
        """At the comma ``j`` (or the state or place before the aside, when no comma opens it): the comma that
        closes ", concurrent(ly accredited) to (the) <state>," or ", (also) (with residence | resident) in <place>,"
        (0 if none)."""
        n = len(units)
        c = j + 1
        if c < n and units[c].text == "also":
            c += 1
        words = [u.text.lower() for u in units[c:c + 2]]
        if words[:1] and words[0] in {"resident", "residing", "based", "non-resident"}:
            c += 1
            places = "SPa,"
        elif words == ["with", "residence"]:
            c += 2
            places = "SPa,"
        elif words[:1] and words[0] in {"concurrent", "concurrently"}:
            c += 1
            if c < n and units[c].text == "accredited":
                c += 1
            places = "Sa,"
        else:
            return 0
        if c < n and units[c].text in ("to", "in"):
            c += 1
        if c < n and units[c].cls == "t":
            c += 1
        while c < n and units[c].cls in places:
            c += 1  # "concurrently accredited to Ghana, Togo and Benin,"
        return c if c - 1 > j + 2 and units[c - 1].cls == "," else 0

    _REPRESENTATIVES = {"representatives", "representative", "executives", "management", "leadership", "heads",
                        "members", "staff", "employees", "shareholders"}

    def _named_by_representatives(self, units: list[Unit], k: int) -> bool:
        """The untitled name at ``k`` is one of the bodies in "representatives of A, B and C": companies and
        the like, not people."""
        j = k - 1
        while j > 0 and units[j].cls in "ONCa,t":
            j -= 1
        return j > 0 and units[j].text == "of" and units[j - 1].text.lower() in self._REPRESENTATIVES

    def _is_honorific(self, unit: Unit) -> bool:
        return phrase_key([t.text for t in tokenize(unit.text.rstrip("."))]) in self.lex.honorifics

    @staticmethod
    def _portfolios(units: list[Unit], j: int) -> int:
        """The end of ", African Cooperation and Moroccan Expatriates," or ", European Union and Cooperation,"
        after "Minister of Foreign Affairs":
        more portfolios of one title, before the comma that leads to the holder's name or ends the
        apposition, or before the body's "of" (0 when there are none)."""
        e = j + 1
        if e + 1 < len(units) and units[e].cls == "t" and units[e + 1].cls in "CWR":
            e += 1  # ", the National Community Abroad and African Affairs of Algeria"
        while e < len(units) and (units[e].cls in "CWRDO" or (units[e].cls == "a" and e > j + 1) or (
                # ", Foreign Trade, Investment and Fisheries,": a comma inside the list
                units[e].cls == "," and e > j + 1 and e + 1 < len(units) and units[e + 1].cls in "CW") or (
                # "National Community Abroad": a word the lexicon does not know between two it does
                # "Cooperation and Nigeriens Abroad": a demonym the lexicon does not know, with its word after it
                units[e].cls == "N" and units[e - 1].cls in "CWa" and e + 1 < len(units) and units[e + 1].cls in "CW")):
            e += 1
        listed = any(u.cls == "a" for u in units[j + 1:e]) and units[e - 1].cls != "a"
        holder = e + 1 < len(units) and units[e].cls == "," and (units[e + 1].cls in "NT" or (
            units[e + 1].cls == "t" and e + 2 < len(units) and units[e + 2].cls == "T"))  # ", the Honourable X"
        closed = e == len(units) or units[e].cls == "p" or (
            units[e].cls == "," and j >= 2 and units[j - 2].cls == ",")  # "Mr X, Minister of A, B and C, in ..."
        more = e < len(units) and (units[e].cls == "(" or units[e].text == "of" or (  # "... and Security (PAPS) of"
            # "for Asia, Pacific and African Affairs at the Ministry of ...": the body the post is at
            units[e].text == "at" and e + 1 < len(units) and (units[e + 1].cls in "HO" or (
                units[e + 1].cls == "t" and e + 2 < len(units) and units[e + 2].cls in "HO"))))
        named = e < len(units) and units[e].cls == "N"  # "..., African Cooperation and Moroccan Expatriates Y B"
        return e if listed and (holder or closed or more or named) else 0

    _MINISTER_OF = re.compile(r"(?:(?:Deputy|Vice|Senior|Acting|First)\s+)*Minister\s+(?:of|for)\s+(?P<portfolio>.+)$")

    def _ministry_acronym(self, units: list[Unit], t: int, j: int) -> str:
        """"Minister of Investment, Trade and Industry (MITI)": an acronym after a minister's portfolio that spells
        "Ministry of" and the portfolio names the ministry; its key ("" when the letters do not fit)."""
        acr = units[j + 1].text
        post = self._MINISTER_OF.match(self.unit_text(units, t, j))
        if not post or not acr.isupper() or not acr.isalpha():
            return ""
        portfolio = post["portfolio"]
        if "M" + initials(portfolio) != acr:
            return ""
        name = f"Ministry of {portfolio}"
        key = f"org:{slug(name)}"
        self.add("Organization", key, acr, name, units[j + 1].start, units[j + 1].end)
        self.acronyms[acr] = ("Organization", key, name)
        self.new_acronyms[acr] = key
        return key

    @staticmethod
    def _given_name_place(units: list[Unit], c: int, d: int) -> bool:
        """A city's name after a portfolio and before a name is a given name: "Minister of Foreign Affairs Florence
        Atieno Odhiambo" (not "Minister of Foreign Affairs of Kenya", nor "Mayor of Florence")."""
        return units[d].cls == "P" and d > c and units[d - 1].cls in "CWH" and d + 1 < len(units) \
            and units[d + 1].cls == "N"

    def _name_run(self, units: list[Unit], k: int, *, after_title: bool = False) -> int:
        """End of the person's name at ``k``; after a title a first name may be a common word ("Mark")."""
        n = len(units)
        j = k
        honorific_last = False
        while j < n:
            u = units[j]
            if j > k and u.text.rstrip(".") in self.lex.post_nominals:
                break
            if u.cls in "NI":
                j += 1
            elif u.cls == "p" and u.text == "." and j > k and units[j - 1].cls == "I":
                j += 1
            elif u.cls in ("CP" if j == k and after_title else "C") and (j > k or after_title) and j + 1 < n \
                    and units[j + 1].cls == "N" and not (j > k and u.text.endswith("s")):
                # "Minister Mark Rutte"; "Minister of Peru Sofia Ortiz" (not a headline's "Consul General Okabe
                # Visits Oklahoma")
                j += 1
            elif u.cls == "T" and j > k and units[j - 1].cls == "N" and " " not in u.text and u.text[-1:] != "." \
                    and (j + 1 == n or units[j + 1].cls not in "NIT") and self._is_honorific(u):
                j += 1  # "Major General Luu Duc Tuan, Director": a name's last part that is also an honorific
                honorific_last = True
                break
            elif u.cls == "l" and u.text.lower() in self.lex.particles and j > k \
                    and self._particles_then_name(units, j):
                j += 1  # "von der Leyen"
            elif u.cls == "l" and u.text.lower() in self.lex.name_suffixes and j > k and units[j - 1].cls == "N":
                j += 1  # "Nurlanbek Turgunbek uulu"
            elif after_title and u.cls == "X" and j > k and units[j - 1].cls == "N" and _REGNAL.fullmatch(u.text):
                j += 1  # "King Abdullah II", "Pope Leo XIV": the regnal number is part of the name
                break
            elif u.cls == "C" and j > k and units[j - 1].cls == "N" and self._is_known_word(u.text):
                j += 1
            elif u.cls in "PS" and j > k and units[j - 1].cls == "N" and j + 1 < n and units[j + 1].cls == "N" \
                    and " " not in u.text:
                j += 1  # "Laura Sofía Arboleda": a city's name between two names is one of them
            elif after_title and u.cls in "CRPS" and j > k and units[j - 1].cls == "N" and (
                    j + 1 == n or units[j + 1].cls in ",palf" or (units[j + 1].cls == "o" and j + 2 < n
                                                                and units[j + 2].cls in "St")):
                j += 1
                break  # "..., Catherine West, visited": a surname that is also a word, after a title
            else:
                break
        while not honorific_last and j > k and units[j - 1].cls not in "N" \
                and not (after_title and units[j - 1].cls in "CRPS" and j - 1 > k) \
                and units[j - 1].text.lower() not in self.lex.name_suffixes \
                and not (after_title and units[j - 1].cls == "X" and _REGNAL.fullmatch(units[j - 1].text)):
            j -= 1
        if j > k and any(_NAME_TOKEN_BLOCK.search(u.text) for u in units[k:j]):
            return k
        return j

    @staticmethod
    def _of_state(units: list[Unit], r: int, cls: str = "S") -> str:
        """The key of the state (with ``cls`` "O", the body) in "of (the) <state>" right after a name, or ""."""
        j = r + 1
        if j < len(units) and units[j].cls == "t":
            j += 1
        if r < len(units) and units[r].text == "of" and j < len(units) and units[j].cls == cls:
            return units[j].key or ""
        return ""

    @staticmethod
    def _named_portfolio(units: list[Unit], k: int) -> int:
        """The end of the capitalized words at ``k`` when "of (the) <state or body>" follows them, or 0."""
        e = k
        while e < len(units) and units[e].cls == "N":
            e += 1
        f = e + 1 + (e + 1 < len(units) and units[e + 1].cls == "t")
        if e > k and e < len(units) and units[e].text == "of" and f < len(units) and units[f].cls in "SO":
            return e
        return 0

    @staticmethod
    def _state_in_parens(units: list[Unit], r: int) -> str:
        """The key of the state in "(<state>)" right after a name, or ""."""
        if r + 2 < len(units) and units[r].cls == "(" and units[r + 1].cls == "S" and units[r + 2].cls == ")":
            return units[r + 1].key
        return ""

    def _particles_then_name(self, units: list[Unit], j: int) -> bool:
        while j < len(units) and units[j].cls == "l" and units[j].text.lower() in self.lex.particles:
            j += 1
        return j < len(units) and units[j].cls == "N"

    def _in_agreement(self, token: int) -> bool:
        return any(a <= token < b for a, b in getattr(self, "agreement_tokens", []))

    def _is_known_word(self, word: str) -> bool:
        return word.lower() in self.known_names

    def _is_known(self, units, a, b) -> bool:
        name = " ".join(u.text for u in units[a:b]).lower()
        return name in self.known_names or (b - a == 1 and fold(name) in self.known_names)

    def _holder_after_body(self, units: list[Unit], c: int) -> bool:
        """After "<post> of", names at ``c``, a comma and a full name: the first names are not the holder's
        ("the CEO of Ansaldo Energia, Marco Rossi"; "Vice Minister of Human Mobility, Esteban Guerrero")."""
        e = c
        while e < len(units) and units[e].cls == "N":
            e += 1
        return e + 2 < len(units) and units[e].cls == "," and units[e + 1].cls == "N" \
            and self._name_run(units, e + 1, after_title=True) >= e + 3

    def _apposition(self, units, r, *, titled: bool = False):
        """A title after the name: "Sergey Lavrov, Russia's Foreign Minister"; "Wang Yi as the Minister".
        ``titled``: the name has a title before it, so in "President A, the Prime Minister of X, B" the
        second title is B's, as the first is A's."""
        if r < len(units) and units[r].text in {"presented", "presents"}:
            # "X presented his Letters of Credence as Ambassador of Saudi Arabia to Y": the post is X's
            at = next((i for i in range(r + 1, min(len(units), r + 9)) if units[i].text == "as"), 0)
            if at and all(u.cls in "lotN" for u in units[r + 1:at]):
                r = at
        if r + 1 < len(units) and (units[r].cls == "," or units[r].text == "as"):
            j = r + 1
            if units[j].cls == "t" or units[j].text in {"a", "an"}:
                j += 1  # "X, a member of the House of Councillors of Japan"
            # "Pedro Soto, the newly appointed Ambassador of Senegal", "X, newly appointed Ambassador of Y"
            j = self._past_newly(units, j)
            chain = self._chain(units, j, named=True)
            if not chain:
                return None
            if chain[1].lower().endswith(("counterpart", "counterparts")) and units[r + 1].cls in "SD":
                return None  # "Rawabdeh, Portuguese counterpart discuss Gaza": the two of them, in a headline
            if units[r].cls == "," and chain[0] < len(units) and units[chain[0]].text in self._HEADLINE_VERBS:
                return None  # "Tarawneh, Japanese State Minister discuss ties": so too with any post
            if titled and units[r].cls == "," and chain[0] < len(units) and units[chain[0]].cls == "l" \
                    and units[chain[0]].text not in {"and", "or"}:
                return None  # "With the Speaker of X, Mr. A, the IPU President discussed ...": a new subject
            after = chain[0] + (titled and chain[0] < len(units) and units[chain[0]].cls == ",")
            if not (after < len(units) and units[after].cls in "NI"
                    and self._name_run(units, after, after_title=True) > after):
                return chain  # not "A, Prime Minister B": that title is B's
        return None

    #: a headline's verb after two subjects ("A, B discuss"): the plural, so the comma joins two people
    _HEADLINE_VERBS = frozenset({"discuss", "hold", "meet", "sign", "review", "agree", "explore", "mull", "talk",
                                 "stress", "affirm", "reaffirm", "underline", "examine", "exchange", "vow", "pledge"})

    def _initials_of_known(self, units: list[Unit], k: int, r: int) -> bool:
        """"J. Nazarzoda", "N.T. Abdykadyrov": initials, then a surname the article named in full."""
        return r - k >= 2 and units[r - 1].cls == "N" and all(x.cls in "Ip" for x in units[k:r - 1]) \
            and units[k].cls == "I" and self._is_known(units, r - 1, r)

    @staticmethod
    def _after_sidelines(units: list[Unit], k: int) -> bool:
        """Whether the words at ``k`` follow "on the sidelines (margins) of the (first)": they name an event."""
        j = k - 1
        if j >= 0 and units[j].cls == "X":
            j -= 1
        if j >= 0 and units[j].cls == "t":
            j -= 1
        return j >= 1 and units[j].text == "of" and units[j - 1].text.lower() in {"sidelines", "margins", "margin"}

    def _past_newly(self, units: list[Unit], j: int) -> int:
        """The index after "newly appointed" and such words at ``j`` (``j`` itself when there are none), at most the
        last unit."""
        while j < len(units) - 1 and units[j].cls == "l" and units[j].text in self._NEWLY:
            j += 1
        return min(j, len(units) - 1)

    #: lowercase words between "the" and a post that still name it the holder's: "the new Ambassador"
    _NEWLY = frozenset({"new", "newly", "appointed", "accredited", "designated", "elected", "incoming", "current"})

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

    #: a field's noun, no one's name: "Transition", "Development", "Security", "Governance", "Tourism"
    _PORTFOLIO_NOUN = re.compile(r"(?:tion|sion|ment|ity|ance|ence|ism|ure|ics|ness|ship)$")

    def _person(self, units, a, b, titles, reps) -> None:
        if not any(r.startswith("state:") for r in reps):
            # "Minister of Foreign Affairs, African Integration and Ivorians Abroad": the post names its state
            reps = _dedupe([*reps, *filter(None, map(self._citizens_state, titles))])
        if any(t and t.startswith(self.lex.title_body_heads) for t in titles):
            reps = _dedupe([*reps, *(key for t in titles if t for head, key in self.lex.title_bodies.items()
                                     if t.startswith(head))])
        text = self.unit_text(units, a, b)
        if not titles and (outlet_key(text) in self.lex.outlet_names or text.split()[0] in self.lex.place_prefixes):
            return  # "Rome, June 17 (Agenzia Nova) -", "at Village Urugwiro": a news outlet's name, a place's
        text = re.sub(r"\s*\.\s*(?=\S)", ". ", text) if re.search(r"\b[A-Z][a-z]?\.\s", text) else text
        m = Mention("Person", "", text, text, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end, role="full" if b - a >= 2 else "short",
                    titles=[t for t in titles if t and self._is_post(t)], represents=list(reps))
        self.mentions.append(m)

    _CITIZENS_ABROAD = re.compile(r"([A-Z][\w'’-]+)\s+(?:Abroad|Expatriates|Diaspora)\b")

    def _citizens_state(self, title: str) -> str:
        """The state whose citizens abroad a post looks after ("... and Ivorians Abroad": Côte d'Ivoire), or ""."""
        found = self._CITIZENS_ABROAD.search(title or "")
        hits = self.lex.phrases.get(phrase_key([found.group(1)]), ()) if found else ()
        return next((h.key for h in hits if h.role == "demonym"), "")

    def _is_post(self, title: str) -> bool:
        """A title worth keeping as a post: not an honorific ("Mr.") or a relation ("counterpart")."""
        key = phrase_key([t.text for t in tokenize(title.rstrip("."))])
        return key not in self.lex.honorifics and key[-1:] not in {("counterpart",), ("colleague",), ("colleagues",)}

    def _title_only(self, units, a, b, title, reps) -> None:
        m = Mention("Title", "", self.unit_text(units, a, b), title, self.tokens[units[a].start].start,
                    self.tokens[units[b - 1].end - 1].end, titles=[title], represents=list(reps))
        self.mentions.append(m)

