"""Text as residents write it: IJ capitals, long words, emoji and Arabic in the PDFs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from doc_helpers import build_planted, pdf_text

from buurtdesk.core.concerns.intake import default_title
from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.base import clean, markup
from buurtdesk.core.store.library import Library


def _report(db_path: Path, tmp_path: Path, extra: str, kind: str = "report") -> Path:
    info = build_planted(db_path, title_extra=extra)
    lib = Library(db_path, create=False)
    try:
        return make_document(lib, kind, info.meeting_id, tmp_path / f"{kind}.pdf")
    finally:
        lib.close()


@pytest.mark.parametrize(
    ("wording", "title"),
    [
        ("ijzeren hek bij de school is kapot", "IJzeren hek bij de school is kapot"),
        ("ijsbaan ligt vol glas", "IJsbaan ligt vol glas"),
        ("iemand parkeert op de stoep", "Iemand parkeert op de stoep"),
    ],
)
def test_a_title_starting_with_ij_gets_the_dutch_capital(wording: str, title: str) -> None:
    assert default_title(wording) == title


def test_a_long_word_gets_no_real_space_inserted(db_path: Path, tmp_path: Path) -> None:
    word = "Fietsenstallingsonderhoudsovereenkomstvoorstel"  # 46 letters, fits one line
    assert " " not in markup(word)
    assert word in pdf_text(_report(db_path, tmp_path, " " + word))


@pytest.mark.parametrize("kind", ["report", "feedback"])
def test_emoji_are_left_out_cleanly(db_path: Path, tmp_path: Path, kind: str) -> None:
    text = pdf_text(_report(db_path, tmp_path, " 😡🙈 hek 👍🏽 kapot 👨‍👩‍👧 ❤️ 🇳🇱 😀", kind))
    assert "Dorpsstraat hek kapot ❤" in text
    assert "?" not in text.split("Dorpsstraat", 1)[1].split("kapot", 1)[0]
    for mark in ("😡", "😀", "\ufe0f", "\u200d"):
        assert mark not in text


def test_arabic_is_shaped_and_right_to_left(db_path: Path, tmp_path: Path) -> None:
    text = pdf_text(_report(db_path, tmp_path, " شارع مغلق"))  # "street closed"
    assert "\u0634\u0627\u0631\u0639" not in text  # not the unjoined logical letters
    # Joined forms: initial sheen ... final ain, read back right to left by the extractor.
    street, closed = "\ufeb7\ufe8e\ufead\ufec9", "\ufee3\ufed0\ufee0\ufed6"
    assert f"Dorpsstraat {street} {closed}" in text
    # Drawn in visual order: the second word leftmost, each word's last letter first.
    assert clean("شارع مغلق") == f"{closed[::-1]} {street[::-1]}"


def test_a_paragraph_in_arabic_is_aligned_right() -> None:
    from reportlab.lib.enums import TA_RIGHT

    from buurtdesk.core.documents.base import para

    assert para("شارع مغلق").style.alignment == TA_RIGHT
    assert para("Straat dicht شارع").style.alignment != TA_RIGHT


def test_a_long_arabic_paragraph_starts_on_the_first_line() -> None:
    from buurtdesk.core.documents.base import para

    p = para(" ".join(f"كلمة{n}" for n in range(1, 41)))  # "word1" ... "word40", as written
    p.wrap(200, 1000)
    texts = [
        " ".join(line[1]) if isinstance(line, tuple) else "".join(f.text for f in line.words)
        for line in p.blPara.lines
    ]
    numbers = [{int(n) for n in re.findall(r"\d+", text)} for text in texts]
    assert len(numbers) > 3
    assert 1 in numbers[0] and 40 in numbers[-1]  # read from the top line down
    assert max(numbers[0]) < min(numbers[1])
