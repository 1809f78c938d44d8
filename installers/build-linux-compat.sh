#!/usr/bin/env bash
# Build the Linux packages for UOS 20 and Kylin V10 (信创) in a Debian 11 (bullseye) root, check them and run
# them there:
#   installers/build-linux-compat.sh [amd64|arm64]     (default amd64; needs root and the Debian mirror)
#     dist/townshipdesk_<version>_<amd64|arm64>.deb
#     dist/townshipdesk-<version>-linux-<x86_64|aarch64>.tar.gz
#
#   amd64: every ELF file needs at most GLIBC_2.28 (UOS 20; Kylin V10 x86_64 has 2.31). Python 3.11 and SQLite
#          are built in the root with their libm calls bound to GLIBC_2.2.5 (installers/linux/glibc228-compat.h);
#          PySide6-Essentials 6.9 (manylinux_2_28 wheels).
#   arm64: at most GLIBC_2.31 (Kylin V10 on Phytium/Kunpeng). Python is cross-compiled on the host against the
#          arm64 root; pip and PyInstaller run in the root under qemu. PySide6's aarch64 wheels are
#          manylinux_2_31 at best (6.8.0.2), so UOS 20 arm64 (glibc 2.28) cannot be reached with PyPI's Qt.
#
# Stages (each timed; the root, the Python build and the venv are cached under build/compat/<arch>/ and
# rebuilt only when their inputs change): host tools → debootstrap root → source packages → Python → venv →
# PyInstaller (the shared installers/townshipdesk.spec) → .tar.gz + .deb (installers/linux/lib-packaging.sh) →
# glibc check of every ELF file in the .deb (objdump -T; the build FAILS above the limit) → install the .deb in
# the root and run it (installers/linux/smoke-in-root.sh: --version, init, catalog list, a name-list notice
# render whose PDF text is checked here, the window under Xvfb with a screenshot
# docs/installed/{uos-amd64,kylin-arm64}-zh-dashboard.png).
#
# Environment: MIRROR (default http://deb.debian.org/debian), PYINSTALLER_SPEC ("pyinstaller>=6.10,<7"),
# REFRESH_ROOT=1 (debootstrap again), NO_SMOKE=1 (skip the run in the root), SHOT_DIR (default docs/installed).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=installers/linux/lib-packaging.sh
. "$REPO/installers/linux/lib-packaging.sh"

ARCH=${1:-amd64}
case "$ARCH" in
    amd64) GLIBC_LIMIT=2.28; UNAME_ARCH=x86_64; SHOT_NAME=uos-amd64-zh-dashboard.png; GUI_WAIT=90 ;;
    arm64) GLIBC_LIMIT=2.31; UNAME_ARCH=aarch64; SHOT_NAME=kylin-arm64-zh-dashboard.png; GUI_WAIT=400 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "usage: installers/build-linux-compat.sh [amd64|arm64]" >&2; exit 2 ;;
esac
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot, mount)" >&2; exit 2; }
[ "$(uname -m)" = x86_64 ] || { echo "build on an x86_64 Debian machine (arm64 is cross-built from there)" >&2; exit 2; }

SUITE=bullseye
MIRROR=${MIRROR:-http://deb.debian.org/debian}
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-"pyinstaller>=6.10,<7"}
VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$REPO/pyproject.toml" | head -n1)
COMPAT=$REPO/build/compat
WORK=$COMPAT/$ARCH
ROOT=$WORK/root
SRC=$COMPAT/src
PREFIX=/opt/py311
VENV=/opt/tdvenv
DIST=$REPO/dist
DEB=$DIST/townshipdesk_${VERSION}_$ARCH.deb
TARBALL=$DIST/townshipdesk-$VERSION-linux-$UNAME_ARCH.tar.gz
SHOT_DIR=${SHOT_DIR:-$REPO/docs/installed}
mkdir -p "$WORK" "$SRC" "$DIST"

# --- stages, timings, mounts -------------------------------------------------------------------------------------
STAGE_NAMES=(); STAGE_SECS=(); STAGE_T0=$(date +%s); START=$STAGE_T0
stage() {  # stage TITLE: closes the previous stage's timing, opens the next
    local now; now=$(date +%s)
    [ ${#STAGE_NAMES[@]} = 0 ] || STAGE_SECS+=($((now - STAGE_T0)))
    STAGE_NAMES+=("$1"); STAGE_T0=$now
    printf '\n==> [%s] %s\n' "$ARCH" "$1"
}
die() { echo "ERROR: $*" >&2; exit 1; }

MOUNTS=()
mount_in_root() {  # mount_in_root ARGS… TARGET: remembers TARGET for unmounting
    mount "$@"; MOUNTS+=("${!#}")
}
unmount_all() {
    local i
    for (( i=${#MOUNTS[@]}-1; i>=0; i-- )); do umount -l "${MOUNTS[i]}" 2>/dev/null || true; done
    MOUNTS=()
}
trap unmount_all EXIT
trap 'exit 130' INT TERM
mounted_under() { awk -v r="$1/" '$2 ~ "^"r {print $2}' /proc/mounts; }
# pip in the root trusts the certificates the host trusts (a proxy's CA, for instance): see stage 2.
ROOT_CA=/etc/ssl/certs/td-host-ca-bundle.crt
IN_ROOT=(chroot "$ROOT" /usr/bin/env -i PATH=$VENV/bin:$PREFIX/bin:/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8
         DEBIAN_FRONTEND=noninteractive PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_CERT=$ROOT_CA SSL_CERT_FILE=$ROOT_CA)
in_root() { "${IN_ROOT[@]}" "$@"; }

# --- 1. host tools -----------------------------------------------------------------------------------------------
stage "host tools"
need=()
command -v debootstrap >/dev/null || need+=(debootstrap)
command -v objdump >/dev/null || need+=(binutils)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v python3 >/dev/null || need+=(python3)
command -v fuser >/dev/null || need+=(psmisc)
if [ "$ARCH" = arm64 ]; then
    command -v qemu-aarch64-static >/dev/null || need+=(qemu-user-static)
    command -v update-binfmts >/dev/null || need+=(binfmt-support)
    command -v aarch64-linux-gnu-gcc >/dev/null || need+=(gcc-aarch64-linux-gnu g++-aarch64-linux-gnu)
    [ -x /usr/bin/python3.11 ] || need+=(python3.11)
    command -v make >/dev/null || need+=(make)
    command -v pkg-config >/dev/null || need+=(pkg-config)
fi
if [ ${#need[@]} -gt 0 ]; then
    echo "  apt-get install ${need[*]}"
    td_apt_get update -qq
    td_apt_get install -y -qq "${need[@]}" >/dev/null
fi
if [ "$ARCH" = arm64 ]; then
    # The kernel runs the root's aarch64 programs through qemu (binfmt_misc, registered with the F flag by
    # qemu-user-static, so the chroot needs no copy of qemu).
    [ -e /proc/sys/fs/binfmt_misc/status ] || mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc \
        || die "binfmt_misc is not available (a container without it cannot run aarch64 programs)"
    [ -e /proc/sys/fs/binfmt_misc/qemu-aarch64 ] || update-binfmts --enable qemu-aarch64 \
        || die "cannot register qemu-aarch64 with binfmt_misc"
    grep -q enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 || die "binfmt qemu-aarch64 is disabled"
fi
echo "  debootstrap $(dpkg-query -W -f='${Version}' debootstrap 2>/dev/null || echo ?), $(objdump --version | head -n1)"

# --- 2. the Debian 11 root ---------------------------------------------------------------------------------------
stage "Debian 11 root ($SUITE $ARCH)"
# What the build and the smoke run need; Qt's system libraries are those the .deb depends on.
PKGS=(libgl1 libegl1 libfontconfig1 libfreetype6 libxkbcommon-x11-0 libdbus-1-3 libcups2 libglib2.0-0 libx11-xcb1
      libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-util1 libxcb-xinerama0
      libxcb-randr0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1 libxcb-glx0 libxcb-shm0 libxcb-render0
      xvfb x11-utils xauth binutils ca-certificates
      libssl-dev zlib1g-dev libffi-dev libbz2-dev liblzma-dev uuid-dev)
if [ "$ARCH" = amd64 ]; then PKGS+=(build-essential pkg-config tcl xz-utils); else PKGS+=(libc6-dev libsqlite3-dev); fi
[ -z "$(mounted_under "$ROOT")" ] || die "$ROOT still has mounts from an earlier run: $(mounted_under "$ROOT" | tr '\n' ' ')"
if [ ! -f "$ROOT/.td-root" ] || [ "${REFRESH_ROOT:-0}" = 1 ]; then
    rm -rf --one-file-system "$ROOT"
    include=$(IFS=,; echo "${PKGS[*]}")
    echo "  debootstrap --variant=minbase --arch=$ARCH $SUITE (with ${#PKGS[@]} packages; log: ${WORK#"$REPO"/}/debootstrap.log)"
    debootstrap --variant=minbase --arch="$ARCH" --include="$include" "$SUITE" "$ROOT" "$MIRROR" \
        > "$WORK/debootstrap.log" 2>&1 || { tail -n 30 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
    echo "${PKGS[*]}" > "$ROOT/.td-root"
else
    echo "  reusing ${ROOT#"$REPO"/} ($(date -r "$ROOT/.td-root" +%F))"
fi
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp -L "${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}" "$ROOT$ROOT_CA"
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"  # no daemons start inside the chroot
chmod 755 "$ROOT/usr/sbin/policy-rc.d"
mount_in_root -t proc proc "$ROOT/proc"
mount_in_root --bind /dev "$ROOT/dev"
mount_in_root --bind /dev/pts "$ROOT/dev/pts"
mkdir -p "$ROOT/src"
mount_in_root --bind "$REPO" "$ROOT/src"  # the checkout, for pip's requirements and PyInstaller
if [ "$(cat "$ROOT/.td-root")" != "${PKGS[*]}" ]; then  # the list changed since the root was made
    echo "  apt-get install in the root: ${PKGS[*]}"
    in_root apt-get update -qq
    in_root apt-get install -y -qq --no-install-recommends "${PKGS[@]}" >/dev/null
    echo "${PKGS[*]}" > "$ROOT/.td-root"
fi
echo "  $(cat "$ROOT/etc/debian_version"), glibc $(in_root ldd --version | head -n1 | sed 's/.* //')"

# --- 3. source packages ------------------------------------------------------------------------------------------
stage "source packages (apt-get source --download-only)"
# A private apt state with deb-src lines, so the host's apt configuration is left alone. python3.11 is not in
# bullseye: take it from bookworm, whose orig tarball is the pristine upstream Python-3.11.x release.
APT_SRC=(-o Dir::Etc::SourceList="$COMPAT/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
         -o Dir::State::Lists="$COMPAT/apt/lists" -o Dir::Cache="$COMPAT/apt/cache")
fetch_source() {  # fetch_source PACKAGE ORIG_GLOB
    local found
    found=$(compgen -G "$SRC/$2" | head -n1 || true)
    if [ -z "$found" ]; then
        mkdir -p "$COMPAT/apt/lists/partial" "$COMPAT/apt/cache/archives/partial"
        printf 'deb-src %s bookworm main\n' "$MIRROR" > "$COMPAT/apt/sources.list"
        [ -n "$(compgen -G "$COMPAT/apt/lists/*Sources*")" ] || apt-get "${APT_SRC[@]}" update -qq
        (cd "$SRC" && apt-get "${APT_SRC[@]}" source --download-only -qq "$1" 2>&1 | grep -v '^W: Download is performed unsandboxed' || true)
        found=$(compgen -G "$SRC/$2" | head -n1 || true)
        [ -n "$found" ] || die "apt-get source $1 gave no $2"
    fi
    echo "$found"
}
PYTHON_TGZ=$(fetch_source python3.11 'python3.11_3.11.*.orig.tar.gz')
echo "  $(basename "$PYTHON_TGZ")"
SQLITE_TXZ=
if [ "$ARCH" = amd64 ]; then
    SQLITE_TXZ=$(fetch_source sqlite3 'sqlite3_3.*.orig.tar.xz')
    echo "  $(basename "$SQLITE_TXZ")"
fi

# --- 4. Python 3.11 ----------------------------------------------------------------------------------------------
stage "Python 3.11 ($([ "$ARCH" = amd64 ] && echo "built in the root" || echo "cross-compiled for aarch64"))"
PY_INPUTS="$(basename "$PYTHON_TGZ") $(basename "${SQLITE_TXZ:-none}") $(cat "$REPO/installers/linux/build-python.sh" \
    "$REPO/installers/linux/glibc228-compat.h" | sha256sum | cut -c1-16)"
if [ "$(cat "$ROOT$PREFIX/.td-built" 2>/dev/null)" = "$PY_INPUTS" ]; then
    echo "  reusing $PREFIX ($(in_root "$PREFIX/bin/python3.11" --version))"
else
    rm -rf "$ROOT$PREFIX" "$ROOT$VENV"
    if [ "$ARCH" = amd64 ]; then
        mkdir -p "$ROOT/tmp/tdsrc"
        cp "$PYTHON_TGZ" "$SQLITE_TXZ" "$ROOT/tmp/tdsrc/"
        in_root bash /src/installers/linux/build-python.sh native "/tmp/tdsrc/$(basename "$PYTHON_TGZ")" "$PREFIX" \
            "/tmp/tdsrc/$(basename "$SQLITE_TXZ")"
        rm -rf "$ROOT/tmp/tdsrc"
    else
        # The cross linker follows the root's symlinks on the host: absolute ones (libm.so -> /lib/…) would
        # point into the host's own /lib, so make them relative (they still resolve the same inside the root).
        n=0
        while IFS= read -r -d '' link; do
            target=$(readlink "$link")
            ln -sfn "$(realpath -m --relative-to="$(dirname "$link")" "$ROOT$target")" "$link"
            n=$((n + 1))
        done < <(find "$ROOT/usr/lib" "$ROOT/usr/include" -type l -lname '/*' -print0)
        echo "  $n absolute symlinks in the sysroot made relative"
        bash "$REPO/installers/linux/build-python.sh" cross "$PYTHON_TGZ" "$PREFIX" "$ROOT"
        in_root "$PREFIX/bin/python3.11" -c 'import ssl, sqlite3, ctypes, bz2, lzma, zlib, uuid, pyexpat, decimal, sys
print("  runs under qemu:", sys.version.split()[0], sys.platform, __import__("platform").machine(), ssl.OPENSSL_VERSION, "SQLite", sqlite3.sqlite_version)'
    fi
    echo "$PY_INPUTS" > "$ROOT$PREFIX/.td-built"
fi

# --- 5. the build venv -------------------------------------------------------------------------------------------
stage "venv: runtime dependencies + PyInstaller (pip$([ "$ARCH" = arm64 ] && echo ' under qemu'))"
REQS=$(python3 -c 'import sys, tomllib; print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' \
    "$REPO/pyproject.toml")
VENV_INPUTS="$(printf '%s\n' "$REQS" "$PYINSTALLER_SPEC" "$GLIBC_LIMIT" | cat - "$REPO/installers/linux/constraints-old-glibc.txt" \
    | sha256sum | cut -c1-16) $(cat "$ROOT$PREFIX/.td-built")"
if [ "$(cat "$ROOT$VENV/.td-venv" 2>/dev/null)" = "$VENV_INPUTS" ]; then
    echo "  reusing $VENV"
else
    rm -rf "$ROOT$VENV"
    in_root "$PREFIX/bin/python3.11" -m venv "$VENV"
    # PEP 600: pip asks this module whether a manylinux_X_Y wheel runs here. Without it pip would take any
    # wheel for the root's glibc 2.31, including manylinux_2_29..2_31 ones that do not run on UOS 20.
    SITE=$(in_root "$VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
    cat > "$ROOT$SITE/_manylinux.py" <<EOF
"""Written by installers/build-linux-compat.sh: only wheels for glibc <= $GLIBC_LIMIT (PEP 600)."""


def manylinux_compatible(tag_major, tag_minor, tag_arch):
    return (tag_major, tag_minor) <= ($(echo "$GLIBC_LIMIT" | tr . ,))
EOF
    printf '%s\n' "$REQS" > "$ROOT$VENV/requirements.txt"
    in_root "$VENV/bin/python" -m pip install -q --upgrade pip 2>&1 | grep -v '^WARNING: Running pip as' || true
    in_root "$VENV/bin/python" -m pip install -q --prefer-binary -c /src/installers/linux/constraints-old-glibc.txt \
        -r "$VENV/requirements.txt" "$PYINSTALLER_SPEC" 2>&1 | grep -v '^WARNING: Running pip as' || true
    in_root "$VENV/bin/python" -c 'import PySide6.QtWidgets, PyInstaller' || die "pip did not install PySide6 / PyInstaller"
    echo "$VENV_INPUTS" > "$ROOT$VENV/.td-venv"
fi
in_root "$VENV/bin/python" -m pip list --format=freeze 2>/dev/null \
    | grep -iE '^(pyside6[-_]essentials|shiboken6|pyinstaller|lxml|pillow|pynacl|pypdfium2|reportlab)==' | tr '\n' ' '; echo

# --- 6. PyInstaller ----------------------------------------------------------------------------------------------
stage "PyInstaller (installers/townshipdesk.spec$([ "$ARCH" = arm64 ] && echo ', under qemu'))"
APPDIR=$WORK/dist/townshipdesk
rm -rf "$WORK/dist" "$WORK/pyinstaller"
# PYTHONPATH: the spec collects townshipdesk's submodules and migrations by importing it from the checkout.
in_root sh -c "cd /src && PYTHONPATH=/src $VENV/bin/pyinstaller --noconfirm --clean --log-level WARN \
    --distpath /src/${WORK#"$REPO"/}/dist --workpath /src/${WORK#"$REPO"/}/pyinstaller installers/townshipdesk.spec" 2>&1 \
    | { grep -vE "WARNING: (Library not found: could not resolve .*lib(qgtk3|qtiff)|Library (user32|shell32|ole32) required via ctypes)" \
        || true; }  # harmless: the spec drops the GTK3 theme and TIFF plugins; Windows DLLs looked up by a library
[ -x "$APPDIR/townshipdesk" ] || die "PyInstaller did not produce $APPDIR/townshipdesk"
ls "$APPDIR"/_internal/townshipdesk/core/migrations/0001_*.sql >/dev/null 2>&1 && [ -d "$APPDIR/_internal/catalogs" ] \
    || die "the build lacks _internal/townshipdesk/core/migrations or _internal/catalogs"
read -r ELF_DEB_ARCH ELF_UNAME_ARCH < <(td_elf_arch "$APPDIR/townshipdesk")
[ "$ELF_DEB_ARCH" = "$ARCH" ] || die "the executable is $ELF_UNAME_ARCH, not $UNAME_ARCH"
echo "  $(du -sh "$APPDIR" | cut -f1) one folder, executable for $ELF_UNAME_ARCH"

# --- 7. packages -------------------------------------------------------------------------------------------------
stage "packages (.tar.gz, .deb)"
# Depends on libc6 (>= the limit), not on the highest version found: the limit is what the check guarantees.
td_make_tarball "$APPDIR" "$VERSION" "$UNAME_ARCH" "$GLIBC_LIMIT" "$TARBALL" "$WORK/tar"
td_make_deb "$APPDIR" "$VERSION" "$ARCH" "$GLIBC_LIMIT" "$DEB" "$WORK/deb"
[ "$(dpkg-deb -f "$DEB" Architecture)" = "$ARCH" ] || die "the .deb's Architecture is not $ARCH"
echo "  $(basename "$DEB"): $(du -h "$DEB" | cut -f1), Architecture: $(dpkg-deb -f "$DEB" Architecture)"
echo "  $(basename "$TARBALL"): $(du -h "$TARBALL" | cut -f1)"

# --- 8. glibc check ----------------------------------------------------------------------------------------------
stage "glibc check: every ELF file in the .deb needs <= GLIBC_$GLIBC_LIMIT"
rm -rf "$WORK/deb-check"
dpkg-deb -x "$DEB" "$WORK/deb-check"
if ! td_glibc_check "$WORK/deb-check" "$GLIBC_LIMIT"; then
    rm -f "$DEB" "$TARBALL"
    die "the package would not start on glibc $GLIBC_LIMIT; removed $(basename "$DEB") and $(basename "$TARBALL")"
fi
GLIBC_FOUND=$TD_GLIBC_HIGHEST
mapfile -d '' ELFS < <(td_elf_files "$WORK/deb-check")
GLIBCXX_FOUND=$(for f in "${ELFS[@]}"; do td_objdump "$f" 2>/dev/null; done | grep -o 'GLIBCXX_[0-9.]*' | sort -uV | tail -n1)
echo "  highest libstdc++ symbol version: ${GLIBCXX_FOUND:-none} (UOS 20 has GLIBCXX_3.4.25, Kylin V10 3.4.28)"
rm -rf "$WORK/deb-check"

# --- 9. run it in the root ---------------------------------------------------------------------------------------
SMOKE_LOG=
if [ "${NO_SMOKE:-0}" = 1 ]; then
    stage "smoke run skipped (NO_SMOKE=1)"
else
    stage "install the .deb in the $SUITE root and run it$([ "$ARCH" = arm64 ] && echo ' (qemu)')"
    OUT=/tmp/tdsmoke
    rm -rf "$ROOT$OUT"; mkdir -p "$ROOT$OUT"
    cp "$DEB" "$REPO/docs/notice-namelist.json" "$ROOT$OUT/"
    mount_in_root --bind /dev/shm "$ROOT/dev/shm"
    in_root dpkg --purge townshipdesk > /dev/null 2>&1 || true  # an earlier run's package of the same version
    in_root apt-get install -y -qq --no-install-recommends "$OUT/$(basename "$DEB")" > "$WORK/apt-install.log" 2>&1 \
        || { tail -n 20 "$WORK/apt-install.log" >&2; die "apt-get install of the .deb in the root failed"; }
    echo "  installed: $(in_root dpkg-query -W -f='${Package} ${Version} ${Architecture}' townshipdesk)"
    SMOKE_LOG=$WORK/smoke.log
    in_root bash /src/installers/linux/smoke-in-root.sh "$OUT" "$OUT/notice-namelist.json" "$GUI_WAIT" 2>&1 \
        | tee "$SMOKE_LOG" || die "the app failed in the root (log: ${SMOKE_LOG#"$REPO"/})"
    # The PDF's text layer must hold the sheet's title and the names, rare characters included.
    pdftotext -layout "$ROOT$OUT/notice.pdf" "$WORK/notice.txt"
    # The title wraps at a balanced point: the text is compared with its spaces and line breaks taken out.
    # (ID numbers are printed masked.)
    tr -d ' \n' < "$WORK/notice.txt" > "$WORK/notice-flat.txt"
    for want in 大河村村务公开栏 大河村2026年第四季度临时救助对象名单公示 杨秀英 䶮明 段𠇔 '5301**********0328' \
                大河村村民委员会; do
        grep -qF "$want" "$WORK/notice-flat.txt" || die "the notice PDF has no text '$want' (see ${WORK#"$REPO"/}/notice.txt)"
    done
    echo "  ok   notice PDF text: board, title, 杨秀英, 䶮明, 段𠇔, masked ID number, issuer" | tee -a "$SMOKE_LOG"
    mkdir -p "$SHOT_DIR"
    python3 "$REPO/installers/xwd2png.py" "$ROOT$OUT/screen.xwd" "$SHOT_DIR/$SHOT_NAME" --crop 1280x800+0+0
    echo "  ok   screenshot ${SHOT_DIR#"$REPO"/}/$SHOT_NAME ($(stat -c %s "$SHOT_DIR/$SHOT_NAME") bytes)" | tee -a "$SMOKE_LOG"
    in_root dpkg --purge townshipdesk >/dev/null 2>&1
fi
stage "done"

# --- summary -----------------------------------------------------------------------------------------------------
printf '\n%s packages for glibc <= %s, built in %s s\n' "$ARCH" "$GLIBC_LIMIT" "$(( $(date +%s) - START ))"
for i in "${!STAGE_SECS[@]}"; do printf '  %5s s  %s\n' "${STAGE_SECS[i]}" "${STAGE_NAMES[i]}"; done
printf '  %-8s %s\n' "$(du -h "$DEB" | cut -f1)" "${DEB#"$REPO"/}" "$(du -h "$TARBALL" | cut -f1)" "${TARBALL#"$REPO"/}" \
    "$(du -sh "$APPDIR" | cut -f1)" "${APPDIR#"$REPO"/}/ (installed size)"
echo "  highest GLIBC needed: $GLIBC_FOUND (limit $GLIBC_LIMIT); highest GLIBCXX: ${GLIBCXX_FOUND:-none}"
