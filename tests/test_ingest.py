"""Tests of the ingest stage: files -> Article (kg.ingest).

Every fixture is invented here; the real corpus is only read (never copied) by
the tests at the end, which skip when the shared folder is absent.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import IngestResult, decode, pages, read_file, read_paths
from kg.ingest.dates import normalise_date
from kg.ingest.dumps import JUNK_LINES
from kg.ingest.plain import parse_plain

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"
needs_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"the shared corpus is not here ({CORPUS})"
)

ARTICLE = """\
# url: https://mfa.example.org/news/42
# date: 2023-03-14
# source: The Example Herald

Foreign Ministers of Arland and Belmora Hold Talks

The Minister of Foreign Affairs of Arland, Ivo Petrel, met with his Belmoran counterpart Sana Oru in Velt.
The sides discussed transit corridors and water management.

They agreed to meet again in the autumn.
"""

DUMP = """\
date 2024-05-20 17.05.2024, 18:40 2210
Arland and Belmora Review Trade Ties

Deputy Minister Ola Venn received the Ambassador of Belmora, Rik Amsel.
The parties reviewed the agenda of the intergovernmental commission.
relevant news
16.05.2024, 11:05 980
Consultations Held with Corvia
The third round of political consultations with Corvia took place in Velt.
Both delegations praised the growth of mutual trade.
15.05.2024, 09:30
15.05.2024, 08:12 431
Ambassador Presents Credentials in Dunmark
Ambassador Tia Merren presented her credentials to the King of Dunmark.
"""

DATELINED = """\
Arland and Corvia sign a memorandum on culture

03.02.2019, Velt - The Foreign Ministers of Arland and Corvia signed a memorandum on cultural exchange.

Minister Petrel meets students of the Diplomatic Academy

01.02.2019, Velt – Ivo Petrel spoke to students about the priorities of foreign policy.

He answered questions about regional cooperation.
"""

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Minister Petrel Visits Belmora | Ministry of Foreign Affairs of Arland</title>
  <link rel="canonical" href="https://mfa.example.org/press/visit-belmora">
  <meta property="og:url" content="https://mfa.example.org/og/ignored">
  <meta property="og:site_name" content="Ministry of Foreign Affairs of Arland">
  <meta property="article:published_time" content="2022-11-08T09:30:00+01:00">
  <style>.lead { color: #123456; } body::after { content: "STYLE-LEAK"; }</style>
  <script>window.tracker = "SCRIPT-LEAK";</script>
</head>
<body>
  <nav><a href="/">Home</a> | <a href="/press">Press</a></nav>
  <article>
    <h1>Minister Petrel Visits Belmora</h1>
    <div class="body">
      <p class="lead">On 8 November, the Minister of Foreign Affairs of Arland, <b>Ivo Petrel</b>,
      arrived in Belmora on an <em>official visit</em> at the invitation of <a href="/p/oru">Sana Oru</a>.</p>
      <p>The ministers discussed energy cooperation, the new rail link and <span>joint <i>cultural</i> events</span>.</p>
      <script>document.write("SCRIPT-LEAK-2");</script>
      <p>At the end of the talks the ministers signed a programme of cooperation for the coming two years.</p>
    </div>
  </article>
  <footer>All rights reserved</footer>
</body>
</html>
"""


def write(path: Path, content: str | bytes, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode(encoding)
    path.write_bytes(content)
    return path


def only_article(result: IngestResult):
    assert result.problems == []
    assert len(result.articles) == 1
    return result.articles[0]


# --- plain text -------------------------------------------------------------


def test_ingest_plain_text_headers_title_and_paragraphs(tmp_path):
    path = write(tmp_path / "talks.txt", ARTICLE)
    article = only_article(read_paths([path]))
    assert article.url == "https://mfa.example.org/news/42"
    assert article.date == "2023-03-14"
    assert article.outlet == "The Example Herald"
    assert article.title == "Foreign Ministers of Arland and Belmora Hold Talks"
    assert article.source == str(path)
    assert article.text.startswith("The Minister of Foreign Affairs of Arland")
    # line breaks and the paragraph break survive: the extractor needs them
    assert "in Velt.\nThe sides" in article.text
    assert "water management.\n\nThey agreed" in article.text
    assert "#" not in article.text


def test_ingest_plain_text_without_headline_has_empty_title(tmp_path):
    text = (
        "VELT - The Minister of Foreign Affairs of Arland received the Ambassador of Corvia today.\n"
        "They discussed the preparation of the summit.\n"
    )
    article = only_article(read_paths([write(tmp_path / "a.txt", text)]))
    assert article.title == ""
    assert article.text == text.strip()
    assert article.date == "" and article.url == "" and article.outlet == ""


@pytest.mark.parametrize(
    "text, title",
    [
        ("Short Headline\nBody sentence one. Body sentence two.", "Short Headline"),
        ("Short Headline\n\nBody sentence.", "Short Headline"),
        ("A sentence that ends with a period.\nBody.", ""),
        ("Only one line without a period", ""),
        ("Talks in Velt:\nThe list follows.", ""),
        (" ".join(["word"] * 40) + "\nBody.", ""),
    ],
)
def test_ingest_plain_text_headline_rule(text, title):
    [item] = parse_plain(text)
    assert item.title == title
    assert item.text == (text if not title else text.split("\n", 1)[1].strip())


def test_ingest_date_unknown_and_date_line_under_title(tmp_path):
    unknown = "# date: unknown\n\nPetrel Meets Oru\n\nThe ministers met in Velt.\n"
    assert only_article(read_paths([write(tmp_path / "u.txt", unknown)])).date == ""

    dated = "Petrel Meets Oru\n\n4 March, 2021\n\nThe ministers met in Velt.\n"
    article = only_article(read_paths([write(tmp_path / "d.txt", dated)]))
    assert (article.title, article.date, article.text) == (
        "Petrel Meets Oru", "2021-03-04", "The ministers met in Velt.")

    header_wins = "# date: 2021-03-05\n" + dated
    assert only_article(read_paths([write(tmp_path / "h.txt", header_wins)])).date == "2021-03-05"


def test_ingest_markdown_heading_and_extensionless_file(tmp_path):
    md = write(tmp_path / "note.md", "# Petrel Meets Oru\n\nThe ministers met in Velt.\n")
    bare = write(tmp_path / "README", "Petrel Meets Oru\nThe ministers met in Velt.\n")
    assert read_file(md)[0].title == "Petrel Meets Oru"
    assert read_file(bare)[0].title == "Petrel Meets Oru"


@pytest.mark.parametrize(
    "value, iso",
    [
        ("2023-09-25", "2023-09-25"),
        ("2019-04-26 16:24:25", "2019-04-26"),
        ("2022-11-08T09:30:00+01:00", "2022-11-08"),
        ("10.04.2024", "2024-04-10"),
        ("10.04.2024, 19:37", "2024-04-10"),
        ("10 October, 2018", "2018-10-10"),
        ("October 10, 2018", "2018-10-10"),
        ("3 Sept 2020", "2020-09-03"),
        ("unknown", ""),
        ("", ""),
        ("31.02.2024", ""),
        ("yesterday", ""),
    ],
)
def test_ingest_normalise_date(value, iso):
    assert normalise_date(value) == iso


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_ingest_normalise_date_reads_every_spelling_of_a_day(day):
    spellings = [day.isoformat(), day.strftime("%d.%m.%Y"), day.strftime("%d %B, %Y"),
                 day.strftime("%B %d, %Y"), day.strftime("%d.%m.%Y, %H:%M")]
    assert {normalise_date(s) for s in spellings} == {day.isoformat()}


# --- page dumps ---------------------------------------------------------------


def test_ingest_page_dump_splits_items_with_their_own_dates(tmp_path):
    path = write(tmp_path / "page.txt", "# url: https://mfa.example.org/list\n# source: MFA of Arland\n\n" + DUMP)
    articles = read_file(path)
    assert [(a.date, a.title) for a in articles] == [
        ("2024-05-17", "Arland and Belmora Review Trade Ties"),  # the header's stamp
        ("2024-05-16", "Consultations Held with Corvia"),
        ("2024-05-15", "Ambassador Presents Credentials in Dunmark"),
    ]
    # the page's own date (2024-05-20) belongs to no item
    assert all(a.date != "2024-05-20" for a in articles)
    assert all("relevant news" not in a.text for a in articles)
    assert articles[0].text.endswith("intergovernmental commission.")
    assert articles[1].text == (
        "The third round of political consultations with Corvia took place in Velt.\n"
        "Both delegations praised the growth of mutual trade."
    )
    assert {(a.url, a.outlet) for a in articles} == {("https://mfa.example.org/list", "MFA of Arland")}
    assert len({a.id for a in articles}) == 3


def test_ingest_page_dump_without_leading_item_or_page_header(tmp_path):
    dump = DUMP.split("relevant news\n", 1)[1]
    articles = read_file(write(tmp_path / "page.txt", dump))
    assert [a.date for a in articles] == ["2024-05-16", "2024-05-15"]


def test_ingest_single_stamped_item_at_start(tmp_path):
    text = "# date: 2024-06-01\n\n28.05.2024, 14:00 77\nArland Opens a Consulate\nThe consulate opened in Port Sel.\n"
    [article] = read_file(write(tmp_path / "one.txt", text))
    assert (article.date, article.title, article.text) == (
        "2024-05-28", "Arland Opens a Consulate", "The consulate opened in Port Sel.")


def test_ingest_datelined_dump(tmp_path):
    articles = read_file(write(tmp_path / "georgia-like.txt", "# date: 2019-02-05\n\n" + DATELINED))
    assert [(a.date, a.title) for a in articles] == [
        ("2019-02-03", "Arland and Corvia sign a memorandum on culture"),
        ("2019-02-01", "Minister Petrel meets students of the Diplomatic Academy"),
    ]
    assert articles[1].text.endswith("priorities of foreign policy.\n\nHe answered questions about regional cooperation.")


def test_ingest_dateline_inside_an_article_does_not_split_it(tmp_path):
    text = (
        "Petrel Meets Oru\n\nThe ministers met in Velt.\n\nMore talks followed.\n\n"
        "05.05.2020, Velt - A statement was issued.\n"
    )
    [article] = read_file(write(tmp_path / "a.txt", text))
    assert article.title == "Petrel Meets Oru" and article.date == ""
    assert article.text.endswith("A statement was issued.")


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9)
_title = (
    st.lists(_word, min_size=1, max_size=8)
    .map(lambda ws: " ".join(ws).capitalize())
    .filter(lambda title: title.lower() not in JUNK_LINES)  # "Share" is page furniture
)
_sentence = st.lists(_word, min_size=3, max_size=12).map(lambda ws: " ".join(ws).capitalize() + ".")
_item = st.tuples(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)),
    _title,
    st.lists(_sentence, min_size=1, max_size=4),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_item, min_size=2, max_size=6))
def test_ingest_page_dump_round_trip(items):
    page = "".join(
        f"{day:%d.%m.%Y}, 10:{n % 60:02d} {n * 7}\n{title}\n" + "\n".join(body) + "\n"
        for n, (day, title, body) in enumerate(items)
    )
    parsed = parse_plain(page)
    assert [(i.date, i.title, i.text) for i in parsed] == [
        (day.isoformat(), title, "\n".join(body)) for day, title, body in items
    ]


# --- HTML -------------------------------------------------------------------


def test_ingest_html_main_text_metadata_and_no_scripts(tmp_path):
    article = only_article(read_paths([write(tmp_path / "visit.html", PAGE)]))
    assert article.title.startswith("Minister Petrel Visits Belmora")
    assert article.url == "https://mfa.example.org/press/visit-belmora"
    assert article.date == "2022-11-08"
    assert article.outlet == "Ministry of Foreign Affairs of Arland"
    assert "Ivo Petrel" in article.text and "joint cultural events" in article.text
    assert "programme of cooperation" in article.text
    for leak in ("LEAK", "color", "tracker", "document.write"):
        assert leak not in article.text


def test_ingest_html_fallback_strips_tags_without_scripts(tmp_path, monkeypatch):
    monkeypatch.setattr(pages, "_trafilatura", lambda markup: {})
    page = PAGE.replace('<link rel="canonical" href="https://mfa.example.org/press/visit-belmora">', "")
    [article] = read_file(write(tmp_path / "visit.htm", page))
    assert article.url == "https://mfa.example.org/og/ignored"  # og:url when no canonical link
    assert article.title == "Minister Petrel Visits Belmora | Ministry of Foreign Affairs of Arland"
    assert article.date == "2022-11-08"
    assert "Ivo Petrel" in article.text and "joint cultural events" in article.text
    assert "programme of cooperation" in article.text
    assert "LEAK" not in article.text and "color" not in article.text
    assert "Ivo Petrel, arrived" in article.text  # a source line break is a space
    assert "Belmora\n\nOn 8 November" in article.text  # block elements break lines
    assert "Home" not in article.text and "rights reserved" not in article.text


def test_ingest_html_saved_as_txt_is_read_as_html(tmp_path):
    [article] = read_file(write(tmp_path / "saved.txt", PAGE))
    assert "<p" not in article.text and "Ivo Petrel" in article.text


def test_ingest_html_without_text_is_a_problem(tmp_path):
    path = write(tmp_path / "blank.html", "<html><head><script>var a = 1;</script></head><body></body></html>")
    result = read_paths([path])
    assert result.articles == []
    assert [(p.path, p.problem) for p in result.problems] == [(str(path), "no article text found")]


# --- JSON Lines ---------------------------------------------------------------


def test_ingest_jsonl_keeps_good_lines_and_reports_broken_ones(tmp_path):
    lines = [
        json.dumps({"text": "Arland and Belmora signed a visa agreement.", "title": "Visa Agreement",
                    "date": "12.01.2022", "url": "https://example.org/1"}),
        "",
        '{"text": "Unfinished line',
        json.dumps({"text": "The Ambassador of Corvia presented credentials.\u2028Second line."}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"title": "No text here"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = read_paths([path])
    assert [(a.title, a.date, a.url) for a in sorted(result.articles, key=lambda a: a.title)] == [
        ("", "", ""), ("Visa Agreement", "2022-01-12", "https://example.org/1")]
    assert [p.problem.split(":")[0] for p in result.problems] == ["line 3", "line 5", "line 6"]
    assert all(p.path == str(path) for p in result.problems)
    with pytest.raises(InputError, match="line 3"):
        read_file(path)


# --- folders ------------------------------------------------------------------


def test_ingest_folder_recursion_sorted_hidden_skipped_and_symlink_loop(tmp_path):
    root = tmp_path / "in"
    write(root / "b.txt", ARTICLE)
    write(root / "sub" / "a.jsonl", json.dumps({"text": "Minister Oru visited Arland."}) + "\n")
    write(root / "sub" / "deeper" / "c.html", PAGE)
    write(root / ".hidden.txt", "Hidden note\nShould not be read.\n")
    write(root / ".git" / "x.txt", "Nor this.\n")
    write(root / "notes.csv", "a,b\n1,2\n")
    write(root / "LICENSE", "Not read when walking a folder.\n")
    os.symlink(root, root / "sub" / "loop")  # a loop back to the top
    os.symlink(root / "b.txt", root / "sub" / "same-as-b.txt")  # the same file again

    result = read_paths([root])
    assert result.problems == []
    assert sorted(a.source for a in result.articles) == [
        str(root / "b.txt"), str(root / "sub" / "a.jsonl"), str(root / "sub" / "deeper" / "c.html")]
    assert [a.id for a in result.articles] == sorted(a.id for a in result.articles)


# --- bad inputs ---------------------------------------------------------------

BAD_INPUTS = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\t\n", "empty file (only whitespace)"),
    "nul.txt": (b"Talks\x00\x01\x02 in Velt", "binary file (contains NUL bytes), not text"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "binary file (PNG image), not text"),
    "archive.txt": (b"PK\x03\x04" + b"x" * 20, "binary file (ZIP archive), not text"),
    "report.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document), not text"),
    "anim.txt": (b"GIF89a\x01\x00\x01\x00", "binary file (GIF image), not text"),
    "photo.txt": (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary file (JPEG image), not text"),
    "noise.txt": (bytes(range(1, 32)) * 4 + b"\xc3\x28\x81\x8d", "not valid UTF-8 text"),
    "headers-only.txt": (b"# url: https://example.org/x\n# date: 2020-01-01\n", "no article text found"),
    "photo.png": (b"\x89PNG\r\n\x1a\n", "binary file (PNG image), not text"),
    "data.csv": (b"a,b\n1,2\n", "unsupported file type '.csv' (expected .htm, .html, .jsonl, .md, .text, .txt or none)"),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_ingest_bad_input_is_one_problem_and_the_rest_is_read(tmp_path, name):
    content, problem = BAD_INPUTS[name]
    bad = write(tmp_path / name, content)
    good = write(tmp_path / "good.txt", ARTICLE)
    result = read_paths([bad, good])
    assert [(p.path, p.problem) for p in result.problems] == [(str(bad), problem)]
    assert "\n" not in str(result.problems[0])
    assert [a.source for a in result.articles] == [str(good)]
    with pytest.raises(InputError):
        read_file(bad)


def test_ingest_missing_path_is_a_problem(tmp_path):
    good = write(tmp_path / "good.txt", ARTICLE)
    result = read_paths([tmp_path / "nowhere.txt", tmp_path / "no-dir", good])
    assert [(p.path, p.problem) for p in result.problems] == [
        (str(tmp_path / "nowhere.txt"), "does not exist"), (str(tmp_path / "no-dir"), "does not exist")]
    assert len(result.articles) == 1


def test_ingest_too_large_is_refused_without_reading_it(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as handle:
        handle.truncate(21 * 1024 * 1024)  # sparse: cheap to make
    monkeypatch.setattr(decode, "open", lambda *a, **k: pytest.fail("read a file over the limit"), raising=False)
    result = read_paths([big])
    assert [(p.path, p.problem) for p in result.problems] == [
        (str(big), "too large (21.0 MB); the limit is 20 MB")]


def test_ingest_unreadable_file_is_a_problem(tmp_path, monkeypatch):
    path = write(tmp_path / "locked.txt", ARTICLE)

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(decode, "open", denied, raising=False)
    result = read_paths([path])
    assert [(p.path, p.problem) for p in result.problems] == [(str(path), "cannot be read: permission denied")]


# The same file made unreadable by its mode, as root too: tests/test_robust.py.


# --- encodings ----------------------------------------------------------------

TEXT_WITH_ACCENTS = "Talks in Genève\nThe ministers met at the Café Léman – “a good start”, they said.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "cp1252"])
def test_ingest_encodings(tmp_path, encoding):
    if encoding.endswith("-bom"):
        codec = encoding[:-4]
        bom = "\ufeff".encode(codec)
        data = bom + TEXT_WITH_ACCENTS.encode(codec)
    else:
        data = TEXT_WITH_ACCENTS.encode(encoding)
    [article] = read_file(write(tmp_path / "enc.txt", data))
    assert article.title == "Talks in Genève"
    assert article.text == "The ministers met at the Café Léman – “a good start”, they said."


# --- ids ----------------------------------------------------------------------


def test_ingest_ids_are_stable_and_independent_of_the_folder(tmp_path):
    first = write(tmp_path / "one" / "talks.txt", ARTICLE)
    second = tmp_path / "two" / "nested" / "talks.txt"
    second.parent.mkdir(parents=True)
    shutil.copy(first, second)
    renamed = write(tmp_path / "three" / "other-name.txt", ARTICLE)

    [a] = read_file(first)
    assert read_file(first) == [a]  # same again
    assert read_file(second)[0].id == a.id
    assert read_file(renamed)[0].id != a.id
    expected = hashlib.sha256(f"talks.txt\n{a.title}\n{a.text}".encode()).hexdigest()[:16]
    assert a.id == expected

    both = read_paths([tmp_path / "one", tmp_path / "two"])
    assert [x.id for x in both.articles] == [a.id]  # duplicates kept once
    assert both.articles[0].source == str(first)  # the first one read wins


def test_ingest_same_file_twice_and_relative_source(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "docs" / "talks.txt", ARTICLE)
    result = read_paths(["docs/talks.txt", "docs"])
    assert [a.source for a in result.articles] == [os.path.join("docs", "talks.txt")]


# --- the real corpus (read, never copied) -------------------------------------


@needs_corpus
def test_ingest_real_seed_page_dump():
    [seed] = sorted((CORPUS / "seeds").glob("003_*.txt"))
    articles = read_file(seed)
    # 9 stamps, one of them empty, plus the item before the first stamp
    assert len(articles) == 8
    assert [a.date for a in articles] == [
        "2024-04-10", "2024-04-12", "2024-04-11", "2024-04-11",
        "2024-04-10", "2024-04-10", "2024-04-10", "2024-04-09"]
    assert all(a.title and a.text for a in articles)
    assert all("relevant news" not in a.text for a in articles)
    assert "2024-04-13" not in {a.date for a in articles}  # the page's date


@needs_corpus
@pytest.mark.parametrize("name, dates", [
    ("d008.txt", ["2024-08-12", "2024-08-14"]),
    ("d009.txt", ["2018-07-16", "2018-07-16", "2018-07-16", "2018-07-13", "2018-07-13"]),
])
def test_ingest_real_dev_dumps(name, dates):
    articles = read_file(CORPUS / "dev" / name)
    assert [a.date for a in articles] == dates
    assert all(a.title and a.text and a.url for a in articles)


@needs_corpus
def test_ingest_real_corpus_reads_without_problems():
    result = read_paths([CORPUS / "seeds", CORPUS / "dev"])
    assert result.problems == []
    assert len(result.articles) == 30
    assert all(a.text for a in result.articles)


@pytest.mark.parametrize("opening, date", [
    ("Mexico City, March 3, 2026. The Foreign Secretary met her counterpart.", "2026-03-03"),
    ("ABU DHABI, 12th October, 2026 (WAM) – The minister received the envoy.", "2026-10-12"),
    ("Astana, Monday, 3 March 2025 – The minister received the envoy.", "2025-03-03"),
    ("Kuala Lumpur – The ministers met on Tuesday.", ""),
])
def test_ingest_plain_text_dated_by_its_dateline(tmp_path, opening, date):
    path = tmp_path / "release.txt"
    path.write_text(f"Ministers meet in the capital\n\n{opening}\n\nThey signed a memorandum.\n", encoding="utf-8")
    (article,) = read_paths([path]).articles
    assert article.date == date
    assert article.text.startswith(opening)


WRAPPED = """\
# source: Ministry of Foreign Affairs of Arland

MINISTER PETREL RECEIVES BELMORAN ENVOY

Velt, 3 March 2026 - The Minister of Foreign Affairs of Arland, Ivo
Petrel, today received the Ambassador of Belmora to Arland, Sana Oru,
at the Ministry. The two discussed transit corridors and a well-
known water project on the river between the two countries.

* Also present was the Chief Director of the Ministry, Tomas Vel
  Aranda.
"""


def test_ingest_a_text_wrapped_at_a_fixed_width_is_unwrapped(tmp_path):
    """A name or a sentence broken across lines by a fixed-width wrap is read whole; paragraphs stay apart."""
    path = tmp_path / "wrapped.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    article = read_paths([path]).articles[0]
    assert article.title == "MINISTER PETREL RECEIVES BELMORAN ENVOY"
    assert article.text.split("\n") == [
        "Velt, 3 March 2026 - The Minister of Foreign Affairs of Arland, Ivo Petrel, today received the "
        "Ambassador of Belmora to Arland, Sana Oru, at the Ministry. The two discussed transit corridors and a "
        "well-known water project on the river between the two countries.",
        "",
        "* Also present was the Chief Director of the Ministry, Tomas Vel Aranda.",
    ]


def test_ingest_lines_that_are_paragraphs_or_headlines_are_not_joined(tmp_path):
    """A page whose headlines sit right above their paragraphs (each paragraph one long line) is not wrapped."""
    text = ("Arland and Belmora Discuss Transit Corridors\n"
            "The Minister of Foreign Affairs of Arland, Ivo Petrel, met with his Belmoran counterpart Sana Oru in "
            "Velt to discuss transit corridors, water management and the next round of consultations.\n"
            "Belmoran Envoy Presents Copies of Credentials\n"
            "The new Ambassador of Belmora, Tomas Vel, presented copies of his credentials to the Deputy Minister.\n")
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    article = read_paths([path]).articles[0]
    assert article.title == "Arland and Belmora Discuss Transit Corridors"
    assert article.text.split("\n") == text.rstrip("\n").split("\n")[1:]


def test_ingest_a_short_list_is_not_read_as_a_wrapped_text():
    from kg.ingest.items import unwrap

    text = ("The Ministers signed the following documents during the visit of the delegation\n"
            "- Agreement on Visa Exemption for Holders of Diplomatic Passports and others\n"
            "- Memorandum of Understanding on Cooperation in Agriculture and Forestry\n"
            "1. Protocol on Consultations between the two Ministries of Foreign Affairs")
    assert unwrap(text) == text


def test_ingest_typographic_spaces_are_plain_spaces(tmp_path):
    """A no-break space (an HTML "&nbsp;"), a tab, two spaces: one plain space, so a name's label is clean."""
    path = tmp_path / "spaces.txt"
    path.write_text("Foreign Minister of Arland Ivo\u00a0Petrel met\tSana  Oru in\u200b Velt.\n", encoding="utf-8")
    assert read_paths([path]).articles[0].text == "Foreign Minister of Arland Ivo Petrel met Sana Oru in Velt."
