#!/usr/bin/env bash
# Build the Linux packages of TownshipDesk on this machine, for its architecture (x86_64 or aarch64):
#   dist/townshipdesk/                                 one-folder PyInstaller build (installers/townshipdesk.spec)
#   dist/townshipdesk-<version>-linux-<x86_64|aarch64>.tar.gz  portable archive (README.txt explains portable.txt)
#   dist/townshipdesk_<version>_<amd64|arm64>.deb      /opt/townshipdesk, /usr/bin/townshipdesk, menu entry, .tdbundle type
#
# Usage: installers/build-linux.sh [--reuse-venv] [--no-deb] [--smoke]
#   --reuse-venv   build with the development .venv (pyinstaller is added to it) instead of a clean
#                  build venv in build/venv-linux (which has only the app's runtime dependencies)
#   --no-deb       only the one-folder build and the .tar.gz
#   --smoke        run installers/smoke-test.sh on the .deb afterwards
# Environment: PYTHON (interpreter for the clean venv; default python3.11), PYINSTALLER_SPEC ("pyinstaller>=6.10,<7").
#
# The packages run on systems whose glibc is at least the build machine's (printed at the end). For UOS 20 and
# Kylin V10 (glibc 2.28 / 2.31) use installers/build-linux-compat.sh, which builds in a Debian 11 root.
# The packaging itself (tar.gz, .deb) is shared with that script: installers/linux/lib-packaging.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
# shellcheck source=installers/linux/lib-packaging.sh
. "$REPO/installers/linux/lib-packaging.sh"

REUSE_VENV=0; MAKE_DEB=1; SMOKE=0
for arg in "$@"; do
    case "$arg" in
        --reuse-venv) REUSE_VENV=1 ;;
        --no-deb) MAKE_DEB=0 ;;
        --smoke) SMOKE=1 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "unknown option: $arg" >&2; exit 2 ;;
    esac
done

step() { printf '\n==> %s\n' "$*"; }
human() { du -sh "$1" | cut -f1; }

VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' pyproject.toml | head -n1)
[ -n "$VERSION" ] || { echo "version not found in pyproject.toml" >&2; exit 1; }
DIST=$REPO/dist
BUILD=$REPO/build
APPDIR=$DIST/townshipdesk
START=$(date +%s)

# --- tools and the libraries the build bundles ------------------------------------------------------------
# objdump (binutils) is needed by PyInstaller; the xcb-util libraries are bundled (their sonames differ
# between distributions), so they must be present on the build machine.
step "checking build tools"
need_pkgs=()
command -v objdump >/dev/null || need_pkgs+=(binutils)
[ "$MAKE_DEB" = 0 ] || command -v dpkg-deb >/dev/null || need_pkgs+=(dpkg)
LDCACHE=$(ldconfig -p)  # read once: `ldconfig -p | grep -q` fails under pipefail when grep stops early
for pair in libxcb-cursor.so.0:libxcb-cursor0 libxcb-icccm.so.4:libxcb-icccm4 libxcb-image.so.0:libxcb-image0 \
            libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-render-util.so.0:libxcb-render-util0 \
            libxcb-util.so.1:libxcb-util1 libxkbcommon-x11.so.0:libxkbcommon-x11-0 libGL.so.1:libgl1 \
            libEGL.so.1:libegl1 libfontconfig.so.1:libfontconfig1 libdbus-1.so.3:libdbus-1-3 libcups.so.2:libcups2; do
    [[ "$LDCACHE" == *"${pair%%:*} "* ]] || need_pkgs+=("${pair##*:}")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        echo "installing: ${need_pkgs[*]}"
        td_apt_get install -y -qq "${need_pkgs[@]}" >/dev/null  # waits while an update service holds the lock
    else
        echo "missing build packages: ${need_pkgs[*]} (install them with apt)" >&2; exit 1
    fi
fi

# --- the Python environment ------------------------------------------------------------------------------
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
if [ "$REUSE_VENV" = 1 ]; then
    VENV=$REPO/.venv
    [ -x "$VENV/bin/python" ] || ./run --version >/dev/null  # ./run creates .venv
    step "using the development venv $VENV"
else
    VENV=$BUILD/venv-linux
    PYTHON=${PYTHON:-python3.11}
    "$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
        || { echo "need Python 3.11 (set PYTHON=/path/to/python3.11)" >&2; exit 1; }
    step "clean build venv $VENV ($("$PYTHON" --version))"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip 2> >(grep -v '^WARNING: Location' >&2) || true
    # Non-editable: the runtime dependencies only (no pytest, ruff, xlwt).
    "$VENV/bin/python" -m pip install -q . 2> >(grep -v '^WARNING: Location' >&2)
fi
"$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC" 2> >(grep -v '^WARNING: Location' >&2)
"$VENV/bin/python" -c 'import PyInstaller; print("PyInstaller", PyInstaller.__version__)'

# --- one-folder build ------------------------------------------------------------------------------------
step "PyInstaller (installers/townshipdesk.spec)"
rm -rf "$APPDIR" "$BUILD/pyinstaller"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST" --workpath "$BUILD/pyinstaller" installers/townshipdesk.spec
[ -x "$APPDIR/townshipdesk" ] || { echo "PyInstaller did not produce $APPDIR/townshipdesk" >&2; exit 1; }
"$APPDIR/townshipdesk" --version

# The oldest glibc the build runs on: the highest GLIBC_x.y symbol version any bundled file needs.
mapfile -d '' ELF_FILES < <(td_elf_files "$APPDIR")
GLIBC_MIN=$(td_glibc_max "${ELF_FILES[@]}")
echo "needs glibc >= $GLIBC_MIN"
# The package names say what is inside, whatever machine built it.
read -r DEB_ARCH UNAME_ARCH < <(td_elf_arch "$APPDIR/townshipdesk")
TARBALL=$DIST/townshipdesk-$VERSION-linux-$UNAME_ARCH.tar.gz
DEB=$DIST/townshipdesk_${VERSION}_$DEB_ARCH.deb

# --- portable .tar.gz ------------------------------------------------------------------------------------
step "portable archive $(basename "$TARBALL")"
td_make_tarball "$APPDIR" "$VERSION" "$UNAME_ARCH" "$GLIBC_MIN" "$TARBALL" "$BUILD/tar"

# --- .deb ------------------------------------------------------------------------------------------------
if [ "$MAKE_DEB" = 1 ]; then
    step "Debian package $(basename "$DEB")"
    td_make_deb "$APPDIR" "$VERSION" "$DEB_ARCH" "$GLIBC_MIN" "$DEB" "$BUILD/deb"
    dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
fi

# --- summary ---------------------------------------------------------------------------------------------
step "done in $(( $(date +%s) - START )) s"
printf '  %-60s %s\n' "$APPDIR/ (one folder)" "$(human "$APPDIR")"
printf '  %-60s %s\n' "$TARBALL" "$(human "$TARBALL")"
[ "$MAKE_DEB" = 0 ] || printf '  %-60s %s\n' "$DEB" "$(human "$DEB")"
echo "  glibc >= $GLIBC_MIN"
if [ "${GLIBC_MIN#2.}" -gt 28 ] 2>/dev/null; then
    echo "  note: this build needs glibc $GLIBC_MIN; for UOS 20 (2.28) and Kylin V10 (2.31) build with" \
         "installers/build-linux-compat.sh (docs/installers-linux-compat.md)"
fi

if [ "$SMOKE" = 1 ]; then
    step "smoke test"
    if [ "$MAKE_DEB" = 1 ]; then installers/smoke-test.sh "$DEB"; else installers/smoke-test.sh "$APPDIR"; fi
fi
