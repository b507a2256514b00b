package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.testing.Await;
import org.reactivehss.testing.E2eHss;

/**
 * Flows and a mixed profile against a real HSS, briefly (2 to 3 s each, 4 subscribers, 2
 * connections, one flow in progress per connection or 20 requests/s): every answer is a success,
 * the flows complete and none fails, and the vectors pass the USIM check, resync answers included
 * (their SQN above the AUTS's SQN_MS).
 */
@Timeout(120)
class FlowLoadTest {
  static final int SUBSCRIBERS = 4;
  static E2eHss hss;

  @BeforeAll
  static void start() throws Exception {
    // a request timeout well above the default 2 s: on a loaded test machine a timed-out AIR
    // (4181) or MAR (3004) would fail a flow for a reason that is not the generator's
    hss = new E2eHss(List.of(), 20_000);
    for (int i = 0; i < SUBSCRIBERS; i++) {
      String imsi = String.format("00101000000000%d", i);
      String json =
          "{\"imsi\":\""
              + imsi
              + "\",\"k\":\""
              + LoadOptions.TEST_SET_1_K
              + "\",\"opc\":\""
              + LoadOptions.TEST_SET_1_OPC
              + "\",\"amf\":\"8000\",\"ims\":{\"impi\":\""
              + imsi
              + "@ims.localdomain\",\"impus\":[\"sip:"
              + imsi
              + "@ims.localdomain\"]},\"apns\":[{\"apn\":\"internet\",\"contextId\":1,"
              + "\"default\":true,\"pdnType\":\"ipv4\",\"qci\":9,\"arp\":{\"priority\":8,"
              + "\"preemptionCapable\":false,\"preemptionVulnerable\":true}}]}";
      assertThat(hss.provision(imsi, json)).isEqualTo(201);
    }
  }

  @AfterAll
  static void stop() throws Exception {
    hss.close();
  }

  private static LoadGenerator.Outcome run(String prefix, int seconds, String... profile)
      throws Exception {
    String[] common = {
      "--port",
      String.valueOf(hss.diameterPort),
      "--connections",
      "2",
      "--warmup",
      "0",
      "--duration",
      String.valueOf(seconds),
      "--first-imsi",
      "001010000000000",
      "--subscribers",
      String.valueOf(SUBSCRIBERS),
      "--origin-prefix",
      prefix
    };
    String[] args = new String[common.length + profile.length];
    System.arraycopy(common, 0, args, 0, common.length);
    System.arraycopy(profile, 0, args, common.length, profile.length);
    LoadGenerator.Outcome outcome = LoadGenerator.generate(LoadOptions.parse(args));
    assertThat(outcome.status()).isZero();
    return outcome;
  }

  @Test
  void attachFlows_withDetachAndResync_allSucceed_andTheResyncVectorsAreAboveSqnMs()
      throws Exception {
    LoadGenerator.Outcome o =
        run(
            "attach",
            2,
            "--flow",
            "attach",
            "--window",
            "1",
            "--detach-share",
            "50",
            "--resync-share",
            "50");

    assertThat(o.flows().completed(Flow.Kind.ATTACH)).isPositive();
    assertThat(o.flows().failed(Flow.Kind.ATTACH)).isZero();
    for (Command c : new Command[] {Command.AIR, Command.ULR, Command.PUR}) {
      assertThat(o.stats().codes(c)).as(c.name()).containsOnlyKeys("2001");
    }
    assertThat(o.stats().codes(Command.UAR)).isEmpty();
    assertThat(o.vectors().resyncs.sum()).isPositive();
    assertThat(o.vectors().clean()).as(o.vectors().summary()).isTrue();
    assertThat(o.counters().snapshotByResultCode()).containsOnlyKeys(2001L);
    // the HSS records each resync in the subscriber's auth history (written off the request's
    // latency: wait for it)
    Await.until(
        "a resync in some subscriber's auth history",
        Duration.ofSeconds(10),
        () -> {
          for (int i = 0; i < SUBSCRIBERS; i++) {
            String imsi = String.format("00101000000000%d", i);
            if (hss.send("GET", "/api/v1/subscribers/" + imsi + "/auth-events", null)
                .body()
                .contains("\"kind\":\"resync\"")) {
              return true;
            }
          }
          return false;
        });
  }

  @Test
  void imsRegistrations_andReRegistrations_allSucceed() throws Exception {
    LoadGenerator.Outcome o =
        run(
            "ims",
            3,
            "--flow",
            "ims-registration",
            "--window",
            "1",
            "--scscf-pool",
            "2",
            "--reregister-seconds",
            "1");

    assertThat(o.flows().completed(Flow.Kind.IMS_REGISTRATION)).isPositive();
    assertThat(o.flows().failed(Flow.Kind.IMS_REGISTRATION)).isZero();
    assertThat(o.flows().completed(Flow.Kind.IMS_RE_REGISTRATION)).isPositive();
    assertThat(o.flows().failed(Flow.Kind.IMS_RE_REGISTRATION)).isZero();
    // UAA carries Experimental-Result: first (E2001) or subsequent registration (E2002)
    assertThat(o.stats().codes(Command.UAR).keySet()).isSubsetOf("E2001", "E2002");
    assertThat(o.stats().codes(Command.MAR)).containsOnlyKeys("2001");
    assertThat(o.stats().codes(Command.SAR)).containsOnlyKeys("2001");
  }

  @Test
  void aMixAtAFixedRate_sendsEveryCommandOfTheMix_andAllSucceed() throws Exception {
    LoadGenerator.Outcome o =
        run(
            "mix",
            3,
            "--mix",
            "air=20,ulr=15,pur=15,uar=15,mar=15,sar=20",
            "--rate",
            "20",
            "--resync-share",
            "10");

    for (Command c : Command.values()) {
      Map<String, Long> codes = o.stats().codes(c);
      assertThat(codes).as(c.name()).isNotEmpty();
      assertThat(codes.keySet())
          .as(c.name())
          .isSubsetOf(c == Command.UAR ? new String[] {"E2001", "E2002"} : new String[] {"2001"});
    }
    assertThat(o.vectors().clean()).as(o.vectors().summary()).isTrue();
    assertThat(o.stats().table(3)).startsWith("| command | answers |").contains("| AIR |");
  }
}
