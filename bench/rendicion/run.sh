#!/usr/bin/env bash
# SPDX-License-Identifier: LicenseRef-Factora-Proprietary
#
# bench/rendicion/run.sh [BUILD_DIR] — the daily rendición of PAYMENTS payments (default 1 000 000, five invoices per
# transaction) written by RendicionGenerator (bench_rendicion generate: query, formatting, SHA-256, atomic file),
# next to `COPY (SELECT …) TO STDOUT` of the same rows — the generator's own detail query — into a file with psql,
# in a throw-away PostgreSQL (tests/support/pg-cluster) on loopback. Each side runs ROUNDS times (default 3),
# alternating; the best of each is printed with their ratio. Target (issue 5): generation within 2× of COPY.
# BUILD_DIR (default build/) must hold bench/rendicion/bench_rendicion (a Release build measures the product).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
payments=${PAYMENTS:-1000000}
rounds=${ROUNDS:-3}
bench_bin="$build/bench/rendicion/bench_rendicion"
[ -x "$bench_bin" ] || { echo "run.sh: $bench_bin not found (cmake --build $build --target bench_rendicion)" >&2; exit 1; }
command -v psql >/dev/null || { echo "run.sh: psql not found (Debian package postgresql-client)" >&2; exit 1; }

work=$(mktemp -d /tmp/factora-bench-rendicion.XXXXXX)
cleanup() {
    "$root/tests/support/pg-cluster" stop "$work/pg" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

"$root/tests/support/pg-cluster" start "$work/pg"
# shellcheck disable=SC1091
source "$work/pg/connection.env"
export PGHOST=$FACTORA_TEST_PG_HOST PGPORT=$FACTORA_TEST_PG_PORT PGUSER=$FACTORA_TEST_PG_USER
export PGPASSWORD=$FACTORA_TEST_PG_PASSWORD FACTORA_DATABASE_PASSWORD=$FACTORA_TEST_PG_PASSWORD
psql -q -d postgres -c "CREATE DATABASE bench"
url="postgresql://$PGUSER@$PGHOST:$PGPORT/bench"
"$bench_bin" prepare "$url" "$payments"

# The generator's detail query (core/rendicion/RendicionGenerator.cpp), same rows, same order.
select="SELECT n.transaccion, n.fecha_pago, r.debtor_rut, r.folio, rp.amount, \
COUNT(*) OVER (PARTITION BY rp.notification_id) \
FROM receivable_payments rp JOIN collection_notifications n ON n.id = rp.notification_id \
JOIN receivables r ON r.id = rp.receivable_id WHERE rp.accounting_date = '2026-11-20' \
ORDER BY rp.paid_at, n.transaccion, r.folio"

now() { date +%s.%N; }
best_copy="" best_generate="" rows="" bytes=""
for round in $(seq "$rounds"); do
    start=$(now)
    psql -q -d bench -c "COPY ($select) TO STDOUT" > "$work/copy.txt"
    copy=$(awk -v a="$(now)" -v b="$start" 'BEGIN { printf "%.3f", a - b }')
    out=$("$bench_bin" generate "$url" "$work/rendicion.txt")
    generate=$(sed -n 's/^generate_seconds=\([0-9.]*\).*/\1/p' <<<"$out")
    rows=$(wc -l < "$work/copy.txt")
    bytes=$(sed -n 's/.*bytes=\([0-9]*\).*/\1/p' <<<"$out")
    printf 'round %d: COPY %s s, generate %s s (%s)\n' "$round" "$copy" "$generate" "$out"
    best_copy=$(awk -v a="$copy" -v b="${best_copy:-$copy}" 'BEGIN { print (a < b ? a : b) }')
    best_generate=$(awk -v a="$generate" -v b="${best_generate:-$generate}" 'BEGIN { print (a < b ? a : b) }')
done
printf 'rendición of %s payments: COPY (SELECT …) TO %.3f s (%s rows, %s bytes); generate %.3f s (%s bytes); ' \
    "$payments" "$best_copy" "$rows" "$(stat -c %s "$work/copy.txt")" "$best_generate" "$bytes"
awk -v g="$best_generate" -v c="$best_copy" 'BEGIN { printf "ratio generate/COPY = %.2f (target <= 2)\n", g / c }'
