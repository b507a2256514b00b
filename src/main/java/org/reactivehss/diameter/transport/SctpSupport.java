package org.reactivehss.diameter.transport;

/**
 * Whether this JVM and kernel can open SCTP sockets. The JDK's com.sun.nio.sctp needs the kernel's
 * SCTP module and lksctp's libsctp.so.1; either missing shows up only when a socket is opened.
 */
public final class SctpSupport {
  private SctpSupport() {
  }

  /** Null when SCTP works here, otherwise the reason it does not (for logs and test skips). */
  public static String unavailableReason() {
    try (com.sun.nio.sctp.SctpServerChannel probe = com.sun.nio.sctp.SctpServerChannel.open()) {
      return null;
    } catch (UnsupportedOperationException e) {
      return "the JDK found no SCTP library (install lksctp-tools): " + e.getMessage();
    } catch (Exception | LinkageError e) {
      return "the kernel refused an SCTP socket (modprobe sctp): " + e;
    }
  }
}
