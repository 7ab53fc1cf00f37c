#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build everything
# and run the whole CTest suite. The last line is CTest's summary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh"
build="$root/build/test"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DSAFERETURN_BUILD_TESTS=ON -DSAFERETURN_GUI_TESTS=ON -DSAFERETURN_WERROR=ON
cmake --build "$build" -j "$(nproc)"
cd "$build"
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure -j "$(nproc)" --timeout 600
