#!/usr/bin/env bash
# Builds the Debian package and tries it as installed (docs/packaging.md): a Release build of the
# application alone in build/package, `cpack -G DEB`, the .deb extracted into a throwaway root
# with `dpkg -x` (no root needed), then from that root `safereturn --version`, a demo database,
# a JSON period report, the user guide where F1 looks for it, the desktop entry, the AppStream
# metadata, the manual page and lintian (no error allowed; warnings are listed in
# docs/packaging.md). Exits non-zero on the first failure. Run by scripts/test.sh after CTest;
# runs on its own as well. With a .deb as argument, checks that package instead of building one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build/package"
started=$(date +%s)

fail() {
    echo "package-check: $*" >&2
    exit 1
}

if [ $# -gt 0 ]; then
    # A package built elsewhere: only the checks.
    deb="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
    [ -f "$deb" ] || fail "no such package: $1"
else
    # The compiler flags are those of scripts/test.sh's build (-O2 -g1 -DNDEBUG; the package's
    # executable is stripped anyway), so that with ccache (which test.sh also uses when installed)
    # every object of the package build is found in the cache and only the link is done again.
    # SAFERETURN_PACKAGE_CXX_FLAGS replaces them to share the cache with another build, e.g.
    # "-O2 -g -DNDEBUG" for a RelWithDebInfo build with CMake's default flags.
    flags="${SAFERETURN_PACKAGE_CXX_FLAGS:--O2 -g1 -DNDEBUG}"
    launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
        export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
        # Objects with debug information (-g1) are keyed by their build folder unless hash_dir is
        # off; build/test and build/package must share them.
        export CCACHE_NOHASHDIR=1
    fi
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DCMAKE_CXX_FLAGS_RELEASE="$flags" \
        -DCMAKE_EXE_LINKER_FLAGS="-Wl,-z,relro -Wl,-z,now" \
        -DSAFERETURN_BUILD_TESTS=OFF -DSAFERETURN_GUI_TESTS=OFF -DSAFERETURN_BUILD_BENCH=OFF \
        -DSAFERETURN_WERROR=ON "${launcher[@]}" >/dev/null
    cmake --build "$build" -j "$(nproc)"
    rm -f "$build"/safereturn_*.deb
    (cd "$build" && cpack -G DEB >/dev/null)
    debs=("$build"/safereturn_*.deb)
    [ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single .deb in $build"
    deb="${debs[0]}"
fi
echo "package-check: checking $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# Everything the check writes (the extracted root, the demo database, the report, the log the
# CLI keeps in its data folder) stays in one throwaway folder.
work="$(mktemp -d /tmp/safereturn-package-check.XXXXXX)"
trap 'rm -rf "$work"' EXIT
dpkg -x "$deb" "$work/root"
export HOME="$work/home" XDG_DATA_HOME="$work/home/data" XDG_CONFIG_HOME="$work/home/config"
export XDG_CACHE_HOME="$work/home/cache" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
unset SAFERETURN_PASSWORD SAFERETURN_PASSPHRASE

# Only the application is packaged: no test or benchmark executable.
installed_bin="$(cd "$work/root/usr/bin" && ls)"
[ "$installed_bin" = "safereturn" ] || fail "usr/bin holds more than safereturn: $installed_bin"
depends="$(dpkg-deb -f "$deb" Depends)"
for needed in libqt6core6 libqt6sql6-sqlite libqt6sql6-psql qt6-image-formats-plugins; do
    grep -q "$needed" <<<"$depends" || fail "Depends lacks $needed: $depends"
done

exe="$work/root/usr/bin/safereturn"
version="$(dpkg-deb -f "$deb" Version)"
version="${version%-*}" # without the Debian revision
[ "$("$exe" --version)" = "safereturn $version" ] || fail "--version did not print safereturn $version"

db="$work/demo.db"
"$exe" demo --db "$db" --persons 50 --seed 1 >"$work/demo.out" 2>&1 \
    || { cat "$work/demo.out" >&2; fail "demo failed"; }
# demo on a new database makes the demo administrator (README: "Demo administrator").
SAFERETURN_PASSWORD=SafeReturn-demo-2026 "$exe" report --db "$db" --user admin \
    --from 2000-01-01 --to 2099-12-31 --format json -o "$work/report.json" >"$work/report.out" 2>&1 \
    || { cat "$work/report.out" >&2; fail "report failed"; }
[ -s "$work/report.json" ] || fail "the report is empty"
python3 -m json.tool "$work/report.json" >/dev/null || fail "the report is not valid JSON"

# F1 looks for the guide relative to the executable (ui/HelpWindow.cpp, guideFolders()).
guide="$work/root/usr/share/safereturn/doc"
for file in user-guide.md user-guide.en.md images/main-window-vi.png images/main-window-en.png; do
    [ -s "$guide/$file" ] || fail "the user guide's $file is not in usr/share/safereturn/doc"
done

desktop="$work/root/usr/share/applications/vn.quangninh.SafeReturn.desktop"
[ -f "$desktop" ] || fail "no desktop entry"
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$desktop" || fail "the desktop entry does not validate"
else
    echo "package-check: desktop-file-validate not installed (desktop-file-utils), skipped" >&2
fi
icon="$(sed -n 's/^Icon=//p' "$desktop")"
for size in 16 24 32 48 64 128 256; do
    [ -f "$work/root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png" ] \
        || fail "no ${size}x${size} icon named $icon"
done
[ -f "$work/root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no scalable icon"
metainfo="$work/root/usr/share/metainfo/vn.quangninh.SafeReturn.metainfo.xml"
if command -v appstreamcli >/dev/null 2>&1; then
    appstreamcli validate --no-net "$metainfo" >"$work/appstream.out" 2>&1 \
        || { cat "$work/appstream.out" >&2; fail "the AppStream metadata does not validate"; }
else
    echo "package-check: appstreamcli not installed (appstream), skipped" >&2
fi

man="$work/root/usr/share/man/man1/safereturn.1.gz"
[ -f "$man" ] || fail "no manual page"
# The page is made from the help: every command's synopsis is in it (roff writes "-" as "\-";
# read without man(1), which a minimal system may lack; lintian renders it and reports groff's
# complaints).
page="$(gzip -dc "$man")"
for synopsis in "safereturn demo" "safereturn report" "safereturn case print" "safereturn import" \
    "safereturn server migrate"; do
    grep -qF -- "${synopsis//-/\\-}" <<<"$page" || fail "the manual page lacks \"$synopsis\""
done

# lintian: errors fail the check; warnings are printed (and listed in docs/packaging.md).
status=0
lintian --fail-on error --tag-display-limit 0 "$deb" >"$work/lintian.out" 2>&1 || status=$?
cat "$work/lintian.out"
grep -q '^E:' "$work/lintian.out" && fail "lintian reports errors"
[ "$status" -eq 0 ] || fail "lintian failed (exit code $status)"

echo "package-check: $(basename "$deb") works from its extracted root ($(($(date +%s) - started)) s)"
