#!/usr/bin/env bash
# Fuzz the Diameter decoder (parser, validator, error answers, frame decoder) for longer than the
# 20 s that `mvn verify` gives it: repeated Jazzer runs that share the corpus in .cifuzz-corpus/, so
# each run continues where the last stopped. A finding fails the run and leaves its input under
# src/test/resources/org/reactivehss/diameter/codec/DiameterDecoderFuzzTestInputs/ as a regression seed.
#   benchmarks/fuzz-decoder.sh [minutes]
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${1:-10}
end=$(( $(date +%s) + minutes * 60 ))
runs=0
total=0
while [ "$(date +%s)" -lt "$end" ]; do
  mvn -q -B test-compile surefire:test@fuzz \
    > /tmp/fuzz-decoder.log 2>&1 || { echo "FINDING (see /tmp/fuzz-decoder.log)"; grep -m5 -E "Exception|==" /tmp/fuzz-decoder.log; exit 1; }
  execs=$(grep -oE '^#[0-9]+\s+DONE' /tmp/fuzz-decoder.log | tail -1 | tr -dc 0-9)
  runs=$((runs + 1)); total=$((total + ${execs:-0}))
  echo "run $runs: $(grep -E '^#[0-9]+\s+DONE' /tmp/fuzz-decoder.log | tail -1)"
done
echo "fuzzed $runs runs, $total executions, no findings; corpus: $(ls .cifuzz-corpus/*/* 2>/dev/null | wc -l) inputs"
