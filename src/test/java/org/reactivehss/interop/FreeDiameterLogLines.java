package org.reactivehss.interop;

import java.util.regex.Pattern;

/**
 * Lines freeDiameter 1.2.1 logs when started with -dd (debug level), as seen on loopback. Examples,
 * with the peer {@code hss.localdomain} (fields are tab-separated around the arrow):
 *
 * <pre>
 * NOTI   'STATE_WAITCEA'  -> 'STATE_OPEN'  'hss.localdomain'        (we dialled, CEA accepted)
 * NOTI   'STATE_CLOSED'   -> 'STATE_OPEN'  'hss.localdomain'        (it dialled us, CER accepted)
 * DBG   SENT to 'hss.localdomain': 'Device-Watchdog-Request'0/280 f:R--- src:'(nil)' len:76 {..}
 * DBG   RCV from 'hss.localdomain': (no model)0/280 f:---- src:'hss.localdomain' len:88 {C:268/..}
 * DBG   RCV from 'hss.localdomain': (no model)0/280 f:R--- src:'hss.localdomain' len:76 {..}
 * DBG   SENT to 'hss.localdomain': 'Device-Watchdog-Answer'0/280 f:---- src:'(nil)' len:88 {..}
 * NOTI   Peer 'hss.localdomain' sent a DPR with cause: REBOOTING
 * NOTI   Rejected CER from peer 'x.localdomain', validation failed (returning DIAMETER_UNKNOWN_PEER).
 * </pre>
 *
 * Received messages are logged before they are parsed, hence "(no model)"; "C:268" in a received
 * line means the message carried a Result-Code.
 */
public final class FreeDiameterLogLines {

  private FreeDiameterLogLines() {}

  /** The connection with {@code peer} reached the RFC 6733 Open state, whoever dialled. */
  public static Pattern stateOpen(String peer) {
    return Pattern.compile("-> 'STATE_OPEN'\\s+" + quotedPeer(peer) + "$");
  }

  /** A connection to {@code peer} that is TLS from its first byte (RFC 6733 §13, separate port). */
  public static Pattern connectedOverTls(String peer) {
    return Pattern.compile("Connected to " + quotedPeer(peer) + " \\(TCP,TLS,");
  }

  /** The in-band TLS handshake after CER/CEA (TLS_old_method, RFC 3588 §6.10) ended in Open. */
  public static Pattern inbandTlsOpen(String peer) {
    return Pattern.compile(
        "'STATE_OPEN_HANDSHAKE'\\s+-> 'STATE_OPEN'\\s+" + quotedPeer(peer) + "$");
  }

  /** freeDiameter sent a DWR to {@code peer} (its TwTimer expired). */
  public static Pattern watchdogRequestSent(String peer) {
    return Pattern.compile("SENT to " + quotedPeer(peer) + ": 'Device-Watchdog-Request'0/280 f:R");
  }

  /** A DWA carrying a Result-Code arrived from {@code peer}. */
  public static Pattern watchdogAnswerReceived(String peer) {
    return Pattern.compile("RCV from " + quotedPeer(peer) + ": .*0/280 f:-.*C:268/");
  }

  /** A DWR arrived from {@code peer}. */
  public static Pattern watchdogRequestReceived(String peer) {
    return Pattern.compile("RCV from " + quotedPeer(peer) + ": .*0/280 f:R");
  }

  /** freeDiameter answered a DWR from {@code peer}. */
  public static Pattern watchdogAnswerSent(String peer) {
    return Pattern.compile("SENT to " + quotedPeer(peer) + ": 'Device-Watchdog-Answer'0/280 f:-");
  }

  /** {@code peer} said goodbye with a DPR. */
  public static Pattern disconnectRequestReceived(String peer) {
    return Pattern.compile("Peer " + quotedPeer(peer) + " sent a DPR with cause");
  }

  /** freeDiameter refused a CER from {@code peer} with 3010 DIAMETER_UNKNOWN_PEER. */
  public static Pattern unknownPeerRejected(String peer) {
    return Pattern.compile(
        "Rejected CER from peer " + quotedPeer(peer) + ", .*DIAMETER_UNKNOWN_PEER");
  }

  private static String quotedPeer(String peer) {
    return Pattern.quote("'" + peer + "'");
  }
}
