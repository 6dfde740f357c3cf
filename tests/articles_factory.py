"""Invented press releases for the robustness, update and property tests.

``article(i)`` is the i-th of an endless series of short, well-formed releases
(ministers of real states with invented names meet, hold talks, sign); ``write_corpus``
writes some of them as .txt files. The people are fictional.
"""
from __future__ import annotations

from pathlib import Path

STATES = ["Kazakhstan", "Ghana", "Chile", "Japan", "Germany", "France", "Brazil", "India", "Kenya", "Peru",
          "Norway", "Egypt", "Mexico", "Canada", "Italy", "Spain", "Turkey", "Vietnam", "Poland", "Argentina"]
FIRST = ["Aibek", "Kwame", "Ignacio", "Takumi", "Greta", "Amara", "Lucas", "Priya", "Omondi", "Rosa",
         "Ingrid", "Karim", "Diego", "Claire", "Marco", "Elena", "Mehmet", "Linh", "Tomasz", "Sofia"]
LAST = ["Tulegenov", "Mensah", "Fuenzalida", "Morisawa", "Halvorsen", "Okonkwo", "Ferreira", "Raman",
        "Otieno", "Quispe", "Lindqvist", "Haddad", "Alvarado", "Tremblay", "Bellini", "Navarro", "Aydin",
        "Nguyen", "Kowalski", "Ibarra"]
TITLES = ["Minister of Foreign Affairs", "Deputy Minister of Foreign Affairs", "Ambassador", "Prime Minister"]
VERBS = ["met with", "held talks with", "held consultations with", "had a phone call with"]


def person(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"


def article(i: int) -> tuple[str, str]:
    """(file name, text) of the i-th release."""
    a, b = i % len(STATES), (i * 3 + 1) % len(STATES)
    if a == b:
        b = (b + 1) % len(STATES)
    title_a, title_b = TITLES[i % len(TITLES)], TITLES[(i + 1) % len(TITLES)]
    verb = VERBS[i % len(VERBS)]
    day = 1 + i % 28
    month = 1 + (i // 28) % 12
    text = (
        f"# date: 2024-{month:02d}-{day:02d}\n\n"
        f"{STATES[a]} and {STATES[b]} Discuss Cooperation\n\n"
        f"{title_a} of the Republic of {STATES[a]} {person(i)} {verb} "
        f"{title_b} of {STATES[b]} {person(i + 11)} in Geneva.\n"
        f"The sides discussed trade, transport and education.\n"
        f"Following the talks, {person(i)} and {person(i + 11)} signed a Memorandum of Understanding on "
        f"Cooperation in the Field of Education.\n"
    )
    return f"release-{i:05d}.txt", text


def write_corpus(folder: Path, numbers: range | list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in numbers:
        name, text = article(i)
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
