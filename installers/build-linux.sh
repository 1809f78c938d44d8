#!/usr/bin/env bash
# Build the Linux packages of TownshipDesk (UOS, Kylin, Debian, Ubuntu; x86_64):
#   dist/townshipdesk/                                 one-folder PyInstaller build (installers/townshipdesk.spec)
#   dist/townshipdesk-<version>-linux-x86_64.tar.gz    portable archive (README.txt inside explains portable.txt)
#   dist/townshipdesk_<version>_amd64.deb              /opt/townshipdesk, /usr/bin/townshipdesk, menu entry, .tdbundle type
#
# Usage: installers/build-linux.sh [--reuse-venv] [--no-deb] [--smoke]
#   --reuse-venv   build with the development .venv (pyinstaller is added to it) instead of a clean
#                  build venv in build/venv-linux (which has only the app's runtime dependencies)
#   --no-deb       only the one-folder build and the .tar.gz
#   --smoke        run installers/smoke-test.sh on the .deb afterwards
# Environment: PYTHON (interpreter for the clean venv; default python3.11), PYINSTALLER_SPEC ("pyinstaller>=6.10,<7").
#
# The packages run on systems whose glibc is at least the build machine's (printed at the end): build on the
# oldest system you support (UOS 20 / Debian 10: glibc 2.28), see docs/installers.md.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)

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
ARCH=$(uname -m)
[ "$ARCH" = x86_64 ] || echo "warning: building on $ARCH; the package names say x86_64/amd64" >&2
DIST=$REPO/dist
BUILD=$REPO/build
APPDIR=$DIST/townshipdesk
TARBALL=$DIST/townshipdesk-$VERSION-linux-x86_64.tar.gz
DEB=$DIST/townshipdesk_${VERSION}_amd64.deb
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
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
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
GLIBC_MIN=$(find "$APPDIR" -type f \( -name '*.so*' -o -name townshipdesk \) -exec objdump -T {} + 2>/dev/null \
    | grep -o 'GLIBC_2\.[0-9]*' | sort -uV | tail -n1 | sed 's/GLIBC_//')
echo "needs glibc >= $GLIBC_MIN"

# --- portable .tar.gz ------------------------------------------------------------------------------------
step "portable archive $(basename "$TARBALL")"
STAGE=$BUILD/tar/townshipdesk-$VERSION
rm -rf "$BUILD/tar"
mkdir -p "$STAGE"
cp -a "$APPDIR/." "$STAGE/"
cat > "$STAGE/README.txt" <<EOF
TownshipDesk 乡镇政务公开助手 $VERSION（Linux x86_64，免安装版 / portable build）

运行：在本文件夹中双击 townshipdesk，或在终端中执行 ./townshipdesk（不带参数打开窗口，
带命令时为命令行，例如 ./townshipdesk --help）。

数据存放位置：
  * 默认：~/.local/share/TownshipDesk（每个系统用户一份）。
  * 便携模式（放在U盘上使用）：在本文件夹（townshipdesk 可执行文件旁）新建一个名为
    portable.txt 的空文件，数据将保存在本文件夹下的 data/ 中。例如：touch portable.txt
    注意：U盘需为可写入的文件系统；拔出U盘前请先关闭本软件。
  * 也可用 --data-dir 目录 或环境变量 TOWNSHIPDESK_DATA 指定。

需要系统已安装：libgl1 libegl1 libfontconfig1 libxkbcommon-x11-0 libdbus-1-3 libcups2 等
（UOS、麒麟桌面版均已自带）。glibc 版本需不低于 $GLIBC_MIN。

--

Run: double-click townshipdesk in this folder, or ./townshipdesk in a terminal (no arguments: the window;
with a command: the command line, e.g. ./townshipdesk --help).

Data: ~/.local/share/TownshipDesk by default. Portable mode (USB stick): create an empty file named
portable.txt beside the townshipdesk executable (touch portable.txt); all data then goes into data/ in
this folder. --data-dir DIR or TOWNSHIPDESK_DATA override both. Needs glibc >= $GLIBC_MIN and the usual
desktop libraries (OpenGL, fontconfig, xkbcommon-x11, D-Bus, CUPS), present on any desktop install.
EOF
rm -f "$TARBALL"
tar -C "$BUILD/tar" --owner=0 --group=0 --numeric-owner -cf - "townshipdesk-$VERSION" | gzip -9 > "$TARBALL"

# --- .deb ------------------------------------------------------------------------------------------------
if [ "$MAKE_DEB" = 1 ]; then
    step "Debian package $(basename "$DEB")"
    ROOT=$BUILD/deb/townshipdesk_${VERSION}_amd64
    rm -rf "$BUILD/deb"
    mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/usr/share/applications" \
        "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/pixmaps" "$ROOT/usr/share/mime/packages" \
        "$ROOT/usr/share/doc/townshipdesk"
    cp -a "$APPDIR" "$ROOT/opt/townshipdesk"
    # PyInstaller's bootloader finds _internal/ through /proc/self/exe, so a symlink is enough.
    ln -s /opt/townshipdesk/townshipdesk "$ROOT/usr/bin/townshipdesk"
    install -m 644 installers/linux/townshipdesk.desktop "$ROOT/usr/share/applications/townshipdesk.desktop"
    install -m 644 installers/linux/townshipdesk-mime.xml "$ROOT/usr/share/mime/packages/townshipdesk.xml"
    install -m 644 resources/icons/townshipdesk.png "$ROOT/usr/share/icons/hicolor/256x256/apps/townshipdesk.png"
    install -m 644 resources/icons/townshipdesk.png "$ROOT/usr/share/pixmaps/townshipdesk.png"
    cat > "$ROOT/usr/share/doc/townshipdesk/copyright" <<'EOF'
TownshipDesk 乡镇政务公开助手 — Apache License 2.0 (see /usr/share/common-licenses/Apache-2.0).
Bundled: Python (PSF), Qt 6 / PySide6 (LGPLv3), reportlab (BSD), pypdfium2 / PDFium (Apache-2.0, BSD),
PyNaCl / libsodium (Apache-2.0, ISC), openpyxl (MIT), xlrd (BSD), python-docx (MIT), lxml (BSD), Pillow (MIT-CMU),
fonts in /opt/townshipdesk/_internal/resources/fonts with their licence files.
EOF
    # Directories are 755 and files 644 unless executable, whatever the umask of the build machine was.
    find "$ROOT" -type d -exec chmod 755 {} +
    find "$ROOT/opt" -type f ! -perm -u+x -exec chmod 644 {} +
    find "$ROOT/opt" -type f -perm -u+x -exec chmod 755 {} +
    INSTALLED_KB=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
    # The libraries the spec leaves to the system (SYSTEM_LIBS in townshipdesk.spec).
    DEPENDS="libc6 (>= $GLIBC_MIN), libgcc-s1 | libgcc1, libstdc++6, libgl1, libegl1, libfontconfig1, libfreetype6,"
    DEPENDS+=" libglib2.0-0, libdbus-1-3, libcups2, libx11-6, libx11-xcb1, libxcb1, libxcb-glx0, libxcb-randr0,"
    DEPENDS+=" libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1,"
    DEPENDS+=" libxkbcommon0, libxkbcommon-x11-0, libuuid1, zlib1g"
    cat > "$ROOT/DEBIAN/control" <<EOF
Package: townshipdesk
Version: $VERSION
Architecture: amd64
Maintainer: TownshipDesk <townshipdesk@localhost>
Installed-Size: $INSTALLED_KB
Depends: $DEPENDS
Recommends: libwayland-client0, libwayland-cursor0, libwayland-egl1, shared-mime-info, desktop-file-utils
Section: misc
Priority: optional
Description: 乡镇政务公开助手 — township government disclosure desk (offline)
 TownshipDesk keeps the standard disclosure catalog (政务公开事项标准目录), records
 disclosures with their deadlines on the Chinese working-day calendar, prints
 village notice-board sheets, registers disclosure requests and exchanges
 signed, encrypted sync bundles (.tdbundle) with the county. Works offline.
 .
 Data lives in ~/.local/share/TownshipDesk of each user and is kept when the
 package is removed.
EOF
    # No maintainer scripts: dpkg triggers of shared-mime-info, desktop-file-utils and the icon cache pick
    # up the MIME type, the menu entry and the icon.
    rm -f "$DEB"
    dpkg-deb --root-owner-group -Zxz --build "$ROOT" "$DEB" >/dev/null
    dpkg-deb --info "$DEB" | sed -n '/Package:/,/Description:/p'
fi

# --- summary ---------------------------------------------------------------------------------------------
step "done in $(( $(date +%s) - START )) s"
printf '  %-60s %s\n' "$APPDIR/ (one folder)" "$(human "$APPDIR")"
printf '  %-60s %s\n' "$TARBALL" "$(human "$TARBALL")"
[ "$MAKE_DEB" = 0 ] || printf '  %-60s %s\n' "$DEB" "$(human "$DEB")"
echo "  glibc >= $GLIBC_MIN"
if [ "${GLIBC_MIN#2.}" -gt 28 ] 2>/dev/null; then
    echo "  note: this build needs glibc $GLIBC_MIN; UOS 20 (2.28) and Kylin V10 (2.31) need a build on an older" \
         "system (docs/installers.md, 'Which machine to build on')"
fi

if [ "$SMOKE" = 1 ]; then
    step "smoke test"
    if [ "$MAKE_DEB" = 1 ]; then installers/smoke-test.sh "$DEB"; else installers/smoke-test.sh "$APPDIR"; fi
fi
