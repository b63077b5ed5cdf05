#!/usr/bin/env bash
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# bench/cajavecina/run.sh [BUILD_DIR] — throughput and p99 latency of the Caja Vecina endpoints of factora-server,
# each next to the same wrk run against nginx serving a static answer of the same size on loopback (the ceiling
# of this machine for that HTTP exchange), printed as a ratio. Target (issue 5): query ≥ 0.4 of the ceiling with
# p99 < 20 ms.
#
# A throw-away PostgreSQL (tests/support/pg-cluster) gets DEBTORS debtors (default 100 000, two invoices each) and
# NOTIFICATIONS debt queries issued beforehand (bench_cajavecina_prepare); factora-server serves them with
# THREADS workers (default 64: one per wrk connection, as keep-alive connections hold a worker each).
# wrk: CONNECTIONS connections (default 64), WRK_THREADS threads (default 2), DURATION (default 10s) per run.
# BUILD_DIR (default build/) must hold factora-server and bench_cajavecina_prepare, e.g.
#   cmake --build build --target factora-server bench_cajavecina_prepare
# Needs the Debian packages wrk, nginx and postgresql (scripts/debian-packages).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
debtors=${DEBTORS:-100000}
notifications=${NOTIFICATIONS:-60000}
threads=${THREADS:-64}
connections=${CONNECTIONS:-64}
wrk_threads=${WRK_THREADS:-2}
duration=${DURATION:-10s}
server_bin="$build/app/server/factora-server"
prepare_bin="$build/bench/cajavecina/bench_cajavecina_prepare"
for tool in wrk nginx "$server_bin" "$prepare_bin"; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "run.sh: $tool not found" >&2; exit 1; }
done

work=$(mktemp -d /tmp/factora-bench-cv.XXXXXX)
chmod 755 "$work"
server_pid=""
nginx_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null && wait "$nginx_pid" 2>/dev/null || true
    "$root/tests/support/pg-cluster" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
wait_http() { # URL: until it answers, at most 30 s
    for _ in $(seq 300); do
        curl -s -o /dev/null "$1" 2>/dev/null && return 0
        python3 - "$1" <<'PY' 2>/dev/null && return 0
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=1)
except urllib.error.HTTPError:
    pass
PY
        sleep 0.1
    done
    echo "run.sh: $1 does not answer" >&2
    exit 1
}

# PostgreSQL with the data.
"$root/tests/support/pg-cluster" start "$work/pg"
set -a
# shellcheck disable=SC1091
. "$work/pg/connection.env"
set +a
export FACTORA_DATABASE_PASSWORD="$FACTORA_TEST_PG_PASSWORD"
export PGPASSWORD="$FACTORA_TEST_PG_PASSWORD"
psql_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r | head -n 1)/psql
[ -x "$psql_bin" ] || psql_bin=psql
"$psql_bin" -q -h "$FACTORA_TEST_PG_HOST" -p "$FACTORA_TEST_PG_PORT" -U "$FACTORA_TEST_PG_USER" -d postgres \
    -c "CREATE DATABASE bench"
url="postgresql://$FACTORA_TEST_PG_USER@$FACTORA_TEST_PG_HOST:$FACTORA_TEST_PG_PORT/bench"
mkdir -p "$work/data"
"$prepare_bin" "$url" "$debtors" "$notifications" "$work/data"

# nginx: the same answers as static text.
nginx_port=$(free_port)
mkdir -p "$work/nginx/logs"
query_answer=$(sed "s/'/\\\\'/g" "$work/data/query-answer.json")
notification_answer=$(sed "s/'/\\\\'/g" "$work/data/notification-answer.json")
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    keepalive_requests 100000;
    server {
        listen 127.0.0.1:$nginx_port;
        default_type application/json;
        location = /cajavecina/consulta { return 200 '$query_answer'; }
        location = /cajavecina/notificacion { return 200 '$notification_answer'; }
        location = /health { return 200 '{"estado":"ok","base_de_datos":"ok"}'; }
    }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
wait_http "http://127.0.0.1:$nginx_port/cajavecina/consulta"

# One wrk run: prints "requests/s p99_ms".
measure() { # BASE_URL SCRIPT PATH [CONNECTIONS] (SCRIPT "-": a plain GET of PATH)
    local c=${4:-$connections} t=$wrk_threads
    [ "$c" -lt "$t" ] && t=$c
    if [ "$2" = - ]; then
        wrk -t "$t" -c "$c" -d "$duration" --latency "$1$3" >"$work/wrk.out" 2>&1
    else
        CV_DATA="$work/data" CV_PATH="$3" CV_THREADS="$t" CV_OFFSET="${CV_OFFSET:-0}" \
            wrk -t "$t" -c "$c" -d "$duration" --latency -s "$root/bench/cajavecina/$2" "$1" >"$work/wrk.out" 2>&1
    fi
    local rps p99 errors count
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$work/wrk.out")
    count=$(awk '/requests in/ {print $1}' "$work/wrk.out")
    p99=$(awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v/=1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v*=1000}; print v}' "$work/wrk.out")
    errors=$(awk '/Non-2xx|Socket errors/ {print}' "$work/wrk.out" | tr '\n' ' ')
    [ -n "$errors" ] && echo "  wrk: $errors" >&2
    echo "$rps $p99 $count"
}

cpu_seconds() { # PID...: user+system CPU seconds of these processes and their children so far
    local total=0 pid ticks
    for pid in "$@"; do
        ticks=$(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)
        total=$((total + ticks))
    done
    awk -v t="$total" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}
postgres_pids() { # the postmaster and its backends
    local postmaster
    postmaster=$(head -n 1 "$(cat "$work/pg/cluster")/data/postmaster.pid")
    echo "$postmaster $(pgrep -P "$postmaster" | tr '\n' ' ')"
}

# factora-server.
start_server() {
    port=$(free_port)
    cat > "$work/factora.conf" <<CONF
[cajavecina]
listen=127.0.0.1:$port
threads=$threads
queue=256
allow=127.0.0.1
CONF
    XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/xdg" QT_FORCE_STDERR_LOGGING=1 \
        "$server_bin" --config "$work/factora.conf" --database "$url" 2>>"$work/server.log" &
    server_pid=$!
    wait_http "http://127.0.0.1:$port/health"
}
stop_server() {
    kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

notification_offset=0
start_server
# Warm-up (not measured): caches of PostgreSQL and of the server.
CV_DATA="$work/data" CV_PATH=/cajavecina/consulta wrk -t "$wrk_threads" -c "$connections" -d 2s \
    -s "$root/bench/cajavecina/query.lua" "http://127.0.0.1:$port" >/dev/null 2>&1

echo "Caja Vecina endpoints, $debtors debtors in PostgreSQL, wrk -t$wrk_threads -c$connections -d$duration," \
     "factora-server threads=$threads, $(nproc) cores"
printf '%-14s %12s %10s %12s %10s %8s\n' endpoint "factora r/s" "p99 ms" "nginx r/s" "p99 ms" ratio
# "health" is GET /health (HTTP plus SELECT 1): the cost of the HTTP layer without the contract's queries.
# "query-1conn" is the query over one connection: the latency of a lone request, as the bank's few calls see it.
for endpoint in health query query-1conn notification; do
    conns=$connections
    case "$endpoint" in
    health) path=/health script=- ;;
    query) path=/cajavecina/consulta script=query.lua ;;
    query-1conn) path=/cajavecina/consulta script=query.lua conns=1 ;;
    notification) path=/cajavecina/notificacion script=notification.lua ;;
    esac
    server_cpu_before=$(cpu_seconds "$server_pid")
    # shellcheck disable=SC2046
    pg_cpu_before=$(cpu_seconds $(postgres_pids))
    read -r f_rps f_p99 f_count < <(CV_OFFSET=$notification_offset measure "http://127.0.0.1:$port" "$script" \
        "$path" "$conns")
    server_cpu=$(awk -v a="$(cpu_seconds "$server_pid")" -v b="$server_cpu_before" 'BEGIN { printf "%.1f", a - b }')
    # shellcheck disable=SC2046
    pg_cpu=$(awk -v a="$(cpu_seconds $(postgres_pids))" -v b="$pg_cpu_before" 'BEGIN { printf "%.1f", a - b }')
    if [ "$endpoint" = notification ]; then notification_offset=$((notification_offset + f_count)); fi
    read -r n_rps n_p99 n_count < <(measure "http://127.0.0.1:$nginx_port" "$script" "$path" "$conns")
    ratio=$(awk -v f="$f_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", f / n }')
    per_request=$(awk -v s="$server_cpu" -v p="$pg_cpu" -v c="$f_count" \
        'BEGIN { if (c > 0) printf "%.2f", (s + p) * 1000 / c; else print "?" }')
    printf '%-14s %12s %10s %12s %10s %8s   (CPU s: factora-server %s, postgres %s; %s ms/request)\n' \
        "$endpoint" "$f_rps" "$f_p99" "$n_rps" "$n_p99" "$ratio" "$server_cpu" "$pg_cpu" "$per_request"
done
applied=$(curl -s "http://127.0.0.1:$port/metrics" 2>/dev/null \
    | awk '/^factora_cajavecina_payments_applied_total/ {print $2}')
echo "payments applied: ${applied:-?} (of $notification_offset notifications sent, $notifications prepared)"
stop_server
echo "target: query ratio >= 0.40 and p99 < 20 ms; load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
