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
#   --figures "smalldown"     time only these of bigup bigdown smallup smalldown (default: all); a
#                 download whose upload is not timed gets its objects from an untimed pailctl upload
#   --repeat N    run the clients N times, alternating (pailctl aws rclone pailctl aws rclone ...),
#                 and print every run's figures (default 1)
#   --compare DIR also time DIR's pailctl as client "pailctl2" (an A/B of two builds against the
#                 same server, BUILD_DIR's); add it to --clients to choose its place
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
figures="bigup bigdown smallup smalldown"
repeat=1
compare=
while [ $# -gt 0 ]; do
    case $1 in
        --big-mib) big_mib=$2; shift 2 ;;
        --files) files=$2; shift 2 ;;
        --file-kib) file_kib=$2; shift 2 ;;
        --quick) big_mib=256; files=500; shift ;;
        --keep) keep=1; shift ;;
        --clients) clients=$2; shift 2 ;;
        --figures) figures=$2; shift 2 ;;
        --repeat) repeat=$2; shift 2 ;;
        --compare) compare=$(cd "$2" && pwd); shift 2 ;;
        -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) build=$(cd "$1" && pwd); shift ;;
    esac
done

pailctl=$build/app/pailctl/pailctl
[ -x "$pailctl" ] || pailctl=$(find "$build" -type f -name pailctl -perm -u+x 2>/dev/null | head -1)
[ -x "${pailctl:-}" ] || { echo "bench: no pailctl under $build (build the pailctl target first)" >&2; exit 1; }
pailctl2=
if [ -n "$compare" ]; then
    pailctl2=$compare/app/pailctl/pailctl
    [ -x "$pailctl2" ] || pailctl2=$(find "$compare" -type f -name pailctl -perm -u+x 2>/dev/null | head -1)
    [ -x "${pailctl2:-}" ] || { echo "bench: no pailctl under $compare" >&2; exit 1; }
    case " $clients " in *" pailctl2 "*) ;; *) clients="pailctl pailctl2 ${clients#pailctl }" ;; esac
fi
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

want() { case " $figures " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
for f in $figures; do
    case $f in bigup|bigdown|smallup|smalldown) ;; *) echo "bench: unknown figure $f" >&2; exit 2 ;; esac
done
if ! want bigup && ! want bigdown; then big_mib=0; fi
if ! want smallup && ! want smalldown; then files=0; fi
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
# One timed step: figure name, bytes or file count, then the command.
step() { # run figure amount cmd...
    local run=$1 f=$2 amount=$3; shift 3
    timed "$c-$f-$run" "$@"
    case $f in big*) fig[$c,$f,$run]=$(mbps "$amount" "$T") ;; *) fig[$c,$f,$run]=$(fps "$amount" "$T") ;; esac
    rss[$c,$f,$run]=$R
}
run_client() { # client run
    local c=$1 run=$2 down=$tmp/down-$1-$2 dest=$1-$2
    mkdir -p "$down"
    local up_big up_small down_big down_small
    case $c in
        pailctl|pailctl2)
            local p=$pailctl
            [ "$c" = pailctl2 ] && p=$pailctl2
            up_big=("$p" cp --endpoint-url "$url" "$tmp/big.bin" "s3://bench/$dest/big.bin")
            down_big=("$p" cp --endpoint-url "$url" "s3://bench/$dest/big.bin" "$down/big.bin")
            up_small=("$p" cp --endpoint-url "$url" --recursive "$tmp/small" "s3://bench/$dest/small/")
            down_small=("$p" cp --endpoint-url "$url" --recursive "s3://bench/$dest/small/" "$down/small") ;;
        aws)
            up_big=("$aws" --endpoint-url "$url" s3 cp --only-show-errors "$tmp/big.bin" "s3://bench/$dest/big.bin")
            down_big=("$aws" --endpoint-url "$url" s3 cp --only-show-errors "s3://bench/$dest/big.bin" "$down/big.bin")
            up_small=("$aws" --endpoint-url "$url" s3 sync --only-show-errors "$tmp/small" "s3://bench/$dest/small/")
            down_small=("$aws" --endpoint-url "$url" s3 sync --only-show-errors "s3://bench/$dest/small/" "$down/small") ;;
        rclone)
            local rc=(rclone --config "$tmp/rclone.conf" --s3-upload-cutoff 8M --s3-chunk-size 8M)
            up_big=("${rc[@]}" copyto "$tmp/big.bin" "pail:bench/$dest/big.bin")
            down_big=("${rc[@]}" copyto "pail:bench/$dest/big.bin" "$down/big.bin")
            up_small=("${rc[@]}" copy "$tmp/small" "pail:bench/$dest/small")
            down_small=("${rc[@]}" copy "pail:bench/$dest/small" "$down/small") ;;
    esac
    if want bigup; then step "$run" bigup $big_bytes "${up_big[@]}"
    elif want bigdown; then "$pailctl" cp --endpoint-url "$url" --quiet "$tmp/big.bin" "s3://bench/$dest/big.bin"; fi
    if want bigdown; then
        step "$run" bigdown $big_bytes "${down_big[@]}"
        cmp -s "$tmp/big.bin" "$down/big.bin" || { echo "bench: $c downloaded a different big.bin" >&2; exit 1; }
    fi
    if want smallup; then step "$run" smallup "$files" "${up_small[@]}"
    elif want smalldown; then "$pailctl" cp --endpoint-url "$url" --quiet --recursive "$tmp/small" "s3://bench/$dest/small/"; fi
    if want smalldown; then
        step "$run" smalldown "$files" "${down_small[@]}"
        [ "$(ls "$down/small" | wc -l)" = "$files" ] || { echo "bench: $c downloaded $(ls "$down/small" | wc -l) of $files files" >&2; exit 1; }
    fi
    echo "bench: $c done (run $run, load $(cut -d' ' -f1-3 /proc/loadavg))"
}
load_before=$(uptime)
for ((run = 1; run <= repeat; run++)); do
    for c in $clients; do run_client "$c" "$run"; done
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0 && b > 0) printf "%.2fx", a / b; else printf "-" }'; }
median() { tr ' ' '\n' | awk 'NF' | sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
label() {
    case $1 in
        bigup) echo "big upload MB/s" ;; bigdown) echo "big download MB/s" ;;
        smallup) echo "small upload files/s" ;; smalldown) echo "small download files/s" ;;
    esac
}
echo
echo "Transfers against pailctl serve ($(nproc) cores; ${big_mib} MiB file, $files x ${file_kib} KiB files; $repeat run(s))"
echo "load before: $load_before"
echo "load after:  $(uptime)"
cols=(pailctl)
[ -n "$pailctl2" ] && cols+=(pailctl2)
cols+=(aws rclone)
printf '%-30s' ""
for c in "${cols[@]}"; do printf ' %10s' "$([ "$c" = aws ] && echo aws-cli || echo "$c")"; done
printf '   %-14s %-14s\n' "pailctl/aws" "pailctl/rclone"
# Every run, then (with --repeat) the medians that the ratios use.
declare -A med
for f in $figures; do
    for ((run = 1; run <= repeat; run++)); do
        printf '%-30s' "$(label "$f")$([ "$repeat" -gt 1 ] && echo " #$run")"
        for c in "${cols[@]}"; do printf ' %10s' "${fig[$c,$f,$run]:-}"; done
        printf '   %-14s %-14s\n' "$(ratio "${fig[pailctl,$f,$run]:-0}" "${fig[aws,$f,$run]:-0}")" \
            "$(ratio "${fig[pailctl,$f,$run]:-0}" "${fig[rclone,$f,$run]:-0}")"
    done
    for c in "${cols[@]}"; do
        med[$c,$f]=$(for ((run = 1; run <= repeat; run++)); do printf '%s ' "${fig[$c,$f,$run]:-}"; done | median)
    done
    if [ "$repeat" -gt 1 ]; then
        printf '%-30s' "$(label "$f") median"
        for c in "${cols[@]}"; do printf ' %10s' "${med[$c,$f]}"; done
        printf '   %-14s %-14s\n' "$(ratio "${med[pailctl,$f]:-0}" "${med[aws,$f]:-0}")" "$(ratio "${med[pailctl,$f]:-0}" "${med[rclone,$f]:-0}")"
    fi
done
for f in $figures; do
    printf '%-30s' "peak RSS MB ($f)"
    for c in "${cols[@]}"; do
        printf ' %10s' "$(for ((run = 1; run <= repeat; run++)); do printf '%s\n' "${rss[$c,$f,$run]:-}"; done | sort -n | tail -1)"
    done
    printf '\n'
done
echo "targets: pailctl >= 1.5x aws-cli and >= rclone on every figure; pailctl peak RSS < 200 MB"
