"""Terugkoppeling as letters: one per resident, salutation, sender, date, contact, the
address in the window of a C5/6 envelope, page numbers per letter, and a Dutch mail merge."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from doc_helpers import ADDRESS, EMAIL, NAME, OTHER_NAME, WORDING, build_planted, page_texts
from pypdf import PdfReader
from sqlalchemy import update

from buurtdesk.core.documents import make_document, write_feedback_csv
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Submitter

MM = 72 / 25.4


@pytest.fixture
def letters(db_path: Path, tmp_path: Path):
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    yield lib, info
    lib.close()


def _letter_starts(pages: list[str], salutation: str) -> list[int]:
    return [i for i, text in enumerate(pages) if salutation in text]


def test_one_letter_per_resident_with_salutation_sender_and_date(letters, tmp_path) -> None:
    lib, info = letters
    pages = page_texts(make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf"))
    starts = _letter_starts(pages, "Beste ")
    assert len(starts) == 2  # two residents asked for feedback
    mine = next(" ".join(pages[i : i + 2]) for i in starts if NAME in pages[i])
    assert f"Beste {NAME}," in mine
    assert WORDING in mine and "Eigen woorden 3 van een bewoner" in mine  # both concerns
    today = Texts("nl").date(dt.date.today())
    for i in starts:
        assert "Buurtcomité Testbuurt" in pages[i] and today in pages[i]
        assert "Met vriendelijke groet" in " ".join(pages[i:])


def test_a_resident_without_a_name_is_greeted_as_resident(letters, tmp_path) -> None:
    lib, info = letters
    with lib.session() as s, s.begin():
        s.execute(update(Submitter).where(Submitter.name == OTHER_NAME).values(name=""))
    for lang, greeting in (("nl", "Beste bewoner,"), ("en", "Dear resident,")):
        out = make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf", lang=lang)
        assert sum(greeting in p for p in page_texts(out)) == 1


def test_page_numbers_count_per_letter(letters, tmp_path) -> None:
    lib, info = letters
    pages = page_texts(make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf"))
    starts = _letter_starts(pages, "Beste ")
    assert starts
    for i in starts:
        assert "pagina 1 van" in pages[i], pages[i][-40:]


def test_address_sits_in_the_envelope_window(letters, tmp_path) -> None:
    lib, info = letters
    out = make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf")
    height = 297 * MM
    for page in PdfReader(str(out)).pages:
        spots: list[tuple[float, float]] = []

        def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
            if text.strip() in (NAME, ADDRESS):
                spots.append((cm[4] + tm[4], cm[5] + tm[5]))  # noqa: B023

        page.extract_text(visitor_text=visit)
        if not spots:
            continue
        assert len(spots) == 2, spots
        for x, y in spots:  # inside the window: 20 mm from the left, 50 mm down, 90 x 45 mm
            assert 20 * MM <= x <= 40 * MM, x / MM
            assert height - 95 * MM <= y <= height - 50 * MM, (height - y) / MM
        return
    raise AssertionError("no letter carries the address")


@pytest.mark.parametrize(
    ("lang", "delimiter", "header"),
    [
        ("nl", ";", ["naam", "e-mail", "adres", "knelpunten", "uw woorden", "uitkomst", "aanhef"]),
        (
            "en",
            ",",
            ["name", "email", "address", "concerns", "your_words", "outcome", "salutation"],
        ),
    ],
)
def test_mail_merge_speaks_the_language(letters, tmp_path, lang, delimiter, header) -> None:
    lib, info = letters
    target = tmp_path / "m.csv"
    assert write_feedback_csv(lib, info.meeting_id, target, lang=lang) == 1
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=delimiter))
    assert rows[0] == header
    assert rows[1][:2] == [NAME, EMAIL] and WORDING in rows[1][4]
    assert rows[1][6] == {"nl": f"Beste {NAME},", "en": f"Dear {NAME},"}[lang]


def test_a_long_letter_counts_its_own_pages(letters, tmp_path) -> None:
    from sqlalchemy import select

    from buurtdesk.core.store.models import Concern, Report

    lib, info = letters
    with lib.session() as s, s.begin():
        person = s.scalars(select(Submitter).where(Submitter.name == NAME)).one()
        concern = s.scalars(select(Concern).order_by(Concern.number)).first()
        assert concern is not None
        for i in range(14):
            s.add(
                Report(
                    concern_id=concern.id,
                    original_concern_id=concern.id,
                    wording=f"Melding {i}: " + "de stoep ligt er slecht bij, " * 12,
                    meeting_id=info.meeting_id,
                    form_no=str(900 + i),
                    submitter=person,
                )
            )
    pages = page_texts(make_document(lib, "feedback", info.meeting_id, tmp_path / "f.pdf"))
    labels = [p[p.rindex("pagina") :] for p in pages]
    first = next(i for i, p in enumerate(pages) if f"Beste {NAME}," in p)
    size = int(labels[first].split()[-1])
    assert size >= 2
    assert labels[first : first + size] == [f"pagina {n} van {size}" for n in range(1, size + 1)]
    assert labels[first + size] == "pagina 1 van 1"  # the next letter starts again at 1
