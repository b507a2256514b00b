package org.reactivehss.net;

/**
 * A reason the HSS cannot start that the operator fixes in the configuration or the host (a port in
 * use, say): its message says what and where, so it is logged alone, without a stack trace.
 */
public final class StartupProblem extends RuntimeException {
  public StartupProblem(String message) {
    super(message, null, false, false);
  }
}
