"""Extraction of one article: mentions -> entities, relations and meetings.

Public API: ``extract(article, lexicon=None) -> ArticleFacts``.

Within the article, people are resolved (surname-only and title-only mentions,
transliteration variants), acronyms defined in parentheses are remembered, and
each sentence that reports a meeting or a signing yields a dated ``Meeting``
with its participants and the typed edges between them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..model import Article, ArticleFacts, Entity, Meeting, Relation
from .bodies import _FOREIGN_MINISTRY_NAME
from .lexicon import GazetteerEntry, Lexicon, load_lexicon, phrase_key
from .mentions import Mention, find_mentions
from .names import NameIndex
from .text import initials, sentences, slug, tokenize
from .units import _ORDINAL, _ORDINAL_WORDS, dedupe as _dedupe


@dataclass
class _Sent:
    index: int
    text: str
    mentions: list[Mention]
    persons: list[tuple[Mention, str]] = field(default_factory=list)  # (mention, person key)


def extract(article: Article, lexicon: Lexicon | None = None) -> ArticleFacts:
    lex = lexicon or load_lexicon()
    return _ArticleExtractor(article, lex).run()


_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant)\b")
_FOREIGN_MINISTER = re.compile(r"minister (?:of|for) foreign affairs|foreign affairs minister")
_UP, _LOW = "A-ZÀ-ÖØ-ÞĀ-Ž", "a-zß-öø-ÿā-ž"  # Latin letters with their accents ("Sjöberg", "Hrubešová")
_NAME_LINE = re.compile(rf"(?:[{_UP}][{_LOW}]+(?:[-'’][{_UP}]?[{_LOW}]+)*\s+){{1,4}}[{_UP}][{_LOW}]+"
                        rf"(?:[-'’][{_UP}]?[{_LOW}]+)*")


#: a wire's editor initials under a story ("/NZ/", "/DT/VE/"): no state, no body
_EDITOR_TAG = re.compile(r"^\s*/[A-Z]{1,4}(?:/[A-Z]{1,4})*/\s*$")


def _signature_blocks(lines: list[str], lex: Lexicon) -> list[str]:
    """A release's signature, a name alone on its line with the post and the body on the next lines
    ("Kofi Mensah" / "Spokesperson" / "Ministry of Foreign Affairs"), is read as one sentence: "Kofi
    Mensah, Spokesperson of the Ministry of Foreign Affairs"."""
    out: list[str] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        post = lines[k + 1] if k + 1 < len(lines) else ""
        words = tokenize(post) if post[-1:].isalpha() and _NAME_LINE.fullmatch(line) else []  # most lines: no
        if 0 < len(words) <= 16 and phrase_key([words[0].text]) not in lex.honorifics and (
                lex.longest(lex.titles, words, 0) > 0  # "Spokesperson", "Public Relations Officer": a post
                or any(lex.longest(lex.titles, words, i) == len(words) for i in range(1, min(len(words), 4)))):
            body = lines[k + 2] if k + 2 < len(lines) else ""
            body_words = tokenize(body)
            if 0 < len(body_words) <= 8 and body[-1:].isalpha() and lex.longest(lex.org_heads, body_words, 0) > 0:
                out.append(f"{line}, {post} of the {body}")
                k += 3
            else:
                out.append(f"{line}, {post}")
                k += 2
            continue
        out.append(line)
        k += 1
    return out


@lru_cache(maxsize=1024)
def _source_mentions(text: str, lex: Lexicon) -> tuple[Mention, ...]:
    """The mentions of a source line or a wire's tag, read once: the same few strings head thousands of articles
    (callers only read them)."""
    return tuple(find_mentions(text, lex).mentions)


def _defines_acronym(text: str, tag: re.Match[str]) -> bool:
    """A parenthesis that spells the initials of the name before it ("the Asian Parliamentary Assembly (APA)")
    defines an acronym, and is no wire's tag."""
    letters = re.sub(r"[^A-Z]", "", tag[1] or "")
    return len(letters) >= 2 and initials(text[:tag.start()]).endswith(letters)


_SIGNATORY_COLUMN = re.compile(r"\b(?:signator(?:y|ies)|signed by|exchanged by)\b", re.IGNORECASE)
_DOCUMENT_COLUMN = re.compile(r"\b(?:agreements?|mou|memorand(?:um|a)|documents?|title|outcomes?|instruments?)\b",
                              re.IGNORECASE)


def _table_rows(text: str) -> str:
    """A list of outcomes as a table, its cells split by "|", under a header that names the document's column and
    the signatories' ("S.No. | Agreement/MoU | Signatory from Indian side | Signatory from Brazilian side"): each
    row is read as the sentence "<document> was signed by <signatory>, and <signatory>."; other lines stay."""
    out: list[str] = []
    document, signers = -1, []
    for line in text.split("\n"):
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 3:
            out.append(line)
            if line.strip():
                document, signers = -1, []  # the table is over
            continue
        header = [i for i, c in enumerate(cells) if _SIGNATORY_COLUMN.search(c)]
        if header:
            document = next((i for i, c in enumerate(cells) if i not in header and _DOCUMENT_COLUMN.search(c)), -1)
            signers = header
            out.append("")
            continue
        if document < 0 or len(cells) <= max(signers + [document]) or not cells[document]:
            out.append(line)
            continue
        names = [cells[i].rstrip(".;") for i in signers if cells[i]]
        doc = cells[document].rstrip(".;")
        doc = doc if re.match(r"(?:the|an?)\s", doc, re.IGNORECASE) else f"The {doc}"  # its first word, no sentence's
        out.append(f"{doc} was signed by {', and '.join(names)}." if names else line)
    return "\n".join(out)


class _ArticleExtractor:
    def __init__(self, article: Article, lex: Lexicon):
        self.article = article
        self.lex = lex
        body = _table_rows(article.text) if "|" in article.text else article.text
        lines = ([article.title] if article.title and article.title not in body[:len(article.title) + 5] else [])
        self.sentences = _signature_blocks([*lines] + [s for s in sentences(body) if not _EDITOR_TAG.match(s)], lex)
        self.lower_vocab = {t.text.lower() for t in tokenize(body) if t.text[:1].islower()}
        self.facts = ArticleFacts(article)
        self.names = NameIndex()
        self.meeting_count = 0
        self.last_meeting: Meeting | None = None
        self.last_signers: tuple[int, list[str]] = (-10, [])  # the sentence of the last signing, and who signed
        self.last_agreements: list[str] = []  # the documents named by the last sentence that named any
        self.documents_named: list[str] = []  # every document named so far, in order
        self.protagonist: list[str] = []
        self.seen_persons: list[str] = []  # the people of the sentences read so far, in order
        self.attendees: set[str] = set()  # people who only attended a meeting ("were also attended by X")
        self.delegation_heads: list[str] = []
        self.head_at: dict[str, int] = {}  # the sentence that named each head of a delegation
        # sentences naming a foreign ministry without its state, and how they name it ("Ministry of External Relations")
        self.home_ministry: list[tuple[str, str]] = []
        self._home: str | None = None  # home_state(), once read
        self._mission_states: tuple[str, str] | None = None  # _mission(), once read
        self.represented: dict[str, set[str]] = {}  # person key -> what they represent, as found so far
        self._seen_relations: set[Relation] = set()
        self.delegations_met = False
        # "X received a delegation of S": (kind, X's side, S) until a sentence names "the head of the delegation"
        self.open_delegation: tuple[str, list[str], str] | None = None
        # "X received the credentials of three new ambassadors": (kind, X's side, the sentence) until the next
        # sentence lists them ("They are A, B and C"); then ``envoys``, whom "the three envoys" names later
        self.open_envoys: tuple[str, list[str], _Sent] | None = None
        self.envoys: list[str] = []
        self.companions: dict[str, str] = {}  # "X, accompanied by Y": Y -> X
        self._persons_before: list[str] = []  # the people the sentence before named, in order

    # -- mentions --------------------------------------------------------------
    def _mentions(self, known: set[str], first: list[_Sent] | None = None) -> list[_Sent]:
        """Mentions of every sentence. Given the ``first`` pass, a sentence that contains no known name
        and sees the same acronyms as then is not read again: its mentions cannot differ."""
        acronyms: dict[str, tuple[str, str, str]] = self._outlet_acronym()
        out = []
        pieces = {_lower(p) for k in known for p in k.split()}
        for i, s in enumerate(self.sentences):
            if first is None:
                self._acronyms_seen.append(dict(acronyms))
            else:
                # an acronym the sentence defines and uses again: "... the Malaysian Palm Oil Board (MPOB), exchanged
                # by MPOB Director-General X": known from the start of the second reading
                before, after = self._acronyms_seen[i], self._acronyms_seen[i + 1]
                again = {a: v for a, v in after.items() if a not in before and " " not in a
                         and sum(c.isupper() for c in a) >= 2 and s.count(a) > 1}
                if acronyms == before and not again and not any(p in low for low in (_lower(s),) for p in pieces):
                    out.append(first[i])
                    acronyms = dict(after)
                    continue
                acronyms.update(again)
            sm = find_mentions(s, self.lex, acronyms=acronyms, known_names=known, lower_vocab=self.lower_vocab)
            out.append(_Sent(i, s, sm.mentions))
        if first is None:
            self._acronyms_seen.append(dict(acronyms))
        return out

    def run(self) -> ArticleFacts:
        self._acronyms_seen: list[dict[str, tuple[str, str, str]]] = []
        self._home_bodies: dict[str, tuple[str, str]] = {}  # key -> key, label of the publisher's state's body
        self._bare_bodies: dict[str, tuple[str, str]] = {}  # key -> key, label of the body named with its state
        self._publisher_bodies: dict[str, str] = {}  # the publisher's bodies of those: key -> its state
        self._publishers_body()
        first = self._mentions(set())
        for s in first:
            for m in s.mentions:
                if m.type == "Person":
                    self.names.add_name(m.text)
        sents = self._mentions(self.names.known_words(), first)
        self._drop_headline_agreements(sents)
        self._editions(sents)
        self.names = NameIndex()
        for s in sents:
            for m in s.mentions:
                if m.type == "Person" and m.role == "full":
                    self.names.add_name(m.text)
                elif m.type == "Person":
                    self.names.add_abbreviated(m.text)
        for s in sents:
            self._entities(s)
        met_already: set[str] = set()  # heads of delegations who met someone in the sentence that named them
        for s in sents:
            self._relations(s)
            if self.last_meeting and self.last_meeting.sentence == s.text:
                met_already |= {h for h in self.last_meeting.participants if self.head_at.get(h) == s.index}
            # the heads of delegations named so far met, unless their own sentence told whom they met
            heads = [h for h in self.delegation_heads if self.head_at[h] <= s.index and h not in met_already]
            if len(heads) >= 2 and not self.delegations_met:
                self.delegations_met = True
                self._all_met(heads, s.text)
                self._meeting("Talks", heads, s)
        self._drop_headline_meetings()
        self._drop_state_signers()
        self._home_officials()
        self._home_body_officials()
        self._home_ministry()
        self._ministers_ministries()
        self._chamber_posts()
        self._official_names()
        self._wire_agency(sents)
        self._visit_hosts(sents)
        self._pair_sides(sents)
        self._signing_parties()
        self._bare_names()
        self._short_documents()
        return self.facts

    def _body_state(self, key: str) -> str:
        """The state a body is part of, through the bodies it is part of ("Mazhilis" -> Parliament -> Kazakhstan)."""
        seen = set()
        while key.startswith("org:") and key not in seen and key in self.facts.entities:
            seen.add(key)
            key = self.facts.entities[key].attrs.get("partOf", "")
        return key if key.startswith("state:") else ""

    def _bare_names(self) -> None:
        """"the Mazhilis" where the article names the "Mazhilis of the Parliament of the Republic of Kazakhstan"
        (so written in full too): one body, under its full name, when no other body of the article has that name."""
        named: dict[str, list[str]] = {}
        for key, e in self.facts.entities.items():
            if e.type == "Organization":
                for name in e.aliases - {e.label}:
                    named.setdefault(name, []).append(key)
        rename = {key: named[e.label][0] for key, e in self.facts.entities.items()
                  if e.type == "Organization" and not e.attrs.get("partOf") and len(named.get(e.label, ())) == 1
                  and named[e.label][0] != key}
        for key, e in self.facts.entities.items():  # "the Mazhilis Committee on International Affairs": its state's
            owner = named.get(e.label.split()[0], ()) if e.type == "Organization" and key not in rename else ()
            state = self._body_state(owner[0]) if len(owner) == 1 else ""
            if state.startswith("state:") and not e.attrs.get("partOf"):
                e.attrs["partOf"] = state
                rename.setdefault(key, key)
        if not rename:
            return
        for old, new in rename.items():
            if old == new:
                continue
            e, into = self.facts.entities.pop(old), self.facts.entities[new]
            into.aliases |= e.aliases - {into.label}
            into.evidence += e.evidence
        self.facts = self.facts.renamed(rename)
        for r in list(self.facts.relations):  # those who act for the body act for its state
            state = self._body_state(r.object) if r.kind == "represents" and r.object in rename.values() else ""
            if state.startswith("state:"):
                self._relation("represents", r.subject, state, r.sentence)

    def _short_documents(self) -> None:
        """"the Programme of Cooperation" where the article names one "Programme of Cooperation between A and B
        for 2025-2027" (or "... for 2025-2027"): the same document, under its full name."""
        docs = {k: e for k, e in self.facts.entities.items() if e.type == "Agreement"}
        rename: dict[str, str] = {}
        for key, e in docs.items():
            if e.attrs.get("parties"):
                continue
            starts = (f"{e.label} between ", f"{e.label} for ")
            longer = [k for k, o in docs.items()
                      if k != key and any(n.startswith(starts) for n in (o.label, *o.aliases))]
            if len(longer) == 1 and longer[0] not in rename:
                rename[key] = longer[0]
        if not rename:
            return
        for old, new in rename.items():  # (its short name no alias: every host country agreement has it)
            self.facts.entities[new].evidence += self.facts.entities.pop(old).evidence
        self.facts = self.facts.renamed(rename)

    def _signing_parties(self) -> None:
        """A document whose name names no state, signed by the officials of two or more: those states are its
        parties, and its key says so. "The Agreement on Visa Exemption" that Ghana's and Peru's ministers
        signed is not the one Chile's and Norway's signed, though one ministry's releases name both so."""
        signers: dict[str, set[str]] = {}
        for r in self.facts.relations:
            if r.kind == "signed":
                states = {r.subject} if r.subject.startswith("state:") else self._states_of(r.subject)
                signers.setdefault(r.object, set()).update(states)
        rename: dict[str, str] = {}
        for key, states in signers.items():
            e = self.facts.entities.get(key)
            if e is None or len(states) < 2 or "parties" in e.attrs:
                continue
            e.attrs["parties"] = " ".join(sorted(states))
            rename[key] = e.key = f"{key}-{'-'.join(sorted(s.split(':', 1)[1] for s in states))}"
        if not rename:
            return
        self.facts = self.facts.renamed(rename)
        self.facts.entities = {rename.get(k, k): e for k, e in self.facts.entities.items()}

    _GOVERNMENT = re.compile(r"\b(Ministry|Ministère|Department|Government|MFA|Embassy|High Commission|Consulate|"
                             r"Permanent Mission|Presidency|Foreign Office|Chancellery|Canciller[ií]a|Cabinet|"
                             r"Global Affairs|Parliament|National Assembly|Press Office)\b")
    #: a government's host: its foreign ministry's, its head of state's, or any under its own second-level
    #: domain (gov.xx, go.xx, gob.xx, gouv.xx, gc.ca, gv.at, admin.ch)
    _GOV_HOST = re.compile(r"(?:^|[./])(?:mfa|mofa|mid|mea|gov|go|gob|gouv|gc|gv|admin|fmprc|mfat|dfat|dfa|mzv|"
                           r"minbuza|um|ud|urm|mae|formin|kemlu|regjeringen|regeringen|esteri|exteriores|itamaraty|"
                           r"diplomatie|auswaertiges-amt|president|prezident|kremlin|akorda|elysee)"
                           r"(?:\.[a-z-]+)*\.(?P<tld>[a-z]{2})(?:[/:]|$)"
                           r"|(?:^|[./])(?:state|whitehouse)\.(?P<us>gov)(?:[/:]|$)")

    #: a wire tag in the dateline: "ABU DHABI, 14th July, 2026 (WAM) --", "Ulaanbaatar, 25 April /MONTSAME/",
    #: "Riyadh, November 02, 2026, SPA --"
    _WIRE_TAG = re.compile(r"[(/]\s*([^()/\n]{2,40}?)\s*[)/]|,\s*([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})\s*(?:--|[–—])")

    def home_state(self) -> str:
        """The state whose government or national news outlet published the article, when its source says so.

        A ministry's release or a national agency's wire does not name its own country's officials' state:
        "Minister of Foreign Affairs X" in a release of the Turkish MFA, or in a Kazinform story, is Turkey's
        or Kazakhstan's minister. The outlet is read from the article's source, its address, or the wire
        tag of its dateline.
        """
        if self._home is None:
            self._home = self._read_home_state()
        return self._home

    #: a state's mission abroad: "Embassy of Japan in Viet Nam", "High Commission of India, Dhaka"
    _MISSION_ABROAD = re.compile(r"\b(?:Embassy|High Commission|Consulate(?:[- ]General)?)\b")

    def _read_home_state(self) -> str:
        outlet = self.article.outlet
        if outlet and self._MISSION_ABROAD.search(outlet):
            return self._mission()[1]
        if outlet:
            government = self._GOVERNMENT.search(outlet) or self._STATE_BODY.search(outlet)  # "Senate of ..."
            for m in _source_mentions(outlet, self.lex):
                if government and m.type == "State":
                    return m.key
                entry = self.lex.entries.get(m.key or "")
                if entry and government and entry.attrs.get("partOf"):  # "U.S. Department of State"
                    return entry.attrs["partOf"]
                if entry and entry.home:  # "Kazinform (qazinform.com)"
                    return entry.home
        # a national newspaper or broadcaster: "The Straits Times", "Dawn", or its address
        if home := self.lex.outlet_state(outlet, self.article.url):
            return home
        url = self.article.url.lower()
        m = self._GOV_HOST.search(url.split("://", 1)[-1])
        if m:
            tld = "us" if m["us"] else {"uk": "gb"}.get(m["tld"], m["tld"])
            if f"state:{tld}" in self.lex.entries:
                return f"state:{tld}"
        outlet = self._wire_outlet()
        return outlet[0].home if outlet else self._byline_state()

    #: a byline: the outlet's name on a line of its own, or "The Hindu Bureau", "DAILY SABAH WITH AA"
    _BYLINE = re.compile(r"(?:posted\s+on:?\s+[^\n]{4,40}?\s+by\s+)?"  # "Posted On: 16 APR 2025 4:12PM by PIB Delhi"
                         r"(?P<name>[^\n]{2,40}?)(?:\s+(?:bureau|staff|desk|with\s+(?:aa|afp|ap|reuters|agencies)))?",
                         re.I)

    def _byline_state(self) -> str:
        """The state of the national newspaper or broadcaster a byline in the article's first lines names."""
        for line in self.article.text.split("\n", 8)[:8]:
            m = self._BYLINE.fullmatch(line.strip())
            if m and (home := self.lex.outlet_state(m["name"], "")):
                return home
        return ""

    def _mission(self) -> tuple[str, str]:
        """The sending and the host state of an embassy whose release this is ("" for what the source does not
        name). The officials it names without their state are the host's ("Vice Minister of Agriculture X" in
        a release of Japan's embassy in Viet Nam), but for its own diplomats ("Counsellor X"). The host is the
        state, or the city, named after the sending state."""
        if self._mission_states is None:
            states = []
            outlet = self.article.outlet
            for m in _source_mentions(outlet, self.lex) if self._MISSION_ABROAD.search(outlet) else ():
                entry = self.lex.entries.get(m.key or "")
                if m.type == "State":
                    states.append(m.key)
                elif entry is not None and entry.type == "Place" and entry.attrs.get("country"):
                    states.append(f"state:{entry.attrs['country'].lower()}")
            states = [s for s in dict.fromkeys(states) if s in self.lex.entries]
            self._mission_states = (states[0] if states else "", states[1] if len(states) > 1 else "")
        return self._mission_states

    _OUTLET_ACRONYM = re.compile(r"^(?P<name>.+?)\s*\((?P<acronym>[A-Z][A-Za-z]{1,11})\)\s*$")

    def _outlet_acronym(self) -> dict[str, tuple[str, str, str]]:
        """The acronym the source line gives the publisher's foreign ministry ("Ministry of Foreign Affairs,
        African Integration and Ivorians Abroad of Côte d'Ivoire (MAEIAIE)"), for a text that uses it alone."""
        m = self._OUTLET_ACRONYM.match(self.article.outlet)
        if not m or not _FOREIGN_MINISTRY_NAME.match(m["name"]) or not (home := self.home_state()):
            return {}
        key, label = self._home_foreign_ministry(home)
        return {m["acronym"]: ("Organization", key, label)}

    def _wire_outlet(self) -> tuple[GazetteerEntry, str] | None:
        """The news outlet the dateline's wire tag names ("(WAM)", "/MONTSAME/", "(Petra)": the Petra News
        Agency), and the tag as written."""
        head = self.article.text[:200]
        tag = next((t for t in self._WIRE_TAG.finditer(head) if not _defines_acronym(head, t)), None)
        name = (tag[1] or tag[2]) if tag else ""
        for written in dict.fromkeys((name, name.title(), f"{name} News Agency") if name else ()):
            found = _source_mentions(written, self.lex)
            entry = self.lex.entries.get(found[0].key or "") if len(found) == 1 else None
            if entry and entry.home and found[0].end - found[0].start == len(written):
                return entry, tag[0].strip(" ,-–—")
        return None

    def _wire_agency(self, sents: list[_Sent]) -> None:
        """The agency of the dateline's wire tag is a body the article names, however it writes it."""
        outlet = self._wire_outlet()
        if outlet and outlet[0].key not in self.facts.entities:
            sentence = next((s.text for s in sents if outlet[1] in s.text), "")
            if sentence:
                self._entity(outlet[0].key, "Organization", outlet[0].label, sentence)

    def _home_officials(self) -> None:
        """In a government's own release, an official whose title names no state or body is its own, unless
        they met one of its own: on a visit abroad, "the President of the Congress" the minister met is the
        host's."""
        bare = [key for key, e in self.facts.entities.items()
                if e.type == "Person" and e.titles and not self._states_of(key)
                and not all(self._OPPOSITION.search(t) for t in e.titles) and (
                    not self.represented.get(key) or any(self._BARE_LAST_POST.search(t) for t in e.titles))]
        home = self.home_state() if bare else ""  # read the source only when someone needs it
        sending = self._mission()[0] if bare else ""
        if not home and not sending:
            return
        met: dict[str, set[str]] = {}
        for r in self.facts.relations:
            if r.kind == "metWith":
                met.setdefault(r.subject, set()).add(r.object)
                met.setdefault(r.object, set()).add(r.subject)
        own = {key for key, states in self.represented.items() if home in states}
        for key in bare:
            state = sending if sending and any(map(self._DIPLOMATIC_RANK.match, self.facts.entities[key].titles)) \
                else home
            if state and key not in self.companions and not met.get(key, set()) & own:
                sentence = next((sent for aid, sent in self.facts.entities[key].evidence), "")
                self._represents(key, state, _Sent(-1, sentence, []))
                own.add(key)
        for key in bare:  # "The President was accompanied by X, Minister of Foreign Affairs": the President's minister
            states = self._states_of(self.companions.get(key, ""))
            if len(states) == 1 and not self._states_of(key):
                sentence = next((sent for aid, sent in self.facts.entities[key].evidence), "")
                self._represents(key, states.pop(), _Sent(-1, sentence, []))

    #: the ranks of an embassy's own diplomats
    _DIPLOMATIC_RANK = re.compile(r"(?:(?:First|Second|Third) Secretary|(?:Minister[- ])?Counsel+or|Attach[ée]|"
                                  r"(?:Deputy |Vice[- ])?Consul(?:[- ]General)?\b|"
                                  r"(?:Deputy )?Head of (?:Mission|Chancery)|Deputy Chief of Mission|Charg[ée] d)",
                                  re.IGNORECASE)

    def _home_body_officials(self) -> None:
        """In an international organization's own release ("African Union Commission", "OIC General
        Secretariat"), a Secretary-General, Commissioner or Director whose title names no state or body is the
        organization's."""
        bare = [key for key, e in self.facts.entities.items() if e.type == "Person" and not self.represented.get(key)
                and any(self._BODY_POST.match(t) for t in e.titles)]
        body = self._home_body() if bare else ""
        for key in bare if body else ():
            sentence = next((sent for aid, sent in self.facts.entities[key].evidence), "")
            self._represents(key, body, _Sent(-1, sentence, []))

    #: the posts of an organization's own officials
    _BODY_POST = re.compile(r"(?:Deputy |Assistant |Under-|Executive )?(?:Secretary[- ]General|Chairperson|"
                            r"Commissioner|Director(?:[- ]General)?|Executive Secretary|Special Representative|"
                            r"Spokesperson)\b")

    def _home_body(self) -> str:
        """The organization whose release this is, when the source line names one and no state."""
        if not self.article.outlet or self.home_state():
            return ""
        found = _source_mentions(self.article.outlet, self.lex)
        if any(m.type == "State" for m in found):
            return ""  # "UNDP Lao PDR": a country office, whose officials may be the state's
        entry = next((self.lex.entries.get(m.key) for m in found if m.type == "Organization" and m.key), None)
        if entry is None or entry.attrs.get("kind") in ("media", "ministry", "company", "government"):
            return ""
        return entry.key

    #: "Opposition Spokesman on Foreign Affairs", "Shadow Foreign Secretary": no one who acts for the state
    _OPPOSITION = re.compile(r"\b(?:Opposition|Shadow)\b")

    #: a title whose last post names nothing: "Member of the Political Bureau of the CPC Central Committee and
    #: Foreign Minister" is a party's member and the publisher's foreign minister
    _BARE_LAST_POST = re.compile(r"\band (?:Deputy |Vice |First Deputy )?"
                                 r"(?:Foreign Minister|Minister of Foreign Affairs)$")

    def _home_ministry(self) -> None:
        """"The Ministry of Foreign Affairs said in a statement", in a government's release or a national
        agency's wire: the foreign ministry of the publisher's state."""
        staff = [(person, e) for person, e in self.facts.entities.items() if e.type == "Person" and any(
            self._OF_THE_MINISTRY.search(t) or self._MINISTRY_POST.match(t) for t in e.titles)]
        named = self.home_ministry
        home = self.home_state() if named or staff else ""  # read the source only when someone needs it
        # "The Eswatini delegation included ... the Principal Secretary in the Ministry of Foreign Affairs and
        # International Cooperation, X": an official of one other state is of that state's foreign ministry
        for person, e in staff:
            states = self._states_of(person)
            if len(states) != 1 or (state := next(iter(states))) == home:
                continue
            key, label = self._home_foreign_ministry(state)
            sentence = next((sent for aid, sent in e.evidence), "")
            ministry = self._entity(key, "Organization", label, sentence)
            ministry.attrs.setdefault("partOf", state)
            for sent, name in named:
                if sent in {x for _, x in e.evidence} and any(name in t for t in e.titles):
                    if name != "Ministry of Foreign Affairs":
                        ministry.aliases.add(f"{name} of {self.lex.entries[state].label}")
                    named = [x for x in named if x != (sent, name)]  # its name, not the publisher's ministry's
            self._represents(person, key, _Sent(-1, sentence, []))
        if not home:
            return
        key, label = self._home_foreign_ministry(home)
        own_staff = [(person, e) for person, e in staff if self._states_of(person) <= {home}]
        if not named and not own_staff:
            return
        first = named[0][0] if named else next((sent for aid, sent in own_staff[0][1].evidence), "")
        ministry = self._entity(key, "Organization", label, first)
        ministry.attrs.setdefault("partOf", home)
        # the source line's name of the publisher: "Ministry of Foreign Affairs Brunei Darussalam"
        own = re.sub(r"\s*\([^()]*\)\s*$", "", self.article.outlet)  # "... of Cambodia (mfaic.gov.kh)"
        if _FOREIGN_MINISTRY_NAME.match(own) and own != ministry.label:
            ministry.aliases.add(own)
        state = self.lex.entries[home].label
        for name in {name for _, name in named} - {"Ministry of Foreign Affairs"}:
            ministry.aliases.add(f"{name} of {state}")  # "Ministry of External Relations of Angola": not the bare
            # name, which other states' ministries have too
        # "Spokesperson of the Ministry of Foreign Affairs", "Foreign Ministry Undersecretary"
        for person, e in own_staff:
            sentence = next((sent for aid, sent in e.evidence), "")
            self._represents(person, key, _Sent(-1, sentence, []))

    #: a minister's post and its portfolio: "Deputy Minister of Culture and Tourism", "Minister for Health";
    #: "Minister of State for Education" is of the Ministry of Education; a secretary heads a department:
    #: "Secretary of Foreign Affairs", "Undersecretary of Finance"
    _MINISTER_OF = re.compile(r"^(?:(?:First |Acting |Deputy |Vice |Assistant |Senior |Under )*)"
                              r"(?:Minister|Secretary|Undersecretary|Under-Secretary) (?:of State )?(?:of|for) "
                              r"(?P<portfolio>.+)$")
    #: the portfolio before the post: "Foreign Affairs Secretary", "Culture and Tourism Minister"
    _PORTFOLIO_POST = re.compile(r"^(?P<portfolio>[A-Z][\w'’-]*(?: (?:and )?[A-Z][\w'’-]*)*) (?:Minister|Secretary)$")

    def _ministers_ministries(self) -> None:
        """"Minister of Culture and Tourism Mehmet Ali Sarikaya" where the article names the Ministry of Culture and
        Tourism: he acts for that ministry too, as a "Secretary of Finance" does for the Department of Finance. A
        ministry of one state is linked to that state's minister only; one of no known state, to the one minister (or
        the ministers of one state) of that portfolio."""
        ministries: dict[str, list[str]] = {}  # "Culture and Tourism" -> ministries so named
        for key, e in self.facts.entities.items():
            if e.type != "Organization":
                continue
            for name in {e.label, *e.aliases}:  # "the Italian Ministry of ...": its demonym is no part of the portfolio
                if m := re.match(r"(?:[A-Z]\w+ )?(?:Ministry|Department) (?:of|for) (.+)$", name):
                    ministries.setdefault(m.group(1), []).append(key)
        if not ministries:
            return
        holders: dict[str, list[tuple[str, str]]] = {}  # ministry -> (person, sentence)
        named_for: set[tuple[str, str]] = set()  # (person, the one ministry their post names by its own portfolio)
        for person, e in self.facts.entities.items():
            if e.type != "Person":
                continue
            for title in e.titles:
                m = self._MINISTER_OF.match(title) or self._PORTFOLIO_POST.match(title)
                if not m:
                    continue
                portfolio = m.group("portfolio")
                found = set(ministries.get(portfolio, ()))
                for name, keys in ministries.items():  # "Minister of Health" and the "Ministry of Health of X"
                    if name.startswith(portfolio + " of ") or portfolio.startswith(name + " of "):
                        found.update(keys)
                if len(found) == 1 and portfolio != "Foreign Affairs":
                    # "Minister of People's Power for Foreign Affairs X" and one ministry of that very name: his,
                    # whatever else says (or does not say) whose he is
                    named_for.add((person, next(iter(found))))
                if portfolio == "Foreign Affairs":  # "... of Foreign Affairs and International Cooperation" too
                    found.update(k for keys in ministries.values() for k in keys if k.startswith("org:mfa-"))
                names = [n.split()[-1] for n in (e.label, *e.aliases)]
                sentence = next((sent for aid, sent in e.evidence if title in sent), "") or next(
                    (x for x in self.sentences if title in x and any(n in x for n in names)), "")
                for key in found:
                    holders.setdefault(key, []).append((person, sentence))
        for key, people in holders.items():
            state = self.facts.entities[key].attrs.get("partOf", "")
            if state.startswith("state:"):
                people = [(p, sent) for p, sent in people if self._states_of(p) == {state} or (
                    not self._states_of(p) and (p, key) in named_for)]
            elif len({frozenset(self._states_of(p)) for p, _ in people}) > 1:
                continue  # two states' ministers of that portfolio, and a ministry of neither said
            for person, sentence in people:
                if key not in self.represented.get(person, ()):
                    self._represents(person, key, _Sent(-1, sentence, []))

    #: a chamber's post with the chamber's bare name before it: "Senate President X", "Mazhilis Speaker X"
    _CHAMBER_POST = re.compile(r"\b(Senate|House|Parliament|Assembly|Congress|Mazhilis|Majilis|Majlis|Duma|Knesset|"
                               r"Sejm|Khural)\s+(?:(?:Majority|Minority|Deputy|Vice)\s+)*"
                               r"(?:President|Speaker|Chairman|Chairwoman|Chairperson|Chair|Leader)\s+"
                               r"(?:[A-Z][a-z]{0,3}\.\s+)*(?P<name>[A-Z][\w'’-]+)")

    def _chamber_posts(self) -> None:
        """"Senate President Ramon Cruz" where the article names one Senate ("the Senate of the Philippines"):
        he acts for it."""
        if not self._CHAMBER_POST.search(self.article.text):
            return
        chambers: dict[str, list[str]] = {}
        for key, e in self.facts.entities.items():
            if e.type == "Organization":
                names = [n.split() for n in (e.label, *e.aliases)]  # "Senate of the Philippines", "Philippine Senate"
                for word in {n[0] for n in names if len(n) > 2 and n[1] == "of"} | {n[-1] for n in names if len(n) == 2}:
                    chambers.setdefault(word, []).append(key)
        for key, e in list(self.facts.entities.items()):
            if e.type != "Person" or not e.titles:
                continue
            for _, sentence in e.evidence:
                for m in self._CHAMBER_POST.finditer(sentence):
                    bodies = set(chambers.get(m.group(1), ()))
                    if len(bodies) > 1:  # two states' senates: the one of the person's state
                        bodies = {b for b in bodies if self.facts.entities[b].attrs.get("partOf") in self._states_of(key)}
                    if m.group("name") == e.label.split()[0] and len(bodies) == 1:
                        self._represents(key, bodies.pop(), _Sent(-1, sentence, []))

    def _official_names(self) -> None:
        """A foreign ministry named after its state's short name ("Ministry of Foreign Affairs of South Korea") is
        also named after its official one ("... of the Republic of Korea"), as other releases write it."""
        for key, e in self.facts.entities.items():
            state = f"state:{key[8:]}" if key.startswith("org:mfa-") else ""
            entry = self.lex.entries.get(state)
            official = self.lex.official_names.get(state, "")
            if entry and official and official != entry.label and e.label.endswith(f" of {entry.label}"):
                the = "the " if " of " in official or official.split()[-1] in self._STATE_FORMS else ""
                e.aliases.add(f"{e.label[:-len(entry.label)]}{the}{official}")  # "of Brunei Darussalam" as written

    #: the last words of official names that take "the": "the Czech Republic", "the Russian Federation"
    _STATE_FORMS = frozenset({"Republic", "Federation", "Confederation", "Kingdom", "See", "Union", "Emirates",
                              "States", "Principality", "Commonwealth"})

    def _home_kind(self, name: str, home: str) -> bool:
        """Whether a foreign ministry's bare name can be the publisher's: "the Department of Foreign Affairs" in an
        Indian paper is not India's "Ministry of External Affairs" (no name of it starts with "Department")."""
        entry = self.lex.entries.get(f"org:mfa-{home.partition(':')[2]}")
        names = {entry.label, *entry.aliases} if entry else set()
        return not names or any(n.split()[0] == name.split()[0] for n in names)

    def _publishers_name(self, m: Mention) -> bool:
        """Whether ``m`` names the publisher's foreign ministry by the name the gazetteer gives another state's:
        "Ministry for Europe and Foreign Affairs" in a release whose source is the "Ministry for Europe and
        Foreign Affairs of Albania" is Albania's, not France's."""
        entry = self.lex.entries.get(m.key or "")
        part = entry.attrs.get("partOf", "") if entry else ""
        return bool(part.startswith("state:") and self.article.outlet.startswith(m.text)
                    and entry.attrs.get("kind") == "ministry" and (home := self.home_state()) and home != part)

    def _home_foreign_ministry(self, home: str) -> tuple[str, str]:
        """Key and label of the foreign ministry of ``home`` (a state key)."""
        key = f"org:mfa-{home.split(':', 1)[1]}"
        entry = self.lex.entries.get(key)
        return key, entry.label if entry else f"Ministry of Foreign Affairs of {self.lex.entries[home].label}"

    #: a post named by the ministry before it: "Foreign Ministry Undersecretary for Political Affairs"
    _MINISTRY_POST = re.compile(r"(?:Foreign Ministry|Foreign Affairs Ministry|Foreign Office) (?:[A-Z]|spokes)")
    _OF_THE_MINISTRY = re.compile(r"\b(?:of|at|in|within) the (?:Ministry (?:of|for) (?:Foreign|External) "
                                  r"(?:Affairs|Relations)|Ministry (?:of|for) Foreign and [A-Z]\w+ Affairs|"
                                  r"Foreign Ministry|Canciller[ií]a)"
                                  # "... and International Cooperation", "..., Foreign Trade and Immigration"
                                  r"(?:(?:, | and )[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})*"
                                  r"(?: for [A-Z][\w ]{2,40})?$")  # "... for Political Affairs": the post's portfolio

    _VISIT_TO = re.compile(r"\bvisit\b[^.;]*?\bto\s+(?:the\s+)?")

    def _visit_hosts(self, sents: list[_Sent]) -> None:
        """A visit to a state ("the visit of the Foreign Minister of Ghana to Peru"): the people the visitors
        met there whose side nothing else names ("He also met with the President of the Congress, X") are
        that state's. The host is the visit of the meeting's own sentence, else the article's first visit;
        one sentence telling both the visit and the meeting names the host of the untitled people in it."""
        bare = [m for m in self.facts.meetings if any(not self.represented.get(p) for p in m.participants)]
        if not bare:
            return
        visits: dict[str, str] = {}  # sentence -> the state its "visit ... to" names
        for s in sents:
            host = next((x.key for v in self._VISIT_TO.finditer(s.text) for x in s.mentions
                         if x.type == "State" and x.start == v.end()), "")
            if host:
                visits.setdefault(s.text, host)
        if not visits:
            return
        first = next(iter(visits.values()))
        for meeting in bare:
            own = visits.get(meeting.sentence, "")
            host = own or first
            if not any((states := self._states_of(p)) and host not in states for p in meeting.participants):
                continue  # no visitor from another state in this meeting
            for p in meeting.participants:
                # not "President of the CTBTO" (a body's official); someone named without a post only when
                # the visit is told in the same sentence
                if not self.represented.get(p) and (own or self.facts.entities[p].titles):
                    self._represents(p, host, _Sent(-1, meeting.sentence, []))

    def _pair_sides(self, sents: list[_Sent]) -> None:
        """A headline (else a lead) that pairs two states ("Barbados and Nigeria sign air services agreement"): of two
        people who met or signed a document together, one of one of the two states and the other of no known side,
        the other is of the other state."""
        states, headline = [], False
        for s in sents[:3]:  # the headline, else the lead after a byline: "Zimbabwe and Kenya yesterday signed ..."
            states = _dedupe([x.key for x in s.mentions if x.type == "State"])
            if len(states) == 2:
                headline = s.text == self.article.title
                break
        if len(states) != 2:
            return
        pairs = [(m.participants, m.sentence) for m in self.facts.meetings if len(m.participants) == 2]
        signers: dict[str, list[Relation]] = {}
        for r in self.facts.relations:
            if r.kind == "signed" and self.facts.entities[r.subject].type == "Person":
                signers.setdefault(r.object, []).append(r)
        pairs += [([r.subject for r in rs], rs[0].sentence) for rs in signers.values() if len(rs) == 2]
        home = self.home_state()
        for people, sentence in pairs:
            for p, q in (people, people[::-1]):
                side = self._states_of(q)
                if len(side) != 1 or (st := next(iter(side))) not in states:
                    continue
                other = states[1 - states.index(st)]
                bodies = self.represented.get(p, set())  # none, or bodies the gazetteer does not know, of no state
                # the publisher's own official is of its state, and a headline tells of the publisher's and another
                if not any(b in self.lex.entries or self.facts.entities[b].attrs.get("partOf") for b in bodies) \
                        and (home in ("", other) or (home == st and headline)) and self._state_post(p):
                    self._represents(p, other, _Sent(-1, sentence, []))

    _STATE_POST = re.compile(r"\b(?:Minister|Ministry|Ambassador|High Commissioner|President|Speaker|Chancellor)\b"
                             r"|[Ss]ecretary\b")

    def _state_post(self, person: str) -> bool:
        """Whether ``person`` holds a post of a state's (a minister, a secretary, an ambassador), and no post of a
        body the gazetteer knows beyond a state's ministries ("Executive Secretary ... of the OAS")."""
        titles = self.facts.entities[person].titles
        return any(self._STATE_POST.search(t) for t in titles) and not any(
            m.type == "Organization" and re.search(r"\b(?:of|at|in)\s+(?:the\s+)?$", t[:m.start])
            and (entry := self.lex.entries.get(m.key or "")) is not None
            and entry.attrs.get("kind") not in ("ministry", "government")
            for t in titles for m in _source_mentions(t, self.lex))

    def _drop_headline_meetings(self) -> None:
        """A headline announces the meeting its body reports: keep the body's (dated, placed) one."""
        title = self.article.title
        if not title:
            return
        body = [m for m in self.facts.meetings if m.sentence != title]
        self.facts.meetings = [m for m in self.facts.meetings if m.sentence != title or not any(
            set(m.participants) <= set(b.participants) for b in body)]

    def _drop_headline_agreements(self, sents: list[_Sent]) -> None:
        """A headline's short name for a document the body names in full is not a second document; nor is its
        short name for an event the body names in full ("5th Bilateral Consultations" for "5th Philippines-Poland
        Bilateral Consultations")."""
        if not self.article.title or not sents or sents[0].text != self.article.title:
            return
        if any(m.type == "Agreement" for s in sents[1:] for m in s.mentions):
            sents[0].mentions = [m for m in sents[0].mentions if m.type != "Agreement"]
        events = [set(slug(m.label).split("-")) for s in sents[1:] for m in s.mentions if m.type == "Event"]
        sents[0].mentions = [m for m in sents[0].mentions if m.type != "Event" or not any(
            set(slug(m.label).split("-")) < words for words in events)]

    @staticmethod
    def _series(label: str) -> str:
        """The name of the series an edition belongs to: "10th Ulaanbaatar Dialogue on Northeast Asian Security",
        "tenth edition of the Ulaanbaatar Dialogue" -> "Ulaanbaatar Dialogue"; "" when ``label`` names no numbered
        edition."""
        words = re.sub(r"^the\s+", "", label).split()
        if len(words) < 3 or not (_ORDINAL.match(words[0]) or words[0].lower() in _ORDINAL_WORDS):
            return ""
        rest = re.sub(r"^edition\s+of\s+(?:the\s+)?", "", " ".join(words[1:]))  # "tenth edition of the X"
        return re.split(r"\s+(?:on|for)\s+", rest, maxsplit=1)[0]

    def _editions(self, sents: list[_Sent]) -> None:
        """An event named by its series' name ("the Ulaanbaatar Dialogue (on ...)", "the Baku Energy Forum") in an
        article that names one numbered edition of it ("the 10th Ulaanbaatar Dialogue on ...") is that edition."""
        editions: dict[str, set[tuple[str, str]]] = {}
        for s in sents:
            for m in s.mentions:
                if m.type == "Event" and (series := self._series(m.label)):
                    editions.setdefault(series, set()).add((m.key, m.label))
        for s in sents:
            for m in s.mentions:
                if m.type != "Event" or not editions or self._series(m.label):
                    continue
                # "the Ulaanbaatar Dialogue", "the Ulaanbaatar Dialogue on Northeast Asian Security"
                found = editions.get(re.split(r"\s+(?:on|for)\s+", re.sub(r"^the\s+", "", m.label), maxsplit=1)[0])
                if found and len(found) == 1 and len(m.label.split()) >= 2:
                    m.key, m.label = next(iter(found))
                    m.role = "series"  # not a name of the edition: every edition has it

    # -- entities ----------------------------------------------------------------
    def _entity(self, key: str, type_: str, label: str, sentence: str, *, alias: str = "") -> Entity:
        ents = self.facts.entities
        e = ents.get(key)
        if e is None:
            e = ents[key] = Entity(key, type_, label)
            entry = self.lex.entries.get(key)
            if entry:
                e.attrs.update(entry.attrs)
            e.articles.add(self.article.id)
            e.evidence.append((self.article.id, sentence))
        for a in (alias, label):
            if a and a != e.label:
                e.aliases.add(a)
        return e

    _ALSO_WRITTEN = re.compile(r"\(\s*(?:also\s+)?(?:transliterated|spelled|spelt|written|romani[sz]ed|known)"
                               r"(?:\s+as)?\s*$")

    def _in_context(self, m: Mention) -> None:
        """A gazetteer name that means another body in an article that names that body ("the Commonwealth" in
        a story that names the Commonwealth of Independent States): ``m`` is that body."""
        other, written = self.lex.context_aliases[m.key]
        entry = self.lex.entries.get(other)
        if entry and m.text.lower() in written and any(
                re.search(rf"\b{re.escape(name)}\b", self.article.text) for name in (entry.label, *entry.aliases)):
            m.key, m.label = other, entry.label

    def _entities(self, s: _Sent) -> None:
        by_key_states: dict[str, list[str]] = {}
        # named bodies first, so that a title after a name ("X, State Secretary of the Ministry of ...")
        # can point at them
        ordered = [m for m in s.mentions if m.type not in ("Person", "Title")] + \
                  [m for m in s.mentions if m.type in ("Person", "Title")]
        for m in ordered:
            if m.attrs.get("home") and m.key and (home := self.home_state()) and self._home_kind(m.label, home):
                self._home_bodies[m.key] = self._home_foreign_ministry(home)  # so are the posts of it
                m.attrs["partOf"] = home
            elif m.attrs.get("home_body") and (home := self.home_state()):
                label = f"{m.label} of {self.lex.entries[home].label}"  # the body of the publisher's ministry
                self._home_bodies[m.key] = f"org:{slug(label)}", label
                m.attrs["partOf"] = self._home_foreign_ministry(home)[0]
            elif m.type == "Organization" and self._publishers_name(m):
                m.key, m.label = self._home_foreign_ministry(self.home_state())
                m.role = "short"  # no alias: the name is another state's ministry's too
            if m.key in self._home_bodies:  # "the Diplomatic Institute", named so before
                m.key, m.label = self._home_bodies[m.key]
            elif self._bare_bodies.get(m.key, ("",))[0]:
                if m.key in self._publisher_bodies:  # the publisher's own: its state's
                    m.attrs.setdefault("partOf", self._publisher_bodies[m.key])
                m.key, m.label = self._bare_bodies[m.key]
                m.role = "short"  # no alias: another article's body of that name may be another state's
            if m.type == "Person":
                key, label = self.names.resolve(m.text)
                also = self._ALSO_WRITTEN.search(s.text, 0, m.start)
                before = [k for x, k in s.persons if also and x.end <= also.start()]
                if before:  # "Minister Hsu (also transliterated Xu Mingzhe)": the same person, written otherwise
                    key, label = before[-1], self.facts.entities[before[-1]].label
                e = self._entity(key, "Person", label, s.text, alias=m.text)
                e.titles.update(t for t in m.titles if t)
                s.persons.append((m, key))
                for rep in m.represents:
                    self._represents(key, rep, s)
            elif m.type == "Home":
                self.home_ministry.append((s.text, m.text))
            elif m.type == "Title":
                key = self._title_person(m, s.text)
                if key:
                    s.persons.append((m, key))
                    for rep in m.represents:
                        self._represents(key, rep, s)
            elif m.key:
                if m.key in self.lex.context_aliases:
                    self._in_context(m)
                alias = m.text if m.role not in ("demonym", "series", "short") else ""  # no other body's name
                alias = re.sub(r"^(the|The)\s+", "", alias)
                e = self._entity(m.key, m.type, m.label, s.text, alias=alias)
                for attr in ("alias", "acronym", "expanded", "plain", "canonical", "short"):
                    if m.attrs.get(attr):
                        e.aliases.add(m.attrs[attr])
                if m.type == "Organization" and (known := self._KNOWN_AS.match(s.text, m.end)):
                    e.aliases.add(known[1])  # "Indonesia's Maritime Security Agency, known as Bakamla"
                if m.type == "Agreement":
                    self._parties(m, e, s)
                elif m.type == "Event" and m.attrs.get("parties"):  # a round of talks of these states
                    e.attrs.setdefault("parties", m.attrs["parties"])
                if m.attrs.get("partOf"):
                    e.attrs.setdefault("partOf", m.attrs["partOf"])
                if m.attrs.get("states"):
                    by_key_states[m.key] = m.attrs["states"].split()
                    for st in by_key_states[m.key]:
                        if m.type == "Organization" and st != m.key:
                            e.attrs.setdefault("partOf", st)
                if m.type == "Organization" and e.attrs.get("partOf", "").startswith("state:"):
                    self._bare_body(m, e.attrs["partOf"])
        self._org_states = by_key_states
        in_order = sorted(s.persons, key=lambda p: p[0].start)
        self._persons_before = _dedupe([k for x, k in in_order if x.type == "Person"])
        self._delegation(s)
        self._greetings(s)
        for m in self._ACCOMPANIED_BY.finditer(s.text):
            before = [k for x, k in s.persons if x.end <= m.start()]
            verb = self._COMPANIONS_END.search(s.text, m.end())  # "..., paid a courtesy call on X": X is no companion
            for x, k in s.persons:
                if before and m.end() <= x.start < (verb.start() if verb else len(s.text)) and k != before[-1]:
                    self.companions.setdefault(k, before[-1])

    #: a state's body that publishes releases of its own: a legislature, a ministry or department, a central bank
    _STATE_BODY = re.compile(r"\b(?:Parliament|National Assembly|Senate|Congress|Khural|Duma|Majlis|Sejm|Seimas|"
                             r"Saeima|Riigikogu|Storting|Folketing|Riksdag|Knesset|Diet|Ministry|Department|Bank)\b")

    _BODY_LINE = re.compile(r"(?:Ministry|Department) (?:of|for) [A-Z][\w,&' -]{2,60}")

    def _publishers_body(self) -> None:
        """In a state body's own release ("National Assembly of the Socialist Republic of Viet Nam", "Parliament
        of Georgia", "Ministry of Defence, Government of India"), its bare name ("the National Assembly", "the
        Ministry of Defence") is that body; so is a release's first line that is only a body's name ("Ministry of
        Defence" over a release of India's Press Information Bureau)."""
        outlet = self.article.outlet
        first_line = not (outlet and self._STATE_BODY.search(outlet)) and self._BODY_LINE.fullmatch(self.article.title)
        if not (first_line or (outlet and self._STATE_BODY.search(outlet))) or not (home := self.home_state()):
            return
        if first_line:  # named so, the body is the publisher's state's
            outlet = f"{self.article.title} of {self.lex.entries[home].label}"
        suffix = "-" + home.partition(":")[2]
        # a sentence, not a headline in title case, in which "National" is a word of a name
        named = (outlet if outlet.lower().startswith("the ") else f"the {outlet}") + "."
        for m in _source_mentions(named, self.lex):
            if m.type == "Organization" and m.key.endswith(suffix) and self._STATE_BODY.search(m.label):
                self._bare_bodies[m.key[:-len(suffix)]] = (m.key, m.label)
                self._publisher_bodies[m.key[:-len(suffix)]] = home

    def _bare_body(self, m: Mention, state: str) -> None:
        """"the Ministry of Primary Resources and Tourism of Brunei Darussalam", named so: the same name later
        without its state is that body, unless the article names the same body of another state too."""
        suffix = "-" + state.partition(":")[2]
        if not m.key.endswith(suffix):
            return
        bare = m.key[:-len(suffix)]
        if bare in self.facts.entities:
            return  # named without its state before: that name stays what it was
        known = self._bare_bodies.get(bare)
        self._bare_bodies[bare] = (m.key, m.label) if known is None or known[0] == m.key else ("", "")

    _GREETINGS_OF = re.compile(r"\b(?:conveyed|extended|delivered|passed on|transmitted|brought)\s+(?:the\s+)?"
                               r"(?:(?:warm|warmest|cordial|best|sincere|personal)\s+)?(?:greetings|regards|wishes)"
                               r"\s+(?:of|from)\s+")

    _ACCOMPANIED_BY = re.compile(r"\baccompanied\s+by\b")
    _COMPANIONS_END = re.compile(r"\b(?:paid|met|held|called|visited|received|signed|discussed|attended|visit|meet|"
                                 r"hold|call|sign|discuss)\b")

    def _greetings(self, s: _Sent) -> None:
        """"The Vietnamese deputy minister conveyed the greetings of Foreign Minister X": X is of the
        messenger's state, when the title does not say whose."""
        m = self._GREETINGS_OF.search(s.text)
        if not m:
            return
        messenger = [k for x, k in s.persons if x.end <= m.start()][-1:]
        sender = [k for x, k in s.persons if x.start >= m.end()][:1]
        states = self._states_of(messenger[0]) if messenger else set()
        if sender and len(states) == 1 and not self._states_of(sender[0]):
            self._represents(sender[0], next(iter(states)), s)

    def _parties(self, m: Mention, e: Entity, s: _Sent) -> None:
        """The states a document's name names are its parties: "Agreement between Ghana and Peru on ...",
        "the Kazakh-Russian Agreement" (resolution keeps the documents of other parties apart)."""
        text = s.text[m.start:m.end]
        head = self._PARTY_SPANS.search(text)  # the words before the subject, and "between A and B"
        spans = [(m.start, m.start + (head.start() if head else len(text)))]
        spans += [(m.start + b.start(), m.start + b.end()) for b in self._BETWEEN.finditer(text)]
        parties = sorted({x.key for x in s.mentions if x.type == "State" and any(
            a <= x.start and x.end <= b for a, b in spans)})
        for state in parties:
            self._relation("partyTo", state, e.key, s.text)
        if parties:
            e.attrs.setdefault("parties", " ".join(parties))

    _PARTY_SPANS = re.compile(r"\s(?:on|concerning|regarding|in the field|for|to|between)\s")
    _BETWEEN = re.compile(r"\bbetween\s.*?(?=\s(?:on|concerning|regarding|in the field|for|to)\s|$)")

    _DELEGATION = re.compile(r"\bdelegation (?:of|from)\b(?P<body>.*?)\b(?:headed|led) by\b", re.I)
    _SIDE_DELEGATION = re.compile(r"\b(?:the\s+)?(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                                  r"(?:(?:side'?s?\s+)?(?:delegation|negotiating team|team)"
                                  r"(?:\s+(?:at|to)\s+the\s+[a-z-]+)?"
                                  r"(?:\s+(?:was\s+|is\s+)?(?:headed|led))?"
                                  r"|side\s+(?:was\s+)?(?:headed|led|represented))(?:\s*[-–—,])?\s+by\b")
    # "the B delegation by Y", "the B delegation - by Y"
    _HEAD_OF_DELEGATION = re.compile(r"\b(?:head|leader|chair) of the delegation of\b(?P<body>[^,;]*?),")
    _LED_DELEGATION = re.compile(r"\b(?:led|headed)\s+(?:the\s+|a\s+|his\s+|her\s+)?"
                                 r"(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:side'?s?\s+)?delegation|side)\b")
    _DELEGATION_MEMBERS = re.compile(r"\b(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+"
                                     r"(?:(?:side'?s?\s+)?delegation|side)\s+"
                                     r"(?:also\s+)?(?:included|comprised|consisted\s+of|was\s+composed\s+of)\b")

    _THE_DELEGATION = re.compile(r"\b[Tt]he\s+(?P<side>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+delegation\s+"
                                 r"(?:(?:also|later|then|first)\s+)?(?:(?:was|were)\s+)?$")

    _THE_DEMONYM_PERSON = re.compile(r"\b[Tt]he\s+(?P<side>[A-Z][\w-]*)\s+(?P<post>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
                                     r"|minister|diplomat|guest|visitor|envoy|official)\s+"
                                     r"(?:(?:also|later|then|first)\s+)?(?:(?:was|were)\s+)?$")

    def _delegation_subject(self, s: _Sent, start: int) -> list[str] | None:
        """"The Brazilian delegation called on X": the head of the Brazilian delegation named before, if one;
        "the Uzbek diplomat also met X": the one Uzbek of the last meeting (else of the article so far); "the
        Philippine Foreign Secretary paid a call on X": the one of them whose post has those words, and nobody
        when none has it ("the Philippine Ambassador then met X": someone the article did not name). None when
        the subject is no such phrase."""
        m = self._THE_DELEGATION.search(s.text, 0, start)
        side = [x.key for x in s.mentions if m and x.type == "State" and m.start("side") <= x.start < m.end("side")]
        heads = [h for h in self.delegation_heads if side and side[0] in self.represented.get(h, ())]
        if side and not heads and self.last_meeting:  # no head named: the one of that side at the last meeting
            of_side = [p for p in self.last_meeting.participants if side[0] in self.represented.get(p, ())]
            principal = [p for p in of_side if p not in self.attendees]  # not an ambassador who only attended
            heads = principal if len(principal) == 1 else of_side
            if len(heads) > 1:
                return []  # that side's delegation, and not one of the other side: which of them, the text does not say
        if heads or not (m := self._THE_DEMONYM_PERSON.search(s.text, 0, start)):
            return heads if len(heads) == 1 else None
        side = [x.key for x in s.mentions if x.type == "State" and m.start("side") <= x.start < m.end("side")]
        if not side:
            return None
        for pool in (self.last_meeting.participants if self.last_meeting else [], self.seen_persons):
            of_side = [p for p in pool if (side[0] in self.represented.get(p, ()) or (
                           not self._states_of(p) and side[0] == self.home_state()))  # the publisher's, named so
                       and self._holds_post(m["post"].lower(), self.facts.entities[p].titles)]
            principal = [p for p in of_side if p not in self.attendees]  # not an ambassador who only attended
            if len(principal) == 1 or len(of_side) == 1:
                return principal or of_side
            if of_side:
                return None
        return []

    def _delegation(self, s: _Sent) -> None:
        """"the delegation of X headed by Y" / "the Indian delegation was led by Y": Y represents X, and the
        heads of the delegations of one article's talks met."""
        low = s.text.lower()
        if "delegation" not in low and " side " not in s.text and " team " not in low:  # "the Peruvian side was
            return  # led by", "the Turkish team by Y"
        led = [(m, [(x, k) for x, k in s.persons if x.end <= m.start()][-1:])
               for m in self._LED_DELEGATION.finditer(s.text)]  # "Y led the Indian delegation"
        passive = [(m, [(x, k) for x, k in s.persons if x.start >= m.end()][:1])
                   for m in self._SIDE_DELEGATION.finditer(s.text)]  # "the Indian delegation was led by Y"
        members = list(self._DELEGATION_MEMBERS.finditer(s.text))
        for i, m in enumerate(members):  # "The Vietnamese delegation included X and Y"
            side = [x for x in s.mentions if x.type in ("State", "Organization") and m.start("side") <= x.start
                    < m.end("side")]
            stop = members[i + 1].start() if i + 1 < len(members) else len(s.text)  # "..., while the Philippine
            if (other := self._NEXT_CLAUSE.search(s.text, m.end(), stop)) is not None:
                stop = other.start()  # "..., while Deputy Minister X of Azerbaijan also attended": not of the side
            for x, key in s.persons if side else ():  # delegation included B": B is not of the first side
                if m.end() <= x.start < stop:
                    self._represents(key, side[0].key, s)
        for m, head in sorted(led + passive, key=lambda found: found[0].start()):
            side = [x for x in s.mentions if x.type in ("State", "Organization") and m.start("side") <= x.start
                    < m.end("side")]
            if head:
                if side:
                    self._represents(head[0][1], side[0].key, s)
                if head[0][1] not in self.delegation_heads:
                    self.delegation_heads.append(head[0][1])
                    self.head_at[head[0][1]] = s.index
        m = self._DELEGATION.search(s.text) or self._HEAD_OF_DELEGATION.search(s.text)
        if not m:
            return
        heads = [x for x in s.mentions if x.type in ("State", "Organization") and m.start("body") <= x.start < m.end()]
        leader = [(x, k) for x, k in s.persons if x.start >= m.end()]
        if heads and leader:
            target = max(heads, key=lambda x: x.end - x.start)
            self._represents(leader[0][1], target.key, s)

    def _represents(self, person: str, target: str, s: _Sent) -> None:
        target = self._home_bodies.get(target, (target,))[0]
        target = self._bare_bodies.get(target, (target,))[0] or target
        ent = self.facts.entities.get(target)
        if ent is None:
            entry = self.lex.entries.get(target)
            if not entry or entry.type not in ("State", "Organization"):
                return
            ent = self._entity(target, entry.type, entry.label, s.text)
        if ent.type not in ("State", "Organization"):
            return
        self._relation("represents", person, target, s.text)
        part_of = ent.attrs.get("partOf")
        if ent.type == "Organization" and part_of:
            if part_of.startswith("org:") and part_of != target:  # a bureau of a ministry: the ministry's state too
                self._represents(person, part_of, s)
            else:
                self._relation("represents", person, part_of, s.text)

    def _title_person(self, m: Mention, sentence: str) -> str | None:
        """The person a title-only mention ("the Beninese Foreign Minister") in ``sentence`` refers to."""
        candidates = []
        for key, e in self.facts.entities.items():
            if e.type != "Person":
                continue
            if m.represents and not (set(m.represents) & self.represented.get(key, set())) and not (
                    # "the Paraguayan Foreign Minister" in Paraguay's own release: its minister, named without state
                    not self._states_of(key) and e.titles and self.home_state() in m.represents):
                continue
            score = 1 if m.represents else 0
            head = self.lex.title_abbreviations.get(m.label, m.label).split(" of ")[0].lower()  # "EAM"
            if any(head and (head in t.lower() or head in _FOREIGN_MINISTER.sub("foreign minister", t.lower()))
                   for t in e.titles):
                score += 2
            elif score and e.titles and head and not self._holds_post(head, e.titles):
                continue  # "the Philippine Ambassador" is not the Philippine Foreign Secretary named before
            if score:
                candidates.append((score, key))
        if not candidates:
            return self._subject_again(m, sentence)
        candidates.sort(reverse=True)
        if len(candidates) > 1 and candidates[0][0] == candidates[1][0]:
            return None
        return candidates[0][1]

    def _subject_again(self, m: Mention, sentence: str) -> str | None:
        """"State Secretary X informed her interlocutor ... The Moldovan official thanked ...": a sentence that opens
        with a state's post ("the Moldovan official", "the Angolan diplomat") goes on about the person the sentence
        before opened with, or else its one person of that post, when nothing says whose that person is."""
        lowercase = self.lex.title_abbreviations.get(m.label, m.label)[:1].islower()
        if not (self._persons_before and m.represents and lowercase
                and re.fullmatch(r"\W*(?:the\s+)?", sentence[:m.start], re.I)):
            return None
        head = m.label.split(" of ")[0].lower()
        fit = [k for k in self._persons_before if not self._states_of(k)
               and self._holds_post(head, self.facts.entities[k].titles)]
        first = self._persons_before[0]
        return first if first in fit else (fit[0] if len(fit) == 1 else None)

    #: posts any official may be called by: "the Kazakh diplomat", "the Kenyan minister", "her Ukrainian counterpart"
    _ANY_POST = {"diplomat", "official", "envoy", "representative", "guest", "visitor", "delegate", "minister",
                 "counterpart", "colleague", "host", "leader", "head", "chief"}

    def _holds_post(self, title: str, titles: set[str]) -> bool:
        """Whether the post's own word in ``title`` ("Ambassador" of "Chilean Ambassador to Peru") is a word of
        one of ``titles``, or a word any official may be called by."""
        post = re.split(r"\s(?:of|to|for|at|in|on)\s", title)[0].replace("-", " ")
        if post == "foreign minister":  # not any minister: "Minister of Foreign Affairs", "Foreign Minister"
            return any(post in _FOREIGN_MINISTER.sub(post, t.lower()) for t in titles)
        word = post.split()[-1]
        return word in self._ANY_POST or any(word in t.lower().replace("-", " ").split() for t in titles)

    def _relation(self, kind: str, a: str, b: str, sentence: str) -> None:
        if a == b:
            return
        rel = Relation(kind, a, b, self.article.id, sentence)
        if rel not in self._seen_relations:
            self._seen_relations.add(rel)
            self.facts.relations.append(rel)
            if kind == "represents":
                self.represented.setdefault(a, set()).add(b)

    # -- meetings and signings -----------------------------------------------------------
    _MET_BETWEEN = re.compile(r"\s*(?:of\s+|held\s+)?between\b")
    _GROUP_AFTER = re.compile(r"\s+(?:the\s+)?(?:two|both)\s+(?:foreign\s+)?(?:ministers|sides|leaders|officials|"
                              r"delegations|parties|heads\s+of\s+delegations?)\b")

    def _relations(self, s: _Sent) -> None:
        text = s.text
        low = text.lower()
        persons = _unique_persons(s.persons)
        if not self.protagonist and persons:
            self.protagonist = [persons[0][1]]
        if self.open_delegation and (head := self._HEAD_OF_OPEN_DELEGATION.search(low)):
            self._delegation_head(s, head.end(), persons)
        if self.open_envoys and self._envoys_listed(s, low, persons):
            return
        trig = self._trigger(low, s.mentions)
        if trig and re.search(r"\bfor\s+(?:a|an)\s+$", low[:trig[1]]) and (
                weak := self._first_trigger(low, self.lex.fallback_triggers)) and weak[2] <= trig[1]:
            trig = weak  # "X hosted A and B for a meeting of the Lublin Triangle": what X hosted them for
        if trig and self._AFTER_THE.search(low, 0, trig[1]):
            trig = self._trigger(low, s.mentions, since=trig[2])  # "Following the consultations, A was received by
            # B": the meeting told before is over; the sentence tells the next one
        if trig and persons and " between " in low[trig[2]:] and not self._MET_BETWEEN.match(low, trig[2]) and (
                later := self._trigger(low, s.mentions, since=trig[2])) and self._MET_BETWEEN.match(low, later[2]) \
                and all(m.start >= later[2] for m, k in persons):
            trig = later  # "The consultations come weeks after the telephone conversation between A and B": A and B
            # met, no one in the consultations
        if trig and (self._PRESS.match(low, trig[2]) or self._NEGATED.search(low, 0, trig[1])):
            trig = None  # "the two ministers met the press", "refused to meet": no meeting with anyone
        if trig and self._FUTURE.search(low, 0, trig[1]):
            trig = None  # "is scheduled to meet", "will hold talks": not a meeting yet
        if trig and self._AT_THE_TALKS.search(low, 0, trig[1]):
            trig = None  # "the Azerbaijani delegation at the consultations was led by X": its head, not a meeting
        attended = bool(trig and self.last_meeting and self._ATTENDED.match(low, trig[2]))
        if attended:
            # "The consultations were (also) attended by X": X was present at the meeting told before, and met
            # no one there in particular
            present = [k for m, k in persons if m.start >= trig[2]]
            self.attendees.update(k for k in present if k not in self.last_meeting.participants)
            self.last_meeting.participants = _dedupe(self.last_meeting.participants + present)
            trig = None
        elif not trig:
            trig = self._welcomed(text, persons) or self._fronted_with(low, persons)
        participants: list[str] = []
        kind = "Meeting"
        second: tuple[str, list[str]] | None = None  # a later meeting of the sentence: kind, participants
        if trig:
            kind, start, end = trig
            sources = {k for m, k in persons if re.search(r"according to\s+(\S+\s+){0,6}$", low[:m.start])
                       or (m.start >= end and re.match(r"\s+(?:told|said|says|stated)\b", low[m.end:]))}
            # "..., spokeswoman for the Office of the President X told CTK": who tells, not who met
            left = self._subject([(m, k) for m, k in persons if m.end <= start and k not in sources], low, s)
            right = [k for m, k in persons if m.start >= end and k not in sources]
            present = self._WITNESSES.search(low, end)
            if present and not any(end <= m.start < present.start() for m, k in persons):
                right = []  # "Both envoys were received in the presence of X": X met no one ("was chaired by A, in
                # the presence of B": A and B met)
            between = (low[start:end].endswith(" between") or bool(self._MET_BETWEEN.match(low, end))) \
                and len(right) >= 2
            if between:
                left = []
            group = self._group_subject(low[:start])
            if not left and not right:  # "The signing followed bilateral talks between the two ministers": those named
                between_at = self._MET_BETWEEN.match(low, end)
                after = end if low[start:end].endswith(" between") else (between_at.end() if between_at else -1)
                if after >= 0 and self._GROUP_AFTER.match(low, after):
                    group = "the two"
            if not left and not between and self.envoys and self._THE_ENVOYS.search(low, 0, start):
                left = list(self.envoys)  # "the three envoys paid courtesy calls on X"
            elif not left and not between and (side := self._delegation_side(text[:start])):
                left = side  # "the Japanese delegation paid a courtesy call on X": its head, named before
            elif not left and not between and group and not right and (
                    re.match(r"\s*with\b", low[end:]) or low[start:end].rstrip().endswith(" with")):
                pass  # "the two ministers also met with business representatives": with no one named
            elif not left and not between and group and self.last_meeting:
                left = list(self.last_meeting.participants)
            elif not left and not between and group and len(self.seen_persons) == 2:
                left = list(self.seen_persons)  # "A invited B ... The two leaders held talks": no meeting before
            chairs = len(right) >= 2 and not left and bool(self._CHAIRED_BY.search(
                low, start, min(m.start for m, k in persons if m.start >= end)))
            if chairs:  # "the consultations were held ..., co-chaired by A and B": they are the meeting
                left, right = right[:1], right[1:]
            if right and not left and not between and self._ENVOYS_PRESENTED.search(low, 0, start):
                self.open_envoys = kind, right, s  # "Three new heads of mission presented their credentials to X":
                right = []  # they are named in the next sentence
            if right and not left and not between:
                named = self._delegation_subject(s, start)
                left = list(self.protagonist) if named is None else named
            if not right and not between:
                self._open_delegation(s, kind, end, left or list(self.protagonist))
                if left and self._SOME_ENVOYS.match(low, end):
                    self.open_envoys = kind, left, s
            later = self._coordinated_trigger(low, end, persons, s.mentions) if left and not between else None
            if later:  # "X called on A and held talks with B": two meetings, X with A and X with B
                later, relative = later
                right = [k for m, k in persons if end <= m.start < later[1] and k not in sources]
                others = [k for m, k in persons if m.start >= later[2] and k not in sources]
                # "X received A, who later met with B": the second meeting is A's
                movers = right[-1:] if relative else left
                for b in others:
                    for a in movers:
                        self._met(a, b, text)
                second = later[0], _dedupe(movers + others)
            if left and right:
                participants = _dedupe(left + right)
                for a in left:
                    for b in right:
                        self._met(a, b, text)
            elif len(left) >= 2 or len(right) >= 2:
                participants = _dedupe(left or right)
                self._all_met(participants, text)
        elif not attended and len(persons) >= 2 and any(re.search(rf"\b{w}\b", low)
                                                        for w in self.lex.weak_meeting_nouns):
            if re.search(r"\b(signed|talks|negotiations)\b", low) and self._sign_position(low) is not None:
                participants = [k for m, k in persons if m.end <= self._sign_position(low)]
                if len(participants) >= 2:
                    self._all_met(participants, text)
                else:
                    participants = []
            elif during := self._DURING_MEETING.search(low):  # "A and B discussed trade during a meeting"
                participants = self._subject([(m, k) for m, k in persons if m.end <= during.start()], low, s)
                if len(participants) >= 2:
                    kind = self._HELD_KIND[during.group(1)]
                    self._all_met(participants, text)
                else:
                    participants = []
        meeting = None
        if len(participants) >= 2:
            meeting = self._meeting(kind, participants, s)
            left_side = [k for k in participants if k in {k2 for m, k2 in persons}]
            if trig and left_side:
                firsts = [k for m, k in persons if m.end <= trig[1]]
                if firsts:
                    self.protagonist = firsts[:1]
        if second:
            meeting = self._meeting(*second, s)  # the last of the sentence: "the two ministers" next are its
        self._on_behalf(s, low, persons)
        self._sides(s, low, persons)
        self._counterpart_of(s, low, persons)
        self._representing(s, low, persons)
        self._signing(s, low, persons, meeting)
        self.seen_persons = _dedupe(self.seen_persons + [k for _, k in persons])

    _AT_THE_TALKS = re.compile(r"\bdelegations?\s+(?:at|to)\s+the\s+$")

    _CHAIRED_BY = re.compile(r"\b(?:co-)?chaired\s+(?:[^,;.]{0,40}?\s)?by\b")  # "co-chaired in Hanoi in May by"

    _ATTENDED = re.compile(r"\s+(?:was|were|had been)\s+(?:also\s+)?attended\s+by\b")

    #: between a signer and the state they signed for: "A on behalf of Chile and B for Egypt"
    _ON_BEHALF = re.compile(r"(?:\s*,(?:(?!\band\b)[^,;]){1,80},|\s*,)?\s+(?:on behalf of|for)\s+(?:the\s+)?")

    _SIDE = re.compile(r"\b(?:on|from|for)\s+the\s+([\w-]+(?:\s+[\w-]+)?)\s+side\b")

    def _sides(self, s: _Sent, low: str, persons) -> None:
        """"Attended, on the Paraguayan side, by A, and, on the Moroccan side, by B": the first person after each
        side is its state's."""
        if " side" not in low:
            return
        sides = list(self._SIDE.finditer(low))
        for i, side in enumerate(sides):
            state = next((x for x in s.mentions if x.type == "State" and side.start(1) <= x.start
                          and x.end <= side.end(1)), None)
            stop = sides[i + 1].start() if i + 1 < len(sides) else len(low)
            first = next(((m, k) for m, k in persons if side.end() <= m.start < stop), None)
            if state is not None and first is not None \
                    and not self._CLAUSE.search(low, side.end(), first[0].start):
                self._represents(first[1], state.key, s)

    _REPRESENTING = re.compile(r",\s+representing\s+(?:the\s+)?$")

    def _representing(self, s: _Sent, low: str, persons) -> None:
        """"..., Mrs. X, representing the United Nations Support Mission in Libya": X is the mission's; "Chile's
        Catalina Vial": Chile's."""
        for m, key in persons:
            st = next((x for x in s.mentions if x.type == "State" and x.end <= m.start
                       and re.fullmatch(r"['’]s\s+", s.text[x.end:m.start])), None)
            if st is not None:
                self._represents(key, st.key, s)
        if "representing" not in low:
            return
        for body in s.mentions:
            if body.type in ("State", "Organization") and (rep := self._REPRESENTING.search(low, 0, body.start)):
                before = [(m, k) for m, k in persons if m.end <= rep.start()]
                if before and re.fullmatch(r"\W*", low[before[-1][0].end:rep.start()]):
                    self._represents(before[-1][1], body.key, s)

    _COUNTERPART_OF = re.compile(r"\bcounterpart\s+(?:of|from)\s+(?:the\s+)?$")

    _KNOWN_AS = re.compile(r",?\s*\(?(?:also\s+|locally\s+|better\s+)?known\s+as\s+(?:the\s+)?"
                           r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})")
    _COUNTERPARTS = re.compile(r"\s+counterparts\s*,\s*")
    #: between two people of a list: a comma or "and", then the next one's title in capitals
    _LISTED_NEXT = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)?(?:[A-Z][\w.-]*\s+){0,5}")

    def _counterpart_of(self, s: _Sent, low: str, persons) -> None:
        """"with her counterpart of the Republic of the Congo, the Minister of ..., X": X is the Congo's."""
        if "counterpart" not in low:
            return
        for st in s.mentions:  # "with their Indonesian counterparts, Foreign Minister A and Defence Minister B"
            if st.type == "State" and (plural := self._COUNTERPARTS.match(low, st.end)):
                end = plural.end()
                for m, k in persons:
                    if m.start < end:
                        continue
                    if not self._LISTED_NEXT.fullmatch(s.text, end, m.start):
                        break
                    self._represents(k, st.key, s)
                    end = m.end
        for st in s.mentions:
            if st.type == "State" and self._COUNTERPART_OF.search(low, 0, st.start):
                after = next(((m, k) for m, k in persons if m.start >= st.end), None)
                if after and not self._CLAUSE.search(low, st.end, after[0].start) \
                        and after[0].start - st.end <= 160 and not any(  # one state, then its minister
                            x.type == "State" and st.end <= x.start < after[0].start for x in s.mentions):
                    self._represents(after[1], st.key, s)

    def _on_behalf(self, s: _Sent, low: str, persons) -> None:
        """"Signed by A on behalf of Chile and B for the Republic of Korea": A is Chile's, B Korea's ("for" only
        where something was signed, and only before a state: "X for Europe" names a portfolio); "A on behalf of
        the Ministry of Health" is the ministry's."""
        if " on behalf of " not in low and " signed " not in low:
            return
        sides = [m for m in s.mentions if m.type in ("State", "Organization")]
        for m, key in persons:
            for st in sides:
                if st.start > m.end and (found := self._ON_BEHALF.fullmatch(low, m.end, st.start)) \
                        and ("on behalf" in found.group() or (" signed " in low and st.type == "State")):
                    self._represents(key, st.key, s)  # "B, Ambassador of X, on behalf of ADA University"
                    break
        for st in sides:  # "signed on behalf of SOCAR by its Vice-President X": X is SOCAR's (", by X" too)
            if low.endswith(("on behalf of ", "on behalf of the "), 0, st.start):
                after = next(((m, key) for m, key in persons if m.start >= st.end), None)
                if after and self._BEHALF_BY.fullmatch(low, st.end, after[0].start):
                    self._represents(after[1], st.key, s)

    #: "on behalf of SOCAR by its Vice-President", "signed, on behalf of the RDB, by its chief investment officer, "
    _BEHALF_BY = re.compile(r",?\s+(?:government\s+|side\s+)?by\s+[^,;]{0,80}?(?:,\s*)?"
                            # "and, on behalf of the Government of Fiji, Permanent Secretary X"
                            r"|,\s+(?!(?:and|while|whereas|but|as|which|who)\b)[^,;]{0,80}?(?:,\s*)?")

    _A_DELEGATION = re.compile(r"\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:of|from)\s+(?:the\s+)?")
    _HEAD_OF_OPEN_DELEGATION = re.compile(r"\b(?:head|leader) of the delegation\b(?!\s+of)")

    _ENVOY_WORDS = r"(?:ambassadors|envoys|diplomats|heads\s+of\s+(?:diplomatic\s+)?missions?|high\s+commissioners)"
    _COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several)"
    #: after "received": the credentials of a number of envoys ("letters of credence from four newly-appointed
    #: ambassadors", "the credentials of three new heads of mission")
    _SOME_ENVOYS = re.compile(r"[^.;]{0,140}?\b(?:from|of)\s+(?:the\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?"
                              + _ENVOY_WORDS + r"\b")
    #: the next sentence lists them: "They are A, B and C", "The new ambassadors are: ..."
    _ENVOYS_ARE = re.compile(r"\s*(?:(?:they|these|the\s+(?:new\s+)?" + _ENVOY_WORDS + r")|presenting\s+(?:their\s+)?"
                             r"(?:credentials|letters\s+of\s+credence)|taking\s+up\s+their\s+posts)\s+(?:are|were)\b")
    # "Presenting ... were A, B", "Taking up their posts are A, B"
    #: the subject of "presented their credentials to X": a number of envoys, not named yet
    _ENVOYS_PRESENTED = re.compile(r"^\W*(?:the\s+)?" + _COUNT + r"\s+(?:[\w-]+\s+){0,3}?" + _ENVOY_WORDS
                                   + r"\s+(?:[\w-]+\s+){0,4}$")
    #: a verb's subject: "the three envoys", "the four ambassadors", "the diplomats" (end of the text before the verb)
    _THE_ENVOYS = re.compile(r"\b(?:the|all)\s+(?:" + _COUNT + r"\s+|new\s+)*" + _ENVOY_WORDS
                             + r"(?:\s+[\w-]+){0,8}\s*$")  # "the four ambassadors presented copies of their"

    def _envoys_listed(self, s: _Sent, low: str, persons: list[tuple[Mention, str]]) -> bool:
        """The sentence after "X received the credentials of three new ambassadors" that names them: each met
        X, at the ceremony that sentence tells of (its date and place). Whether it was that sentence."""
        kind, hosts, received = self.open_envoys
        self.open_envoys = None
        listed = [k for _, k in persons if k not in hosts]
        if s.index != received.index + 1 or not self._ENVOYS_ARE.match(low) or len(listed) < 2:
            return False
        self.envoys = listed
        for h in hosts:
            for k in listed:
                self._met(h, k, s.text)
        self._meeting(kind, _dedupe(hosts + listed), received)
        self.seen_persons = _dedupe(self.seen_persons + listed)
        return True

    def _open_delegation(self, s: _Sent, kind: str, end: int, hosts: list[str]) -> None:
        """"She received a delegation of Bolivia": its head, named later ("The head of the delegation, X"),
        is the one met."""
        m = self._A_DELEGATION.match(s.text.lower(), end)
        sides = [x for x in s.mentions if m and x.start == m.end() and x.type in ("State", "Organization")]
        if sides and hosts:
            self.open_delegation = kind, hosts, sides[0].key

    def _delegation_head(self, s: _Sent, after: int, persons: list[tuple[Mention, str]]) -> None:
        kind, hosts, side = self.open_delegation
        head = [k for m, k in persons if m.start >= after][:1]
        if head:
            self.open_delegation = None
            self._represents(head[0], side, s)
            for h in hosts:
                self._met(h, head[0], s.text)
            self._meeting(kind, _dedupe(hosts + head), s)

    _CLAUSE = re.compile(r"\b(that|who|which|whom|said|says|noted|informed|told|stated|while|when|after|before)\b|[;:]")

    def _subject(self, before: list[tuple[Mention, str]], low: str, s: _Sent) -> list[str]:
        """The people a verb's subject names: the last person before it, with those coordinated with it
        ("X and Y held talks", "X of A, Y of B and Z of C held talks"), not people earlier in another clause.
        A post between them is not counted against the gap: "X, and the Cabinet Secretary for Foreign and
        Diaspora Affairs of the Republic of Kenya, Y, co-chaired"."""
        if not before:
            return []
        keep = [before[-1]]
        for m, k in reversed(before[:-1]):
            gap = low[m.end:keep[0][0].start]
            listed = re.search(r"\band\b", gap) or (len(keep) >= 2 and re.fullmatch(r"[^,;]{0,40},\s*", gap)) \
                or self._ACCOMPANIED.match(gap)  # "X, accompanied by Ambassador Y, met Z": both are the side
            if listed and not self._CLAUSE.search(gap) and (len(gap.split()) <= 14 or self._post_between(
                    s.text[m.end:keep[0][0].start]) or (self._ACCOMPANIED.match(gap) and len(gap.split()) <= 30)):
                keep.insert(0, (m, k))
            else:
                break
        return [k for m, k in keep]

    _ACCOMPANIED = re.compile(r",\s*(?:who was\s+)?accompanied by\b")
    # each word ends at a space or at the comma, so a word is read one way only (no backtracking blow-up)
    _POST_WORDS = re.compile(r"(?:,\s*(?:[A-Z]\.?){2,4})?"  # "X, MP, and ...": letters after the name
                             r",?\s*and\s+(?:(?:his|her|their)\s+(?:[A-Z][\w'’-]*\s+)?counterparts?,\s*)?"
                             r"(?:the\s+)?"  # ", and his Tanzanian counterpart, the Minister of ..., "
                             r"(?:(?:[A-Z][\w'’.-]*|of|the|for|and|on|in|to|[/–-])(?:\s+|(?=,))){1,30},\s*"
                             r"(?:H(?:is|er)\s+Excellency\s+)?"  # ", His Excellency Mr "
                             r"(?:(?:[A-Z][a-z]{0,3}\.?|H\.\s?E\.)\s+){0,2}")  # ", Mr ", ", H.E. Mr ": honorifics

    def _post_between(self, gap: str) -> bool:
        """", and the Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs of the
        Republic of Kenya, ": only the next name's post stands between two coordinated names."""
        return bool(self._POST_WORDS.fullmatch(gap))

    def _states_of(self, person: str) -> set[str]:
        return {x for x in self.represented.get(person, ()) if x.startswith("state:")}

    def _trigger(self, low: str, mentions: list[Mention], since: int = 0) -> tuple[str, int, int] | None:
        """The first meeting phrase of ``low`` from ``since`` on (the longest at a place): kind, start, end;
        a weaker phrase ("hosted", "by phone") only when there is none. A phrase inside a document's name
        ("Plan of Consultations") is none; "held the 7th X–Y Strategic Dialogue with" is one."""
        skip = [(0, since)] + [(m.start, m.end) for m in mentions if m.type == "Agreement"]
        found = [t for t in (self._first_trigger(low, self.lex.triggers, skip),
                             self._event_trigger(low, mentions, since), self._held_trigger(low, skip))
                 if t is not None]
        if found:
            return min(found, key=lambda t: (t[1], -t[2]))
        return self._first_trigger(low, self.lex.fallback_triggers, skip)

    _RELATIVE = re.compile(r"^\s*,\s*who\s+(?:(?:subsequently|later|then|also|afterwards|in turn|had)\s+)?"
                           r"(?:(?:presented|handed(?:\s+over)?)\s+(?:his|her)\s+(?:(?:letters?|cop(?:y|ies))\s+of\s+"
                           r"(?:his|her|the)\s+)?)?$")  # "received A, who presented his credentials to B": A met B

    def _coordinated_trigger(self, low: str, end: int, persons: list[tuple[Mention, str]],
                             mentions: list[Mention]) -> tuple[tuple[str, int, int], bool] | None:
        """A second meeting phrase after the first one's people, with people after it, and whether its
        subject is the last of them: "called on A and held talks with B" (False), "received A, who later
        met B" (True); or None."""
        after = [m for m, _ in persons if m.start >= end]
        if len(after) < 2:
            return None
        later = self._trigger(low, mentions, since=after[0].end)
        if later is None or not any(m.start >= later[2] for m in after):
            return None
        gap = low[max(m.end for m in after if m.end <= later[1]):later[1]]
        if self._RELATIVE.match(gap):
            return later, True
        # "and held (delegation-level) talks with": "and", then at most the verb and two more words
        if not re.match(r"^\W*(?:and|then)\s+(?:[a-z-]+\s+){0,3}$", gap) or self._CLAUSE.search(gap):
            return None
        return later, False

    _DURING_MEETING = re.compile(r"\b(?:during|at|in the course of)\s+(?:a|an|the|their)\s+(?:[a-z-]+\s+){0,2}?"
                                 r"(meeting|talks|consultations|negotiations)\b")
    _AFTER_THE = re.compile(r"^\W*(?:following|after)\s+(?:the|these|their)\s+(?:[a-z-]+\s+){0,2}$")
    _NEGATED = re.compile(r"\b(?:refused|declined|failed|unable|did not|didn't|does not|doesn't|do not|had not|"
                          r"hadn't|has not|hasn't|have not|haven't|will not|won't|could not|couldn't|never|cancell?ed|"
                          r"postponed)\s+(?:to\s+)?(?:yet\s+)?$")
    _FUTURE = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated|going)\s+to|"
                         r"(?:plans?|intends?)\s+to)\s+(?:also\s+|then\s+|later\s+)?"
                         r"(?:(?:hold|have|conduct|pay|present)\s+(?:[a-z-]+\s+){0,2}|be\s+)?$")
    # "will hold bilateral talks with", "is scheduled to be received by"
    _PRESS = re.compile(r"\s+(?:with\s+)?(?:the\s+)?(?:press|media|journalists|reporters|correspondents)\b")
    _WELCOMED = re.compile(r"\bwelcomed\b")
    # a word is followed by a space, a comma or the end, so it is read one way only (no backtracking blow-up)
    _TITLE_GAP = re.compile(r"^\s*(?:(?:[A-Z][\w.'’-]*|the|of|and|for|to|his|her|their|counterparts?|colleagues?|,)"
                            r"(?:\s+|(?=,)|$))*$")

    #: "welcomed a delegation of the Japan-Philippines Parliamentary Friendship League led by its chairman, Y"
    _DELEGATION_LED = re.compile(r"\s+(?:a|the)\s+(?:(?:[A-Z][\w'’-]*|high-level|parliamentary|visiting|business|"
                                 r"joint|large|government|official)\s+){0,4}delegation\b[^.;]{0,120}?\b"
                                 r"(?:led|headed)\s+by\b")

    def _welcomed(self, text: str, persons: list[tuple[Mention, str]]) -> tuple[str, int, int] | None:
        """"X welcomed (Prime Minister of Fiji) Y": a visit, when only a title stands between the verb
        and the person ("welcomed progress ..." is none), or a delegation that Y led."""
        for m in self._WELCOMED.finditer(text):
            after = [p for p, _ in persons if p.start >= m.end()]
            if after and (self._TITLE_GAP.match(text[m.end():after[0].start]) or (
                    (led := self._DELEGATION_LED.match(text, m.end())) and led.end() <= after[0].start)):
                return "Visit", m.start(), m.end()
        return None

    #: "With the Minister of Foreign Affairs of Indonesia, X, he reviewed ...": the one a pronoun met
    _FRONTED_WITH = re.compile(r"^(?:(?:on|at|in|during)\b[^,]{0,80},\s*)?with\s+")
    _PRONOUN_CLAUSE = re.compile(r",\s*(?:he|she|they)\s+(?:also\s+)?[a-z]+")

    def _fronted_with(self, low: str, persons: list[tuple[Mention, str]]) -> tuple[str, int, int] | None:
        """"With X (of B), he discussed ...": a meeting of X with the one the pronoun is (the article's
        protagonist), when no one is named after the pronoun."""
        head = self._FRONTED_WITH.match(low)
        clause = self._PRONOUN_CLAUSE.search(low, head.end()) if head else None
        if clause is None or not persons or persons[0][0].start < head.end():
            return None
        if any(m.start >= clause.start() for m, _ in persons) or persons[-1][0].end > clause.start():
            return None
        return "Meeting", low.rindex("with", 0, head.end()), head.end()

    _HELD_NOUN = re.compile(r"\b(?:held|had|conducted)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+){0,3}?"
                            r"(meeting|talks|consultations|negotiations|discussions?|conversations?)"
                            r"\s+(?:[a-z]+\s+){0,2}?with\b")
    #: "A and B also held a separate meeting": the people of the subject met
    _HELD_AMONG = re.compile(r"\b(?:held|had)\s+(?:(?:a|an)\s+)?(?:[a-z-]+\s+){1,2}?"
                             r"(meeting|talks|consultations|conversation)\b")
    _HELD_KIND = {"meeting": "Meeting", "talks": "Talks", "negotiations": "Talks", "consultations": "Consultations",
                  "discussion": "Meeting", "discussions": "Meeting", "conversation": "Meeting",
                  "conversations": "Meeting"}

    def _held_trigger(self, low: str, skip: list[tuple[int, int]]) -> tuple[str, int, int] | None:
        """"held a working meeting today with", "had productive talks with", "(A and B) held a separate
        meeting": a meeting phrase with words between its verb and its noun (and "with") that no fixed
        phrase lists."""
        patterns = [self._HELD_NOUN] if " with" in low else []
        if "held " in low or "had " in low:
            patterns.append(self._HELD_AMONG)
        for pattern in patterns:
            for m in pattern.finditer(low):
                if not any(a <= m.start() < b for a, b in skip) and not self._CLAUSE.search(m.group(0)):
                    kind = "PhoneCall" if "phone" in m.group(0) else self._HELD_KIND[m.group(1)]
                    return kind, m.start(), m.end()
        return None

    _HELD = re.compile(r"\b(?:held|co-chaired|chaired)\s+(?:the\s+)?$")

    _SITTING = re.compile(r"\b(?:dialogue|consultations|talks|round|session|meeting)\b")

    def _event_trigger(self, low: str, mentions: list[Mention], since: int = 0) -> tuple[str, int, int] | None:
        """A named meeting that someone held with someone: "held the 7th X–Y Strategic Dialogue with"."""
        for m in mentions:
            if m.type != "Event":
                continue
            held = self._HELD.search(low, since, m.start)
            after = re.match(r"\s+with\b", low[m.end:])
            name = m.label.lower()
            # "A and B held the 6th X–Y Strategic Dialogue": a sitting of a series, its holders met
            sitting = held and not after and self._SITTING.search(name)
            if held and (after or sitting):
                kind = "Consultations" if "consultation" in name else (
                    "Talks" if "talks" in name or "negotiation" in name else "Meeting")
                return kind, held.start(), m.end + (after.end() if after else 0)
        return None

    @staticmethod
    def _first_trigger(low: str, triggers: dict[str, list[str]],
                       skip: list[tuple[int, int]] = ()) -> tuple[str, int, int] | None:
        best = None
        for kind, phrases in triggers.items():
            for ph in phrases:
                if ph not in low:  # a cheap test first: most phrases are absent
                    continue
                for m in _bounded(ph).finditer(low):
                    if any(a <= m.start() < b for a, b in skip):
                        continue
                    cand = (m.start(), -(m.end() - m.start()), kind, m.end())
                    if best is None or cand < best:
                        best = cand
                    break
        if best is None:
            return None
        start, _, kind, end = best
        return kind, start, end

    _DEMONYM_DELEGATION = re.compile(r"\b[Tt]he\s+([A-Z][\w'’-]+)\s+delegation\s+(?:[\w-]+\s+){0,6}$")

    def _delegation_side(self, before: str) -> list[str]:
        """The head of "the Japanese delegation" (a verb's subject at the end of ``before``): the first of that
        state in the last meeting."""
        m = self._DEMONYM_DELEGATION.search(before)
        hits = self.lex.phrases.get(phrase_key([m.group(1)]), ()) if m and self.last_meeting else ()
        state = next((h.key for h in hits if h.role == "demonym"), "")
        return [k for k in self.last_meeting.participants if state in self._states_of(k)][:1] if state else []

    def _group_subject(self, before: str) -> str:
        """The longest group subject ("the two foreign ministers") at the end of ``before``, or ""."""
        tail = before[-40:]
        # "the ministries of the two countries signed": the ministries did, not the people who met
        return max((g for g in self.lex.group_subjects if g in tail and any(
            not re.search(r"\b(?:of|between|for|with)\s+$", tail[:m.start()]) for m in _bounded(g).finditer(tail))),
            key=len, default="")

    _SIGNED = re.compile(r"\b(signed|inked)\b")
    _NOT_DONE = re.compile(r"\b(will|would|to|shall|may|could|not|ready|intend|intends|plan|plans|planned)\s+(be\s+)?$")

    def _sign_position(self, low: str) -> int | None:
        """Where a completed act of signing is reported ("signed"), or None."""
        for m in self._SIGNED.finditer(low):
            if not self._NOT_DONE.search(low[:m.start()]):
                return m.start()
        return None

    def _met(self, a: str, b: str, sentence: str) -> None:
        if a == b:
            return
        self._relation("metWith", a, b, sentence)

    def _all_met(self, keys: list[str], sentence: str) -> None:
        for i, a in enumerate(keys):
            for b in keys[i + 1:]:
                self._met(a, b, sentence)

    def _meeting(self, kind: str, participants: list[str], s: _Sent) -> Meeting:
        self.meeting_count += 1
        date = self._date(s.text) or self.article.date
        place = ""
        for m in s.mentions:
            if m.type == "Place" and re.search(r"\b(in|at)\s+(the\s+)?$", s.text[:m.start]):
                place = m.key
                break
        mt = Meeting(f"meeting:{self.article.id}-{self.meeting_count}", kind, participants, self.article.id,
                     s.text, date=date, place=place)
        self.facts.meetings.append(mt)
        self.last_meeting = mt
        return mt

    _SIGNED_BY = re.compile(r"(?:signed|inked)(?:\s+|(?=,\s*on behalf))(?:today\s+|yesterday\s+)?"
                            r"(?:(?:in|on|at)\s+(?!behalf\b)[^,;]{1,30}?"
                            # "signed at the Ministerial Complex, Botanical Gardens, by": a place in two parts
                            r"(?:,\s+(?!(?:which|who|whom|where|when|while|and|but|as|after|before)\b)[^,;]{1,30}?,)?"
                            r"\s+){0,2}"
                            # "signed in New Delhi in March 2024 by", "signed, on behalf of the Government, by"
                            r"(?:,?\s*on behalf of\s+[^,;]{1,60}?,?\s+)?by\b")
    _SIGNED_BETWEEN = re.compile(r",?\s+(?:which\s+was\s+|that\s+was\s+|was\s+)?signed\s+between\s+(?:the\s+)?")
    #: "X signed the agreement with his Peruvian counterpart Y": Y signed it too
    _WITH_COUNTERPART = re.compile(r"\s+with\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,3}?$")

    def _signing(self, s: _Sent, low: str, persons, meeting: Meeting | None) -> None:
        agreements = [m for m in s.mentions if m.type == "Agreement"]
        named = self.last_agreements
        if agreements:
            self.last_agreements = _dedupe([m.key for m in agreements])
            self.documents_named = _dedupe(self.documents_named + self.last_agreements)
        for w in self._WITNESSED.finditer(low):
            # "witnessed the signing of a Memorandum ... between CIDCA and the APC": the two bodies signed it,
            # unless the article names the people who did (then only they did: _drop_state_signers)
            doc = next((a for a in agreements if w.end() <= a.start <= w.end() + 3), None)
            if doc and not self._BY.match(low, doc.end):
                self._signed(self._parties_between(s, low, doc), [doc.key], s, meeting)
        for doc in agreements:  # "the MoU on X signed between the EU and Rwanda in 2024": the two signed it
            by = self._SIGNED_BETWEEN.match(low, doc.end)
            after = [x for x in s.mentions if by and x.type in ("State", "Organization") and x.start >= by.end()]
            # not "Pakistan" inside the first body's name, nor its acronym after it: "the Trade Development Authority
            # of Pakistan (TDAP) and the Chamber of ..."
            sides = [x for i, x in enumerate(after) if x.key not in {o.key for o in after[:i]} and not any(
                o.start <= x.start and x.end <= o.end and o is not x for o in after)][:2]
            if len(sides) == 2 and sides[0].start == by.end() \
                    and re.fullmatch(r"(?:\s*\([^()]*\))?\s+and\s+(?:the\s+)?", low[sides[0].end:sides[1].start]):
                self._signed([x.key for x in sides], [doc.key], s, meeting)
        if not agreements and named and self._SIGNING_FOR.match(low):
            # "Signing on behalf of the Holy See was A, ..., and on behalf of Tanzania B": the documents named before
            witnesses = self._WITNESSES.search(low)
            signers = [(m, k) for m, k in persons if not witnesses or m.start < witnesses.start()]
            after = 0
            for m, k in signers:  # each signer is the side named after "on behalf of" since the signer before
                side = [x for x in s.mentions if x.type in ("State", "Organization") and after <= x.start
                        and x.end <= m.start and re.search(r"\b(?:on behalf of|for)\s+(?:the\s+)?$", low[:x.start])]
                if side:
                    self._represents(k, side[-1].key, s)
                after = m.end
            self._signed(_dedupe([k for m, k in signers]), named, s, meeting)
            return
        pos = self._sign_position(low)
        if pos is None:
            self._signing_of(s, low, agreements, persons, meeting)
            return
        if by := self._SIGNED_BY.match(low, pos):  # "X was signed by A and B", "the X signed by A and B"
            self._signed_by(s, low, by, agreements, named, persons, meeting)
            return
        if not agreements and named:
            # "A signed on behalf of the Government of Ghana, while B signed for the Vietnamese side": the
            # documents the sentence before named
            self._signed(self._subjects_of_signed_for(s.text, low, persons), named, s, meeting)
        if not agreements or any(p in low for p in self.lex.passive_sign):
            return
        # The documents after "signed" (", signed in 2022" after a name is no new act), but not those after
        # "..., while the Cabinet adopted B" or "and witnessed the signing of B".
        clause = self._NEXT_CLAUSE.search(low, pos)
        witnessed = {next((m.start for m in agreements if m.start >= w.end()), -1)
                     for w in self._WITNESSED.finditer(low, pos)}
        after = [m for m in agreements if m.start > pos and (clause is None or m.start < clause.start())
                 and m.start not in witnessed]
        if not after:
            self._signed_which(s, low, pos, agreements, persons, meeting)
            return
        said = max((c.end() for c in self._REPORTED.finditer(low, 0, pos)), default=0)
        signers = [k for m, k in persons if said <= m.start and m.end <= pos]  # "X stated that the ministers signed"
        if signers:
            signers += [k for m, k in persons if m.start > after[-1].end
                        and self._WITH_COUNTERPART.fullmatch(low, after[-1].end, m.start)]
        if self.protagonist and self._FIRST_PERSON.search(s.text[:pos]):
            signers += self.protagonist  # a minister's own release: "Minister X and I signed"
        if not signers and (group := self._group_signs(low[:pos])):
            if group == "they" and self.last_signers[0] == s.index - 1:
                signers = list(self.last_signers[1])  # "the two Ministers signed A. They also signed B": the same two
            elif self.last_meeting:
                signers = self._holders(group, list(self.last_meeting.participants))
            elif len(self.seen_persons) == 2:  # "A and her counterpart B agreed ... The ministers also signed"
                signers = list(self.seen_persons)
        if not signers:  # "Ghana and Spain signed ...": no signatory is named, the states signed
            signers = self._signing_states(s, low, pos)
        self._signed(_dedupe(signers), [m.key for m in after], s, meeting)

    _SIGNING_FOR = re.compile(r"\W*(?:signing|(?:the\s+)?signatories)\s+(?:(?:were|was)\s+)?(?:on behalf of|for)\s")
    #: "A signed on behalf of X", "A signed the MoU on behalf of X while B inked it on behalf of Y"
    _SIGNED_FOR = re.compile(r"\s+(?:also\s+)?(?:signed|inked)\s+(?:it\s+|them\s+|the\s+(?:document|agreement|"
                             r"memorandum|mou|protocol|accord|deal)s?\s+)?(?:on behalf of|for)\s")
    _CO_SUBJECT = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:[A-Z][\w.-]*\s+){0,3}")

    def _subjects_of_signed_for(self, text: str, low: str, persons) -> list[str]:
        """The people who "signed on behalf of" or "signed for" someone, with those listed before them in one
        subject ("A and Undersecretary B signed on behalf of the two institutions")."""
        out: list[str] = []
        for i, (m, key) in enumerate(persons):
            if self._SIGNED_FOR.match(low, m.end):
                out.append(key)
                j = i
                while j > 0 and self._CO_SUBJECT.fullmatch(text, persons[j - 1][0].end, persons[j][0].start):
                    j -= 1
                    out.append(persons[j][1])
        return _dedupe(out)
    _REPORTED = re.compile(r"\b(?:that|said|says|stated|noted|informed|told|added|reported)\b")
    _WHICH = re.compile(r"(?:\s*\([^)]*\))?\s*,\s+which\s+")
    _BY_THE_BODIES = re.compile(r"\s+(?:the\s+)?(?:two|both)\s+(?:ministries|institutions|organizations|organisations"
                                r"|agencies|parliaments|academies|bodies)\b")
    _BY_THE_STATES = re.compile(r"\s+(?:the\s+)?(?:two|three|four|five|six|both|all)\s+(?:countries|states|governments"
                                r"|nations)\b")

    def _signed_which(self, s: _Sent, low: str, pos: int, agreements: list[Mention], persons,
                      meeting: Meeting | None) -> None:
        """"The X Agreement (XA), which Chile, New Zealand and Singapore signed in 2020": the states (or the people)
        between "which" and "signed" signed X."""
        for m in agreements:
            which = self._WHICH.match(low, m.end)
            if not which or not which.end() < pos <= which.end() + 120:
                continue
            signers = [k for p, k in persons if which.end() <= p.start and p.end <= pos]
            if not signers:
                # the states are the whole subject: "which Chile, New Zealand and Singapore (have) signed"
                states = self._states_then_signed(s, low, pos)
                if states and re.fullmatch(r"(?:the\s+)?", low[which.end():states[0].start]):
                    signers = [x.key for x in states]
            self._signed(_dedupe(signers), [m.key], s, meeting)
            return
    _WITNESSED = re.compile(r"\bwitness(?:ed|ing)?\s+the\s+signing\s+of\s+(?:the\s+|an?\s+)?")
    _NEXT_CLAUSE = re.compile(r",\s*(?:while|whereas)\b")
    _STATES_LISTED = re.compile(r"\)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")  # "(AMEXCID) and the INGUAT"
    _SUBJECT_THEN_SIGNED = re.compile(r"\s+(?:(?:have|has|also|today|jointly|officially|formally)\s+)*")

    def _states_then_signed(self, s: _Sent, low: str, pos: int, *, bodies: bool = False) -> list[Mention]:
        """The list of states right before "signed" at ``pos``: "Ghana and Spain (have) signed"; with ``bodies``,
        of organizations too: "the TABC and the Ghana Chamber of Commerce (GNCCI) signed"."""
        found = [m for m in s.mentions if m.type in (("State", "Organization") if bodies else ("State",))
                 and m.end <= pos]
        states = _outermost(found)  # not "Ghana" inside "Ghana Chamber of Commerce"
        if not states or not self._SUBJECT_THEN_SIGNED.fullmatch(low, states[-1].end, pos):
            return []
        keep = [states[-1]]
        for m in reversed(states[:-1]):
            if m.key == keep[0].key and re.fullmatch(r"\s*\(\s*", low[m.end:keep[0].start]):
                keep[0] = m  # "the Mexican Agency for ... (AMEXCID)": one body, named and then abbreviated
                continue
            if not self._STATES_LISTED.fullmatch(low, m.end, keep[0].start):
                break
            keep.insert(0, m)
        return keep

    def _states_listed_after(self, s: _Sent, low: str, start: int, *, bodies: bool = False) -> list[Mention]:
        """The list of states that starts at ``start``: "(signed by) Azerbaijan, Georgia and Romania"; with
        ``bodies``, of states and bodies: "(signed in 2022 by) Bank Indonesia, Bank Negara Malaysia and the ..."."""
        states = [m for m in s.mentions if m.type in (("State", "Organization") if bodies else ("State",))
                  and m.start >= start]
        states = [m for m in states if not any(o.start <= m.start and m.end <= o.end and o is not m for o in states)]
        if not states or not re.fullmatch(r"\s*(?:the\s+)?", low[start:states[0].start]):
            return []
        keep = [states[0]]
        for m in states[1:]:
            if not (self._STATES_LISTED.fullmatch(low, keep[-1].end, m.start)
                    or self._STATES_NAMED.fullmatch(low, keep[-1].end, m.start)):
                break
            keep.append(m)
        return keep

    #: "India and the four EFTA states – Iceland, ...": a group of states, then its members
    _STATES_NAMED = re.compile(r"\s*(?:,\s*)?(?:and\s+)?the\s+(?:[\w-]+\s+){0,3}?(?:states|countries|members)"
                               r"\s*[-–—:,]\s*")

    _FRONTED_TIME = re.compile(r"\s*(?:after|before|following|when|once)\s[^,;:]{1,60},\s*")

    def _signing_states(self, s: _Sent, low: str, pos: int) -> list[str]:
        """The states (or bodies) that are the whole subject of "signed": "Ghana and Spain (have) signed"."""
        keep = self._states_then_signed(s, low, pos, bodies=True)
        if not keep:
            return []
        before = low[:keep[0].start]
        fronted = self._FRONTED_TIME.fullmatch(before)  # "After the talks, A and B signed": no clause of its own
        if (re.search(r"\b(?:in|to|from|of|with|by|for|at|on|and)\s+(?:the\s+)?$", before)
                and not re.search(r",\s+and\s+(?:the\s+)?$", before)) \
                or (not fronted and self._CLAUSE.search(before[-40:])):  # ", and the VCCI and APIX signed": a clause
            return []  # "the talks in Ghana signed off": a place; "they noted that A and B signed": a report
        return [m.key for m in keep]

    def _drop_state_signers(self) -> None:
        """A state signs a document only when the article names no one who signed it."""
        by_person = {r.object for r in self.facts.relations if r.kind == "signed" and r.subject.startswith("person:")}
        self.facts.relations = [r for r in self.facts.relations if not (
            r.kind == "signed" and r.object in by_person and not r.subject.startswith("person:"))]

    def _signed(self, signers: list[str], documents: list[str], s: _Sent, meeting: Meeting | None) -> None:
        """Each of ``signers`` signed each of ``documents``, which came out of ``meeting`` (or the last one)."""
        if not signers:
            return
        self.last_signers = s.index, signers
        target = meeting or self.last_meeting
        for doc in documents:
            for p in signers:
                self._relation("signed", p, doc, s.text)
            if target is not None and doc not in target.agreements:
                target.agreements.append(doc)

    _BY = re.compile(r"(?:\s*\([^)]*\))?\s+by\b")
    #: the writer of a first-person release (its byline's minister) as the subject: "X and I (today) signed"
    _FIRST_PERSON = re.compile(r"(?:^|\band\s+)I(?:\s+[a-z]+){0,3}\s*$")

    def _parties_between(self, s: _Sent, low: str, doc: Mention) -> list[str]:
        """The bodies (or states) a document's name says it is between: "MoU ... between the A (X) and the B"."""
        between = low.find(" between ", doc.start, doc.end)
        if between < 0:
            return []
        inside = [m for m in s.mentions
                  if m.type in ("State", "Organization") and between < m.start and m.end <= doc.end]
        top = _outermost(inside)
        bodies = [m for m in top if m.type == "Organization"]
        top = bodies if len(bodies) >= 2 else top  # not "Colombia" of "(APC-Colombia)" after the body
        return _dedupe([m.key for m in top]) if len(top) >= 2 else []

    def _signing_of(self, s: _Sent, low: str, agreements: list[Mention], persons, meeting: Meeting | None) -> None:
        """"(welcomed) the signing of X by A and B": A and B signed X."""
        if "signing of" not in low or not agreements:
            return
        for m in re.finditer(r"\bsigning of\b", low):
            doc = next((a for a in agreements if a.start >= m.end()), None)
            by = self._BY.match(low, doc.end) if doc else None
            if by:
                self._signed(_dedupe([k for p, k in persons if p.start >= by.end()]), [doc.key], s, meeting)
            elif doc and self.last_meeting and self._ENDED_WITH.search(low, 0, m.start()) \
                    and all(k in self.last_meeting.participants for p, k in persons if p.start < m.start()):
                # "The meeting ... ended with the signing of X": those who met signed it
                self._signed(list(self.last_meeting.participants), [doc.key], s, meeting)

    _ENDED_WITH = re.compile(r"\b(?:ended|concluded|closed|culminated)\s+(?:with|in)\s+the\s+$")

    def _signed_by(self, s: _Sent, low: str, by: re.Match[str], agreements: list[Mention], named: list[str],
                   persons, meeting: Meeting | None) -> None:
        """"The X was signed by A and B": A and B signed X; "The agreement was signed by ...": the document
        named last before. Only people after "by" sign ("signed by the two countries" names none), or the states
        listed there, or the people of the last meeting a group names ("signed by the heads of delegations")."""
        witnesses = self._WITNESSES.search(low, by.end())  # "signed by A and B, in the presence of C": C did not sign
        signers = _dedupe([k for m, k in persons
                           if m.start >= by.end() and (not witnesses or m.start < witnesses.start())])
        documents = [m.key for m in agreements if m.end <= by.start()]
        if not signers and documents and self._BY_THE_STATES.match(low, by.end()):
            # "the Agreement on the China-Kyrgyzstan-Uzbekistan Railway, signed by the three countries": the
            # states its name names
            in_name = [x.key for x in s.mentions if x.type == "State" and any(
                a.start <= x.start and x.end <= a.end for a in agreements if a.end <= by.start())]
            signers = _dedupe(in_name) if len(set(in_name)) >= 2 else []
        if not signers and documents and self._BY_THE_BODIES.match(low, by.end()):
            # "the MoU ... between the Ministry of Foreign Affairs of A and the Ministry of Foreign Affairs of B, signed
            # by the two ministries": the bodies its name names
            doc = next(m for m in reversed(agreements) if m.end <= by.start())
            signers = self._parties_between(s, low, doc)
        if not signers and documents:
            # "signed by A, B and C in 2022": states; "signed by Bank Indonesia, Bank Negara Malaysia and ...": bodies
            signers = [m.key for m in (self._states_listed_after(s, low, by.end())
                                       or self._states_listed_after(s, low, by.end(), bodies=True))]
        if not signers and self.last_meeting and not self._BY_THE_STATES.match(low, by.end()) \
                and (group := self._group_subject(low[:by.end() + 40])) \
                and re.match(rf"\s+{re.escape(group)}\b", low[by.end():]):
            signers = self._holders(group, list(self.last_meeting.participants))  # "signed by the two ministers"
        if not documents:
            documents = self._documents_of_kind(low[:by.start()])
        if not documents and (_the_document(self.lex).search(low, 0, by.start()) or not low[:by.start()].strip()):
            documents = named  # "It was signed by A and B", or a list's "Signed by A and B." after the document
        self._signed(signers, documents, s, meeting)

    _WITNESSES = re.compile(r",?\s+(?:in the presence of|witnessed by)\b")
    _KIND_SUBJECT = re.compile(r"^\W*the\s+((?:[a-z-]+\s+){1,3}[a-z-]+|[a-z-]+s)\s+"
                               r"(was|were|has been|have been|had been)\s+(?:(?:also|jointly)\s+){0,2}$")

    def _documents_of_kind(self, before: str) -> list[str]:
        """The documents named before that a subject names by their kind: "The loan agreements were signed by":
        every loan agreement named; "The Record of Discussions was signed by": the last record of discussions."""
        subject = self._KIND_SUBJECT.match(before)
        if not subject:
            return []
        kind = subject[1].removesuffix("s")
        docs = [k for k in self.documents_named if _lower(self.facts.entities[k].label).startswith(kind)]
        return docs if subject[2] in {"were", "have been"} else docs[-1:]

    def _holders(self, group: str, met: list[str]) -> list[str]:
        """The people a group subject names: "the two foreign ministers" are the foreign ministers of the last
        meeting, or the two of the article when its last meeting had other people ("the Vice Ministers held a
        separate meeting ... At the close, the two foreign ministers signed"); "the ministers", "the sides"
        are that meeting's."""
        held = re.sub(r"^(?:the|both|all)\s+(?:two\s+|three\s+)?", "", group).removesuffix("s")
        if re.match(r"(?:head|leader)s? of (?:the )?delegations?$", held):
            # "the heads of delegation signed": those who led them (of the last meeting, else the article's two),
            # not who came along
            heads = [p for p in self.delegation_heads if p in met]
            if len(heads) >= 2 or len(heads := self.delegation_heads) == 2:
                return heads
        if not held.endswith(" minister") and not (held == "minister" and "two" in group):
            return met  # no post named ("the sides", "the ministers")
        post = re.compile(("" if held.startswith(("deputy", "vice", "first")) else r"(?<!deputy )(?<!vice )")
                          + re.escape(held) + r"\b")

        plain = held == "minister"  # "the two Ministers": ministers, not their deputies

        def holds(person: str) -> bool:
            return any(post.search(title := _FOREIGN_MINISTER.sub("foreign minister", t.lower()))
                       and not (plain and _DEPUTY.search(title)) for t in self.facts.entities[person].titles)
        chosen = [p for p in met if holds(p)]
        if len(chosen) < 2:  # "the two Ministers signed", after a meeting of their officials: the ministers' meeting
            chosen = next((held_by for m in reversed(self.facts.meetings)
                           if len(held_by := [p for p in m.participants if holds(p)]) >= 2), chosen)
        if len(chosen) < 2 and not plain:
            every = [k for k, e in self.facts.entities.items() if e.type == "Person" and holds(k)]
            chosen = every if len(every) == 2 else chosen
        return chosen if len(chosen) >= 2 else met

    _OPENING = re.compile(r"\W*(?:(?:after|before|following)\b|on\s+(?:the\s+same|that|this)\s+occasion\b)[^,;]{0,50},")

    def _group_signs(self, before: str) -> str:
        """The group that is the subject of "signed", or "": "the two sides (also) signed", or "They agreed
        to ..., and signed" (the sentence's subject, in one clause); not "they noted that A and B signed"."""
        opening = self._OPENING.match(before)  # "After the talks, the two ministers signed": a time, not a clause
        start = max(len(before) - 40, opening.end() if opening else 0)
        if self._CLAUSE.search(before, start):
            return ""
        if group := self._group_subject(before):
            return group
        head = self._group_subject(before[:(opening.end() if opening else 0) + 25])
        return head if head and before.rstrip().endswith(" and") and not self._CLAUSE.search(before) else ""

    _MONTH_DAY = re.compile(r"\b(?:on\s+)?(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{4}))?")
    _DAY_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>[A-Z][a-z]{2,8})"
                            r"(?:,?\s+(?P<y>\d{4}))?")

    def _date(self, text: str) -> str:
        for rx in (self._MONTH_DAY, self._DAY_MONTH):
            for m in rx.finditer(text):
                month = self.lex.months.get(m.group("m").lower())
                if not month:
                    continue
                day = int(m.group("d"))
                year = m.group("y") or self.article.date[:4]
                if not year or not 1 <= day <= 31:
                    continue
                return f"{int(year):04d}-{month:02d}-{day:02d}"
        return ""


def _outermost(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` in text order, without those inside a longer one of them ("Ghana" in "Ghana Chamber of ...")."""
    return sorted((m for m in mentions if not any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in mentions)),
        key=lambda m: m.start)


@lru_cache(maxsize=4)
def _the_document(lex: Lexicon) -> re.Pattern[str]:
    """"The agreement was (jointly) signed": a document named before, not here (ends where "signed" starts)."""
    words = {" ".join(w) for w in lex.agreement_heads_lower} | {a.lower() for a in lex.document_abbreviations} \
        | {"document", "documents", "notes", "pact", "deal"}  # "the notes were signed": an Exchange of Notes
    heads = "|".join(re.escape(w) for w in sorted(words))  # "the memorandum", "the MoU"
    return re.compile(rf"(?:\bthe\s+(?:(?:two|three|four|five|these|both)\s+)?(?:{heads})\s+|^\W*it\s+(?=was|has))"
                      r"(?:(?:was|were|has been|have been|had been)\s+)?(?:(?:also|jointly)\s+){0,2}$")


@lru_cache(maxsize=4096)
def _bounded(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


def _lower(text: str) -> str:
    return text.lower().replace("ς", "σ")  # final sigma lowercases by context; compare without it


def _unique_persons(persons: list[tuple[Mention, str]]) -> list[tuple[Mention, str]]:
    seen, out = set(), []
    for m, k in persons:
        if k not in seen:
            seen.add(k)
            out.append((m, k))
    return out


