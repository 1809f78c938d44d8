# shellcheck shell=bash
# Shared by installers/build-linux.sh and installers/build-linux-compat.sh (sourced, never run):
#   td_wait_dpkg_lock / td_apt_get   apt-get that waits while another apt/dpkg (an update service) holds the lock
#   td_elf_arch FILE                 "amd64 x86_64" or "arm64 aarch64", read from the ELF header, not from uname
#   td_glibc_max FILE…               the highest GLIBC_x.y symbol version the ELF files need (objdump -T)
#   td_glibc_check DIR MAX           lists every ELF file under DIR that needs more than glibc MAX; 1 if any
#   td_make_tarball / td_make_deb    the portable .tar.gz and the .deb of a one-folder PyInstaller build
# Callers set `set -euo pipefail`; functions print what they do and return non-zero on failure.

# --- apt and the dpkg lock -------------------------------------------------------------------------------------
# UOS and Kylin run update services (and Debian unattended-upgrades) that hold the dpkg lock for minutes.
if [ -z "${TD_DPKG_LOCKS+set}" ]; then
    TD_DPKG_LOCKS=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)
fi
td_wait_dpkg_lock() {  # td_wait_dpkg_lock [MAX_SECONDS=1800]; polls every TD_LOCK_POLL (5) seconds
    local max=${1:-1800} poll=${TD_LOCK_POLL:-5} waited=0 holders
    command -v fuser >/dev/null || return 0  # no psmisc: apt's own DPkg::Lock::Timeout below still waits
    while holders=$(fuser "${TD_DPKG_LOCKS[@]}" 2>/dev/null | xargs) && [ -n "$holders" ]; do
        if [ "$waited" = 0 ]; then
            echo "  waiting for the dpkg lock (held by $(ps -o pid=,comm= -p "${holders// /,}" 2>/dev/null | xargs))" >&2
        fi
        if [ "$waited" -ge "$max" ]; then
            echo "the dpkg lock is still held after $max s (process $holders); try again later" >&2
            return 1
        fi
        sleep "$poll"
        waited=$((waited + poll))
    done
}
td_apt_get() {  # td_apt_get ARGS…: apt-get, non-interactive, after the lock is free (and apt waits too)
    td_wait_dpkg_lock
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=1800 "$@"
}

# --- ELF files -------------------------------------------------------------------------------------------------
td_is_elf() { [ "$(od -An -tx1 -N4 "$1" 2>/dev/null | tr -d ' \n')" = 7f454c46 ]; }  # the magic \x7fELF

td_elf_arch() {  # the Debian and the uname name of an ELF file's machine (e_machine, little-endian at byte 18)
    local machine
    machine=$(od -An -tu2 -j18 -N2 "$1" | tr -d ' ')
    case "$machine" in
        62) echo "amd64 x86_64" ;;
        183) echo "arm64 aarch64" ;;
        *) echo "unknown ELF machine $machine in $1" >&2; return 1 ;;
    esac
}

td_objdump() {  # objdump that reads the file's architecture (the host's objdump may know x86 only)
    local tool
    for tool in objdump aarch64-linux-gnu-objdump x86_64-linux-gnu-objdump; do
        command -v "$tool" >/dev/null || continue
        if "$tool" -T "$1" 2>/dev/null; then return 0; fi
    done
    echo "no objdump could read $1" >&2
    return 1
}

td_glibc_versions() {  # every GLIBC_x.y an ELF file needs (its undefined dynamic symbols), one per line
    # objdump -T lines: ADDRESS FLAGS SECTION SIZE VERSION NAME; needed symbols are in section *UND*.
    td_objdump "$1" | awk '$0 ~ /\*UND\*/ { for (i = 1; i <= NF; i++) if ($i ~ /^\(?GLIBC_[0-9.]+\)?$/) {
        v = $i; gsub(/[()]/, "", v); print v } }' | sort -uV
}

td_glibc_max() {  # td_glibc_max FILE…: the highest GLIBC version any of them needs ("2.17"), empty if none
    local f
    for f in "$@"; do td_glibc_versions "$f"; done | sed 's/^GLIBC_//' | sort -uV | tail -n1
}

td_version_gt() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -n1)" = "$1" ]; }

td_elf_files() {  # td_elf_files DIR: every regular ELF file under DIR, NUL-separated
    local f
    while IFS= read -r -d '' f; do
        td_is_elf "$f" && printf '%s\0' "$f"
    done < <(find "$1" -type f -size +63c -print0)
}

td_glibc_check() {  # td_glibc_check DIR MAX: fails (listing files and symbols) when any ELF needs > GLIBC_MAX
    local dir=$1 max=$2 f need bad=0 count=0 highest=0
    while IFS= read -r -d '' f; do
        count=$((count + 1))
        need=$(td_glibc_versions "$f" | sed 's/^GLIBC_//' | sort -V | tail -n1)
        [ -n "$need" ] || continue
        td_version_gt "$need" "$highest" && highest=$need
        if td_version_gt "$need" "$max"; then
            bad=$((bad + 1))
            echo "  needs GLIBC_$need > $max: ${f#"$dir"/} ($(td_objdump "$f" | awk -v m="$max" '/\*UND\*/ && /GLIBC_/ {
                for (i = 1; i <= NF; i++) if ($i ~ /GLIBC_/) { v = $i; gsub(/[()]|GLIBC_/, "", v); print v, $NF } }' \
                | while read -r v sym; do td_version_gt "$v" "$max" && echo "$sym@GLIBC_$v"; done | sort -u | tr '\n' ' '))" >&2
        fi
    done < <(td_elf_files "$dir")
    [ "$count" -gt 0 ] || { echo "  no ELF files under $dir" >&2; return 1; }
    TD_GLIBC_HIGHEST=$highest  # for the caller's summary
    if [ "$bad" -gt 0 ]; then
        echo "  $bad of $count ELF files need a newer glibc than $max" >&2
        return 1
    fi
    echo "  $count ELF files, highest symbol version GLIBC_$highest (limit $max)"
}

# --- the portable archive ----------------------------------------------------------------------------------------
td_make_tarball() {  # td_make_tarball APPDIR VERSION UNAME_ARCH GLIBC_MIN TARBALL WORKDIR
    local appdir=$1 version=$2 arch=$3 glibc=$4 tarball=$5 work=$6
    local stage=$work/townshipdesk-$version
    rm -rf "$work"
    mkdir -p "$stage"
    cp -a "$appdir/." "$stage/"
    cat > "$stage/README.txt" <<EOF
TownshipDesk 乡镇政务公开助手 $version（Linux $arch，免安装版 / portable build）

运行：在本文件夹中双击 townshipdesk，或在终端中执行 ./townshipdesk（不带参数打开窗口，
带命令时为命令行，例如 ./townshipdesk --help）。

数据存放位置：
  * 默认：~/.local/share/TownshipDesk（每个系统用户一份）。
  * 便携模式（放在U盘上使用）：在本文件夹（townshipdesk 可执行文件旁）新建一个名为
    portable.txt 的空文件，数据将保存在本文件夹下的 data/ 中。例如：touch portable.txt
    注意：U盘需为可写入的文件系统；拔出U盘前请先关闭本软件。
  * 也可用 --data-dir 目录 或环境变量 TOWNSHIPDESK_DATA 指定。

需要系统已安装：libgl1 libegl1 libfontconfig1 libxkbcommon-x11-0 libdbus-1-3 libcups2 等
（UOS、麒麟桌面版均已自带）。glibc 版本需不低于 $glibc。

--

Run: double-click townshipdesk in this folder, or ./townshipdesk in a terminal (no arguments: the window;
with a command: the command line, e.g. ./townshipdesk --help).

Data: ~/.local/share/TownshipDesk by default. Portable mode (USB stick): create an empty file named
portable.txt beside the townshipdesk executable (touch portable.txt); all data then goes into data/ in
this folder. --data-dir DIR or TOWNSHIPDESK_DATA override both. Needs Linux $arch, glibc >= $glibc and the
usual desktop libraries (OpenGL, fontconfig, xkbcommon-x11, D-Bus, CUPS), present on any desktop install.
EOF
    rm -f "$tarball"
    tar -C "$work" --owner=0 --group=0 --numeric-owner -cf - "townshipdesk-$version" | gzip -9 > "$tarball"
}

# --- the .deb ------------------------------------------------------------------------------------------------------
td_make_deb() {  # td_make_deb APPDIR VERSION DEB_ARCH GLIBC_MIN DEB WORKDIR [EXTRA_DEPENDS]
    local appdir=$1 version=$2 arch=$3 glibc=$4 deb=$5 work=$6 extra=${7:-}
    local repo root depends installed_kb
    repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
    root=$work/townshipdesk_${version}_$arch
    rm -rf "$work"
    mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
        "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/pixmaps" "$root/usr/share/mime/packages" \
        "$root/usr/share/doc/townshipdesk"
    cp -a "$appdir" "$root/opt/townshipdesk"
    # PyInstaller's bootloader finds _internal/ through /proc/self/exe, so a symlink is enough.
    ln -s /opt/townshipdesk/townshipdesk "$root/usr/bin/townshipdesk"
    install -m 644 "$repo/installers/linux/townshipdesk.desktop" "$root/usr/share/applications/townshipdesk.desktop"
    install -m 644 "$repo/installers/linux/townshipdesk-mime.xml" "$root/usr/share/mime/packages/townshipdesk.xml"
    install -m 644 "$repo/resources/icons/townshipdesk.png" "$root/usr/share/icons/hicolor/256x256/apps/townshipdesk.png"
    install -m 644 "$repo/resources/icons/townshipdesk.png" "$root/usr/share/pixmaps/townshipdesk.png"
    cat > "$root/usr/share/doc/townshipdesk/copyright" <<'EOF'
TownshipDesk 乡镇政务公开助手 — Apache License 2.0 (see /usr/share/common-licenses/Apache-2.0).
Bundled: Python (PSF), Qt 6 / PySide6 (LGPLv3), reportlab (BSD), pypdfium2 / PDFium (Apache-2.0, BSD),
PyNaCl / libsodium (Apache-2.0, ISC), openpyxl (MIT), xlrd (BSD), python-docx (MIT), lxml (BSD), Pillow (MIT-CMU),
SQLite (public domain), fonts in /opt/townshipdesk/_internal/resources/fonts with their licence files.
EOF
    # Directories are 755 and files 644 unless executable, whatever the umask of the build machine was.
    find "$root" -type d -exec chmod 755 {} +
    find "$root/opt" -type f ! -perm -u+x -exec chmod 644 {} +
    find "$root/opt" -type f -perm -u+x -exec chmod 755 {} +
    installed_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
    # The libraries the spec leaves to the system (SYSTEM_LIBS in townshipdesk.spec).
    depends="libc6 (>= $glibc), libgcc-s1 | libgcc1, libstdc++6, libgl1, libegl1, libfontconfig1, libfreetype6,"
    depends+=" libglib2.0-0, libdbus-1-3, libcups2, libx11-6, libx11-xcb1, libxcb1, libxcb-glx0, libxcb-randr0,"
    depends+=" libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1,"
    depends+=" libxkbcommon0, libxkbcommon-x11-0, libuuid1, zlib1g${extra:+, $extra}"
    cat > "$root/DEBIAN/control" <<EOF
Package: townshipdesk
Version: $version
Architecture: $arch
Maintainer: TownshipDesk <townshipdesk@localhost>
Installed-Size: $installed_kb
Depends: $depends
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
    rm -f "$deb"
    dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
}
