"""Errors a user can cause, one type per area, each carrying a bilingual message."""

from __future__ import annotations

from townshipdesk.i18n import Msg


class UserError(Exception):
    """An error caused by input or state the user can fix; shown as a message, never a traceback."""

    def __init__(self, message: Msg, *, where: str = "") -> None:
        super().__init__(message.zh)
        self.message = message
        self.where = where

    def __str__(self) -> str:
        text = self.message.text()
        return f"{self.where}: {text}" if self.where else text


class SetupError(UserError):
    """The installation is not set up, or set-up values are invalid."""


class CatalogError(UserError):
    """A catalog operation cannot be done (unknown item, bad field value …)."""


class CatalogImportError(UserError):
    """A workbook cannot be imported; nothing was changed."""


class DatabaseError(UserError):
    """The database cannot be opened or is newer than this program."""


class CalendarError(UserError):
    """Holiday data cannot be used (bad file, date outside the year, duplicates …)."""


class DeadlineError(UserError):
    """A due date cannot be computed from the given 时限 and date."""


class RecordError(UserError):
    """A disclosure record operation is not allowed or has bad values."""


class NoticeError(UserError):
    """A notice sheet cannot be rendered (bad input, a character no font has …); no PDF was written."""


class ExportError(UserError):
    """A file cannot be written as asked (a text longer than a spreadsheet cell holds …); nothing was written."""


class VillageError(UserError):
    """A village or posting operation cannot be done."""


class KeyError_(UserError):
    """Keys or key cards cannot be used (missing, damaged, untrusted, not replaceable)."""


class BundleRefused(UserError):
    """A sync bundle is refused before anything is changed; the message says why."""


class RequestError(UserError):
    """A disclosure request step is impossible or has bad values."""


class ReadOnlyRow(UserError):
    """A row another office owns (a township's record at the county) cannot be changed here."""


class ConcernError(UserError):
    """A concern (回应关切) cannot be registered or answered as given."""


class DecisionError(UserError):
    """A step of the 重大行政决策 catalog or of a consultation cannot be done (bad date, wrong order …)."""
