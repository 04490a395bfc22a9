"""The printed documents of a meeting, as A4 PDFs made with ReportLab Platypus.  No Qt.

>>> make_document(lib, "actions", meeting_id, Path("actielijst.pdf"))            # doctest: +SKIP

Kinds: ``actions`` (actielijst), ``report`` (verslag), ``forms`` (blank concern forms;
options ``count=10, start_no=None``), ``ballots``, ``feedback`` (terugkoppeling; the mail-merge
CSV comes from :func:`write_feedback_csv`) and ``invitation`` (uitnodiging).  Dutch by default,
English with ``lang="en"``.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.core.errors import DocumentError

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

KINDS = ("actions", "report", "forms", "ballots", "feedback", "invitation")
LANGS = ("nl", "en")

_MODULES = {
    "actions": "buurtdesk.core.documents.actionlist",
    "report": "buurtdesk.core.documents.report",
    "forms": "buurtdesk.core.documents.forms",
    "ballots": "buurtdesk.core.documents.ballots",
    "feedback": "buurtdesk.core.documents.feedback",
    "invitation": "buurtdesk.core.documents.invitation",
}


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    A failed write leaves any existing file at ``path`` as it was; a refused path (a folder, a
    database) or a failure becomes one ``DocumentError`` naming the file and the cause.
    """
    from buurtdesk.core.store.output_paths import replace_atomically
    from buurtdesk.core.store.write_errors import WriteError

    try:
        replace_atomically(path, write)
    except WriteError as exc:
        raise DocumentError(str(exc)) from None


def make_document(
    lib: Library, kind: str, meeting_id: int, path: Path, *, lang: str = "nl", **options: Any
) -> Path:
    """Write the PDF ``kind`` of meeting ``meeting_id`` to ``path``; returns ``path``."""
    from buurtdesk.core.errors import UnknownMeetingError

    if kind not in KINDS:
        raise DocumentError(f"unknown document {kind!r}: choose one of {', '.join(KINDS)}")
    if lang not in LANGS:
        raise DocumentError(f"unknown language {lang!r}: choose one of {', '.join(LANGS)}")
    module = import_module(_MODULES[kind])
    if kind in ("report", "ballots"):
        options["lib"] = lib  # the voting engine reads through the facade
    path = Path(path)
    try:
        with lib.session() as s:
            story, heading = module.compose(s, meeting_id, lang, **options)
    except UnknownMeetingError as exc:
        raise DocumentError(str(exc)) from None
    except (TypeError, ValueError) as exc:
        raise DocumentError(f"cannot make the {kind} document: {exc}") from None
    from reportlab.platypus.doctemplate import LayoutError

    from buurtdesk.core.documents.base import build
    from buurtdesk.core.documents.labels import Texts

    # A document of letters numbers its pages per letter (see documents/letters.py).
    paged = getattr(module, "paged_texts", None)
    texts = paged(story, lang) if paged is not None else Texts(lang)
    make = getattr(module, "build", build)  # a document may set its own footer

    def write(tmp: Path) -> None:
        make(tmp, story, heading, texts)
        after = getattr(heading, "after_write", None)
        if after is not None:  # forms and ballots keep the numbers they printed
            with lib.session() as s, s.begin():
                after(s)

    try:
        write_atomically(path, write)
    except LayoutError as exc:
        raise DocumentError(f"cannot lay out the {kind} document: {exc}") from None
    return path


def write_feedback_csv(lib: Library, meeting_id: int, path: Path, *, lang: str = "nl") -> int:
    """Write the mail-merge CSV of the feedback; returns the number of residents in it.

    One row per resident who asked for feedback on a report of the meeting and gave an
    e-mail address: name, e-mail, address, their concerns, their own words, the outcome.
    """
    from buurtdesk.core.documents.feedback import feedback_csv_rows, write_csv
    from buurtdesk.core.errors import UnknownMeetingError

    if lang not in LANGS:
        raise DocumentError(f"unknown language {lang!r}: choose one of {', '.join(LANGS)}")
    try:
        with lib.session() as s:
            rows = feedback_csv_rows(s, meeting_id, lang)
    except UnknownMeetingError as exc:
        raise DocumentError(str(exc)) from None
    write_atomically(Path(path), lambda tmp: write_csv(tmp, rows, lang))
    return len(rows) - 1
