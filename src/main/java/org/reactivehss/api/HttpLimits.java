package org.reactivehss.api;

/**
 * What one HTTP client may hold of the server: connections, and how long a connection may sit on a
 * request it does not finish (slowloris). Every default in {@link #DEFAULTS}; docs/api.md explains
 * them.
 *
 * @param maxConnections HTTP connections open at once, all server instances together; the next is
 *     closed at once
 * @param idleTimeoutMs a connection with no byte in or out for this long is closed; also how long a
 *     kept-alive connection may take to send the headers of its next request
 * @param headerTimeoutMs a new connection must have sent its first request's headers within this
 * @param bodyTimeoutMs a request body must be read whole within this of its headers; for a bulk
 *     import, each line within this of the previous one (time spent writing batches not counted)
 */
public record HttpLimits(
    int maxConnections, int idleTimeoutMs, int headerTimeoutMs, int bodyTimeoutMs) {
  public static final HttpLimits DEFAULTS = new HttpLimits(256, 60_000, 10_000, 30_000);
}
