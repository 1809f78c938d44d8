#!/usr/bin/env bash
# Install the .deb into a clean Debian bookworm (debootstrap minbase, in a chroot) with apt, use the installed
# app as a township clerk would, and take screenshots of the installed window in Chinese and English:
#   installers/debian-install-test.sh DEB [OUT_DIR]
# OUT_DIR (default docs/installed) receives installed-{zh,en}-{dashboard,catalog,…}.png.
# Needs root, debootstrap (apt-get install debootstrap), python3, and the Debian mirror (MIRROR, default the
# host's deb.debian.org). The minbase root is made once and cached as build/debian-root-cache/*.tar; every run
# unpacks a fresh copy into build/debian-install-test/root. Downloaded packages are cached beside it.
#
# Environment:
#   RECOMMENDS=1   install the .deb with its Recommends (default: Depends only, the strict test)
#   NO_GUI=1       skip the X11 part (Xvfb, xdotool, screenshots)
#   KEEP=1         keep the unpacked root afterwards (always unmounted)
#   REFRESH=1      make the cached minbase root again
#   XVFB_SCREEN=WxH the Xvfb screen (default 1296x816: the window's default 1280x800 and room for the pointer;
#                  the shots are cropped to the window)
#   SUITE, MIRROR, SECURITY_MIRROR
#
# Checks (PASS/FAIL lines; exit 1 on the first failure): apt resolves the Depends and installs the package;
# every ELF file in /opt/townshipdesk finds its libraries (only the Wayland plugins may miss the Recommends);
# --version; /usr/bin link, .desktop, MIME, icon; a user "clerk" sets up 示例镇 (init, catalog import, records
# through the review cycle, villages with postings and an objection, 依申请公开 requests), renders a notice
# sheet, exchanges keys with a county folder and sends it a bundle (import, receipt back); the window on Qt's
# offscreen platform (before any X11 package is installed); then Xvfb + xdotool: the window on X11 in both
# languages, one screenshot per page. Prints the installed size, cold-start times and step timings.
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
usage() { echo "usage: installers/debian-install-test.sh DEB [OUT_DIR]" >&2; exit 2; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
DEB=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
[ -f "$DEB" ] || { echo "no such file: $1" >&2; exit 2; }
OUT=${2:-$REPO/docs/installed}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
[ "$(id -u)" = 0 ] || { echo "run as root (debootstrap, chroot, mount)" >&2; exit 2; }
for tool in debootstrap chroot mount umount python3 dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y debootstrap)" >&2; exit 2; }
done

SUITE=${SUITE:-bookworm}
MIRROR=${MIRROR:-http://deb.debian.org/debian}
SECURITY_MIRROR=${SECURITY_MIRROR:-http://deb.debian.org/debian-security}
XVFB_SCREEN=${XVFB_SCREEN:-1296x816}
CACHE=$REPO/build/debian-root-cache
TARBALL=$CACHE/$SUITE-minbase-amd64.tar
ARCHIVES=$CACHE/apt-archives-$SUITE
WORK=$REPO/build/debian-install-test
ROOT=$WORK/root
SAMPLE=$REPO/../shared/fixtures/catalog-sample.xlsx
NOTICE_JSON=$REPO/docs/notice-namelist.json
VERSION=$(dpkg-deb -f "$DEB" Version)
PAGES=(dashboard catalog records villages requests sync reports settings)  # the sidebar's order (main_window.py)

ms_now() { date +%s%N | cut -c1-13; }
T_START=$(ms_now)
TIMINGS=()
timing() { TIMINGS+=("$(printf '  %-34s %6.1f s' "$1" "$(awk -v ms="$2" 'BEGIN{print ms/1000}')")"); }
PASSED=0
pass() { PASSED=$((PASSED + 1)); printf '  PASS %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

# --- mounts and processes: always undone ----------------------------------------------------------------
MOUNTS=()
BG_PIDS=()
mounted_under() {  # mount points at or below $1, deepest first
    awk -v root="$1" '$2 == root || index($2, root "/") == 1 {print $2}' /proc/mounts | sort -r
}
stop_processes() {
    # Processes started by this script (by id), then anything still running inside our root (only our own
    # chroot children can be there; found by /proc/PID/root).
    local pid link
    for pid in "${BG_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    sleep 0.3
    for link in /proc/[0-9]*/root; do
        pid=${link#/proc/}; pid=${pid%/root}
        [ "$(readlink "$link" 2>/dev/null)" = "$ROOT" ] && kill -9 "$pid" 2>/dev/null || true
    done
    for pid in "${BG_PIDS[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    BG_PIDS=()
}
unmount_all() {
    local i m
    for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do
        umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}" 2>/dev/null || true
    done
    MOUNTS=()
    for m in $(mounted_under "$ROOT"); do  # anything else (e.g. left by an interrupted earlier run)
        umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true
    done
}
cleanup() {
    local rc=$?
    set +e
    stop_processes
    unmount_all
    if [ -n "$(mounted_under "$ROOT")" ]; then
        echo "WARNING: still mounted under $ROOT:" >&2
        mounted_under "$ROOT" >&2
    elif [ "${KEEP:-0}" != 1 ] && [ -d "$ROOT" ]; then
        rm -rf --one-file-system "$ROOT"
    fi
    [ "${KEEP:-0}" = 1 ] && echo "kept $ROOT (unmounted)"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
bind() {  # bind SOURCE TARGET_IN_ROOT
    mkdir -p "$ROOT$2"
    mount --bind "$1" "$ROOT$2"
    MOUNTS+=("$ROOT$2")
}

# Commands inside the root: a clean environment, never the caller's.
CHROOT_ENV=(/usr/bin/env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8)
IN_ROOT=(chroot "$ROOT" "${CHROOT_ENV[@]}" HOME=/root DEBIAN_FRONTEND=noninteractive)
in_root() { "${IN_ROOT[@]}" "$@"; }
AS_CLERK=()  # set once the user exists; used directly (not through a function) for background processes,
as_clerk() { "${AS_CLERK[@]}" "$@"; }  # so that $! is the process itself
forget_pid() { local p keep=(); for p in "${BG_PIDS[@]}"; do [ "$p" = "$1" ] || keep+=("$p"); done; BG_PIDS=("${keep[@]}"); }
td() { as_clerk townshipdesk "$@"; }  # the installed CLI, as the clerk, default data folder

# --- 1. a clean minimal Debian -------------------------------------------------------------------------------
step "clean $SUITE root (debootstrap --variant=minbase, $MIRROR)"
mkdir -p "$CACHE" "$ARCHIVES/partial" "$WORK"
stop_processes  # anything an interrupted earlier run left inside the root
if [ -n "$(mounted_under "$ROOT")" ]; then unmount_all; fi
[ -z "$(mounted_under "$ROOT")" ] || fail "$ROOT still has mounts; unmount them first"
rm -rf --one-file-system "$ROOT"
if [ ! -s "$TARBALL" ] || [ "${REFRESH:-0}" = 1 ]; then
    t0=$(ms_now)
    rm -rf --one-file-system "$WORK/bootstrap"
    debootstrap --variant=minbase --arch=amd64 "$SUITE" "$WORK/bootstrap" "$MIRROR" > "$WORK/debootstrap.log" 2>&1 \
        || { tail -n 30 "$WORK/debootstrap.log" >&2; fail "debootstrap (log: $WORK/debootstrap.log)"; }
    rm -rf "$WORK/bootstrap/var/cache/apt/archives/"*.deb "$WORK/bootstrap/var/lib/apt/lists/"*_Packages 2>/dev/null || true
    tar -C "$WORK/bootstrap" --numeric-owner -cf "$TARBALL.part" .
    mv "$TARBALL.part" "$TARBALL"
    rm -rf --one-file-system "$WORK/bootstrap"
    timing "debootstrap (first run)" $(( $(ms_now) - t0 ))
    pass "debootstrap $SUITE minbase, cached as ${TARBALL#"$REPO"/}"
else
    echo "  reusing ${TARBALL#"$REPO"/} ($(date -r "$TARBALL" +%F))"
fi
t0=$(ms_now)
mkdir -p "$ROOT"
tar -C "$ROOT" --numeric-owner -xf "$TARBALL"
timing "fresh root from the cache" $(( $(ms_now) - t0 ))
pass "fresh root: $(cat "$ROOT/etc/debian_version"), $(du -sh --one-file-system "$ROOT" | cut -f1)"

cat > "$ROOT/etc/apt/sources.list" <<EOF
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
EOF
cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"  # no daemons start inside the chroot
chmod 755 "$ROOT/usr/sbin/policy-rc.d"

mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc")
bind /sys /sys
mount -o remount,bind,ro "$ROOT/sys"  # read-only: nothing installed in the root may change the host's /sys
bind /dev /dev
bind /dev/pts /dev/pts
bind /dev/shm /dev/shm
bind "$ARCHIVES" /var/cache/apt/archives
pass "mounted /proc, /sys, /dev, /dev/pts, /dev/shm and the package cache"

# --- 2. apt install the .deb -----------------------------------------------------------------------------------
step "apt-get install $(basename "$DEB")"
cp "$DEB" "$ROOT/tmp/"
# DPkg::Lock::Timeout: wait (do not fail) while another apt/dpkg holds the lock, as UOS/Kylin update services do.
APT_OPTS=(-y -o Dpkg::Use-Pty=0 -o DPkg::Lock::Timeout=1800)
[ "${RECOMMENDS:-0}" = 1 ] || APT_OPTS+=(--no-install-recommends)
t0=$(ms_now)
in_root apt-get -o DPkg::Lock::Timeout=1800 update -q > "$WORK/apt-update.log" 2>&1 || { cat "$WORK/apt-update.log" >&2; fail "apt-get update"; }
timing "apt-get update" $(( $(ms_now) - t0 ))
t0=$(ms_now)
in_root apt-get install "${APT_OPTS[@]}" "/tmp/$(basename "$DEB")" > "$WORK/apt-install.log" 2>&1 \
    || { tail -n 40 "$WORK/apt-install.log" >&2; fail "apt-get install the .deb (log: $WORK/apt-install.log)"; }
timing "apt-get install the .deb" $(( $(ms_now) - t0 ))
NEW_PKGS=$(sed -n 's/^Setting up \([^ :]*\).*/\1/p' "$WORK/apt-install.log" | grep -vx townshipdesk | sort -u)
pass "apt installed townshipdesk with $(echo "$NEW_PKGS" | grep -c .) dependencies ($( [ "${RECOMMENDS:-0}" = 1 ] && echo 'with Recommends' || echo 'Depends only'))"
STATUS=$(in_root dpkg-query -W -f='${Status} ${Version}' townshipdesk)
[ "$STATUS" = "install ok installed $VERSION" ] && pass "dpkg: $STATUS" || fail "dpkg status: $STATUS"
INSTALLED_KB=$(in_root dpkg-query -W -f='${Installed-Size}' townshipdesk)

# Every ELF file of the app must find its libraries (with the bundled folders on the path, as at run time).
step "shared libraries"
APP=/opt/townshipdesk
LIBPATH=$APP/_internal:$APP/_internal/PySide6/Qt/lib:$APP/_internal/PySide6
find "$ROOT$APP" -type f \( -name '*.so*' -o -perm -u+x \) -print0 \
    | while IFS= read -r -d '' f; do
        [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
        # (ld.so --list exits 127 when a library is missing: the awk below reports it)
        { in_root env LD_LIBRARY_PATH="$LIBPATH" /lib64/ld-linux-x86-64.so.2 --list "${f#"$ROOT"}" 2>/dev/null || true; } \
            | awk -v f="${f#"$ROOT"}" '/not found/ {print $1, f}'
    done | sort -u > "$WORK/missing-libs.txt"
if [ -s "$WORK/missing-libs.txt" ]; then
    echo "  not found (soname, needed by):"
    sed 's/^/    /' "$WORK/missing-libs.txt"
fi
# The Wayland platform plugins need libwayland-* (Recommends): only they may miss a library.
if grep -v -e '/platforms/libqwayland' -e '/wayland-' -e 'libQt6Wayland' "$WORK/missing-libs.txt" > "$WORK/missing-core.txt"; then
    fail "libraries missing with Depends only (add to Depends): $(cut -d' ' -f1 "$WORK/missing-core.txt" | sort -u | tr '\n' ' ')"
fi
pass "every ELF file under $APP finds its libraries$( [ -s "$WORK/missing-libs.txt" ] && echo ' (except the Wayland plugins: Recommends)')"

# --- 3. the package and the CLI ---------------------------------------------------------------------------------
step "installed package"
out=$(in_root townshipdesk --version)
[ "$out" = "TownshipDesk $VERSION" ] && pass "townshipdesk --version: $out" || fail "--version said: $out"
[ "$(in_root readlink /usr/bin/townshipdesk)" = $APP/townshipdesk ] && pass "/usr/bin/townshipdesk -> $APP/townshipdesk" \
    || fail "/usr/bin/townshipdesk link"
DESKTOP=$ROOT/usr/share/applications/townshipdesk.desktop
[ -f "$DESKTOP" ] && grep -q '^Exec=townshipdesk' "$DESKTOP" && grep -q '^Name\[zh_CN\]=' "$DESKTOP" \
    && pass "/usr/share/applications/townshipdesk.desktop ($(sed -n 's/^Name\[zh_CN\]=//p' "$DESKTOP"))" || fail ".desktop"
[ -f "$ROOT/usr/share/mime/packages/townshipdesk.xml" ] && [ -s "$ROOT/usr/share/icons/hicolor/256x256/apps/townshipdesk.png" ] \
    && pass "MIME type and icon installed" || fail "MIME xml or icon"
if [ -x "$ROOT/usr/bin/update-mime-database" ]; then  # shared-mime-info (Recommends): its trigger ran
    [ -f "$ROOT/usr/share/mime/application/x-tdbundle.xml" ] && pass "shared-mime-info registered application/x-tdbundle" \
        || fail "application/x-tdbundle not in the MIME database"
fi
if [ -x "$ROOT/usr/bin/update-desktop-database" ]; then  # desktop-file-utils (Recommends)
    grep -q '^application/x-tdbundle=.*townshipdesk.desktop' "$ROOT/usr/share/applications/mimeinfo.cache" \
        && pass "mimeinfo.cache: .tdbundle opens with townshipdesk.desktop" || fail ".tdbundle not in mimeinfo.cache"
fi

step "a township office, as user clerk (installed CLI, default data folder)"
in_root useradd -m -s /bin/bash clerk
AS_CLERK=(chroot --userspec="$(in_root id -u clerk):$(in_root id -g clerk)" --groups="$(in_root id -g clerk)" "$ROOT"
          "${CHROOT_ENV[@]}" HOME=/home/clerk USER=clerk LOGNAME=clerk)
[ "$(as_clerk id -un)" = clerk ] || fail "user clerk"
W=/home/clerk/work
as_clerk mkdir -p $W/usb
[ -f "$SAMPLE" ] || fail "catalog sample not found: $SAMPLE"
cp "$SAMPLE" "$ROOT/tmp/catalog-sample.xlsx"
cp "$NOTICE_JSON" "$ROOT/tmp/notice-namelist.json"
chmod 644 "$ROOT/tmp/catalog-sample.xlsx" "$ROOT/tmp/notice-namelist.json"
td --help > "$WORK/help.txt" || fail "townshipdesk --help"
for cmd in init catalog record village request notice bundle report; do
    grep -q "^    $cmd " "$WORK/help.txt" || fail "--help does not list $cmd"
done
pass "townshipdesk --help lists init, catalog, record, village, request, notice, bundle, report"
day() { date -d "$1" +%F; }
run() {  # run LABEL COMMAND…: the command must succeed; its output goes to $WORK/out.txt
    local label=$1; shift
    "$@" > "$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt" >&2; fail "$label"; }
    pass "$label"
}
run "init --role township --division 530902100000 --name 示例镇人民政府" \
    td init --role township --division 530902100000 --name 示例镇人民政府
as_clerk test -f /home/clerk/.local/share/TownshipDesk/townshipdesk.sqlite3 \
    && pass "database in ~clerk/.local/share/TownshipDesk" || fail "no database in the default data folder"
run "catalog import /tmp/catalog-sample.xlsx" td catalog import /tmp/catalog-sample.xlsx
grep -q '已导入' "$WORK/out.txt" || { cat "$WORK/out.txt" >&2; fail "catalog import did not import"; }
run "catalog list: $(td catalog list | tail -n1)" td catalog list

item() { td catalog search "$1" | awk 'NR == 1 {print substr($1, 1, 8)}'; }
record() {  # record ITEM_QUERY ARGS… → prints the new record's id
    local it; it=$(item "$1"); shift
    [ -n "$it" ] || fail "no catalog item for the record"
    td record add --item "$it" "$@" | sed -n '1s/^记录 \([0-9a-f]*\)：.*/\1/p' || true
}
R1=$(record 部门预算 --title 示例镇2026年部门预算 --formed "$(day '-40 days')" --doc-number "示政发〔2026〕3号")
R2=$(record 审核确认结果 --title "$(date +%Y年%-m月)示例镇城乡低保审核确认结果" --formed "$(day '-5 days')" \
    --doc-number "示民〔2026〕18号")
R3=$(record 补贴政策 --title 2026年耕地地力保护补贴政策 --formed "$(day '-3 days')")
R4=$(record 采购结果 --title 红星村道路硬化工程采购结果 --formed "$(day '-12 days')" --attribute 此件依申请公开 \
    --reason 涉及第三方商业信息)
[ -n "$R1" ] && [ -n "$R2" ] && [ -n "$R3" ] && [ -n "$R4" ] && pass "record add ×4 ($R1 $R2 $R3 $R4)" || fail "record add"
for a in "submit $R1" "review $R1 --kind secrecy --reviewer 李明" "review $R1 --kind release --reviewer 王芳" \
         "publish $R1 --date $(day '-20 days')" "submit $R2"; do
    # shellcheck disable=SC2086
    td record $a > "$WORK/out.txt" 2>&1 || { cat "$WORK/out.txt" >&2; fail "record $a"; }
done
[[ "$(td record show "$R1")" == *已发布* ]] && pass "record $R1: submit, 保密审查, 发布审查, publish → 已发布; $R2 submitted" \
    || fail "record review cycle"

td village add --code 530902100201 --name 红星村 --groups 一组,二组,三组 --phone 0883-1234567 > /dev/null \
    && td village add --code 530902100202 --name 大河村 --groups 上寨,下寨 --phone 0883-7654321 > /dev/null \
    && pass "village add 红星村, 大河村 (with the default 公开事项清单)" || fail "village add"
P1=$(td village post 红星村 --item 最低生活保障 --title 2026年第四季度低保对象名单公示 --date "$(day '-2 days')" \
    --days 7 --reviewer 张三 --reviewer 李四 | sed -n 's/^已登记张贴 \([0-9a-f]*\)：.*/\1/p')
P2=$(td village post 红星村 --item 村级财务 --title 村级财务收支公开 --date "$(day '-20 days')" --days 7 \
    | sed -n 's/^已登记张贴 \([0-9a-f]*\)：.*/\1/p')
P3=$(td village post 大河村 --item 惠农补贴 --title 2026年耕地地力保护补贴发放名单公示 --date "$(day '-1 days')" \
    --days 5 --working-days | sed -n 's/^已登记张贴 \([0-9a-f]*\)：.*/\1/p')
[ -n "$P1" ] && [ -n "$P2" ] && [ -n "$P3" ] && pass "village post ×3 ($P1 $P2 $P3)" || fail "village post"
run "village objection $P1" td village objection "$P1" --text 名单中有一户已外出务工多年 --reply 经核实已调整，重新公示
run "village due: $(td village due | grep -c .) items not posted this period" td village due

Q1=$(td request add --received "$(day '-10 days')" --applicant natural --channel 信函 --name 赵国强 \
    --contact 13812345678 --content 红星村道路硬化工程的招标文件和验收报告 | sed -n '1s/^申请 \([0-9a-f]*\)：.*/\1/p')
Q2=$(td request add --received "$(day '-25 days')" --applicant legal --channel 网络 --name 云南某律师事务所 \
    --contact 0871-66668888 --content 2025年示例镇农村危房改造补助资金发放情况 | sed -n '1s/^申请 \([0-9a-f]*\)：.*/\1/p')
Q3=$(td request add --received "$(day '-40 days')" --applicant natural --channel 当面 --name 李秀英 \
    --contact 13987654321 --content 本人低保申请的审核确认结果 | sed -n '1s/^申请 \([0-9a-f]*\)：.*/\1/p')
[ -n "$Q1" ] && [ -n "$Q2" ] && [ -n "$Q3" ] && pass "request add ×3 ($Q1 $Q2 $Q3)" || fail "request add"
run "request $Q3: close --outcome 1 (予以公开), served" td request close "$Q3" --outcome 1 --date "$(day '-30 days')" \
    --served "$(day '-29 days')"
td request accept "$Q1" --date "$(day '-9 days')" > /dev/null || fail "request accept"
run "request list: $(td request list | tail -n1)" td request list

step "smoke test with the installed binary"
run "notice render docs/notice-namelist.json" td notice render --input /tmp/notice-namelist.json --out $W/namelist.pdf
[ "$(head -c 5 "$ROOT$W/namelist.pdf")" = "%PDF-" ] || fail "notice render wrote no PDF"
if command -v pdfinfo >/dev/null; then  # the host's, reading the file
    pages=$(pdfinfo "$ROOT$W/namelist.pdf" | awk '/^Pages:/ {print $2}')
else
    pages=$(grep -a -o '/Count [0-9]*' "$ROOT$W/namelist.pdf" | awk '{print $2}' | sort -n | tail -n1)
fi
[ "${pages:-0}" -ge 1 ] && pass "namelist.pdf: $(stat -c %s "$ROOT$W/namelist.pdf") bytes, $pages page(s)" \
    || fail "namelist.pdf has no pages"
run "request letter $Q3 --kind decision" td request letter "$Q3" --kind decision --out $W/答复告知书.pdf
C="--data-dir $W/county"
# shellcheck disable=SC2086
{
    td $C init --role county --division 530902000000 --name 示例县人民政府办公室 > /dev/null \
        && td keys export $W/township.card > /dev/null && td $C keys export $W/county.card > /dev/null \
        && td keys trust $W/county.card --yes > /dev/null && td $C keys trust $W/township.card --yes > /dev/null
} || fail "county folder and key exchange"
pass "county data folder, keys export and trust both ways"
run "bundle export --out $W/usb" td bundle export --out $W/usb
BUNDLE=$(cd "$ROOT$W/usb" && ls ./*.tdbundle | head -n1)
[ -n "$BUNDLE" ] && pass "bundle: ${BUNDLE#./} ($(stat -c %s "$ROOT$W/usb/$BUNDLE") bytes)" || fail "no .tdbundle"
# shellcheck disable=SC2086
run "county: bundle import with receipt" td $C bundle import "$W/usb/${BUNDLE#./}" --receipt-out $W/receipt.tdbundle
run "township: import the county's receipt" td bundle import $W/receipt.tdbundle
# shellcheck disable=SC2086
[[ "$(td $C overview)" == *530902100000* ]] && pass "county overview lists 示例镇" || fail "county overview"

step "cold start (ms)"
times=()
for _ in 1 2 3 4; do
    t0=$(ms_now); as_clerk townshipdesk --version > /dev/null; times+=($(( $(ms_now) - t0 )))
done
VERSION_FIRST=${times[0]}
VERSION_MEDIAN=$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 2p)
printf '  townshipdesk --version: first %s ms, median of 3 %s ms\n' "$VERSION_FIRST" "$VERSION_MEDIAN"

# --- 4. the window -------------------------------------------------------------------------------------------------
gui_alive() {  # gui_alive LABEL ENV…: the window starts and is alive after 3 s, no traceback
    local label=$1; shift
    "${AS_CLERK[@]}" "$@" townshipdesk > "$WORK/gui-$label.log" 2>&1 &
    local pid=$!
    BG_PIDS+=("$pid")
    sleep 3
    kill -0 "$pid" 2>/dev/null || { cat "$WORK/gui-$label.log" >&2; fail "window ($label) exited early"; }
    kill "$pid"; wait "$pid" 2>/dev/null || true
    forget_pid "$pid"
    ! grep -q Traceback "$WORK/gui-$label.log" || { cat "$WORK/gui-$label.log" >&2; fail "window ($label): traceback"; }
    pass "window ($label) still running after 3 s, no traceback"
}
step "window, before any X11 package is installed"
gui_alive offscreen QT_QPA_PLATFORM=offscreen

if [ "${NO_GUI:-0}" = 1 ]; then
    echo "  NO_GUI=1: no X11 window, no screenshots"
else
    step "X11 (Xvfb in the chroot) and screenshots"
    t0=$(ms_now)
    in_root apt-get install "${APT_OPTS[@]}" --no-install-recommends xvfb xdotool xauth > "$WORK/apt-x11.log" 2>&1 \
        || { tail -n 30 "$WORK/apt-x11.log" >&2; fail "apt-get install xvfb xdotool"; }
    timing "apt-get install xvfb xdotool" $(( $(ms_now) - t0 ))
    pass "xvfb, xdotool installed in the chroot"
    # A display number free on this machine (the abstract X socket namespace is shared with the host).
    DISP=77
    while grep -q "@/tmp/.X11-unix/X$DISP\$" /proc/net/unix || [ -e "/tmp/.X11-unix/X$DISP" ]; do DISP=$((DISP + 1)); done
    mkdir -p "$ROOT/tmp/fb"
    "${IN_ROOT[@]}" Xvfb ":$DISP" -screen 0 "${XVFB_SCREEN}x24" -fbdir /tmp/fb -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
    BG_PIDS+=("$!")
    for _ in $(seq 50); do [ -S "$ROOT/tmp/.X11-unix/X$DISP" ] && break; sleep 0.1; done
    [ -S "$ROOT/tmp/.X11-unix/X$DISP" ] || { cat "$WORK/xvfb.log" >&2; fail "Xvfb :$DISP did not start"; }
    pass "Xvfb :$DISP ${XVFB_SCREEN}x24 (framebuffer file /tmp/fb/Xvfb_screen0)"
    xdo() { as_clerk DISPLAY=":$DISP" xdotool "$@"; }
    # Xvfb paints the pointer into the framebuffer: keep it in the screen's bottom-right corner, outside the
    # window (the screen is a little larger than the window for that; the shots are cropped to the window).
    park_pointer() { xdo mousemove --sync $((${XVFB_SCREEN%x*} - 1)) $((${XVFB_SCREEN#*x} - 1)); }

    SHOT_DIR=$WORK/shots
    rm -rf "$SHOT_DIR"; mkdir -p "$SHOT_DIR"
    grab() {  # grab NAME: wait until the screen stops changing (max 8 s), then write OUT/NAME.png cropped to the window
        local name=$1 prev= cur= n
        sleep 0.8
        for n in $(seq 16); do
            cp "$ROOT/tmp/fb/Xvfb_screen0" "$SHOT_DIR/$name.xwd" || fail "no framebuffer file: has Xvfb died?"
            cur=$(md5sum < "$SHOT_DIR/$name.xwd")
            [ "$cur" = "$prev" ] && break
            prev=$cur
            sleep 0.5
        done
        python3 "$REPO/installers/xwd2png.py" "$SHOT_DIR/$name.xwd" "$OUT/$name.png" --crop "$GEOMETRY" \
            || fail "convert $name"
        pass "$name.png ($GEOMETRY$( [ "$n" = 16 ] && echo ', still changing after 8 s'))"
    }
    for lang in zh en; do
        t0=$(ms_now)
        "${AS_CLERK[@]}" DISPLAY=":$DISP" QT_QPA_PLATFORM=xcb townshipdesk --lang "$lang" > "$WORK/gui-$lang.log" 2>&1 &
        GUI=$!
        BG_PIDS+=("$GUI")
        WID=
        for _ in $(seq 100); do
            kill -0 "$GUI" 2>/dev/null || { cat "$WORK/gui-$lang.log" >&2; fail "window ($lang) exited"; }
            WID=$(xdo search --onlyvisible --class TownshipDesk 2>/dev/null | head -n1 || true)
            [ -n "$WID" ] && break
            sleep 0.1
        done
        [ -n "$WID" ] || { cat "$WORK/gui-$lang.log" >&2; fail "no TownshipDesk window on :$DISP ($lang)"; }
        pass "window ($lang) shown after $(( $(ms_now) - t0 )) ms: $(xdo getwindowname "$WID")"
        eval "$(xdo getwindowgeometry --shell "$WID" | grep -E '^(X|Y|WIDTH|HEIGHT)=[0-9]+$')"
        GEOMETRY=${WIDTH}x${HEIGHT}+${X}+${Y}
        park_pointer
        sleep 2  # the dashboard fills after the first paint
        grab "installed-$lang-${PAGES[0]}"
        # Pages: click the sidebar's empty part below its rows (focus), Home, then Down once per page.
        nav_home() { xdo mousemove --sync $((X + 50)) $((Y + HEIGHT - 80)) click 1 key Home; park_pointer; }
        nav_home
        for page in "${PAGES[@]:1}"; do
            xdo key Down
            grab "installed-$lang-$page"
        done
        # One row selected on 公开记录 (the record in review) and on 依申请公开 (the first request): the detail
        # panes. The rows' positions follow the pages' layout (tables at the top left).
        click_at() { xdo mousemove --sync $((X + $1)) $((Y + $2)) click 1; park_pointer; }
        nav_home; xdo key Down Down; sleep 0.5; click_at 300 156
        grab "installed-$lang-records-detail"
        nav_home; xdo key Down Down Down Down; sleep 0.5; click_at 700 99
        grab "installed-$lang-requests-detail"
        ! grep -q Traceback "$WORK/gui-$lang.log" || { cat "$WORK/gui-$lang.log" >&2; fail "window ($lang): traceback"; }
        kill "$GUI"; wait "$GUI" 2>/dev/null || true
        forget_pid "$GUI"
    done
fi

# --- summary -----------------------------------------------------------------------------------------------------
step "figures"
printf '  installed size (dpkg Installed-Size)  %s KiB (%s MiB)\n' "$INSTALLED_KB" $((INSTALLED_KB / 1024))
printf '  .deb                                  %s\n' "$(du -h "$DEB" | cut -f1)"
printf '  packages apt added for the Depends    %s\n' "$(echo "$NEW_PKGS" | grep -c .)"
printf '  townshipdesk --version cold start     first %s ms, median of 3 %s ms\n' "$VERSION_FIRST" "$VERSION_MEDIAN"
timing "total" $(( $(ms_now) - T_START ))
printf '%s\n' "${TIMINGS[@]}"
printf '\ninstall test passed (%d checks)\n' "$PASSED"
