package org.reactivehss.tools.loadgen;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Requests sent, answers by Result-Code, and malformed frames; shared by the connections' event
 * loops.
 */
final class LoadCounters {
  final LongAdder sent = new LongAdder();
  final LongAdder answers = new LongAdder();
  final LongAdder malformed = new LongAdder();
  private final ConcurrentHashMap<Long, LongAdder> byResultCode = new ConcurrentHashMap<>();

  void count(long resultCode) {
    answers.increment();
    byResultCode.computeIfAbsent(resultCode, k -> new LongAdder()).increment();
  }

  Map<Long, Long> snapshotByResultCode() {
    Map<Long, Long> out = new TreeMap<>();
    byResultCode.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
