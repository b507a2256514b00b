package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.Tshark;

/**
 * Wireshark reads SLh as the HSS writes it: the bytes of real RIRs and of the RIAs the whole HSS
 * answered them with (success with Serving-Node, 4201, 5001, 5005 with Failed-AVP) are dissected by
 * tshark with its own dictionary (TS 29.173 command 8388622, AVPs 2401, 2402, 2408 ...): no packet
 * is malformed or raises an expert note (but for the empty example AVP RFC 6733 §7.5 puts in the
 * 5005's Failed-AVP), and the values it prints are the ones sent.
 */
@Timeout(120)
class SlhTsharkDecodeTest {
  static final String SERVED = "001010000000911";
  static final String UNSERVED = "001010000000912";
  static final int MISSING_AVP_ANSWER = 7;

  @Test
  void rirAndRiaBytes_decodeInTsharkWithoutExpertNotes(@TempDir Path dir) throws Exception {
    List<byte[]> messages = new ArrayList<>();
    try (E2eHss hss = new E2eHss()) {
      for (String imsi : List.of(SERVED, UNSERVED)) {
        assertThat(hss.provision(imsi, S6aClient.subscriber(imsi, "\"msisdn\":\"4917012345911\"")))
            .isEqualTo(201);
      }
      try (S6aClient mme = new S6aClient(hss.connect("mme-ws.localdomain")).opened()) {
        assertThat(mme.exchange(mme.ulr(SERVED, HOME_PLMN, EUTRAN, 0)).resultCode())
            .isEqualTo(2001);
      }
      try (SlhGmlc gmlc = new SlhGmlc(hss, "gmlc-ws.localdomain")) {
        for (byte[] rir :
            List.of(
                gmlc.rir(SERVED, null),
                gmlc.rir(UNSERVED, null),
                gmlc.rir("001019999999999", null),
                gmlc.rir(null, null))) {
          messages.add(rir);
          messages.add(gmlc.exchange(rir).bytes());
        }
      }
    }

    List<JsonNode> packets = Tshark.dissect(dir, messages);

    assertThat(packets).hasSize(messages.size());
    for (int i = 0; i < packets.size(); i++) {
      JsonNode diameter = packets.get(i).at("/_source/layers/diameter");
      assertThat(diameter.isMissingNode()).as("packet %d", i).isFalse();
      assertThat(Tshark.values(diameter, "diameter.cmd.code")).containsExactly("8388622");
      assertThat(Tshark.values(diameter, "diameter.applicationId")).containsExactly("16777291");
      List<String> notes = Tshark.notes(packets.get(i).at("/_source/layers"));
      if (i == MISSING_AVP_ANSWER) {
        // RFC 6733 §7.5: Failed-AVP holds an example of the missing AVP with zero-filled data of
        // the least length its type allows, which for User-Name (a UTF8String) is none
        assertThat(notes).as("packet %d", i).containsExactly("Data is empty");
      } else {
        assertThat(notes).as("packet %d", i).isEmpty();
      }
    }
    JsonNode success = packets.get(1).at("/_source/layers/diameter");
    assertThat(Tshark.values(success, "diameter.Result-Code")).containsExactly("2001");
    assertThat(Tshark.values(success, "diameter.MME-Name")).containsExactly("mme-ws.localdomain");
    assertThat(Tshark.values(success, "diameter.MME-Realm")).containsExactly("localdomain");
    assertThat(Tshark.values(packets.get(3), "diameter.Experimental-Result-Code"))
        .containsExactly("4201");
    assertThat(Tshark.values(packets.get(5), "diameter.Experimental-Result-Code"))
        .containsExactly("5001");
    assertThat(Tshark.values(packets.get(MISSING_AVP_ANSWER), "diameter.Result-Code"))
        .containsExactly("5005");
  }
}
