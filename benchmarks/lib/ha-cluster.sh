# Sourced by benchmarks/ha-failover.sh: a highly available PostgreSQL on this machine, built from
# Debian's packages and nothing of ours: one etcd, three PostgreSQL 15 nodes each run by Patroni
# (synchronous replication, one synchronous standby), and HAProxy sending connections to whichever
# node Patroni's REST API calls primary. Everything listens on 127.0.0.1 and lives in $work.
#
# Ports from $base: etcd +1 (client) +2 (peer), HAProxy +10, PostgreSQL +11..13, Patroni REST
# +21..23.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# ha_missing: prints what this machine lacks for the cluster (empty when it has everything)
ha_missing() {
  local tool
  for tool in etcd patroni patronictl haproxy curl python3; do
    command -v "$tool" >/dev/null 2>&1 || echo -n "$tool "
  done
  [ -x "$PG_BIN/postgres" ] || echo -n "$PG_BIN/postgres "
}

# as_postgres CMD...: PostgreSQL refuses to run as root; under root the nodes run as user postgres
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_etcd: a one-member etcd, the store Patroni keeps the leader key in
start_etcd() {
  etcd --name e1 --data-dir "$work/etcd" \
    --listen-client-urls "http://127.0.0.1:$((base + 1))" \
    --advertise-client-urls "http://127.0.0.1:$((base + 1))" \
    --listen-peer-urls "http://127.0.0.1:$((base + 2))" \
    --initial-advertise-peer-urls "http://127.0.0.1:$((base + 2))" \
    --initial-cluster "e1=http://127.0.0.1:$((base + 2))" >"$work/etcd.log" 2>&1 &
  pids+=($!)
  wait_for "etcd" 30 curl -sf "http://127.0.0.1:$((base + 1))/health" || return 1
}

# patroni_config N SYNC: the YAML of node pgN. SYNC is true or false (synchronous_mode).
# primary_start_timeout 0: a crashed primary is failed over at once instead of restarted in place
# (the synchronous standby has every committed transaction, so nothing is lost by not waiting).
patroni_config() {
  local n=$1 sync=$2
  cat <<EOF
scope: hss-ha
namespace: /reactive-hss/
name: pg$n
log:
  level: ${HA_PATRONI_LOG:-INFO}
restapi:
  listen: 127.0.0.1:$((base + 20 + n))
  connect_address: 127.0.0.1:$((base + 20 + n))
etcd3:
  hosts: 127.0.0.1:$((base + 1))
bootstrap:
  dcs:
    ttl: 20
    loop_wait: 1
    retry_timeout: 5
    maximum_lag_on_failover: 16777216
    primary_start_timeout: 0
    synchronous_mode: $sync
    postgresql:
      use_pg_rewind: true
      parameters:
        wal_log_hints: "on"
        wal_keep_size: 512MB
        max_connections: 200
        hot_standby: "on"
  initdb:
    - encoding: UTF8
    - data-checksums
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
postgresql:
  listen: 127.0.0.1:$((base + 10 + n))
  connect_address: 127.0.0.1:$((base + 10 + n))
  data_dir: $work/pg$n/data
  bin_dir: $PG_BIN
  pgpass: $work/pg$n/pgpass
  remove_data_directory_on_rewind_failure: true
  remove_data_directory_on_diverged_timelines: true
  authentication:
    superuser:
      username: postgres
      password: $superuser_password
    replication:
      username: replicator
      password: $replication_password
  parameters:
    unix_socket_directories: $work/pg$n
EOF
}

# start_patroni N SYNC
start_patroni() {
  local n=$1 sync=$2
  mkdir -p "$work/pg$n"
  patroni_config "$n" "$sync" >"$work/pg$n.yml"
  chmod 700 "$work/pg$n"
  [ "$(id -u)" -eq 0 ] && chown -R postgres: "$work/pg$n" "$work/pg$n.yml"
  # started from $work: Patroni's worker processes change to the starting directory, which user
  # postgres may not be allowed to enter (a checkout under a private home or temp directory)
  pushd "$work" >/dev/null
  as_postgres patroni "$work/pg$n.yml" >>"$work/pg$n.log" 2>&1 &
  patroni_pids[$n]=$!
  pids+=($!)
  popd >/dev/null
}

# start_haproxy: port base+10 goes to the node whose Patroni answers 200 on /primary; sessions to a
# node marked down are cut, so clients reconnect to the new primary instead of hanging on the old.
# HA_TUNING=off keeps the settings measured before 2026-12-02's switchover tuning (check every
# 500 ms, 3 connect retries on the same server, each after a 1 s turn-around): a client connecting
# while HAProxy still sends it to the old primary, which refuses, then waited up to 3 s. Tuned
# (default): check every 100 ms, one retry, sent to another server that is up (redispatch), after
# at most 250 ms; the HSS gets a refused connection fast and tries again with its next request.
# fall 3 with the 1 s check timeout: a primary whose Patroni answers 503 is down after 3 checks
# (about 300 ms), but a healthy one is cut only after 3 checks in a row took over 1 s (with 500 ms
# and fall 2, a loaded machine marked its primary down once and cut every session).
start_haproxy() {
  local connect=2s retries=3 redispatch="" check="inter 500ms fall 2 rise 1"
  if [ "${HA_TUNING:-on}" != off ]; then
    connect=250ms retries=1 redispatch="option redispatch 1" check="inter 100ms fall 3 rise 1"
  fi
  cat >"$work/haproxy.cfg" <<EOF
global
  maxconn 1000
  log stderr format iso local0 notice
defaults
  mode tcp
  log global
  timeout connect $connect
  timeout client 30m
  timeout server 30m
  timeout check 1s
  retries $retries
  $redispatch
listen primary
  bind 127.0.0.1:$((base + 10))
  option httpchk OPTIONS /primary
  http-check expect status 200
  default-server $check on-marked-down shutdown-sessions
  server pg1 127.0.0.1:$((base + 11)) maxconn 300 check port $((base + 21))
  server pg2 127.0.0.1:$((base + 12)) maxconn 300 check port $((base + 22))
  server pg3 127.0.0.1:$((base + 13)) maxconn 300 check port $((base + 23))
EOF
  haproxy -f "$work/haproxy.cfg" -db >"$work/haproxy.log" 2>&1 &
  pids+=($!)
}

# cluster_json: Patroni's view of the cluster (members, roles, states, timeline)
cluster_json() {
  local n
  for n in 1 2 3; do
    curl -sf "http://127.0.0.1:$((base + 20 + n))/cluster" 2>/dev/null && return 0
  done
  return 1
}

# primary_node: N of the node that is primary now (empty when none is)
primary_node() {
  local n
  for n in 1 2 3; do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$((base + 20 + n))/primary")" = 200 ]; then
      echo "$n"
      return 0
    fi
  done
}

has_primary() {
  [ -n "$(primary_node)" ]
}

# healthy_cluster SYNC: a primary and two streaming standbys (one synchronous when SYNC is true)
healthy_cluster() {
  local sync=$1
  cluster_json | python3 -c '
import json, sys
members = json.load(sys.stdin)["members"]
leaders = [m for m in members if m["role"] == "leader" and m["state"] == "running"]
standbys = [m for m in members if m["role"] in ("replica", "sync_standby") and m["state"] in ("running", "streaming")]
sync = [m for m in members if m["role"] == "sync_standby"]
ok = len(leaders) == 1 and len(standbys) == 2 and (len(sync) == 1 or sys.argv[1] != "true")
sys.exit(0 if ok else 1)' "$sync"
}

# sync_standby_name: the name (pgN) of the synchronous standby, or any standby when there is none
sync_standby_name() {
  cluster_json | python3 -c '
import json, sys
members = json.load(sys.stdin)["members"]
pick = [m for m in members if m["role"] == "sync_standby"] or [m for m in members if m["role"] == "replica"]
print(pick[0]["name"] if pick else "")'
}

# wait_for WHAT SECONDS CMD...: retries CMD every 0.5 s; fails the script naming WHAT
wait_for() {
  local what=$1 seconds=$2
  shift 2
  local tries=$((seconds * 2))
  while ((tries-- > 0)); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "ha-failover: $what not ready after ${seconds} s (logs in $work)" >&2
  local log
  for log in "$work"/*.log; do
    echo "--- last lines of $log" >&2
    tail -n 5 "$log" >&2
  done
  return 1
}

# start_ha_cluster SYNC: etcd, three Patroni nodes, HAProxy; then the hss role and database
start_ha_cluster() {
  local sync=$1
  superuser_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  replication_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  hss_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  chmod 755 "$work"
  start_etcd || return 1
  start_patroni 1 "$sync"
  wait_for "the first PostgreSQL primary" 180 has_primary || return 1
  start_patroni 2 "$sync"
  start_patroni 3 "$sync"
  wait_for "two standbys" 180 healthy_cluster "$sync" || return 1
  start_haproxy
  wait_for "HAProxy" 30 env PGPASSWORD="$superuser_password" \
    "$PG_BIN/psql" -h 127.0.0.1 -p $((base + 10)) -U postgres -d postgres -tAc 'select 1' || return 1
  PGPASSWORD="$superuser_password" "$PG_BIN/psql" -q -h 127.0.0.1 -p $((base + 10)) -U postgres \
    -d postgres -v ON_ERROR_STOP=1 \
    -c "create role hss login password '$hss_password'" \
    -c "create database hss owner hss"
}

# kill_primary_postmaster: kill -9 the primary's postmaster (Patroni itself stays); prints the node
kill_primary_postmaster() {
  local n pid
  n=$(primary_node)
  [ -n "$n" ] || return 1
  pid=$(head -1 "$work/pg$n/data/postmaster.pid")
  kill -9 "$pid"
  echo "$n"
}

# switchover_to_sync_standby: Patroni's planned switchover (its REST API, as patronictl calls it).
# Tuned (HA_TUNING not off): a CHECKPOINT on the primary first, as a planned switchover allows, so
# that the checkpoint Patroni runs before stopping the old primary finds little to write. The
# fault time it prints (epoch ms) is taken before it, so whatever the CHECKPOINT costs is inside the
# window; finding the primary and the candidate (REST calls, slow on a loaded machine) is not.
switchover_to_sync_standby() {
  local n candidate
  n=$(primary_node)
  candidate=$(sync_standby_name)
  date +%s%3N
  if [ "${HA_TUNING:-on}" != off ]; then
    PGPASSWORD="$superuser_password" "$PG_BIN/psql" -q -h 127.0.0.1 -p $((base + 10 + n)) \
      -U postgres -d postgres -c checkpoint >/dev/null
  fi
  curl -sf -X POST "http://127.0.0.1:$((base + 20 + n))/switchover" \
    -d "{\"leader\": \"pg$n\", \"candidate\": \"$candidate\"}" >/dev/null
}
