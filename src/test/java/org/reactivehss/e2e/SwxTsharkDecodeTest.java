package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Values;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.Tshark;

/**
 * Wireshark reads SWx as the HSS writes it: real MARs and SARs, the MAAs and SAAs the whole HSS
 * answered (EAP-AKA' and EAP-AKA items, 5450, 5005 with 3GPP-AAA-Server-Name, Non-3GPP-User-Data)
 * and the PPR and RTR it sent are dissected by tshark with its own dictionary (application
 * 16777265, AVPs 1500-1504, 318): no packet is malformed or raises an expert note, and the codes it
 * prints are the ones sent.
 */
@Timeout(120)
class SwxTsharkDecodeTest {
  static final String APNS =
      "\"apns\":[{\"apn\":\"internet\",\"contextId\":1,\"default\":true,\"qci\":9,"
          + "\"arp\":{\"priority\":8}}],\"msisdn\":\"4915550901\"";

  @Test
  void swxRequestsAndAnswers_decodeInTsharkWithoutExpertNotes(@TempDir Path dir) throws Exception {
    List<byte[]> messages = new ArrayList<>();
    List<String> expectedCodes = new ArrayList<>();
    try (E2eHss hss = new E2eHss()) {
      String served = "001010000000901";
      String barred = "001010000000902";
      assertThat(hss.provision(served, SwxAaa.subscriber(served, "\"non3gppAccess\":true," + APNS)))
          .isEqualTo(201);
      assertThat(hss.provision(barred, SwxAaa.subscriber(barred, APNS))).isEqualTo(201);
      try (SwxAaa aaa = new SwxAaa(hss, "aaa-ws.localdomain");
          SwxAaa other = new SwxAaa(hss, "aaa-ws2.localdomain")) {
        for (byte[] request :
            List.of(
                aaa.mar(served, 1, SwxAaa.EAP_AKA_PRIME, "WLAN", null),
                aaa.mar(served, 1, SwxAaa.EAP_AKA, null, null),
                aaa.mar(barred, 1, SwxAaa.EAP_AKA_PRIME, "WLAN", null),
                aaa.sar(served, Values.ServerAssignmentType.REGISTRATION),
                other.sar(served, Values.ServerAssignmentType.REGISTRATION))) {
          // the last SAR is the second server's: its answer is 5005 naming the first
          SwxAaa from = messages.size() == 8 ? other : aaa;
          messages.add(request);
          messages.add(from.exchange(request).bytes());
        }
        expectedCodes.addAll(List.of("2001", "2001", "5450", "2001", "5005"));
        assertThat(
                hss.provision(
                    served, SwxAaa.subscriber(served, "\"non3gppAccess\":true,\"apns\":[]")))
            .isEqualTo(200);
        DiameterMessage ppr = aaa.peer.receive();
        messages.add(ppr.bytes());
        aaa.answerSuccess(ppr);
        assertThat(hss.send("DELETE", "/api/v1/subscribers/" + served, null).statusCode())
            .isEqualTo(204);
        DiameterMessage rtr = aaa.peer.receive();
        messages.add(rtr.bytes());
        aaa.answerSuccess(rtr);
      }
    }

    List<JsonNode> packets = Tshark.dissect(dir, messages);

    assertThat(packets).hasSize(messages.size());
    for (int i = 0; i < packets.size(); i++) {
      JsonNode diameter = packets.get(i).at("/_source/layers/diameter");
      assertThat(diameter.isMissingNode()).as("packet %d", i).isFalse();
      assertThat(Tshark.values(diameter, "diameter.applicationId")).containsExactly("16777265");
      assertThat(Tshark.notes(packets.get(i).at("/_source/layers"))).as("packet %d", i).isEmpty();
    }
    for (int i = 0; i < expectedCodes.size(); i++) {
      JsonNode answer = packets.get(2 * i + 1).at("/_source/layers/diameter");
      List<String> codes = new ArrayList<>(Tshark.values(answer, "diameter.Result-Code"));
      codes.addAll(Tshark.values(answer, "diameter.Experimental-Result-Code"));
      assertThat(codes).as("answer %d", i).containsExactly(expectedCodes.get(i));
    }
    assertThat(Tshark.values(packets.get(1), "diameter.cmd.code")).containsExactly("303");
    assertThat(Tshark.values(packets.get(7), "diameter.cmd.code")).containsExactly("301");
    assertThat(Tshark.values(packets.get(7), "diameter.Non-3GPP-IP-Access")).containsExactly("0");
    assertThat(Tshark.values(packets.get(9), "diameter.3GPP-AAA-Server-Name"))
        .containsExactly("aaa-ws.localdomain");
    assertThat(Tshark.values(packets.get(10), "diameter.cmd.code")).containsExactly("305");
    assertThat(Tshark.values(packets.get(11), "diameter.cmd.code")).containsExactly("304");
  }
}
