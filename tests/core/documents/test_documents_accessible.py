"""Tagged, accessible PDFs: title, language, MarkInfo, DisplayDocTitle and a structure tree."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from doc_helpers import build_planted, invitable

from buurtdesk.core.documents import KINDS, make_document
from buurtdesk.core.store.library import Library

TITLES = {
    ("report", "nl"): "Verslag Testbuurt 10 maart 2026",
    ("report", "en"): "Minutes Testbuurt 10 March 2026",
    ("feedback", "nl"): "Terugkoppeling Testbuurt 10 maart 2026",
    ("actions", "en"): "Action list Testbuurt 10 March 2026",
}


@pytest.fixture
def made(db_path: Path, tmp_path: Path):
    info = build_planted(db_path)
    lib = Library(db_path, create=False)

    def make(kind: str, lang: str = "nl") -> Path:
        out = tmp_path / f"{kind}-{lang}.pdf"
        return make_document(lib, kind, invitable(lib, kind, info.meeting_id), out, lang=lang)

    yield make
    lib.close()


@pytest.mark.parametrize(("kind", "lang"), sorted(TITLES))
def test_the_pdf_title_names_document_neighbourhood_and_date(made, kind: str, lang: str) -> None:
    with pikepdf.open(made(kind, lang)) as pdf:
        assert str(pdf.docinfo["/Title"]) == TITLES[kind, lang]
        assert str(pdf.Root.Lang) == lang
        assert pdf.open_metadata()["dc:title"] == TITLES[kind, lang]


@pytest.mark.parametrize("kind", KINDS)
def test_every_document_is_marked_and_shows_its_title(made, kind: str) -> None:
    with pikepdf.open(made(kind)) as pdf:
        assert bool(pdf.Root.MarkInfo.Marked) is True
        assert bool(pdf.Root.ViewerPreferences.DisplayDocTitle) is True
        tree = pdf.Root.StructTreeRoot
        (document,) = list(tree.K)
        assert pikepdf.Name.Document == document.S
        assert len(document.K) > 0


def test_the_structure_tree_is_bound_to_marked_content(made) -> None:
    with pikepdf.open(made("report")) as pdf:
        elements = list(pdf.Root.StructTreeRoot.K[0].K)
        tags = [str(e.S) for e in elements]
        assert tags[0] == "/H1" and "/H2" in tags and "/P" in tags and "/Table" in tags
        nums = list(pdf.Root.StructTreeRoot.ParentTree.Nums)
        for index, page in enumerate(pdf.pages):
            assert int(page.obj.StructParents) == index
            stream = page.obj.Contents.read_bytes()
            assert b"/Artifact" in stream  # header and footer are no content
            marked = nums[2 * index + 1]
            for mcid, element in enumerate(marked):
                assert f"<</MCID {mcid}>> BDC".encode() in stream
                assert element.Pg.objgen == page.obj.objgen
                kids = element.K if isinstance(element.K, pikepdf.Array) else [element.K]
                assert mcid in [int(k) for k in kids]
            assert stream.count(b" BDC") == len(marked) + stream.count(b"/Artifact")


def test_a_table_is_tagged_with_rows_header_cells_and_data_cells(made) -> None:
    with pikepdf.open(made("report")) as pdf:
        elements = list(pdf.Root.StructTreeRoot.K[0].K)
        table = next(e for e in elements if pikepdf.Name.Table == e.S)
        rows = list(table.K)
        assert all(r.S == pikepdf.Name.TR for r in rows) and len(rows) > 1
        assert [str(c.S) for c in rows[0].K] == ["/TH"] * len(rows[0].K)
        assert {str(c.S) for c in rows[1].K} == {"/TD"}
        stream = pdf.pages[0].obj.Contents.read_bytes()
        assert b"/Artifact <</Type /Layout>> BDC" in stream  # its rules and background


def test_the_chart_is_a_figure_with_alternative_text(made) -> None:
    with pikepdf.open(made("report")) as pdf:
        elements = list(pdf.Root.StructTreeRoot.K[0].K)
        figures = [e for e in elements if pikepdf.Name.Figure == e.S]
        assert len(figures) == 1
        alt = str(figures[0].Alt)
        assert alt.startswith("Uitslag van de stemming: K") and ": " in alt
