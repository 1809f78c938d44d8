"""The UOS 20 / Kylin V10 build scripts: cheap checks on real files (the full build takes 10-30 minutes and runs
as installers/build-linux-compat.sh amd64|arm64, see docs/installers-linux-compat.md).

The glibc check is what stops a package that would not start on UOS 20 (glibc 2.28) or Kylin V10 (2.31), so it
is tested here on ELF files compiled for the purpose: a library calling exp/log/pow (GLIBC_2.29 on this
machine) with and without the binding header the Python build uses, and the system's /bin/true.
"""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLERS = REPO / "installers"
LIB = INSTALLERS / "linux" / "lib-packaging.sh"
COMPAT_HEADER = INSTALLERS / "linux" / "glibc228-compat.h"
SCRIPTS = [
    INSTALLERS / "build-linux-compat.sh",
    INSTALLERS / "build-linux.sh",
    INSTALLERS / "debian-install-test.sh",
    LIB,
    INSTALLERS / "linux" / "build-python.sh",
    INSTALLERS / "linux" / "smoke-in-root.sh",
]
LIBM_USER = """
double use_libm(double x) { return exp(x) + log(x) + pow(x, 0.5) + exp2(x) + log2(x); }
"""

needs_objdump = pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed")


def lib(script: str, *args: str | Path, check: bool = False) -> subprocess.CompletedProcess[str]:
    """Run SCRIPT in bash after sourcing lib-packaging.sh; $1… are ARGS."""
    return subprocess.run(
        ["bash", "-c", f"set -euo pipefail; . {LIB}; {script}", "lib", *map(str, args)],
        capture_output=True, text=True, check=check, timeout=120,
    )


def objdump_glibc_max(path: Path) -> str:
    """The highest GLIBC_x.y in the undefined dynamic symbols, parsed independently of the shell function."""
    out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True, check=True).stdout
    versions = {
        tuple(int(n) for n in m.group(1).split("."))
        for line in out.splitlines() if "*UND*" in line
        for m in [re.search(r"\bGLIBC_([0-9.]+)\b", line)] if m
    }
    return ".".join(map(str, max(versions)))


def compile_libm_user(tmp_path: Path, name: str, *flags: str) -> Path:
    source = tmp_path / "libm_user.c"
    source.write_text("#include <math.h>\n" + LIBM_USER, encoding="utf-8")
    out = tmp_path / name / f"lib{name}.so"
    out.parent.mkdir()
    subprocess.run(["gcc", "-O2", "-fPIC", "-shared", "-fno-builtin", *flags, "-o", str(out), str(source), "-lm"],
                   check=True, capture_output=True, timeout=60)
    return out


def test_scripts_parse_and_are_executable() -> None:
    for script in SCRIPTS:
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script.name}: {result.stderr}"
    for script in (INSTALLERS / "build-linux-compat.sh", INSTALLERS / "linux" / "build-python.sh"):
        assert script.stat().st_mode & 0o111, f"{script.name} is not executable"


def test_compat_script_refuses_an_unknown_architecture() -> None:
    result = subprocess.run(["bash", str(INSTALLERS / "build-linux-compat.sh"), "i386"], capture_output=True, text=True)
    assert result.returncode == 2
    assert "usage: installers/build-linux-compat.sh [amd64|arm64]" in result.stderr


@pytest.fixture
def libm_users(tmp_path: Path) -> tuple[Path, Path]:
    """Two shared libraries calling exp/log/pow/exp2/log2: compiled plainly, and with the binding header."""
    if not (shutil.which("objdump") and shutil.which("gcc")) or platform.machine() != "x86_64":
        pytest.skip("needs objdump and gcc on x86_64 (the GLIBC_2.2.5 binding is x86_64's)")
    plain = compile_libm_user(tmp_path, "plain")
    bound = compile_libm_user(tmp_path, "bound", "-include", str(COMPAT_HEADER))
    if objdump_glibc_max(plain) != "2.29":
        pytest.skip(f"this machine's libm gives {objdump_glibc_max(plain)}, not the GLIBC_2.29 exp/log/pow")
    return plain, bound


def test_the_binding_header_keeps_libm_calls_at_glibc_2_2_5(libm_users: tuple[Path, Path]) -> None:
    plain, bound = libm_users
    assert lib('td_glibc_max "$1"', plain, check=True).stdout.strip() == "2.29"
    assert lib('td_glibc_max "$1"', bound, check=True).stdout.strip() == "2.2.5"


def test_glibc_check_fails_above_the_limit_and_names_the_symbols(libm_users: tuple[Path, Path]) -> None:
    plain, bound = libm_users
    (plain.parent / "notes.txt").write_text("not an ELF file", encoding="utf-8")

    too_new = lib('td_glibc_check "$1" 2.28', plain.parent)
    assert too_new.returncode == 1
    assert "needs GLIBC_2.29 > 2.28: libplain.so" in too_new.stderr
    for symbol in ("exp", "log", "pow", "exp2", "log2"):
        assert f"{symbol}@GLIBC_2.29" in too_new.stderr
    assert "1 of 1 ELF files need a newer glibc than 2.28" in too_new.stderr

    assert lib('td_glibc_check "$1" 2.29', plain.parent).returncode == 0
    fine = lib('td_glibc_check "$1" 2.28', bound.parent)
    assert fine.returncode == 0, fine.stderr
    assert "1 ELF files, highest symbol version GLIBC_2.2.5 (limit 2.28)" in fine.stdout


@needs_objdump
def test_glibc_check_on_a_system_program_agrees_with_objdump(tmp_path: Path) -> None:
    true = Path(shutil.which("true") or "/bin/true").resolve()
    folder = tmp_path / "app" / "_internal"
    folder.mkdir(parents=True)
    shutil.copy(true, folder / "true")
    needed = objdump_glibc_max(true)
    assert lib('td_glibc_max "$1"', true, check=True).stdout.strip() == needed
    assert lib('td_glibc_check "$1" "$2"', tmp_path / "app", needed).returncode == 0
    major, minor = needed.split(".")[:2]
    below = f"{major}.{int(minor) - 1}"
    result = lib('td_glibc_check "$1" "$2"', tmp_path / "app", below)
    assert result.returncode == 1
    assert f"needs GLIBC_{needed} > {below}: _internal/true" in result.stderr


def test_glibc_check_fails_on_a_folder_without_elf_files(tmp_path: Path) -> None:
    (tmp_path / "README.txt").write_text("no programs here", encoding="utf-8")
    result = lib('td_glibc_check "$1" 2.28', tmp_path)
    assert result.returncode == 1
    assert "no ELF files" in result.stderr


def test_elf_arch_reads_the_file_not_the_machine(tmp_path: Path) -> None:
    true = Path(shutil.which("true") or "/bin/true").resolve()
    expected = {"x86_64": "amd64 x86_64", "aarch64": "arm64 aarch64"}.get(platform.machine())
    if expected is None:
        pytest.skip(f"no package name for {platform.machine()}")
    assert lib('td_elf_arch "$1"', true, check=True).stdout.strip() == expected
    cross = shutil.which("aarch64-linux-gnu-gcc")
    if cross and platform.machine() == "x86_64":
        source = tmp_path / "a.c"
        source.write_text("int f(int x) { return x + 1; }\n", encoding="utf-8")
        subprocess.run([cross, "-c", "-o", str(tmp_path / "a.o"), str(source)], check=True)
        assert lib('td_elf_arch "$1"', tmp_path / "a.o", check=True).stdout.strip() == "arm64 aarch64"
    text = tmp_path / "x.txt"
    text.write_bytes(b"\x7fELF" + bytes(20))
    assert lib('td_elf_arch "$1"', text).returncode == 1


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not installed")
def test_the_deb_and_tarball_say_the_architecture_they_are_given(tmp_path: Path) -> None:
    app = tmp_path / "townshipdesk"
    (app / "_internal").mkdir(parents=True)
    shutil.copy(Path(shutil.which("true") or "/bin/true").resolve(), app / "townshipdesk")
    deb = tmp_path / "townshipdesk_9.9_arm64.deb"
    tarball = tmp_path / "townshipdesk-9.9-linux-aarch64.tar.gz"
    lib('td_make_deb "$1" 9.9 arm64 2.31 "$2" "$3"', app, deb, tmp_path / "debwork", check=True)
    lib('td_make_tarball "$1" 9.9 aarch64 2.31 "$2" "$3"', app, tarball, tmp_path / "tarwork", check=True)

    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()

    assert field("Architecture") == "arm64"
    assert field("Version") == "9.9"
    assert field("Depends").startswith("libc6 (>= 2.31), ")
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    assert "./opt/townshipdesk/townshipdesk" in listing
    assert "./usr/bin/townshipdesk -> /opt/townshipdesk/townshipdesk" in listing
    readme = subprocess.run(["tar", "-xzOf", str(tarball), "townshipdesk-9.9/README.txt"],
                            capture_output=True, text=True, check=True).stdout
    assert "（Linux aarch64，免安装版" in readme and "glibc 版本需不低于 2.31" in readme


def test_build_linux_names_its_packages_after_the_executable() -> None:
    source = (INSTALLERS / "build-linux.sh").read_text(encoding="utf-8")
    assert "_amd64.deb" not in source and "linux-x86_64.tar.gz" not in source
    assert 'td_elf_arch "$APPDIR/townshipdesk"' in source
    assert "td_apt_get install" in source and "apt-get install -y -qq" not in source.replace("td_apt_get", "")


@pytest.mark.skipif(shutil.which("fuser") is None, reason="fuser (psmisc) not installed")
def test_apt_waits_while_another_process_holds_the_lock(tmp_path: Path) -> None:
    lock = tmp_path / "lock-frontend"
    lock.write_text("", encoding="utf-8")
    with lock.open("rb") as held:  # a process with the lock file open, as dpkg/apt hold it
        holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(2.5)"], stdin=held)
    started = time.monotonic()
    result = subprocess.run(
        ["bash", "-c", f"TD_DPKG_LOCKS=({lock}); TD_LOCK_POLL=1; . {LIB}; td_wait_dpkg_lock 60; echo free"],
        capture_output=True, text=True, timeout=60,
    )
    waited = time.monotonic() - started
    holder.wait()
    assert result.returncode == 0, result.stderr
    assert "waiting for the dpkg lock (held by" in result.stderr and "python" in result.stderr
    assert result.stdout.strip() == "free"
    assert waited >= 1.5
    # and it gives up, with a message, when the lock stays held
    with lock.open("rb") as held:
        holder = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(5)"], stdin=held)
    result = subprocess.run(
        ["bash", "-c", f"TD_DPKG_LOCKS=({lock}); TD_LOCK_POLL=1; . {LIB}; td_wait_dpkg_lock 1"],
        capture_output=True, text=True, timeout=60,
    )
    holder.kill()
    holder.wait()
    assert result.returncode == 1
    assert "the dpkg lock is still held after 1 s" in result.stderr
