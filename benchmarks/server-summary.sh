#!/usr/bin/env bash
# The HSS's own view of a benchmark run, from GET /metrics: answers per command and result, server-side
# latency (p50/p99 estimated from the histogram buckets, as Prometheus's histogram_quantile does),
# storage round trips, vectors issued, event-bus timeouts and requests the queue budget refused
# (db.queue-budget-ms, by queue). Pair it with the load generator's
# client-side table. Usage:
#   curl -s http://127.0.0.1:$http/metrics > /tmp/before.txt      # before the load
#   ... run the load ...
#   benchmarks/server-summary.sh $http /tmp/before.txt               # deltas since the snapshot
#   benchmarks/server-summary.sh $http                               # totals since the HSS started
set -euo pipefail
http=${1:?usage: server-summary.sh <http-port> [metrics-snapshot-before]}
before=${2:-/dev/null}
after=$(mktemp)
trap 'rm -f "$after"' EXIT
curl -sf ${HSS_API_TOKEN:+-H "Authorization: Bearer $HSS_API_TOKEN"} "http://127.0.0.1:$http/metrics" >"$after"

awk '
  function key(line) { sub(/ [^ ]*$/, "", line); return line }
  function value(line) { n = split(line, f, " "); return f[n] + 0 }
  function label(line, name,   m) {
    if (match(line, name "=\"[^\"]*\"")) { m = substr(line, RSTART, RLENGTH); sub(/^[^"]*"/, "", m); sub(/"$/, "", m); return m }
    return ""
  }
  # quantile q of the cumulative buckets of group g, linear inside the bucket (histogram_quantile)
  function quantile(g, q,   i, target, prev, prevLe, le, c) {
    target = q * total[g]; prev = 0; prevLe = 0
    for (i = 1; i <= nles; i++) {
      le = les[i]; c = bucket[g, le]
      if (c >= target && c > prev) {
        if (le == "+Inf") return prevLe
        return prevLe + (le - prevLe) * (target - prev) / (c - prev)
      }
      prev = c
      if (le != "+Inf") prevLe = le
    }
    return prevLe
  }
  FILENAME == ARGV[1] { if ($0 !~ /^#/ && NF) base[key($0)] = value($0); next }
  /^#/ || !NF { next }
  {
    k = key($0); d = value($0) - base[k]
    if (k ~ /^hss_diameter_answers_total\{/) {
      g = label(k, "application") " | " label(k, "command") " | " label(k, "result")
      answers[g] += d
    } else if (k ~ /^hss_diameter_request_duration_seconds_bucket\{/) {
      g = label(k, "application") " | " label(k, "command"); le = label(k, "le")
      if (le != "+Inf") le = le + 0
      bucket[g, le] += d; groups[g] = 1
      if (!(le in seen)) { seen[le] = 1; les[++nles] = le }
      if (le == "+Inf") total[g] += d
    } else if (k ~ /^hss_storage_duration_seconds_bucket\{/) {
      g = "storage " label(k, "operation") " | " label(k, "outcome"); le = label(k, "le")
      if (le != "+Inf") le = le + 0
      bucket[g, le] += d; sgroups[g] = 1
      if (!(le in seen)) { seen[le] = 1; les[++nles] = le }
      if (le == "+Inf") total[g] += d
    } else if (k ~ /^hss_storage_reservation_wait_seconds_bucket\{/) {
      g = "storage reserve: wait for the batch | ok"; le = label(k, "le")
      if (le != "+Inf") le = le + 0
      bucket[g, le] += d; sgroups[g] = 1
      if (!(le in seen)) { seen[le] = 1; les[++nles] = le }
      if (le == "+Inf") total[g] += d
    } else if (k ~ /^hss_auth_vectors_total\{/ && d > 0) {
      vectors[label(k, "kind")] += d
    } else if (k ~ /^hss_auth_resyncs_total\{/ && d > 0) {
      resyncs[label(k, "outcome")] += d
    } else if (k ~ /^hss_bus_timeouts_total\{/ && d > 0) {
      timeouts[label(k, "target")] += d
    } else if (k ~ /^hss_storage_queue_refused_total\{/ && d > 0) {
      refused[label(k, "queue")] += d
    }
  }
  END {
    # sort the bucket bounds numerically, +Inf last
    for (i = 1; i <= nles; i++) for (j = i + 1; j <= nles; j++)
      if (les[j] != "+Inf" && (les[i] == "+Inf" || les[j] < les[i])) { t = les[i]; les[i] = les[j]; les[j] = t }
    print "| application | command | result | answers |"
    print "|---|---|---|---|"
    for (g in answers) if (answers[g] > 0) printf "| %s | %d |\n", g, answers[g]
    print ""
    print "| application | command | answers | server p50 ms | server p99 ms |"
    print "|---|---|---|---|---|"
    for (g in groups) if (total[g] > 0) printf "| %s | %d | %.3f | %.3f |\n", g, total[g], quantile(g, 0.5) * 1000, quantile(g, 0.99) * 1000
    print ""
    print "| storage operation | outcome | calls | p50 ms | p99 ms |"
    print "|---|---|---|---|---|"
    for (g in sgroups) if (total[g] > 0) { h = g; sub(/^storage /, "", h); printf "| %s | %d | %.3f | %.3f |\n", h, total[g], quantile(g, 0.5) * 1000, quantile(g, 0.99) * 1000 }
    print ""
    line = "vectors issued:"; for (v in vectors) line = line " " v " " vectors[v]; print line
    line = "resyncs:"; for (r in resyncs) line = line " " r " " resyncs[r]; print line
    line = "event-bus timeouts:"; for (t in timeouts) line = line " " t " " timeouts[t]; print line
    line = "refused by the queue budget:"; for (q in refused) line = line " " q " " refused[q]; print line
  }
' "$before" "$after"
