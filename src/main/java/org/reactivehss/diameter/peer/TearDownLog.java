package org.reactivehss.diameter.peer;

import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.transport.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per connection teardown that an operator should see, by reason: an unexpected message, a
 * lost election, a silent peer. Reasons already logged where they were found log nothing here.
 */
final class TearDownLog {
  private static final Logger log = LoggerFactory.getLogger(PeerLink.class);

  private TearDownLog() {}

  static void log(
      PeerAction.Why why,
      PeerState from,
      DiameterMessage m,
      Link link,
      PeerHandshake handshake,
      long cerTimeoutMs,
      long livenessBoundMs) {
    switch (why) {
      case UNEXPECTED_MESSAGE ->
          log.warn(
              "{}: {} not expected in {}; closing (RFC 6733 §5.6)",
              link.describe(),
              BaseProtocol.describe(m),
              from);
      case CER_TIMEOUT ->
          log.warn(
              "{}: no capabilities exchange within {} ms; closing", link.describe(), cerTimeoutMs);
      case ELECTION_LOST ->
          log.info(
              "{}: election lost to the other connection with {} (RFC 6733 §5.6.4); closing",
              link.describe(),
              handshake.peerHost());
      case NAME_IN_USE -> {
        if (from == PeerState.WAIT_I_CEA) {
          log.info(
              "{}: {} is already connected; dropping our duplicate",
              link.describe(),
              handshake.peerHost());
        } else {
          log.warn(
              "{}: {} (Origin-State-Id {}) already has an open connection that answers; refusing this one",
              link.describe(),
              handshake.peerHost(),
              handshake.peerOriginStateId());
        }
      }
      case WATCHDOG_DOWN ->
          log.warn(
              "{}: watchdog: {} silent for 3 x Tw; closing (RFC 3539 §3.4.1)",
              link.describe(),
              handshake.peerHost());
      case PEER_SILENT ->
          log.warn(
              "{}: {} silent for {} ms after a DWR while another connection claimed its name; "
                  + "closing",
              link.describe(),
              handshake.peerHost(),
              livenessBoundMs);
      case DPA_RECEIVED, CLOSING_GRACE_EXPIRED, STOPPED ->
          log.debug("{}: closing ({})", link.describe(), why);
      // logged where they were found, with what was wrong; or followed by "closed"
      case UNFRAMEABLE, CER_INVALID, CER_REFUSED, CEA_REFUSED, TLS_FAILED, TRANSPORT_CLOSED -> {}
    }
  }
}
