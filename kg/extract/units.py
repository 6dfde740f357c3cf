"""Shared pieces of sentence analysis: units, mentions, the unit classes and small helpers.

Public API: ``Unit``, ``Mention``, ``SentenceMentions`` (plain dataclasses), ``dedupe``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

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
#: ordinals written out, in order: ``_ORDINALS[n - 1]`` is the nth
_ORDINALS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())
_ORDINAL_WORDS = frozenset(_ORDINALS)
_FUNCTION_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
                   "with", "vs", "via", "over", "amid"}
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$|^[IVXL]+$")
_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.)*[A-Z][a-z]?$")


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
    type: str  # Person, State, Organization, Event, Agreement, Place, Title; Home: a foreign ministry named
    # without its state ("the Ministry of Foreign Affairs said"), the publisher's own if its source names a state
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



def dedupe(items: list[str]) -> list[str]:
    seen: list[str] = []
    for x in items:
        if x and x not in seen:
            seen.append(x)
    return seen
