#!/usr/bin/env bash
# S6a Update-Location throughput: a fresh HSS on a fresh embedded PostgreSQL, N subscribers (each
# with one APN, so every ULA carries Subscription-Data) provisioned through the NDJSON bulk import,
# then ULRs from the load generator's MMEs (bench-N.localdomain, one per connection), each with a
# Session-Id of its own, for random IMSIs of the connection's share of the range: an IMSI always comes
# from the same MME, so no Cancel-Location is triggered. Every ULA follows a committed write of the
# serving MME. Client and server share this machine. Usage:
#   benchmarks/s6a-ulr.sh [subscribers] [connections] [window|rate] [duration-seconds]
#   window: closed loop with that many requests outstanding per connection (e.g. 64)
#   rate:   open loop at that many requests per second in all, written as e.g. 5000/s
# HSS_JAVA_OPTS adds JVM options to the HSS, HSS_BENCH_WARMUP sets the warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-100000}
connections=${2:-4}
load=${3:-64}
duration=${4:-20}
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13888}
http=${HSS_BENCH_HTTP_PORT:-18096}
prefix=00101

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
start_fresh_hss "$port" "$http" ulr
provision_subscribers "$http" "$subscribers" "$prefix" no yes

case "$load" in
  */s) mode=(--rate "${load%/s}") ;;
  *) mode=(--window "$load") ;;
esac
machine_line
with_request_cost java -jar target/hss.jar loadgen --port "$port" --message ulr \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" "${mode[@]}" \
  --warmup "$warmup" --duration "$duration"
