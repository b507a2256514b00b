#!/usr/bin/env bash
# Does AIR slow down when the database holds a million subscribers instead of a hundred thousand?
# For each size (HSS_SCALE_SIZES, "100000 1000000"), HSS_SCALE_ROUNDS (1) times, alternating sizes:
# a fresh HSS on a fresh embedded PostgreSQL, the subscribers bulk-imported (one APN each), 15 s of
# pre-warm (not measured), then AIR for random IMSIs of the whole population, closed loop
# (4 connections x window 64, 20 s) and open loop (10,000/s over 4 connections, 30 s), each with
# its CPU cost per answer (benchmarks/lib/request-cost.sh). Ends with one table of every run.
# HSS_SCALE_CLOSED_SECONDS / HSS_SCALE_OPEN_SECONDS shorten the loads for a quick check.
# Usage: benchmarks/subscriber-scale.sh
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${HSS_SCALE_SIZES:-100000 1000000}
rounds=${HSS_SCALE_ROUNDS:-1}
port=${HSS_BENCH_PORT:-13878}
http=${HSS_BENCH_HTTP_PORT:-18088}
prefix=00101
rows=()

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
[ -f target/hss.jar ] || mvn -q -B package -DskipTests
machine_line

stop_hss() {
  kill "$hss" 2>/dev/null || true
  wait "$hss" 2>/dev/null || true
  rm -rf "$work"
}

# measure <label> <loadgen mode args...>: one measured load, its summary row kept for the table
measure() {
  local label=$1 out
  shift
  out=$(with_request_cost java -jar target/hss.jar loadgen --port "$port" --message air \
    --subscribers "$size" --imsi-prefix "$prefix" --connections 4 "$@" --warmup 5 --duration "$duration")
  echo "$out"
  # the load generator's summary row, then the cost row (HSS, backends, ..., total, commits/s, per answer)
  local summary cost
  summary=$(echo "$out" | grep -E '^\| 4 \| ' | tail -1)
  cost=$(echo "$out" | grep -A2 '^| HSS ' | tail -1)
  rows+=("$(awk -v s="$size" -v l="$label" -v a="$summary" -v c="$cost" 'BEGIN {
    split(a, x, "|"); split(c, y, "|")
    printf "| %d | %s | %s | %.2f | %.2f | %.2f | %.2f | %s | %s | %s |", s, l, x[6] + 0,
      x[7] / 1000, x[9] / 1000, x[10] / 1000, x[11] / 1000, y[2] + 0, y[3] + 0, y[9] + 0
  }')")
}

for round in $(seq 1 "$rounds"); do
  for size in $sizes; do
    echo "== round $round: $size subscribers"
    start_fresh_hss "$port" "$http" scale
    provision_subscribers "$http" "$size" "$prefix" no yes
    java -jar target/hss.jar loadgen --port "$port" --message air --subscribers "$size" \
      --imsi-prefix "$prefix" --connections 4 --window 16 --warmup 0 --duration 15 >/dev/null
    duration=${HSS_SCALE_CLOSED_SECONDS:-20} measure "closed 4 x 64" --window 64
    duration=${HSS_SCALE_OPEN_SECONDS:-30} measure "10,000/s" --rate 10000
    stop_hss
    trap - EXIT
  done
done

echo
echo "AIR by subscriber count ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(nproc) cores, commit $(git rev-parse --short HEAD))"
echo "| subscribers | load | answers/s | p50 ms | p99 ms | p99.9 ms | max ms | HSS us/AIR | PostgreSQL backends us/AIR | commits per AIR |"
echo "|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
