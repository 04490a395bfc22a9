"""Duplicate suggestions: normalisation, search, the index, and recall on the shared forms."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.concerns.duplicates import WEAK, DuplicateIndex
from buurtdesk.core.concerns.mapping import guess_mapping
from buurtdesk.core.concerns.words import IndexEntry, matches, normalise
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.tables import read_table
from tests.conftest import SHARED_DATA

SHARED_FILES = ("paper-forms.csv", "paper-forms-excel-nl.csv", "paper-forms.xlsx")


def test_normalise_ignores_case_accents_and_punctuation() -> None:
    assert normalise("Geëerde  Dordtse-Laan!!") == "geeerde dordtse laan"
    assert normalise("Yılmaz, Şahin & Ørsted") == "yilmaz sahin orsted"
    assert normalise("   ") == ""


@pytest.mark.parametrize(
    ("query", "text", "found"),
    [
        ("geeerde", "Geëerde buren", True),
        ("dordtse laan", "Te hard op de Dordtselaan", True),
        ("DORDTSELAAN", "dordtse laan 12", True),
        ("hard dordtse", "Te hard op de Dordtselaan", True),
        ("putselaan", "Te hard op de Dordtselaan", False),
        ("", "alles", True),
    ],
)
def test_matches_ignores_accents_case_and_spaces(query: str, text: str, found: bool) -> None:
    assert matches(query, text) is found


def entry(cid: int, text: str, street: str = "", theme: str = "") -> IndexEntry:
    return IndexEntry(cid, f"K{cid}", text, text, street, theme)


def test_suggest_ranks_the_same_problem_first() -> None:
    index = DuplicateIndex(
        [
            entry(1, "Er wordt te hard gereden op de Dordtselaan", "Dordtselaan", "Verkeer"),
            entry(2, "Hondenpoep in het park", "Zuiderpark", "Schoon"),
            entry(3, "Losse stoeptegels bij de bakker"),
        ]
    )
    found = index.suggest("te hard rijden dordtselaan!!", street="Dordtse laan")
    assert found[0].concern_id == 1 and found[0].code == "K1"
    assert all(0 <= s.score <= 100 for s in found)
    assert found == sorted(found, key=lambda s: -s.score)
    assert index.suggest("HONDENPOEP", limit=1)[0].concern_id == 2
    assert index.suggest("", limit=5) == [] and index.suggest("de het een") == []


def test_index_add_more_wording_and_remove() -> None:
    index = DuplicateIndex([entry(1, "ratten in de tuin")])
    assert index.suggest("scooters op de stoep") == []
    index.add(entry(1, "bezorgers met scooters op de stoep"))
    assert [s.concern_id for s in index.suggest("scooters op de stoep")] == [1]
    assert [s.concern_id for s in index.suggest("ratten")] == [1]
    index.remove(1)
    assert index.suggest("ratten") == [] and len(index) == 0
    index.remove(1)  # removing twice is harmless


def test_typos_and_compounds_still_meet() -> None:
    index = DuplicateIndex([entry(1, "overlast van hondenpoep"), entry(2, "kapotte schommel")])
    assert index.suggest("poep van honden")[0].concern_id == 1
    assert index.suggest("kapote schomel")[0].concern_id == 2


def test_for_neighbourhood_leaves_merged_concerns_out(db_path: Path) -> None:
    lib = Library(db_path)
    try:
        hood = lib.add_neighbourhood("Bloemhof")
        other = lib.add_neighbourhood("Elders")
        meeting = lib.add_meeting(hood, dt.date(2026, 9, 10))
        a = c.save_form(lib, c.FormInput(meeting, "ratten bij de containers"))
        b = c.save_form(lib, c.FormInput(meeting, "muizen en ratten"))
        c.save_form(lib, c.FormInput(meeting, "ratten in de schuur"), attach_to=a.concern_id)
        c.merge_concerns(lib, a.concern_id, [b.concern_id])
        index = DuplicateIndex.for_neighbourhood(lib, hood)
        assert len(index) == 1
        assert [s.code for s in index.suggest("schuur")] == [a.code]
        assert [s.code for s in index.suggest("muizen")] == [a.code]  # b's words live on
        assert len(DuplicateIndex.for_neighbourhood(lib, other)) == 0
    finally:
        lib.close()


def recall(name: str) -> tuple[int, int, int]:
    """The measure, on one shared file: (top-1 hits, top-3 hits, forms counted).

    Forms enter in file order, each as its own concern.  A form counts when an earlier form
    of its cluster exists; it is a hit when such a form is its first suggestion (top-1) or
    among its first three (top-3).
    """
    table = read_table(SHARED_DATA / name)
    mapping = guess_mapping(table.headers)
    cluster = [h.lower() for h in table.headers].index("cluster")
    index = DuplicateIndex()
    seen: list[str] = []
    first = hits = counted = 0
    for number, row in enumerate(table.rows):

        def get(field: str, row: object = row) -> str:
            return table.value(row, mapping.get(field))  # type: ignore[arg-type]

        label = row.values[cluster]
        if label in seen:
            counted += 1
            found = index.suggest(get("description"), get("street"), get("theme"), limit=3)
            hits += any(seen[s.concern_id] == label for s in found)
            first += bool(found) and seen[found[0].concern_id] == label
        index.add(entry(number, get("description"), get("street"), get("theme")))
        seen.append(label)
    return first, hits, counted


@pytest.mark.shared_data
@pytest.mark.parametrize("name", SHARED_FILES)
def test_recall_on_the_shared_forms(name: str) -> None:
    first, hits, counted = recall(name)
    assert counted >= 30  # the file has many repeated problems: the measure means something
    assert hits / counted >= 0.975, f"top-3 recall {hits}/{counted}"
    assert first / counted >= 0.9, f"top-1 recall {first}/{counted}"


@pytest.mark.parametrize(
    ("earlier", "typed"),
    [
        ("Herrie van het terras tot laat", "geluidsoverlast horeca"),
        ("Bekladde muren bij het winkelcentrum", "graffiti winkelcentrum"),
        ("De schommel is stuk", "speeltoestellen kapot"),
        ("Er is niets te doen voor tieners", "te weinig activiteiten voor jongeren"),
    ],
)
def test_words_for_the_same_problem_meet(earlier: str, typed: str) -> None:
    index = DuplicateIndex([entry(1, earlier), entry(2, "Losliggende stoeptegels bij de bakker")])
    found = index.suggest(typed)
    assert found and found[0].concern_id == 1, found


def test_weak_matches_are_left_out() -> None:
    index = DuplicateIndex([entry(1, "Ratten bij de containers"), entry(2, "Graffiti op de muur")])
    assert [s.concern_id for s in index.suggest("ratten containers")] == [1]
    assert all(s.score >= WEAK for s in index.suggest("muur bij de containers"))
    assert index.suggest("bloembakken", weakest=0) == index.suggest("bloembakken")


@given(st.text(max_size=80))
def test_normalise_is_idempotent_and_a_text_matches_itself(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert once == once.strip() and "  " not in once
    assert matches(text, text)


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_parse_date_reads_every_dutch_and_iso_spelling(day: dt.date) -> None:
    for text in (
        f"{day.day}-{day.month}-{day.year:04d}",
        f"{day.day:02d}-{day.month:02d}-{day.year:04d}",
        day.isoformat(),
    ):
        assert c.parse_date(text) == day


def test_default_title_is_cleaned_up() -> None:
    assert c.default_title("  te hard   rijden op de Dordtselaan 12!! ") == (
        "Te hard rijden op de Dordtselaan!!"
    )
    assert c.default_title("ratten bij Tweebosstraat 14-3 en Putselaan 7b") == (
        "Ratten bij Tweebosstraat en Putselaan"
    )
    assert c.default_title("rommel bij Station Zuid 3", street="Station Zuid") == (
        "Rommel bij Station Zuid"
    )
    assert c.default_title("Er zijn 3 containers vol") == "Er zijn 3 containers vol"
    assert len(c.default_title("woord " * 100)) <= 300
