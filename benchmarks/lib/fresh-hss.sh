# Sourced by the benchmark scripts: a fresh HSS (its own embedded PostgreSQL in a temporary
# directory) on the given ports, and bulk provisioning through the NDJSON import.

# start_fresh_hss <diameter-port> <http-port> <name>: sets $hss (pid) and $work (temp dir); the HSS
# and the directory go away when the calling script exits. Refuses ports already in use: another
# HSS there would silently take the benchmark's traffic. HSS_BENCH_JAR runs another build of the HSS,
# HSS_BENCH_JAVA another Java for the HSS alone (the load generator keeps the one on the PATH, so
# that a comparison of runtimes changes the server only).
start_fresh_hss() {
  local port=$1 http=$2 name=$3
  local jar=${HSS_BENCH_JAR:-target/hss.jar}
  [ -f "$jar" ] || mvn -q -B package -DskipTests
  for p in $port $http; do
    if (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then
      echo "port $p is in use; set HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT" >&2
      exit 1
    fi
  done
  work=$(mktemp -d "/tmp/hss-$name-bench.XXXXXX")
  HSS_DIAMETER_PORT=$port HSS_HTTP_PORT=$http HSS_DIAMETER_SCTP=false HSS_DB_DATA_DIR="$work/db" \
    "${HSS_BENCH_JAVA:-java}" ${HSS_JAVA_OPTS:-} -jar "$jar" >"$work/hss.log" 2>&1 &
  hss=$!
  # (under set -e a failing kill or wait would end the trap before the directory is removed)
  trap 'kill $hss 2>/dev/null || true; wait $hss 2>/dev/null || true; rm -rf "$work"' EXIT
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$http/api/v1/subscribers?limit=1" >/dev/null 2>&1 && break
    sleep 0.5
  done
  kill -0 $hss 2>/dev/null || { echo "HSS did not start:" >&2; tail -20 "$work/hss.log" >&2; exit 1; }
}

# provision_subscribers <http-port> <count> <imsi-prefix> <ims: yes|no> [apn: yes|no]
# [non3gpp: yes|no]: IMSIs
# <prefix> + 10 digits with the TS 35.208 set 1 keys (and IMPI <imsi>@ims.localdomain, IMPU
# sip:<imsi>@ims.localdomain; and one APN "internet", QCI 9, as an ULA carries it; and
# "non3gppAccess": true, which SWx MAR needs), through
# HSS_BENCH_IMPORTS (4) NDJSON imports in parallel, each a share of the IMSIs. The import writes 100
# subscribers per transaction: 100,000 take well under a minute.
provision_subscribers() {
  local http=$1 count=$2 prefix=$3 ims=$4 apn=${5:-no} non3gpp=${6:-no} start imports=()
  start=$(date +%s)
  for part in $(seq 0 $((${HSS_BENCH_IMPORTS:-4} - 1))); do
    awk -v n="$count" -v p="$part" -v parts="${HSS_BENCH_IMPORTS:-4}" -v prefix="$prefix" -v ims="$ims" -v apn="$apn" -v non3gpp="$non3gpp" 'BEGIN {
      for (i = p; i < n; i += parts) {
        imsi = sprintf("%s%010d", prefix, i)
        extra = ims == "yes" ? sprintf(",\"ims\":{\"impi\":\"%s@ims.localdomain\",\"impus\":[\"sip:%s@ims.localdomain\"]}", imsi, imsi) : ""
        if (apn == "yes") extra = extra ",\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"pdnType\":\"ipv4\",\"qci\":9,\"arp\":{\"priority\":8,\"preemptionCapable\":false,\"preemptionVulnerable\":true}}]"
        if (non3gpp == "yes") extra = extra ",\"non3gppAccess\":true"
        printf "{\"imsi\":\"%s\",\"k\":\"465b5ce8b199b49faa5f0a2ee238a6bc\",\"opc\":\"cd63cb71954a9f4e48a5994e37a02baf\",\"amf\":\"8000\"%s}\n", imsi, extra
      }
    }' | curl -sf -X POST --data-binary @- -H 'Content-Type: application/x-ndjson' \
        "http://127.0.0.1:$http/api/v1/subscribers/import" | grep -o '"created":[0-9]*,"replaced":[0-9]*,"failed":[0-9]*' &
    imports+=($!)
  done
  wait "${imports[@]}"
  echo "provisioned $count subscribers in $(( $(date +%s) - start )) s"
}
