"""Rows belong to the office that made them: at the county a township's records and villages are read-only,
through the command line as through the core, and the township's next bundle still applies."""

from __future__ import annotations

from pathlib import Path

import pytest

from townshipdesk.cli.main import run
from townshipdesk.errors import ReadOnlyRow


def test_the_county_cannot_change_a_township_record(offices, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: ANN001
    county, east, _ = offices
    item = east.catalog.search("临时救助")[0]
    record = east.records.add(item.uuid, "东镇临时救助名单", "2026-11-02")
    east.sync.export_changes(tmp_path / "1.tdbundle")
    county.sync.import_bundle(tmp_path / "1.tdbundle")
    at_county = county.records.get(record.uuid)
    assert at_county.township == "东镇" and at_county.read_only
    with pytest.raises(ReadOnlyRow, match="只能由该乡镇修改"):
        county.records.update(record.uuid, {"title": "县里改的"})
    capsys.readouterr()
    code = run(["--data-dir", str(county.data_dir), "record", "submit", record.uuid[:8]])
    err = capsys.readouterr().err
    assert code == 1 and "东镇" in err and "只能由该乡镇修改" in err
    assert county.records.get(record.uuid).title == "东镇临时救助名单"
    assert run(["--data-dir", str(county.data_dir), "record", "list"]) == 0
    listing = capsys.readouterr().out
    assert "乡镇" in listing.splitlines()[0] and "东镇" in listing
    east.records.update(record.uuid, {"title": "东镇临时救助名单（更正）"})
    east.sync.export_changes(tmp_path / "2.tdbundle")
    county.sync.import_bundle(tmp_path / "2.tdbundle")
    assert county.records.get(record.uuid).title == "东镇临时救助名单（更正）"


def test_a_township_request_is_read_only_at_the_county(offices, tmp_path: Path,  # noqa: ANN001
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    from townshipdesk.core.calendar_store import load_calendar
    from townshipdesk.core.requests import Requests

    county, east, _ = offices
    import datetime as dt

    request = Requests(east.db, load_calendar(east.db)).add(dt.date(2026, 11, 2), "natural", content="低保名单")
    east.sync.export_changes(tmp_path / "r.tdbundle")
    county.sync.import_bundle(tmp_path / "r.tdbundle")
    capsys.readouterr()
    code = run(["--data-dir", str(county.data_dir), "request", "accept", request.uuid[:8], "--date", "2026-11-03"])
    err = capsys.readouterr().err
    assert code == 1 and "只能由该乡镇修改" in err, err
    assert county.db.query("SELECT accepted_date FROM requests WHERE uuid = ?", (request.uuid,))[0]["accepted_date"] is None
    # The register itself refuses, whoever asks (the window's step buttons as much as the command line).
    from townshipdesk.errors import UserError

    with pytest.raises(UserError, match="只能由该乡镇修改"):
        Requests(county.db, load_calendar(county.db)).close(request.uuid[:8], "1", dt.date(2026, 11, 4))
