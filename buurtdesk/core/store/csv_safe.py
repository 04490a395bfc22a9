"""CSV cells a spreadsheet shows as text and never runs as a formula.

Every CSV BuurtDesk writes goes through :func:`safe_writer`: a text cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading single quote, the way a
spreadsheet itself marks "this is text"; so does a text that already starts with quotes and
one of those (``'=``), so that reading it back gives the text as it was.  A CSV that is
published or mailed from (``visible=True``) holds no invisible controls
(:func:`buurtdesk.core.text_normal.strip_invisible`); a CSV read back keeps its text exact.  Numbers
(``int``/``float``, or text that is just a number such as ``-2`` or ``-2,5``) are written as
they are.  :func:`unquote_cell` takes the one quote off again when BuurtDesk reads such a file
back.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO, Any

from buurtdesk.core.text_normal import strip_invisible

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"-?[0-9]+(?:[.,][0-9]+)?")
_QUOTED = re.compile("'+[" + re.escape("".join(TRIGGERS)) + "]")


def safe_cell(value: object, visible: bool = False) -> object:
    """The value as a spreadsheet may safely read it: numbers unchanged, risky text quoted;
    with ``visible``, invisible controls (bidi overrides, zero-width spaces) taken out."""
    if isinstance(value, int | float):
        return value
    text = "" if value is None else str(value)
    text = strip_invisible(text) if visible else text
    if text[:1] in TRIGGERS and not _NUMBER.fullmatch(text):
        return "'" + text
    if _QUOTED.match(text):  # else unquote_cell would take its own quote off
        return "'" + text
    return text


def unquote_cell(text: str) -> str:
    """Undo :func:`safe_cell` on a cell read back from a BuurtDesk CSV."""
    return text[1:] if _QUOTED.match(text) else text


class SafeWriter:
    """``csv.writer`` whose rows pass through :func:`safe_cell`."""

    def __init__(self, handle: IO[str], visible: bool = False, **options: Any) -> None:
        self._writer = csv.writer(handle, **options)
        self._visible = visible

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(v, self._visible) for v in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def safe_writer(handle: IO[str], visible: bool = False, **options: Any) -> SafeWriter:
    """A CSV writer for ``handle`` (``csv.writer`` options) that never writes a formula; with
    ``visible`` (a CSV that is published or mailed from), no invisible control either."""
    return SafeWriter(handle, visible, **options)
