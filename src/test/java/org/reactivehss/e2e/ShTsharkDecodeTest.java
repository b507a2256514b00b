package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.E2eHss;
import org.reactivehss.testing.Tshark;

/**
 * Wireshark reads Sh as the HSS writes it: UDR/UDA, PUR/PUA, SNR/SNA and PNR/PNA (TS 29.329
 * commands 306-309, application 16777217), success and refusals, are dissected by tshark with its
 * own dictionary: no packet is malformed or raises an expert note, and the values it prints are the
 * ones sent.
 */
@Timeout(120)
class ShTsharkDecodeTest {
  static final String IMSI = "001010000000331";
  static final String IMPU = "sip:wes@ims.localdomain";

  @Test
  void shRequestsAndAnswers_decodeInTsharkWithoutExpertNotes(@TempDir Path dir) throws Exception {
    List<byte[]> messages = new ArrayList<>();
    try (E2eHss hss = new E2eHss()) {
      assertThat(
              hss.provision(
                  IMSI, CxScscf.subscriber(IMSI, "001010000000331@ims.localdomain", "", IMPU)))
          .isEqualTo(201);
      String all = "\"RepositoryData\",\"IMSPublicIdentity\",\"IMSUserState\"";
      hss.send("PUT", "/api/v1/sh/permissions/" + ShAs.HOST, ShAs.permissions(all, all, all));
      try (ShAs as = new ShAs(hss, ShAs.HOST)) {
        for (byte[] request :
            List.of(
                as.udr(IMPU, 10, b -> {}),
                as.udr("sip:nobody@ims.localdomain", 10, b -> {}),
                as.snr(IMPU, 0, 0, b -> b.add(ShAvps.SERVICE_INDICATION, "svc.t")))) {
          messages.add(request);
          messages.add(as.exchange(request).bytes());
        }
        byte[] pur = as.pur(IMPU, ShAs.repositoryData("svc.t", 0, "<x>1</x>"));
        messages.add(pur);
        as.peer.send(pur);
        // the PUA and the PNR it causes (to this AS, subscribed above) come in either order
        DiameterMessage first = as.peer.receive();
        DiameterMessage second = as.peer.receive();
        DiameterMessage pua = first.isRequest() ? second : first;
        DiameterMessage pnr = first.isRequest() ? first : second;
        assertThat(outcome(pua)).isEqualTo("R2001");
        messages.add(pua.bytes());
        messages.add(pnr.bytes());
        messages.add(as.pna(pnr));
        as.peer.send(as.pna(pnr));
      }
    }

    List<JsonNode> packets = Tshark.dissect(dir, messages);

    assertThat(packets).hasSize(messages.size());
    List<String> commands = new ArrayList<>();
    for (int i = 0; i < packets.size(); i++) {
      JsonNode diameter = packets.get(i).at("/_source/layers/diameter");
      assertThat(diameter.isMissingNode()).as("packet %d", i).isFalse();
      assertThat(Tshark.values(diameter, "diameter.applicationId")).containsExactly("16777217");
      assertThat(Tshark.notes(packets.get(i).at("/_source/layers"))).as("packet %d", i).isEmpty();
      commands.addAll(Tshark.values(diameter, "diameter.cmd.code"));
    }
    assertThat(commands)
        .containsExactly("306", "306", "306", "306", "308", "308", "307", "307", "309", "309");
    assertThat(Tshark.values(packets.get(3), "diameter.Experimental-Result-Code"))
        .containsExactly("5001");
    assertThat(Tshark.values(packets.get(1), "diameter.Result-Code")).containsExactly("2001");
  }
}
