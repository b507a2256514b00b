package org.reactivehss.e2e;

import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.Commands;

/** Cx requests as an I-CSCF / S-CSCF sends them (TS 29.229 §6.1), for end-to-end tests. */
final class CxMessages {
  static final String DIGEST_AKA = "Digest-AKAv1-MD5";

  private final String originHost;
  private int session;

  CxMessages(String originHost) {
    this.originHost = originHost;
  }

  byte[] uar(int hopByHop, String impi, String impu, String visitedNetwork, int type) {
    return uarHead(hopByHop, impi, impu, visitedNetwork, type).build();
  }

  /** UAR with UAR-Flags (TS 29.229 §6.3.44; bit 0 IMS-Emergency-Registration). */
  byte[] uar(int hopByHop, String impi, String impu, String visitedNetwork, int type, long flags) {
    return uarHead(hopByHop, impi, impu, visitedNetwork, type).add(Avps.UAR_FLAGS, flags).build();
  }

  private MessageBuilder uarHead(
      int hopByHop, String impi, String impu, String visitedNetwork, int type) {
    return head(Commands.USER_AUTHORIZATION, hopByHop)
        .add(Avps.USER_NAME, impi)
        .add(Avps.PUBLIC_IDENTITY, impu)
        .add(Avps.VISITED_NETWORK_IDENTIFIER, visitedNetwork.getBytes(StandardCharsets.UTF_8))
        .add(Avps.USER_AUTHORIZATION_TYPE, type);
  }

  /** {@code authorization} null for a plain MAR, RAND || AUTS for a resynchronisation. */
  byte[] mar(
      int hopByHop,
      String impi,
      String impu,
      int n,
      String scheme,
      byte[] authorization,
      String serverName) {
    return head(Commands.MULTIMEDIA_AUTH, hopByHop)
        .add(Avps.USER_NAME, impi)
        .add(Avps.PUBLIC_IDENTITY, impu)
        .add(Avps.SIP_NUMBER_AUTH_ITEMS, (long) n)
        .addGroup(
            Avps.SIP_AUTH_DATA_ITEM,
            g -> {
              g.add(Avps.SIP_AUTHENTICATION_SCHEME, scheme);
              if (authorization != null) {
                g.add(Avps.SIP_AUTHORIZATION, authorization);
              }
            })
        .add(Avps.SERVER_NAME, serverName)
        .build();
  }

  byte[] sar(
      int hopByHop,
      String impi,
      String impu,
      int type,
      int userDataAlreadyAvailable,
      String serverName) {
    MessageBuilder b = head(Commands.SERVER_ASSIGNMENT, hopByHop);
    if (impi != null) {
      b.add(Avps.USER_NAME, impi);
    }
    if (impu != null) {
      b.add(Avps.PUBLIC_IDENTITY, impu);
    }
    return b.add(Avps.SERVER_NAME, serverName)
        .add(Avps.SERVER_ASSIGNMENT_TYPE, type)
        .add(Avps.USER_DATA_ALREADY_AVAILABLE, userDataAlreadyAvailable)
        .build();
  }

  byte[] lir(int hopByHop, String impu) {
    return head(Commands.LOCATION_INFO, hopByHop).add(Avps.PUBLIC_IDENTITY, impu).build();
  }

  /**
   * LIR for an originating request on behalf of the user (Originating-Request, TS 29.229 §6.3.34).
   */
  byte[] lirOriginating(int hopByHop, String impu) {
    return head(Commands.LOCATION_INFO, hopByHop)
        .add(Avps.ORIGINATING_REQUEST, 0)
        .add(Avps.PUBLIC_IDENTITY, impu)
        .build();
  }

  private MessageBuilder head(CommandDef command, int hopByHop) {
    MessageBuilder b =
        MessageBuilder.request(command)
            .hopByHop(hopByHop)
            .endToEnd(hopByHop)
            .add(Avps.SESSION_ID, originHost + ";1;" + (++session))
            .addGroup(
                Avps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(Avps.VENDOR_ID, 10415L)
                        .add(Avps.AUTH_APPLICATION_ID, (long) Applications.CX))
            .add(Avps.AUTH_SESSION_STATE, 1)
            .add(Avps.ORIGIN_HOST, originHost)
            .add(Avps.ORIGIN_REALM, "localdomain")
            .add(Avps.DESTINATION_REALM, "localdomain");
    return b;
  }
}
