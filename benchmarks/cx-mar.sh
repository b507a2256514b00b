#!/usr/bin/env bash
# Cx Multimedia-Auth throughput (RESULTS.md "Cx MAR (issue 5)"): a fresh HSS with its embedded
# PostgreSQL in a temporary directory, N IMS subscribers bulk-imported over the API, then the load
# generator sending MARs (one Digest-AKAv1-MD5 item each, random subscriber) in a closed loop.
# Every answer carries an item whose SQN was durable first. Usage:
#   benchmarks/cx-mar.sh [connections=4] [window=32] [duration-seconds=20] [subscribers=10000]
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
window=${2:-32}
duration=${3:-20}
subscribers=${4:-10000}
port=${HSS_BENCH_PORT:-13868}
http=${HSS_BENCH_HTTP_PORT:-18080}
base=999700000000000

[ -f target/hss.jar ] || mvn -q -B package -DskipTests
work=$(mktemp -d)
HSS_DIAMETER_PORT=$port HSS_HTTP_PORT=$http HSS_DIAMETER_SCTP=false HSS_DB_DATA_DIR="$work/db" \
  java -jar target/hss.jar >"$work/hss.log" 2>&1 &
hss=$!
trap 'kill $hss 2>/dev/null; wait $hss 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  (exec 3<>/dev/tcp/127.0.0.1/$http) 2>/dev/null && break
  sleep 0.5
done

# TS 35.208 test set 1 keys for every subscriber; IMPI <imsi>@ims.localdomain, IMPU sip:<imsi>@ims.localdomain
for i in $(seq 0 $((subscribers - 1))); do
  imsi=$((base + i))
  printf '{"imsi":"%s","k":"465b5ce8b199b49faa5f0a2ee238a6bc","opc":"cd63cb71954a9f4e48a5994e37a02baf","amf":"8000","ims":{"impi":"%s@ims.localdomain","impus":["sip:%s@ims.localdomain"]}}\n' \
    "$imsi" "$imsi" "$imsi"
done > "$work/subscribers.ndjson"
curl -sS -w "HTTP %{http_code}\n" -o "$work/import.json" -X POST -H 'Content-Type: application/x-ndjson' \
  --data-binary @"$work/subscribers.ndjson" "http://127.0.0.1:$http/api/v1/subscribers/import"
echo "imported: $(head -c 60 "$work/import.json")"

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -cp target/hss.jar org.reactivehss.tools.loadgen.LoadGenerator --port "$port" --message mar \
  --imsi-base "$base" --subscribers "$subscribers" \
  --connections "$connections" --window "$window" --warmup 5 --duration "$duration"
