#!/usr/bin/env bash
# S6a AIR throughput with durable SQNs: a fresh HSS on a fresh embedded PostgreSQL, N subscribers
# provisioned through the NDJSON bulk import, then AIRs for one E-UTRAN vector each for random IMSIs.
# Client and server share this machine. Usage:
#   benchmarks/s6a-air.sh [subscribers] [connections] [window|rate] [duration-seconds]
#   window: closed loop with that many requests outstanding per connection (e.g. 64)
#   rate:   open loop at that many requests per second in all, written as e.g. 10000/s
# HSS_JAVA_OPTS adds JVM options to the HSS (e.g. a flight recording), HSS_BENCH_WARMUP sets the warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
subscribers=${1:-10000}
connections=${2:-4}
load=${3:-64}
duration=${4:-20}
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13878}
http=${HSS_BENCH_HTTP_PORT:-18088}
prefix=00101

[ -f target/hss.jar ] || mvn -q -B package -DskipTests
# Another HSS on these ports would silently take our traffic: refuse to run instead.
for p in $port $http; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "port $p is in use; set HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT" >&2
    exit 1
  fi
done
data=$(mktemp -d /tmp/hss-air-bench.XXXXXX)
HSS_DIAMETER_PORT=$port HSS_HTTP_PORT=$http HSS_DIAMETER_SCTP=false HSS_DB_DATA_DIR="$data/db" \
  java ${HSS_JAVA_OPTS:-} -jar target/hss.jar >"$data/hss.log" 2>&1 &
hss=$!
trap 'kill $hss 2>/dev/null; wait $hss 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$http/api/v1/subscribers?limit=1" >/dev/null 2>&1 && break
  sleep 0.5
done
kill -0 $hss 2>/dev/null || { echo "HSS did not start:" >&2; tail -20 "$data/hss.log" >&2; exit 1; }

# Four import requests in parallel, each a quarter of the IMSIs (the import writes its lines in order).
start=$(date +%s)
imports=()
for part in 0 1 2 3; do
  awk -v n="$subscribers" -v p="$part" -v prefix="$prefix" 'BEGIN {
    for (i = p; i < n; i += 4) printf "{\"imsi\":\"%s%010d\",\"k\":\"465b5ce8b199b49faa5f0a2ee238a6bc\",\"opc\":\"cd63cb71954a9f4e48a5994e37a02baf\",\"amf\":\"8000\"}\n", prefix, i
  }' | curl -sf -X POST --data-binary @- -H 'Content-Type: application/x-ndjson' \
      "http://127.0.0.1:$http/api/v1/subscribers/import" | grep -o '"created":[0-9]*' &
  imports+=($!)
done
wait "${imports[@]}"
echo "provisioned $subscribers subscribers in $(( $(date +%s) - start )) s"

case "$load" in
  */s) mode=(--rate "${load%/s}") ;;
  *) mode=(--window "$load") ;;
esac
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -cp target/hss.jar org.reactivehss.tools.loadgen.LoadGenerator --port "$port" --message air \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" "${mode[@]}" \
  --warmup "$warmup" --duration "$duration"
