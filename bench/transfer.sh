#!/usr/bin/env bash
# Times the transfer clients against one `pailctl serve` on this machine: pailctl, aws-cli
# (`aws s3 cp/sync`) and rclone, each doing the same work, and prints MB/s, files/s and each
# client's peak RSS side by side with pailctl's ratios. Builds nothing; everything listens on
# 127.0.0.1 and is removed on exit.
#
# Usage: bench/transfer.sh [BUILD_DIR] [--big-mib N] [--files N] [--file-kib N] [--quick] [--keep]
#   BUILD_DIR     the build folder with app/pailctl/pailctl (default: build/)
#   --big-mib N   size of the large file (default 1024)
#   --files N     number of small files (default 2000), --file-kib N their size (default 64)
#   --quick       --big-mib 256 --files 500
#   --keep        keep the scratch folder and logs
#   --clients "pailctl aws"   run only these clients (default: pailctl aws rclone)
# The machine's load (uptime) is printed before and after: compare figures taken under the same load.
# The server runs as users run it (every write fsynced before it is acknowledged), so upload
# figures include the server's durable writes. Needs: awscli, rclone, /usr/bin/time (package time).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
big_mib=1024
files=2000
file_kib=64
keep=0
clients="pailctl aws rclone"
while [ $# -gt 0 ]; do
    case $1 in
        --big-mib) big_mib=$2; shift 2 ;;
        --files) files=$2; shift 2 ;;
        --file-kib) file_kib=$2; shift 2 ;;
        --quick) big_mib=256; files=500; shift ;;
        --keep) keep=1; shift ;;
        --clients) clients=$2; shift 2 ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) build=$(cd "$1" && pwd); shift ;;
    esac
done

pailctl=$build/app/pailctl/pailctl
[ -x "$pailctl" ] || pailctl=$(find "$build" -type f -name pailctl -perm -u+x 2>/dev/null | head -1)
[ -x "${pailctl:-}" ] || { echo "bench: no pailctl under $build (build the pailctl target first)" >&2; exit 1; }
aws=/usr/bin/aws
for tool in "$aws" rclone /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (installer/deps.sh test installs it)" >&2; exit 1; }
done

tmp=$(mktemp -d /tmp/pail-transfer-bench.XXXXXX)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill -TERM "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    if [ "$keep" = 1 ]; then echo "bench: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ak=PAILBENCH; sk=pail-bench-secret-key
export HOME=$tmp/home AWS_CONFIG_FILE=$tmp/home/aws-config AWS_SHARED_CREDENTIALS_FILE=$tmp/home/aws-credentials
unset AWS_CA_BUNDLE REQUESTS_CA_BUNDLE CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR AWS_PROFILE
export AWS_ACCESS_KEY_ID=$ak AWS_SECRET_ACCESS_KEY=$sk AWS_DEFAULT_REGION=us-east-1 AWS_EC2_METADATA_DISABLED=true
mkdir -p "$HOME"
cat >"$AWS_CONFIG_FILE" <<EOF
[default]
region = us-east-1
s3 =
    addressing_style = path
EOF
: >"$AWS_SHARED_CREDENTIALS_FILE"

mkdir -p "$tmp/data"
"$pailctl" serve --data-dir "$tmp/data" --address 127.0.0.1 --port 0 --access-key "$ak" --secret-key "$sk" \
    --access-log off >"$tmp/server.out" 2>"$tmp/server.err" &
server_pid=$!
for ((i = 0; i < 200; i++)); do
    grep -q '^pail: listening on ' "$tmp/server.out" 2>/dev/null && break
    kill -0 "$server_pid" 2>/dev/null || { echo "bench: pailctl serve exited:" >&2; cat "$tmp/server.err" >&2; exit 1; }
    sleep 0.1
done
url=$(sed -n 's/^pail: listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$tmp/server.out" | head -1)
[ -n "$url" ] || { echo "bench: the server printed no listening line" >&2; exit 1; }

cat >"$tmp/rclone.conf" <<EOF
[pail]
type = s3
provider = Other
access_key_id = $ak
secret_access_key = $sk
endpoint = $url
region = us-east-1
force_path_style = true
EOF

echo "bench: writing a ${big_mib} MiB file and $files files of ${file_kib} KiB"
head -c $((big_mib * 1024 * 1024)) /dev/urandom >"$tmp/big.bin"
mkdir -p "$tmp/small"
for ((i = 0; i < files; i++)); do head -c $((file_kib * 1024)) /dev/urandom >"$tmp/small/f$i.bin"; done
big_bytes=$((big_mib * 1024 * 1024))
small_bytes=$((files * file_kib * 1024))

"$pailctl" mb --endpoint-url "$url" s3://bench >/dev/null

# timed LABEL CMD... -> sets T (seconds) and R (peak RSS MB) from /usr/bin/time
timed() {
    local label=$1; shift
    sync
    /usr/bin/time -f '%e %M' -o "$tmp/time.out" "$@" >"$tmp/$label.log" 2>&1 || {
        echo "bench: $label failed:" >&2; tail -5 "$tmp/$label.log" >&2; exit 1; }
    read -r T R < "$tmp/time.out"
    R=$((R / 1024))
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? b / s / 1e6 : 0) }'; }
fps() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'; }

declare -A fig rss
run_client() { # client
    local c=$1 down=$tmp/down-$1
    rm -rf "$down"; mkdir -p "$down"
    case $c in
        pailctl)
            timed "$c-big-up" "$pailctl" cp --endpoint-url "$url" "$tmp/big.bin" "s3://bench/$c/big.bin"
            fig[$c,bigup]=$(mbps $big_bytes "$T"); rss[$c,bigup]=$R
            timed "$c-big-down" "$pailctl" cp --endpoint-url "$url" "s3://bench/$c/big.bin" "$down/big.bin"
            fig[$c,bigdown]=$(mbps $big_bytes "$T"); rss[$c,bigdown]=$R
            timed "$c-small-up" "$pailctl" cp --endpoint-url "$url" --recursive "$tmp/small" "s3://bench/$c/small/"
            fig[$c,smallup]=$(fps "$files" "$T"); rss[$c,smallup]=$R
            timed "$c-small-down" "$pailctl" cp --endpoint-url "$url" --recursive "s3://bench/$c/small/" "$down/small"
            fig[$c,smalldown]=$(fps "$files" "$T"); rss[$c,smalldown]=$R ;;
        aws)
            timed "$c-big-up" "$aws" --endpoint-url "$url" s3 cp --only-show-errors "$tmp/big.bin" "s3://bench/$c/big.bin"
            fig[$c,bigup]=$(mbps $big_bytes "$T"); rss[$c,bigup]=$R
            timed "$c-big-down" "$aws" --endpoint-url "$url" s3 cp --only-show-errors "s3://bench/$c/big.bin" "$down/big.bin"
            fig[$c,bigdown]=$(mbps $big_bytes "$T"); rss[$c,bigdown]=$R
            timed "$c-small-up" "$aws" --endpoint-url "$url" s3 sync --only-show-errors "$tmp/small" "s3://bench/$c/small/"
            fig[$c,smallup]=$(fps "$files" "$T"); rss[$c,smallup]=$R
            timed "$c-small-down" "$aws" --endpoint-url "$url" s3 sync --only-show-errors "s3://bench/$c/small/" "$down/small"
            fig[$c,smalldown]=$(fps "$files" "$T"); rss[$c,smalldown]=$R ;;
        rclone)
            local rc=(rclone --config "$tmp/rclone.conf" --s3-upload-cutoff 8M --s3-chunk-size 8M)
            timed "$c-big-up" "${rc[@]}" copyto "$tmp/big.bin" "pail:bench/$c/big.bin"
            fig[$c,bigup]=$(mbps $big_bytes "$T"); rss[$c,bigup]=$R
            timed "$c-big-down" "${rc[@]}" copyto "pail:bench/$c/big.bin" "$down/big.bin"
            fig[$c,bigdown]=$(mbps $big_bytes "$T"); rss[$c,bigdown]=$R
            timed "$c-small-up" "${rc[@]}" copy "$tmp/small" "pail:bench/$c/small"
            fig[$c,smallup]=$(fps "$files" "$T"); rss[$c,smallup]=$R
            timed "$c-small-down" "${rc[@]}" copy "pail:bench/$c/small" "$down/small"
            fig[$c,smalldown]=$(fps "$files" "$T"); rss[$c,smalldown]=$R ;;
    esac
    cmp -s "$tmp/big.bin" "$down/big.bin" || { echo "bench: $c downloaded a different big.bin" >&2; exit 1; }
    [ "$(ls "$down/small" | wc -l)" = "$files" ] || { echo "bench: $c downloaded $(ls "$down/small" | wc -l) of $files files" >&2; exit 1; }
    echo "bench: $c done"
}
load_before=$(uptime)
for c in $clients; do run_client "$c"; done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }'; }
echo
echo "Transfers against pailctl serve ($(nproc) cores; ${big_mib} MiB file, $files x ${file_kib} KiB files)"
echo "load before: $load_before"
echo "load after:  $(uptime)"
printf '%-22s %10s %10s %10s   %-14s %-14s\n' "" pailctl aws-cli rclone "pailctl/aws" "pailctl/rclone"
for f in bigup bigdown smallup smalldown; do
    case $f in
        bigup) label="big upload MB/s" ;; bigdown) label="big download MB/s" ;;
        smallup) label="small upload files/s" ;; smalldown) label="small download files/s" ;;
    esac
    printf '%-22s %10s %10s %10s   %-14s %-14s\n' "$label" "${fig[pailctl,$f]:-}" "${fig[aws,$f]:-}" "${fig[rclone,$f]:-}" \
        "$(ratio "${fig[pailctl,$f]:-0}" "${fig[aws,$f]:-0}")" "$(ratio "${fig[pailctl,$f]:-0}" "${fig[rclone,$f]:-0}")"
done
for f in bigup bigdown smallup smalldown; do
    printf '%-22s %10s %10s %10s\n' "peak RSS MB ($f)" "${rss[pailctl,$f]:-}" "${rss[aws,$f]:-}" "${rss[rclone,$f]:-}"
done
echo "targets: pailctl >= 1.5x aws-cli and >= rclone on every figure; pailctl peak RSS < 200 MB"
