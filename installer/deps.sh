#!/usr/bin/env bash
# Installs the Debian packages Pail needs, only those that are missing.
#   installer/deps.sh build    compilers, Qt 6, OpenSSL, SQLite, Boost (enough to build and run)
#   installer/deps.sh test     build + the S3 clients, peers and tools the tests drive
# As root it calls apt-get directly, otherwise through sudo. Stops with a clear message when it
# cannot install something.
set -euo pipefail

build_pkgs=(
    g++ cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-svg-dev libqt6svgwidgets6 qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libqrencode-dev
    libssl-dev libsqlite3-dev libboost-dev libisal-dev
    fonts-dejavu-core
)
test_pkgs=(
    awscli python3-boto3 s3cmd rclone nginx wrk curl jq
    xvfb xauth imagemagick sqlite3 procps time dbus-daemon gnome-keyring
    dpkg-dev appstream desktop-file-utils qt6-translations-l10n
)

mode=${1:-build}
case "$mode" in
    build) wanted=("${build_pkgs[@]}") ;;
    test) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    *) echo "usage: $0 build|test" >&2; exit 2 ;;
esac

# Node.js and npm run s3rver, the independent S3 peer; take Debian's only when no node is present
# (a NodeSource nodejs package already carries npm and conflicts with Debian's npm).
if [ "$mode" = test ] && ! command -v npm >/dev/null 2>&1; then
    wanted+=(nodejs npm)
fi

missing=()
for p in "${wanted[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [ "$status" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "pail: installing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "pail: these packages are missing and I am neither root nor able to use sudo:" >&2
    echo "  apt-get install -y ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
    "${sudo[@]}" apt-get update || true
    if ! "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
        echo "pail: could not install: ${missing[*]}" >&2
        echo "  install them by hand (apt-get install -y ${missing[*]}) and run this again" >&2
        exit 1
    fi
fi
