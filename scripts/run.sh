#!/usr/bin/env bash
# One command for a fresh Debian 12 machine: install what is missing, build a Release
# build and start SafeReturn on its default database. Extra arguments go to the app
# (for example: scripts/run.sh --lang en, or scripts/run.sh --db /path/to/file.db).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/deps.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAFERETURN_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target safereturn
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting SafeReturn on a virtual X server (xvfb-run)." >&2
    exec xvfb-run -a "$build/src/app/safereturn" "$@"
fi
exec "$build/src/app/safereturn" "$@"
