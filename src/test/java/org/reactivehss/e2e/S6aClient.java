package org.reactivehss.e2e;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.TestPeer;

/**
 * An MME for the S6a end-to-end tests: builds requests as TS 29.272 §7.2 lays them out, reads
 * answers.
 */
final class S6aClient implements AutoCloseable {
  /** MCC 001, MNC 01: the home PLMN of the test IMSIs 00101... (TS 24.008 §10.5.1.13 order). */
  static final byte[] HOME_PLMN = {0x00, (byte) 0xf1, 0x10};

  static final byte[] OTHER_PLMN = {0x13, 0x00, 0x14};
  static final String K = "465b5ce8b199b49faa5f0a2ee238a6bc";
  static final String OPC = "cd63cb71954a9f4e48a5994e37a02baf";
  static final int EUTRAN = 1004;
  static final int UTRAN = 1000;

  private static int sessions;

  final TestPeer peer;

  S6aClient(TestPeer peer) {
    this.peer = peer;
  }

  /** This MME after a successful CER/CEA; closing it closes the connection. */
  S6aClient opened() throws IOException {
    peer.open();
    return this;
  }

  /** One APN, so that a ULR finds an EPS subscription (TS 29.272 §5.2.1.1.3, else 5420). */
  static final String ONE_APN =
      "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"pdnType\":\"ipv4\","
          + "\"qci\":9,\"arp\":{\"priority\":8,\"preemptionCapable\":false,"
          + "\"preemptionVulnerable\":true}}]";

  /** A subscriber with the test keys and {@code extra}; {@link #ONE_APN} unless it names APNs. */
  static String subscriber(String imsi, String extra) {
    String withApn =
        extra.contains("\"apns\"") ? extra : extra.isEmpty() ? ONE_APN : extra + "," + ONE_APN;
    return withoutApn(imsi, withApn);
  }

  /** A subscriber with the test keys and exactly {@code extra}: no APN unless it names some. */
  static String withoutApn(String imsi, String extra) {
    return "{\"imsi\":\""
        + imsi
        + "\",\"k\":\""
        + K
        + "\",\"opc\":\""
        + OPC
        + "\",\"amf\":\"8000\""
        + (extra.isEmpty() ? "" : "," + extra)
        + "}";
  }

  static byte[] hex(String text) {
    return HexFormat.of().parseHex(text);
  }

  MessageBuilder request(CommandDef command, String imsi) {
    return MessageBuilder.request(command)
        .hopByHop(peer.nextHopByHop())
        .endToEnd(peer.nextHopByHop())
        .add(BaseAvps.SESSION_ID, peer.host + ";1;" + (++sessions))
        .addGroup(
            BaseAvps.VENDOR_SPECIFIC_APPLICATION_ID,
            g ->
                g.add(BaseAvps.VENDOR_ID, Applications.VENDOR_3GPP)
                    .add(BaseAvps.AUTH_APPLICATION_ID, Applications.S6A))
        .add(BaseAvps.AUTH_SESSION_STATE, 1)
        .add(BaseAvps.ORIGIN_HOST, peer.host)
        .add(BaseAvps.ORIGIN_REALM, "localdomain")
        .add(BaseAvps.DESTINATION_REALM, "localdomain")
        .add(BaseAvps.USER_NAME, imsi);
  }

  /** AIR for n E-UTRAN vectors; {@code resync} RAND || AUTS or null. */
  byte[] air(String imsi, int n, byte[] plmn, byte[] resync) {
    return request(S6aCommands.AUTHENTICATION_INFORMATION, imsi)
        .addGroup(
            S6aAvps.REQUESTED_EUTRAN_AUTHENTICATION_INFO,
            g -> {
              g.add(S6aAvps.NUMBER_OF_REQUESTED_VECTORS, n)
                  .add(S6aAvps.IMMEDIATE_RESPONSE_PREFERRED, 0);
              if (resync != null) {
                g.add(S6aAvps.RE_SYNCHRONIZATION_INFO, resync);
              }
            })
        .add(S6aAvps.VISITED_PLMN_ID, plmn)
        .build();
  }

  /** TS 29.272 §7.3.7 ULR-Flags bit 1 S6a/S6d-Indicator: set by an MME, cleared by an SGSN. */
  static final long S6A_INDICATOR = 1 << 1;

  /** A ULR from this peer as an MME: {@code flags} with the S6a/S6d-Indicator set. */
  byte[] ulr(String imsi, byte[] plmn, int ratType, long flags) {
    return request(S6aCommands.UPDATE_LOCATION, imsi)
        .add(S6aAvps.RAT_TYPE, ratType)
        .add(S6aAvps.ULR_FLAGS, flags | S6A_INDICATOR)
        .add(S6aAvps.VISITED_PLMN_ID, plmn)
        .build();
  }

  /** A ULR from this peer as an SGSN over S6d: the indicator cleared, SGSN-Number if given. */
  byte[] sgsnUlr(String imsi, long flags, byte[] sgsnNumber) {
    MessageBuilder b =
        request(S6aCommands.UPDATE_LOCATION, imsi)
            .add(S6aAvps.RAT_TYPE, UTRAN)
            .add(S6aAvps.ULR_FLAGS, flags & ~S6A_INDICATOR)
            .add(S6aAvps.VISITED_PLMN_ID, HOME_PLMN);
    if (sgsnNumber != null) {
      b.add(S6aAvps.SGSN_NUMBER, sgsnNumber);
    }
    return b.build();
  }

  /**
   * Sends {@code request} and returns its answer. A watchdog request that the HSS sends meanwhile
   * (a short watchdog interval on a busy machine) is answered and skipped, as an MME would.
   */
  DiameterMessage exchange(byte[] request) throws IOException {
    peer.send(request);
    DiameterMessage next = peer.receive();
    while (next.isRequest() && next.commandCode() == BaseCommands.DEVICE_WATCHDOG.code()) {
      peer.send(
          MessageBuilder.answer(next)
              .add(BaseAvps.RESULT_CODE, 2001)
              .add(BaseAvps.ORIGIN_HOST, peer.host)
              .add(BaseAvps.ORIGIN_REALM, "localdomain")
              .build());
      next = peer.receive();
    }
    return next;
  }

  DiameterMessage exchange(CommandDef command, String imsi, Consumer<MessageBuilder> more)
      throws IOException {
    MessageBuilder b = request(command, imsi);
    more.accept(b);
    return exchange(b.build());
  }

  /** The answer to an HSS-initiated request: success, same identifiers, Session-Id echoed. */
  void answerSuccess(DiameterMessage request) throws IOException {
    answerWith(request, 2001);
  }

  /** The answer to an HSS-initiated request with Result-Code {@code resultCode}. */
  void answerWith(DiameterMessage request, int resultCode) throws IOException {
    peer.send(
        MessageBuilder.answer(request)
            .addCopy(request.first(BaseAvps.SESSION_ID))
            .add(BaseAvps.RESULT_CODE, resultCode)
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, peer.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .build());
  }

  /**
   * Asserts that the HSS sent this peer nothing (no CLR, no IDR) before the answer to a watchdog
   * sent now: whatever the HSS had decided to send earlier is on the wire before that answer.
   */
  DiameterMessage nextAfterWatchdog() throws IOException {
    peer.send(peer.dwr());
    return peer.receive();
  }

  @Override
  public void close() throws IOException {
    peer.close();
  }

  static List<Avp> eutranVectors(DiameterMessage aia) {
    Avp info = aia.first(S6aAvps.AUTHENTICATION_INFO);
    return info == null ? List.of() : new ArrayList<>(info.all(S6aAvps.E_UTRAN_VECTOR));
  }

  /** Experimental-Result-Code if present, else Result-Code. */
  static long outcome(DiameterMessage answer) {
    return answer.resultCode();
  }
}
