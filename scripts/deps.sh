#!/usr/bin/env bash
# Installs the Debian 12 packages SafeReturn needs to build, run and test.
# Idempotent: only missing packages are installed. Runs apt-get as root or through sudo.
set -euo pipefail

PACKAGES=(
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-pdf-dev qt6-image-formats-plugins
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libspdlog-dev libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev libsodium-dev libzip-dev libpq-dev
    cmake ninja-build g++ pkg-config sqlite3
    postgresql
    xvfb xauth fonts-noto-core fonts-liberation2 poppler-utils unzip
    clang libclang-rt-14-dev
    libxlsxwriter-dev
    dpkg-dev lintian
    ccache desktop-file-utils appstream
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

echo "Installing missing packages: ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        echo "error: missing packages (${missing[*]}) and neither root nor sudo available" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
