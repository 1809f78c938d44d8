#!/usr/bin/env bash
# Build CPython 3.11 (shared libpython) for the UOS 20 / Kylin V10 packages; called by build-linux-compat.sh.
#
#   build-python.sh native PYTHON_TGZ PREFIX [SQLITE_TXZ]
#       inside the Debian 11 amd64 root (chroot). SQLite is built from SQLITE_TXZ into PREFIX/lib as well,
#       and every C file is compiled with `-include PREFIX/include/glibc228-compat.h`: libpython, its
#       extension modules and libsqlite3 then need at most GLIBC_2.28 (UOS 20).
#   build-python.sh cross PYTHON_TGZ PREFIX SYSROOT
#       on the host: cross-compiled for aarch64 with gcc-aarch64-linux-gnu against the Debian 11 arm64 root
#       SYSROOT (its glibc 2.31 is Kylin V10's), installed into SYSROOT/PREFIX. Needs the host's python3.11
#       (the same minor version) as the build Python. SQLite comes from the root's libsqlite3-dev.
#
# PYTHON_TGZ is the pristine upstream tarball (Debian's python3.11_*.orig.tar.gz from `apt-get source
# python3.11`): Debian's patched tree does not build its pyexpat outside Debian's own build.
set -euo pipefail
MODE=${1:?usage: build-python.sh native|cross PYTHON_TGZ PREFIX [SQLITE_TXZ|SYSROOT]}
PYTHON_TGZ=$2
PREFIX=$3
HERE=$(cd "$(dirname "$0")" && pwd)
JOBS=$(nproc)
WORK=$(mktemp -d -t tdpython.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

tar -C "$WORK" -xzf "$PYTHON_TGZ"
SRC=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'Python-3.11*' | head -n1)
[ -n "$SRC" ] || { echo "no Python-3.11.*/ in $PYTHON_TGZ" >&2; exit 1; }

case "$MODE" in
native)
    SQLITE_TXZ=${4:-}
    mkdir -p "$PREFIX/lib" "$PREFIX/include"
    install -m 644 "$HERE/glibc228-compat.h" "$PREFIX/include/glibc228-compat.h"
    COMPAT="-include $PREFIX/include/glibc228-compat.h"
    if [ -n "$SQLITE_TXZ" ]; then
        # The build root's libsqlite3 (Debian 11) needs GLIBC_2.29 (its math functions call log/exp/pow):
        # build the amalgamation from the Debian source package with the same binding.
        echo "== SQLite ($(basename "$SQLITE_TXZ"))"
        tar -C "$WORK" -xJf "$SQLITE_TXZ"
        SQ=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d -name 'sqlite3-*' | head -n1)
        (cd "$SQ" && ./configure --disable-tcl >/dev/null && make -s sqlite3.c >/dev/null)
        # The options Debian's and python.org's builds use (FTS, R*Tree, JSON, math functions, …).
        gcc -O2 -fPIC -shared $COMPAT -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_COLUMN_METADATA -DSQLITE_ENABLE_FTS3 \
            -DSQLITE_ENABLE_FTS3_PARENTHESIS -DSQLITE_ENABLE_FTS4 -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE \
            -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_UNLOCK_NOTIFY \
            -DSQLITE_SECURE_DELETE -DSQLITE_MAX_VARIABLE_NUMBER=250000 -DHAVE_USLEEP -DHAVE_FDATASYNC \
            -DHAVE_ISNAN -DHAVE_LOCALTIME_R -DHAVE_GMTIME_R -DHAVE_MALLOC_USABLE_SIZE \
            -Wl,-soname,libsqlite3.so.0 -o "$PREFIX/lib/libsqlite3.so.0" "$SQ/sqlite3.c" -lm -lpthread -ldl
        ln -sf libsqlite3.so.0 "$PREFIX/lib/libsqlite3.so"
        install -m 644 "$SQ/sqlite3.h" "$SQ/sqlite3ext.h" "$PREFIX/include/"
        mkdir -p "$PREFIX/lib/pkgconfig"
        cat > "$PREFIX/lib/pkgconfig/sqlite3.pc" <<EOF
prefix=$PREFIX
libdir=\${prefix}/lib
includedir=\${prefix}/include
Name: SQLite
Description: SQL database engine
Version: $(sed -n 's/^#define SQLITE_VERSION *"\(.*\)"/\1/p' "$SQ/sqlite3.h")
Libs: -L\${libdir} -lsqlite3
Cflags: -I\${includedir}
EOF
    fi
    echo "== CPython $(basename "$SRC") (native, $JOBS jobs)"
    cd "$SRC"
    # sem_clockwait is GLIBC_2.30: without it Python uses sem_timedwait, as it does on older systems.
    PKG_CONFIG_PATH="$PREFIX/lib/pkgconfig" ./configure --prefix="$PREFIX" --enable-shared --with-ensurepip=no \
        --without-static-libpython CFLAGS="$COMPAT" CPPFLAGS="-I$PREFIX/include" \
        LDFLAGS="-L$PREFIX/lib -Wl,-rpath,$PREFIX/lib" ac_cv_func_sem_clockwait=no > "$WORK/configure.log" \
        || { tail -n 30 "$WORK/configure.log" >&2; exit 1; }
    ;;
cross)
    SYSROOT=${4:?cross needs SYSROOT}
    BUILD_PYTHON=$(command -v /usr/bin/python3.11 python3.11 | head -n1) || { echo "cross: the host needs python3.11 (apt-get install python3.11)" >&2; exit 1; }
    echo "== CPython $(basename "$SRC") (cross, aarch64, sysroot $SYSROOT, $JOBS jobs)"
    cd "$SRC"
    export PKG_CONFIG_LIBDIR="$SYSROOT/usr/lib/aarch64-linux-gnu/pkgconfig:$SYSROOT/usr/share/pkgconfig"
    export PKG_CONFIG_SYSROOT_DIR=$SYSROOT
    # Debian's cross gcc searches its own glibc (libc6-dev-arm64-cross, 2.36: /usr/aarch64-linux-gnu) before
    # the --sysroot: the result would need GLIBC_2.34+. So only gcc's own headers, then the root's headers,
    # crt files (-B) and libraries (-L) - the binaries then need what the root's glibc 2.31 has, at most.
    LIB=$SYSROOT/usr/lib/aarch64-linux-gnu
    CROSS_CC="aarch64-linux-gnu-gcc --sysroot=$SYSROOT -nostdinc -isystem $(aarch64-linux-gnu-gcc -print-file-name=include)"
    CROSS_CC+=" -isystem $SYSROOT/usr/include/aarch64-linux-gnu -isystem $SYSROOT/usr/include -B$LIB/"
    # /dev/ptmx cannot be probed for the target; aarch64 Linux has it (openpty, the pty module).
    ./configure --host=aarch64-linux-gnu --build=x86_64-pc-linux-gnu --with-build-python="$BUILD_PYTHON" \
        --prefix="$PREFIX" --enable-shared --with-ensurepip=no --without-static-libpython CC="$CROSS_CC" \
        LDFLAGS="-L$LIB -L$SYSROOT/lib/aarch64-linux-gnu -Wl,-rpath-link,$LIB:$SYSROOT/lib/aarch64-linux-gnu -Wl,-rpath,$PREFIX/lib" \
        ac_cv_file__dev_ptmx=yes ac_cv_file__dev_ptc=no ac_cv_buggy_getaddrinfo=no > "$WORK/configure.log" \
        || { tail -n 30 "$WORK/configure.log" >&2; exit 1; }
    # setup.py builds _ctypes without -lffi when LIBFFI_INCLUDEDIR (pkg-config's includedir, the sysroot's
    # /usr/include) has no ffi.h; Debian keeps it in the multiarch folder.
    FFI_H=$(find "$SYSROOT/usr/include" -name ffi.h | head -n1)
    [ -n "$FFI_H" ] || { echo "no ffi.h in $SYSROOT (libffi-dev)" >&2; exit 1; }
    sed -i "s|^LIBFFI_INCLUDEDIR=.*|LIBFFI_INCLUDEDIR=\t$(dirname "$FFI_H")|" Makefile
    ;;
*) echo "unknown mode $MODE (native or cross)" >&2; exit 2 ;;
esac

make -j"$JOBS" -s > "$WORK/make.log" 2>&1 || { tail -n 40 "$WORK/make.log" >&2; exit 1; }
# The extension modules the app needs must have been built (a missing -dev package only warns).
grep -A3 "necessary bits to build these optional modules were not found" "$WORK/make.log" || true
grep -A3 "Failed to build these modules" "$WORK/make.log" && exit 1
if [ "$MODE" = cross ]; then
    make -s install DESTDIR="$SYSROOT" > "$WORK/install.log" 2>&1 || { tail -n 30 "$WORK/install.log" >&2; exit 1; }
    ls "$SYSROOT$PREFIX"/lib/python3.11/lib-dynload/ | grep -E '^_(ssl|sqlite3|ctypes|bz2|lzma|uuid)\.' \
        | sed 's/^/  built /'
else
    make -s install > "$WORK/install.log" 2>&1 || { tail -n 30 "$WORK/install.log" >&2; exit 1; }
    "$PREFIX/bin/python3.11" -c 'import ssl, sqlite3, ctypes, bz2, lzma, zlib, uuid, pyexpat, decimal
print("  built", __import__("sys").version.split()[0], "with", ssl.OPENSSL_VERSION, "and SQLite", sqlite3.sqlite_version)'
fi
