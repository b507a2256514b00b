package org.reactivehss.tools.loadgen;

/**
 * The latencies a run records, in microseconds, shared by the connections' event loops. {@code
 * answers}: from the time each request was due (open loop: its place in the schedule; closed loop:
 * when it was sent) to its answer, the figure the summary and the progress lines print. {@code
 * fromSend}: from the moment the request really left, as this generator measured before 2026-12-02
 * (comparable with older records). {@code sendLag}: how late each request left against its
 * schedule, the generator's own part of the tail (0 in closed loop).
 */
final class LatencyRecorders {
  final IntervalLatencies answers = new IntervalLatencies();
  final IntervalLatencies fromSend = new IntervalLatencies();
  final IntervalLatencies sendLag = new IntervalLatencies();
}
