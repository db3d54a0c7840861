#!/usr/bin/env bash
# tests/sanitize.sh [ctest args...]
# Builds the project with GCC under AddressSanitizer + UndefinedBehaviorSanitizer in build-asan
# (-DPAIL_SANITIZE="address;undefined": the top-level CMakeLists.txt adds -fsanitize=... with
# -fno-sanitize-recover=all to every target through pail_options) and runs the unit and
# integration tests with every sanitizer report fatal. Extra arguments go to ctest, e.g.
#   tests/sanitize.sh -L unit          (only the unit tests)
#   tests/sanitize.sh -R sigv4         (one group)
# Without arguments: -L "unit|integration". Leak reports of third-party libraries we cannot fix
# are suppressed in tests/sanitize.supp (one commented entry each); engine leaks are not.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PAIL_ASAN_BUILD_DIR:-$root/build-asan}
jobs=${PAIL_JOBS:-$(nproc)}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
tools=${PAIL_TOOLS_DIR:-$root/build/tools}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAIL_WERROR=ON \
    -DPAIL_SANITIZE="address;undefined" -DPAIL_TOOLS_DIR="$tools" "${launcher[@]}" >/dev/null
nice -n 19 cmake --build "$build" --parallel "$jobs"

# halt_on_error / abort: the first report fails the test; leaks are checked at exit.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/sanitize.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/pail-xdg.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(-L "unit|integration")
cd "$build"
# Sanitized binaries are 2-5x slower: a generous per-test timeout.
exec ctest --output-on-failure --parallel "$jobs" --timeout 1800 "${args[@]}"
