#!/usr/bin/env bash
# SLh LCS-Routing-Info throughput: a fresh HSS on a fresh embedded PostgreSQL, N subscribers (one APN
# each) provisioned through the NDJSON bulk import, registered by a short ULR phase of the load
# generator's MMEs (15 s of random IMSIs: most get a serving MME, the rest answer 4201), then
# RIRs by IMSI (User-Name) from the load generator's GMLCs (bench-N.localdomain, one per connection)
# for random IMSIs of the range. Every RIA is one read of the subscriber's row. Client and server
# share this machine. Usage:
#   benchmarks/slh-rir.sh [subscribers] [connections] [window|rate] [duration-seconds]
#   window: closed loop with that many requests outstanding per connection (e.g. 64)
#   rate:   open loop at that many requests per second in all, written as e.g. 5000/s
# HSS_JAVA_OPTS adds JVM options to the HSS, HSS_BENCH_WARMUP sets the warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-10000}
connections=${2:-4}
load=${3:-64}
duration=${4:-20}
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13888}
http=${HSS_BENCH_HTTP_PORT:-18096}
prefix=00101

source benchmarks/lib/fresh-hss.sh
start_fresh_hss "$port" "$http" rir
provision_subscribers "$http" "$subscribers" "$prefix" no yes
echo "registering serving MMEs (ULR phase)"
java -jar target/hss.jar loadgen --port "$port" --message ulr \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" --window 64 \
  --warmup 1 --duration 15 | tail -1

case "$load" in
  */s) mode=(--rate "${load%/s}") ;;
  *) mode=(--window "$load") ;;
esac
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -jar target/hss.jar loadgen --port "$port" --message rir \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" "${mode[@]}" \
  --warmup "$warmup" --duration "$duration"
