#!/usr/bin/env bash
# Builds Pail incrementally in build/ and starts it; on first run it opens the built-in
# Local sandbox connection. Arguments go to pail.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PAIL_BUILD_DIR:-$root/build}

"$root/installer/deps.sh" build
# Configuring every time is cheap and picks up modules added since the last run.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --parallel "$(nproc)" --target pail pailctl
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "pail: no display found (DISPLAY/WAYLAND_DISPLAY unset); run it in a desktop session," >&2
    echo "      under xvfb-run, or with QT_QPA_PLATFORM=offscreen" >&2
    exit 1
fi
exec "$build/app/pail" "$@"
