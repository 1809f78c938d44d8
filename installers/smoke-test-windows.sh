#!/usr/bin/env bash
# Smoke-test the Windows installer under Wine, as an office IT person would use it:
#   installers/smoke-test-windows.sh dist/TownshipDesk-<version>-setup.exe [SHOT_DIR]
#
# Wine 8 (Debian 12's), a fresh prefix:
#   * on "Windows 7" the installer refuses (exit 2, nothing installed); then the prefix says Windows 10;
#   * per-user silent install (/S /CURRENTUSER): files, Start-menu and desktop shortcuts, Add/Remove Programs
#     entry and the .tdbundle association in HKCU;
#   * the installed townshipdesk-cli.exe: --version, init, catalog list --json, a name-list notice render whose
#     PDF text (pdftotext) holds the names of the input;
#   * the window (TownshipDesk.exe) on Qt's offscreen platform stays up (Wine 8 cannot show Qt's native
#     Windows platform);
#   * silent uninstall: program, shortcuts, registry entries gone; the user data folder kept;
#   * all-users silent install (/S /ALLUSERS → Program Files, HKLM) and its uninstall;
#   * the portable zip beside the setup.exe, if there: portable.txt → data\ beside the exe.
# Wine 10 (Debian trixie root made with debootstrap, cached in build/windows/wine10/), a fresh prefix:
#   * silent install, then the real window on Xvfb (1366×768) with screenshots of the installed app:
#     SHOT_DIR/windows-zh-dashboard.png, windows-zh-catalog.png, windows-en-dashboard.png (SHOT_DIR defaults to
#     docs/installed).
# The Wine prefixes run with LANG=zh_CN.UTF-8 (made with localedef when missing): code page 936 as on a Chinese
# Windows, so the CLI's output is read as GB18030.
#
# Needs root (apt-get for missing tools, debootstrap, chroot, mount). Environment: NO_WINE10=1 skips the
# Wine 10 part; KEEP=1 keeps the temporary prefixes; MIRROR (default http://deb.debian.org/debian).
# Exit status: 0 when every check passed; 1 at the first failure (FAIL line).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
SETUP=${1:?usage: installers/smoke-test-windows.sh TownshipDesk-<version>-setup.exe [SHOT_DIR]}
SETUP=$(cd "$(dirname "$SETUP")" && pwd)/$(basename "$SETUP")
[ -f "$SETUP" ] || { echo "no such file: $1" >&2; exit 2; }
SHOTS=${2:-$REPO/docs/installed}
mkdir -p "$SHOTS"; SHOTS=$(cd "$SHOTS" && pwd)
VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$REPO/pyproject.toml" | head -n1)
NOTICE_JSON=$REPO/docs/notice-namelist.json
PORTABLE_ZIP=$(dirname "$SETUP")/TownshipDesk-$VERSION-win64-portable.zip
MIRROR=${MIRROR:-http://deb.debian.org/debian}
W10=$REPO/build/windows/wine10
ROOT=$W10/root
[ "$(id -u)" = 0 ] || { echo "run as root (apt-get, debootstrap, chroot)" >&2; exit 2; }

ms_now() { date +%s%N | cut -c1-13; }
T_START=$(ms_now); T_STEP=$T_START; STEP_NAME=; TIMINGS=()
step() {
    local now; now=$(ms_now)
    [ -z "$STEP_NAME" ] || TIMINGS+=("$(printf '  %-46s %6.1f s' "$STEP_NAME" "$(awk -v ms=$((now - T_STEP)) 'BEGIN{print ms/1000}')")")
    STEP_NAME=$1; T_STEP=$now
    printf '\n== %s\n' "$1"
}
PASSED=0
ok() { PASSED=$((PASSED + 1)); printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*" >&2; exit 1; }

WORK=$(mktemp -d -t tdwin.XXXXXX)
XVFB_PID=
MOUNTS=()
cleanup() {
    local rc=$? i
    set +e
    [ -z "${WINEPREFIX:-}" ] || wineserver -k 2>/dev/null
    if [ ${#MOUNTS[@]} -gt 0 ]; then
        chroot "$ROOT" /usr/bin/env WINEPREFIX=/tmp/wp wineserver -k 2>/dev/null
        sleep 1
        for ((i = ${#MOUNTS[@]} - 1; i >= 0; i--)); do umount "${MOUNTS[i]}" 2>/dev/null || umount -l "${MOUNTS[i]}"; done
    fi
    [ -z "$XVFB_PID" ] || kill "$XVFB_PID" 2>/dev/null
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- tools ---------------------------------------------------------------------------------------------------
step "tools"
need=()
command -v wine >/dev/null || need+=(wine wine64)
command -v Xvfb >/dev/null || need+=(xvfb)
command -v pdftotext >/dev/null || need+=(poppler-utils)
command -v xwd >/dev/null || need+=(x11-apps)
command -v xwininfo >/dev/null || need+=(x11-utils)
command -v xdotool >/dev/null || need+=(xdotool)
command -v unzip >/dev/null || need+=(unzip)
command -v debootstrap >/dev/null || [ "${NO_WINE10:-0}" = 1 ] || need+=(debootstrap)
if [ ${#need[@]} -gt 0 ]; then
    echo "  apt-get install ${need[*]} (waiting for the dpkg lock if another apt runs)"
    apt-get update -qq -o DPkg::Lock::Timeout=900 || echo "  (apt-get update failed; trying the old lists)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=900 --no-install-recommends \
        "${need[@]}" > "$WORK/apt.log" 2>&1 || { tail -n 20 "$WORK/apt.log" >&2; fail "apt-get install ${need[*]}"; }
fi
# A Chinese Windows: code page 936. Wine takes it from LANG, and reads Unix file names in that locale's
# encoding, so the locale must exist (else the Chinese file names under catalogs\ are garbled).
locale -a 2>/dev/null | grep -qix 'zh_CN.utf8' || localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 \
    || fail "localedef zh_CN.UTF-8 (apt-get install locales)"
ok "$(wine --version 2>/dev/null), zh_CN.UTF-8 locale"

for n in $(seq 131 190); do [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || { DISPLAY_NO=$n; break; }; done
Xvfb ":$DISPLAY_NO" -screen 0 1366x768x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
export DISPLAY=":$DISPLAY_NO"

# --- Wine 8: a fresh prefix --------------------------------------------------------------------------------------
export WINEPREFIX=$WORK/prefix WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64 LANG=zh_CN.UTF-8
unset LC_ALL PYTHONPATH PYTHONHOME
# Wine 8: Python dies on Unix-file std handles, so stdin is /dev/null and output goes through a pipe; the
# console output is in code page 936.
wine_out() { wine "$@" < /dev/null 2>&1 | iconv -f GB18030 -t UTF-8 -c | tr -d '\r'; }
reg_value() {  # reg_value KEY NAME → the data of one registry value (NAME '' for the default value), or nothing
    if [ -z "$2" ]; then wine_out reg query "$1" /ve; else wine_out reg query "$1" /v "$2"; fi \
        | awk '/ REG_[A-Z_]+ / { sub(/^.* REG_[A-Z_]+ +/, ""); print; exit }'
}
reg_has() { wine reg query "$1" < /dev/null > /dev/null 2>&1; }
unix_path() { winepath -u "$1" 2>/dev/null | tr -d '\r'; }

step "Wine 8: fresh prefix (wineboot)"
wine_out wineboot --init > /dev/null; wineserver -w
ok "prefix $WINEPREFIX"

step "Wine 8: Windows 7 is refused"
wine_out winecfg /v win7 > /dev/null
rc=0; wine "$SETUP" /S < /dev/null > /dev/null 2>&1 || rc=$?
wineserver -w
LOCALAPPDATA_U=$WINEPREFIX/drive_c/users/$(id -un)/AppData/Local
[ "$rc" = 2 ] && [ ! -e "$LOCALAPPDATA_U/Programs/TownshipDesk" ] && [ ! -e "$WINEPREFIX/drive_c/Program Files/TownshipDesk" ] \
    && ok "setup.exe /S on Windows 7: exit 2, nothing installed" || fail "Windows 7: exit $rc, or something was installed"
wine_out winecfg /v win10 > /dev/null
ok "prefix set to Windows 10 ($(reg_value 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' CurrentBuild))"

step "Wine 8: per-user install (/S /CURRENTUSER)"
t0=$(ms_now)
rc=0; wine "$SETUP" /S /CURRENTUSER < /dev/null > /dev/null 2>&1 || rc=$?
wineserver -w
[ "$rc" = 0 ] || fail "setup.exe /S /CURRENTUSER exited with $rc"
APP_U=$LOCALAPPDATA_U/Programs/TownshipDesk
APP_W='C:\users\'$(id -un)'\AppData\Local\Programs\TownshipDesk'
for f in TownshipDesk.exe townshipdesk-cli.exe uninstall.exe _internal/python311.dll _internal/catalogs/01-国土空间规划.json; do
    [ -e "$APP_U/$f" ] || fail "not installed: $APP_U/$f"
done
ok "installed in $(( $(ms_now) - t0 )) ms to %LOCALAPPDATA%\\Programs\\TownshipDesk ($(du -sh "$APP_U" | cut -f1))"
UNINST='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TownshipDesk'
[ "$(reg_value "$UNINST" DisplayVersion)" = "$VERSION" ] && [ "$(reg_value "$UNINST" QuietUninstallString)" = "\"$APP_W\\uninstall.exe\" /S" ] \
    && ok "Add/Remove Programs (HKCU): $(reg_value "$UNINST" DisplayName) $VERSION" || fail "uninstall entry in HKCU"
reg_has 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\TownshipDesk' && fail "per-user install wrote to HKLM"
cmd=$(reg_value 'HKCU\Software\Classes\TownshipDesk.Bundle\shell\open\command' "")
[ "$cmd" = "\"$APP_W\\TownshipDesk.exe\" \"%1\"" ] && [ "$(reg_value 'HKCU\Software\Classes\.tdbundle' "")" = TownshipDesk.Bundle ] \
    && ok ".tdbundle opens with: $cmd" || fail ".tdbundle association: '$cmd'"
START_MENU=$WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs
[ -f "$START_MENU/TownshipDesk 政务公开助手.lnk" ] && ok "Start-menu shortcut" || fail "no Start-menu shortcut in $START_MENU"
[ -f "$WINEPREFIX/drive_c/users/$(id -un)/Desktop/TownshipDesk 政务公开助手.lnk" ] && ok "desktop shortcut" || fail "no desktop shortcut"

step "Wine 8: the installed command line"
CLI=$APP_W'\townshipdesk-cli.exe'
td() { wine_out "$CLI" "$@"; }
out=$(td --version)
[ "$out" = "TownshipDesk $VERSION" ] && ok "townshipdesk-cli.exe --version: $out" || fail "--version said: $out"
out=$(td init --role township --division 530902100000 --name 测试镇)
DATA_U=$LOCALAPPDATA_U/TownshipDesk
[[ "$out" == *已设置：测试镇* ]] && [ -f "$DATA_U/townshipdesk.sqlite3" ] \
    && ok "init: $(echo "$out" | head -n1); database in %LOCALAPPDATA%\\TownshipDesk" || fail "init said: $out"
td catalog list --json > "$WORK/catalog.json"
items=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert all("domain" in i for i in d); print(len(d))' "$WORK/catalog.json") \
    || { head -c 500 "$WORK/catalog.json"; fail "catalog list --json is not a JSON list of items"; }
[ "$items" -gt 100 ] && ok "catalog list --json: $items items" || fail "catalog list --json: $items items"
cp "$NOTICE_JSON" "$WORK/名单.json"
t0=$(ms_now)
out=$(td notice render --input "$(winepath -w "$WORK/名单.json" | tr -d '\r')" --out 'C:\名单公示.pdf')
PDF=$WINEPREFIX/drive_c/名单公示.pdf
[ "$(head -c 5 "$PDF" 2>/dev/null)" = "%PDF-" ] || fail "notice render wrote no PDF: $out"
pdftotext -layout "$PDF" "$WORK/notice.txt"
for name in 杨秀英 大河二组 临时救助 2026年11月2日; do
    grep -q "$name" "$WORK/notice.txt" || fail "the notice PDF lacks '$name'"
done
ok "notice render: $(stat -c %s "$PDF") bytes in $(( $(ms_now) - t0 )) ms; its text has 杨秀英, 大河二组, 临时救助, 2026年11月2日"

step "Wine 8: the window on Qt's offscreen platform"
# Wine drops QT_* variables from the Unix environment: set it inside cmd. start /wait keeps the launcher alive.
wine cmd /c "set QT_QPA_PLATFORM=offscreen&& start /wait $APP_W\\TownshipDesk.exe" < /dev/null > "$WORK/gui8.log" 2>&1 &
GUI=$!
sleep 12
kill -0 "$GUI" 2>/dev/null || { cat "$WORK/gui8.log"; fail "TownshipDesk.exe (offscreen) exited early"; }
ok "TownshipDesk.exe (offscreen) still running after 12 s"
rc=0; wine "$SETUP" /S /CURRENTUSER < /dev/null > /dev/null 2>&1 || rc=$?
[ "$rc" = 3 ] && ok "an upgrade while the program runs stops with exit 3 (close it first)" \
    || fail "setup.exe /S over the running program exited with $rc (3 expected)"
wineserver -k; wait "$GUI" 2>/dev/null || true
! grep -qs Traceback "$DATA_U/townshipdesk.log" || { cat "$DATA_U/townshipdesk.log"; fail "the window logged a traceback"; }
ok "no traceback in townshipdesk.log"

step "Wine 8: reinstall over the installed program (an upgrade)"
touch "$APP_U/_internal/stale_module_of_an_old_version.pyd"
rc=0; wine "$SETUP" /S /CURRENTUSER < /dev/null > /dev/null 2>&1 || rc=$?
wineserver -w
[ "$rc" = 0 ] && [ -f "$APP_U/TownshipDesk.exe" ] && [ ! -e "$APP_U/_internal/stale_module_of_an_old_version.pyd" ] \
    && [ -f "$DATA_U/townshipdesk.sqlite3" ] && ok "setup.exe /S again: exit 0, _internal\\ replaced whole, data untouched" \
    || fail "reinstall: exit $rc, or _internal\\ kept an old file"

step "Wine 8: silent uninstall (uninstall.exe /S)"
rc=0; wine "$APP_W\\uninstall.exe" /S < /dev/null > /dev/null 2>&1 || rc=$?
wineserver -w  # NSIS' uninstaller copies itself to %TEMP% and runs from there: wait for it
[ "$rc" = 0 ] || fail "uninstall.exe /S exited with $rc"
[ ! -e "$APP_U" ] && ok "program folder removed" || fail "left behind: $(find "$APP_U" | head -n5)"
! reg_has "$UNINST" && ! reg_has 'HKCU\Software\Classes\TownshipDesk.Bundle' && ! reg_has 'HKCU\Software\Classes\.tdbundle' \
    && ok "uninstall entry and .tdbundle association removed" || fail "registry entries left behind"
[ ! -e "$START_MENU/TownshipDesk 政务公开助手.lnk" ] && ok "shortcuts removed" || fail "Start-menu shortcut left"
[ -f "$DATA_U/townshipdesk.sqlite3" ] && ok "user data kept: %LOCALAPPDATA%\\TownshipDesk\\townshipdesk.sqlite3 ($(stat -c %s "$DATA_U/townshipdesk.sqlite3") bytes)" \
    || fail "the user data folder was removed"

step "Wine 8: all-users install (/S /ALLUSERS), uninstall"
rc=0; wine "$SETUP" /S /ALLUSERS < /dev/null > /dev/null 2>&1 || rc=$?
wineserver -w
PF_U=$WINEPREFIX/drive_c/Program\ Files/TownshipDesk
[ "$rc" = 0 ] && [ -f "$PF_U/TownshipDesk.exe" ] || fail "setup.exe /S /ALLUSERS: exit $rc"
HKLM_UNINST='HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\TownshipDesk'
[ "$(reg_value "$HKLM_UNINST" InstallLocation)" = 'C:\Program Files\TownshipDesk' ] \
    && [ -f "$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/TownshipDesk 政务公开助手.lnk" ] \
    && ok "installed to C:\\Program Files\\TownshipDesk, HKLM entry, all users' Start menu" || fail "all-users install"
out=$(wine_out 'C:\Program Files\TownshipDesk\townshipdesk-cli.exe' --version)
[ "$out" = "TownshipDesk $VERSION" ] && ok "all-users CLI: $out" || fail "all-users --version: $out"
wine 'C:\Program Files\TownshipDesk\uninstall.exe' /S < /dev/null > /dev/null 2>&1 || fail "all-users uninstall"
wineserver -w
[ ! -e "$PF_U" ] && ! reg_has "$HKLM_UNINST" && ok "all-users uninstall removed the folder and the HKLM entry" \
    || fail "all-users uninstall left files or the HKLM entry"

if [ -f "$PORTABLE_ZIP" ]; then
    step "Wine 8: portable zip"
    unzip -q "$PORTABLE_ZIP" -d "$WINEPREFIX/drive_c/usb"
    P=$WINEPREFIX/drive_c/usb/TownshipDesk-$VERSION
    [ -f "$P/README.txt" ] && grep -q portable.txt "$P/README.txt" || fail "README.txt in the zip"
    touch "$P/portable.txt"
    wine_out "C:\\usb\\TownshipDesk-$VERSION\\townshipdesk-cli.exe" init --role township --division 530902100000 --name 便携镇 > /dev/null
    [ -f "$P/data/townshipdesk.sqlite3" ] && ok "$(basename "$PORTABLE_ZIP"): portable.txt → database in data\\ beside the exe" \
        || fail "portable mode"
fi
wineserver -k 2>/dev/null || true
unset WINEPREFIX

# --- Wine 10 (Debian trixie root): the real window and its screenshots ------------------------------------------
if [ "${NO_WINE10:-0}" = 1 ]; then
    echo "  NO_WINE10=1: no Wine 10 window, no screenshots"
else
    step "Wine 10: Debian trixie root with wine (cached in build/windows/wine10)"
    mkdir -p "$W10"
    if [ ! -f "$ROOT/.townshipdesk-wine10-ready" ]; then
        [ -z "$(awk -v r="$ROOT" 'index($2, r) == 1' /proc/mounts)" ] || fail "something is mounted under $ROOT"
        rm -rf --one-file-system "$ROOT"
        debootstrap --variant=minbase --arch=amd64 trixie "$ROOT" "$MIRROR" > "$W10/debootstrap.log" 2>&1 \
            || { tail -n 20 "$W10/debootstrap.log" >&2; fail "debootstrap trixie"; }
        cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
        printf '#!/bin/sh\nexit 101\n' > "$ROOT/usr/sbin/policy-rc.d"; chmod 755 "$ROOT/usr/sbin/policy-rc.d"
        mount -t proc proc "$ROOT/proc"; MOUNTS+=("$ROOT/proc")
        chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive sh -c \
            'apt-get update -qq && apt-get install -y -qq --no-install-recommends wine wine64 fonts-wqy-microhei locales \
             && localedef -i zh_CN -f UTF-8 zh_CN.UTF-8 && apt-get clean' > "$W10/apt.log" 2>&1 \
            || { tail -n 20 "$W10/apt.log" >&2; fail "wine in the trixie root"; }
        umount "$ROOT/proc"; MOUNTS=()
        touch "$ROOT/.townshipdesk-wine10-ready"
        ok "trixie root made"
    else
        echo "  reusing $ROOT"
    fi
    for m in proc dev dev/pts tmp/.X11-unix; do
        mkdir -p "$ROOT/$m"
        case $m in proc) mount -t proc proc "$ROOT/proc" ;; *) mount --bind "/$m" "$ROOT/$m" ;; esac
        MOUNTS+=("$ROOT/$m")
    done
    IN10=(chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=zh_CN.UTF-8 DISPLAY="$DISPLAY"
          WINEPREFIX=/tmp/wp WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=")
    ok "$("${IN10[@]}" wine --version 2>/dev/null) in $(cat "$ROOT/etc/debian_version")"

    step "Wine 10: fresh prefix, silent install"
    rm -rf "$ROOT/tmp/wp"
    cp "$SETUP" "$ROOT/tmp/setup.exe"
    "${IN10[@]}" wineboot --init < /dev/null > /dev/null 2>&1; "${IN10[@]}" wineserver -w
    rc=0; "${IN10[@]}" wine /tmp/setup.exe /S /CURRENTUSER < /dev/null > /dev/null 2>&1 || rc=$?
    "${IN10[@]}" wineserver -w
    APP10='C:\users\root\AppData\Local\Programs\TownshipDesk'
    [ "$rc" = 0 ] && [ -f "$ROOT/tmp/wp/drive_c/users/root/AppData/Local/Programs/TownshipDesk/TownshipDesk.exe" ] \
        && ok "setup.exe /S /CURRENTUSER" || fail "Wine 10 install: exit $rc"
    out=$("${IN10[@]}" wine "$APP10\\townshipdesk-cli.exe" init --role township --division 530902100000 --name 测试镇 \
          < /dev/null 2>&1 | iconv -f GB18030 -t UTF-8 -c | tr -d '\r')
    [[ "$out" == *已设置：测试镇* ]] && ok "init: $(echo "$out" | head -n1)" || fail "Wine 10 init: $out"

    window_id() {  # the app's main window (inside Wine's virtual desktop), once it is mapped
        xwininfo -root -tree 2>/dev/null | awk '/ "TownshipDesk[^"]*": \("townshipdesk.exe"/ {print $1; exit}'
    }
    grab() {  # grab NAME: the whole 1366×768 screen, as the clerk sees it
        sleep 2
        xwd -root -silent -out "$WORK/$1.xwd" || fail "xwd"
        python3 "$REPO/installers/xwd2png.py" "$WORK/$1.xwd" "$SHOTS/$1.png" > /dev/null || fail "xwd2png $1"
        [ "$(stat -c %s "$SHOTS/$1.png")" -gt 30000 ] || fail "$1.png looks empty"
        ok "screenshot ${SHOTS#"$REPO"/}/$1.png ($(stat -c %s "$SHOTS/$1.png") bytes)"
    }
    show_window() {  # show_window LANG: start the installed app in a 1366×768 Wine desktop, wait for the window
        local t0 waited=0 wid=
        t0=$(ms_now)
        "${IN10[@]}" wine explorer /desktop=TownshipDesk,1366x768 "$APP10\\TownshipDesk.exe" --lang "$1" \
            < /dev/null > "$WORK/gui10-$1.log" 2>&1 &
        GUI=$!
        while [ $waited -lt 120 ] && [ -z "$wid" ]; do sleep 0.5; waited=$((waited + 1)); wid=$(window_id); done
        [ -n "$wid" ] || { cat "$WORK/gui10-$1.log"; xwininfo -root -tree | head -n 30; fail "no TownshipDesk window ($1)"; }
        ok "window ($1) shown after $(( $(ms_now) - t0 )) ms: $(xwininfo -id "$wid" | sed -n 's/.*"\(.*\)"$/\1/p' | head -n1)"
        sleep 3
    }
    close_window() { "${IN10[@]}" wineserver -k 2>/dev/null || true; wait "$GUI" 2>/dev/null || true; sleep 1; }

    step "Wine 10: the window and screenshots"
    show_window zh
    xdotool mousemove 700 400 click 1  # an empty spot of the 工作台: the window becomes the active one
    grab windows-zh-dashboard
    xdotool mousemove 40 85 click 1  # the sidebar's second row: 标准目录 (the window sits at 0,0 of the desktop)
    grab windows-zh-catalog
    close_window
    show_window en
    xdotool mousemove 700 400 click 1
    grab windows-en-dashboard
    close_window
    ! grep -qs Traceback "$ROOT/tmp/wp/drive_c/users/root/AppData/Local/TownshipDesk/townshipdesk.log" \
        || fail "the window logged a traceback"
    rm -f "$ROOT/tmp/setup.exe"; [ "${KEEP:-0}" = 1 ] || rm -rf "$ROOT/tmp/wp"
fi

step "done"
printf '\ntimings:\n'; printf '%s\n' "${TIMINGS[@]}"
printf '  %-46s %6.1f s\n' "total" "$(awk -v ms=$(( $(ms_now) - T_START )) 'BEGIN{print ms/1000}')"
printf '\nsizes:\n  %-8s %s\n' "$(du -sh "$SETUP" | cut -f1)" "$(basename "$SETUP")"
[ ! -f "$PORTABLE_ZIP" ] || printf '  %-8s %s\n' "$(du -sh "$PORTABLE_ZIP" | cut -f1)" "$(basename "$PORTABLE_ZIP")"
printf '\nWindows smoke test passed (%d checks)\n' "$PASSED"
