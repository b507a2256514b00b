#!/usr/bin/env bash
# Peer-layer throughput: a freshly started HSS answers pipelined DWRs from the load generator.
# Both run on this machine; they share its cores. Usage:
#   benchmarks/diameter-dwr.sh [connections] [window] [duration-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
window=${2:-128}
duration=${3:-20}
port=${HSS_BENCH_PORT:-13868}

[ -f target/hss.jar ] || mvn -q -B package -DskipTests
HSS_DIAMETER_PORT=$port HSS_HTTP_PORT=0 HSS_DIAMETER_SCTP=false java -jar target/hss.jar >/tmp/hss-bench.log 2>&1 &
hss=$!
trap 'kill $hss 2>/dev/null; wait $hss 2>/dev/null' EXIT
for _ in $(seq 1 60); do
  (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
  sleep 0.5
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -jar target/hss.jar loadgen --port "$port" \
  --connections "$connections" --window "$window" --warmup 5 --duration "$duration"
