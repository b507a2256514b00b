#!/usr/bin/env bash
# Whole procedures and a mixed profile: a fresh HSS on a fresh embedded PostgreSQL, N subscribers
# (TS 35.208 set 1 keys, one APN, IMPI <imsi>@ims.localdomain and IMPU sip:<imsi>@ims.localdomain)
# provisioned through the NDJSON bulk import, then the load generator in one of three modes:
#   attach            closed loop, window = attach flows in progress per connection: AIR, then ULR
#                     after a successful AIA (same IMSI), then PUR for HSS_BENCH_DETACH_SHARE % (10)
#   ims-registration  closed loop, window = registrations in progress per connection: UAR, MAR,
#                     SAR REGISTRATION (S-CSCF from a pool of HSS_BENCH_SCSCF_POOL, 4), then UAR,
#                     SAR RE_REGISTRATION every HSS_BENCH_REREGISTER_SECONDS (30) per user
#   mix               open loop at a total rate: HSS_BENCH_MIX percentages per command
#                     ("air=40,ulr=25,pur=5,uar=10,mar=10,sar=10")
#   all               the three in turn, each on a fresh HSS (the default)
# HSS_BENCH_RESYNC_SHARE (percent, 0) of the AIRs (attach and mix) carry Re-Synchronization-Info
# from an SQN_MS ahead of the HSS. Each run prints per-command answers/s, p50/p99/p99.9 and result
# codes (markdown), flows completed per second, the USIM check of sampled vectors, and the CPU cost
# per answer. Client and server share this machine. Usage:
#   benchmarks/flows.sh [mode=all] [subscribers=100000] [connections=4] [window|rate] [duration=20]
#   window for attach and ims-registration (16), rate for mix written as e.g. 2000/s (2000/s)
# HSS_JAVA_OPTS adds JVM options to the HSS, HSS_BENCH_WARMUP sets the warm-up (5 s).
# HSS_BENCH_PREWARM (seconds, 0) first runs the same load that long outside the measurement and the
# CPU window: on a fresh HSS the JIT compilers otherwise spend about as much CPU as the event loops
# during a 20 s run at a few hundred answers/s, which the per-answer cost would count (RESULTS.md,
# 2026-12-02). Under the mix the JIT of both JVMs keeps compiling for about two minutes (RESULTS.md,
# 2026-12-03): take 60 s or more for steady-state figures; the cost table's JIT column shows what is
# left. After it, ims-registration users are registered already (UAR answers E2002 more often).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-all}
subscribers=${2:-100000}
connections=${3:-4}
load=${4:-}
duration=${5:-20}
if [ "$mode" = all ]; then
  "$0" attach "$subscribers" "$connections" "${load:-16}" "$duration"
  "$0" ims-registration "$subscribers" "$connections" "${load:-16}" "$duration"
  "$0" mix "$subscribers" "$connections" "2000/s" "$duration"
  exit 0
fi
warmup=${HSS_BENCH_WARMUP:-5}
port=${HSS_BENCH_PORT:-13898}
http=${HSS_BENCH_HTTP_PORT:-18106}
prefix=00101
resync=${HSS_BENCH_RESYNC_SHARE:-0}
case "$mode" in
  attach)
    profile=(--flow attach --detach-share "${HSS_BENCH_DETACH_SHARE:-10}" --window "${load:-16}")
    [ "$resync" = 0 ] || profile+=(--resync-share "$resync") ;;
  ims-registration)
    profile=(--flow ims-registration --scscf-pool "${HSS_BENCH_SCSCF_POOL:-4}"
      --reregister-seconds "${HSS_BENCH_REREGISTER_SECONDS:-30}" --window "${load:-16}") ;;
  mix)
    load=${load:-2000/s}
    case "$load" in
      */s) ;;
      *) echo "mix runs open loop: give the rate as e.g. 2000/s" >&2; exit 2 ;;
    esac
    profile=(--mix "${HSS_BENCH_MIX:-air=40,ulr=25,pur=5,uar=10,mar=10,sar=10}"
      --scscf-pool "${HSS_BENCH_SCSCF_POOL:-4}" --rate "${load%/s}")
    [ "$resync" = 0 ] || profile+=(--resync-share "$resync") ;;
  *) echo "mode must be attach, ims-registration, mix or all" >&2; exit 2 ;;
esac
case "$mode:${load:-}" in
  attach:*/s|ims-registration:*/s) echo "$mode runs closed loop: give a window" >&2; exit 2 ;;
esac

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
start_fresh_hss "$port" "$http" "flows-$mode"
provision_subscribers "$http" "$subscribers" "$prefix" yes yes

prewarm=${HSS_BENCH_PREWARM:-0}
if [ "$prewarm" != 0 ]; then
  java -jar target/hss.jar loadgen --port "$port" --subscribers "$subscribers" --imsi-prefix "$prefix" \
    --connections "$connections" "${profile[@]}" --warmup 0 --duration "$prewarm" >"$work/prewarm.txt" 2>&1
  echo "prewarm: $prewarm s, $(sed -n 's/^result codes (whole run): //p' "$work/prewarm.txt" | head -1)"
fi

machine_line
echo "mode $mode"
before=$(mktemp)
curl -sf "http://127.0.0.1:$http/metrics" >"$before" || true
with_request_cost java -jar target/hss.jar loadgen --port "$port" \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" "${profile[@]}" \
  --warmup "$warmup" --duration "$duration"
# the HSS's own view of the same seconds: what it answered, its latency and its storage round trips
echo "server side (warm-up included):"
benchmarks/server-summary.sh "$http" "$before" || true
rm -f "$before"
