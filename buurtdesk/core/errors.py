"""The refusals the core raises and the window and the command line catch.

Each leaves the file as it was; ``str()`` of each is one clear English sentence.
"""

from __future__ import annotations


def database_error() -> type[Exception]:
    """SQLAlchemy's base error, for an ``except`` around a change to the file.

    Imported when asked, so a module that only catches it does not load SQLAlchemy.
    """
    from sqlalchemy.exc import SQLAlchemyError

    return SQLAlchemyError


class VoteRefused(ValueError):  # noqa: N818 - the name the window and CLI use
    """A vote, setting or decision that was refused; nothing was changed."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class ActionError(ValueError):
    """An action change that is refused; nothing was written."""


class TableFileError(ValueError):
    """The file as a whole cannot be read as a table; the message says why."""


class VoteFileError(ValueError):
    """The file cannot be read as ballots or tallies; nothing was imported."""


class DocumentError(Exception):
    """A document could not be made; the message is one clear English sentence."""


class UnknownMeetingError(LookupError):
    """No meeting with that id in the file."""


class DateError(ValueError):
    """A date that cannot be; ``code`` is one of format, day, month, year."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
