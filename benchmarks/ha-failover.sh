#!/usr/bin/env bash
# Two HSS replicas on a highly available PostgreSQL (three nodes run by Patroni with etcd, HAProxy in
# front: benchmarks/lib/ha-cluster.sh), under AIR and ULR load from the load generator on both
# replicas, through primary failures:
#   1. synchronous replication: KILLS times kill -9 of the primary's postmaster (each time Patroni
#      promotes the synchronous standby and rebuilds the old primary as a standby with pg_rewind),
#      then SWITCHOVERS planned switchovers;
#   2. asynchronous replication (synchronous_mode off): ASYNC_KILLS kills, to show what it costs.
# Every answer is recorded with the SQN its vector carries (checked like a USIM); failover-report
# prints per fault the window without a success on each replica and load, the answers by result
# code, the requests never answered and the SQNs issued twice.
#
#   usage: benchmarks/ha-failover.sh [KILLS=5] [SWITCHOVERS=1] [ASYNC_KILLS=1]
#   env:   HA_INTERVAL (s between faults, 20), HA_AIR_RATE (AIR/s per replica, 400), HA_ULR_RATE
#          (ULR/s per replica, 100), HA_SUBSCRIBERS (1000), HA_PORT_BASE (15400), HA_KEEP (keep logs)
#          HSS_CLASSPATH (run the HSS from these classes instead of target/hss.jar; tests do)
#          HA_TUNING=off (the HAProxy settings and switchover steps measured before 2026-12-02's
#          tuning, to compare: benchmarks/lib/ha-cluster.sh); HA_PATRONI_LOG (Patroni's log level,
#          INFO: its demote and promote steps, timestamped, in the kept logs)
#   KILLS=0 runs the planned switchovers alone. After each report, benchmarks/lib/ha-timeline.py
#   lines up per fault the cluster's steps (from the logs) with each recording's window.
#
# Exit status: 0 when the synchronous phase passed (no SQN issued twice, every request answered, no
# replica restarted), 1 when it did not, 77 when this machine lacks the packages (Debian:
# etcd-server patroni haproxy postgresql-15). Targets 127.0.0.1 only; stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."

kills=${1:-5}
switchovers=${2:-1}
async_kills=${3:-1}
interval=${HA_INTERVAL:-20}
air_rate=${HA_AIR_RATE:-400}
ulr_rate=${HA_ULR_RATE:-100}
subscribers=${HA_SUBSCRIBERS:-1000}
base=${HA_PORT_BASE:-15400}

source benchmarks/lib/ha-cluster.sh
source benchmarks/lib/fresh-hss.sh

missing=$(ha_missing)
if [ -n "$missing" ]; then
  echo "ha-failover: skipped: this machine lacks ${missing}(Debian: etcd-server patroni haproxy postgresql-15)"
  exit 77
fi
for p in $(seq $((base + 1)) $((base + 42))); do
  if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
    echo "ha-failover: port $p is in use; set HA_PORT_BASE" >&2
    exit 1
  fi
done

if [ -n "${HSS_CLASSPATH:-}" ]; then
  hss_cmd=(java -cp "$HSS_CLASSPATH" org.reactivehss.HssMain)
else
  [ -f target/hss.jar ] || mvn -q -B package -DskipTests
  hss_cmd=(java -jar target/hss.jar)
fi

root=$(mktemp -d /tmp/hss-ha.XXXXXX)
chmod 755 "$root" # the PostgreSQL nodes run as user postgres under root
pids=()
stop_all() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  # a postmaster whose Patroni died first would outlive the run
  pkill -9 -f "$root/" 2>/dev/null || true
  pids=()
}
trap 'stop_all; [ -n "${HA_KEEP:-}" ] && echo "logs kept in $root" || rm -rf "$root"' EXIT

# start_replica R: HSS replica R (1 or 2) on the database behind HAProxy; both share one key
start_replica() {
  local r=$1
  HSS_DIAMETER_PORT=$((base + 30 + r)) HSS_HTTP_PORT=$((base + 40 + r)) HSS_DIAMETER_SCTP=false \
    HSS_DIAMETER_LISTEN_ADDRESS=127.0.0.1 HSS_HTTP_HOST=127.0.0.1 \
    HSS_DIAMETER_ORIGIN_HOST="hss$r.localdomain" \
    HSS_DB_EMBEDDED=false HSS_DB_URL="postgresql://hss:$hss_password@127.0.0.1:$((base + 10))/hss" \
    HSS_KEY_ENCRYPTION_KEY="$kek" \
    "${hss_cmd[@]}" >"$work/hss$r.log" 2>&1 &
  hss_pids[$r]=$!
  pids+=($!)
  wait_for "HSS replica $r" 90 curl -sf "http://127.0.0.1:$((base + 40 + r))/health/ready" || return 1
}

# load R MESSAGE RATE SECONDS: one load generator against replica R, recording every answer
load() {
  local r=$1 message=$2 rate=$3 seconds=$4
  "${hss_cmd[@]}" loadgen --port $((base + 30 + r)) --message "$message" --rate "$rate" \
    --connections 2 --warmup 0 --duration "$seconds" --first-imsi 001010000000000 \
    --subscribers "$subscribers" --origin-prefix "r$r-$message" --record "$work/r$r-$message.rec" >"$work/loadgen-r$r-$message.log" 2>&1 &
  loads+=($!)
  pids+=($!)
}

# sleep_rest_of_interval T: until $interval seconds after epoch-ms T (at least 1 s)
sleep_rest_of_interval() {
  local left=$((interval - ($(date +%s%3N) - $1) / 1000))
  sleep $((left > 0 ? left : 1))
}

# phase NAME SYNC KILLS SWITCHOVERS: one cluster, two replicas, load, the faults; prints the report
phase() {
  local name=$1 sync=$2 n_kills=$3 n_switchovers=$4 i t node seconds status=0 alive=yes
  work="$root/$name"
  mkdir -p "$work"
  kek=$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')
  echo "== $name: synchronous_mode $sync, $n_kills kills, $n_switchovers switchovers, $interval s apart"
  start_ha_cluster "$sync" || { stop_all; return 1; }
  start_replica 1 || { stop_all; return 1; }
  start_replica 2 || { stop_all; return 1; }
  provision_subscribers $((base + 41)) "$subscribers" 00101 no yes
  seconds=$((10 + (n_kills + n_switchovers) * interval + 10))
  loads=()
  for r in 1 2; do
    load "$r" air $air_rate $seconds
    load "$r" ulr $ulr_rate $seconds
  done
  : >"$work/events"
  sleep 10
  for i in $(seq 1 "$n_kills"); do
    t=$(date +%s%3N)
    node=$(kill_primary_postmaster)
    echo "$t kill-$i" >>"$work/events"
    echo "kill -9 of the postmaster of pg$node (primary) at $t"
    wait_for "the cluster after kill $i" $((interval + 40)) healthy_cluster "$sync" || status=1
    sleep_rest_of_interval "$t"
  done
  for i in $(seq 1 "$n_switchovers"); do
    t=$(switchover_to_sync_standby)
    echo "$t switchover-$i" >>"$work/events"
    echo "planned switchover at $t"
    wait_for "the cluster after switchover $i" $((interval + 40)) healthy_cluster "$sync" || status=1
    sleep_rest_of_interval "$t"
  done
  wait "${loads[@]}" || status=1
  for r in 1 2; do
    if ! kill -0 "${hss_pids[$r]}" 2>/dev/null; then
      echo "HSS replica $r is no longer running (see $work/hss$r.log)"
      alive=NO
      status=1
    fi
  done
  echo "HSS replicas still running without a restart: $alive"
  # a load generator that could not start (a starved machine: it gives up connecting) leaves no
  # recording; the others are still reported, and the run fails
  local recordings=() rec
  for rec in r1-air r2-air r1-ulr r2-ulr; do
    if grep -q '^# sent' "$work/$rec.rec" 2>/dev/null; then
      recordings+=("$work/$rec.rec")
    else
      echo "no recording $rec: its load generator did not run (see $work/loadgen-$rec.log)"
      status=1
    fi
  done
  "${hss_cmd[@]}" failover-report "$work/events" "${recordings[@]}" | tee "$work/report.md" || status=1
  # where each window went: Patroni's, PostgreSQL's and HAProxy's steps, ms from each fault
  python3 benchmarks/lib/ha-timeline.py "$work" || true
  stop_all
  return $status
}

echo "ha-failover: $(date -u +%FT%TZ), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) CPUs, commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "HAProxy and switchover tuning: ${HA_TUNING:-on}"
echo "load per replica: AIR $air_rate/s, ULR $ulr_rate/s open loop, $subscribers subscribers"
result=0
phase synchronous true "$kills" "$switchovers" || result=1
if [ "$async_kills" -gt 0 ]; then
  # what asynchronous replication would cost: informational, expected to show SQNs issued twice
  phase asynchronous false "$async_kills" 0 || true
fi
exit $result
