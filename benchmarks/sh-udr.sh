#!/usr/bin/env bash
# Sh User-Data-Request throughput: a fresh HSS with its embedded PostgreSQL in a temporary directory,
# N IMS subscribers bulk-imported over the API (IMPU sip:<imsi>@ims.localdomain), a permission list
# letting each load-generator connection (bench-N.localdomain) read IMSUserState, then the load
# generator sending UDRs (Data-Reference IMSUserState, random subscriber) in a closed loop. Each UDR
# reads the AS's permission list and the user (two statements). Usage:
#   benchmarks/sh-udr.sh [connections=4] [window=32] [duration-seconds=20] [subscribers=100000]
# (HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT choose the ports.)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
window=${2:-32}
duration=${3:-20}
subscribers=${4:-100000}
port=${HSS_BENCH_PORT:-13870}
http=${HSS_BENCH_HTTP_PORT:-18082}
prefix=00101

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
start_fresh_hss "$port" "$http" udr
provision_subscribers "$http" "$subscribers" "$prefix" yes
for ((c = 0; c < connections; c++)); do
  curl -sf -X PUT -H 'Content-Type: application/json' -d '{"udr":["IMSUserState"]}' \
    "http://127.0.0.1:$http/api/v1/sh/permissions/bench-$c.localdomain" >/dev/null
done

machine_line
with_request_cost java -jar target/hss.jar loadgen --port "$port" --message udr \
  --imsi-prefix "$prefix" --subscribers "$subscribers" \
  --connections "$connections" --window "$window" --warmup 5 --duration "$duration"
