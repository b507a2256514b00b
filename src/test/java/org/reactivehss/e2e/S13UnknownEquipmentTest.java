package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.app.s13.S13Options;
import org.reactivehss.config.HssConfig;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.Applications;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.metrics.Scrape;
import org.reactivehss.testing.E2eHss;

/**
 * The EIR as an allow list ({@code s13.unknown-equipment: unknown}): unlisted equipment gets
 * Experimental-Result 5422 DIAMETER_ERROR_EQUIPMENT_UNKNOWN (TS 29.272 §7.4.3.5), listed equipment
 * its status.
 */
@Timeout(90)
class S13UnknownEquipmentTest {
  private static E2eHss hss;
  private static S13Client mme;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss(List.of(), S13UnknownEquipmentTest::allowList);
    mme = new S13Client(hss.connect("mme-s13.localdomain")).opened();
  }

  static HssConfig allowList(HssConfig c) {
    return c.withS13(new S13Options(S13Options.UnknownEquipment.UNKNOWN));
  }

  @AfterAll
  static void stop() throws Exception {
    mme.peer.close();
    hss.close();
  }

  @Test
  void ecrForUnlistedEquipment_getsExperimentalResult5422_withoutEquipmentStatus()
      throws Exception {
    Scrape before = hss.scrape();
    DiameterMessage eca = mme.check("99000000000002", "01", "001010000001310");
    assertThat(eca.isExperimentalResult()).isTrue();
    assertThat(eca.resultCode()).isEqualTo(5422);
    assertThat(eca.first(BaseAvps.EXPERIMENTAL_RESULT).first(BaseAvps.VENDOR_ID).asUnsigned32())
        .isEqualTo(Applications.VENDOR_3GPP);
    assertThat(eca.first(BaseAvps.RESULT_CODE)).isNull();
    assertThat(eca.first(S6aAvps.EQUIPMENT_STATUS)).isNull();
    JsonObject logged =
        new JsonObject(hss.send("GET", "/api/v1/eir/checks?imei=99000000000002", null).body())
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(logged.getString("result")).isEqualTo("unknown");
    hss.awaitMetric(
        before,
        1,
        "hss_diameter_answers_total",
        "application",
        "s13",
        "command",
        "ECR",
        "result",
        "DIAMETER_ERROR_EQUIPMENT_UNKNOWN");
  }

  @Test
  void ecrForListedEquipment_stillGetsItsStatus() throws Exception {
    assertThat(
            hss.send("POST", "/api/v1/eir/rules", "{\"tac\":\"35333333\",\"status\":\"permitted\"}")
                .statusCode())
        .isEqualTo(201);
    DiameterMessage eca = mme.check("35333333000001", null, null);
    assertThat(eca.resultCode()).isEqualTo(2001);
    assertThat(eca.first(S6aAvps.EQUIPMENT_STATUS).asEnumerated()).isEqualTo(0);
  }
}
