package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.Tshark;

/**
 * Wireshark reads the S6a/S6d requests new on the wire as the HSS writes them: a CLR to an SGSN
 * (CLR-Flags S6a/S6d-Indicator cleared), Delete-Subscriber-Data withdrawing a PDN context, and
 * Reset. No packet is malformed or raises an expert note, and the values it prints are the ones
 * sent (TS 29.272 §7.2.7, §7.2.11, §7.2.15).
 */
@Timeout(120)
class S6aTsharkDecodeTest {
  private static final String APNS =
      "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"qci\":9,"
          + "\"arp\":{\"priority\":8,\"preemptionCapable\":false,\"preemptionVulnerable\":true}},"
          + "{\"apn\":\"ims\",\"contextId\":2,\"qci\":5,\"arp\":{\"priority\":1,"
          + "\"preemptionCapable\":true,\"preemptionVulnerable\":false}}]";

  @Test
  void sgsnClr_dsrAndRsrBytes_decodeInTsharkWithoutExpertNotes(@TempDir Path dir) throws Exception {
    List<byte[]> messages = new ArrayList<>();
    try (E2eHss hss = new E2eHss();
        S6aClient mme = new S6aClient(hss.connect("mme-ws.localdomain")).opened();
        S6aClient sgsnA = new S6aClient(hss.connect("sgsn-a-ws.localdomain")).opened();
        S6aClient sgsnB = new S6aClient(hss.connect("sgsn-b-ws.localdomain")).opened()) {
      String imsi = "001010000000801";
      hss.provision(imsi, S6aClient.subscriber(imsi, APNS));
      mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0));
      sgsnA.exchange(sgsnA.sgsnUlr(imsi, 0, new byte[] {(byte) 0x94, 0x71}));
      sgsnB.exchange(sgsnB.sgsnUlr(imsi, 0, null));
      DiameterMessage clr = sgsnA.peer.receive();
      messages.add(clr.bytes());
      sgsnA.answerSuccess(clr);

      hss.send(
          "PATCH",
          "/api/v1/subscribers/" + imsi,
          "{\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"qci\":9,"
              + "\"arp\":{\"priority\":8,\"preemptionCapable\":false,\"preemptionVulnerable\":true}}]}");
      DiameterMessage dsr = mme.peer.receive();
      messages.add(dsr.bytes());
      mme.answerSuccess(dsr);
      mme.answerSuccess(mme.peer.receive());
      DiameterMessage sgsnDsr = sgsnB.peer.receive();
      sgsnB.answerSuccess(sgsnDsr);
      sgsnB.answerSuccess(sgsnB.peer.receive());

      CompletableFuture<Integer> reset =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return hss.send("POST", "/api/v1/operations/reset", "").statusCode();
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      DiameterMessage rsr = mme.peer.receive();
      messages.add(rsr.bytes());
      mme.answerSuccess(rsr);
      sgsnB.answerSuccess(sgsnB.peer.receive());
      assertThat(reset.get(60, TimeUnit.SECONDS)).isEqualTo(200);
    }

    List<JsonNode> packets = Tshark.dissect(dir, messages);

    assertThat(packets).hasSize(3);
    for (int i = 0; i < packets.size(); i++) {
      JsonNode diameter = packets.get(i).at("/_source/layers/diameter");
      assertThat(diameter.isMissingNode()).as("packet %d", i).isFalse();
      assertThat(Tshark.values(diameter, "diameter.applicationId")).containsExactly("16777251");
      assertThat(Tshark.notes(packets.get(i).at("/_source/layers"))).as("packet %d", i).isEmpty();
    }
    JsonNode clr = packets.get(0).at("/_source/layers/diameter");
    assertThat(Tshark.values(clr, "diameter.cmd.code")).containsExactly("317");
    assertThat(Tshark.values(clr, "diameter.Cancellation-Type")).containsExactly("1");
    assertThat(Tshark.values(clr, "diameter.CLR-Flags")).containsExactly("0");
    JsonNode dsr = packets.get(1).at("/_source/layers/diameter");
    assertThat(Tshark.values(dsr, "diameter.cmd.code")).containsExactly("320");
    assertThat(Tshark.values(dsr, "diameter.DSR-Flags")).containsExactly("8");
    assertThat(Tshark.values(dsr, "diameter.Context-Identifier")).containsExactly("2");
    JsonNode rsr = packets.get(2).at("/_source/layers/diameter");
    assertThat(Tshark.values(rsr, "diameter.cmd.code")).containsExactly("322");
    assertThat(Tshark.values(rsr, "diameter.User-Name")).isEmpty();
  }
}
