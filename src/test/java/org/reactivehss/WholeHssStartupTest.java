package org.reactivehss;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.eventbus.DeliveryOptions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.auth.AuthVerticle;
import org.reactivehss.auth.VectorKind;
import org.reactivehss.auth.VectorReply;
import org.reactivehss.auth.VectorRequest;
import org.reactivehss.testing.E2eHss;

/**
 * The whole HSS as HssMain deploys it: a subscriber provisioned over HTTP gets vectors from the
 * auth verticle, through the storage verticle and the embedded PostgreSQL; keys never come back
 * out.
 */
@Timeout(120)
class WholeHssStartupTest {

  @Test
  void provisionedSubscriber_getsVectorsThroughAuthAndStorage_andItsKeysStayHidden()
      throws Exception {
    try (E2eHss hss = new E2eHss()) {
      int status =
          hss.provision(
              "001010000000001",
              """
          {"imsi":"001010000000001","k":"465b5ce8b199b49faa5f0a2ee238a6bc",
           "opc":"cd63cb71954a9f4e48a5994e37a02baf","amf":"8000","sqn":31}""");
      assertThat(status).isEqualTo(201);
      String body = hss.send("GET", "/api/v1/subscribers/001010000000001", null).body();
      assertThat(body)
          .contains("001010000000001")
          .doesNotContain("465b5ce8")
          .doesNotContain("cd63cb71");

      AuthVerticle.registerCodecs(hss.vertx);
      VectorReply reply =
          hss.vertx
              .eventBus()
              .<VectorReply>request(
                  AuthVerticle.ADDRESS,
                  new VectorRequest(
                      "001010000000001",
                      VectorKind.EUTRAN,
                      2,
                      new byte[] {0x00, (byte) 0xf1, 0x10},
                      null),
                  new DeliveryOptions().setSendTimeout(5000))
              .toCompletionStage()
              .toCompletableFuture()
              .get(10, TimeUnit.SECONDS)
              .body();
      assertThat(reply.vectors()).hasSize(2);
    }
  }
}
