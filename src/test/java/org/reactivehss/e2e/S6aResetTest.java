package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.S6aClient.EUTRAN;
import static org.reactivehss.e2e.S6aClient.HOME_PLMN;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.E2eHss;

/**
 * {@code POST /api/v1/operations/reset}: Reset (TS 29.272 §5.2.2.1.4, RSR §7.2.15) to every MME and
 * SGSN holding subscribers, over real sockets, and the summary the operator gets.
 */
@Timeout(90)
class S6aResetTest {
  @Test
  void reset_reachesEveryRegisteredMmeAndSgsnOnce_andCountsTheirAnswers() throws Exception {
    try (E2eHss hss = new E2eHss();
        S6aClient mme = new S6aClient(hss.connect("mme-r.localdomain")).opened();
        S6aClient sgsn = new S6aClient(hss.connect("sgsn-r.localdomain")).opened()) {
      // GIVEN two subscribers at one MME, one of them also at an SGSN
      for (String imsi : new String[] {"001010000000701", "001010000000702"}) {
        hss.provision(imsi, S6aClient.subscriber(imsi, ""));
        assertThat(mme.exchange(mme.ulr(imsi, HOME_PLMN, EUTRAN, 0)).resultCode()).isEqualTo(2001);
      }
      assertThat(sgsn.exchange(sgsn.sgsnUlr("001010000000702", 0, null)).resultCode())
          .isEqualTo(2001);

      // WHEN the operator asks for a reset
      CompletableFuture<HttpResponse<String>> summary =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return hss.send("POST", "/api/v1/operations/reset", "");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });

      // THEN one RSR to each host, with no User-Name; the MME accepts, the SGSN refuses
      DiameterMessage toMme = mme.peer.receive();
      assertThat(toMme.commandCode()).isEqualTo(S6aCommands.RESET.code());
      assertThat(toMme.first(BaseAvps.DESTINATION_HOST).asUtf8()).isEqualTo("mme-r.localdomain");
      assertThat(toMme.first(BaseAvps.USER_NAME)).isNull();
      mme.answerSuccess(toMme);
      DiameterMessage toSgsn = sgsn.peer.receive();
      assertThat(toSgsn.commandCode()).isEqualTo(S6aCommands.RESET.code());
      sgsn.answerWith(toSgsn, 5012);

      // AND the summary counts them
      HttpResponse<String> response = summary.get(60, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      JsonObject body = new JsonObject(response.body());
      assertThat(body.getInteger("hosts")).isEqualTo(2);
      assertThat(body.getInteger("answered")).isEqualTo(1);
      assertThat(body.getInteger("failed")).isEqualTo(1);
      // AND nothing else was sent: each host got exactly one RSR
      assertThat(mme.nextAfterWatchdog().commandCode()).isEqualTo(280);
    }
  }
}
