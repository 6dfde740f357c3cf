"""Property tests (issue 7): over generated articles and names, the pipeline never crashes,
the Turtle reads back as the same graph, every IRI is valid, and resolving is stable.

Articles are sentences built from diplomatic fragments (titles, states, verbs) and
generated names, mixed with arbitrary Unicode text. Example counts are kept
moderate for CI time (see ``EXAMPLES``).
"""
from __future__ import annotations

import copy
import re
import tempfile
from pathlib import Path

import pyoxigraph
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.export.rdf import turtle
from kg.extract.article import extract
from kg.extract.lexicon import load_lexicon
from kg.graph import to_rdf
from kg.ingest import read_paths
from kg.ingest.items import article_id
from kg.model import Article, ArticleFacts
from kg.resolve import resolve
from kg.state import facts_from_json, facts_to_json

EXAMPLES = 200
PROPERTY = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

#: RFC 3987-ish: what an IRI in the graph may hold (no spaces, no <>"{}|\^` ).
IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]+$")

TITLES = ["Minister of Foreign Affairs of", "Deputy Minister of Foreign Affairs of the Republic of",
          "Ambassador of", "President of", "Prime Minister of", "Special Envoy of", "Foreign Minister of"]
STATES = ["Kazakhstan", "Ghana", "Chile", "Japan", "Germany", "the Russian Federation", "Côte d'Ivoire",
          "Türkiye", "the United States", "Uzbekistan", "China", "Brazil"]
VERBS = ["met with", "held talks with", "held consultations with", "had a phone call with", "received",
         "signed an Agreement on Cooperation with", "visited", "welcomed"]
ORGS = ["the United Nations", "the OSCE", "the Shanghai Cooperation Organisation (SCO)", "NATO",
        "the World Customs Organization"]
HOSTILE = ['"', "'", "\\", "<", ">", '"""', "@prefix x: <y> .", "{", "}", "|", "^", "`", "\n", "\t", "%",
           "#", "&amp;", "</script>", "\u2028", "\x00", "\ufeff", "🤝", "Ж", "ø", "ß", "ı", "İ", "ﬁ"]

syllables = st.sampled_from(["ai", "bek", "kwa", "me", "tu", "le", "gen", "ov", "ra", "shi", "no", "ya",
                             "zh", "ан", "ов", "李", "明", "ø", "é", "ğ", "'", "-", "ñ"])
word = st.lists(syllables, min_size=1, max_size=4).map("".join)
noise = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
name = st.one_of(
    st.tuples(word, word).map(lambda p: f"{p[0].capitalize()} {p[1].capitalize()}"),
    st.tuples(word, word, st.sampled_from(HOSTILE)).map(lambda p: f"{p[0].title()}{p[2]}{p[1].title()}"),
    st.tuples(word, noise).map(lambda p: f"{p[0].title()} {p[1]}"),
)
state = st.sampled_from(STATES)
title = st.sampled_from(TITLES)
sentence = st.one_of(
    st.builds(lambda t1, s1, n1, v, t2, s2, n2: f"{t1} {s1} {n1} {v} {t2} {s2} {n2}.",
              title, state, name, st.sampled_from(VERBS), title, state, name),
    st.builds(lambda n, v, o: f"{n} {v} {o}.", name, st.sampled_from(VERBS), st.sampled_from(ORGS)),
    st.builds(lambda t, s, n, h: f"{t} {s} {n} said: “{h}”.", title, state, name, st.sampled_from(HOSTILE)),
    noise,
    st.lists(st.sampled_from(HOSTILE), max_size=6).map("".join),
)


@st.composite
def articles(draw: st.DrawFn) -> list[Article]:
    out = []
    for n in range(draw(st.integers(1, 3))):
        headline = draw(st.one_of(st.just(""), sentence.map(lambda s: s.rstrip("."))))
        text = " ".join(draw(st.lists(sentence, min_size=1, max_size=5)))
        date = draw(st.sampled_from(["", "2024-02-29", "2025-12-31"]))
        source = f"in/{n}-{draw(noise)}.txt"
        out.append(Article(id=article_id(source, headline, text), text=text, title=headline, date=date,
                           source=source, url=draw(st.sampled_from(["", "https://example.org/a?b=c&d=\"e\""])),
                           outlet=draw(st.sampled_from(["", "Agency <b>", 'The "Times"'])),))
    return out


_LEXICON = load_lexicon()


def pipeline(batch: list[Article]) -> tuple[list[ArticleFacts], Graph]:
    facts = [extract(a, _LEXICON) for a in batch]
    return facts, to_rdf(resolve(copy.deepcopy(facts)))


@PROPERTY
@given(articles())
def test_properties_build_never_crashes_turtle_reads_back_iris_are_valid(batch: list[Article]) -> None:
    _, graph = pipeline(batch)
    text = turtle(graph)
    back = Graph().parse(data=text, format="turtle")
    assert isomorphic(back, graph)
    assert len(list(pyoxigraph.parse(text.encode("utf-8"), format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)
    for triple in graph:
        for term in triple:
            if isinstance(term, URIRef):
                assert IRI.match(str(term)), str(term)


@PROPERTY
@given(articles())
def test_properties_resolving_twice_changes_nothing(batch: list[Article]) -> None:
    facts, graph = pipeline(batch)
    again = to_rdf(resolve(copy.deepcopy(facts)))
    assert turtle(again) == turtle(graph)
    # Resolving the resolved graph once more (as one article's facts) merges nothing further.
    kg = resolve(copy.deepcopy(facts))
    folded = ArticleFacts(article=batch[0], entities=copy.deepcopy(kg.entities),
                          relations=list(kg.relations), meetings=copy.deepcopy(kg.meetings))
    twice = resolve([folded])
    assert sorted(twice.entities) == sorted(kg.entities)
    assert {k: e.label for k, e in twice.entities.items()} == {k: e.label for k, e in kg.entities.items()}
    assert twice.relations == kg.relations


@PROPERTY
@given(articles())
def test_properties_facts_cache_round_trip(batch: list[Article]) -> None:
    facts, _ = pipeline(batch)
    for f in facts:
        back = facts_from_json(facts_to_json(f))
        assert back == f and list(back.entities) == list(f.entities)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".html", ".jsonl", ".md", ""]))
def test_properties_ingest_never_raises_on_any_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        result = read_paths([path])
    assert len(result.articles) + len(result.problems) >= 1
    for problem in result.problems:
        assert "\n" not in str(problem)
