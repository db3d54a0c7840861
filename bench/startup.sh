#!/usr/bin/env bash
# Times the desktop app's start: from exec of `pail` to its window shown and to the Local
# sandbox connection ready with its buckets listed (the window is usable), with a fresh home
# folder each run (first start: the sandbox creates its store and keys) and again with the same
# folder (a later start). Offscreen platform unless DISPLAY is set. Prints each run and the
# median against the target (usable in under a second). Peer: `aws s3 ls` against the same
# sandbox served by `pailctl serve`, i.e. the time a command-line client takes to list buckets.
#
# Usage: bench/startup.sh [BUILD_DIR] [--runs N]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
runs=5
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) build=$(cd "$1" && pwd); shift ;;
    esac
done
pail=$build/app/pail
pailctl=$build/app/pailctl/pailctl
for f in "$pail" "$pailctl"; do
    [ -x "$f" ] || { echo "bench: $f is missing (build targets pail and pailctl)" >&2; exit 2; }
done
[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] || export QT_QPA_PLATFORM=offscreen
tmp=$(mktemp -d /tmp/pail-startup-bench.XXXXXX)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
now_ms() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }'; }

run_app() { # $1: home folder; prints "shown_ms usable_ms wall_ms"
    local start out
    start=$(now_ms)
    out=$(HOME=$1 XDG_CONFIG_HOME=$1/.config XDG_DATA_HOME=$1/.local/share XDG_RUNTIME_DIR=$tmp/xdg \
        PAIL_STARTUP_REPORT=1 timeout 60 "$pail" 2>/dev/null)
    local wall=$(( $(now_ms) - start ))
    local shown usable
    shown=$(echo "$out" | sed -n 's/^startup: window shown \([0-9]*\) ms/\1/p')
    usable=$(echo "$out" | sed -n 's/^startup: sandbox buckets listed \([0-9]*\) ms/\1/p')
    echo "${shown:-?} ${usable:-?} $wall"
}
mkdir -p "$tmp/xdg"; chmod 700 "$tmp/xdg"
declare -a first_usable later_usable first_shown later_shown
for i in $(seq 1 "$runs"); do
    home=$tmp/home$i
    mkdir -p "$home"
    read -r s u w < <(run_app "$home")
    echo "run $i first start: window shown $s ms, usable $u ms (process wall $w ms)"
    first_shown+=("$s"); first_usable+=("$u")
    read -r s u w < <(run_app "$home")
    echo "run $i later start: window shown $s ms, usable $u ms (process wall $w ms)"
    later_shown+=("$s"); later_usable+=("$u")
done

# Peer: aws-cli listing the buckets of a served sandbox (process start to answer).
peer=""
if command -v /usr/bin/aws >/dev/null; then
    "$pailctl" serve --data-dir "$tmp/data" --port 0 --access-key BENCHKEY --secret-key bench-secret-key \
        --access-log off > "$tmp/serve.out" 2> "$tmp/serve.err" &
    server=$!
    endpoint=""
    for _ in $(seq 1 100); do
        endpoint=$(sed -n 's/^pail: listening on //p' "$tmp/serve.out" 2>/dev/null || true)
        [ -n "$endpoint" ] && break
        sleep 0.1
    done
    if [ -n "$endpoint" ]; then
        declare -a peer_ms
        for i in $(seq 1 "$runs"); do
            start=$(now_ms)
            HOME=$tmp AWS_ACCESS_KEY_ID=BENCHKEY AWS_SECRET_ACCESS_KEY=bench-secret-key AWS_DEFAULT_REGION=us-east-1 \
                AWS_CONFIG_FILE=/dev/null AWS_SHARED_CREDENTIALS_FILE=/dev/null AWS_EC2_METADATA_DISABLED=true \
                /usr/bin/aws --endpoint-url "$endpoint" s3 ls > /dev/null
            peer_ms+=("$(( $(now_ms) - start ))")
        done
        peer=$(printf '%s\n' "${peer_ms[@]}" | median)
    fi
fi

fu=$(printf '%s\n' "${first_usable[@]}" | median)
lu=$(printf '%s\n' "${later_usable[@]}" | median)
printf '\n%-34s %10s %10s\n' "median of $runs runs (ms)" "shown" "usable"
printf '%-34s %10s %10s\n' "pail, first start" "$(printf '%s\n' "${first_shown[@]}" | median)" "$fu"
printf '%-34s %10s %10s\n' "pail, later start" "$(printf '%s\n' "${later_shown[@]}" | median)" "$lu"
[ -n "$peer" ] && printf '%-34s %10s %10s\n' "peer: aws s3 ls (served sandbox)" "-" "$peer"
status=0
for v in "$fu" "$lu"; do [ "$v" != "?" ] && [ "$v" -lt 1000 ] || status=1; done
printf 'target: usable in under 1000 ms: %s\n' "$([ $status = 0 ] && echo met || echo MISSED)"
exit $status
