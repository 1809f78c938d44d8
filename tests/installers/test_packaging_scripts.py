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
ISS = INSTALLERS / "windows" / "townshipdesk.iss"
PS1 = INSTALLERS / "windows" / "build-windows.ps1"
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
    for name in ('"tkinter"', '"pytest"', '"hypothesis"', '"QtNetwork"', '"QtQml"', '"QtQuick"', '"tests"'):
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
    script = (INSTALLERS / "build-linux.sh").read_text(encoding="utf-8")
    depends = " ".join(re.findall(r'DEPENDS\+?="([^"]*)"', script))
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


# --- Windows (cannot be built here: checked as text) -----------------------------------------------------
def test_inno_setup_script() -> None:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .iss must be UTF-8 with BOM (Chinese text)"
    text = raw.decode("utf-8-sig")
    setup = dict(re.findall(r"^(\w+)=(.*)$", text.split("[Setup]", 1)[1].split("\n[", 1)[0], re.M))
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\TownshipDesk"
    assert setup["ChangesAssociations"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])
    # Chinese and English wizard
    assert re.search(r'^Name: "chinesesimplified"; MessagesFile:', text, re.M)
    assert re.search(r'^Name: "english"; MessagesFile: "compiler:Default.isl"', text, re.M)
    # Start menu, optional desktop icon
    assert r"{autoprograms}\{cm:AppDisplayName}" in text
    assert re.search(r'^Name: "desktopicon";.*Flags: unchecked', text, re.M)
    # .tdbundle association in HKCU
    assert re.search(r'^Root: HKCU; Subkey: "Software\\Classes\\\.tdbundle"; .*ValueData: "TownshipDesk\.Bundle"',
                     text, re.M)
    assert r'shell\open\command' in text and '""%1""' in text


def test_inno_uninstaller_keeps_the_data_folder() -> None:
    text = ISS.read_text(encoding="utf-8-sig")
    sections = re.findall(r"^\[(\w+)\]", text, re.M)
    assert "UninstallDelete" not in sections
    # the data folder (platformdirs) is outside the program folder, and nothing deletes it
    assert "DelTree" not in text and "RemoveDir" not in text
    assert not re.search(r"filesandordirs;\s*Name:\s*\"\{localappdata\}\\TownshipDesk", text)
    assert r"{localappdata}\TownshipDesk" in text  # only named to tell the user where the data stayed
    # the runtime folder is replaced on upgrade, but only inside {app}
    install_delete = text.split("[InstallDelete]", 1)[1].split("\n[", 1)[0]
    assert all('Name: "{app}\\' in line for line in install_delete.splitlines() if line.startswith("Type:"))


def test_windows_build_script() -> None:
    raw = PS1.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Windows PowerShell 5.1 needs a BOM to read the Chinese text"
    text = raw.decode("utf-8-sig")
    for needle in ("3.11 64", "venv", '"."', "installers\\townshipdesk.spec", "ISCC.exe", "townshipdesk.iss",
                   "/DAppVersion=$Version"):
        assert needle in text, needle


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
