"""Chinese text normalisation: storage form (NFC, trimmed) and search form (full/half-width folded)."""

from __future__ import annotations

import re
import unicodedata

from townshipdesk.errors import UserError
from townshipdesk.i18n import Msg, msg

_SPACES = re.compile(r"[ \t\u3000\xa0]+")
# Names and titles: what a sync bundle may carry (docs/bundle-format.md); the county takes no longer, so entry
# refuses longer ones too.
SHORT_TEXT_LIMIT = 500


def clean(value: object) -> str:
    """A cell or field value as stored: NFC, line breaks kept, runs of spaces collapsed, trimmed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def fold(text: str) -> str:
    """Search form: NFKC (full-width → half-width), case-folded, whitespace removed."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).casefold())


def one_line(text: str) -> str:
    """Collapse line breaks for single-line displays (header matching, table cells)."""
    return re.sub(r"\s+", "", text)


# Contents, legal bases, notes, objections: what one spreadsheet cell holds, so whatever is entered can be exported
# whole (Excel and openpyxl cut a longer cell silently).
LONG_TEXT_LIMIT = 32_767


def check_length(value: str, label: Msg, error: type[UserError], limit: int = SHORT_TEXT_LIMIT) -> None:
    """Refuse a text longer than `limit` characters, naming the field, its length and the limit."""
    if len(value) > limit:
        raise error(msg("“{f}”过长（{n} 字），最多 {m} 字；请缩短后再保存", "'{f}' is too long ({n} characters); at most {m}. "
                        "Shorten it, then save", f=label, n=len(value), m=limit))
