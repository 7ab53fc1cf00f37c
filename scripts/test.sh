#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build everything,
# run the whole CTest suite, then build the Debian package and try it (scripts/package-check.sh,
# docs/packaging.md). Fails when a test or the package check fails.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh"
build="$root/build/test"
# ccache (scripts/deps.sh) keeps this build's objects for the package build of
# scripts/package-check.sh, which compiles with the same flags: it then only links.
launcher=()
if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$root}"
    # Objects with debug information (-g1) are keyed by their build folder unless hash_dir is
    # off; build/test and build/package must share them.
    export CCACHE_NOHASHDIR=1
fi
# Line tables only (-g1): a failing test still gets a backtrace with file and line, and the
# build of ~500 files on two cores is markedly shorter than with full debug information.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -g1 -DNDEBUG" \
    -DSAFERETURN_BUILD_TESTS=ON -DSAFERETURN_GUI_TESTS=ON -DSAFERETURN_WERROR=ON "${launcher[@]}"
cmake --build "$build" -j "$(nproc)"

# The libFuzzer targets for the CSV reader and the .xlsx reader (tests/fuzz, a separate
# clang-only project) run for a bounded time (SR_FUZZ_SECONDS, default 60; SR_XLSX_FUZZ_SECONDS,
# default 30, from the seed workbooks of tests/fuzz/xlsx-corpus); a crash, a hang (-timeout), a
# leak or any sanitizer report makes libFuzzer exit non-zero and so fails this script. Skipped
# without clang.
if command -v clang++ >/dev/null 2>&1; then
    fuzz="$root/build/fuzz"
    cmake -S "$root/tests/fuzz" -B "$fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$fuzz" -j "$(nproc)"
    mkdir -p "$fuzz/corpus"
    (cd "$fuzz" && ./csv_reader_fuzz -max_total_time="${SR_FUZZ_SECONDS:-60}" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        corpus "$root/tests/exchange/data")
    mkdir -p "$fuzz/xlsx-corpus"
    (cd "$fuzz" && ./xlsx_reader_fuzz -max_total_time="${SR_XLSX_FUZZ_SECONDS:-30}" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -dict="$root/tests/fuzz/xlsx.dict" xlsx-corpus "$root/tests/fuzz/xlsx-corpus")
else
    echo "test.sh: clang++ not found, the CSV and .xlsx reader fuzz runs are skipped" >&2
fi

# A throwaway PostgreSQL cluster for the storage and services tests on the server engine
# (server.* in CTest) and the tests of the server commands: started on a free port of 127.0.0.1,
# stopped and removed at the end, also when a test fails or the run is interrupted.
server_dir="$(mktemp -d /tmp/safereturn-test-server.XXXXXX)"
trap 'bash "$root/scripts/test-server.sh" stop "$server_dir"' EXIT
eval "$(bash "$root/scripts/test-server.sh" start "$server_dir")"

(
    cd "$build"
    export QT_QPA_PLATFORM=offscreen
    ctest --output-on-failure -j "$(nproc)" --timeout 600
)

# The installable package: built without the tests, extracted into a throwaway root and tried.
bash "$root/scripts/package-check.sh"
