"""Letters that can be posted: postcode, town and letter language on the resident (form,
import, inzage, erasure), the committee as sender (letters, flyer, forms' privacy notice),
a letterhead instead of the report's header and footer, e-mail-only residents on the mailing
list, letters in the resident's language, and a line on whom to ask for help reading."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from doc_helpers import EMAIL, NAME, OTHER_NAME, build_planted, invitable, page_texts
from pypdf import PdfReader
from sqlalchemy import select, update

from buurtdesk.cli import main as cli
from buurtdesk.core.concerns.import_forms import import_file
from buurtdesk.core.concerns.intake import FormInput, form_issues, meeting_of, save_form
from buurtdesk.core.documents import make_document, write_feedback_csv
from buurtdesk.core.privacy.personal import anonymise, find_people, inspection
from buurtdesk.core.store.committee import Committee, load_committee, save_committee
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Submitter

COMMITTEE = Committee(
    "Bewonersoverleg Testbuurt", "p/a Buurthuis De Kroon\nKroonplein 1\n1234 AB Teststad",
    "overleg@testbuurt.example",
)  # fmt: skip
HELP_NL = "Hulp nodig bij het lezen van deze brief?"
HELP_EN = "Need help reading this letter?"


@pytest.fixture
def planted(db_path: Path):
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    yield lib, info.meeting_id
    lib.close()


def _hood(lib: Library) -> int:
    return lib.neighbourhoods()[0].id


def _letters(pages: list[str]) -> list[str]:
    return [p for p in pages if "Beste " in p or "Dear " in p]


# -- the resident's postal details -----------------------------------------------------------


def test_a_form_keeps_postcode_town_and_letter_language(planted) -> None:
    lib, mid = planted
    form = FormInput(mid, "Losse tegels", name="Ans", address="Kerkstraat 3",
                     postcode=" 1234ab ", town="Teststad", language="Engels",
                     wants_feedback=True)  # fmt: skip
    save_form(lib, form)
    with lib.session() as s:
        person = s.scalars(select(Submitter).where(Submitter.name == "Ans")).one()
        assert (person.postcode, person.town, person.language) == ("1234 AB", "Teststad", "en")


def test_an_unknown_letter_language_warns_and_keeps_the_rest(planted) -> None:
    lib, mid = planted
    form = FormInput(mid, "Losse tegels", name="Bo", language="Turks", postcode="1234 AB")
    with lib.session() as s:
        issues = form_issues(s, form, meeting_of(s, mid).neighbourhood_id)
    assert [(i.field, i.code, i.blocking) for i in issues] == [
        ("language", "unknown_language", False)
    ]
    assert "'Turks' is not Dutch or English" in issues[0].message
    save_form(lib, form)
    with lib.session() as s:
        person = s.scalars(select(Submitter).where(Submitter.name == "Bo")).one()
        assert (person.postcode, person.language) == ("1234 AB", "")


@pytest.mark.parametrize("town_header", ["Woonplaats", "Plaats"])
@pytest.mark.parametrize("lang_header", ["Taal", "language"])
def test_import_reads_postcode_town_and_language(planted, tmp_path, capsys, town_header,
                                                 lang_header) -> None:  # fmt: skip
    lib, mid = planted
    source = tmp_path / "formulieren.csv"
    source.write_text(
        f"Omschrijving;Naam;Adres;Postcode;{town_header};{lang_header};Terugkoppeling\n"
        "Kapotte lamp;Cem;Lindelaan 8;4321zx;Dorpstad;en;ja\n",
        encoding="utf-8",
    )
    report = import_file(lib, mid, source)
    assert [line.outcome for line in report.lines] == ["imported"]
    assert report.warning == "" if hasattr(report, "warning") else True
    with lib.session() as s:
        person = s.scalars(select(Submitter).where(Submitter.name == "Cem")).one()
        assert (person.postcode, person.town, person.language) == ("4321 ZX", "Dorpstad", "en")


def test_the_command_line_import_no_longer_warns_about_them(planted, tmp_path, capsys) -> None:
    lib, mid = planted
    lib.close()
    source = tmp_path / "formulieren.csv"
    source.write_text("Omschrijving;Postcode;Woonplaats;Taal\nKapotte lamp;4321 ZX;Dorpstad;nl\n")
    cli.run(["import", "concerns", str(source), "--db", str(lib.path), "--meeting", str(mid)])
    assert "warning" not in capsys.readouterr().err


def test_inzage_search_and_erasure_cover_them(planted) -> None:
    lib, mid = planted
    save_form(lib, FormInput(mid, "Losse tegels", name="Dee", postcode="9999 ZZ",
                             town="Verweg", language="en"))  # fmt: skip
    [person] = find_people(lib, "9999zz")
    seen = inspection(lib, person.id)
    assert (seen["postcode"], seen["town"], seen["language"]) == ("9999 ZZ", "Verweg", "en")
    anonymise(lib, [person.id])
    with lib.session() as s:
        gone = s.get(Submitter, person.id)
        assert gone is not None and (gone.postcode, gone.town, gone.language) == ("", "", "")


# -- the committee as sender -----------------------------------------------------------------


def test_the_committee_is_stored_tidied_and_refused_when_too_long(planted) -> None:
    lib, _mid = planted
    save_committee(lib, _hood(lib), Committee("  Overleg  X ", " Plein 1 \n\n 1234 AB  Stad ", ""))
    assert load_committee(lib, _hood(lib)) == Committee("Overleg X", "Plein 1\n\n1234 AB Stad", "")
    with pytest.raises(ValueError, match="address is longer than 300"):
        save_committee(lib, _hood(lib), Committee(address="x" * 301))


def test_the_command_line_sets_and_shows_the_committee(planted, capsys) -> None:
    lib, _mid = planted
    lib.close()
    args = ["committee", "--db", str(lib.path), "--neighbourhood", "Testbuurt"]
    assert cli.run([*args, "--name", "Overleg", "--address", "Plein 1; 1234 AB Stad"]) == 0
    capsys.readouterr()
    assert cli.run(args) == 0
    assert capsys.readouterr().out.splitlines() == [
        "name: Overleg", "address: Plein 1; 1234 AB Stad", "contact: "
    ]  # fmt: skip
    assert cli.run(["committee", "--db", str(lib.path), "--neighbourhood", "Nergens"]) == 1


def _postal(lib: Library) -> None:
    save_committee(lib, _hood(lib), COMMITTEE)
    with lib.session() as s, s.begin():
        s.execute(
            update(Submitter)
            .where(Submitter.name == NAME)
            .values(address="Geheimlaan 42b", postcode="1234 CD", town="Teststad")
        )


def test_letters_carry_the_committee_as_sender_and_a_letterhead(planted, tmp_path) -> None:
    lib, mid = planted
    _postal(lib)
    pages = page_texts(make_document(lib, "feedback", mid, tmp_path / "f.pdf"))
    letters = _letters(pages)
    assert len(letters) == 2
    for text in letters:
        assert "Bewonersoverleg Testbuurt" in text and "Kroonplein 1" in text
        assert "overleg@testbuurt.example" in text
        assert "Gemaakt op" not in text and "Terugkoppeling · Bijeenkomst" not in text
        assert f"{HELP_NL} Neem contact op met Bewonersoverleg Testbuurt: overleg@" in text
        assert f"{HELP_EN} Contact Bewonersoverleg Testbuurt: overleg@" in text
    mine = next(t for t in letters if NAME in t)
    assert "Geheimlaan 42b 1234 CD TESTSTAD" in mine  # the window: street, postcode and town
    assert "Gemaakt op" in pages[0]  # the overview keeps the report's header and footer


def test_without_committee_details_the_help_line_names_the_place(planted, tmp_path) -> None:
    lib, mid = planted
    letters = _letters(page_texts(make_document(lib, "feedback", mid, tmp_path / "f.pdf")))
    for text in letters:
        assert f"{HELP_NL} Vraag het in Buurthuis De Kroon." in text
        assert f"{HELP_EN} Ask at Buurthuis De Kroon." in text


def test_an_email_only_resident_is_on_the_mailing_list_not_on_paper(planted, tmp_path,
                                                                    capsys) -> None:  # fmt: skip
    lib, mid = planted
    with lib.session() as s, s.begin():  # NAME gives an e-mail address and no postal address
        s.execute(update(Submitter).where(Submitter.name == NAME).values(address=""))
    pages = page_texts(make_document(lib, "feedback", mid, tmp_path / "f.pdf"))
    assert [OTHER_NAME in t for t in _letters(pages)] == [True]  # neither: handed out
    assert "Bewoners die alleen een e-mailadres gaven (1)" in " ".join(pages)
    write_feedback_csv(lib, mid, tmp_path / "m.csv")
    with (tmp_path / "m.csv").open(encoding="utf-8-sig") as f:
        assert [row[1] for row in csv.reader(f, delimiter=";")][1:] == [EMAIL]
    lib.close()
    args = ["export", "feedback", "--db", str(lib.path), "--meeting", str(mid)]
    assert cli.run([*args, "-o", str(tmp_path / "g.pdf")]) == 0
    err = capsys.readouterr().err
    assert "note: 1 residents gave only an e-mail address: they are in the mail-merge" in err
    assert "note: the committee has no postal address" in err


def test_a_letter_comes_in_the_residents_language(planted, tmp_path) -> None:
    lib, mid = planted
    _postal(lib)
    with lib.session() as s, s.begin():
        s.execute(update(Submitter).where(Submitter.name == OTHER_NAME).values(language="en"))
    pages = page_texts(make_document(lib, "feedback", mid, tmp_path / "f.pdf", lang="nl"))
    theirs = next(p for p in pages if OTHER_NAME in p)
    assert f"Dear {OTHER_NAME}," in theirs and "You wrote:" in theirs
    assert "Not chosen this time" in theirs or "Chosen as a priority" in theirs
    assert "page 1 of 1" in theirs and "pagina" not in theirs
    mine = next(p for p in pages if f"Beste {NAME}," in p)
    assert "U schreef:" in mine and "pagina 1 van 1" in mine


def test_letters_are_headed_in_the_structure_tree(planted, tmp_path) -> None:
    import pikepdf

    lib, mid = planted
    _postal(lib)
    out = make_document(lib, "feedback", mid, tmp_path / "f.pdf")
    with pikepdf.open(out) as pdf:
        kids = list(pdf.Root.StructTreeRoot.K[0].K)
        tags = [str(k.S) for k in kids]
    assert tags.count("/H1") == 1 + 2  # the document's title, then each letter's letterhead
    assert tags.count("/H2") >= 2  # each letter's subject


# -- the flyer and the forms -------------------------------------------------------------------


def test_the_flyer_has_its_own_top_and_foot(planted, tmp_path) -> None:
    lib, mid = planted
    save_committee(lib, _hood(lib), COMMITTEE)
    out = make_document(lib, "invitation", invitable(lib, "invitation", mid), tmp_path / "u.pdf")
    [text] = page_texts(out)
    assert "Gemaakt op" not in text and "pagina 1 van 1" not in text
    assert "Uitnodiging · Bijeenkomst" not in text  # no report header
    assert "Neem contact op met Bewonersoverleg Testbuurt: overleg@testbuurt.example" in text
    assert "Hulp nodig om te komen of mee te doen" in text


def test_the_flyer_gives_an_end_time(planted, tmp_path) -> None:
    lib, mid = planted
    following = invitable(lib, "invitation", mid)
    with lib.session() as s, s.begin():
        from buurtdesk.core.store.models import Meeting

        s.execute(update(Meeting).where(Meeting.id == following).values(start_time=dt.time(19, 30)))
    for lang, span in (("nl", "van 19:30 tot 21:00 uur"), ("en", "from 19:30 to 21:00")):
        out = make_document(lib, "invitation", following, tmp_path / "u.pdf", lang=lang)
        assert span in page_texts(out)[0]


def test_the_forms_name_the_committee_and_offer_the_other_language(planted, tmp_path) -> None:
    lib, mid = planted
    save_committee(lib, _hood(lib), COMMITTEE)
    for lang, tick, who in (
        ("nl", "Brief liever in het Engels.", "Wie bewaart uw gegevens: Bewonersoverleg Testbuurt"),
        ("en", "Letter in Dutch, please.", "Who keeps your details: Bewonersoverleg Testbuurt"),
    ):
        out = make_document(lib, "forms", mid, tmp_path / "m.pdf", lang=lang, count=2)
        pages = page_texts(out)
        assert len(PdfReader(str(out)).pages) == 2  # still one page per form
        for text in pages:
            assert tick in text and who in text and "overleg@testbuurt.example" in text
