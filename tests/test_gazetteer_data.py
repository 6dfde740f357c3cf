"""Checks on the gazetteer data files in ontology/data/.

The files are read with the csv module exactly as the extractor is expected to
read them: tab-delimited, QUOTE_NONE, a header line first, multi-valued cells
separated by "|".
"""

import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "ontology" / "data"

COLUMNS = {
    "states.tsv": ["iso2", "wikidata", "name", "official", "demonyms", "aliases"],
    "organizations.tsv": ["key", "wikidata", "name", "acronyms", "aliases", "kind", "headquarters", "state"],
    "places.tsv": ["name", "iso2", "wikidata", "aliases"],
    "outlets.tsv": ["name", "aliases", "hosts", "iso2"],
}
ORG_KINDS = {"intergovernmental", "organ", "agency", "forum", "bank", "court", "ngo", "media", "ministry", "company", "government",
             "central-bank"}
WIKIDATA = re.compile(r"Q[1-9][0-9]*")
ISO2 = re.compile(r"[A-Z]{2}")
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def read(filename):
    """Return (header, rows) of one data file; rows are lists of cells."""
    with open(DATA / filename, encoding="utf-8", newline="") as f:
        reader = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        lines = list(reader)
    return lines[0], lines[1:]


def records(filename):
    header, rows = read(filename)
    return [dict(zip(header, row)) for row in rows]


def values(cell):
    return [v for v in cell.split("|") if v] if cell else []


def norm(text):
    """Case-insensitive key used to decide whether two strings are the same name."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


@pytest.mark.parametrize("filename", sorted(COLUMNS))
def test_file_parses_with_expected_columns(filename):
    raw = (DATA / filename).read_bytes()
    raw.decode("utf-8")  # must be valid UTF-8
    assert not raw.startswith(b"\xef\xbb\xbf"), "no byte-order mark"
    header, rows = read(filename)
    assert header == COLUMNS[filename]
    assert rows, "file has data rows"
    for n, row in enumerate(rows, start=2):
        assert len(row) == len(header), f"{filename} line {n}: {len(row)} cells, expected {len(header)}"
        for cell in row:
            assert cell == cell.strip(), f"{filename} line {n}: stray whitespace in {cell!r}"
            assert '"' not in cell, f"{filename} line {n}: quote character in {cell!r}"
            for v in cell.split("|") if cell else []:
                assert v and v == v.strip(), f"{filename} line {n}: empty or padded value in {cell!r}"


@pytest.mark.parametrize("filename", sorted(f for f, columns in COLUMNS.items() if "wikidata" in columns))
def test_wikidata_ids_are_empty_or_qids(filename):
    for rec in records(filename):
        qid = rec["wikidata"]
        assert qid == "" or WIKIDATA.fullmatch(qid), f"{filename}: bad wikidata id {qid!r} in {rec}"


@pytest.mark.parametrize("filename", ["states.tsv", "organizations.tsv"])
def test_wikidata_ids_are_unique_within_file(filename):
    seen = {}
    for rec in records(filename):
        qid = rec["wikidata"]
        if qid:
            assert qid not in seen, f"{filename}: {qid} used by {seen[qid]!r} and {rec['name']!r}"
            seen[qid] = rec["name"]


def test_state_iso2_codes_unique_and_well_formed():
    codes = [rec["iso2"] for rec in records("states.tsv")]
    for code in codes:
        assert ISO2.fullmatch(code), f"bad iso2 {code!r}"
    dupes = {c for c in codes if codes.count(c) > 1}
    assert not dupes, f"duplicate iso2 codes: {sorted(dupes)}"


def test_at_least_all_un_members():
    assert len(records("states.tsv")) >= 193


def test_required_state_rows_present():
    codes = {rec["iso2"] for rec in records("states.tsv")}
    for code in ["KZ", "BJ", "LK", "ZA", "MO", "PS", "VA", "HK", "TW", "XK", "US", "GB", "CN", "RU"]:
        assert code in codes, f"missing state row {code}"


def test_every_state_has_name_and_official_name():
    for rec in records("states.tsv"):
        assert rec["name"], rec
        assert rec["official"], rec


def test_state_aliases_do_not_repeat_name_or_official():
    for rec in records("states.tsv"):
        own = {norm(rec["name"])} | {norm(v) for v in values(rec["official"])}
        for alias in values(rec["aliases"]):
            assert norm(alias) not in own, f"{rec['iso2']}: alias {alias!r} repeats the name or official name"


def _collisions(recs, id_field, fields):
    owners = defaultdict(set)
    for rec in recs:
        for field in fields:
            for v in values(rec[field]):
                owners[norm(v)].add(rec[id_field])
    return {k: sorted(v) for k, v in owners.items() if len(v) > 1}


def test_no_state_string_claimed_by_two_states():
    clashes = _collisions(records("states.tsv"), "iso2", ["name", "official", "aliases", "demonyms"])
    assert not clashes, f"strings claimed by more than one state: {clashes}"


def test_ambiguous_state_names_are_not_assigned():
    strings = set()
    for rec in records("states.tsv"):
        for field in ["name", "official", "aliases", "demonyms"]:
            strings |= {norm(v) for v in values(rec[field])}
    for ambiguous in ["Congo", "Congolese", "The Congo"]:
        assert norm(ambiguous) not in strings, f"{ambiguous!r} is ambiguous and must not belong to any state"


def test_korea_belongs_to_south_korea_only():
    recs = {rec["iso2"]: rec for rec in records("states.tsv")}
    assert "Korea" in values(recs["KR"]["aliases"])
    assert recs["KP"]["name"] == "North Korea"


def test_org_keys_unique_slugs():
    keys = [rec["key"] for rec in records("organizations.tsv")]
    for key in keys:
        assert SLUG.fullmatch(key), f"bad org key {key!r}"
    dupes = {k for k in keys if keys.count(k) > 1}
    assert not dupes, f"duplicate org keys: {sorted(dupes)}"


def test_org_kinds_valid():
    for rec in records("organizations.tsv"):
        assert rec["kind"] in ORG_KINDS, f"{rec['key']}: bad kind {rec['kind']!r}"


def test_org_states_are_known_states_and_only_state_bodies_and_outlets_have_one():
    codes = {rec["iso2"] for rec in records("states.tsv")}
    for rec in records("organizations.tsv"):
        assert rec["state"] == "" or rec["state"] in codes, f"{rec['key']}: unknown state {rec['state']!r}"
        if rec["kind"] == "ministry":
            assert rec["state"] and rec["key"] == f"mfa-{rec['state'].lower()}", rec["key"]
        elif rec["kind"] == "central-bank":  # a state's own body, as its foreign ministry is
            assert rec["state"], rec["key"]
        else:  # a national news outlet's own country; no other kind of body has one
            assert rec["state"] == "" or rec["kind"] == "media", rec["key"]


def test_no_org_string_claimed_by_two_orgs():
    clashes = _collisions(records("organizations.tsv"), "key", ["name", "acronyms", "aliases"])
    assert not clashes, f"strings claimed by more than one organization: {clashes}"


def test_required_orgs_present():
    keys = {rec["key"] for rec in records("organizations.tsv")}
    for key in ["un", "unga", "oecd", "osce", "osce-pa", "oacps", "woah", "eu", "european-commission", "oif"]:
        assert key in keys, f"missing organization {key}"


def test_places_reference_known_states():
    codes = {rec["iso2"] for rec in records("states.tsv")}
    for rec in records("places.tsv"):
        assert rec["name"], rec
        assert rec["iso2"] == "" or rec["iso2"] in codes, f"place {rec['name']!r}: unknown iso2 {rec['iso2']!r}"


def test_no_place_string_claimed_by_two_places():
    recs = records("places.tsv")
    for i, rec in enumerate(recs):
        rec["_id"] = str(i)
    clashes = _collisions(recs, "_id", ["name", "aliases"])
    named = {k: [recs[int(i)]["name"] for i in v] for k, v in clashes.items()}
    assert not named, f"strings claimed by more than one place: {named}"


def test_org_headquarters_are_known_places():
    places = set()
    for rec in records("places.tsv"):
        places.add(norm(rec["name"]))
        places |= {norm(v) for v in values(rec["aliases"])}
    for rec in records("organizations.tsv"):
        hq = rec["headquarters"]
        assert hq == "" or norm(hq) in places, f"{rec['key']}: headquarters {hq!r} is not in places.tsv"


def test_no_state_is_without_a_place_row():
    have = {rec["iso2"] for rec in records("places.tsv")}
    missing = [rec["iso2"] for rec in records("states.tsv") if rec["iso2"] not in have]
    # Jerusalem is kept without a country code (its status is disputed), so Israel's
    # place row is Tel Aviv.
    assert not missing, f"states with no place row: {missing}"


def test_outlets_name_known_states_and_no_name_or_host_twice():
    codes = {rec["iso2"] for rec in records("states.tsv")}
    names, hosts = defaultdict(list), defaultdict(list)
    for rec in records("outlets.tsv"):
        assert rec["iso2"] in codes, rec
        assert values(rec["hosts"]), f"{rec['name']}: an outlet needs a web address"
        for name in {norm(re.sub(r"^the\s+", "", n, flags=re.I)) for n in [rec["name"], *values(rec["aliases"])]}:
            names[name].append(rec["name"])
        for host in values(rec["hosts"]):
            assert re.fullmatch(r"[a-z0-9-]+(?:\.[a-z0-9-]+)+", host), host
            hosts[host].append(rec["name"])
    assert not {k: v for k, v in names.items() if len(v) > 1}
    assert not {k: v for k, v in hosts.items() if len(v) > 1}
