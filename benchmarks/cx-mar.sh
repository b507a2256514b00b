#!/usr/bin/env bash
# Cx Multimedia-Auth throughput (RESULTS.md "Cx MAR (issue 5)"): a fresh HSS with its embedded
# PostgreSQL in a temporary directory, N IMS subscribers bulk-imported over the API, then the load
# generator sending MARs (one Digest-AKAv1-MD5 item each, random subscriber) in a closed loop.
# Every answer carries an item whose SQN was durable first. Usage:
#   benchmarks/cx-mar.sh [connections=4] [window=32] [duration-seconds=20] [subscribers=10000]
# (HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT choose the ports.)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
window=${2:-32}
duration=${3:-20}
subscribers=${4:-10000}
port=${HSS_BENCH_PORT:-13868}
http=${HSS_BENCH_HTTP_PORT:-18080}
prefix=00101

[ -f target/hss.jar ] || mvn -q -B package -DskipTests
for p in $port $http; do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "port $p is in use; set HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT" >&2
    exit 1
  fi
done
work=$(mktemp -d /tmp/hss-mar-bench.XXXXXX)
HSS_DIAMETER_PORT=$port HSS_HTTP_PORT=$http HSS_DIAMETER_SCTP=false HSS_DB_DATA_DIR="$work/db" \
  java -jar target/hss.jar >"$work/hss.log" 2>&1 &
hss=$!
trap 'kill $hss 2>/dev/null; wait $hss 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$http/api/v1/subscribers?limit=1" >/dev/null 2>&1 && break
  sleep 0.5
done
kill -0 $hss 2>/dev/null || { echo "HSS did not start:" >&2; tail -20 "$work/hss.log" >&2; exit 1; }

# TS 35.208 set 1 keys; IMPI <imsi>@ims.localdomain, IMPU sip:<imsi>@ims.localdomain. Four imports
# in parallel, each a quarter of the IMSIs.
start=$(date +%s)
imports=()
for part in 0 1 2 3; do
  awk -v n="$subscribers" -v p="$part" -v prefix="$prefix" 'BEGIN {
    for (i = p; i < n; i += 4) {
      imsi = sprintf("%s%010d", prefix, i)
      printf "{\"imsi\":\"%s\",\"k\":\"465b5ce8b199b49faa5f0a2ee238a6bc\",\"opc\":\"cd63cb71954a9f4e48a5994e37a02baf\",\"amf\":\"8000\",\"ims\":{\"impi\":\"%s@ims.localdomain\",\"impus\":[\"sip:%s@ims.localdomain\"]}}\n", imsi, imsi, imsi
    }
  }' | curl -sf -X POST --data-binary @- -H 'Content-Type: application/x-ndjson' \
      "http://127.0.0.1:$http/api/v1/subscribers/import" | grep -o '"created":[0-9]*' &
  imports+=($!)
done
wait "${imports[@]}"
echo "provisioned $subscribers IMS subscribers in $(( $(date +%s) - start )) s"

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -cp target/hss.jar org.reactivehss.tools.loadgen.LoadGenerator --port "$port" --message mar \
  --imsi-prefix "$prefix" --subscribers "$subscribers" \
  --connections "$connections" --window "$window" --warmup 5 --duration "$duration"
