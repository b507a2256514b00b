#!/usr/bin/env bash
# Soak: a fresh HSS (its own embedded PostgreSQL) under a steady S6a AIR load for a long time, sampled
# every 30 s, to show that memory, latency and errors stay flat. Not a test: run it on an idle machine.
# Usage:
#   benchmarks/soak.sh [rate-per-second] [duration-seconds] [subscribers] [connections]
#   defaults: 2000 AIR/s, 600 s, 10000 subscribers, 4 connections. Issue #7 asks for half the measured
#   capacity: measure it first with benchmarks/s6a-air.sh (closed loop), then pass half of it here.
# Every 30 s one row: HSS resident set size (ps), heap used (sum of jvm_memory_used_bytes{area="heap"}
# from /metrics), AIAs per second and non-success AIAs in the interval (hss_diameter_answers_total),
# HSS-side latency p50/p99/max bucket for AIR in the interval (upper bounds of the
# hss_diameter_request_duration_seconds buckets) and the load generator's worst per-second p99 in it.
# At the end the table again, then the load generator's own summary for the whole run.
# HSS_BENCH_PORT / HSS_BENCH_HTTP_PORT choose the ports, HSS_JAVA_OPTS adds HSS JVM options.
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-2000}
duration=${2:-600}
subscribers=${3:-10000}
connections=${4:-4}
interval=30
port=${HSS_BENCH_PORT:-13879}
http=${HSS_BENCH_HTTP_PORT:-18089}
prefix=00101

source benchmarks/lib/fresh-hss.sh
start_fresh_hss "$port" "$http" soak
provision_subscribers "$http" "$subscribers" "$prefix" no

scrape() { curl -sf "http://127.0.0.1:$http/metrics"; }

# heap_used <metrics-file>: bytes of heap in use, all heap pools together
heap_used() {
  awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ { sum += $NF } END { printf "%.0f", sum }' "$1"
}

# air_answers <metrics-file> <success|errors>: AIR answers so far with result_class success, or all others
air_answers() {
  awk -v want="$2" '/^hss_diameter_answers_total\{/ && /command="AIR"/ {
      ok = ($0 ~ /result_class="success"/)
      if ((want == "success") == ok) sum += $NF
    } END { printf "%.0f", sum }' "$1"
}

# air_buckets <metrics-file>: "le count" lines of the AIR duration histogram, all result classes summed
air_buckets() {
  awk '/^hss_diameter_request_duration_seconds_bucket\{/ && /command="AIR"/ {
      match($0, /le="[^"]*"/); le = substr($0, RSTART + 4, RLENGTH - 5); sum[le] += $NF
    } END { for (le in sum) print le, sum[le] }' "$1" | sort -g
}

# percentiles <before-file> <after-file>: p50, p99 and max bucket (ms) of the AIRs answered in between
percentiles() {
  awk 'FILENAME == ARGV[1] { before[$1] = $2; next } { print $1, $2 - before[$1] }' \
      <(air_buckets "$1") <(air_buckets "$2") | sort -g | awk '
    { le[NR] = $1; n[NR] = $2 } END {
      total = n[NR]; if (total <= 0) { print "- - -"; exit }
      for (i = 1; i <= NR; i++) {
        if (p50 == "" && n[i] >= 0.5 * total) p50 = le[i]
        if (p99 == "" && n[i] >= 0.99 * total) p99 = le[i]
        if (mx == "" && n[i] >= total) mx = le[i]
      }
      printf "%s %s %s\n", ms(p50), ms(p99), ms(mx)
    }
    function ms(le) { return le == "+Inf" ? ">5000" : sprintf("%g", le * 1000) }'
}

echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), commit $(git rev-parse --short HEAD)"
echo "soak: $rate AIR/s for $duration s over $connections connections, $subscribers subscribers"
loadlog="$work/loadgen.log"
java -jar target/hss.jar loadgen --port "$port" --message air \
  --subscribers "$subscribers" --imsi-prefix "$prefix" --connections "$connections" --rate "$rate" \
  --warmup 0 --duration "$duration" >"$loadlog" 2>&1 &
loadgen=$!
# (kill fails for a process already gone; under set -e that would end the trap before the HSS is stopped)
trap 'kill $loadgen 2>/dev/null || true; kill $hss 2>/dev/null || true; wait $hss 2>/dev/null || true; rm -rf "$work"' EXIT

header="| t s | RSS MB | heap MB | AIA/s | errors | HSS p50 ms | HSS p99 ms | HSS max ms | client p99 ms |"
rows=()
echo "$header"
scrape >"$work/before.prom"
elapsed=0
while [ "$elapsed" -lt "$duration" ] && kill -0 "$loadgen" 2>/dev/null; do
  step=$(( duration - elapsed < interval ? duration - elapsed : interval ))
  sleep "$step"
  elapsed=$(( elapsed + step ))
  scrape >"$work/after.prom"
  rss=$(( $(ps -o rss= -p "$hss") / 1024 ))
  heap=$(( $(heap_used "$work/after.prom") / 1048576 ))
  ok=$(( $(air_answers "$work/after.prom" success) - $(air_answers "$work/before.prom" success) ))
  errors=$(( $(air_answers "$work/after.prom" errors) - $(air_answers "$work/before.prom" errors) ))
  read -r p50 p99 max <<<"$(percentiles "$work/before.prom" "$work/after.prom")"
  # load generator lines: "measure  42s      2,000 answers/s  p99    1,234 us"
  client=$(awk -v from=$(( elapsed - step )) -v to="$elapsed" '$1 == "measure" {
      s = $2 + 0; if (s > from && s <= to) { gsub(",", "", $6); if ($6 + 0 > worst) worst = $6 + 0 }
    } END { printf "%.1f", worst / 1000 }' "$loadlog")
  row="| $elapsed | $rss | $heap | $(( (ok + errors) / step )) | $errors | $p50 | $p99 | $max | $client |"
  rows+=("$row")
  echo "$row"
  mv "$work/after.prom" "$work/before.prom"
done
wait "$loadgen" || true

echo
echo "$header"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "load generator, whole run:"
sed -n '/^| connections/,$p' "$loadlog"
