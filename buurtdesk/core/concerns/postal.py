"""A resident's postal details beyond the street address: postcode, town, letter language.

>>> postcode("1234ab")
'1234 AB'
>>> postcode("B-2000")
'B-2000'
>>> letter_language("Engels"), letter_language(""), letter_language("Turks")
('en', '', None)
"""

from __future__ import annotations

import re

from buurtdesk.core.concerns.words import normalise

LETTER_LANGUAGES = ("nl", "en")  # the languages a feedback letter is written in
_NAMES = {
    "nl": ("nl", "nld", "dutch", "nederlands", "netherlands", "ned", "n"),
    "en": ("en", "eng", "english", "engels", "e"),
}
_DUTCH_POSTCODE = re.compile(r"^([1-9]\d{3})\s*([A-Za-z]{2})$")


def postcode(text: str) -> str:
    """A Dutch postcode written as the post wants it ("1234 AB"); any other kept as typed."""
    value = " ".join(text.split())
    found = _DUTCH_POSTCODE.match(value)
    return f"{found.group(1)} {found.group(2).upper()}" if found else value


def letter_language(text: str) -> str | None:
    """ "nl" or "en" from what a form or a spreadsheet says; "" for none; None when unknown."""
    key = normalise(text).replace(" ", "")
    if not key:
        return ""
    return next((lang for lang, names in _NAMES.items() if key in names), None)


def language_issue(text: str) -> str:
    """An English sentence when ``text`` names no letter language BuurtDesk writes; else ""."""
    if letter_language(text) is not None:
        return ""
    return (
        f"letter language {text.strip()!r} is not Dutch or English; the letter is written "
        "in the document's language"
    )
