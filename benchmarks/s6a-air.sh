#!/usr/bin/env bash
# S6a AIR throughput with durable SQNs: a fresh HSS on a fresh embedded PostgreSQL, N subscribers
# provisioned through the NDJSON bulk import, then AIRs for one E-UTRAN vector each for random IMSIs.
# Client and server share this machine. Usage:
#   benchmarks/s6a-air.sh [subscribers] [connections] [window|rate] [duration-seconds]
#   window: closed loop with that many requests outstanding per connection (e.g. 64)
#   rate:   open loop at that many requests per second in all, written as e.g. 10000/s
# HSS_JAVA_OPTS adds JVM options to the HSS (e.g. a flight recording), HSS_BENCH_WARMUP sets the warm-up
# of the measured load (seconds, 5). Before it, HSS_BENCH_PREWARM seconds (15; 0 skips it) of closed
# loop (4 x window 16), not measured: the freshly started JVM compiles its hot path there instead of
# under the measured rate (a cold HSS at 10,000/s answers 3004 for its first seconds: docs/faults.md).
# HSS_BENCH_RESYNC_SHARE (percent, 0) of the measured AIRs carry Re-Synchronization-Info from an
# SQN_MS ahead of the HSS (the HSS verifies AUTS, moves SQN_HE and records an auth event); the summary
# then adds the USIM check of the resync answers and of a sample of the others.
# HSS_BENCH_DIAG=<directory> keeps the instruments of where the tail comes from there (GC and safepoint
# logs of both JVMs, the server's own latency and storage figures, PostgreSQL's checkpoints, WAL syncs
# and slow statements: benchmarks/lib/air-diagnostics.sh). HSS_BENCH_LOADGEN_OPTS adds JVM options to
# the load generator, HSS_BENCH_LOADGEN_LOOPS its event-loop threads (one per connection, at most 4).
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-100000}
connections=${2:-4}
load=${3:-64}
duration=${4:-20}
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13878}
http=${HSS_BENCH_HTTP_PORT:-18088}
prefix=00101

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
source benchmarks/lib/air-diagnostics.sh
[ -z "$diag_dir" ] || mkdir -p "$diag_dir"
HSS_JAVA_OPTS="${HSS_JAVA_OPTS:-} $(diag_gc_opts hss)"
start_fresh_hss "$port" "$http" air
provision_subscribers "$http" "$subscribers" "$prefix" no

case "$load" in
  */s) mode=(--rate "${load%/s}") ;;
  *) mode=(--window "$load") ;;
esac
resync=${HSS_BENCH_RESYNC_SHARE:-0}
[ "$resync" = 0 ] || mode+=(--resync-share "$resync")
machine_line
# every AIR answer waits for a WAL flush of its SQN: the disk's flush time is part of the figure
command -v python3 >/dev/null 2>&1 && python3 benchmarks/lib/flush-probe.py "$work" 300
prewarm=${HSS_BENCH_PREWARM:-15}
if [ "$prewarm" -gt 0 ]; then
  java -jar target/hss.jar loadgen --port "$port" --message air \
    --subscribers "$subscribers" --imsi-prefix "$prefix" --connections 4 --window 16 \
    --warmup 0 --duration "$prewarm" >/dev/null
  echo "pre-warmed: $prewarm s closed loop (4 x window 16), not measured"
fi
diag_before
with_request_cost java ${HSS_BENCH_LOADGEN_OPTS:-} $(diag_gc_opts loadgen) -jar target/hss.jar loadgen \
  --port "$port" --message air --subscribers "$subscribers" --imsi-prefix "$prefix" \
  --connections "$connections" ${HSS_BENCH_LOADGEN_LOOPS:+--event-loops "$HSS_BENCH_LOADGEN_LOOPS"} \
  "${mode[@]}" --warmup "$warmup" --duration "$duration" | diag_stamp ||
  status=$?
diag_after
exit "${status:-0}"
