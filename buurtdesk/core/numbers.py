"""One written form for the numbers copied off paper: ballot, concern and form numbers.

The same paper ballot may be typed ``1``, ``01``, ``1.0`` (a spreadsheet's number) or ``１``
(a full-width digit from a phone's keyboard), and each must be the same ballot.  Text is first
brought to Unicode's compatibility form (NFKC: full-width letters and digits become plain
ones), then every decimal digit of any script becomes its ASCII digit.  A number made only of
digits, with perhaps a trailing ``.0`` or ``,0``, is then one number.  No Qt, no database.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["canonical_number", "form_number", "form_number_key", "plain_text_number"]

_DIGITS = re.compile(r"(\d+)(?:[.,]0+)?", re.ASCII)


def plain_text_number(text: object) -> str:
    """NFKC, trimmed, every decimal digit of any script as ASCII: ``"Ｋ١٢ "`` -> ``"K12"``."""
    folded = unicodedata.normalize("NFKC", str(text)).strip()
    if folded.isascii():
        return folded
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in folded)


def canonical_number(text: object) -> str:
    """A ballot number's one form: ``"01"``, ``"1.0"``, ``"１"`` and ``"١"`` are all ``"1"``.

    A number that is not only digits keeps its letters as written (``"A-12"``)."""
    plain = plain_text_number(text)
    match = _DIGITS.fullmatch(plain)
    if match is None:
        return plain
    return match.group(1).lstrip("0") or "0"


def form_number(text: object) -> str:
    """A form number as stored: plain digits, a trailing ``.0`` dropped, its zero padding kept
    (``"０１２.0"`` -> ``"012"``), since the next blank form continues the padding."""
    plain = plain_text_number(text)
    match = _DIGITS.fullmatch(plain)
    return plain if match is None else match.group(1)


def form_number_key(text: object) -> str:
    """What two form numbers share when they name the same form: for one made only of digits
    its value (``"012"`` and ``"12"`` are one form), otherwise the number as stored."""
    plain = form_number(text)
    return (plain.lstrip("0") or "0") if plain.isdigit() else plain
