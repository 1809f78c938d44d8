#!/bin/bash
# Runs INSIDE the Debian 11 root (chroot; arm64 under qemu) after build-linux-compat.sh installed the .deb there:
#   smoke-in-root.sh OUT_DIR NOTICE_JSON GUI_WAIT_SECONDS
# Checks the installed app as a clerk would start it: --version, init, catalog list, a name-list notice render
# (the PDF is left in OUT_DIR/notice.pdf for the host to read its text), then the window on X11 (Xvfb) with a
# screen dump OUT_DIR/screen.xwd. Everything runs with its own HOME and data folder under OUT_DIR.
set -euo pipefail
OUT=${1:?usage: smoke-in-root.sh OUT_DIR NOTICE_JSON GUI_WAIT_SECONDS}
NOTICE_JSON=${2:?}
GUI_WAIT=${3:-60}
BIN=/usr/bin/townshipdesk
export HOME=$OUT/home LANG=C.UTF-8
export TOWNSHIPDESK_DATA=$OUT/data
mkdir -p "$HOME" "$OUT/fb"
ok() { printf '  ok   %s\n' "$*"; }
fail() { printf '  FAIL %s\n' "$*" >&2; exit 1; }
XVFB_PID=
APP_PID=
cleanup() {
    local pid
    for pid in "$APP_PID" "$XVFB_PID"; do
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    done
}
trap cleanup EXIT

echo "  system: $(cat /etc/debian_version) $(uname -m), $(ldd --version | head -n1 | sed 's/.* //') glibc"
out=$("$BIN" --version) && ok "--version: $out" || fail "--version"
"$BIN" init --role township --division 530902100000 --name 测试镇 > "$OUT/init.txt" \
    && [ -f "$TOWNSHIPDESK_DATA/townshipdesk.sqlite3" ] && ok "init: $(tail -n1 "$OUT/init.txt")" \
    || { cat "$OUT/init.txt"; fail "init"; }
items=$("$BIN" catalog list | tail -n1) && ok "catalog list: $items" || fail "catalog list"
"$BIN" notice render --input "$NOTICE_JSON" --out "$OUT/notice.pdf" > "$OUT/render.txt" \
    && [ "$(head -c 5 "$OUT/notice.pdf")" = "%PDF-" ] \
    && ok "notice render: notice.pdf, $(stat -c %s "$OUT/notice.pdf") bytes" || { cat "$OUT/render.txt"; fail "notice render"; }

# The window on X11: Xvfb writes its screen to OUT/fb/Xvfb_screen0 (XWD), read on the host.
Xvfb :77 -screen 0 1296x816x24 -fbdir "$OUT/fb" -nolisten tcp > "$OUT/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 60); do [ -e /tmp/.X11-unix/X77 ] && break; sleep 0.5; done
[ -e /tmp/.X11-unix/X77 ] || { cat "$OUT/xvfb.log"; fail "Xvfb did not start"; }
t0=$(date +%s)
DISPLAY=:77 QT_QPA_PLATFORM=xcb "$BIN" > "$OUT/gui.log" 2>&1 &
APP_PID=$!
# Wait until the main window is mapped (xwininfo), then give it a moment to paint.
shown=
while [ $(( $(date +%s) - t0 )) -lt "$GUI_WAIT" ] && kill -0 "$APP_PID" 2>/dev/null; do
    if DISPLAY=:77 xwininfo -root -tree 2>/dev/null | grep -q '("townshipdesk" "TownshipDesk")'; then
        shown=$(( $(date +%s) - t0 )); break
    fi
    sleep 1
done
kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/gui.log"; fail "the window process exited"; }
[ -n "$shown" ] || { cat "$OUT/gui.log"; fail "no TownshipDesk window after $GUI_WAIT s"; }
sleep $(( GUI_WAIT > 60 ? 15 : 4 ))
kill -0 "$APP_PID" 2>/dev/null || { cat "$OUT/gui.log"; fail "the window closed by itself"; }
cp "$OUT/fb/Xvfb_screen0" "$OUT/screen.xwd"
if grep -q Traceback "$OUT/gui.log" "$TOWNSHIPDESK_DATA/townshipdesk.log" 2>/dev/null; then
    cat "$OUT/gui.log"; fail "the window logged a traceback"
fi
ok "window (X11, Xvfb) shown after ${shown} s, still running; screen dumped"
