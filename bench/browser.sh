#!/usr/bin/env bash
# Benchmarks the object browser on a bucket of a million keys: fills a sandbox data folder
# through the store API (bench/browserbench, no HTTP), serves it with `pailctl serve` on
# 127.0.0.1 (so every page is a real ListObjectsV2 over the real endpoint), opens the bucket in
# the real ObjectListModel in a QTreeView (offscreen) and pages to the end like scrolling does.
# Prints time to first rows, time to scroll to the end and peak RSS against the targets
# (first rows < 300 ms, RSS < 250 MB). Builds nothing (targets pail_browserbench and pailctl).
# Peers, on the same server and bucket: `rclone lsf` and `aws s3 ls` (the first line they print
# is their "first rows", their exit "the end"; peak RSS from /usr/bin/time).
#
# Usage: bench/browser.sh [BUILD_DIR] [--count N] [--data DIR] [--keep] [--peers "rclone aws"]
#   BUILD_DIR  the build folder (default: build/)
#   --count N  objects in the bucket (default 1000000)
#   --data DIR reuse (or create) the filled data folder DIR instead of a temporary one; a folder
#              that already holds the bucket is not filled again
#   --keep     keep the temporary folder (data and server log) and print its path
#   --peers L  which peers to run (default "rclone aws"; "" for none)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
count=1000000
data=""
keep=0
peers="rclone aws"
while [ $# -gt 0 ]; do
    case $1 in
        --count) count=$2; shift 2 ;;
        --data) data=$2; shift 2 ;;
        --keep) keep=1; shift ;;
        --peers) peers=$2; shift 2 ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
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

# The peers list the same bucket to the end through the same server. first_line_ms runs a
# command, notes when its first line of output arrives, drains the rest, and prints
# "first_ms end_ms peak_kib".
first_line_ms() {
    python3 - "$tmp/peer.rss" "$@" <<'PY'
import subprocess, sys, time
rss_file, cmd = sys.argv[1], sys.argv[2:]
start = time.monotonic()
p = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
first = None
lines = 0
for line in p.stdout:
    if first is None:
        first = time.monotonic()
    lines += 1
p.wait()
end = time.monotonic()
peak = open(rss_file).read().split()[-1]
print(int(((first or end) - start) * 1000), int((end - start) * 1000), peak, lines)
PY
}
declare -A peer_first peer_end peer_rss peer_lines
export HOME=$tmp/home AWS_CONFIG_FILE=$tmp/home/aws-config AWS_SHARED_CREDENTIALS_FILE=$tmp/home/aws-credentials
unset AWS_CA_BUNDLE REQUESTS_CA_BUNDLE CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR AWS_PROFILE
export AWS_ACCESS_KEY_ID=$key AWS_SECRET_ACCESS_KEY=$secret AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
mkdir -p "$HOME"
printf '[default]\nregion = us-east-1\ns3 =\n    addressing_style = path\n' > "$AWS_CONFIG_FILE"
: > "$AWS_SHARED_CREDENTIALS_FILE"
printf '[pail]\ntype = s3\nprovider = Other\naccess_key_id = %s\nsecret_access_key = %s\nendpoint = %s\nregion = us-east-1\nforce_path_style = true\n' \
    "$key" "$secret" "$endpoint" > "$tmp/rclone.conf"
for peer in $peers; do
    case $peer in
        rclone) command -v rclone >/dev/null || { echo "bench: rclone missing, peer skipped"; continue; }
                read -r f e r n < <(first_line_ms rclone --config "$tmp/rclone.conf" lsf -R --files-only "pail:$bucket") ;;
        aws) command -v /usr/bin/aws >/dev/null || { echo "bench: aws-cli missing, peer skipped"; continue; }
             read -r f e r n < <(PYTHONUNBUFFERED=1 first_line_ms /usr/bin/aws --endpoint-url "$endpoint" s3 ls --recursive "s3://$bucket/") ;;
        *) echo "bench: unknown peer $peer" >&2; exit 2 ;;
    esac
    peer_first[$peer]=$f; peer_end[$peer]=$e; peer_rss[$peer]=$r; peer_lines[$peer]=$n
    echo "bench: $peer listed $n keys"
done

pail_end=$(echo "$out" | sed -n 's/^time to scroll to the end: \([0-9]*\) ms/\1/p' | awk '{ printf "%.1f", $1 / 1000 }')
printf '\n%-26s %12s' "" pail
for peer in $peers; do [ -n "${peer_first[$peer]:-}" ] && printf ' %12s' "$peer"; done
printf '\n%-26s %12s' "first rows (ms)" "$first"
for peer in $peers; do [ -n "${peer_first[$peer]:-}" ] && printf ' %12s' "${peer_first[$peer]}"; done
printf '\n%-26s %12s' "to the end (s)" "${pail_end:-?}"
for peer in $peers; do [ -n "${peer_end[$peer]:-}" ] && printf ' %12s' "$(awk -v m="${peer_end[$peer]}" 'BEGIN { printf "%.1f", m / 1000 }')"; done
printf '\n%-26s %12s' "peak RSS (MiB)" "$peak_mb"
for peer in $peers; do [ -n "${peer_rss[$peer]:-}" ] && printf ' %12s' "$((peer_rss[$peer] / 1024))"; done
printf '\n\n'

status=0
printf 'target: first rows %s ms (< 300): %s\n' "$first" "$([ "$first" -lt 300 ] && echo met || echo MISSED)"
printf 'target: peak RSS %s MiB (< 250 MB = 238 MiB): %s\n' "$peak_mb" "$([ "$peak" -lt 244140 ] && echo met || echo MISSED)"
[ "$first" -lt 300 ] && [ "$peak" -lt 244140 ] || status=1
exit $status
