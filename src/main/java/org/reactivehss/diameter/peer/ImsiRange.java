package org.reactivehss.diameter.peer;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import java.util.List;

/**
 * The subscribers a peer may ask about: IMSIs starting with one of its configured {@code
 * imsi-prefixes}, or every IMSI when it has none. It travels with each request the peer sends to
 * the application handlers ({@link RequestDispatcher}), because on some applications (Cx: IMPI,
 * IMPU) the IMSI is known only once the handler has looked the identities up, and is checked there.
 */
public record ImsiRange(List<String> prefixes) {
  /** No restriction. */
  public static final ImsiRange ALL = new ImsiRange(List.of());

  /** The event-bus header carrying the prefixes (digits, comma-separated) of a restricted peer. */
  static final String HEADER = "hss-imsi-prefixes";

  public ImsiRange {
    prefixes = List.copyOf(prefixes);
  }

  /**
   * Whether {@code imsi} is inside the range; a missing IMSI is inside only an unrestricted one.
   */
  public boolean covers(String imsi) {
    if (prefixes.isEmpty()) {
      return true;
    }
    return imsi != null && prefixes.stream().anyMatch(imsi::startsWith);
  }

  /** The range of the peer that sent {@code request}; {@link #ALL} when it is not restricted. */
  public static ImsiRange of(Message<?> request) {
    String header = request.headers().get(HEADER);
    return header == null ? ALL : new ImsiRange(List.of(header.split(",")));
  }

  /** {@code options} with the range added for the handler (unchanged when unrestricted). */
  DeliveryOptions carriedBy(DeliveryOptions options) {
    return prefixes.isEmpty() ? options : options.addHeader(HEADER, String.join(",", prefixes));
  }
}
