package org.reactivehss.store;

import java.time.Instant;

/**
 * One entry of a subscriber's authentication history (docs/sqn.md "Auth history"): an accepted
 * resync (SQN_HE before the AUTS was checked, and after the resync and the reservation that
 * followed it) or an AUTS refused for a bad MAC-S (SQN_HE unchanged: before = after). Never key
 * material, RAND or AUTS.
 *
 * @param at when the HSS decided (the AUTS verified or refused): the order of the history, since
 *     events of several event loops may be written out of order
 * @param peer the Origin-Host of the node that sent the request (bounded to 255 characters)
 */
public record AuthEvent(
    String imsi,
    Kind kind,
    Interface iface,
    String peer,
    long sqnBefore,
    long sqnAfter,
    Instant at) {
  /** RFC 6733 §4.3.1: a DiameterIdentity is a FQDN, at most 255 octets. */
  static final int MAX_PEER = 255;

  public AuthEvent {
    peer = peer == null || peer.length() <= MAX_PEER ? peer : peer.substring(0, MAX_PEER);
  }

  public enum Kind {
    RESYNC("resync"),
    RESYNC_REFUSED("resync_refused");

    private final String sql;

    Kind(String sql) {
      this.sql = sql;
    }

    public String sql() {
      return sql;
    }

    static Kind fromSql(String sql) {
      return sql.equals(RESYNC.sql) ? RESYNC : RESYNC_REFUSED;
    }
  }

  /** The interface the request came over: where to look for the peer. */
  public enum Interface {
    S6A,
    CX,
    SWX;

    public String sql() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Interface fromSql(String sql) {
      return valueOf(sql.toUpperCase(java.util.Locale.ROOT));
    }
  }

  public static AuthEvent resync(
      String imsi, Interface iface, String peer, long before, long after) {
    return new AuthEvent(imsi, Kind.RESYNC, iface, peer, before, after, Instant.now());
  }

  public static AuthEvent refused(String imsi, Interface iface, String peer, long sqnHe) {
    return new AuthEvent(imsi, Kind.RESYNC_REFUSED, iface, peer, sqnHe, sqnHe, Instant.now());
  }
}
