#!/usr/bin/env bash
# S13 ME-Identity-Check throughput: a fresh HSS on a fresh embedded PostgreSQL, EIR rules provisioned
# through the API (a TAC rule "tracking" for 35000000, which every IMEI of the range falls under, and
# an IMEI rule "prohibited" for every 100th IMEI), then ECRs from the load generator's MMEs for random
# IMEIs 35000000000000 + [0, imeis), each with the IMSI of the same index as User-Name. Every ECA
# follows one statement: the rule lookup, the insert into the check log and its per-IMEI trim
# (docs/s13.md). Client and server share this machine. Usage:
#   benchmarks/s13-ecr.sh [imeis] [connections] [window|rate] [duration-seconds]
#   window: closed loop with that many requests outstanding per connection (e.g. 64)
#   rate:   open loop at that many requests per second in all, written as e.g. 5000/s
# HSS_JAVA_OPTS adds JVM options to the HSS, HSS_BENCH_WARMUP sets the warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
imeis=${1:-100000}
connections=${2:-4}
load=${3:-64}
duration=${4:-20}
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13889}
http=${HSS_BENCH_HTTP_PORT:-18097}

source benchmarks/lib/fresh-hss.sh
start_fresh_hss "$port" "$http" ecr
rules="http://127.0.0.1:$http/api/v1/eir/rules"
curl -sf -X POST -H 'Content-Type: application/json' -d '{"tac":"35000000","status":"tracking"}' "$rules" >/dev/null
seq 0 100 $((imeis - 1)) | xargs -P 8 -I{} sh -c \
  "curl -sf -X POST -H 'Content-Type: application/json' -d \"{\\\"imei\\\":\\\"\$(printf '350000%08d' {})\\\",\\\"status\\\":\\\"prohibited\\\"}\" $rules >/dev/null"
echo "provisioned 1 TAC rule and $(( (imeis + 99) / 100 )) IMEI rules"

case "$load" in
  */s) mode=(--rate "${load%/s}") ;;
  *) mode=(--window "$load") ;;
esac
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
java -jar target/hss.jar loadgen --port "$port" --message ecr \
  --subscribers "$imeis" --imsi-prefix 00101 --connections "$connections" "${mode[@]}" \
  --warmup "$warmup" --duration "$duration"
