package org.reactivehss.diameter.peer;

import java.util.Set;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.peer.PeerEvent.Admitted;
import org.reactivehss.diameter.peer.PeerEvent.CerInvalid;
import org.reactivehss.diameter.peer.PeerEvent.CerRefused;
import org.reactivehss.diameter.peer.PeerEvent.Verdict;
import org.reactivehss.diameter.transport.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the capabilities exchange of one connection settled (RFC 6733 §5.3): the peer's name, the
 * applications agreed, its grant, and whether in-band TLS follows. Its steps give {@link PeerFsm}
 * their outcome as an event. Runs on the connection's event loop, like {@link PeerLink}.
 */
final class PeerHandshake {
  private static final Logger log = LoggerFactory.getLogger(PeerHandshake.class);

  private final Link link;
  private final PeerRuntime rt;

  /**
   * A valid DiameterIdentity once set from CER/CEA (CapabilitiesExchange checks it), so safe to
   * log.
   */
  private String peerHost;

  private long peerOriginStateId = -1;
  private Set<Integer> applications = Set.of();

  /** What this peer may ask by configuration (applications, IMSI ranges). */
  private PeerGrant grant = PeerGrant.ALL;

  /** The CER being answered, kept while the peer table decides; and whether its CEA starts TLS. */
  private DiameterMessage cer;

  private boolean startTls;

  PeerHandshake(Link link, PeerRuntime rt, String expectedHost) {
    this.link = link;
    this.rt = rt;
    this.peerHost = expectedHost;
  }

  /** A valid CER from an allowed peer, with an application in common, goes on to the peer table. */
  PeerEvent evaluateCer(DiameterMessage m, DecodeProblem decoding) {
    cer = m;
    DecodeProblem invalid = rt.capabilities().cerProblem(m, decoding, rt.base());
    if (invalid != null) {
      log.warn(
          "{}: {} where a valid CER was due ({}); closing",
          link.describe(),
          BaseProtocol.describe(m),
          invalid);
      return new CerInvalid(invalid);
    }
    CapabilitiesExchange.Outcome outcome = rt.capabilities().evaluate(m, link);
    peerHost = outcome.peerHost();
    peerOriginStateId = outcome.peerOriginStateId();
    if (!outcome.success()) {
      log.warn("{}: CER from {} refused with {}", link.describe(), peerHost, outcome.resultCode());
      return new CerRefused(outcome.resultCode());
    }
    applications = outcome.applications();
    grant = outcome.grant();
    startTls = outcome.startTls();
    return Verdict.CER_ACCEPTED;
  }

  /** The peer table's decision on the CER, as an event. */
  PeerEvent admission(PeerTable.Admission admission) {
    return switch (admission) {
      case ACCEPTED -> new Admitted(startTls);
      case ELECTION_LOST -> Verdict.ELECTION_LOST;
      case DUPLICATE_REJECTED -> Verdict.NAME_IN_USE;
    };
  }

  /**
   * The CEA answering our CER; on success the caller still has to claim the name in the peer table.
   */
  PeerEvent evaluateCea(DiameterMessage cea) {
    CapabilitiesExchange.Outcome outcome = rt.capabilities().evaluateAnswer(cea, link);
    if (outcome == null) {
      return Verdict.CEA_REFUSED;
    }
    peerHost = outcome.peerHost();
    applications = outcome.applications();
    grant = outcome.grant();
    return new Admitted(outcome.startTls());
  }

  /** The CEA to the CER being answered. */
  byte[] cea(ResultCode resultCode, boolean withTls) {
    return rt.capabilities().cea(cer, resultCode, link.localAddress(), withTls);
  }

  String peerHost() {
    return peerHost;
  }

  long peerOriginStateId() {
    return peerOriginStateId;
  }

  Set<Integer> applications() {
    return applications;
  }

  PeerGrant grant() {
    return grant;
  }
}
