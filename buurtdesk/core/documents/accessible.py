"""Tagged, accessible PDFs: a structure tree bound to marked content, and the catalog entries
a screen reader and a municipal website's checker look for.

ReportLab writes no structure itself.  While a document is drawn, every paragraph made by
:func:`base.para` or :func:`base.table` wraps its text in marked content (``/P``, ``/H1`` or
``/H2`` with an MCID; ``/TH`` or ``/TD`` in a table) and the page header and footer in
``/Artifact``; :class:`Tagger` keeps the tags per page.  :func:`finish` then adds, with
pikepdf, a ``StructTreeRoot`` holding one ``Document`` element with an element per marked
paragraph in reading order (a table as ``Table`` > ``TR`` > ``TH``/``TD``), the
``ParentTree``, ``/StructParents`` on each page, ``/MarkInfo``, ``/Lang``,
``/ViewerPreferences /DisplayDocTitle`` and the title in the XMP metadata.

A drawing wrapped in :class:`Figure` (the verslag's chart) is one ``Figure`` element whose
``/Alt`` text says what it shows.  Not tagged: text in a table cell that is not a paragraph,
and rules drawn outside a table (not marked as artifacts).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Table

HEADINGS = {"h1": "H1", "h2": "H2", "h3": "H3"}
Cell = tuple[int, int, int]  # (table, row, column) of a table cell's marked content


@dataclass
class Tagger:
    """The structure tag of every marked-content sequence, per page (index = MCID), with the
    table cell it belongs to."""

    pages: list[list[tuple[str, Cell | None]]] = field(default_factory=list)
    alt: dict[tuple[int, int], str] = field(default_factory=dict)  # (page, MCID) -> text

    def begin(self, canv: Any, tag: str, cell: Cell | None = None, alt: str = "") -> None:
        page = canv.getPageNumber() - 1
        while len(self.pages) <= page:
            self.pages.append([])
        canv.addLiteral(f"/{tag} <</MCID {len(self.pages[page])}>> BDC")
        if alt:
            self.alt[page, len(self.pages[page])] = alt
        self.pages[page].append((tag, cell))

    @staticmethod
    def artifact(canv: Any, kind: str = "Pagination") -> None:
        canv.addLiteral(f"/Artifact <</Type /{kind}>> BDC")

    @staticmethod
    def end(canv: Any) -> None:
        canv.addLiteral("EMC")


class TaggedParagraph(Paragraph):
    """A Paragraph drawn as one marked-content sequence when the canvas keeps tags."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        if tagger is None:
            super().drawOn(canvas, x, y, _sW)
            return
        cell: tuple[str, Cell] | None = getattr(canvas, "table_cell", None)
        if cell is not None:
            tagger.begin(canvas, *cell)
        else:
            tagger.begin(canvas, HEADINGS.get(str(self.style.name).split("-", 1)[0], "P"))
        super().drawOn(canvas, x, y, _sW)
        tagger.end(canvas)


class Figure(Flowable):
    """A drawing (a chart) as one ``Figure`` with alternative text for a screen reader."""

    def __init__(self, drawing: Flowable, alt: str) -> None:
        super().__init__()
        self.drawing, self.alt = drawing, alt

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.drawing.wrap(available_width, available_height)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        tagger: Tagger | None = getattr(canvas, "tagger", None)
        if tagger is not None:
            tagger.begin(canvas, "Figure", alt=self.alt)
        self.drawing.drawOn(canvas, x, y, _sW)
        if tagger is not None:
            tagger.end(canvas)


class TaggedTable(Table):
    """A Table whose cell paragraphs are tagged ``TH`` (repeated header rows) or ``TD``, and
    whose rules and backgrounds are artifacts."""

    def _drawBkgrnd(self) -> None:
        self._as_artifact(super()._drawBkgrnd)

    def _drawLines(self) -> None:
        self._as_artifact(super()._drawLines)

    def _as_artifact(self, draw: Any) -> None:
        if getattr(self.canv, "tagger", None) is None:
            draw()
            return
        Tagger.artifact(self.canv, "Layout")
        draw()
        Tagger.end(self.canv)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        try:
            row = self._rowpositions.index(pos[1]) - 1
            col = self._colpositions.index(pos[0])
        except ValueError:  # a spanned cell: its paragraphs stay plain P
            row = col = -1
        if row >= 0:
            tag = "TH" if row < self.repeatRows else "TD"
            self.canv.table_cell = (tag, (id(self), row, col))
        try:
            super()._drawCell(cellval, cellstyle, pos, size)
        finally:
            self.canv.table_cell = None


def _elements(
    pdf: Any, document: Any, page: Any, tags: list[tuple[str, Cell | None]], alt: dict[int, str]
) -> Any:
    """The structure elements of one page's marked content: (new children of the document,
    the element of each MCID)."""
    import pikepdf

    def element(tag: str, parent: Any, kids: Any = None) -> Any:
        made = pikepdf.Dictionary(
            Type=pikepdf.Name.StructElem, S=pikepdf.Name("/" + tag), P=parent, Pg=page.obj
        )
        if kids is not None:
            made.K = kids
        return pdf.make_indirect(made)

    children = pikepdf.Array()
    marked = pikepdf.Array()
    tables: dict[int, Any] = {}
    rows: dict[tuple[int, int], Any] = {}
    cells: dict[Cell, Any] = {}
    for mcid, (tag, cell) in enumerate(tags):
        if cell is None:
            children.append(element(tag, document, mcid))
            if mcid in alt:
                children[-1].Alt = pikepdf.String(alt[mcid])
            marked.append(children[-1])
            continue
        if cell[0] not in tables:
            tables[cell[0]] = element("Table", document, pikepdf.Array())
            children.append(tables[cell[0]])
        if cell[:2] not in rows:
            rows[cell[:2]] = element("TR", tables[cell[0]], pikepdf.Array())
            tables[cell[0]].K.append(rows[cell[:2]])
        if cell not in cells:
            cells[cell] = element(tag, rows[cell[:2]], pikepdf.Array())
            rows[cell[:2]].K.append(cells[cell])
        cells[cell].K.append(mcid)
        marked.append(cells[cell])
    return children, marked


def finish(path: Path, tagger: Tagger, title: str, lang: str) -> None:
    """Add the structure tree and the accessibility entries to the PDF at ``path``."""

    from buurtdesk.core.store.output_paths import temp_path

    # Saved under a name of BuurtDesk's own beside it: a killed export leaves a file the next
    # write in that folder sweeps, never one of pikepdf's.
    tagged = temp_path(Path(path))
    try:
        _tag(path, tagged, tagger, title, lang)
        os.replace(tagged, path)
    finally:
        tagged.unlink(missing_ok=True)


def _tag(path: Path, tagged: Path, tagger: Tagger, title: str, lang: str) -> None:
    import pikepdf

    with pikepdf.open(path) as pdf:
        root = pdf.Root
        tree = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
        document = pdf.make_indirect(
            pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.Document, P=tree)
        )
        kids = pikepdf.Array()
        nums = pikepdf.Array()
        for index, page in enumerate(pdf.pages):
            tags = tagger.pages[index] if index < len(tagger.pages) else []
            page.obj.StructParents = index
            page.obj.Tabs = pikepdf.Name.S
            alt = {m: text for (p, m), text in tagger.alt.items() if p == index}
            children, marked = _elements(pdf, document, page, tags, alt)
            kids.extend(children)
            nums.append(index)
            nums.append(marked)
        document.K = kids
        tree.K = pikepdf.Array([document])
        tree.ParentTree = pdf.make_indirect(pikepdf.Dictionary(Nums=nums))
        tree.ParentTreeNextKey = len(pdf.pages)
        root.StructTreeRoot = tree
        root.MarkInfo = pikepdf.Dictionary(Marked=True)
        root.Lang = pikepdf.String(lang)
        root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
        pdf.docinfo.Title = pikepdf.String(title)
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:title"] = title
            meta["dc:language"] = [lang]
        pdf.save(tagged, object_stream_mode=pikepdf.ObjectStreamMode.generate)
