"""Scripts and words: one Arabic title keeps a Dutch sentence left to right, a wrapped Arabic
chart label keeps its words in order, and an emoji leaves no stray space (a long word cut
with a visible hyphen: test_documents.py)."""

from __future__ import annotations

from reportlab.lib.enums import TA_LEFT, TA_RIGHT

from buurtdesk.core.documents.base import clean, para
from buurtdesk.core.documents.chart import _label_lines
from buurtdesk.core.documents.text_shaping import drop_emoji, is_rtl, shape_rtl

ARABIC = "شارع مظلم بدون إنارة في الليل وهو خطير جدا على الأطفال"
DUTCH = "1. شارع مظلم — de aanpak door de gemeente loopt."


def test_one_arabic_title_keeps_a_dutch_sentence_left_to_right() -> None:
    assert not is_rtl(DUTCH) and is_rtl(ARABIC) and is_rtl("K63 " + ARABIC)
    shaped = shape_rtl(DUTCH)
    assert shaped.startswith("1. ") and shaped.endswith("— de aanpak door de gemeente loopt.")
    assert para(DUTCH).style.alignment == TA_LEFT
    assert para(ARABIC).style.alignment == TA_RIGHT


def test_a_wrapped_arabic_label_keeps_its_words_in_order() -> None:
    lines = _label_lines(clean("K63 " + ARABIC, shape=False), 120).split("\n")
    assert len(lines) >= 2
    # Line by line, in reading order, the words come as written: the first line holds the
    # first words.
    words = ARABIC.split()
    read = [shape_rtl(w) for w in words]
    first_line_words = set(lines[0].split())
    assert read[0] in first_line_words and read[-1] not in first_line_words


def test_an_emoji_leaves_no_stray_space() -> None:
    assert drop_emoji("Beste Ali Yılmaz 😀,") == "Beste Ali Yılmaz,"
    assert drop_emoji("Te hard 🚗💨 bij de school") == "Te hard bij de school"
    assert drop_emoji("Ali 😀") == "Ali"
