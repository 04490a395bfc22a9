"""What every BuurtDesk PDF shares: the embedded font, styles, safe text, header and footer.

The footer's "pagina 2 van 5" is drawn in one pass: :class:`NumberedCanvas` keeps each page's
drawing state and adds the footers when the document is saved and the total is known.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from buurtdesk.core.documents.accessible import TaggedParagraph, TaggedTable, Tagger, finish
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.text_shaping import drop_emoji, has_rtl, is_rtl, shape_rtl, wrap_rtl
from buurtdesk.core.store.paths import resources_dir
from buurtdesk.core.text_normal import strip_invisible

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN - 12  # the frame keeps 6 pt padding on either side
TOP_MARGIN, BOTTOM_MARGIN = MARGIN + 4 * mm, MARGIN + 2 * mm  # room for header and footer
FRAME_H = PAGE_H - TOP_MARGIN - BOTTOM_MARGIN - 12  # the height a page's story may fill
GREY = colors.HexColor("#595959")  # 7:1 on white, the least for small grey text
LINE = colors.HexColor("#c8ccd0")
HEAD_BG = colors.HexColor("#e8eef4")
ACCENT = colors.HexColor("#2b6c9e")
REPLACEMENT = "?"
FURNITURE_PT = 9  # header and footer of every page


@cache
def register_fonts() -> tuple[str, str]:
    """Register the shipped DejaVu Sans (regular and bold) once; they are embedded as subsets."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


@cache
def _glyphs() -> frozenset[int]:
    register_fonts()
    font = pdfmetrics.getFont(FONT)
    return frozenset(font.face.charToGlyph)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object, *, shape: bool = True) -> str:
    """Plain text the font can show: emoji, control characters and invisible controls (bidi
    overrides, zero-width spaces) dropped, Arabic shaped in visual order (unless ``shape`` is
    false), other missing glyphs replaced."""
    glyphs = _glyphs()
    value = drop_emoji(strip_invisible(_CONTROL.sub("", str(text or ""))))
    value = shape_rtl(value) if shape else value
    return "".join(ch if ord(ch) in glyphs or ch in "\n\t " else REPLACEMENT for ch in value)


def markup(text: object) -> str:
    """Safe Paragraph markup for user text: cleaned, escaped, lines kept.  A word wider than
    its line is split by the Paragraph itself (``splitLongWords``), so no space is added."""
    return escape(clean(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    big: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=11, leading=14.5, alignment=TA_LEFT)
    return Styles(
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=10, leading=12.5, textColor=GREY),
        cell=ParagraphStyle("cell", parent=body, fontSize=10, leading=12.5),
        cell_bold=ParagraphStyle(
            "cellb", parent=body, fontName=FONT_BOLD, fontSize=10, leading=12.5
        ),
        h1=ParagraphStyle(
            "h1", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, spaceAfter=6
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            spaceBefore=10,
            spaceAfter=4,
            textColor=ACCENT,
            keepWithNext=1,
        ),
        big=ParagraphStyle("big", parent=body, fontSize=13, leading=17),
    )


def _direction(text: object, style: ParagraphStyle) -> ParagraphStyle:
    """``style``, aligned right when ``text`` starts in Arabic or Hebrew."""
    if not is_rtl(str(text or "")):
        return style
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


class _RtlParagraph(TaggedParagraph):
    """Text with Arabic or Hebrew: broken into lines in reading order, then each line shaped and
    reversed (ReportLab itself would reverse the whole text and then break it)."""

    logical: str | None = None  # the parts of a split paragraph keep their lines as they are
    breaker = staticmethod(wrap_rtl)  # the text in reading order -> its lines as drawn

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self.logical is not None:
            st = self.style
            width = availWidth - st.leftIndent - st.rightIndent
            lines = self.breaker(
                self.logical, width, lambda t: stringWidth(t, st.fontName, st.fontSize)
            )
            Paragraph.__init__(self, "<br/>".join(escape(line) for line in lines), st)
        return super().wrap(availWidth, availHeight)


def _paragraph(text: object, style: ParagraphStyle) -> TaggedParagraph:
    style = _direction(text, style)
    if not has_rtl(str(text or "")):
        return TaggedParagraph(markup(text), style)
    made = _RtlParagraph("", style)
    made.logical = clean(text, shape=False)
    return made


def para(text: object, style: ParagraphStyle | None = None) -> TaggedParagraph:
    return _paragraph(text, style or styles().body)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    kind: type[TaggedTable] = TaggedTable,
) -> Table:
    """A plain grid table; text cells become wrapping Paragraphs (bold in the header row).
    ``kind`` may be a subclass that splits over pages in its own way."""
    st = styles()
    data = [
        [
            cell
            if isinstance(cell, Flowable | list)
            else _paragraph(cell, st.cell_bold if header and r == 0 else st.cell)
            for cell in row
        ]
        for r, row in enumerate(rows)
    ]
    t = kind(data, colWidths=list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),  # else the table sets an unembedded Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),  # a 10 pt date still fits a narrow column
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    t.setStyle(TableStyle(commands + list(extra)))
    return t


def numbered_canvas(
    page_label: Callable[[int, int], str], tagger: Tagger | None = None
) -> type[rl_canvas.Canvas]:
    """A canvas class that writes "page X of Y" on every page once the total is known; with a
    ``tagger`` the paragraphs drawn on it are marked content and the footer an artifact."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT  # no unused, unembedded Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self.tagger = tagger

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                Tagger.artifact(self)
                self.setFont(FONT, FURNITURE_PT)
                self.setFillColor(GREY)
                self.drawRightString(PAGE_W - MARGIN, 10 * mm, page_label(self._pageNumber, total))
                Tagger.end(self)
                super().showPage()
            super().save()

    return NumberedCanvas


@dataclass(frozen=True)
class Heading:
    """What the header and footer of every page say."""

    neighbourhood: str
    meeting: str
    title: str
    made: str
    date: str = ""  # the meeting's date alone, for the PDF's title


def build(
    path: Path,
    story: list[Flowable],
    heading: Heading,
    texts: Texts,
    *,
    title: str = "",
) -> None:
    """Write ``story`` to ``path`` as an A4 PDF with the common header and footer."""
    register_fonts()

    tagger = Tagger()
    title = clean(
        title or " ".join(p for p in (heading.title, heading.neighbourhood, heading.date) if p)
    )

    def decorate(canv: rl_canvas.Canvas, _doc: object) -> None:
        canv.saveState()
        Tagger.artifact(canv)
        canv.setFont(FONT_BOLD, FURNITURE_PT)
        canv.setFillColor(ACCENT)
        top = PAGE_H - 11 * mm
        canv.drawString(MARGIN, top, clean(heading.neighbourhood)[:80])
        canv.setFont(FONT, FURNITURE_PT)
        canv.setFillColor(GREY)
        canv.drawRightString(PAGE_W - MARGIN, top, clean(f"{heading.title} · {heading.meeting}"))
        canv.setStrokeColor(LINE)
        canv.setLineWidth(0.6)
        canv.line(MARGIN, top - 2.5 * mm, PAGE_W - MARGIN, top - 2.5 * mm)
        canv.line(MARGIN, 14 * mm, PAGE_W - MARGIN, 14 * mm)
        canv.setFont(FONT, FURNITURE_PT)
        canv.drawString(MARGIN, 10 * mm, heading.made)
        Tagger.end(canv)
        canv.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        title=title,
        author="BuurtDesk",
        subject=clean(f"{heading.neighbourhood} – {heading.meeting}"),
        lang=texts.lang,
    )
    label = numbered_canvas(lambda page, total: texts("page", page=page, total=total), tagger)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=label)
    finish(path, tagger, title, texts.lang)


def made_today(texts: Texts, today: dt.date | None = None) -> str:
    return texts("made", date=texts.short_date(today or dt.date.today()))


def heading_for(meeting: Any, texts: Texts, title_key: str) -> Heading:
    """The header of a meeting's document (``meeting`` is a :class:`data.MeetingInfo`)."""
    return Heading(
        neighbourhood=meeting.neighbourhood,
        meeting=texts("meeting", date=texts.date(meeting.date)),
        title=texts(title_key),
        made=made_today(texts),
        date=texts.date(meeting.date),
    )


def title_block(heading: Heading) -> list[Flowable]:
    st = styles()
    return [
        para(heading.title, st.h1),
        para(f"{heading.neighbourhood} · {heading.meeting}", st.body),
    ]


def hours(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def public_label(title: str, street: str) -> str:
    """A concern's public title, with its street unless the title already names it."""
    title, street = title.strip(), street.strip()
    if not street or street.casefold() in title.casefold():
        return title
    return f"{title} — {street}"


def columns(*parts: float) -> tuple[float, ...]:
    """Column widths in proportion to ``parts``, filling the frame's width."""
    total = sum(parts)
    return tuple(FRAME_W * part / total for part in parts)
