#!/usr/bin/env bash
# Benchmarks the object browser on a bucket of a million keys: fills a sandbox data folder
# through the store API (bench/browserbench, no HTTP), serves it with `pailctl serve` on
# 127.0.0.1 (so every page is a real ListObjectsV2 over the real endpoint), opens the bucket in
# the real ObjectListModel in a QTreeView (offscreen) and pages to the end like scrolling does.
# Prints time to first rows, time to scroll to the end and peak RSS against the targets
# (first rows < 300 ms, RSS < 250 MB). Builds nothing (targets pail_browserbench and pailctl).
#
# Usage: bench/browser.sh [BUILD_DIR] [--count N] [--data DIR] [--keep]
#   BUILD_DIR  the build folder (default: build/)
#   --count N  objects in the bucket (default 1000000)
#   --data DIR reuse (or create) the filled data folder DIR instead of a temporary one; a folder
#              that already holds the bucket is not filled again
#   --keep     keep the temporary folder (data and server log) and print its path
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
count=1000000
data=""
keep=0
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) build=$(cd "$1" && pwd); shift ;;
    esac
done
helper=$build/bench/browserbench/pail_browserbench
pailctl=$build/app/pailctl/pailctl
for f in "$helper" "$pailctl"; do
    [ -x "$f" ] || { echo "bench: $f is missing (build targets pail_browserbench and pailctl)" >&2; exit 2; }
done

tmp=$(mktemp -d)
server=""
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
    if [ "$keep" = 1 ]; then echo "bench: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
[ -n "$data" ] || data=$tmp/data
bucket=million
key=BENCHKEY
secret=bench-secret-key

if [ -f "$data/filled-$bucket-$count" ]; then
    echo "bench: reusing $data ($count objects)"
else
    start=$(date +%s.%N)
    "$helper" fill "$data" "$bucket" "$count"
    touch "$data/filled-$bucket-$count"
    echo "bench: filled $count objects in $(echo "$(date +%s.%N) - $start" | bc) s"
fi

"$pailctl" serve --data-dir "$data" --port 0 --access-key "$key" --secret-key "$secret" \
    --access-log "$tmp/access.log" > "$tmp/serve.out" 2> "$tmp/serve.err" &
server=$!
endpoint=""
for _ in $(seq 1 100); do
    endpoint=$(sed -n 's/^pail: listening on //p' "$tmp/serve.out" 2>/dev/null || true)
    [ -n "$endpoint" ] && break
    sleep 0.1
done
[ -n "$endpoint" ] || { echo "bench: pailctl serve did not start:" >&2; cat "$tmp/serve.err" >&2; exit 1; }
case $endpoint in http://127.0.0.1:*) ;; *) echo "bench: unexpected endpoint $endpoint" >&2; exit 1 ;; esac
echo "bench: serving on $endpoint"

out=$("$helper" list "$endpoint" "$key" "$secret" "$bucket")
echo "$out"
first=$(echo "$out" | sed -n 's/^time to first rows: \([0-9]*\) ms/\1/p')
peak=$(echo "$out" | sed -n 's/.*peak rss: \([0-9]*\) KiB/\1/p')
peak_mb=$((peak / 1024))
status=0
printf 'target: first rows %s ms (< 300): %s\n' "$first" "$([ "$first" -lt 300 ] && echo met || echo MISSED)"
printf 'target: peak RSS %s MiB (< 250 MB = 238 MiB): %s\n' "$peak_mb" "$([ "$peak" -lt 244140 ] && echo met || echo MISSED)"
[ "$first" -lt 300 ] && [ "$peak" -lt 244140 ] || status=1
exit $status
