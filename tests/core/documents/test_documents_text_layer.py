"""The text layer of every document holds what was typed: Turkish, Polish, Arabic, a word
broken with a visible hyphen, names, as read by pdftotext and by pypdf."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from doc_helpers import build_planted
from pypdf import PdfReader
from sqlalchemy import update

from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern

ARABIC = "شارع مظلم بدون إنارة في الليل"
LATIN = (
    "Çöp konteynerleri taşıyor, çok kötü koku",
    "Gevaarlijke " + "a" * 60 + " oversteek",
    "Źle zaparkowane samochody na chodniku przy żłobku",
)
PLANTED = (ARABIC, *LATIN)  # concerns 1 and 2 are chosen, 4 is merged into 1
SHOWN = {"report": 3, "actions": 2, "feedback": 4}  # how many of them each document names
KINDS = ("report", "actions", "feedback")
_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"))


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    """The planted meeting, its four concerns titled with the planted texts, in every kind."""
    folder = tmp_path_factory.mktemp("layer")
    path = folder / "t.buurtdesk"
    mid = build_planted(path).meeting_id
    lib = Library(path, create=False)
    try:
        with lib.session() as s, s.begin():
            for number, title in enumerate(PLANTED, start=1):
                s.execute(update(Concern).where(Concern.number == number).values(title=title))
        return {
            (kind, lang): make_document(lib, kind, mid, folder / f"{kind}-{lang}.pdf", lang=lang)
            for kind in KINDS
            for lang in ("nl", "en")
        }
    finally:
        lib.close()


def _logical(text: str) -> str:
    """What a reader gets: presentation forms as letters, no direction marks, a word cut at
    a line's end whole again, white space as single spaces."""
    text = unicodedata.normalize("NFKC", text).translate(_BIDI_MARKS)
    text = text.replace("-\n", "")
    return " ".join(text.split())


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pypdf(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) missing")
@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_pdftotext_reads_every_planted_text(documents, kind: str, lang: str) -> None:
    text = _logical(_pdftotext(documents[kind, lang]))
    assert [p for p in PLANTED[: SHOWN[kind]] if p not in text] == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_pypdf_reads_every_planted_text(documents, kind: str, lang: str) -> None:
    text = _logical(_pypdf(documents[kind, lang]))
    assert [p for p in PLANTED[: SHOWN[kind]] if p not in text] == []
