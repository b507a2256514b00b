package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;
import static org.reactivehss.e2e.ShAs.userData;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.Tshark;

/**
 * Sh-Pull of LocationInformation and UserState (TS 29.328 §6.1.1.1) over real sockets: the HSS asks
 * the serving MME with Insert-Subscriber-Data (TS 29.272 §5.2.2.1, IDR-Flags §7.3.103) and answers
 * the AS with what the IDA reported, as TS 29.328 Annex D EPSLocationInformation / EPSUserState.
 */
@Timeout(120)
class ShLocationTest {
  static final String MME = "mme-sh.localdomain";

  /** TS 29.329 §6.3.4 Data-Reference. */
  static final int LOCATION_INFORMATION = 14;

  static final int USER_STATE = 15;

  /** TS 29.329 §6.3.7 Requested-Domain PS-Domain; §6.3.8 Current-Location. */
  static final int PS_DOMAIN = 1;

  static final int CS_DOMAIN = 0;
  static final int INITIATE_ACTIVE_LOCATION_RETRIEVAL = 1;

  /**
   * TS 29.272 §7.3.103 IDR-Flags: bit 2 EPS User State Request, bit 3 EPS Location Information
   * Request, bit 4 Current Location Request.
   */
  static final long EPS_USER_STATE_REQUEST = 0x04;

  static final long EPS_LOCATION_INFORMATION_REQUEST = 0x08;
  static final long CURRENT_LOCATION_REQUEST = 0x10;

  /** ECGI (TS 29.274 §8.21.5): PLMN 001/01, ECI 0x1234567; TAI: PLMN 001/01, TAC 1. */
  static final byte[] ECGI = S6aClient.hex("00f11001234567");

  static final byte[] TAI = S6aClient.hex("00f1100001");

  /** The same octets base64-encoded, as Annex D writes tE-UTRANCellGlobalId / tTrackingAreaId. */
  static final String ECGI_BASE64 = "APEQASNFZw==";

  static final String TAI_BASE64 = "APEQAAE=";

  /** TS 29.272 §7.3.114 User-State 4 CONNECTED_REACHABLE_FOR_PAGING. */
  static final int CONNECTED_REACHABLE_FOR_PAGING = 4;

  static E2eHss hss;
  static ShAs as;
  static S6aClient mme;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    assertThat(
            hss.send(
                    "PUT",
                    "/api/v1/sh/permissions/" + ShAs.HOST,
                    ShAs.permissions("\"LocationInformation\",\"UserState\"", "", ""))
                .statusCode())
        .isEqualTo(201);
    as = new ShAs(hss, ShAs.HOST);
    mme = new S6aClient(hss.connect(MME)).opened();
  }

  @AfterAll
  static void stop() throws Exception {
    as.close();
    mme.close();
    hss.close();
  }

  /** A subscriber with an IMS identity, registered at {@link #MME} when {@code attached}. */
  private static String subscriber(String imsi, boolean attached) throws Exception {
    String impu = "sip:" + imsi + "@ims.localdomain";
    String ims = "\"ims\":{\"impi\":\"" + imsi + "@ims.localdomain\",\"impus\":[\"" + impu + "\"]}";
    assertThat(hss.provision(imsi, S6aClient.subscriber(imsi, ims))).isEqualTo(201);
    if (attached) {
      DiameterMessage ula = mme.exchange(mme.ulr(imsi, S6aClient.HOME_PLMN, S6aClient.EUTRAN, 0));
      assertThat(ula.resultCode()).isEqualTo(2001);
    }
    return impu;
  }

  private static byte[] udr(String impu, int reference, Consumer<MessageBuilder> more) {
    return as.udr(impu, reference, more);
  }

  private static byte[] ida(DiameterMessage idr, long result, Consumer<MessageBuilder> report) {
    MessageBuilder b =
        MessageBuilder.answer(idr)
            .addCopy(idr.first(BaseAvps.SESSION_ID))
            .add(BaseAvps.RESULT_CODE, result)
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, MME)
            .add(BaseAvps.ORIGIN_REALM, "localdomain");
    report.accept(b);
    return b.build();
  }

  @Test
  void udrLocationInformation_ofAUserAtAnMme_returnsTheCellAndTaiTheMmeReported() throws Exception {
    // GIVEN a subscriber registered at the MME
    String imsi = "001010000000701";
    String impu = subscriber(imsi, true);

    // WHEN the AS asks for the current location in the PS domain
    as.peer.send(
        udr(
            impu,
            LOCATION_INFORMATION,
            b ->
                b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)
                    .add(ShAvps.CURRENT_LOCATION, INITIATE_ACTIVE_LOCATION_RETRIEVAL)));

    // THEN the MME gets an IDR asking for location, paging included, changing no subscription data
    DiameterMessage idr = mme.peer.receive();
    assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());
    assertThat(idr.first(BaseAvps.USER_NAME).asUtf8()).isEqualTo(imsi);
    assertThat(idr.first(S6aAvps.IDR_FLAGS).asUnsigned32())
        .isEqualTo(EPS_LOCATION_INFORMATION_REQUEST | CURRENT_LOCATION_REQUEST);
    assertThat(idr.first(S6aAvps.SUBSCRIPTION_DATA).dataLength()).isZero();
    mme.peer.send(
        ida(
            idr,
            2001,
            b ->
                b.addGroup(
                    S6aAvps.EPS_LOCATION_INFORMATION,
                    e ->
                        e.addGroup(
                            S6aAvps.MME_LOCATION_INFORMATION,
                            m ->
                                m.add(S6aAvps.E_UTRAN_CELL_GLOBAL_IDENTITY, ECGI)
                                    .add(S6aAvps.TRACKING_AREA_IDENTITY, TAI)
                                    .add(S6aAvps.CURRENT_LOCATION_RETRIEVED, 0)
                                    .add(S6aAvps.AGE_OF_LOCATION_INFORMATION, 0L)))));

    // AND the AS gets the cell and tracking area as Annex D EPSLocationInformation
    DiameterMessage uda = as.peer.receive();
    assertThat(outcome(uda)).isEqualTo("R2001");
    String xml = userData(uda);
    ShDataSchema.validate(xml);
    assertThat(xml)
        .contains(
            "<Extension><Extension><Extension><Extension><EPSLocationInformation>"
                + "<E-UTRANCellGlobalId>"
                + ECGI_BASE64
                + "</E-UTRANCellGlobalId><TrackingAreaId>"
                + TAI_BASE64
                + "</TrackingAreaId><MMEName>"
                + MME
                + "</MMEName><CurrentLocationRetrieved>true</CurrentLocationRetrieved>"
                + "<AgeOfLocationInformation>0</AgeOfLocationInformation>"
                + "</EPSLocationInformation></Extension></Extension></Extension></Extension>");
  }

  @Test
  void udrUserState_ofAUserAtAnMme_returnsTheStateTheMmeReported() throws Exception {
    String impu = subscriber("001010000000702", true);

    as.peer.send(udr(impu, USER_STATE, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));

    DiameterMessage idr = mme.peer.receive();
    assertThat(idr.first(S6aAvps.IDR_FLAGS).asUnsigned32()).isEqualTo(EPS_USER_STATE_REQUEST);
    mme.peer.send(
        ida(
            idr,
            2001,
            b ->
                b.addGroup(
                    S6aAvps.EPS_USER_STATE,
                    e ->
                        e.addGroup(
                            S6aAvps.MME_USER_STATE,
                            m -> m.add(S6aAvps.USER_STATE, CONNECTED_REACHABLE_FOR_PAGING)))));
    DiameterMessage uda = as.peer.receive();
    assertThat(outcome(uda)).isEqualTo("R2001");
    String xml = userData(uda);
    ShDataSchema.validate(xml);
    assertThat(xml).contains("<EPSUserState>4</EPSUserState>");
  }

  @Test
  void udrUserState_ofAUserWithoutServingMme_isDetached_andNoMmeIsAsked() throws Exception {
    String impu = subscriber("001010000000703", false);

    DiameterMessage uda =
        as.exchange(udr(impu, USER_STATE, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));

    assertThat(outcome(uda)).isEqualTo("R2001");
    String xml = userData(uda);
    ShDataSchema.validate(xml);
    assertThat(xml).contains("<EPSUserState>0</EPSUserState>");
    assertThat(mme.nextAfterWatchdog().commandCode()).isEqualTo(280);
  }

  @Test
  void udrUserState_afterTheMmePurgedTheUser_isDetached_andTheMmeIsNotAsked() throws Exception {
    String imsi = "001010000000709";
    String impu = subscriber(imsi, true);
    assertThat(mme.exchange(S6aCommands.PURGE_UE, imsi, b -> {}).resultCode()).isEqualTo(2001);

    DiameterMessage uda =
        as.exchange(udr(impu, USER_STATE, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));

    assertThat(outcome(uda)).isEqualTo("R2001");
    assertThat(userData(uda)).contains("<EPSUserState>0</EPSUserState>");
    assertThat(mme.nextAfterWatchdog().commandCode()).isEqualTo(280);
  }

  @Test
  void udrLocationInformation_ofAUserWithoutServingMme_is4100() throws Exception {
    String impu = subscriber("001010000000704", false);

    DiameterMessage uda =
        as.exchange(
            udr(impu, LOCATION_INFORMATION, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));

    assertThat(outcome(uda)).isEqualTo("E4100");
  }

  @Test
  void udrLocationInformation_whenTheMmeAnswersAnError_is4100() throws Exception {
    String impu = subscriber("001010000000705", true);

    as.peer.send(udr(impu, LOCATION_INFORMATION, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));
    DiameterMessage idr = mme.peer.receive();
    assertThat(idr.first(S6aAvps.IDR_FLAGS).asUnsigned32())
        .isEqualTo(EPS_LOCATION_INFORMATION_REQUEST);
    mme.peer.send(ida(idr, 5012, b -> {}));

    assertThat(outcome(as.peer.receive())).isEqualTo("E4100");
  }

  @Test
  void udrUserState_whenTheMmeStaysSilent_is4100BeforeTheUdrDeadline() throws Exception {
    String impu = subscriber("001010000000706", true);

    as.peer.send(udr(impu, USER_STATE, b -> b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)));
    DiameterMessage idr = mme.peer.receive();
    assertThat(idr.commandCode()).isEqualTo(S6aCommands.INSERT_SUBSCRIBER_DATA.code());

    // no IDA: the HSS answers 4100 itself, not the dispatcher's 3004 at the deadline
    assertThat(outcome(as.peer.receive())).isEqualTo("E4100");
  }

  @Test
  void udrUserState_withoutRequestedDomain_is5005_andCsDomainIs4100() throws Exception {
    String impu = subscriber("001010000000707", true);

    DiameterMessage missing = as.exchange(udr(impu, USER_STATE, b -> {}));
    assertThat(outcome(missing)).isEqualTo("R5005");
    assertThat(missing.first(BaseAvps.FAILED_AVP).first(ShAvps.REQUESTED_DOMAIN)).isNotNull();

    DiameterMessage cs =
        as.exchange(udr(impu, USER_STATE, b -> b.add(ShAvps.REQUESTED_DOMAIN, CS_DOMAIN)));
    assertThat(outcome(cs)).isEqualTo("E4100");
    assertThat(mme.nextAfterWatchdog().commandCode()).isEqualTo(280);
  }

  @Test
  void locationUdrIdrIdaAndUda_decodeInTshark_onlyTheEmptySubscriptionDataRemarked(
      @TempDir Path dir) throws Exception {
    String impu = subscriber("001010000000708", true);
    List<byte[]> messages = new ArrayList<>();
    byte[] udr =
        udr(
            impu,
            LOCATION_INFORMATION,
            b ->
                b.add(ShAvps.REQUESTED_DOMAIN, PS_DOMAIN)
                    .add(ShAvps.CURRENT_LOCATION, INITIATE_ACTIVE_LOCATION_RETRIEVAL));
    as.peer.send(udr);
    DiameterMessage idr = mme.peer.receive();
    byte[] ida =
        ida(
            idr,
            2001,
            b ->
                b.addGroup(
                    S6aAvps.EPS_LOCATION_INFORMATION,
                    e ->
                        e.addGroup(
                            S6aAvps.MME_LOCATION_INFORMATION,
                            m ->
                                m.add(S6aAvps.E_UTRAN_CELL_GLOBAL_IDENTITY, ECGI)
                                    .add(S6aAvps.TRACKING_AREA_IDENTITY, TAI))));
    mme.peer.send(ida);
    DiameterMessage uda = as.peer.receive();
    messages.add(udr);
    messages.add(idr.bytes());
    messages.add(ida);
    messages.add(uda.bytes());

    List<JsonNode> packets = Tshark.dissect(dir, messages);

    assertThat(packets).hasSize(messages.size());
    for (int i = 0; i < packets.size(); i++) {
      List<String> notes = Tshark.notes(packets.get(i).at("/_source/layers"));
      if (i == 1) {
        // the empty Subscription-Data the IDR grammar requires (TS 29.272 §7.2.9) is all Wireshark
        // remarks on: its "*[AVP]" grammar allows no AVP at all
        assertThat(notes).as("IDR").containsExactly("Data is empty");
      } else {
        assertThat(notes).as("packet %d", i).isEmpty();
      }
    }
    JsonNode idrDecoded = packets.get(1).at("/_source/layers/diameter");
    assertThat(Tshark.values(idrDecoded, "diameter.cmd.code")).containsExactly("319");
    assertThat(Tshark.values(idrDecoded, "diameter.IDR-Flags")).containsExactly("24");
    JsonNode udaDecoded = packets.get(3).at("/_source/layers/diameter");
    assertThat(Tshark.values(udaDecoded, "diameter.Result-Code")).containsExactly("2001");
  }
}
