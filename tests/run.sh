#!/usr/bin/env bash
# The test command: installs what is missing, builds incrementally in build/ with warnings as
# errors, installs the pinned s3rver into build/tools, and runs every test through CTest.
# Extra arguments go to ctest (e.g. -L unit, -R sigv4).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PAIL_BUILD_DIR:-$root/build}

"$root/installer/deps.sh" test

# s3rver, the independent S3 server of the contract tests, pinned, in a folder the build owns.
s3rver_version=3.7.1
tools=$build/tools
if [ ! -x "$tools/node_modules/.bin/s3rver" ] || [ "$(cat "$tools/.s3rver-version" 2>/dev/null)" != "$s3rver_version" ]; then
    mkdir -p "$tools"
    echo "pail: installing s3rver@$s3rver_version into $tools"
    if npm install --prefix "$tools" --no-audit --no-fund --silent "s3rver@$s3rver_version"; then
        echo "$s3rver_version" > "$tools/.s3rver-version"
    else
        echo "pail: npm could not install s3rver; the contract tests against it will be skipped" >&2
    fi
fi

# Configuring every time is cheap and picks up modules added since the last run.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAIL_WERROR=ON -DPAIL_TOOLS_DIR="$tools" >/dev/null
cmake --build "$build" --parallel "$(nproc)"

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/pail-xdg.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"
cd "$build"
exec ctest --output-on-failure --parallel "$(nproc)" --timeout 900 "$@"
