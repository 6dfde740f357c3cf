"""Plain dataclasses that cross stage boundaries.

ingest -> ``Article``; extract -> ``ArticleFacts`` (entities local to one
article, relations and meetings with their evidence); resolve -> ``KnowledgeGraph``
(entities merged across articles). No spaCy or rdflib objects travel between
stages.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

#: Node types of the graph (names of classes in the ontology).
ENTITY_TYPES = ("Person", "State", "Organization", "Event", "Agreement", "Place")
#: Typed edges between entities (names of properties in the ontology).
RELATION_KINDS = (
    "metWith", "signed", "represents", "memberOf", "partyTo",
    "invitedTo", "participatedIn", "headquarteredIn",
)


@dataclass(frozen=True, slots=True)
class Article:
    """One news item. ``id`` is stable: derived from the source and content."""

    id: str
    text: str
    title: str = ""
    date: str = ""  # ISO 8601 date (YYYY-MM-DD) or ""
    source: str = ""  # file the article came from
    url: str = ""
    outlet: str = ""


@dataclass(slots=True)
class Entity:
    """An entity as seen in one article (or, after resolution, in many).

    ``key`` is the canonical key, e.g. ``state:kz`` or ``person:murat-nurtleu``;
    it is the basis of the node's IRI.
    """

    key: str
    type: str
    label: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    attrs: dict[str, str] = field(default_factory=dict)  # iso, wikidata, acronym ...
    articles: set[str] = field(default_factory=set)
    evidence: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed edge with the sentence that states it."""

    kind: str
    subject: str  # entity key
    object: str  # entity key
    article: str  # article id
    sentence: str


@dataclass(slots=True)
class Meeting:
    """A meeting, visit, talks, consultations, call or signing: a dated occurrence."""

    key: str
    kind: str  # Meeting, Visit, Talks, Consultations, PhoneCall, Signing
    participants: list[str]
    article: str
    sentence: str
    date: str = ""
    place: str = ""  # entity key of a Place or State
    agreements: list[str] = field(default_factory=list)


@dataclass(slots=True)
class ArticleFacts:
    """What extraction found in one article."""

    article: Article
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)

    def renamed(self, keys: dict[str, str]) -> ArticleFacts:
        """These facts with entity keys replaced in relations and meetings (``entities`` as it is); a relation
        that two keys now make one, or that joins a key to itself, is dropped. Nothing here is changed."""
        def k(x: str) -> str:
            return keys.get(x, x)
        relations = list(dict.fromkeys(replace(r, subject=k(r.subject), object=k(r.object)) for r in self.relations
                                       if k(r.subject) != k(r.object)))
        meetings = [replace(m, participants=list(dict.fromkeys(map(k, m.participants))),
                            agreements=list(dict.fromkeys(map(k, m.agreements))), place=k(m.place))
                    for m in self.meetings]
        return ArticleFacts(self.article, self.entities, relations, meetings)


@dataclass(slots=True)
class KnowledgeGraph:
    """Entities merged across articles, with every relation and meeting."""

    articles: dict[str, Article] = field(default_factory=dict)
    entities: dict[str, Entity] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
