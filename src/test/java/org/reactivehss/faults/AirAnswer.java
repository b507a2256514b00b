package org.reactivehss.faults;

import java.util.List;

/**
 * One AIA as a fault test sees it: for which IMSI, its Result-Code or Experimental-Result-Code, how
 * long it took from the AIR's write, when it arrived (System.nanoTime), and the SQN of every
 * E-UTRAN vector in it (empty unless SQNs were asked for and the answer carried vectors).
 */
record AirAnswer(String imsi, long code, long latencyNanos, long receivedNanos, List<Long> sqns) {}
