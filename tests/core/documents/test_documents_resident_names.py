"""A resident's name typed by the chair into an action, note or agenda line is named in a
warning before the verslag, the actielijst and the letters go out; "ik woon op <straat> <nr>"
never reaches a public title."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_helpers import NAME, OTHER_NAME, build_planted, page_texts
from sqlalchemy import select, update

from buurtdesk.cli import main as cli
from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.name_review import name_hits
from buurtdesk.core.privacy.known_names import KnownNames
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, AgendaItem, Concern
from buurtdesk.core.text import clean

SURNAME = NAME.split()[-1]  # "Geheimzinnig"


def _plant_names(db_path: Path) -> int:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    with lib.session() as s, s.begin():
        first = s.scalars(select(Action).where(Action.description.like("Actie 1.1%"))).one()
        first.description = f"{SURNAME} belt de gemeente over de stoep"
        s.execute(
            update(AgendaItem)
            .where(AgendaItem.meeting_id == info.meeting_id, AgendaItem.position == 1)
            .values(notes=f"Met dank aan {OTHER_NAME.lower()} voor de foto's.")
        )
    lib.close()
    return info.meeting_id


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Afspraak met Emma de Vries", ["Emma de Vries"]),
        ("vries belt de gemeente", ["Emma de Vries"]),  # the family name alone, any case
        ("Émma DE VRIËS komt langs", ["Emma de Vries"]),  # accents and case ignored
        ("De Vriesstraat krijgt drempels", []),  # a word that holds the name is no name
        ("Ali en Emma", ["Ali"]),  # a one-word name; a first name alone is not enough
        ("Bewoners ruimen op", []),  # "Bewoner" as a name says nothing
    ],
)
def test_known_names_are_found_as_words(text: str, found: list[str]) -> None:
    assert KnownNames(["Emma de Vries", "Ali", "Bewoner", ""]).find(text) == found


def test_the_names_in_each_document_are_found(db_path: Path) -> None:
    mid = _plant_names(db_path)
    lib = Library(db_path, create=False)
    try:
        hits = {kind: name_hits(lib, kind, mid) for kind in ("report", "actions", "feedback")}
        assert name_hits(lib, "forms", mid) == []
    finally:
        lib.close()
    action = [("K1", "action", f"{SURNAME} belt de gemeente over de stoep", (NAME,))]
    agenda = [("", "agenda", f"Met dank aan {OTHER_NAME.lower()} voor de foto's.", (OTHER_NAME,))]
    as_tuples = {k: [(h.code, h.what, h.text, h.names) for h in v] for k, v in hits.items()}
    assert as_tuples == {"report": action + agenda, "actions": action, "feedback": action}


@pytest.mark.parametrize("kind", ["report", "actions", "feedback"])
def test_the_command_line_warns_and_still_writes(db_path, tmp_path, capsys, kind) -> None:
    mid = _plant_names(db_path)
    out = tmp_path / "d.pdf"
    code = cli.run(["export", kind, "--db", str(db_path), "--meeting", str(mid), "-o", str(out)])
    assert code == cli.EXIT_OK and out.is_file()
    warnings = [w for w in capsys.readouterr().err.splitlines() if "name of a resident" in w]
    assert warnings[0] == (
        f"warning: K1 action holds the name of a resident in the file ({NAME}): "
        f"{SURNAME} belt de gemeente over de stoep"
    )
    assert len(warnings) == (2 if kind == "report" else 1)


def test_no_warning_without_names(db_path, tmp_path, capsys) -> None:
    mid = build_planted(db_path).meeting_id
    out = tmp_path / "d.pdf"
    assert cli.run(["export", "report", "--db", str(db_path), "--meeting", str(mid),
                    "-o", str(out)]) == 0  # fmt: skip
    assert "name of a resident" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("typed", "public"),
    [
        ("Losse tegels, ik woon op Dorpsstraat 12", "Losse tegels"),
        ("Ik woon op de Dorpsstraat 12 en de stoep is kapot", "De stoep is kapot"),
        ("Hondenpoep (wij wonen aan nr. 14b) bij de school", "Hondenpoep bij de school"),
        ("Te hard rijden; ik woon hier op Graanweg 3-1, gevaarlijk", "Te hard rijden; gevaarlijk"),
        ("Ik woon in de Dorpsstraat en er wordt hard gereden",
         "Ik woon in de Dorpsstraat en er wordt hard gereden"),  # no number: nothing points home
    ],
)  # fmt: skip
def test_where_the_writer_lives_leaves_a_public_title(typed: str, public: str) -> None:
    assert clean(typed, "Dorpsstraat") == public


def test_the_verslag_holds_no_ik_woon_op(db_path, tmp_path) -> None:
    mid = build_planted(db_path).meeting_id
    lib = Library(db_path, create=False)
    try:
        with lib.session() as s, s.begin():
            s.execute(
                update(Concern)
                .where(Concern.number == 3)
                .values(title="Losse tegels, ik woon op Dorpsstraat 12")
            )
        text = " ".join(page_texts(make_document(lib, "report", mid, tmp_path / "v.pdf")))
    finally:
        lib.close()
    assert "Losse tegels" in text and "ik woon" not in text and "Dorpsstraat 12" not in text
