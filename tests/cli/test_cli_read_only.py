"""A data folder this user cannot write (a write-protected USB stick, a folder shared read-only) says so, and the
commands that only look still work. Run through the real entry point in a child process: as root (the test user)
permissions are not enforced, so the folder is made truly read-only in two real ways — a read-only bind mount in a
private mount namespace (what a write-protected stick gives: EROFS, even for root), and running the child as the
unprivileged user `nobody` on a folder with no write permission. Each is skipped, saying why, where the machine
cannot do it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from townshipdesk.core.datadir import database_path
from townshipdesk.core.store import Database
from townshipdesk.errors import DatabaseError

REPO = Path(__file__).resolve().parents[2]
Runner = Callable[..., "subprocess.CompletedProcess[str]"]

LOOKING = [
    ["status"], ["catalog", "list", "--domain", "社会救助"], ["catalog", "search", "低保"], ["record", "list"],
    ["deadline", "自信息形成之日起20个工作日内", "--from", "2026-03-02"], ["calendar", "show", "2026"], ["village", "list"],
    ["village", "due", "--today", "2026-11-30"], ["record", "missing"], ["bundle", "history"], ["request", "list"],
    ["catalog", "versions"], ["backup", "list"],
]
CHANGING = [
    ["village", "add", "--code", "530902100202", "--name", "小河村"], ["settings", "--posting-day-counts", "on"],
    ["catalog", "retire", "XXXX", "--reason", "r"], ["backup", "create"], ["keys", "show"],
]


def _env() -> dict[str, str]:
    return {**os.environ, "HOME": "/tmp", "TOWNSHIPDESK_LANG": "zh", "PYTHONPATH": f"{REPO}{os.pathsep}"
            f"{sysconfig.get_paths()['purelib']}"}


@pytest.fixture
def office() -> Iterator[Path]:
    """A set-up township with a village, in a folder every user may enter (pytest's tmp_path is root-only)."""
    top = Path(tempfile.mkdtemp(prefix="td-ro-"))
    os.chmod(top, 0o755)
    data = top / "data"
    for args in (["init", "--role", "township", "--division", "530902100000", "--name", "某某镇"],
                 ["village", "add", "--code", "530902100201", "--name", "大河村"]):
        done = subprocess.run([sys.executable, "-m", "townshipdesk", "--data-dir", str(data), *args], env=_env(),
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    yield data
    subprocess.run(["chmod", "-R", "u+w", str(top)], check=False)
    shutil.rmtree(top, ignore_errors=True)


def read_only_prefix(data: Path) -> list[str]:
    """The words that run a command with `data` on a read-only bind mount in a private mount namespace (the command
    follows them); the test is skipped, saying why, where the machine cannot make one."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("needs root and unshare for a read-only bind mount in a private mount namespace")
    probe = subprocess.run(["unshare", "-m", "sh", "-c", f"mount --bind -o ro '{data}' '{data}'"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"mount namespaces not permitted here: {probe.stderr.decode(errors='replace').strip()}")
    return ["unshare", "-m", "sh", "-c", f'mount --bind -o ro "{data}" "{data}" && exec "$0" "$@"']


def _read_only_mount(data: Path) -> Runner:
    prefix = read_only_prefix(data)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*prefix, sys.executable, "-m", "townshipdesk", "--data-dir", str(data), *args], env=_env(),
                              capture_output=True, text=True, timeout=120)
    return run


def _as_nobody(data: Path) -> Runner:
    if os.geteuid() != 0 or not shutil.which("setpriv"):
        pytest.skip("needs root and setpriv to run the command line as the user nobody")
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
    # The test's interpreter may live under /root; any interpreter of the same version reads the same site-packages.
    for python in (sys.executable, shutil.which(version) or "", f"/usr/bin/{version}"):
        if python and subprocess.run([*nobody, python, "-c", "import nacl, openpyxl"], env=_env(),
                                     capture_output=True).returncode == 0:
            break
    else:
        pytest.skip(f"no {version} interpreter the user nobody may run with this checkout's packages")
    subprocess.run(["chmod", "-R", "a+rX,a-w", str(data)], check=True)  # readable by everyone, writable by nobody

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*nobody, python, "-m", "townshipdesk", "--data-dir", str(data), *args], env=_env(),
                              capture_output=True, text=True, timeout=120)
    return run


@pytest.mark.parametrize("how", [_read_only_mount, _as_nobody], ids=["read-only-mount", "no-write-permission"])
def test_a_read_only_folder_still_shows_and_refuses_changes_in_words(office: Path, how: Callable[[Path], Runner]) -> None:
    before = database_path(office).read_bytes()
    run = how(office)
    done = run("status")
    assert done.returncode == 0 and "只读" in done.stdout and "某某镇" in done.stdout, done.stderr
    for args in LOOKING:
        done = run(*args)
        assert done.returncode == 0 and done.stdout.strip() and not done.stderr.strip(), (args, done.stderr)
    assert "大河村" in run("village", "list").stdout
    for args in CHANGING:
        done = run(*args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert f"数据文件夹“{office}”是只读的" in done.stderr and "--data-dir" in done.stderr, (args, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
    done = run("--lang", "en", "village", "add", "--code", "530902100203", "--name", "石头村")
    assert done.returncode == 1 and f"The data folder '{office}' is read-only" in done.stderr
    assert database_path(office).read_bytes() == before  # nothing was written, not even a journal change
    assert not Path(f"{database_path(office)}-wal").exists()


def test_a_read_only_database_refuses_every_write_itself(tmp_path: Path) -> None:
    """The database opened read-only (as for such a folder) refuses a write even from code that skips the checks."""
    db = Database(database_path(tmp_path))
    db.close()
    ro = Database(database_path(tmp_path), read_only=True)
    assert ro.query("SELECT count(*) AS n FROM sqlite_master")[0]["n"] > 10
    with pytest.raises(DatabaseError, match="是只读的"), ro.transaction():
        pass
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        ro.conn.execute("INSERT INTO settings (key, value) VALUES ('x', 'y')")
    ro.close()
