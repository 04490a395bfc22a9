"""Properties over generated input: typed dates, CSV round trips, contact details in titles."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from buurtdesk.cli.concerns import PERSONAL_COLUMNS, PUBLIC_COLUMNS
from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.concerns import mapping as concern_mapping
from buurtdesk.core.concerns.intake import default_title
from buurtdesk.core.errors import DateError
from buurtdesk.core.store.csv_safe import safe_writer
from buurtdesk.core.store.tables import read_table
from buurtdesk.core.text import clean

SOME = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DATES = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))


# --- typed dates -----------------------------------------------------------------------------

DATE_FORMATS = [
    lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",  # how BuurtDesk itself writes a date
    lambda d: f"{d.day}-{d.month}-{d.year}",
    lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    lambda d: f"{d.day}/{d.month}/{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: d.isoformat(),
    lambda d: f"{d.year}-{d.month}-{d.day}",
]


@SOME
@given(day=DATES, fmt=st.sampled_from(DATE_FORMATS), pad=st.sampled_from(["", " ", "\t", " \n"]))
def test_a_typed_date_in_any_accepted_form_reads_back(day: dt.date, fmt, pad: str) -> None:
    text = pad + fmt(day) + pad
    assert concerns.parse_date(text) == day
    assert concern_mapping.parse_date(text) == day


@SOME
@given(day=st.dates(dt.date(1950, 1, 1), dt.date(2099, 12, 31)), time=st.times())
def test_a_spreadsheet_date_reads_back(day: dt.date, time: dt.time) -> None:
    """The import also takes an ISO date with a time, and Excel's day number."""
    assert concern_mapping.parse_date(f"{day.isoformat()} {time.isoformat()}") == day
    assert concern_mapping.parse_date(f"{day.isoformat()}T{time.isoformat()}") == day
    assert concern_mapping.parse_date(str((day - dt.date(1899, 12, 30)).days)) == day


DATE_LIKE = st.from_regex(r"\A[0-9٠-٩²³ ]{0,6}[-/.]?[0-9 ]{0,4}[-/.]?[0-9]{0,9}\Z")


@SOME
@given(text=st.one_of(st.text(max_size=30), DATE_LIKE))
@example("1-1-" + "1" * 5000)  # too many digits for int(): a ValueError that was no DateError
@example("²³")  # a digit to str.isdigit() that int() refuses
@example("31-2-2024")
@example("0000-00-00")
def test_any_text_is_a_date_or_a_date_error(text: str) -> None:
    for parse in (concerns.parse_date, concern_mapping.parse_date):
        try:
            parse(text)
        except DateError as error:
            assert error.code in {"format", "day", "month", "year"}
            assert str(error)


# --- CSV round trips -------------------------------------------------------------------------

# Text as residents write it: any letter, mark or symbol (the spaces a spreadsheet puts in, the
# joiners and direction marks of Persian and Arabic too), quotes, separators and line breaks.
# Control characters other than tab and line breaks are left out: a file full of them is taken
# for a binary file, on purpose.
CELL_TEXT = st.text(
    st.characters(blacklist_categories=["Cs", "Cc"]) | st.sampled_from("\n\r\t\"';, "),
    max_size=40,
)
RISKY_START = st.sampled_from(["", "=", "+", "-", "@", "'", "'=", "'-", "\t", "\r", '"', " "])
CELL = st.builds(lambda start, rest: start + rest, RISKY_START, CELL_TEXT)


def _write_and_read(tmp: Path, rows: list[list[str]], delimiter: str) -> list[tuple[str, ...]]:
    header = PUBLIC_COLUMNS + PERSONAL_COLUMNS
    path = tmp / f"export{delimiter == ';'}.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:  # as the export writes
        writer = safe_writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    table = read_table(path)
    assert table.headers == tuple(header)
    assert all(not row.problem for row in table.rows)
    return [row.values for row in table.rows]


@SOME
@given(cells=st.lists(st.tuples(CELL, CELL), min_size=1, max_size=4), sep=st.sampled_from(",;"))
@example([("'=1+1", "'-2")], ",")  # a text that starts like a guarded cell
@example([("a\xa0b\xa0c\xa0d\xa0e\xa0f\xa0g\xa0h\xa0i\xa0j", "می\u200cخواهم" * 9)], ",")
def test_titles_and_wordings_survive_export_and_import(
    tmp_path_factory: pytest.TempPathFactory, cells: list[tuple[str, str]], sep: str
) -> None:
    width = len(PUBLIC_COLUMNS + PERSONAL_COLUMNS)
    wording = (PUBLIC_COLUMNS + PERSONAL_COLUMNS).index("wording")
    rows = []
    for number, (title, text) in enumerate(cells, start=1):
        row = [f"K{number}", title] + [""] * (width - 2)
        row[wording] = text
        rows.append(row)
    read = _write_and_read(tmp_path_factory.mktemp("csv"), rows, sep)
    assert [(r[1], r[wording]) for r in read] == cells


# --- titles never hold contact details -------------------------------------------------------

WORDS = re.findall(
    r"\S+",
    "de het een lantaarnpaal stoep gaat kapot fietsen overal afval bij speeltuin te hard "
    "gereden graag snel oplossen vuilnis container vol hondenpoep gevaarlijk kruispunt "
    "donker parkeren Buurthuis Wijkagent Gemeente ook al weken niemand doet iets",
)
GLUE = st.sampled_from([" ", ", ", ". ", ": ", " (", ") ", " - ", "; "])
OFFER = st.sampled_from(
    [
        "",
        "bel ",
        "bel mij op ",
        "mijn nummer is ",
        "tel: ",
        "tel. ",
        "mail ",
        "mijn e-mail: ",
        "bereikbaar op ",
        "of ",
        "postcode ",
        "app ",
    ]
)


def _grouped(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    return sep.join(parts)


@st.composite
def phones(draw: st.DrawFn) -> tuple[str, str]:
    """A Dutch phone number as people write it, and the subscriber's digits that must go."""
    kind = draw(st.sampled_from(["mobile", "area3", "area2"]))
    if kind == "mobile":
        area, rest = "6", draw(st.from_regex(r"\A[1-9]\d{7}\Z"))
        sizes = draw(st.sampled_from([(8,), (4, 4), (2, 2, 2, 2), (2, 3, 3)]))
    elif kind == "area3":
        area, rest = (
            draw(st.sampled_from(["10", "20", "30", "40", "70", "50"])),
            draw(st.from_regex(r"\A[1-9]\d{6}\Z")),
        )
        sizes = draw(st.sampled_from([(7,), (3, 4), (3, 2, 2)]))
    else:
        area, rest = (
            draw(st.sampled_from(["591", "172", "318", "229"])),
            draw(st.from_regex(r"\A[1-9]\d{5}\Z")),
        )
        sizes = draw(st.sampled_from([(6,), (2, 2, 2), (3, 3)]))
    inner = draw(st.sampled_from([" ", "", "."]))
    after_area = draw(st.sampled_from(["-", " ", "", " - "]))
    number = _grouped(rest, sizes, inner)
    prefix = draw(
        st.sampled_from(
            [
                f"0{area}{after_area}",
                f"+31 {area} ",
                f"+31{area}",
                f"+31 (0){area} ",
                f"0031 {area} ",
                f"+31-{area}-",
                f"(0{area}) ",
            ]
        )
    )
    return prefix + number, rest


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(st.from_regex(r"\A[a-z][a-z0-9]{1,8}(?:[._-][a-z0-9]{1,8})?\Z"))
    domain = draw(
        st.sampled_from(
            [
                "gmail.com",
                "hotmail.nl",
                "ziggo.nl",
                "kpnmail.nl",
                "buurt-mail.nl",
                "xs4all.nl",
                "live.nl",
                "outlook.com",
            ]
        )
    )
    return f"{local}@{domain}"


POSTCODES = st.builds(
    lambda digits, space, letters: f"{digits}{space}{letters}",
    st.from_regex(r"\A[1-9]\d{3}\Z"),
    st.sampled_from(["", " "]),
    st.from_regex(r"\A[A-Z]{2}\Z").filter(lambda s: s not in {"SA", "SD", "SS"}),
)


@st.composite
def texts_with_details(draw: st.DrawFn) -> tuple[str, str, str, str]:
    phone, digits = draw(phones())
    email, postcode = draw(emails()), draw(POSTCODES)
    details = [draw(OFFER) + phone, draw(OFFER) + email, draw(OFFER) + postcode]
    details = draw(st.permutations(details))
    pieces = []
    for detail in details:
        words = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=5))
        pieces += [" ".join(words), draw(GLUE), detail, draw(GLUE)]
    return (
        "".join(pieces) + " ".join(draw(st.lists(st.sampled_from(WORDS), max_size=4))),
        (digits),
        email,
        postcode,
    )


@SOME
@example(
    case=(" (06) 10000000  a0@gmail.com  1000AA ", "10000000", "a0@gmail.com", "1000AA"), street=""
)
@given(case=texts_with_details(), street=st.sampled_from(["", "Tarwestraat", "Kerkweg"]))
def test_public_text_holds_no_phone_email_or_postcode(case, street: str) -> None:
    text, phone_digits, email, postcode = case
    for public in (clean(text, street), default_title(text, street)):
        assert phone_digits not in re.sub(r"\D", "", public), (text, public)
        assert email not in public and "@" not in public, (text, public)
        assert postcode not in public and postcode.replace(" ", "") not in public, (text, public)
