package org.reactivehss.diameter.peer;

import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.Commands;
import org.reactivehss.diameter.dict.ResultCode;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * The capabilities exchange, RFC 6733 §5.3: builds CER/CEA and decides the outcome of a peer's CER.
 *
 * <p>Applications are negotiated as the intersection of what the peer lists (Auth-, Acct- and
 * Vendor-Specific-Application-Id) and what this HSS serves; a peer that lists the Relay application
 * (0xffffffff) shares all of them (§2.4). Nothing in common gives 5010 (§5.3). A peer that insists on
 * TLS through Inband-Security-Id (§6.10) while this HSS offers none gets 5017.
 */
final class CapabilitiesExchange {
  private static final long INBAND_NO_SECURITY = 0;

  private final LocalIdentity local;
  private final PeerAllowList allowList;

  CapabilitiesExchange(LocalIdentity local, PeerAllowList allowList) {
    this.local = local;
    this.allowList = allowList;
  }

  /** The outcome of a received CER: the Result-Code for the CEA and, on success, what was agreed. */
  record Outcome(ResultCode resultCode, String peerHost, String peerRealm, long peerOriginStateId,
      Set<Integer> applications, Set<Integer> granted) {
    boolean success() {
      return resultCode == ResultCodes.DIAMETER_SUCCESS;
    }
  }

  Outcome evaluate(DiameterMessage cer) {
    String host = cer.originHost();
    String realm = cer.originRealm();
    Avp stateAvp = cer.first(Avps.ORIGIN_STATE_ID);
    long originState = stateAvp == null ? -1 : stateAvp.asUnsigned32();
    if (!allowList.allows(host, realm)) {
      return new Outcome(ResultCodes.DIAMETER_UNKNOWN_PEER, host, realm, originState, Set.of(), Set.of());
    }
    if (!acceptsNoSecurity(cer)) {
      return new Outcome(ResultCodes.DIAMETER_NO_COMMON_SECURITY, host, realm, originState, Set.of(), Set.of());
    }
    Set<Integer> common = commonApplications(offeredApplications(cer));
    ResultCode rc = common.isEmpty() ? ResultCodes.DIAMETER_NO_COMMON_APPLICATION : ResultCodes.DIAMETER_SUCCESS;
    return new Outcome(rc, host, realm, originState, common, allowList.grantedApplications(host));
  }

  /** The applications a peer we dialed may use (null: all); see {@link PeerAllowList}. */
  Set<Integer> grantedApplications(String peerHost) {
    return allowList.grantedApplications(peerHost);
  }

  /** Applications named anywhere in a CER or CEA. */
  static Set<Integer> offeredApplications(DiameterMessage m) {
    Set<Integer> offered = new LinkedHashSet<>();
    for (Avp a : m.all(Avps.AUTH_APPLICATION_ID)) {
      offered.add((int) a.asUnsigned32());
    }
    for (Avp a : m.all(Avps.ACCT_APPLICATION_ID)) {
      offered.add((int) a.asUnsigned32());
    }
    for (Avp vsa : m.all(Avps.VENDOR_SPECIFIC_APPLICATION_ID)) {
      Avp auth = vsa.first(Avps.AUTH_APPLICATION_ID);
      if (auth != null) {
        offered.add((int) auth.asUnsigned32());
      }
      Avp acct = vsa.first(Avps.ACCT_APPLICATION_ID);
      if (acct != null) {
        offered.add((int) acct.asUnsigned32());
      }
    }
    return offered;
  }

  Set<Integer> commonApplications(Set<Integer> offered) {
    Set<Integer> common = new LinkedHashSet<>();
    for (Integer app : local.applications()) {
      if (offered.contains(app) || offered.contains(Applications.RELAY)) {
        common.add(app);
      }
    }
    return common;
  }

  private static boolean acceptsNoSecurity(DiameterMessage cer) {
    List<Avp> inband = cer.all(Avps.INBAND_SECURITY_ID);
    if (inband.isEmpty()) {
      return true;
    }
    for (Avp a : inband) {
      if (a.asUnsigned32() == INBAND_NO_SECURITY) {
        return true;
      }
    }
    return false;
  }

  byte[] cea(DiameterMessage cer, ResultCode resultCode, InetAddress hostIp) {
    MessageBuilder b = MessageBuilder.answer(cer);
    b.error(resultCode.isProtocolError());
    b.add(Avps.RESULT_CODE, resultCode.code());
    addIdentity(b, hostIp);
    return b.build();
  }

  byte[] cer(InetAddress hostIp) {
    MessageBuilder b = MessageBuilder.request(Commands.CAPABILITIES_EXCHANGE);
    addIdentity(b, hostIp);
    return b.build();
  }

  /** The AVPs common to CER and CEA, in the order of the RFC 6733 §5.3.1/§5.3.2 grammar. */
  private void addIdentity(MessageBuilder b, InetAddress hostIp) {
    b.add(Avps.ORIGIN_HOST, local.originHost());
    b.add(Avps.ORIGIN_REALM, local.realm());
    b.add(Avps.HOST_IP_ADDRESS, hostIp);
    b.add(Avps.VENDOR_ID, LocalIdentity.IMPLEMENTATION_VENDOR_ID);
    b.add(Avps.PRODUCT_NAME, local.productName());
    b.add(Avps.ORIGIN_STATE_ID, local.originStateId());
    b.add(Avps.SUPPORTED_VENDOR_ID, LocalIdentity.VENDOR_3GPP);
    for (Integer app : local.applications()) {
      b.addGroup(Avps.VENDOR_SPECIFIC_APPLICATION_ID, g -> {
        g.add(Avps.VENDOR_ID, LocalIdentity.VENDOR_3GPP);
        g.add(Avps.AUTH_APPLICATION_ID, app);
      });
    }
    b.add(Avps.FIRMWARE_REVISION, LocalIdentity.FIRMWARE_REVISION);
  }
}
