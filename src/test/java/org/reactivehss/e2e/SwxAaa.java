package org.reactivehss.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.reactivehss.auth.UsimModel;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.SwxCommands;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.TestPeer;

/**
 * A 3GPP AAA server on a real socket to the HSS: CER offering SWx, MAR and SAR laid out as TS
 * 29.273 §8.2.2.1 and §8.2.2.3 write them, one request at a time.
 */
final class SwxAaa implements AutoCloseable {
  static final String EAP_AKA_PRIME = "EAP-AKA'";
  static final String EAP_AKA = "EAP-AKA";

  /** TS 29.212 §5.3.31 RAT-Type WLAN. */
  static final int WLAN = 0;

  final TestPeer peer;
  private int sessions;

  SwxAaa(E2eHss hss, String host) throws IOException {
    this.peer = hss.connect(host);
    peer.send(peer.cer(Applications.SWX, Applications.S6A));
    long cea = TestPeer.resultCode(peer.receive());
    if (cea != 2001) {
      throw new AssertionError("CEA result " + cea);
    }
  }

  /** A subscriber with the Milenage keys of {@link S6aClient}; {@code extra} JSON members. */
  static String subscriber(String imsi, String extra) {
    return S6aClient.subscriber(imsi, extra);
  }

  static UsimModel usim() {
    return UsimModel.of("milenage", S6aClient.hex(S6aClient.K), null, S6aClient.hex(S6aClient.OPC));
  }

  /** MAR; {@code anid} and {@code authorization} (RAND || AUTS) are left out when null. */
  byte[] mar(String userName, int n, String scheme, String anid, byte[] authorization) {
    return marBuilder(userName, n, scheme, anid, authorization).build();
  }

  /** As {@link #mar}, open for more AVPs (AAA-Failure-Indication). */
  MessageBuilder marBuilder(
      String userName, int n, String scheme, String anid, byte[] authorization) {
    MessageBuilder b =
        head(SwxCommands.MULTIMEDIA_AUTH)
            .add(BaseAvps.USER_NAME, userName)
            .addGroup(
                CxAvps.SIP_AUTH_DATA_ITEM,
                g -> {
                  if (scheme != null) {
                    g.add(CxAvps.SIP_AUTHENTICATION_SCHEME, scheme);
                  }
                  if (authorization != null) {
                    g.add(CxAvps.SIP_AUTHORIZATION, authorization);
                  }
                })
            .add(CxAvps.SIP_NUMBER_AUTH_ITEMS, (long) n)
            .add(S6aAvps.RAT_TYPE, WLAN);
    if (anid != null) {
      b.add(SwxAvps.ANID, anid);
    }
    return b;
  }

  byte[] sar(String userName, int type) {
    return head(SwxCommands.SERVER_ASSIGNMENT)
        .add(BaseAvps.USER_NAME, userName)
        .add(CxAvps.SERVER_ASSIGNMENT_TYPE, type)
        .build();
  }

  private MessageBuilder head(CommandDef command) {
    return MessageBuilder.request(command)
        .hopByHop(peer.nextHopByHop())
        .endToEnd(peer.nextHopByHop())
        .add(BaseAvps.SESSION_ID, peer.host + ";1;" + (++sessions))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SWX))
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_REALM, "localdomain");
  }

  DiameterMessage exchange(byte[] request) throws IOException {
    peer.send(request);
    return peer.receive();
  }

  /** The answer to an HSS-initiated request (PPR, RTR): success, Session-Id echoed. */
  void answerSuccess(DiameterMessage request) throws IOException {
    peer.send(
        MessageBuilder.answer(request)
            .addCopy(request.first(BaseAvps.SESSION_ID))
            .addGroup(
                BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
                g ->
                    g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                        .add(BaseAvps.AUTH_APPLICATION_ID, Applications.SWX))
            .add(BaseAvps.RESULT_CODE, 2001)
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .build());
  }

  /** The USIM's verdict on one SIP-Auth-Data-Item: SIP-Authenticate = RAND || AUTN. */
  static UsimModel.Outcome challenge(UsimModel usim, Avp item) {
    byte[] sipAuthenticate = item.first(CxAvps.SIP_AUTHENTICATE).asOctets();
    return usim.authenticate(
        Arrays.copyOfRange(sipAuthenticate, 0, 16), Arrays.copyOfRange(sipAuthenticate, 16, 32));
  }

  /** "R2001" for a Result-Code, "E5001" for an Experimental-Result-Code. */
  static String outcome(DiameterMessage answer) {
    return (answer.isExperimentalResult() ? "E" : "R") + answer.resultCode();
  }

  static String hex(byte[] octets) {
    return HexFormat.of().formatHex(octets);
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() throws IOException {
    peer.close();
  }
}
