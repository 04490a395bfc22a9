"""Concern intake in the core: saving forms, attaching, deleting and restoring reports."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.errors import DateError
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry, Concern, Report, Submitter

DAY = dt.date(2026, 9, 10)


@pytest.fixture
def lib(store_target: str) -> Library:
    library = Library(store_target)
    yield library
    library.close()


@pytest.fixture
def meeting(lib: Library) -> int:
    hood = lib.add_neighbourhood("Bloemhof")
    return lib.add_meeting(hood, DAY)


def form(meeting: int, text: str = "Te hard rijden op de Dordtselaan", **kw: object) -> c.FormInput:
    return c.FormInput(meeting_id=meeting, description=text, **kw)  # type: ignore[arg-type]


def table_dump(lib: Library) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the tables a report touches, to compare states exactly."""
    with lib.session() as s:
        return {
            "concern": [
                (x.id, x.number, x.title, x.street, x.theme_id, x.status, x.merged_into_id)
                for x in s.scalars(select(Concern).order_by(Concern.id))
            ],
            "report": [
                (r.id, r.concern_id, r.original_concern_id, r.wording, r.form_no, r.submitter_id)
                for r in s.scalars(select(Report).order_by(Report.id))
            ],
            "submitter": [
                (p.id, p.name, p.phone, p.email, p.address, p.wants_feedback, p.consent)
                for p in s.scalars(select(Submitter).order_by(Submitter.id))
            ],
        }


def test_save_makes_a_concern_with_a_clean_public_title(lib: Library, meeting: int) -> None:
    saved = c.save_form(
        lib,
        form(meeting, "  auto's parkeren op de stoep Putselaan 112b ", street="Putselaan"),
    )
    assert saved.new_concern and saved.code == "K1"
    rows = c.list_concerns(lib, lib.neighbourhoods()[0].id)
    assert [(r.code, r.title, r.street, r.reports, r.meetings) for r in rows] == [
        ("K1", "Auto's parkeren op de stoep Putselaan", "Putselaan", 1, 1)
    ]
    assert rows[0].first_raised == DAY
    # The resident's own wording stays as typed (trimmed) on the report.
    assert c.concern_reports(lib, saved.concern_id)[0].wording.startswith("auto's parkeren")


def test_numbers_continue_after_the_highest(lib: Library, meeting: int) -> None:
    codes = [c.save_form(lib, form(meeting, f"probleem {i}")).code for i in range(3)]
    assert codes == ["K1", "K2", "K3"]


def test_attach_adds_a_report_with_its_own_wording_and_personal_data(
    lib: Library, meeting: int
) -> None:
    first = c.save_form(lib, form(meeting, "hardrijders", name="Ann de Vries"))
    second = c.save_form(
        lib,
        form(meeting, "racen op de laan", name="Bo Smit", phone="06-12345678", consent=True),
        attach_to=first.concern_id,
    )
    assert not second.new_concern and second.concern_id == first.concern_id
    public = c.concern_reports(lib, first.concern_id)
    assert [r.wording for r in public] == ["hardrijders", "racen op de laan"]
    assert all(r.name == r.phone == r.email == "" for r in public)
    private = c.concern_reports(lib, first.concern_id, include_personal=True)
    assert [(r.name, r.phone, r.consent) for r in private] == [
        ("Ann de Vries", "", False),
        ("Bo Smit", "06-12345678", True),
    ]
    assert c.list_concerns(lib, lib.neighbourhoods()[0].id)[0].reports == 2


def test_delete_and_restore_are_exact_inverses(lib: Library, meeting: int) -> None:
    kept = c.save_form(lib, form(meeting, "hondenpoep", name="Ann", email="ann@example.nl"))
    extra = c.save_form(lib, form(meeting, "poep!", phone="0612345678"), kept.concern_id)
    alone = c.save_form(lib, form(meeting, "ratten", name="Cas", address="Putselaan 3"))
    before = table_dump(lib)

    snap = c.delete_report(lib, alone.report_id)  # its concern goes with it
    after = table_dump(lib)
    assert [x[0] for x in after["concern"]] == [kept.concern_id]
    assert "Cas" not in json.dumps(after, default=str)
    c.restore_report(lib, snap)
    assert table_dump(lib) == before

    snap = c.delete_report(lib, extra.report_id)  # the concern has another report: it stays
    assert [x[0] for x in table_dump(lib)["concern"]] == [kept.concern_id, alone.concern_id]
    c.restore_report(lib, snap)
    assert table_dump(lib) == before


def test_the_last_report_takes_an_empty_concern_along(lib: Library, meeting: int) -> None:
    first = c.save_form(lib, form(meeting, "een"))
    second = c.save_form(lib, form(meeting, "twee"), first.concern_id)
    before = table_dump(lib)
    hood = lib.neighbourhoods()[0].id
    snap1 = c.delete_report(lib, first.report_id)
    assert [(r.code, r.reports) for r in c.list_concerns(lib, hood)] == [("K1", 1)]
    snap2 = c.delete_report(lib, second.report_id)
    assert c.list_concerns(lib, hood) == []
    c.restore_report(lib, snap2)
    c.restore_report(lib, snap1)
    assert table_dump(lib) == before


def test_merge_and_unmerge_restore_exactly(lib: Library, meeting: int) -> None:
    a = c.save_form(lib, form(meeting, "te hard rijden"))
    b = c.save_form(lib, form(meeting, "hardrijders"))
    b2 = c.save_form(lib, form(meeting, "racen"), b.concern_id)
    d = c.save_form(lib, form(meeting, "scheuren"))
    before = table_dump(lib)

    c.merge_concerns(lib, a.concern_id, [b.concern_id])
    c.merge_concerns(lib, d.concern_id, [a.concern_id])  # a chain: b → a → d
    hood = lib.neighbourhoods()[0].id
    visible = c.list_concerns(lib, hood)
    assert [(r.code, r.reports) for r in visible] == [("K3", 4)]
    merged = {r.code: r.merged_into for r in c.list_concerns(lib, hood, include_merged=True)}
    assert merged == {"K1": "K3", "K2": "K1", "K3": ""}
    assert {r.id for r in c.concern_reports(lib, d.concern_id)} == {
        a.report_id,
        b.report_id,
        b2.report_id,
        d.report_id,
    }

    c.unmerge_concern(lib, a.concern_id)
    c.unmerge_concern(lib, b.concern_id)
    assert table_dump(lib) == before


def test_merge_refuses_nonsense(lib: Library, meeting: int) -> None:
    a = c.save_form(lib, form(meeting, "een"))
    b = c.save_form(lib, form(meeting, "twee"))
    with pytest.raises(ValueError):
        c.merge_concerns(lib, a.concern_id, [a.concern_id])
    with pytest.raises(ValueError):
        c.merge_concerns(lib, a.concern_id, [])
    c.merge_concerns(lib, a.concern_id, [b.concern_id])
    with pytest.raises(ValueError):
        c.merge_concerns(lib, b.concern_id, [a.concern_id])  # b is merged itself
    with pytest.raises(ValueError):
        c.unmerge_concern(lib, a.concern_id)  # a is not merged


def test_audit_entries_hold_no_personal_data(lib: Library, meeting: int) -> None:
    personal = {"name": "Zoë Jansen", "phone": "06-98765432", "email": "zoe@example.nl"}
    a = c.save_form(lib, form(meeting, "een", address="Putselaan 9", **personal))
    b = c.save_form(lib, form(meeting, "twee", **personal))
    c.merge_concerns(lib, a.concern_id, [b.concern_id])
    c.unmerge_concern(lib, b.concern_id)
    c.set_title(lib, a.concern_id, "Een nieuwe titel")
    c.restore_report(lib, c.delete_report(lib, b.report_id))
    with lib.session() as s:
        entries = list(s.scalars(select(AuditEntry)))
    ops = [e.operation for e in entries]
    assert ops == ["merge", "unmerge", "set_title", "delete", "restore"]
    text = json.dumps([(e.before, e.after) for e in entries], default=str)
    for value in [*personal.values(), "Putselaan 9", "Zoë", "Jansen"]:
        assert value not in text
    assert '"submitter_id"' in text  # people are referred to by id


def test_set_title_returns_the_old_one_and_refuses_empty(lib: Library, meeting: int) -> None:
    a = c.save_form(lib, form(meeting, "losse tegels"))
    assert c.set_title(lib, a.concern_id, "  Losse   stoeptegels ") == "Losse tegels"
    assert c.list_concerns(lib, lib.neighbourhoods()[0].id)[0].title == "Losse stoeptegels"
    for bad in ("", "   "):
        with pytest.raises(ValueError):
            c.set_title(lib, a.concern_id, bad)


def test_title_warnings(lib: Library, meeting: int) -> None:
    a = c.save_form(lib, form(meeting, "graffiti", name="Mehmet Yılmaz"))
    warn = c.title_warnings
    assert warn(lib, a.concern_id, "Graffiti op de gevels") == []
    assert warn(lib, a.concern_id, "Graffiti bij Putselaan 12a") == ["house_number"]
    assert warn(lib, None, "Bel 06-12345678 voor info") == ["phone"]
    assert warn(lib, None, "Mail naar iemand@example.nl") == ["email"]
    assert warn(lib, a.concern_id, "Graffiti bij meneer Yilmaz") == ["submitter_name"]
    assert warn(lib, None, "Graffiti bij meneer Yilmaz") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8-9-2026", dt.date(2026, 9, 8)),
        ("08-09-2026", dt.date(2026, 9, 8)),
        ("2026-09-08", dt.date(2026, 9, 8)),
        (" 29-2-2028 ", dt.date(2028, 2, 29)),
        ("1/12/2026", dt.date(2026, 12, 1)),
    ],
)
def test_parse_date_accepts_dutch_and_iso(text: str, expected: dt.date) -> None:
    assert c.parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "code", "words"),
    [
        ("31-02-2026", "day", "February 2026 has no day 31"),
        ("29-2-2026", "day", "no day 29"),
        ("1-13-2026", "month", "no month 13"),
        ("2026-00-10", "month", "no month 0"),
        ("1-1-26", "year", "four digits"),
        ("1-1-0026", "year", "out of range"),
        ("morgen", "format", "dd-mm-jjjj"),
        ("", "format", "not a date"),
    ],
)
def test_parse_date_says_why(text: str, code: str, words: str) -> None:
    with pytest.raises(DateError) as info:
        c.parse_date(text)
    assert info.value.code == code
    assert words in str(info.value)


def codes(issues: list[c.FieldIssue]) -> list[tuple[str, str, bool]]:
    return [(i.field, i.code, i.blocking) for i in issues]


def test_validation_refuses_empty_and_too_long(lib: Library, meeting: int) -> None:
    for text in ("", "   \n\t "):
        assert codes(c.check_form(lib, form(meeting, text))) == [("description", "empty", True)]
        with pytest.raises(c.FormRefused) as info:
            c.save_form(lib, form(meeting, text))
        assert codes(info.value.issues) == [("description", "empty", True)]
    too_long = "x" * 2001
    assert codes(c.check_form(lib, form(meeting, too_long))) == [("description", "too_long", True)]
    with pytest.raises(c.FormRefused):
        c.save_form(lib, form(meeting, too_long))
    assert lib.counts()["reports"] == 0
    saved = c.save_form(lib, form(meeting, "y" * 2000))
    assert len(c.concern_reports(lib, saved.concern_id)[0].wording) == 2000


def test_validation_warns_but_saves(lib: Library, meeting: int) -> None:
    c.save_form(lib, form(meeting, "eerste", form_no="1001"))
    odd = form(meeting, "tweede", form_no="1001", email="jan@", phone="12-34", theme="Nope")
    assert codes(c.check_form(lib, odd)) == [
        ("email", "odd_email", False),
        ("phone", "odd_phone", False),
        ("theme", "unknown_theme", False),
        ("form_no", "form_no_used", False),
    ]
    c.save_form(lib, odd)
    assert lib.counts()["reports"] == 2
    fine = form(meeting, "derde", form_no="1002", email="a.b@example.nl", phone="+31 6 1234 5678")
    assert c.check_form(lib, fine) == []


def test_lookups_for_the_form(lib: Library, meeting: int) -> None:
    hood = lib.neighbourhoods()[0].id
    assert c.next_form_no(lib, hood) == "1"
    c.save_form(lib, form(meeting, "a", form_no="F-0098", street="Putselaan", theme="schoon"))
    c.save_form(lib, form(meeting, "b", form_no="F-0099", street="dordtselaan"))
    assert c.next_form_no(lib, hood) == "F-0100"
    assert c.streets(lib, hood) == ["dordtselaan", "Putselaan"]
    assert c.theme_names(lib)[:3] == ["Veiligheid", "Verkeer", "Schoon"]
    assert c.list_concerns(lib, hood)[0].theme == "Schoon"  # matched without regard to case


def test_date_issue_blocks_with_the_reason() -> None:
    assert c.date_issue("") is None and c.date_issue("8-9-2026") is None
    issue = c.date_issue("30-2-2026")
    assert issue is not None
    assert (issue.field, issue.code, issue.blocking) == ("received_on", "bad_date", True)
    assert "February 2026 has no day 30" in issue.message


def test_attach_follows_a_merge_and_stays_in_the_neighbourhood(lib: Library, meeting: int) -> None:
    a = c.save_form(lib, form(meeting, "een"))
    b = c.save_form(lib, form(meeting, "twee"))
    c.merge_concerns(lib, a.concern_id, [b.concern_id])
    late = c.save_form(lib, form(meeting, "drie"), attach_to=b.concern_id)
    assert (late.concern_id, late.code) == (a.concern_id, "K1")
    elsewhere = lib.add_meeting(lib.add_neighbourhood("Elders"), DAY)
    with pytest.raises(ValueError, match="neighbourhood"):
        c.save_form(lib, form(elsewhere, "vier"), attach_to=a.concern_id)
    with pytest.raises(ValueError, match="no meeting"):
        c.save_form(lib, form(999, "vijf"))
    assert lib.counts()["reports"] == 3


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("Pretorialaan 1xx", "Pretorialaan"),
        (" Putselaan  112B ", "Putselaan"),
        ("Putselaan 12-3", "Putselaan"),
        ("Dordtselaan 12 hs", "Dordtselaan"),
        ("Laan 1940-1945", "Laan 1940-1945"),
        ("1e Kiboltstraat", "1e Kiboltstraat"),
        ("2e Hugo de Grootstraat 14", "2e Hugo de Grootstraat"),
        ("Korte Zuid-dwarsstraat 7a-II", "Korte Zuid-dwarsstraat"),
        ("Tarwestraat 12, 3072 AB Rotterdam", "Tarwestraat"),
    ],
)
def test_a_house_number_never_reaches_the_public_street(
    lib: Library, meeting: int, typed: str, shown: str
) -> None:
    assert c.public_street(typed) == shown
    saved = c.save_form(lib, form(meeting, "losse tegels", street=typed))
    row = c.list_concerns(lib, lib.neighbourhoods()[0].id)[0]
    assert (row.id, row.street) == (saved.concern_id, shown)


def test_restore_refuses_when_its_number_was_taken(lib: Library, meeting: int) -> None:
    first = c.save_form(lib, form(meeting, "een"))
    snap = c.delete_report(lib, first.report_id)
    c.save_form(lib, form(meeting, "twee"))  # takes K1 (and the ids) again
    with pytest.raises(ValueError, match="cannot come back"):
        c.restore_report(lib, snap)
    assert [r.title for r in c.list_concerns(lib, lib.neighbourhoods()[0].id)] == ["Twee"]


def test_one_public_street_for_list_projector_and_documents() -> None:
    from buurtdesk.core.documents import slide_data

    assert slide_data.public_street is c.public_street  # one rule, wherever a street is shown
