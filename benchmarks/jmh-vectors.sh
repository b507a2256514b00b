#!/usr/bin/env bash
# Vector generation throughput per core (JMH). Usage: benchmarks/jmh-vectors.sh [extra JMH args]
# Defaults are a short run: 2 warm-up and 3 measured iterations, 1 fork, 1 thread. CpuTimeProfiler
# adds "·ops/cpu-s": throughput per CPU-second, which other load on a shared machine does not skew.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
cp_file=target/jmh-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
  'org.reactivehss.auth.VectorBenchmark' -wi 2 -i 3 -f 1 -t 1 \
  -prof org.reactivehss.bench.CpuTimeProfiler "$@"
