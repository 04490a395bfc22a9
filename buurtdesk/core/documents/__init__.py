"""The printed documents of a meeting, as A4 PDFs made with ReportLab Platypus.  No Qt.

>>> make_document(lib, "actions", meeting_id, Path("actielijst.pdf"))            # doctest: +SKIP

Kinds: ``actions`` (actielijst), ``report`` (verslag), ``forms`` (blank concern forms;
options ``count=10, start_no=None``), ``ballots``, ``feedback`` (terugkoppeling; the mail-merge
CSV comes from :func:`write_feedback_csv`) and ``invitation`` (uitnodiging).  Dutch by default,
English with ``lang="en"``.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from buurtdesk.core.library import Library

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


class DocumentError(Exception):
    """A document could not be made; the message is one clear English sentence."""


def _os_message(path: Path, exc: OSError) -> str:
    reason = {
        errno.ENOSPC: "the disk is full",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOENT: "the folder does not exist",
        errno.EROFS: "the disk is read-only",
        errno.EISDIR: "it is a folder",
    }.get(exc.errno or 0, exc.strerror or str(exc))
    return f"cannot write {path}: {reason}"


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    A failed write leaves any existing file at ``path`` as it was.
    """
    path = Path(path)
    if path.is_dir():
        raise DocumentError(f"cannot write {path}: it is a folder")
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise DocumentError(_os_message(path, exc)) from None
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)  # as readable as any file the user saves (mkstemp: 0600)
        os.replace(tmp, path)
    except OSError as exc:
        raise DocumentError(_os_message(path, exc)) from None
    finally:
        tmp.unlink(missing_ok=True)


def make_document(
    lib: Library, kind: str, meeting_id: int, path: Path, *, lang: str = "nl", **options: Any
) -> Path:
    """Write the PDF ``kind`` of meeting ``meeting_id`` to ``path``; returns ``path``."""
    from buurtdesk.core.documents.data import UnknownMeetingError

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

    texts = Texts(lang)
    try:
        write_atomically(path, lambda tmp: build(tmp, story, heading, texts))
    except LayoutError as exc:
        raise DocumentError(f"cannot lay out the {kind} document: {exc}") from None
    return path


def write_feedback_csv(lib: Library, meeting_id: int, path: Path, *, lang: str = "nl") -> int:
    """Write the mail-merge CSV of the feedback; returns the number of residents in it.

    One row per resident who asked for feedback on a report of the meeting and gave an
    e-mail address: name, e-mail, address, their concerns, their own words, the outcome.
    """
    from buurtdesk.core.documents.data import UnknownMeetingError
    from buurtdesk.core.documents.feedback import feedback_csv_rows, write_csv

    if lang not in LANGS:
        raise DocumentError(f"unknown language {lang!r}: choose one of {', '.join(LANGS)}")
    try:
        with lib.session() as s:
            rows = feedback_csv_rows(s, meeting_id, lang)
    except UnknownMeetingError as exc:
        raise DocumentError(str(exc)) from None
    write_atomically(Path(path), lambda tmp: write_csv(tmp, rows))
    return len(rows) - 1
