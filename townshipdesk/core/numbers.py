"""Numbers a clerk can say on the phone: 2026-0012 (a disclosure record), 依申2026-003 (a request), 村务2026-0001
(a village posting).

A register's numbers are one NumberScheme: a prefix, the year of the row's own date (formed, received, posted)
and a serial counted per office (site) and year, padded to `width` digits. A number is taken inside the
transaction that inserts its row (two programs on one data folder never take the same one), and it never changes
or returns: not when the row's date is edited, not when the row is deleted. At the county every township keeps
its own numbers, so a number is shown with its 乡镇 (and a township that restored an old backup may have given one
number twice: looking it up then asks for the id).

Another register gets numbers by declaring its scheme here, a `number` TEXT column and unique index in a
migration (migration 0014 is the pattern, backfill included), `scheme.take(...)` in its insert, and
`scheme.parse(...)` where it looks an id up.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass

# Dashes a clerk may type for "-" (NFKC already folds the full-width ones).
_DASHES = re.compile(r"[‐‑‒–—―−﹣]")


@dataclass(frozen=True)
class NumberScheme:
    """The numbers of one register (table): `{prefix}{year}-{serial}`, the serial zero-padded to `width` digits."""

    table: str
    prefix: str
    width: int

    def format(self, year: int, serial: int) -> str:
        return f"{self.prefix}{year:04d}-{serial:0{self.width}d}"

    def parse(self, text: str) -> str | None:
        """The number `text` names in its stored form, or None when it is no number of this register. Typing is
        forgiving: full-width digits and dashes, spaces, a missing prefix and missing leading zeros are accepted
        (依申2026-3, 2026－3 and ２０２６-003 all name 依申2026-003)."""
        folded = _DASHES.sub("-", unicodedata.normalize("NFKC", text))
        folded = re.sub(r"\s+", "", folded)
        match = re.fullmatch(rf"(?:{re.escape(self.prefix)})?(\d{{4}})-(\d{{1,9}})", folded)
        if match is None or int(match[2]) == 0:
            return None
        return self.format(int(match[1]), int(match[2]))

    def is_valid(self, text: str) -> bool:
        """Whether `text` is a number of this register exactly as stored (what a sync bundle may carry)."""
        return self.parse(text) == text

    def take(self, conn: sqlite3.Connection, site_id: str, year: int) -> str:
        """The next number of `site_id` in `year`. Call it inside the transaction that inserts the row."""
        head = f"{self.prefix}{year:04d}-"
        # ":" sorts right after "9": the range holds exactly the numbers of this year (and reads the index).
        last = conn.execute(
            f"SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM {self.table} "
            "WHERE number > ? AND number < ? AND site_id = ?",
            (len(head) + 1, head, head + ":", site_id)).fetchone()[0]
        return self.format(year, (last or 0) + 1)


RECORD_NUMBERS = NumberScheme("disclosures", "", 4)  # by the year the information was formed
REQUEST_NUMBERS = NumberScheme("requests", "依申", 3)  # the register's own form, by the year of receipt
POSTING_NUMBERS = NumberScheme("village_postings", "村务", 4)  # by the year the sheet went up
CONCERN_NUMBERS = NumberScheme("concerns", "关切", 3)  # by the year (Beijing time) the concern was seen
DECISION_NUMBERS = NumberScheme("decisions", "决策", 2)  # by the year of the 重大行政决策事项目录


def number_or_short_id(number: str | None, uuid: str) -> str:
    """What lists and letters show for a row: its number, or the short hex id of a row that has none yet (a
    township's row received at the county from a version without numbers)."""
    return number or uuid[:8]
