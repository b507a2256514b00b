package org.reactivehss.diameter.peer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeProblem;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.codec.MessageValidator;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * The base-protocol messages of an open connection (RFC 6733 §5.4 DPR/DPA, §5.5 DWR/DWA) and the
 * checks every inbound request passes before it reaches an application.
 */
final class BaseProtocol {
  /** Disconnect-Cause REBOOTING (RFC 6733 §5.4.3): we are shutting down and will be back. */
  private static final long DISCONNECT_REBOOTING = 0;

  private final LocalIdentity local;
  private final MessageValidator validator;

  BaseProtocol(LocalIdentity local) {
    this.local = local;
    List<Integer> served = new ArrayList<>(local.applications());
    served.add(Applications.BASE);
    this.validator = new MessageValidator(served);
  }

  static boolean isBase(DiameterMessage m) {
    return m.applicationId() == Applications.BASE;
  }

  static boolean isCapabilitiesExchange(DiameterMessage m) {
    return m.applicationId() == Applications.BASE
        && m.commandCode() == BaseCommands.CAPABILITIES_EXCHANGE.code();
  }

  static boolean isWatchdog(DiameterMessage m) {
    return m.applicationId() == Applications.BASE
        && m.commandCode() == BaseCommands.DEVICE_WATCHDOG.code();
  }

  static boolean isDisconnect(DiameterMessage m) {
    return m.applicationId() == Applications.BASE
        && m.commandCode() == BaseCommands.DISCONNECT_PEER.code();
  }

  /** "app 16777251 cmd 318 request" — for logs, never content. */
  static String describe(DiameterMessage m) {
    return "app "
        + m.applicationId()
        + " cmd "
        + m.commandCode()
        + (m.isRequest() ? " request" : " answer");
  }

  /**
   * What stops a request on an open connection before its handler: an application not agreed in the
   * capabilities exchange (3007, RFC 6733 §6.1.1), a Destination-Realm or Destination-Host that is
   * not this HSS (3003 / 3002: this HSS is a server, not a relay, §6.1.4), then the dictionary
   * checks.
   */
  DecodeProblem check(DiameterMessage m, Set<Integer> agreedApplications) {
    int app = m.applicationId();
    if (app != Applications.BASE && !agreedApplications.contains(app)) {
      return DecodeProblem.of(
          ResultCodes.DIAMETER_APPLICATION_UNSUPPORTED,
          null,
          "application " + app + " was not agreed in the capabilities exchange");
    }
    Avp realm = m.first(BaseAvps.DESTINATION_REALM);
    if (realm != null && !realm.asIdentity().equalsIgnoreCase(local.realm())) {
      return DecodeProblem.of(ResultCodes.DIAMETER_REALM_NOT_SERVED, null, "realm not served");
    }
    Avp host = m.first(BaseAvps.DESTINATION_HOST);
    if (host != null && !host.asIdentity().equalsIgnoreCase(local.originHost())) {
      return DecodeProblem.of(
          ResultCodes.DIAMETER_UNABLE_TO_DELIVER, null, "Destination-Host is not this HSS");
    }
    return validate(m);
  }

  /**
   * The dictionary checks alone (RFC 6733 §7: header bits, AVP flags and lengths, required AVPs).
   */
  DecodeProblem validate(DiameterMessage m) {
    return validator.validate(m);
  }

  byte[] dwr(int hopByHop) {
    return MessageBuilder.request(BaseCommands.DEVICE_WATCHDOG)
        .hopByHop(hopByHop)
        .add(BaseAvps.ORIGIN_HOST, local.originHost())
        .add(BaseAvps.ORIGIN_REALM, local.realm())
        .add(BaseAvps.ORIGIN_STATE_ID, local.originStateId())
        .build();
  }

  byte[] dwa(DiameterMessage dwr) {
    return MessageBuilder.answer(dwr)
        .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
        .add(BaseAvps.ORIGIN_HOST, local.originHost())
        .add(BaseAvps.ORIGIN_REALM, local.realm())
        .add(BaseAvps.ORIGIN_STATE_ID, local.originStateId())
        .build();
  }

  byte[] dpr(int hopByHop) {
    return MessageBuilder.request(BaseCommands.DISCONNECT_PEER)
        .hopByHop(hopByHop)
        .add(BaseAvps.ORIGIN_HOST, local.originHost())
        .add(BaseAvps.ORIGIN_REALM, local.realm())
        .add(BaseAvps.DISCONNECT_CAUSE, DISCONNECT_REBOOTING)
        .build();
  }

  byte[] dpa(DiameterMessage dpr) {
    return MessageBuilder.answer(dpr)
        .add(BaseAvps.RESULT_CODE, ResultCodes.DIAMETER_SUCCESS.code())
        .add(BaseAvps.ORIGIN_HOST, local.originHost())
        .add(BaseAvps.ORIGIN_REALM, local.realm())
        .build();
  }
}
