"""Synthetic press releases for the benchmark: a corpus of any size, reproducible from a seed.

Public API: ``generate(n, *, seed=6) -> list[dict]`` (JSON Lines rows: ``title``,
``date``, ``url``, ``text``) and ``write_corpus(n, folder, *, seed=6, per_file=1000)``.

Articles are built from templates written for Diplograph: meetings, talks, visits,
phone calls and signings with titles as ministries write them. States and
organizations come from ``ontology/data`` (so they repeat, as in real archives);
people are drawn from name-part lists and each article has a fair chance of
introducing somebody new, so the number of people grows with the corpus; dates
spread over ten years.
"""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "ontology" / "data"

FIRST = """Aibek Alibek Almaz Askar Azamat Bakhyt Daniyar Erlan Nurlan Timur Marat Ruslan Serik Yerzhan Zhanibek
Aigerim Dana Gulnara Madina Saule Aliya Kamila Zarina Olga Irina Natalia Elena Sergei Dmitri Pavel Andrei Viktor
Kwame Kofi Ama Abena Chinedu Ngozi Oluwaseun Amara Thabo Sipho Lindiwe Fatou Moussa Ibrahim Aminata Youssef Karim
Leila Samira Omar Hassan Farid Rania Mehmet Ayse Emre Zeynep Arjun Priya Rahul Ananya Vikram Sunita Wei Li Ming
Hiroshi Yuki Takeshi Haruka Minh Thanh Somchai Niran Carlos Maria Jose Lucia Diego Camila Mateo Valentina Pedro
Ana Joao Beatriz Pierre Claire Louis Camille Hans Greta Lukas Sofia Marco Giulia Lars Ingrid Erik Astrid Jan Eva
Tomas Petra Janos Agnes Piotr Katarzyna Mihai Elena Nikos Eleni James Sarah David Emily Michael Laura""".split()
SURNAME_STEMS = """Nazar Omar Serik Tokht Abdul Karim Rakhim Sadyk Zhum Bekmur Tursun Dzhuma Akhmet Bayram Kasym
Ivan Petr Smirn Kuznets Volk Sokol Orl Morozov Lebed Kovalenk Shevchenk Bondar Tkach Melnyk
Mensah Boateng Owusu Asante Okafor Adeyemi Nwosu Diallo Traore Keita Ndlovu Dlamini Mahlangu Kamara Sesay
Haddad Khalil Mansour Nasser Farouk Aziz Yilmaz Demir Kaya Celik Sharma Gupta Reddy Iyer Menon Nair
Zhang Wang Chen Liu Yamamoto Tanaka Suzuki Nguyen Tran Phan Srisai Wongsa Garcia Fernandez Lopez Martinez
Rodrigues Silva Santos Pereira Dubois Lefebvre Moreau Laurent Schneider Fischer Weber Becker Rossi Bianchi
Romano Colombo Johansson Lindberg Nielsen Hansen Novak Dvorak Horvath Nagy Kowalski Nowak Popescu Ionescu
Papadopoulos Georgiou Whitcombe Harrington Fairbanks Ashworth""".split()
SUFFIXES = ["", "ov", "ev", "enko", "ian", "i", "son", "ez", "ski", "ullah", "bekov", "uly", "o", "ani", "berg"]

TITLES = ["Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs", "Prime Minister", "President",
          "Minister of Economy", "Minister of Trade", "Ambassador", "Vice Minister of Foreign Affairs",
          "Minister of Energy", "Speaker of the Parliament"]
ORG_TITLES = ["Secretary General", "Director General", "Executive Secretary", "President"]
TOPICS = ["trade and investment", "energy security", "transport and logistics", "digital transformation",
          "agriculture and food security", "higher education", "climate change", "water management",
          "tourism", "healthcare", "mining", "cultural exchanges", "regional security", "green energy",
          "customs procedures", "visa facilitation", "science and technology", "humanitarian assistance"]
DOCUMENTS = ["Memorandum of Understanding on cooperation in the field of {t}",
             "Agreement on cooperation in the field of {t}",
             "Roadmap for cooperation in {t}",
             "Protocol on political consultations"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FILLER = [
    "The parties discussed {t1}, {t2} and {t3}.",
    "The sides noted the positive dynamics of bilateral trade and agreed to expand cooperation in {t1}.",
    "Particular attention was paid to {t1} and to joint projects in {t2}.",
    "The interlocutors exchanged views on current regional and international issues.",
    "Both sides stressed the importance of regular political dialogue at the highest level.",
    "It was agreed to hold the next meeting of the intergovernmental commission later this year.",
    "The ministers also reviewed preparations for upcoming high-level visits.",
    "In conclusion, the parties expressed their readiness to further strengthen the partnership.",
]


def _tsv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t",
                                          quoting=csv.QUOTE_NONE)]


class _World:
    def __init__(self, rng: random.Random):
        self.rng = rng
        states = [r for r in _tsv("states.tsv") if r.get("iso2") and r.get("demonyms")]
        self.states = [(r["name"], (r.get("official") or r["name"]).split("|")[0], r["demonyms"].split("|")[0])
                       for r in states]
        orgs = _tsv("organizations.tsv")
        self.orgs = [(r["name"], (r.get("acronyms") or "").split("|")[0]) for r in orgs
                     if r.get("kind") == "intergovernmental"] or [(r["name"], "") for r in orgs]
        self.capitals = {r["iso2"]: r["name"] for r in _tsv("places.tsv") if r.get("iso2")}
        self.iso = {r["name"]: r["iso2"] for r in states}
        self.people: dict[str, list[tuple[str, str]]] = {}  # state -> [(name, title)]
        self.used: set[str] = set()

    def new_name(self) -> str:
        rng = self.rng
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(SURNAME_STEMS)}{rng.choice(SUFFIXES)}"
            if rng.random() < 0.15:
                name = f"{rng.choice(FIRST)} {name}"
            if name not in self.used:
                self.used.add(name)
                return name

    def person(self, state: str) -> tuple[str, str]:
        """A person of ``state``: often one already seen (officials recur), often somebody new."""
        pool = self.people.setdefault(state, [])
        if pool and self.rng.random() < 0.6:
            return self.rng.choice(pool[-8:])  # recent officials recur
        p = (self.new_name(), self.rng.choice(TITLES))
        pool.append(p)
        return p

    def state(self) -> tuple[str, str, str]:
        # a few states publish most releases (as one ministry's archive would)
        if self.rng.random() < 0.3:
            return self.states[self.rng.randrange(min(12, len(self.states)))]
        return self.rng.choice(self.states)


def _date(rng: random.Random) -> tuple[str, int, int, int]:
    y, m, d = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    return f"{y:04d}-{m:02d}-{d:02d}", y, m, d


def _article(w: _World, i: int) -> dict[str, str]:
    rng = w.rng
    iso_date, y, m, d = _date(rng)
    a_state = w.state()
    b_state = w.state()
    while b_state == a_state:
        b_state = rng.choice(w.states)
    (an, at), (bn, bt) = w.person(a_state[0]), w.person(b_state[0])
    a_sur, b_sur = an.split()[-1], bn.split()[-1]
    city = w.capitals.get(w.iso.get(b_state[0], ""), b_state[0])
    topics = rng.sample(TOPICS, 4)
    t1, t2, t3, t4 = topics
    a_full = f"{at} of the {a_state[1]} {an}" if rng.random() < 0.5 else f"{at} of {a_state[0]} {an}"
    b_full = f"{bt} of {b_state[0]} {bn}"
    kind = rng.randrange(6)
    lead = [
        f"{a_full} held talks with {b_full} in {city} on {MONTHS[m - 1]} {d}.",
        f"{a_full} met with {b_state[2]} {bt} {bn}, who is in {city} on an official visit.",
        f"On {d} {MONTHS[m - 1]} {y}, {a_full} held a telephone conversation with {b_full}.",
        f"{bn}, {bt} of {b_state[0]}, received {at} of {a_state[0]} {an} in {city}.",
        f"Political consultations between the foreign ministries of {a_state[0]} and {b_state[0]} were held in "
        f"{city}, led by {a_full} and {b_full}.",
        f"{a_full} and {b_full} signed the " + rng.choice(DOCUMENTS).format(t=t4) + f" in {city}.",
    ][kind]
    title = [f"{a_state[0]} and {b_state[0]} discuss {t1}", f"{a_sur} meets {b_state[2]} counterpart",
             f"{a_state[0]} and {b_state[0]} hold talks on {t2}"][kind % 3]
    body = [f"{city.upper()}, {d} {MONTHS[m - 1]} {y} – {lead}"]
    for f in rng.sample(FILLER, 3):
        body.append(f.format(t1=t1, t2=t2, t3=t3))
    body.append(f"{a_sur} stressed that {a_state[0]} regards {b_state[0]} as a reliable partner in {t2}.")
    if rng.random() < 0.35:
        org, acr = rng.choice(w.orgs)
        cn, ct = w.person(org)
        ct = rng.choice(ORG_TITLES)
        acr_text = f" ({acr})" if acr and rng.random() < 0.5 else ""
        body.append(f"During the visit, {a_sur} also met with {ct} of the {org}{acr_text} {cn}.")
        body.append(f"They discussed cooperation within the {org} and the agenda of its next session.")
    if kind != 5 and rng.random() < 0.4:
        doc = rng.choice(DOCUMENTS).format(t=t4)
        body.append(f"Following the talks, {a_sur} and {b_sur} signed the {doc}.")
    if rng.random() < 0.5:
        body.append(f"{b_sur} invited {a_sur} to pay a visit to {b_state[0]} at a convenient time.")
    body.append(rng.choice(FILLER).format(t1=t3, t2=t1, t3=t4))
    return {"title": title, "date": iso_date, "url": f"https://example.org/bench/{i}", "text": "\n".join(body)}


def generate(n: int, *, seed: int = 6) -> list[dict[str, str]]:
    w = _World(random.Random(seed))
    return [_article(w, i) for i in range(n)]


def write_corpus(n: int, folder: str | Path, *, seed: int = 6, per_file: int = 1000) -> list[Path]:
    """Write ``n`` articles as JSON Lines files of ``per_file`` articles each; return the files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rows = generate(n, seed=seed)
    files = []
    for k in range(0, n, per_file):
        path = folder / f"part-{k // per_file:05d}.jsonl"
        with path.open("w", encoding="utf-8") as f:
            for r in rows[k:k + per_file]:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        files.append(path)
    return files
