"""A township's changes.jsonl is written by SQLite (json_object) for speed: it must be the very bytes the Python
encoder writes, whatever the clerk typed — quotes, backslashes, line breaks, control characters, rare CJK — and
a row the county would refuse must still be caught before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.sync.test_round_trip import add_record
from townshipdesk.errors import BundleRefused
from townshipdesk.sync.changes import check_outgoing, collect_changes, collect_outgoing, encode_changes

ODD_TITLES = ['引号"与\\反斜杠', "换行\n与\t制表", "控制\x01字符\x1f", "生僻字𠇔䶮與繁體", "emoji 🏠 和 ‮倒写", "  前后空格  "]


def test_sqlite_lines_are_the_python_encoders_bytes(offices, tmp_path: Path) -> None:  # noqa: ANN001
    _county, east, _west = offices
    for n, title in enumerate(ODD_TITLES):
        add_record(east, "低保", title, "2026-11-02", tmp=tmp_path if n % 2 else None)
    changes, first, last = collect_changes(east.db, 0)
    outgoing = collect_outgoing(east.db, 0)
    assert outgoing.jsonl == encode_changes(changes)
    assert (outgoing.first, outgoing.last) == (first, last) and outgoing.total == len(changes)
    assert outgoing.counts["disclosures"] == len(ODD_TITLES) and outgoing.counts["disclosure_files"] == 3
    assert outgoing.digests == [c["row"]["sha256"] for c in changes if c["table"] == "disclosure_files"]
    # Checked value by value: exactly the rows holding a text over 500 characters (the catalog's long contents).
    long_rows = [c for c in changes if any(isinstance(v, str) and len(v) > 500 for v in c["row"].values())]
    assert outgoing.suspects == long_rows and not any(c["table"] == "disclosures" for c in long_rows)
    # Nothing changed since the last change: an empty bundle, as before.
    empty = collect_outgoing(east.db, last)
    assert (empty.jsonl, empty.total, empty.first, empty.last) == (b"", 0, last, last)


def test_a_row_the_county_would_refuse_is_still_caught(offices, tmp_path: Path) -> None:  # noqa: ANN001
    _county, east, _west = offices
    uuid = add_record(east, "低保", "十一月低保名单", "2026-11-02")
    # As an older version may have stored it: a title beyond the bundle format's limit.
    east.db.conn.execute("UPDATE disclosures SET title = ? WHERE uuid = ?", ("长" * 600, uuid))
    outgoing = collect_outgoing(east.db, 0)
    assert uuid in [c["uuid"] for c in outgoing.suspects if c["table"] == "disclosures"]
    with pytest.raises(BundleRefused, match="县级会拒收"):
        check_outgoing(east.db, outgoing.suspects)
    with pytest.raises(BundleRefused):
        east.sync.export_changes(tmp_path / "out.tdbundle")
    assert not (tmp_path / "out.tdbundle").exists()
