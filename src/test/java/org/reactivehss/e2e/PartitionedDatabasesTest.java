package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.CxScscf.SERVER_NAME;

import io.vertx.core.json.JsonObject;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.store.ImsiRange;
import org.reactivehss.store.PartitionOptions;
import org.reactivehss.store.StoreOptions;
import org.reactivehss.store.TestDatabase;
import org.reactivehss.testing.E2eHss;

/**
 * One HSS over two PostgreSQL servers, subscribers split by IMSI range (db.partitions,
 * docs/scale-out.md): provisioning, S6a AIR/ULR/PUR and Cx UAR/MAR/SAR over real sockets, then each
 * database read directly to show that every subscriber's rows and SQN are in its partition alone.
 * The last case stops one server: the other's subscribers are still served and readiness names the
 * one that is down.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PartitionedDatabasesTest {
  static final String NORTH_1 = "001010000000001";
  static final String NORTH_2 = "001010000000002";
  static final String SOUTH_1 = "001015000000001";
  static final String SOUTH_2 = "001015000000002";

  /** In no configured range. */
  static final String NOWHERE = "001029999999999";

  static final String NORTH_IMPI = NORTH_1 + "@ims.localdomain";

  /** Not derived from the IMSI: the Cx lookups must ask both partitions. */
  static final String SOUTH_IMPI = "south.one@ims.localdomain";

  static final String NORTH_IMPU = "sip:north.one@ims.localdomain";
  static final String SOUTH_IMPU = "sip:south.one@ims.localdomain";

  static final String SQN = "SELECT sqn::text FROM subscribers WHERE imsi = ?";

  static Path root;
  static EmbeddedPostgres north;
  static EmbeddedPostgres south;
  static E2eHss hss;
  static S6aClient mme;
  static CxScscf scscf;

  @BeforeAll
  static void start() throws Exception {
    root = Files.createTempDirectory("hss-partitions");
    north = server(root.resolve("north"));
    south = server(root.resolve("south"));
    StoreOptions db =
        StoreOptions.defaults()
            .withKey(TestDatabase.TEST_KEY, 1, Map.of())
            .withPartitions(
                List.of(
                    partition("north", "001010000000000-001014999999999", north),
                    partition("south", "001015000000000-001019999999999", south)));
    hss = new E2eHss(2_000, db, c -> c);
    mme = new S6aClient(hss.connect("mme.localdomain")).opened();
    scscf = new CxScscf(hss, CxScscf.HOST);
  }

  private static EmbeddedPostgres server(Path dataDir) throws Exception {
    EmbeddedPostgres pg =
        EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
    try (Connection c = pg.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE hss");
    }
    return pg;
  }

  /** An external database reached by URL, as an operator configures one. */
  private static PartitionOptions partition(String name, String range, EmbeddedPostgres pg) {
    return new PartitionOptions(
        name,
        List.of(ImsiRange.parse(range)),
        "postgresql://postgres@127.0.0.1:" + pg.getPort() + "/hss",
        "localhost",
        5432,
        "hss",
        "hss",
        null,
        false);
  }

  @AfterAll
  static void stop() throws Exception {
    if (scscf != null) {
      scscf.close();
    }
    if (mme != null) {
      mme.close();
    }
    if (hss != null) {
      hss.close();
    }
    for (EmbeddedPostgres pg : new EmbeddedPostgres[] {north, south}) {
      try {
        if (pg != null) {
          pg.close();
        }
      } catch (IOException alreadyStopped) {
        // the last case stops one on purpose
      }
    }
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // best effort: a temporary directory
    }
  }

  @Test
  @Order(1)
  void provisioning_writesEachSubscriberToItsPartition_andRefusesAnImsiInNoRange()
      throws Exception {
    assertThat(
            hss.provision(
                NORTH_1, CxScscf.subscriber(NORTH_1, NORTH_IMPI, ",\"apns\":[]", NORTH_IMPU)))
        .isEqualTo(201);
    assertThat(
            hss.provision(
                SOUTH_1, CxScscf.subscriber(SOUTH_1, SOUTH_IMPI, ",\"apns\":[]", SOUTH_IMPU)))
        .isEqualTo(201);
    var refused =
        hss.send("PUT", "/api/v1/subscribers/" + NOWHERE, S6aClient.subscriber(NOWHERE, ""));
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject error = new JsonObject(refused.body()).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("imsi");
    assertThat(error.getString("reason")).isEqualTo("no partition holds this IMSI range");

    String ndjson =
        S6aClient.subscriber(NORTH_2, "")
            + "\n"
            + S6aClient.subscriber(SOUTH_2, "")
            + "\n"
            + S6aClient.subscriber("001029999999998", "")
            + "\n";
    JsonObject report =
        new JsonObject(
            HttpClient.newHttpClient()
                .send(
                    HttpRequest.newBuilder(
                            URI.create(
                                "http://127.0.0.1:" + hss.httpPort + "/api/v1/subscribers/import"))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body());
    assertThat(report.getInteger("created")).as(report.encode()).isEqualTo(2);
    JsonObject third = report.getJsonArray("results").getJsonObject(2);
    assertThat(third.getInteger("status")).isEqualTo(400);
    assertThat(third.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("imsi");

    assertThat(hss.send("GET", "/api/v1/subscribers/" + SOUTH_2, null).statusCode()).isEqualTo(200);
    assertThat(hss.send("GET", "/api/v1/subscribers/" + NOWHERE, null).statusCode()).isEqualTo(404);
    assertThat(
            hss.send("PATCH", "/api/v1/subscribers/" + SOUTH_2, "{\"msisdn\":\"4917055\"}")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            new JsonObject(hss.send("GET", "/api/v1/subscribers/" + SOUTH_2, null).body())
                .getString("msisdn"))
        .isEqualTo("4917055");
    var page = hss.send("GET", "/api/v1/subscribers?limit=10", null);
    assertThat(page.body()).contains(NORTH_1, NORTH_2, SOUTH_1, SOUTH_2);

    assertThat(imsis(north)).containsExactly(NORTH_1, NORTH_2);
    assertThat(imsis(south)).containsExactly(SOUTH_1, SOUTH_2);
    assertThat(one(south, "SELECT msisdn FROM subscribers WHERE imsi = ?", SOUTH_2))
        .isEqualTo("4917055");
  }

  @Test
  @Order(2)
  void s6a_airUlrPur_useThePartitionOfTheImsi_andAnImsiInNoRangeIsUnknown() throws Exception {
    long northSqn = Long.parseLong(one(north, SQN, NORTH_2));
    long southSqn = Long.parseLong(one(south, SQN, SOUTH_2));
    for (String imsi : List.of(NORTH_2, SOUTH_2)) {
      DiameterMessage aia = mme.exchange(mme.air(imsi, 2, S6aClient.HOME_PLMN, null));
      assertThat(aia.resultCode()).as("AIA for " + imsi).isEqualTo(2001);
      assertThat(S6aClient.eutranVectors(aia)).hasSize(2);
      DiameterMessage ula = mme.exchange(mme.ulr(imsi, S6aClient.HOME_PLMN, S6aClient.EUTRAN, 0));
      assertThat(ula.resultCode()).as("ULA for " + imsi).isEqualTo(2001);
      DiameterMessage pua = mme.exchange(S6aCommands.PURGE_UE, imsi, b -> {});
      assertThat(pua.resultCode()).as("PUA for " + imsi).isEqualTo(2001);
    }
    // two vectors reserved SQN_HE + 1 and + 2, on the subscriber's own partition only
    assertThat(Long.parseLong(one(north, SQN, NORTH_2))).isEqualTo(northSqn + 2);
    assertThat(Long.parseLong(one(south, SQN, SOUTH_2))).isEqualTo(southSqn + 2);
    for (EmbeddedPostgres pg : new EmbeddedPostgres[] {north, south}) {
      String imsi = pg == north ? NORTH_2 : SOUTH_2;
      assertThat(
              one(
                  pg,
                  "SELECT serving_mme_host || ' ' || purged_by_mme FROM subscribers WHERE imsi = ?",
                  imsi))
          .isEqualTo("mme.localdomain true");
    }
    assertThat(count(north, "SELECT count(*) FROM subscribers WHERE imsi = ?", SOUTH_2)).isZero();
    assertThat(count(south, "SELECT count(*) FROM subscribers WHERE imsi = ?", NORTH_2)).isZero();

    DiameterMessage aia = mme.exchange(mme.air(NOWHERE, 1, S6aClient.HOME_PLMN, null));
    assertThat(aia.isExperimentalResult()).isTrue();
    assertThat(aia.resultCode()).isEqualTo(5001);
    DiameterMessage ula = mme.exchange(mme.ulr(NOWHERE, S6aClient.HOME_PLMN, S6aClient.EUTRAN, 0));
    assertThat(ula.resultCode()).isEqualTo(5001);
    DiameterMessage pua = mme.exchange(S6aCommands.PURGE_UE, NOWHERE, b -> {});
    assertThat(pua.resultCode()).isEqualTo(5001);
  }

  @Test
  @Order(3)
  void cx_uarMarSar_findSubscribersOfBothPartitions_byImsiDerivedOrAnyImpi() throws Exception {
    CxMessages cx = scscf.cx;
    for (String[] ids :
        List.of(new String[] {NORTH_IMPI, NORTH_IMPU}, new String[] {SOUTH_IMPI, SOUTH_IMPU})) {
      String impi = ids[0];
      String impu = ids[1];
      DiameterMessage uaa = scscf.exchange(cx.uar(scscf.hbh(), impi, impu, "localdomain", 0));
      assertThat(CxScscf.outcome(uaa)).as("UAA for " + impi).isEqualTo("E2001");
      DiameterMessage maa =
          scscf.exchange(
              cx.mar(scscf.hbh(), impi, impu, 1, CxMessages.DIGEST_AKA, null, SERVER_NAME));
      assertThat(CxScscf.outcome(maa)).as("MAA for " + impi).isEqualTo("R2001");
      DiameterMessage saa = scscf.exchange(cx.sar(scscf.hbh(), impi, impu, 1, 0, SERVER_NAME));
      assertThat(CxScscf.outcome(saa)).as("SAA for " + impi).isEqualTo("R2001");
      // by the public identity alone: both partitions asked
      DiameterMessage lia = scscf.exchange(cx.lir(scscf.hbh(), impu));
      assertThat(CxScscf.outcome(lia)).as("LIA for " + impu).isEqualTo("R2001");
    }
    assertThat(one(north, "SELECT scscf_name FROM ims_identities WHERE imsi = ?", NORTH_1))
        .isEqualTo(SERVER_NAME);
    assertThat(one(south, "SELECT scscf_name FROM ims_identities WHERE imsi = ?", SOUTH_1))
        .isEqualTo(SERVER_NAME);
    // MAR reserved one SQN from the provisioned 31, each in its own partition
    assertThat(one(north, "SELECT sqn::text FROM subscribers WHERE imsi = ?", NORTH_1))
        .isEqualTo("32");
    assertThat(one(south, "SELECT sqn::text FROM subscribers WHERE imsi = ?", SOUTH_1))
        .isEqualTo("32");
    assertThat(count(north, "SELECT count(*) FROM ims_identities WHERE imsi = ?", SOUTH_1))
        .isZero();
  }

  @Test
  @Order(4)
  void delete_removesTheSubscriberFromItsPartition() throws Exception {
    assertThat(hss.send("DELETE", "/api/v1/subscribers/" + SOUTH_2, null).statusCode())
        .isEqualTo(204);
    // the MME that registered it in the S6a case hears of the deletion (TS 29.272 §5.2.1.2)
    DiameterMessage clr = mme.peer.receive();
    assertThat(clr.commandCode()).isEqualTo(S6aCommands.CANCEL_LOCATION.code());
    mme.answerSuccess(clr);
    assertThat(imsis(south)).containsExactly(SOUTH_1);
    assertThat(imsis(north)).containsExactly(NORTH_1, NORTH_2);
  }

  @Test
  @Order(5)
  void onePartitionDown_theOtherIsStillServed_andReadinessNamesTheDownOne() throws Exception {
    south.close();

    DiameterMessage aia = mme.exchange(mme.air(NORTH_2, 1, S6aClient.HOME_PLMN, null));
    assertThat(aia.resultCode()).isEqualTo(2001);
    DiameterMessage ula = mme.exchange(mme.ulr(NORTH_2, S6aClient.HOME_PLMN, S6aClient.EUTRAN, 0));
    assertThat(ula.resultCode()).isEqualTo(2001);
    DiameterMessage uaa =
        scscf.exchange(scscf.cx.uar(scscf.hbh(), NORTH_IMPI, NORTH_IMPU, "localdomain", 0));
    // registered by the Cx case: DIAMETER_SUBSEQUENT_REGISTRATION (TS 29.229 §6.2.1.2)
    assertThat(CxScscf.outcome(uaa)).isEqualTo("E2002");
    // asked of both partitions, one of them down: still found in the other
    DiameterMessage lia = scscf.exchange(scscf.cx.lir(scscf.hbh(), NORTH_IMPU));
    assertThat(CxScscf.outcome(lia)).isEqualTo("R2001");
    DiameterMessage southAia = mme.exchange(mme.air(SOUTH_1, 1, S6aClient.HOME_PLMN, null));
    assertThat(southAia.resultCode()).isNotEqualTo(2001);

    var ready = hss.send("GET", "/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    JsonObject database =
        new JsonObject(ready.body()).getJsonObject("checks").getJsonObject("database");
    assertThat(database.getString("status")).isEqualTo("UP");
    assertThat(database.getJsonArray("partitions-down").getList()).containsExactly("south");
  }

  private static List<String> imsis(EmbeddedPostgres pg) throws SQLException {
    try (Connection c = pg.getDatabase("postgres", "hss").getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT imsi FROM subscribers ORDER BY imsi")) {
      List<String> out = new java.util.ArrayList<>();
      while (r.next()) {
        out.add(r.getString(1));
      }
      return out;
    }
  }

  private static String one(EmbeddedPostgres pg, String sql, String imsi) throws SQLException {
    try (Connection c = pg.getDatabase("postgres", "hss").getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, imsi);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getString(1) : null;
      }
    }
  }

  private static long count(EmbeddedPostgres pg, String sql, String imsi) throws SQLException {
    return Long.parseLong(one(pg, sql.replace("count(*)", "count(*)::text"), imsi));
  }
}
