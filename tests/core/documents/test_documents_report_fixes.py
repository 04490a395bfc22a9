"""The verslag and actielijst as residents read them: words broken only at spaces or with a
hyphen, a table's concern row repeated on its next page, a past meeting's actions as they
stood then, chart labels inside the margins, the next meeting once, plain words."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy import select

from buurtdesk.core.demo.create import create_demo
from buurtdesk.core.documents import data, make_document
from buurtdesk.core.documents.base import FONT_BOLD, FRAME_W, MARGIN, register_fonts
from buurtdesk.core.documents.chart import LABEL_SIZE, LABEL_W, bar_chart
from buurtdesk.core.documents.labels import LABELS, Texts
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import ActionUpdate
from tests.doc_helpers import build_planted, pdf_text

KINDS = ("actions", "report")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every meeting's verslag and actielijst of the demo, in nl and en: "report-2-en"."""
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.buurtdesk"
    create_demo(db, today=dt.date(2026, 12, 3))
    lib = Library(db, create=False)
    try:
        found = {"db": db}
        for pos, m in enumerate(lib.meetings(), start=1):
            for kind in KINDS:
                for lang in ("nl", "en"):
                    out = folder / f"{kind}-{pos}-{lang}.pdf"
                    found[f"{kind}-{pos}-{lang}"] = make_document(lib, kind, m.id, out, lang=lang)
        return found
    finally:
        lib.close()


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def _split_without_hyphen(word: str, text: str) -> list[str]:
    """Places where ``word`` was cut by a line break or a space that is not a hyphen's."""
    return [
        f"{word[:i]}|{word[i:]}"
        for i in range(1, len(word))
        if re.search(re.escape(word[:i]) + r"[ \n]" + re.escape(word[i:]), text)
    ]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_earlier_actions_break_words_only_at_spaces_or_with_a_hyphen(demo, kind, lang) -> None:
    text = _text(demo[f"{kind}-2-{lang}"])
    assert "Kartoncontai" in text
    assert _split_without_hyphen("Kartoncontainer", text) == []
    assert "Kartoncontainer" in text.replace("-\n", "")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_street_name_too_wide_for_its_column_breaks_at_a_space(demo, lang) -> None:
    text = _text(demo[f"report-3-{lang}"])
    for word in ("Korte", "Zuid-dwarsstraat"):
        assert _split_without_hyphen(word, text) == []
    assert "Korte\nZuid-dwarsstraat" in text  # the narrow "Wat" column
    assert re.search(r"Korte[ \xa0]Zuid-dwarsstraat", text)  # and whole where it fits


def _action(n: int, concern: str) -> data.ActionInfo:
    return data.ActionInfo(
        n, 1, f"Actie {n} met een lange omschrijving over de Kartoncontainer", "Gemeente",
        dt.date(2026, 5, 1), 2.0, None, ActionStatus.OPEN, "", dt.date(2026, 1, 7),
        "Nog geen reactie van de Kartoncontainerophaaldienst", concern, "Ratten in de straat",
    )  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_split_earlier_table_repeats_its_header_and_concern_row(lang: str) -> None:
    from buurtdesk.core.documents.earlier import earlier_table

    register_fonts()
    texts = Texts(lang)
    actions = [_action(n, "K11") for n in range(30)]
    table = earlier_table(actions, texts, dt.date(2026, 7, 6))
    first, rest = table.split(FRAME_W, 400)
    assert len(first._cellvalues) < 31
    row0 = [c.text if hasattr(c, "text") else c for c in rest._cellvalues[0]]
    row1 = rest._cellvalues[1][0]
    assert LABELS[lang]["what"] in row0[0].replace("<br/>", " ")
    continued = "(vervolg)" if lang == "nl" else "(continued)"
    assert row1.text.startswith("K11 · Ratten in de straat") and continued in row1.text
    # The part after that splits again and repeats the row again.
    _second, third = rest.split(FRAME_W, 400)
    assert continued in third._cellvalues[1][0].text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_pages_that_continue_the_earlier_table_name_its_concern(demo, lang) -> None:
    header = LABELS[lang]["last_update"].split()[-1]
    seen = 0
    for kind in KINDS:
        pages = PdfReader(str(demo[f"{kind}-3-{lang}"])).pages
        for page in pages[1:]:
            lines = page.extract_text().split("\n")
            if LABELS[lang]["earlier_actions"] in lines or header not in lines:
                continue
            after = lines[lines.index(header) + 1]
            assert re.match(r"K\d+ · ", after), (kind, after)
            seen += 1
    assert seen >= 1


def test_a_past_meeting_shows_each_action_as_it_stood_then(demo) -> None:
    # The first meeting's actions are all done by now; on 7 January nothing had started.
    for lang in ("nl", "en"):
        text = _text(demo[f"actions-1-{lang}"])
        assert LABELS[lang]["status_done"] not in text.split("\n")
        assert LABELS[lang]["status_open"] in text.split("\n")
    # The second meeting's review shows the note of that day, not a later one.
    lib = Library(demo["db"], create=False)
    try:
        second = lib.meetings()[1]
        with lib.session() as s:
            later = [
                u
                for u in s.scalars(select(ActionUpdate).order_by(ActionUpdate.date))
                if u.date > second.date and u.note and u.action.meeting_id < second.id
            ]
            then = {
                u.action_id: u.note
                for u in s.scalars(select(ActionUpdate).order_by(ActionUpdate.date))
                if u.date <= second.date
            }
            pairs = [(then[u.action_id], u.note) for u in later if u.action_id in then]
    finally:
        lib.close()
    assert pairs
    text = " ".join(_text(demo["actions-2-nl"]).split())
    for old, new in pairs:
        assert " ".join(old.split()) in text
        assert " ".join(new.split()) not in text


def test_the_state_as_of_a_meeting_comes_from_the_updates_up_to_its_day() -> None:
    from buurtdesk.core.documents.as_of import state_as_of

    day = dt.date(2026, 7, 6)
    busy, done = ActionStatus.IN_PROGRESS, ActionStatus.DONE
    ups = [
        ActionUpdate(date=dt.date(2026, 3, 1), status=busy, note="a", hours_spent=2),
        ActionUpdate(date=dt.date(2026, 7, 9), status=busy, note="b", meeting_id=5),
        ActionUpdate(date=dt.date(2026, 9, 1), status=done, note="c", hours_spent=3),
    ]
    assert state_as_of(ups, ActionStatus.DONE, day, 4) == (ActionStatus.IN_PROGRESS, 2.0, "a")
    # An update recorded at that very meeting counts, whatever its date.
    assert state_as_of(ups, ActionStatus.DONE, day, 5) == (ActionStatus.IN_PROGRESS, 2.0, "b")
    assert state_as_of(ups, ActionStatus.DONE, dt.date(2026, 1, 1), 4) == (
        ActionStatus.OPEN, None, "",
    )  # fmt: skip
    assert state_as_of(ups, ActionStatus.DONE, dt.date(2026, 12, 1), 4) == (
        ActionStatus.DONE, 5.0, "c",
    )  # fmt: skip
    assert state_as_of([], ActionStatus.IN_PROGRESS, day, 4) == (ActionStatus.IN_PROGRESS, None, "")


def _text_x(page: object) -> list[tuple[float, str]]:
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append((cm[0] * tm[4] + cm[2] * tm[5] + cm[4], text.strip()))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_text_starts_left_of_the_margin(demo, lang: str) -> None:
    pages = PdfReader(str(demo[f"report-2-{lang}"])).pages
    runs = [run for page in pages for run in _text_x(page)]
    assert any(t.startswith("K11 Ratten") for _x, t in runs)
    outside = [(round(x, 1), t) for x, t in runs if x < MARGIN - 0.5]
    assert outside == []


def test_a_chart_label_too_wide_for_any_line_is_shortened_visibly() -> None:
    register_fonts()
    rows = [("K1", "Rattenoverlast" * 20, 4.0)]
    drawing = bar_chart(rows)
    name = drawing.contents[0].categoryAxis.categoryNames[0]
    assert name.endswith("…") and name.count("\n") == 2
    widest = max(stringWidth(line, FONT_BOLD, LABEL_SIZE) for line in name.split("\n"))
    assert widest <= LABEL_W - 4


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("pos", [2, 3])
def test_the_next_meeting_is_named_once(demo, lang: str, pos: int) -> None:
    text = pdf_text(demo[f"report-{pos}-{lang}"])
    assert text.count(LABELS[lang]["next_meeting"]) == 1
    expected = {
        ("nl", 2): "Donderdag 10 december 2026 om 19:30 uur",
        ("en", 2): "Thursday 10 December 2026 at 19:30",
        ("nl", 3): "Nog niet bekend",
        ("en", 3): "To be announced",
    }[(lang, pos)]
    assert f"{LABELS[lang]['next_meeting']} {expected}" in text


def test_the_left_out_sentence_is_plain_and_only_there_when_needed(demo, tmp_path: Path) -> None:
    assert "minder of geen" not in LABELS["nl"]["chart_left_out"]
    assert "fewer or no" not in LABELS["en"]["chart_left_out"]
    for lang in ("nl", "en"):
        start = LABELS[lang]["chart_left_out"].split("{")[0].strip()
        assert start in pdf_text(demo[f"report-2-{lang}"])
        planted = build_planted(tmp_path / f"p-{lang}.buurtdesk")
        lib = Library(tmp_path / f"p-{lang}.buurtdesk", create=False)
        try:
            out = make_document(lib, "report", planted.meeting_id, tmp_path / "p.pdf", lang=lang)
        finally:
            lib.close()
        assert start not in pdf_text(out)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_venue_name_stays_on_one_line(demo, lang: str) -> None:
    for pos in (2, 3):
        text = _text(demo[f"report-{pos}-{lang}"])
        assert re.search(r"Buurthuis\sDe\sZaaier", text)
        assert not re.search(r"Buurthuis\s*\n\s*De|De\s*\n\s*Zaaier", text)


@pytest.mark.parametrize("width", [0.0, 4.0, 12.0, 30.0, 74.0, 200.0])
def test_wrapping_loses_no_letter_and_never_loops(width: float) -> None:
    from buurtdesk.core.documents.words import wrap_words

    register_fonts()
    text = "Kartoncontainer\u00a0Speltlaan staat er sinds  vorige maand\nRattenbestrijding x"

    def measure(t: str) -> float:
        return stringWidth(t, FONT_BOLD, 10)

    lines = wrap_words(text, width, measure)
    assert "".join(line.rstrip("-") for line in lines).replace(" ", "").replace(
        "\u00a0", ""
    ) == text.replace(" ", "").replace("\u00a0", "").replace("\n", "")
    assert all(measure(line) <= width or len(line.rstrip("-")) == 1 for line in lines)
