package org.reactivehss.net;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Checks at startup that the process's file-descriptor limit (RLIMIT_NOFILE; the JVM raises the
 * soft limit to the hard one on Linux) holds every connection budget at once: HTTP, Diameter
 * inbound, Diameter peers the HSS dials, the database pools, plus {@link #HEADROOM} for the JVM
 * itself. When it does not, one side could take the descriptors the other needs (an HTTP flood
 * making new CERs fail), so the HSS refuses to start and says which options to lower or which limit
 * to raise (docs/api.md).
 */
public final class FileDescriptorBudget {
  /**
   * Class path jars, logs, epoll and pipe descriptors of the event loops, the embedded PostgreSQL's
   * pipes.
   */
  public static final int HEADROOM = 256;

  private FileDescriptorBudget() {}

  /** Descriptors each budget may hold. */
  public record Budgets(int http, int diameter, int dialedPeers, int database) {
    long total() {
      return (long) http + diameter + dialedPeers + database + HEADROOM;
    }
  }

  /**
   * Null when the budgets fit in {@code limit} (or the limit is unknown, negative); else why not.
   */
  public static String shortfall(long limit, Budgets budgets) {
    if (limit < 0 || budgets.total() <= limit) {
      return null;
    }
    return "the file-descriptor limit (ulimit -n) is "
        + limit
        + ", below the "
        + budgets.total()
        + " the connection budgets need together: http.max-connections "
        + budgets.http()
        + " + diameter.max-connections "
        + budgets.diameter()
        + " + dialed Diameter peers "
        + budgets.dialedPeers()
        + " + database connections "
        + budgets.database()
        + " + "
        + HEADROOM
        + " for the JVM; raise the limit or lower those options";
  }

  /** RLIMIT_NOFILE of this process, or -1 where the platform does not say (not a Unix JVM). */
  public static long processLimit() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
      return unix.getMaxFileDescriptorCount();
    }
    return -1;
  }
}
