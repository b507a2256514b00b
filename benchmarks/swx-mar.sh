#!/usr/bin/env bash
# SWx Multimedia-Auth throughput: a fresh HSS with its embedded
# PostgreSQL in a temporary directory, N subscribers with non-3GPP access bulk-imported over the API,
# then the load generator sending SWx MARs (one EAP-AKA' item over WLAN each, random subscriber) in a
# closed loop, as a 3GPP AAA server asks on attach (TS 29.273 §8.2.2.1).
# Every answer carries an item whose SQN was durable first. Usage:
#   benchmarks/swx-mar.sh [connections=4] [window=32] [duration-seconds=20] [subscribers=100000]
# (HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT choose the ports.)
set -euo pipefail
cd "$(dirname "$0")/.."
connections=${1:-4}
window=${2:-32}
duration=${3:-20}
subscribers=${4:-100000}
port=${HSS_BENCH_PORT:-13868}
http=${HSS_BENCH_HTTP_PORT:-18080}
prefix=00101

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
start_fresh_hss "$port" "$http" swx-mar
provision_subscribers "$http" "$subscribers" "$prefix" no no yes

machine_line
with_request_cost java -jar target/hss.jar loadgen --port "$port" --message swx-mar \
  --imsi-prefix "$prefix" --subscribers "$subscribers" \
  --connections "$connections" --window "$window" --warmup 5 --duration "$duration"
