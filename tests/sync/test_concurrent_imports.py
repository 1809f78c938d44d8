"""Two imports into one county at the same moment (two windows, or a script and a clerk): both finish, the
second waits for the first and says so; the same file twice is imported once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO


def _start(data_dir: Path, bundle: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "townshipdesk", "--data-dir", str(data_dir), "--json", "bundle", "import",
                             str(bundle)], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_imports_at_once_both_succeed(offices, tmp_path: Path) -> None:  # noqa: ANN001
    county, east, west = offices
    for town in (east, west):
        item = town.catalog.search("临时救助")[0]
        for n in range(3):
            town.records.add(item.uuid, f"{town.name}记录{n}", "2026-11-02")
        town.sync.export_changes(tmp_path / f"{town.name}.tdbundle")
    runs = [_start(county.data_dir, tmp_path / "东镇.tdbundle"), _start(county.data_dir, tmp_path / "西乡.tdbundle"),
            _start(county.data_dir, tmp_path / "东镇.tdbundle")]
    results = [p.communicate(timeout=300) for p in runs]
    assert [p.returncode for p in runs] == [0, 0, 0], results
    assert all("Traceback" not in err for _, err in results)
    titles = {r["title"] for r in county.db.query("SELECT title FROM disclosures")}
    assert titles == {f"{t}记录{n}" for t in ("东镇", "西乡") for n in range(3)}
    assert county.db.conn.execute("SELECT count(*) FROM bundles WHERE direction = 'in'").fetchone()[0] == 2
    assert sum('"already_imported": true' in out for out, _ in results) == 1
    assert list((county.data_dir / "backups").glob("*.partial")) == []
