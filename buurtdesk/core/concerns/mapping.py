"""Which spreadsheet column holds which form field, how cells read, and the import report."""

from __future__ import annotations

import datetime as dt

from buurtdesk.core.concerns.intake import parse_date as _parse_date
from buurtdesk.core.concerns.words import normalise

# Form fields, each with the header names it is known by (normalised, spaces removed).
_HEADERS = {
    "form_no": "formno formnumber formulier formuliernummer formuliernr formnr nummer nr number "
    "no id",
    "date": "date datum received receivedon ontvangen dag ingevuldop ingevuld",
    "street": "street straat straatofplek straatplek plek locatie location place",
    "theme": "theme thema onderwerp categorie category topic",
    "description": "description omschrijving beschrijving melding knelpunt probleem text tekst "
    "wording concern toelichting opmerking klacht",
    "name": "name naam fullname volledigenaam",
    "phone": "phone telefoon telefoonnummer tel telnr mobiel phonenumber telephone",
    "email": "email emailadres mail emailaddress",
    "address": "address adres postadres postaladdress woonadres",
    "postcode": "postcode zipcode zip postalcode postcodeadres",
    "town": "town woonplaats plaats city stad",
    "language": "language taal lang taalbrief brieftaal letterlanguage voertaal",
    "wants_feedback": "wantsfeedback feedback terugkoppeling wilterugkoppeling "
    "terugkoppelinggewenst",
    "consent": "consent toestemming akkoord",
}
FIELD_NAMES: dict[str, tuple[str, ...]] = {f: tuple(n.split()) for f, n in _HEADERS.items()}
FIELDS = tuple(FIELD_NAMES)
PERSONAL_FIELDS = ("name", "phone", "email", "address", "postcode", "town", "language")
# A resident's own details that have no field: such a column never feeds a public field.
PERSONAL_HINTS = (
    *("geboorte", "birth", "leeftijd", "huisnummer", "housenumber"),
    *("woonstraat", "woonadres", "geslacht", "gender", "voornaam", "achternaam"),
    *("tussenvoegsel", "firstname", "lastname", "surname", "initialen", "prive", "private"),
    *("bsn", "iban", "dob"),
)
REQUIRED = ("description",)
EXCEL_SERIALS = (18264, 73050)  # 1950-01-01 .. 2099-12-31
_YES = frozenset(("ja", "j", "yes", "y", "true", "waar", "1", "x", "v", "ok"))
_NO = frozenset(("nee", "n", "no", "false", "onwaar", "0"))


def _match(words: list[str], names: tuple[str, ...]) -> tuple[int, int, int] | None:
    """How well a header (its words) fits a field: (0 exact or 1 partial, where in the header
    the name starts, the name's place in the field's list); lower is better."""
    key = "".join(words)
    found: list[tuple[int, int, int]] = []
    for rank, name in enumerate(names):
        if key == name:
            found.append((0, 0, rank))
        elif name in words or (len(name) >= 5 and name in key):
            found.append((1, key.find(name), rank))
    return min(found, default=None)


def _hinted(words: list[str]) -> bool:
    key = "".join(words)
    return any(h in words or (len(h) >= 4 and h in key) for h in PERSONAL_HINTS)


def looks_personal(header: str) -> bool:
    """A header that names a resident's details, whether BuurtDesk has a field for it or not."""
    words = normalise(header).split()
    if _hinted(words):
        return True
    return any(_match(words, FIELD_NAMES[f]) is not None for f in PERSONAL_FIELDS)


def guess_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Form field → column index, for every field whose header is recognised.

    Exact names first (the field's own list in order: "wording" before "concern"), then a
    header that holds a known word or longer name, the one nearest its start winning
    ("Adres (straat + huisnummer)" is an address).  A header that names other personal
    details ("Geboortedatum", "Huisnummer") never feeds a public field.  A column serves one
    field at most.
    """
    pairs: list[tuple[tuple[int, int, int], int, int, str]] = []
    for column, header in enumerate(headers):
        words = normalise(header).split()
        hinted = _hinted(words)
        for order, (fld, names) in enumerate(FIELD_NAMES.items()):
            if hinted and fld not in PERSONAL_FIELDS:
                continue
            score = _match(words, names) if words else None
            if score is not None:
                pairs.append((score, order, column, fld))
    mapping: dict[str, int] = {}
    for _score, _order, column, fld in sorted(pairs):
        if fld not in mapping and column not in mapping.values():
            mapping[fld] = column
    return mapping


def unmapped_personal(headers: tuple[str, ...] | list[str], mapping: dict[str, int]) -> list[str]:
    """The headers of columns left out of ``mapping`` that look like personal data."""
    used = set(mapping.values())
    return [h for i, h in enumerate(headers) if i not in used and h.strip() and looks_personal(h)]


def personal_warning(headers: tuple[str, ...] | list[str], mapping: dict[str, int]) -> str:
    """One English line naming the personal-looking columns not imported, or ""."""
    left = unmapped_personal(headers, mapping)
    if not left:
        return ""
    shown = ", ".join(repr(h) for h in left)
    return f"warning: not imported, but looks like personal data: {shown}"


def parse_yes(text: str) -> bool | None:
    """ja/nee, yes/no, x, 1/0; empty is no; None when it is neither."""
    key = normalise(text)
    if key in _YES or not key:
        return bool(key)
    return False if key in _NO else None


def parse_date(text: str) -> dt.date:
    """Dates as spreadsheets write them: ISO, Dutch, an ISO date with a time, or an Excel
    day number."""
    text = text.strip()
    if len(text) > 10 and text[10:11] in (" ", "T") and text[:4].isdigit():
        text = text[:10]
    # isdecimal, not isdigit: int() refuses "²"
    if text.isdecimal() and len(text) <= 6 and EXCEL_SERIALS[0] <= int(text) <= EXCEL_SERIALS[1]:
        # A date cell that lost its format: Excel counts days from 30 December 1899.
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(text))
    return _parse_date(text)
