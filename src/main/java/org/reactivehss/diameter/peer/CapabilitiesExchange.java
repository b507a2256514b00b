package org.reactivehss.diameter.peer;

import io.vertx.core.Future;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterIdentity;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.ErrorAnswers;
import org.reactivehss.diameter.codec.LogSafe;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;
import org.reactivehss.diameter.transport.Link;
import org.reactivehss.metrics.HssMetrics;
import org.reactivehss.metrics.PeerRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The capabilities exchange, RFC 6733 §5.3: builds CER/CEA and decides the outcome of a peer's CER.
 *
 * <p>Applications are negotiated as the intersection of what the peer lists (Auth-, Acct- and
 * Vendor-Specific-Application-Id) and what this HSS serves; a peer that lists the Relay application
 * (0xffffffff) shares all of them (§2.4). Nothing in common gives 5010 (§5.3); an Origin-Host or
 * Origin-Realm that is not a DiameterIdentity gives 5004 with Failed-AVP (§4.3.1). Transport
 * security (in-band TLS, certificate-bound Origin-Host; 5017, 3010) is {@link CerSecurity}'s.
 * Refusals of a peer are counted here.
 */
final class CapabilitiesExchange {
  private static final Logger log = LoggerFactory.getLogger(CapabilitiesExchange.class);
  private final LocalIdentity local;
  private final PeerAllowList allowList;
  private final CerSecurity security;
  private final HssMetrics metrics;

  CapabilitiesExchange(
      LocalIdentity local, PeerAllowList allowList, CerSecurity security, HssMetrics metrics) {
    this.local = local;
    this.allowList = allowList;
    this.security = security;
    this.metrics = metrics;
  }

  /**
   * The outcome of a received CER: the Result-Code for the CEA and, on success, what was agreed.
   */
  record Outcome(
      ResultCode resultCode,
      String peerHost,
      String peerRealm,
      long peerOriginStateId,
      Set<Integer> applications,
      PeerGrant grant,
      boolean startTls) {
    boolean success() {
      return resultCode == ResultCodes.DIAMETER_SUCCESS;
    }
  }

  /**
   * Checked in this order: allowed peer, certificate naming it (on TLS), in-band security,
   * applications.
   */
  Outcome evaluate(DiameterMessage cer, Link link) {
    String host = cer.originHost();
    String realm = cer.originRealm();
    Avp stateAvp = cer.first(BaseAvps.ORIGIN_STATE_ID);
    long originState = stateAvp == null ? -1 : stateAvp.asUnsigned32();
    PeerRefusal refusal = null;
    CerSecurity.Inband inband = CerSecurity.Inband.CLEAR;
    if (!allowList.allows(host, realm)) {
      refusal = PeerRefusal.UNKNOWN_PEER;
    } else if (!CerSecurity.certificateNamesPeer(link, host)) {
      refusal = PeerRefusal.CERTIFICATE;
    } else if ((inband = security.negotiate(cer, link)) == CerSecurity.Inband.REFUSE) {
      refusal = PeerRefusal.NO_COMMON_SECURITY;
    }
    if (refusal != null) {
      metrics.peerRefused(refusal);
      ResultCode rc =
          refusal == PeerRefusal.NO_COMMON_SECURITY
              ? ResultCodes.DIAMETER_NO_COMMON_SECURITY
              : ResultCodes.DIAMETER_UNKNOWN_PEER;
      return new Outcome(rc, host, realm, originState, Set.of(), PeerGrant.ALL, false);
    }
    Set<Integer> common = commonApplications(offeredApplications(cer));
    ResultCode rc =
        common.isEmpty()
            ? ResultCodes.DIAMETER_NO_COMMON_APPLICATION
            : ResultCodes.DIAMETER_SUCCESS;
    return new Outcome(
        rc,
        host,
        realm,
        originState,
        common,
        allowList.grant(host),
        inband == CerSecurity.Inband.START_TLS);
  }

  /**
   * The CEA answering our CER on {@code link}: what was agreed, or null (logged) when the peer
   * refused us or would not use in-band TLS that this HSS requires.
   */
  Outcome evaluateAnswer(DiameterMessage cea, Link link) {
    String host = cea.originHost();
    if (cea.resultCode() != ResultCodes.DIAMETER_SUCCESS.code()) {
      log.warn(
          "{}: CEA from {} refused us with {}",
          link.describe(),
          LogSafe.text(host),
          cea.resultCode());
      return null;
    }
    DecodeProblem invalid = identityProblem(cea);
    if (invalid != null) {
      log.warn(
          "{}: CEA from {} is invalid ({}); closing", link.describe(), LogSafe.text(host), invalid);
      return null;
    }
    CerSecurity.Inband inband = security.answered(cea, link);
    if (inband == CerSecurity.Inband.REFUSE) {
      log.warn(
          "{}: {} did not agree to in-band TLS, which this HSS requires",
          link.describe(),
          LogSafe.text(host));
      metrics.peerRefused(PeerRefusal.NO_COMMON_SECURITY);
      return null;
    }
    return new Outcome(
        ResultCodes.DIAMETER_SUCCESS,
        host,
        cea.originRealm(),
        -1,
        commonApplications(offeredApplications(cea)),
        allowList.grant(host),
        inband == CerSecurity.Inband.START_TLS);
  }

  /**
   * RFC 3588 §6.10: both sides start TLS right after the CEA; the peer's certificate must then name
   * its Origin-Host. Fails (logged, and counted when the certificate is at fault) otherwise.
   */
  Future<Void> startTls(Link link, String peerHost) {
    return link.startTls()
        .transform(
            done -> {
              if (done.failed()) {
                log.warn(
                    "{}: in-band TLS with {} failed ({}); closing",
                    link.describe(),
                    LogSafe.text(peerHost),
                    LogSafe.text(done.cause().getMessage()));
                return Future.failedFuture(done.cause());
              }
              if (!CerSecurity.certificateNamesPeer(link, peerHost)) {
                log.warn(
                    "{}: {}'s certificate does not name it; closing",
                    link.describe(),
                    LogSafe.text(peerHost));
                metrics.peerRefused(PeerRefusal.CERTIFICATE);
                return Future.failedFuture("certificate does not name " + peerHost);
              }
              return Future.succeededFuture();
            });
  }

  /** Applications named anywhere in a CER or CEA. */
  private static Set<Integer> offeredApplications(DiameterMessage m) {
    Set<Integer> offered = new LinkedHashSet<>();
    for (Avp a : m.all(BaseAvps.AUTH_APPLICATION_ID)) {
      offered.add((int) a.asUnsigned32());
    }
    for (Avp a : m.all(BaseAvps.ACCT_APPLICATION_ID)) {
      offered.add((int) a.asUnsigned32());
    }
    for (Avp vsa : m.all(BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID)) {
      Avp auth = vsa.first(BaseAvps.AUTH_APPLICATION_ID);
      if (auth != null) {
        offered.add((int) auth.asUnsigned32());
      }
      Avp acct = vsa.first(BaseAvps.ACCT_APPLICATION_ID);
      if (acct != null) {
        offered.add((int) acct.asUnsigned32());
      }
    }
    return offered;
  }

  private Set<Integer> commonApplications(Set<Integer> offered) {
    Set<Integer> common = new LinkedHashSet<>();
    for (Integer app : local.applications()) {
      if (offered.contains(app) || offered.contains(Applications.RELAY)) {
        common.add(app);
      }
    }
    return common;
  }

  /**
   * Why the CER {@code m} cannot be evaluated: a decoding or dictionary problem, or an Origin-Host
   * or Origin-Realm that is not a DiameterIdentity (5004, §4.3.1). Null when it can. (Anything but
   * a CER first on a connection is {@link PeerFsm}'s to refuse, RFC 6733 §5.6.1.)
   */
  DecodeProblem cerProblem(DiameterMessage m, DecodeProblem decoding, BaseProtocol base) {
    DecodeProblem invalid = decoding != null ? decoding : base.validate(m);
    return invalid != null ? invalid : identityProblem(m);
  }

  /**
   * RFC 6733 §4.3.1: Origin-Host and Origin-Realm of a CER or CEA must be DiameterIdentities (5004,
   * §7.5).
   */
  static DecodeProblem identityProblem(DiameterMessage m) {
    DecodeProblem host =
        DiameterIdentity.problem(m.first(BaseAvps.ORIGIN_HOST), BaseAvps.ORIGIN_HOST);
    return host != null
        ? host
        : DiameterIdentity.problem(m.first(BaseAvps.ORIGIN_REALM), BaseAvps.ORIGIN_REALM);
  }

  /**
   * The answer refusing a request that {@link #cerProblem} stopped: Result-Code, Error-Message and
   * Failed-AVP (RFC 6733 §7.5); for a CER, with the AVPs every CEA carries (§5.3.2).
   */
  byte[] refusal(DiameterMessage request, DecodeProblem problem, InetAddress hostIp) {
    MessageBuilder answer =
        ErrorAnswers.builder(request, problem, local.originHost(), local.realm());
    if (BaseProtocol.isCapabilitiesExchange(request)) {
      answer
          .add(BaseAvps.HOST_IP_ADDRESS, hostIp)
          .add(BaseAvps.VENDOR_ID, LocalIdentity.IMPLEMENTATION_VENDOR_ID)
          .add(BaseAvps.PRODUCT_NAME, local.productName());
    }
    return answer.build();
  }

  byte[] cea(DiameterMessage cer, ResultCode resultCode, InetAddress hostIp) {
    return cea(cer, resultCode, hostIp, false);
  }

  /** With {@code startTls}, the CEA lists Inband-Security-Id TLS: both sides start TLS after it. */
  byte[] cea(DiameterMessage cer, ResultCode resultCode, InetAddress hostIp, boolean startTls) {
    MessageBuilder b = MessageBuilder.answer(cer);
    b.error(resultCode.isProtocolError());
    b.add(BaseAvps.RESULT_CODE, resultCode.code());
    addIdentity(b, hostIp);
    if (startTls) {
      b.add(BaseAvps.INBAND_SECURITY_ID, CerSecurity.TLS);
    }
    return b.build();
  }

  byte[] cer(Link link) {
    MessageBuilder b = MessageBuilder.request(BaseCommands.CAPABILITIES_EXCHANGE);
    addIdentity(b, link.localAddress());
    security.addOffer(b, link);
    return b.build();
  }

  /** The AVPs common to CER and CEA, in the order of the RFC 6733 §5.3.1/§5.3.2 grammar. */
  private void addIdentity(MessageBuilder b, InetAddress hostIp) {
    b.add(BaseAvps.ORIGIN_HOST, local.originHost());
    b.add(BaseAvps.ORIGIN_REALM, local.realm());
    b.add(BaseAvps.HOST_IP_ADDRESS, hostIp);
    b.add(BaseAvps.VENDOR_ID, LocalIdentity.IMPLEMENTATION_VENDOR_ID);
    b.add(BaseAvps.PRODUCT_NAME, local.productName());
    b.add(BaseAvps.ORIGIN_STATE_ID, local.originStateId());
    b.add(BaseAvps.SUPPORTED_VENDOR_ID, Applications.VENDOR_3GPP);
    for (Integer app : local.applications()) {
      b.addGroup(
          BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
          g -> {
            g.add(BaseAvps.VENDOR_ID, Applications.vendorId(app));
            g.add(BaseAvps.AUTH_APPLICATION_ID, app);
          });
    }
    b.add(BaseAvps.FIRMWARE_REVISION, LocalIdentity.FIRMWARE_REVISION);
  }
}
