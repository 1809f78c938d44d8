#!/usr/bin/env bash
# Smoke-test a FROZEN TownshipDesk build (never the source checkout):
#   installers/smoke-test.sh ARTIFACT [CATALOG_XLSX]
# ARTIFACT: the one-folder build (dist/townshipdesk), the .deb (extracted with dpkg -x into a temporary root,
# not installed) or the portable .tar.gz. CATALOG_XLSX defaults to ../shared/fixtures/catalog-sample.xlsx
# beside the checkout (/work/shared/… here; ../shared in CI).
#
# Checks: --version; township init; catalog import; notice render (a PDF with pages); key exchange with a
# county data folder, bundle export → county import → receipt back; the GUI on Qt's offscreen platform (and
# on X11 under xvfb-run when installed) stays up for 3 s; portable mode (portable.txt → <dist>/data/); the
# default data folder (~/.local/share/TownshipDesk). Prints package sizes and cold-start times (median of 3).
# Everything runs with HOME and the data folders in a temporary directory (KEEP=1 keeps it).
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
ARTIFACT=${1:?usage: installers/smoke-test.sh DIST_DIR|PACKAGE.deb|PACKAGE.tar.gz [CATALOG_XLSX]}
ARTIFACT=$(cd "$(dirname "$ARTIFACT")" && pwd)/$(basename "$ARTIFACT")
SAMPLE=${2:-$REPO/../shared/fixtures/catalog-sample.xlsx}
NOTICE_JSON=$REPO/docs/notice-namelist.json
VERSION=$(sed -n 's/^version *= *"\([^"]*\)".*/\1/p' "$REPO/pyproject.toml" | head -n1)

WORK=$(mktemp -d -t tdsmoke.XXXXXX)
GUI_PID=
XVFB_PID=
cleanup() {
    local pid
    for pid in "$GUI_PID" "$XVFB_PID"; do
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
    done
    if [ "${KEEP:-0}" = 1 ]; then echo "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

PASSED=0
ok() { PASSED=$((PASSED + 1)); printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

# A clean environment for the frozen app: its own HOME, no data folder or XDG variables from the caller.
APPENV=(env -u TOWNSHIPDESK_DATA -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u XDG_CACHE_HOME -u PYTHONPATH -u PYTHONHOME
        HOME="$WORK/home" LANG=C.UTF-8)
appenv() { "${APPENV[@]}" "$@"; }
td() {  # td DATA_DIR ARGS…: the frozen CLI with TOWNSHIPDESK_DATA=DATA_DIR
    local data=$1; shift
    appenv TOWNSHIPDESK_DATA="$data" "$BIN" "$@"
}
ms_now() { date +%s%N | cut -c1-13; }

# --- unpack ----------------------------------------------------------------------------------------------
step "artifact: $ARTIFACT"
mkdir -p "$WORK/home"
case "$ARTIFACT" in
    *.deb)
        dpkg-deb -x "$ARTIFACT" "$WORK/root"
        APP=$WORK/root/opt/townshipdesk
        [ "$(readlink "$WORK/root/usr/bin/townshipdesk")" = /opt/townshipdesk/townshipdesk ] \
            && ok "/usr/bin/townshipdesk → /opt/townshipdesk/townshipdesk" || fail "/usr/bin/townshipdesk link"
        DESKTOP=$WORK/root/usr/share/applications/townshipdesk.desktop
        [ -f "$DESKTOP" ] || fail "no .desktop file"
        grep -q '^Name\[zh_CN\]=政务公开助手$' "$DESKTOP" && grep -q '^Categories=Office;' "$DESKTOP" \
            && grep -q '^MimeType=application/x-tdbundle;' "$DESKTOP" && ok ".desktop: name, Office, .tdbundle" \
            || fail ".desktop content"
        if command -v desktop-file-validate >/dev/null; then
            desktop-file-validate "$DESKTOP" && ok "desktop-file-validate" || fail "desktop-file-validate"
        fi
        grep -q 'pattern="\*.tdbundle"' "$WORK/root/usr/share/mime/packages/townshipdesk.xml" \
            && ok "MIME type application/x-tdbundle" || fail "MIME xml"
        [ -s "$WORK/root/usr/share/icons/hicolor/256x256/apps/townshipdesk.png" ] && ok "icon" || fail "icon"
        DEPENDS=$(dpkg-deb -f "$ARTIFACT" Depends)
        for lib in libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3; do
            [[ "$DEPENDS" == *"$lib"* ]] || fail "Depends lacks $lib"
        done
        ok "Depends: $(echo "$DEPENDS" | cut -c1-70)…"
        [ "$(dpkg-deb -f "$ARTIFACT" Version)" = "$VERSION" ] && ok "version $VERSION" || fail "package version"
        ;;
    *.tar.gz)
        mkdir -p "$WORK/tar"
        tar -xzf "$ARTIFACT" -C "$WORK/tar"
        APP=$(find "$WORK/tar" -mindepth 1 -maxdepth 1 -type d | head -n1)
        grep -q portable.txt "$APP/README.txt" && ok "README.txt explains portable.txt" || fail "README.txt"
        ;;
    *)
        [ -d "$ARTIFACT" ] || fail "not a folder, .deb or .tar.gz: $ARTIFACT"
        APP=$ARTIFACT
        ;;
esac
BIN=$APP/townshipdesk
[ -x "$BIN" ] || fail "no executable $BIN"
[ -d "$APP/_internal/resources/fonts" ] && [ -d "$APP/_internal/catalogs" ] \
    && ls "$APP"/_internal/townshipdesk/core/migrations/0001_*.sql >/dev/null \
    && ok "bundled resources/, catalogs/, migrations" || fail "data folders missing in _internal/"

# --- CLI -------------------------------------------------------------------------------------------------
step "command line"
T=$WORK/township
C=$WORK/county
out=$(td "$T" --version)
[ "$out" = "TownshipDesk $VERSION" ] && ok "--version: $out" || fail "--version said: $out"
td "$T" init --role township --division 530902100000 --name 测试镇 >/dev/null && [ -f "$T/townshipdesk.sqlite3" ] \
    && ok "init township (530902100000 测试镇)" || fail "init township"
[ -f "$SAMPLE" ] || fail "catalog sample not found: $SAMPLE (pass its path as the second argument)"
td "$T" catalog import "$SAMPLE" > "$WORK/import.txt" && ok "catalog import $(basename "$SAMPLE"): $(tail -n1 "$WORK/import.txt")" \
    || { cat "$WORK/import.txt"; fail "catalog import"; }
items=$(td "$T" catalog list | tail -n1)
[[ "$items" == 共*项 ]] && ok "catalog list: $items" || fail "catalog list: $items"

td "$T" notice render --input "$NOTICE_JSON" --out "$WORK/x.pdf" >/dev/null || fail "notice render"
[ "$(head -c 5 "$WORK/x.pdf")" = "%PDF-" ] || fail "x.pdf is not a PDF"
if command -v pdfinfo >/dev/null; then
    pages=$(pdfinfo "$WORK/x.pdf" | awk '/^Pages:/{print $2}')
else
    pages=$(grep -a -c '/Type /Page[^s]' "$WORK/x.pdf" || true)
fi
[ "${pages:-0}" -ge 1 ] && ok "notice render: x.pdf, $pages page(s), $(stat -c %s "$WORK/x.pdf") bytes" \
    || fail "x.pdf has no pages"

step "sync with a county"
td "$C" init --role county --division 530902000000 --name 测试县政府办 >/dev/null && ok "init county (530902000000)" \
    || fail "init county"
td "$T" keys export "$WORK/township.card" >/dev/null && td "$C" keys export "$WORK/county.card" >/dev/null \
    && ok "keys export (both)" || fail "keys export"
td "$T" keys trust "$WORK/county.card" --yes >/dev/null && td "$C" keys trust "$WORK/township.card" --yes >/dev/null \
    && ok "keys trust --yes (both ways)" || fail "keys trust"
mkdir -p "$WORK/usb"
td "$T" bundle export --out "$WORK/usb" >/dev/null || fail "bundle export"
BUNDLE=$(find "$WORK/usb" -name '*.tdbundle' | head -n1)
[ -n "$BUNDLE" ] && ok "bundle export: $(basename "$BUNDLE") ($(stat -c %s "$BUNDLE") bytes)" || fail "no .tdbundle written"
td "$C" bundle import "$BUNDLE" --receipt-out "$WORK/receipt.tdbundle" > "$WORK/cimport.txt" \
    && ok "county bundle import: $(head -n1 "$WORK/cimport.txt")" || { cat "$WORK/cimport.txt"; fail "county bundle import"; }
td "$T" bundle import "$WORK/receipt.tdbundle" >/dev/null && ok "township imports the county's receipt" \
    || fail "receipt import"
out=$(td "$C" overview)
[[ "$out" == *530902100000* ]] && ok "county overview lists the township" || fail "county overview: $out"

# --- GUI -------------------------------------------------------------------------------------------------
WINDOW_MS=
gui_check() {  # gui_check LABEL ENV…: start the window on an initialised data folder; alive after 3 s?
    local label=$1; shift
    local log=$WORK/gui-$label.log t0 tree wid waited=0
    t0=$(ms_now)
    # Not through the appenv function: a backgrounded function runs in a subshell, and $! would be that
    # subshell, not the app (killing it would leave the window running).
    "${APPENV[@]}" TOWNSHIPDESK_DATA="$T" "$@" "$BIN" > "$log" 2>&1 &
    GUI_PID=$!
    if [ -n "${CHECK_DISPLAY:-}" ] && command -v xwininfo >/dev/null; then
        # Poll until the main window (WM_CLASS townshipdesk/TownshipDesk) is viewable: the start-up time.
        while [ "$waited" -lt 200 ] && kill -0 "$GUI_PID" 2>/dev/null; do
            tree=$(DISPLAY=$CHECK_DISPLAY xwininfo -root -tree 2>/dev/null || true)
            wid=$(printf '%s\n' "$tree" | awk '/\("townshipdesk" "TownshipDesk"\)/ {print $1; exit}')
            if [ -n "$wid" ] && DISPLAY=$CHECK_DISPLAY xwininfo -id "$wid" 2>/dev/null | grep -q 'IsViewable'; then
                WINDOW_MS=$(( $(ms_now) - t0 ))
                break
            fi
            sleep 0.05
            waited=$((waited + 1))
        done
        [ -n "$WINDOW_MS" ] && ok "X11: the TownshipDesk main window is shown after $WINDOW_MS ms" \
            || { printf '%s\n' "$tree" >&2; fail "no TownshipDesk window shown on the X display"; }
    fi
    while [ $(( $(ms_now) - t0 )) -lt 3000 ]; do sleep 0.1; done
    if ! kill -0 "$GUI_PID" 2>/dev/null; then
        wait "$GUI_PID" 2>/dev/null || true; GUI_PID=
        cat "$log" >&2; fail "GUI ($label) exited early"
    fi
    kill "$GUI_PID"; wait "$GUI_PID" 2>/dev/null || true; GUI_PID=
    if grep -q Traceback "$log" "$T/townshipdesk.log" 2>/dev/null; then
        cat "$log" "$T/townshipdesk.log" >&2; fail "GUI ($label) logged a traceback"
    fi
    ok "GUI ($label) still running after 3 s"
}
step "window"
gui_check offscreen QT_QPA_PLATFORM=offscreen
if command -v Xvfb >/dev/null; then
    # The real X11 back end: loads the xcb plugin with the bundled xcb-util and the system's libxcb and GL.
    DISPLAY_NO=$((90 + RANDOM % 400))
    Xvfb ":$DISPLAY_NO" -screen 0 1280x800x24 -nolisten tcp > "$WORK/xvfb.log" 2>&1 &
    XVFB_PID=$!
    sleep 1
    CHECK_DISPLAY=":$DISPLAY_NO" gui_check xcb DISPLAY=":$DISPLAY_NO" QT_QPA_PLATFORM=xcb
    kill "$XVFB_PID" 2>/dev/null || true
    wait "$XVFB_PID" 2>/dev/null || true
    XVFB_PID=
else
    echo "  skip the X11 check (no Xvfb; apt-get install xvfb)"
fi

# --- where data goes -------------------------------------------------------------------------------------
step "data folders"
mkdir -p "$WORK/portable"
cp -a "$APP" "$WORK/portable/townshipdesk"
touch "$WORK/portable/townshipdesk/portable.txt"
appenv HOME="$WORK/home-portable" "$WORK/portable/townshipdesk/townshipdesk" \
    init --role township --division 530902100000 --name 便携镇 >/dev/null || fail "portable init"
[ -f "$WORK/portable/townshipdesk/data/townshipdesk.sqlite3" ] && [ ! -e "$WORK/home-portable/.local/share/TownshipDesk" ] \
    && ok "portable.txt: database in <dist>/data/, nothing in HOME" || fail "portable mode"
appenv HOME="$WORK/home-default" "$BIN" init --role township --division 530902100000 --name 默认镇 >/dev/null \
    || fail "default init"
[ -f "$WORK/home-default/.local/share/TownshipDesk/townshipdesk.sqlite3" ] \
    && ok "no portable.txt: database in ~/.local/share/TownshipDesk" || fail "default data folder"

# --- figures ---------------------------------------------------------------------------------------------
step "cold start (frozen, ms; first run, then median of 3)"
timed() {  # timed LABEL ARGS…
    local label=$1; shift
    local times=() t0 t1
    for _ in 1 2 3 4; do
        t0=$(ms_now); td "$T" "$@" >/dev/null; t1=$(ms_now)
        times+=($((t1 - t0)))
    done
    local median
    median=$(printf '%s\n' "${times[@]:1}" | sort -n | sed -n 2p)
    printf '  %-14s first %5s ms   median of 3: %5s ms\n' "$label" "${times[0]}" "$median"
}
timed "--version" --version
timed "catalog list" catalog list
[ -z "$WINDOW_MS" ] || printf '  %-14s %5s ms (process start to main window viewable, X11/Xvfb)\n' "window" "$WINDOW_MS"

step "sizes"
size_line() { [ -e "$1" ] && printf '  %-8s %-58s %s\n' "$(du -sh "$1" | cut -f1)" "$(basename "$1")" "$2" || true; }
DIR=$(dirname "$ARTIFACT")
size_line "$DIR/townshipdesk_${VERSION}_amd64.deb" ".deb"
size_line "$DIR/townshipdesk-$VERSION-linux-x86_64.tar.gz" "portable .tar.gz"
if [ -d "$DIR/townshipdesk" ]; then size_line "$DIR/townshipdesk" "one folder"; else size_line "$APP" "one folder"; fi

printf '\nsmoke test passed (%d checks)\n' "$PASSED"
