"""Tagged, accessible PDFs: a structure tree bound to marked content, and the catalog entries
a screen reader and a municipal website's checker look for.

ReportLab writes no structure itself.  While a document is drawn, every paragraph made by
:func:`base.para` or :func:`base.table` wraps its text in marked content (``/P``, ``/H1`` or
``/H2`` with an MCID) and the page header and footer in ``/Artifact``; :class:`Tagger` keeps
the tags per page.  :func:`finish` then adds, with pikepdf, a ``StructTreeRoot`` holding one
``Document`` element with an element per marked paragraph in reading order, the
``ParentTree``, ``/StructParents`` on each page, ``/MarkInfo``, ``/Lang``,
``/ViewerPreferences /DisplayDocTitle`` and the title in the XMP metadata.

Not tagged: table structure (a cell is a ``P``, not a ``TD`` in a ``TR``), drawings such as
the chart (no ``Figure`` with alternative text), and rules and backgrounds (not marked as
artifacts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.platypus import Paragraph

HEADINGS = {"h1": "H1", "h2": "H2"}


@dataclass
class Tagger:
    """The structure tag of every marked-content sequence, per page (index = MCID)."""

    pages: list[list[str]] = field(default_factory=list)

    def begin(self, canv: Any, tag: str) -> None:
        page = canv.getPageNumber() - 1
        while len(self.pages) <= page:
            self.pages.append([])
        canv.addLiteral(f"/{tag} <</MCID {len(self.pages[page])}>> BDC")
        self.pages[page].append(tag)

    @staticmethod
    def artifact(canv: Any) -> None:
        canv.addLiteral("/Artifact <</Type /Pagination>> BDC")

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
        name = str(self.style.name).removesuffix("-rtl")
        tagger.begin(canvas, HEADINGS.get(name, "P"))
        super().drawOn(canvas, x, y, _sW)
        tagger.end(canvas)


def finish(path: Path, tagger: Tagger, title: str, lang: str) -> None:
    """Add the structure tree and the accessibility entries to the PDF at ``path``."""
    import pikepdf

    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
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
            marked = pikepdf.Array()
            for mcid, tag in enumerate(tags):
                element = pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.StructElem,
                        S=pikepdf.Name("/" + tag),
                        P=document,
                        Pg=page.obj,
                        K=mcid,
                    )
                )
                kids.append(element)
                marked.append(element)
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
        pdf.save(path)
