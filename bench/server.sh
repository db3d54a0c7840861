#!/usr/bin/env bash
# Benchmarks `pailctl serve` against nginx (static files, the ceiling for GET) and s3rver (the
# independent S3 server) on this machine, and prints the figures and the targets' ratios.
# Builds nothing. Everything listens on 127.0.0.1 and is removed on exit.
# 4 KiB PUTs run twice: as wrk sends them (the same bytes each time) and with a different body
# per request ("distinct"), where every PUT is a real write (see putdistinct.lua below).
#
# Usage: bench/server.sh [BUILD_DIR] [--baseline DIR] [--duration S] [--big-mib N] [--rss-clients N]
#                        [--rss-mib N] [--quick] [--small-only] [--keep]
#   BUILD_DIR      the build folder with app/pailctl/pailctl and tools/ (default: build/; tools/ may
#                  also be the PAIL_TOOLS_DIR of its CMakeCache.txt)
#   --baseline DIR another build folder (e.g. main's) whose pailctl runs side by side in the same
#                  run, as column "base", so two builds compare on the same machine moment
#   --duration S   seconds per wrk run (default 10)
#   --big-mib N    size of the large PUT/GET and of the dd/openssl references (default 1024)
#   --rss-clients N, --rss-mib N   parallel uploads for the memory test (default 16 x 1024 MiB)
#   --quick        --duration 3 --big-mib 256 --rss-clients 8 --rss-mib 128
#   --small-only   only the 4 KiB GET/PUT runs (no large transfers, ceilings or memory test)
#   --keep         keep the temp folder (logs) and print its path
# Needs: python3 with boto3 (Debian's /usr/bin/python3), wrk, nginx, curl, node, openssl.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$root/build
duration=10
big_mib=1024
rss_clients=16
rss_mib=1024
keep=0
small_only=0
baseline=""
while [ $# -gt 0 ]; do
    case $1 in
        --duration) duration=$2; shift 2 ;;
        --big-mib) big_mib=$2; shift 2 ;;
        --rss-clients) rss_clients=$2; shift 2 ;;
        --rss-mib) rss_mib=$2; shift 2 ;;
        --quick) duration=3; big_mib=256; rss_clients=8; rss_mib=128; shift ;;
        --keep) keep=1; shift ;;
        --baseline) baseline=$(cd "$2" && pwd); shift 2 ;;
        --small-only) small_only=1; shift ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        -*) echo "bench: unknown option $1" >&2; exit 2 ;;
        *) build=$(cd "$1" && pwd); shift ;;
    esac
done

py=/usr/bin/python3
pailctl=$build/app/pailctl/pailctl
[ -x "$pailctl" ] || pailctl=$(find "$build" -type f -name pailctl -perm -u+x 2>/dev/null | head -1)
find_pailctl() { # build_dir
    local p=$1/app/pailctl/pailctl
    [ -x "$p" ] || p=$(find "$1" -type f -name pailctl -perm -u+x 2>/dev/null | head -1)
    echo "$p"
}
tools=$build/tools
[ -d "$tools" ] || tools=$(sed -n 's/^PAIL_TOOLS_DIR:PATH=//p' "$build/CMakeCache.txt" 2>/dev/null)
s3rver=$tools/node_modules/.bin/s3rver
base_pailctl=""
if [ -n "$baseline" ]; then
    base_pailctl=$(find_pailctl "$baseline")
    [ -x "$base_pailctl" ] || { echo "bench: no pailctl under $baseline" >&2; exit 1; }
fi
for tool in wrk nginx curl node openssl; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is missing (installer/deps.sh test installs it)" >&2; exit 1; }
done
[ -x "${pailctl:-}" ] || { echo "bench: no pailctl under $build (build the pailctl target first)" >&2; exit 1; }
[ -x "$s3rver" ] || { echo "bench: no s3rver in $tools (tests/run.sh installs it)" >&2; exit 1; }
$py -c 'import boto3' 2>/dev/null || { echo "bench: $py has no boto3 (python3-boto3)" >&2; exit 1; }

tmp=$(mktemp -d /tmp/pail-bench.XXXXXX)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill -TERM "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    if [ "$keep" = 1 ]; then echo "bench: logs kept in $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A clean client environment: no CA bundles, no user profile.
export HOME=$tmp/home AWS_CONFIG_FILE=$tmp/home/aws-config AWS_SHARED_CREDENTIALS_FILE=$tmp/home/aws-credentials
unset AWS_CA_BUNDLE REQUESTS_CA_BUNDLE CURL_CA_BUNDLE SSL_CERT_FILE SSL_CERT_DIR AWS_PROFILE AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
export AWS_EC2_METADATA_DISABLED=true no_proxy='*' NO_PROXY='*'
mkdir -p "$HOME"; : >"$AWS_CONFIG_FILE"; : >"$AWS_SHARED_CREDENTIALS_FILE"

free_port() { $py -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
wait_port() { # port timeout_s
    local i
    for ((i = 0; i < $2 * 10; i++)); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    echo "bench: nothing listens on port $1" >&2
    return 1
}
mbps() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.0f", (s > 0 ? b / s / 1e6 : 0) }'; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.3f", b - a }'; }

# --- servers ---------------------------------------------------------------------------------
pail_ak=PAILSANDBOX; pail_sk=pail-sandbox-secret-key
# start_pail NAME PAILCTL: starts it on a free port; sets ${NAME}_url and ${NAME}_pid
start_pail() {
    local name=$1 exe=$2 pid url i
    mkdir -p "$tmp/$name"
    "$exe" serve --data-dir "$tmp/$name" --address 127.0.0.1 --port 0 --access-key "$pail_ak" --secret-key "$pail_sk" \
        --region us-east-1 >"$tmp/$name.out" 2>"$tmp/$name.err" &
    pid=$!; pids+=("$pid")
    for ((i = 0; i < 200; i++)); do
        grep -q '^pail: listening on ' "$tmp/$name.out" 2>/dev/null && break
        kill -0 "$pid" 2>/dev/null || { echo "bench: $exe serve exited:" >&2; cat "$tmp/$name.err" >&2; exit 1; }
        sleep 0.1
    done
    url=$(sed -n 's/^pail: listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$tmp/$name.out" | head -1)
    [ -n "$url" ] || { echo "bench: $exe serve printed no listening line" >&2; exit 1; }
    printf -v "${name}_url" '%s' "$url"
    printf -v "${name}_pid" '%s' "$pid"
}
start_pail pail "$pailctl"
pails=(pail)
if [ -n "$base_pailctl" ]; then
    start_pail base "$base_pailctl"
    pails+=(base)
fi

s3rver_port=$(free_port)
mkdir -p "$tmp/s3rver"
(cd "$tmp" && exec node --openssl-legacy-provider "$s3rver" -d "$tmp/s3rver" -a 127.0.0.1 -p "$s3rver_port" -s) \
    >"$tmp/s3rver.log" 2>&1 &
pids+=("$!")
s3rver_url=http://127.0.0.1:$s3rver_port

nginx_port=$(free_port)
mkdir -p "$tmp/nginx/logs" "$tmp/www/bench"
user_line=""
[ "$(id -u)" = 0 ] && user_line="user $(id -un) $(id -gn);"
cat >"$tmp/nginx/nginx.conf" <<EOF
$user_line
worker_processes 2;
daemon off;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    keepalive_requests 1000000;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    types { application/octet-stream bin; }
    default_type application/octet-stream;
    server {
        listen 127.0.0.1:$nginx_port;
        root $tmp/www;
        location / { }
    }
}
EOF
nginx -p "$tmp/nginx" -e "$tmp/nginx/logs/error.log" -c "$tmp/nginx/nginx.conf" &
pids+=("$!")
nginx_url=http://127.0.0.1:$nginx_port
wait_port "$s3rver_port" 30
wait_port "$nginx_port" 10

# --- data and presigned URLs -------------------------------------------------------------------
head -c 4096 /dev/urandom >"$tmp/www/bench/4k"
[ "$small_only" = 1 ] && big_mib=0
if [ "$small_only" = 0 ]; then
    echo "bench: writing a ${big_mib} MiB file"
    head -c $((big_mib * 1024 * 1024)) /dev/urandom >"$tmp/big.bin"
    cp "$tmp/big.bin" "$tmp/www/bench/big"
fi
big_bytes=$((big_mib * 1024 * 1024))

cat >"$tmp/s3.py" <<'EOF'
import sys, boto3
from botocore.config import Config
endpoint, ak, sk, cmd = sys.argv[1:5]
s3 = boto3.client("s3", endpoint_url=endpoint, aws_access_key_id=ak, aws_secret_access_key=sk, region_name="us-east-1",
                  config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"))
if cmd == "setup":
    s3.create_bucket(Bucket="bench")
    s3.put_object(Bucket="bench", Key="4k", Body=open(sys.argv[5], "rb").read())
elif cmd == "presign":
    method, key = sys.argv[5], sys.argv[6]
    op = {"GET": "get_object", "PUT": "put_object"}[method]
    print(s3.generate_presigned_url(op, Params={"Bucket": "bench", "Key": key}, ExpiresIn=7200))
EOF
s3() { $py "$tmp/s3.py" "$@"; }
s3 "$pail_url" "$pail_ak" "$pail_sk" setup "$tmp/www/bench/4k"
[ -z "$base_pailctl" ] || s3 "$base_url" "$pail_ak" "$pail_sk" setup "$tmp/www/bench/4k"
s3 "$s3rver_url" S3RVER S3RVER setup "$tmp/www/bench/4k"

cat >"$tmp/put.lua" <<'EOF'
wrk.method = "PUT"
wrk.body = string.rep("p", 4096)
wrk.headers["Content-Type"] = "application/octet-stream"
EOF
: >"$tmp/get.lua"
# The same PUT with a different body each time (every byte differs: a 16-digit counter repeated).
# wrk sends the same bytes to the same key, so a PUT often finds its row unchanged (same content,
# same millisecond) and its commit writes nothing: SQLite skips identical pages, and the earlier
# identical row is already durable. These runs make every PUT a real write.
cat >"$tmp/putdistinct.lua" <<'EOF2'
wrk.method = "PUT"
wrk.headers["Content-Type"] = "application/octet-stream"
local n = 0
request = function()
    n = n + 1
    return wrk.format(nil, nil, nil, string.rep(string.format("%016d", n), 256))
end
EOF2

# run_wrk URL CONNECTIONS SCRIPT -> "req/s non2xx"
run_wrk() {
    local threads=2
    [ "$2" -lt 2 ] && threads=1
    local out
    out=$(wrk -t "$threads" -c "$2" -d "${duration}s" --timeout 10s -s "$3" "$1" 2>&1) || true
    echo "$out" >>"$tmp/wrk.log"
    local rps bad
    rps=$(echo "$out" | awk '/^Requests\/sec:/ { printf "%.0f", $2 }')
    bad=$(echo "$out" | awk '/Non-2xx or 3xx responses:/ { print $NF }')
    echo "${rps:-0} ${bad:-0}"
}

declare -A rps errs
for c in 1 16 64; do
    for server in "${pails[@]}" s3rver nginx; do
        case $server in
            pail) url=$(s3 "$pail_url" "$pail_ak" "$pail_sk" presign GET 4k) ;;
            base) url=$(s3 "$base_url" "$pail_ak" "$pail_sk" presign GET 4k) ;;
            s3rver) url=$(s3 "$s3rver_url" S3RVER S3RVER presign GET 4k) ;;
            nginx) url=$nginx_url/bench/4k ;;
        esac
        echo "bench: GET 4 KiB  $server  c=$c"
        read -r r e < <(run_wrk "$url" "$c" "$tmp/get.lua")
        rps[get,$server,$c]=$r; errs[get,$server,$c]=$e
    done
    for server in "${pails[@]}" s3rver; do
        case $server in
            pail) url=$(s3 "$pail_url" "$pail_ak" "$pail_sk" presign PUT "put4k-c$c") ;;
            base) url=$(s3 "$base_url" "$pail_ak" "$pail_sk" presign PUT "put4k-c$c") ;;
            s3rver) url=$(s3 "$s3rver_url" S3RVER S3RVER presign PUT "put4k-c$c") ;;
        esac
        echo "bench: PUT 4 KiB  $server  c=$c"
        read -r r e < <(run_wrk "$url" "$c" "$tmp/put.lua")
        rps[put,$server,$c]=$r; errs[put,$server,$c]=$e
        echo "bench: PUT 4 KiB, distinct bodies  $server  c=$c"
        read -r r e < <(run_wrk "$url" "$c" "$tmp/putdistinct.lua")
        rps[putd,$server,$c]=$r; errs[putd,$server,$c]=$e
    done
done

declare -A big
if [ "$small_only" = 0 ]; then
# --- large transfers -----------------------------------------------------------------------------
# curl_put URL -> "MB/s http_code"
# Each large write starts with no dirty pages left by the one before (s3rver does not fsync, the
# big file was just written): otherwise it shares the disk with their writeback.
curl_put() {
    local out
    sync
    out=$(curl -sS -o "$tmp/curl.body" -w '%{http_code} %{speed_upload}' -T "$tmp/big.bin" "$1" 2>>"$tmp/curl.log") || true
    set -- $out
    echo "$(mbps "${2:-0}" 1) ${1:-000}"
}
curl_get() {
    local out
    out=$(curl -sS -o /dev/null -w '%{http_code} %{speed_download} %{size_download}' "$1" 2>>"$tmp/curl.log") || true
    set -- $out
    [ "${3:-0}" = "$big_bytes" ] || set -- "${1:-000}(size ${3:-0})" 0
    echo "$(mbps "${2:-0}" 1) ${1:-000}"
}
echo "bench: ${big_mib} MiB PUT/GET"
read -r "big[put,pail]" "big[putcode,pail]" < <(curl_put "$(s3 "$pail_url" "$pail_ak" "$pail_sk" presign PUT big)")
read -r "big[get,pail]" "big[getcode,pail]" < <(curl_get "$(s3 "$pail_url" "$pail_ak" "$pail_sk" presign GET big)")
if [ -n "$base_pailctl" ]; then
    read -r "big[put,base]" "big[putcode,base]" < <(curl_put "$(s3 "$base_url" "$pail_ak" "$pail_sk" presign PUT big)")
    read -r "big[get,base]" "big[getcode,base]" < <(curl_get "$(s3 "$base_url" "$pail_ak" "$pail_sk" presign GET big)")
fi
read -r "big[put,s3rver]" "big[putcode,s3rver]" < <(curl_put "$(s3 "$s3rver_url" S3RVER S3RVER presign PUT big)")
read -r "big[get,s3rver]" "big[getcode,s3rver]" < <(curl_get "$(s3 "$s3rver_url" S3RVER S3RVER presign GET big)")
read -r "big[get,nginx]" "big[getcode,nginx]" < <(curl_get "$nginx_url/bench/big")

# --- ceilings of this machine ------------------------------------------------------------------------
echo "bench: reference ceilings (openssl md5, dd with fsync)"
t0=$(now); openssl dgst -md5 "$tmp/big.bin" >/dev/null; md5_mbps=$(mbps "$big_bytes" "$(elapsed "$t0")")
sync
t0=$(now); dd if="$tmp/big.bin" of="$tmp/dd.bin" bs=16M conv=fsync status=none; dd_mbps=$(mbps "$big_bytes" "$(elapsed "$t0")")
rm -f "$tmp/dd.bin"

# --- memory under parallel uploads ----------------------------------------------------------------
echo "bench: pail RSS with $rss_clients parallel ${rss_mib} MiB uploads"
hwm_before=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pail_pid/status")
echo 5 >"/proc/$pail_pid/clear_refs" 2>/dev/null || true # resets VmHWM to the current RSS
head -c $((rss_mib * 1024 * 1024)) "$tmp/big.bin" >"$tmp/rss.bin"
[ "$(stat -c %s "$tmp/rss.bin")" = $((rss_mib * 1024 * 1024)) ] || head -c $((rss_mib * 1024 * 1024)) /dev/urandom >"$tmp/rss.bin"
rss_pids=()
rss_fail=0
t0=$(now)
for ((i = 0; i < rss_clients; i++)); do
    url=$(s3 "$pail_url" "$pail_ak" "$pail_sk" presign PUT "rss-$i")
    curl -sS -o /dev/null -w '%{http_code}\n' -T "$tmp/rss.bin" "$url" >"$tmp/rss-$i.code" 2>>"$tmp/curl.log" &
    rss_pids+=("$!")
done
for pid in "${rss_pids[@]}"; do wait "$pid" || rss_fail=$((rss_fail + 1)); done
rss_secs=$(elapsed "$t0")
for ((i = 0; i < rss_clients; i++)); do
    [ "$(cat "$tmp/rss-$i.code")" = 200 ] || rss_fail=$((rss_fail + 1))
done
hwm_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pail_pid/status")
rss_mb=$((hwm_kb / 1024))
rss_rate=$(mbps $((rss_clients * rss_mib * 1024 * 1024)) "$rss_secs")
rm -f "$tmp/rss.bin"

fi

# --- report ---------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v a="$1" -v b="$2" 'BEGIN { print (b > 0 && a >= b) ? "ok" : "MISSED" }'; }
echo
echo "Pail server benchmark  ($(nproc) cores, wrk ${duration}s per run, $(date -u +%Y-%m-%dT%H:%MZ))"
echo
printf '%-22s %12s %12s %12s %12s   %s\n' "4 KiB requests/s" pail base s3rver nginx "non-2xx (pail/base/s3rver/nginx)"
for op in get put putd; do
    for c in 1 16 64; do
        label="${op^^} c=$c"
        [ "$op" = putd ] && label="PUT c=$c, distinct"
        printf '%-22s %12s %12s %12s %12s   %s\n' "$label" "${rps[$op,pail,$c]}" "${rps[$op,base,$c]:--}" "${rps[$op,s3rver,$c]}" \
            "${rps[$op,nginx,$c]:--}" "${errs[$op,pail,$c]}/${errs[$op,base,$c]:--}/${errs[$op,s3rver,$c]}/${errs[$op,nginx,$c]:--}"
    done
done
if [ "$small_only" = 0 ]; then
    echo
    printf '%-22s %12s %12s %12s %12s   %s\n' "${big_mib} MiB MB/s" pail base s3rver nginx "HTTP status (pail/base/s3rver/nginx)"
    printf '%-22s %12s %12s %12s %12s   %s\n' "PUT (curl, presigned)" "${big[put,pail]}" "${big[put,base]:--}" "${big[put,s3rver]}" "-" \
        "${big[putcode,pail]}/${big[putcode,base]:--}/${big[putcode,s3rver]}/-"
    printf '%-22s %12s %12s %12s %12s   %s\n' "GET (curl)" "${big[get,pail]}" "${big[get,base]:--}" "${big[get,s3rver]}" "${big[get,nginx]}" \
        "${big[getcode,pail]}/${big[getcode,base]:--}/${big[getcode,s3rver]}/${big[getcode,nginx]}"
    echo
    echo "Ceilings: openssl md5 ${md5_mbps} MB/s, dd + fsync ${dd_mbps} MB/s"
    echo "Pail memory: VmHWM ${rss_mb} MB during $rss_clients x ${rss_mib} MiB parallel PUTs (${rss_rate} MB/s total, $rss_fail failed; peak before the test: $((hwm_before / 1024)) MB)"
fi
[ -z "$base_pailctl" ] || echo "base: $base_pailctl"
echo "load: $(uptime)"
echo
ceiling=$(awk -v a="${md5_mbps:-0}" -v b="${dd_mbps:-0}" 'BEGIN { print (a < b ? a : b) }')
printf '%-52s %8s %8s  %s\n' "target" ratio needed verdict
for c in 1 16 64; do
    r=$(ratio "${rps[get,pail,$c]}" "${rps[get,nginx,$c]}")
    printf '%-52s %8s %8s  %s\n' "small GET c=$c vs nginx" "$r" 0.40 "$(verdict "$r" 0.40)"
    r=$(ratio "${rps[get,pail,$c]}" "${rps[get,s3rver,$c]}")
    printf '%-52s %8s %8s  %s\n' "small GET c=$c vs s3rver" "$r" 10 "$(verdict "$r" 10)"
    r=$(ratio "${rps[put,pail,$c]}" "${rps[put,s3rver,$c]}")
    printf '%-52s %8s %8s  %s\n' "small PUT c=$c vs s3rver" "$r" 10 "$(verdict "$r" 10)"
    r=$(ratio "${rps[putd,pail,$c]}" "${rps[putd,s3rver,$c]}")
    printf '%-52s %8s %8s  %s\n' "small PUT c=$c vs s3rver, distinct bodies" "$r" 10 "$(verdict "$r" 10)"
done
if [ "$small_only" = 0 ]; then
    r=$(ratio "${big[put,pail]}" "$ceiling")
    printf '%-52s %8s %8s  %s\n' "${big_mib} MiB PUT vs min(md5, dd fsync) = $ceiling MB/s" "$r" 0.60 "$(verdict "$r" 0.60)"
fi
if [ -n "$base_pailctl" ]; then
    echo
    echo "pail / base (same run):"
    for op in get put putd; do
        for c in 1 16 64; do
            printf '  %-20s %8s\n' "${op^^} 4 KiB c=$c" "$(ratio "${rps[$op,pail,$c]}" "${rps[$op,base,$c]}")"
        done
    done
    if [ "$small_only" = 0 ]; then
        printf '  %-20s %8s\n' "PUT ${big_mib} MiB" "$(ratio "${big[put,pail]}" "${big[put,base]}")"
        printf '  %-20s %8s\n' "GET ${big_mib} MiB" "$(ratio "${big[get,pail]}" "${big[get,base]}")"
    fi
fi
if [ "$small_only" = 0 ]; then
    printf '%-52s %8s %8s  %s\n' "RSS under $rss_clients parallel uploads (MB)" "$rss_mb" "<150" \
        "$(awk -v a="$rss_mb" -v f="$rss_fail" 'BEGIN { print (a < 150 && f == 0) ? "ok" : "MISSED" }')"
    for code in "${big[putcode,pail]}" "${big[getcode,pail]}"; do
        [ "$code" = 200 ] || echo "warning: a large pail transfer answered HTTP $code (see $tmp/curl.body, --keep)"
    done
fi
