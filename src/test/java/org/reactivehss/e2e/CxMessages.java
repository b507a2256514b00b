package org.reactivehss.e2e;

import java.nio.charset.StandardCharsets;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.CxCommands;

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
    return uarHead(hopByHop, impi, impu, visitedNetwork, type).add(CxAvps.UAR_FLAGS, flags).build();
  }

  private MessageBuilder uarHead(
      int hopByHop, String impi, String impu, String visitedNetwork, int type) {
    return head(CxCommands.USER_AUTHORIZATION, hopByHop)
        .add(BaseAvps.USER_NAME, impi)
        .add(CxAvps.PUBLIC_IDENTITY, impu)
        .add(CxAvps.VISITED_NETWORK_IDENTIFIER, visitedNetwork.getBytes(StandardCharsets.UTF_8))
        .add(CxAvps.USER_AUTHORIZATION_TYPE, type);
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
    return head(CxCommands.MULTIMEDIA_AUTH, hopByHop)
        .add(BaseAvps.USER_NAME, impi)
        .add(CxAvps.PUBLIC_IDENTITY, impu)
        .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, (long) n)
        .addGroup(
            CxAvps.SIP_AUTH_DATA_ITEM,
            g -> {
              g.add(CxAvps.SIP_AUTHENTICATION_SCHEME, scheme);
              if (authorization != null) {
                g.add(CxAvps.SIP_AUTHORIZATION, authorization);
              }
            })
        .add(CxAvps.SERVER_NAME, serverName)
        .build();
  }

  byte[] sar(
      int hopByHop,
      String impi,
      String impu,
      int type,
      int userDataAlreadyAvailable,
      String serverName) {
    MessageBuilder b = head(CxCommands.SERVER_ASSIGNMENT, hopByHop);
    if (impi != null) {
      b.add(BaseAvps.USER_NAME, impi);
    }
    if (impu != null) {
      b.add(CxAvps.PUBLIC_IDENTITY, impu);
    }
    return b.add(CxAvps.SERVER_NAME, serverName)
        .add(CxAvps.SERVER_ASSIGNMENT_TYPE, type)
        .add(CxAvps.USER_DATA_ALREADY_AVAILABLE, userDataAlreadyAvailable)
        .build();
  }

  byte[] lir(int hopByHop, String impu) {
    return head(CxCommands.LOCATION_INFO, hopByHop).add(CxAvps.PUBLIC_IDENTITY, impu).build();
  }

  /**
   * LIR for an originating request on behalf of the user (Originating-Request, TS 29.229 §6.3.34).
   */
  byte[] lirOriginating(int hopByHop, String impu) {
    return head(CxCommands.LOCATION_INFO, hopByHop)
        .add(CxAvps.ORIGINATING_REQUEST, 0)
        .add(CxAvps.PUBLIC_IDENTITY, impu)
        .build();
  }

  private MessageBuilder head(CommandDef command, int hopByHop) {
    MessageBuilder b =
        MessageBuilder.request(command)
            .hopByHop(hopByHop)
            .endToEnd(hopByHop)
            .add(BaseAvps.SESSION_ID, originHost + ";1;" + (++session))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, 10415L)
                        .add(BaseAvps.AUTH_APPLICATION_ID, (long) Applications.CX))
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, originHost)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain");
    return b;
  }
}
