#!/usr/bin/env bash
# AES and HMAC-SHA-256 per provider, JDK against Bouncy Castle (JMH). Usage: benchmarks/jmh-crypto.sh [extra JMH args]
# Defaults: 2 forks, 3 warm-up and 5 measured iterations of 3 s, 1 thread. CpuTimeProfiler
# adds "·ops/cpu-s": throughput per CPU-second, which other load on a shared machine does not skew.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
cp_file=target/jmh-classpath.txt
mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
exec java -cp "target/test-classes:target/classes:$(cat "$cp_file")" org.openjdk.jmh.Main \
  'org.reactivehss.auth.CryptoProviderBenchmark' -f 2 -wi 3 -w 2 -i 5 -r 3 -t 1 \
  -prof org.reactivehss.bench.CpuTimeProfiler "$@"
