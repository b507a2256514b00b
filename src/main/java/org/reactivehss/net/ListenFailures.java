package org.reactivehss.net;

import java.net.BindException;
import java.util.Locale;

/**
 * Why a listener could not open, in the words an operator acts on: which listener, which port, and
 * the setting and environment variable that choose it. Netty's native transport reports a busy port
 * as {@code bind(..) failed with error(-98): Address already in use}, the JDK's as a {@link
 * BindException}; neither names the port or the setting.
 */
public final class ListenFailures {
  private ListenFailures() {}

  /**
   * {@code cause} as a {@link StartupProblem} when it is a bind failure an operator can fix (port
   * in use, privileged port, address not of this host); otherwise {@code cause} itself.
   */
  public static Throwable explain(
      Throwable cause, String listener, String address, int port, String setting) {
    String reason = reasonOf(cause);
    if (reason == null) {
      return cause;
    }
    return new StartupProblem(
        listener
            + " port "
            + port
            + " on "
            + address
            + " ("
            + setting
            + ", "
            + envName(setting)
            + ") "
            + reason);
  }

  /**
   * The environment variable of a setting: the rule of the configuration reader (HSS_ + key, _ for
   * . and -).
   */
  static String envName(String setting) {
    return "HSS_" + setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  private static String reasonOf(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Address already in use")) {
        return "is already in use: stop what holds it, or choose another port";
      }
      if (message.contains("Permission denied")) {
        return "cannot be opened: permission denied (ports below 1024 need privileges)";
      }
      if (message.contains("Cannot assign requested address")) {
        return "cannot be opened: the address is not one of this host's";
      }
      if (t instanceof BindException) {
        return "cannot be opened: " + message;
      }
    }
    return null;
  }
}
