package org.reactivehss.api;

import java.util.Locale;

/**
 * A Host header (RFC 9110 §7.2: uri-host [":" port]) split into a normalized host name and the
 * port, the scheme's default when absent. Host names compare case-insensitively, without a trailing
 * dot, IPv6 literals without their brackets.
 */
record Authority(String host, int port) {

  /** Null when the header is not a host with an optional numeric port. */
  static Authority parse(String header, String scheme) {
    String value = header.trim();
    String host;
    String port = null;
    if (value.startsWith("[")) {
      int close = value.indexOf(']');
      if (close < 0) {
        return null;
      }
      host = value.substring(1, close);
      String rest = value.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          return null;
        }
        port = rest.substring(1);
      }
    } else {
      int colon = value.indexOf(':');
      if (colon != value.lastIndexOf(':')) {
        return null;
      }
      host = colon < 0 ? value : value.substring(0, colon);
      port = colon < 0 ? null : value.substring(colon + 1);
    }
    if (host.isEmpty() || (port != null && !port.matches("[0-9]{1,5}"))) {
      return null;
    }
    return new Authority(
        normalizeHost(host), port == null ? defaultPort(scheme) : Integer.parseInt(port));
  }

  static String normalizeHost(String host) {
    String name = host.trim().toLowerCase(Locale.ROOT);
    if (name.startsWith("[") && name.endsWith("]")) {
      name = name.substring(1, name.length() - 1);
    }
    return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
  }

  static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }
}
