#!/usr/bin/env bash
# SQN reservations per second on a fresh embedded PostgreSQL (see RESULTS.md "SQN reservations (storage)").
# Usage: benchmarks/store-reservations.sh [seconds=10] [in-flight=64] [subscribers=1000] [pool=8]
# Prints reservations/s and p50/p99 for: a bare UPDATE loop on the raw reactive pool, the storage verticle
# with one statement per request, the storage verticle batched; then pgbench (if installed) running the
# same single-row UPDATE against the same database with as many clients as requests in flight.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_RUN=${1:-10}
IN_FLIGHT=${2:-64}
SUBSCRIBERS=${3:-1000}
POOL=${4:-8}
# the embedded server allows 200 connections; the HSS pools hold up to 2 x POOL of them
PGBENCH_CLIENTS=$(( IN_FLIGHT < 128 ? IN_FLIGHT : 128 ))

mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench.cp)"

PGBENCH_SCRIPT=$(mktemp)
OUT=$(mktemp)
trap 'rm -f "$PGBENCH_SCRIPT" "$OUT"' EXIT
cat > "$PGBENCH_SCRIPT" <<SQL
\set id random(0, $((SUBSCRIBERS - 1)))
UPDATE subscribers SET sqn = (sqn + 1) & 281474976710655 WHERE imsi = '00101' || lpad(:id::text, 10, '0');
SQL

# The Java side holds the database open (--hold) until its stdin closes, so pgbench hits the same server.
coproc BENCH { java -cp "$CP" org.reactivehss.bench.ReservationBenchmark "$SECONDS_PER_RUN" "$IN_FLIGHT" \
  "$SUBSCRIBERS" "$POOL" --hold 2>&1; }
PORT=""
PASSWORDS=""
while IFS= read -r line <&"${BENCH[0]}"; do
  case "$line" in
    *" INFO "*|*" WARN "*) ;;
    PGPORT=*) PORT=${line#PGPORT=} ;;
    PASSWORDS=*) PASSWORDS=${line#PASSWORDS=} ;;
    holding*) break ;;
    *) echo "$line" ;;
  esac
done
if [ -n "$PORT" ] && command -v pgbench >/dev/null; then
  echo "pgbench $(pgbench --version | awk '{print $3}'), same UPDATE, $PGBENCH_CLIENTS clients, prepared:"
  # the embedded database wants the hss role's generated password (docs/storage.md)
  PGPASSWORD=$(sed -n 's/^hss=//p' "$PASSWORDS") pgbench -h 127.0.0.1 -p "$PORT" -U hss -n -M prepared -c "$PGBENCH_CLIENTS" -j 2 -T "$SECONDS_PER_RUN" \
    -f "$PGBENCH_SCRIPT" postgres > "$OUT" 2>&1 || { echo "  pgbench failed:"; tail -3 "$OUT"; }
  grep -E "^(tps|latency average|number of failed)" "$OUT" | sed 's/^/  /'
else
  echo "pgbench not installed (apt-get install postgresql-client): skipped"
fi
exec {BENCH[1]}>&-
wait "$BENCH_PID" || true
