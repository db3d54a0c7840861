#!/usr/bin/env bash
# tests/sanitize.sh [ctest args...]
# Builds the engine, pailctl and the engine's unit and integration tests (not the GUI) with GCC
# under AddressSanitizer + UndefinedBehaviorSanitizer in build-asan (-DPAIL_SANITIZE=
# "address;undefined": the top-level CMakeLists.txt adds -fsanitize=... with
# -fno-sanitize-recover=all to every target through pail_options) and runs them with every
# sanitizer report fatal. Extra arguments go to ctest, e.g.
#   tests/sanitize.sh -L unit          (only the unit tests)
#   tests/sanitize.sh -R sigv4         (one group)
# Without arguments: -L "unit|integration".
# Environment:
#   PAIL_ASAN_BUILD_DIR  build folder (default <root>/build-asan). GCC on purpose: clang 14 with
#                        libstdc++ 12 has no C++20 coroutines for Boost.Asio (engine/server/httpserver.cpp).
#   PAIL_ASAN_DIRS       test folders under tests/ to build and run (default "engine fuzz integration";
#                        add "reliability" for the slow crash/load suites)
#   PAIL_ASAN_TESTS      only these test programs, space-separated (default: every test of PAIL_ASAN_DIRS)
#   PAIL_JOBS            parallel compile jobs and tests (default 2); compiles run under nice -n 10
#   PAIL_TOOLS_DIR       the helper tools folder (default <root>/build/tools)
# Warnings are not errors here (GCC's sanitizer instrumentation adds false -Wmaybe-uninitialized
# and -Wstringop-* reports); the normal -DPAIL_WERROR=ON build keeps the code warning-free.
# Leak reports of third-party libraries we cannot fix are suppressed in tests/sanitize.supp (one
# commented entry each); engine leaks are not.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PAIL_ASAN_BUILD_DIR:-$root/build-asan}
jobs=${PAIL_JOBS:-2}
dirs=${PAIL_ASAN_DIRS:-engine fuzz integration}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
linker=()
command -v ld.lld >/dev/null && linker=(-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld)
tools=${PAIL_TOOLS_DIR:-$root/build/tools}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPAIL_WERROR=OFF \
    -DPAIL_SANITIZE="address;undefined" -DPAIL_TOOLS_DIR="$tools" "${launcher[@]}" "${linker[@]}" >/dev/null

# The tests registered in the chosen folders (CTestTestfile.cmake: add_test([=[name]=] ...)).
tests=()
for d in $dirs; do
    [ -d "$build/tests/$d" ] || continue
    while IFS= read -r t; do tests+=("$t"); done < <(find "$build/tests/$d" -name CTestTestfile.cmake -exec \
        sed -n 's/^add_test(\[=\[\([A-Za-z0-9_]*\)\]=\].*/\1/p' {} + | sort -u)
done
# PAIL_ASAN_TESTS="tst_a tst_b": only these (built and run), e.g. when time is short.
[ -n "${PAIL_ASAN_TESTS:-}" ] && read -r -a tests <<<"$PAIL_ASAN_TESTS"
[ ${#tests[@]} -gt 0 ] || { echo "sanitize.sh: no tests found in: $dirs" >&2; exit 1; }
echo "sanitize.sh: building pailctl and ${#tests[@]} test programs in $build (-j$jobs)"
nice -n 10 cmake --build "$build" --parallel "$jobs" --target pailctl "${tests[@]}"

# halt_on_error / abort: the first report fails the test; leaks are checked at exit.
export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/sanitize.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d /tmp/pail-xdg.XXXXXX)}
chmod 700 "$XDG_RUNTIME_DIR"

args=("$@")
[ ${#args[@]} -eq 0 ] && args=(-L "unit|integration")
regex="^($(IFS='|'; echo "${tests[*]}"))\$"
cd "$build"
# Sanitized binaries are 2-5x slower: a generous per-test timeout.
exec ctest --output-on-failure --parallel "$jobs" --timeout 1800 -R "$regex" "${args[@]}"
