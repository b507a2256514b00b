package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;
import static org.reactivehss.e2e.ShAs.repositoryData;
import static org.reactivehss.e2e.ShAs.userData;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.app.sh.ShOptions;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.E2eHss;

/**
 * Sh-Update of repository data (PUR, TS 29.328 §6.1.2.1) over a real socket: the Sequence-Number
 * rules (first write 0, then stored + 1, 65535 followed by 1, anything else 5105), removal by an
 * absent ServiceData, the size bound (5008), data that is not Sh-Data (5100), and an update of data
 * that is not repository data (5101). The API writes under the same rules.
 */
@Timeout(120)
class ShProfileUpdateTest {
  static final String IMSI = "001010000000311";
  static final String IMPU = "sip:uma@ims.localdomain";

  /** Small, so that the bound is tested without megabytes. */
  static final int MAX_BYTES = 64;

  static E2eHss hss;
  static ShAs as;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss(java.util.List.of(), c -> c.withSh(new ShOptions(MAX_BYTES, 16)));
    assertThat(
            hss.provision(
                IMSI, CxScscf.subscriber(IMSI, "001010000000311@ims.localdomain", "", IMPU)))
        .isEqualTo(201);
    assertThat(
            hss.send(
                    "PUT",
                    "/api/v1/sh/permissions/" + ShAs.HOST,
                    ShAs.permissions("\"RepositoryData\"", "\"RepositoryData\"", ""))
                .statusCode())
        .isEqualTo(201);
    as = new ShAs(hss, ShAs.HOST);
  }

  @AfterAll
  static void stop() throws Exception {
    as.close();
    hss.close();
  }

  private static String pur(String xml) throws Exception {
    return outcome(as.exchange(as.pur(IMPU, xml)));
  }

  private static String stored(String si) throws Exception {
    DiameterMessage uda = as.exchange(as.udr(IMPU, 0, b -> b.add(ShAvps.SERVICE_INDICATION, si)));
    assertThat(outcome(uda)).isEqualTo("R2001");
    ShDataSchema.validate(userData(uda));
    return userData(uda);
  }

  @Test
  void purFirstWriteWithSequence0_thenNext_isStoredAndReadBack() throws Exception {
    assertThat(pur(repositoryData("svc.a", 0, "<cfg>one</cfg>"))).isEqualTo("R2001");
    assertThat(pur(repositoryData("svc.a", 1, "<cfg>two</cfg>"))).isEqualTo("R2001");
    assertThat(stored("svc.a"))
        .contains(
            "<RepositoryData><ServiceIndication>svc.a</ServiceIndication>"
                + "<SequenceNumber>1</SequenceNumber><ServiceData><cfg>two</cfg></ServiceData>");
  }

  @Test
  void purWithAStaleSequenceNumber_is5105AndChangesNothing() throws Exception {
    assertThat(pur(repositoryData("svc.b", 0, "<v>1</v>"))).isEqualTo("R2001");
    assertThat(pur(repositoryData("svc.b", 0, "<v>2</v>"))).isEqualTo("E5105");
    assertThat(pur(repositoryData("svc.b", 5, "<v>2</v>"))).isEqualTo("E5105");
    assertThat(pur(repositoryData("svc.new", 3, "<v>1</v>"))).isEqualTo("E5105");
    assertThat(stored("svc.b")).contains("<SequenceNumber>0</SequenceNumber>");
  }

  @Test
  void sequenceNumber65535_isFollowedBy1() throws Exception {
    // the rule both writers use; reaching 65535 over the wire would take 65535 writes
    assertThat(org.reactivehss.store.ShRepository.next(65535)).isEqualTo(1);
    assertThat(org.reactivehss.store.ShRepository.next(0)).isEqualTo(1);
    assertThat(org.reactivehss.store.ShRepository.next(41)).isEqualTo(42);
  }

  @Test
  void purWithoutServiceData_removesTheItem() throws Exception {
    assertThat(pur(repositoryData("svc.c", 0, "<v/>"))).isEqualTo("R2001");
    assertThat(pur(repositoryData("svc.c", 1, null))).isEqualTo("R2001");
    assertThat(stored("svc.c")).endsWith("<Sh-Data></Sh-Data>");
    assertThat(pur(repositoryData("svc.c", 0, "<v>again</v>"))).isEqualTo("R2001");
  }

  @Test
  void purLargerThanTheBound_is5008AndStoresNothing() throws Exception {
    String big = "<v>" + "x".repeat(MAX_BYTES) + "</v>";
    assertThat(pur(repositoryData("svc.d", 0, big))).isEqualTo("E5008");
    assertThat(stored("svc.d")).endsWith("<Sh-Data></Sh-Data>");
  }

  @Test
  void purOfSomethingElseThanShData_is5100() throws Exception {
    assertThat(pur("<not-sh-data/>")).isEqualTo("E5100");
    assertThat(pur("<Sh-Data><RepositoryData>")).isEqualTo("E5100");
  }

  @Test
  void purOfImsPublicIdentity_is5101() throws Exception {
    DiameterMessage pua =
        as.exchange(
            as.request(
                org.reactivehss.diameter.dict.ShCommands.PROFILE_UPDATE,
                IMPU,
                null,
                b ->
                    b.add(ShAvps.DATA_REFERENCE, 10)
                        .add(ShAvps.SH_USER_DATA, "<Sh-Data/>".getBytes())));
    assertThat(outcome(pua)).isEqualTo("E5101");
  }

  @Test
  void purForAnUnknownUser_is5001() throws Exception {
    assertThat(
            outcome(
                as.exchange(as.pur("sip:nobody@ims.localdomain", repositoryData("s", 0, "<v/>")))))
        .isEqualTo("E5001");
  }

  @Test
  void apiWrites_followTheSameSequenceRules_andAreReadByUdr() throws Exception {
    String path = "/api/v1/sh/repository-data/" + IMPU + "/svc.api";
    assertThat(
            hss.send("PUT", path, "{\"sequenceNumber\":0,\"serviceData\":\"<a>1</a>\"}")
                .statusCode())
        .isEqualTo(201);
    assertThat(
            hss.send("PUT", path, "{\"sequenceNumber\":0,\"serviceData\":\"<a>2</a>\"}")
                .statusCode())
        .isEqualTo(409);
    assertThat(
            hss.send("PUT", path, "{\"sequenceNumber\":1,\"serviceData\":\"<a>2</a>\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(hss.send("GET", path, null).body()).contains("\"sequenceNumber\":1");
    assertThat(stored("svc.api")).contains("<ServiceData><a>2</a></ServiceData>");
    assertThat(hss.send("PUT", path, "{\"sequenceNumber\":2,\"serviceData\":\"<a>\"}").statusCode())
        .isEqualTo(400);
    assertThat(hss.send("DELETE", path + "?sequenceNumber=2", null).statusCode()).isEqualTo(204);
    assertThat(hss.send("GET", path, null).statusCode()).isEqualTo(404);
  }

  @Test
  void apiRefusals_nameTheField() throws Exception {
    String path = "/api/v1/sh/repository-data/" + IMPU + "/svc.big";
    var tooLarge =
        hss.send(
            "PUT",
            path,
            "{\"sequenceNumber\":0,\"serviceData\":\"<a>" + "x".repeat(MAX_BYTES) + "</a>\"}");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(tooLarge.body()).contains("serviceData");
    var badSequence = hss.send("PUT", path, "{\"sequenceNumber\":65536,\"serviceData\":\"<a/>\"}");
    assertThat(badSequence.statusCode()).isEqualTo(400);
    assertThat(badSequence.body()).contains("sequenceNumber");
    var badReference =
        hss.send(
            "PUT",
            "/api/v1/sh/permissions/as9.localdomain",
            ShAs.permissions("\"MSISDN\",\"Nonsense\"", "", ""));
    assertThat(badReference.statusCode()).isEqualTo(400);
    assertThat(badReference.body()).contains("udr[1]");
    assertThat(hss.send("GET", "/api/v1/sh/permissions/as9.localdomain", null).statusCode())
        .isEqualTo(404);
    assertThat(
            hss.send(
                    "PUT",
                    "/api/v1/sh/permissions/as9.localdomain",
                    ShAs.permissions("\"msisdn\"", "", ""))
                .statusCode())
        .isEqualTo(201);
    assertThat(hss.send("GET", "/api/v1/sh/permissions/as9.localdomain", null).body())
        .contains("\"udr\":[\"MSISDN\"]");
    assertThat(hss.send("DELETE", "/api/v1/sh/permissions/as9.localdomain", null).statusCode())
        .isEqualTo(204);
    var badHost = hss.send("GET", "/api/v1/sh/permissions/bad_host", null);
    assertThat(badHost.statusCode()).isEqualTo(400);
    assertThat(badHost.body()).contains("originHost");
  }
}
