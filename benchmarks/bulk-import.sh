#!/usr/bin/env bash
# Bulk-import throughput: a fresh HSS on a fresh embedded PostgreSQL, then ONE POST of N NDJSON lines
# to /api/v1/subscribers/import, each a subscriber with the TS 35.208 set 1 keys and one APN
# "internet" (the README's example line), all new. The file is generated before the clock starts and
# sent by curl from disk; the elapsed time is from the first byte sent to the report received. While
# the import runs, VmRSS of the HSS process is sampled every 200 ms (/proc/<pid>/status): the maximum
# shows whether the HSS holds the file or only a bounded window of it. Client and server share this
# machine. Usage:
#   benchmarks/bulk-import.sh [lines]
# HSS_JAVA_OPTS adds JVM options to the HSS; HSS_BENCH_JAR runs another build (e.g. of an older commit;
# give it that commit's conf/hss.yaml through HSS_CONFIG, since a key it does not know stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
port=${HSS_BENCH_PORT:-13890}
http=${HSS_BENCH_HTTP_PORT:-18098}
prefix=00101

source benchmarks/lib/fresh-hss.sh
source benchmarks/lib/request-cost.sh
start_fresh_hss "$port" "$http" import

input="$work/import.ndjson"
awk -v n="$lines" -v prefix="$prefix" 'BEGIN {
  for (i = 0; i < n; i++) {
    printf "{\"imsi\":\"%s%010d\",\"k\":\"465b5ce8b199b49faa5f0a2ee238a6bc\",\"opc\":\"cd63cb71954a9f4e48a5994e37a02baf\",\"amf\":\"8000\",\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"pdnType\":\"ipv4\",\"qci\":9,\"arp\":{\"priority\":8,\"preemptionCapable\":false,\"preemptionVulnerable\":true}}]}\n", prefix, i
  }
}' >"$input"

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$hss/status" 2>/dev/null || echo 0; }
rss_before=$(rss_kib)
samples="$work/rss.samples"
(while kill -0 $hss 2>/dev/null; do rss_kib; sleep 0.2; done) >"$samples" &
sampler=$!

ticks0=$(_cost_ticks)
t0=$(date +%s.%N)
curl -sS -o "$work/report.json" -X POST --data-binary @"$input" \
  -H 'Content-Type: application/x-ndjson' "http://127.0.0.1:$http/api/v1/subscribers/import"
t1=$(date +%s.%N)
ticks1=$(_cost_ticks)
kill $sampler 2>/dev/null || true
wait $sampler 2>/dev/null || true

counts=$(grep -o '"created":[0-9]*,"replaced":[0-9]*,"failed":[0-9]*' "$work/report.json" || echo "no report: $(head -c 200 "$work/report.json")")
rss_max=$(sort -n "$samples" | tail -1)
elapsed=$(echo "$t1 - $t0" | bc -l)
rate=$(echo "$lines / $elapsed" | bc -l)

# CPU seconds spent during the import: the HSS process, and PostgreSQL (backends, WAL writer,
# checkpointer, the rest): less sensitive to other load on a shared machine than the elapsed time
read -r h0 b0 w0 c0 o0 <<<"$ticks0"
read -r h1 b1 w1 c1 o1 <<<"$ticks1"
tick=$(getconf CLK_TCK)
hss_cpu=$(echo "($h1 - $h0) / $tick" | bc -l)
pg_cpu=$(echo "($b1 + $w1 + $c1 + $o1 - $b0 - $w0 - $c0 - $o0) / $tick" | bc -l)

machine_line
[ -z "${HSS_BENCH_JAR:-}" ] || echo "jar: $HSS_BENCH_JAR"
echo
printf '| lines | bytes | elapsed s | lines/s | HSS CPU s | PostgreSQL CPU s | HSS RSS before MiB | HSS RSS max MiB | report |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
printf '| %d | %d | %.1f | %.0f | %.1f | %.1f | %d | %d | %s |\n' "$lines" "$(stat -c %s "$input")" "$elapsed" "$rate" \
  "$hss_cpu" "$pg_cpu" $((rss_before / 1024)) $((${rss_max:-0} / 1024)) "$counts"
