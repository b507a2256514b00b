package org.reactivehss.diameter.transport;

/**
 * Whether this JVM and kernel can open SCTP sockets. The JDK's com.sun.nio.sctp needs the kernel's
 * SCTP module and lksctp's libsctp.so.1; either missing shows up only when a socket is opened.
 */
public final class SctpSupport {
  private SctpSupport() {}

  /** Null when SCTP works here, otherwise the reason it does not (for logs and test skips). */
  public static String unavailableReason() {
    try (com.sun.nio.sctp.SctpServerChannel probe = com.sun.nio.sctp.SctpServerChannel.open()) {
      return null;
    } catch (Exception | LinkageError e) {
      // The JDK reports a missing libsctp and a kernel without SCTP alike, so name both remedies.
      return "no SCTP here ("
          + e.getMessage()
          + "); it needs the kernel's sctp module (modprobe sctp) "
          + "and lksctp-tools' libsctp.so.1";
    }
  }
}
