package org.reactivehss.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reactivehss.e2e.ShAs.outcome;
import static org.reactivehss.e2e.ShAs.userData;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.testing.E2eHss;

/**
 * Sh-Pull (UDR, TS 29.328 §6.1.1) over a real socket, one test per Data-Reference served and per
 * refusal; every Sh-User-Data is validated against the TS 29.328 Annex D subset
 * (sh/ShDataType-subset.xsd).
 */
@Timeout(120)
class ShUserDataTest {
  static final String IMSI = "001010000000301";
  static final String IMPI = "001010000000301@ims.localdomain";
  static final String IMPU = "sip:sam@ims.localdomain";
  static final String TEL = "tel:+15550301";
  static final String OTHER_IMSI = "001010000000302";
  static final String OTHER_IMPU = "sip:tom@ims.localdomain";

  /** TS 29.329 §6.3.4 Data-Reference. */
  static final int REPOSITORY_DATA = 0;

  static final int IMS_PUBLIC_IDENTITY = 10;
  static final int IMS_USER_STATE = 11;
  static final int S_CSCF_NAME = 12;
  static final int INITIAL_FILTER_CRITERIA = 13;
  static final int LOCATION_INFORMATION = 14;
  static final int MSISDN = 17;
  static final int DSAI = 19;

  static final String ALL_READABLE =
      "\"RepositoryData\",\"IMSPublicIdentity\",\"IMSUserState\",\"S-CSCFName\","
          + "\"InitialFilterCriteria\",\"LocationInformation\",\"MSISDN\",\"DSAI\"";

  /** Two iFCs: one for this AS, one for another. */
  static final String PROFILE =
      "<?xml version='1.0' encoding='UTF-8'?><IMSSubscription><PrivateID>"
          + IMPI
          + "</PrivateID><ServiceProfile><PublicIdentity><Identity>"
          + IMPU
          + "</Identity></PublicIdentity><PublicIdentity><Identity>"
          + TEL
          + "</Identity></PublicIdentity>"
          + "<InitialFilterCriteria><Priority>0</Priority><ApplicationServer>"
          + "<ServerName>sip:as.localdomain</ServerName><DefaultHandling>0</DefaultHandling>"
          + "</ApplicationServer></InitialFilterCriteria>"
          + "<InitialFilterCriteria><Priority>1</Priority><ApplicationServer>"
          + "<ServerName>sip:voicemail.localdomain</ServerName></ApplicationServer>"
          + "</InitialFilterCriteria></ServiceProfile></IMSSubscription>";

  static E2eHss hss;
  static ShAs as;

  @BeforeAll
  static void start() throws Exception {
    hss = new E2eHss();
    String sam =
        CxScscf.subscriber(IMSI, IMPI, ",\"msisdn\":\"15550301\"", IMPU, TEL)
            .replace("\"impus\"", "\"serviceProfile\":\"" + PROFILE + "\",\"impus\"");
    assertThat(hss.provision(IMSI, sam)).isEqualTo(201);
    assertThat(
            hss.provision(
                OTHER_IMSI,
                CxScscf.subscriber(OTHER_IMSI, "001010000000302@ims.localdomain", "", OTHER_IMPU)))
        .isEqualTo(201);
    assertThat(
            hss.send(
                    "PUT",
                    "/api/v1/sh/permissions/" + ShAs.HOST,
                    ShAs.permissions(ALL_READABLE, "\"RepositoryData\"", "\"RepositoryData\""))
                .statusCode())
        .isEqualTo(201);
    as = new ShAs(hss, ShAs.HOST);
  }

  @AfterAll
  static void stop() throws Exception {
    as.close();
    hss.close();
  }

  private static String read(
      String impu,
      int reference,
      java.util.function.Consumer<org.reactivehss.diameter.codec.MessageBuilder> more)
      throws Exception {
    DiameterMessage uda = as.exchange(as.udr(impu, reference, more));
    org.reactivehss.diameter.codec.Avp em =
        uda.first(org.reactivehss.diameter.dict.BaseAvps.ERROR_MESSAGE);
    assertThat(outcome(uda)).as(em == null ? "" : em.asUtf8()).isEqualTo("R2001");
    String xml = userData(uda);
    ShDataSchema.validate(xml);
    return xml;
  }

  @Test
  void udrImsPublicIdentity_returnsEveryIdentityOfTheSet() throws Exception {
    String xml = read(IMPU, IMS_PUBLIC_IDENTITY, b -> {});
    assertThat(xml)
        .contains(
            "<PublicIdentifiers><IMSPublicIdentity>"
                + IMPU
                + "</IMSPublicIdentity>"
                + "<IMSPublicIdentity>"
                + TEL
                + "</IMSPublicIdentity></PublicIdentifiers>");
  }

  @Test
  void udrImsPublicIdentity_registeredIdentities_ofAnUnregisteredUser_isEmpty() throws Exception {
    String xml = read(IMPU, IMS_PUBLIC_IDENTITY, b -> b.add(ShAvps.IDENTITY_SET, 1));
    assertThat(xml).contains("<PublicIdentifiers></PublicIdentifiers>");
  }

  @Test
  void udrImsUserStateAndScscfName_ofAUserNeverRegistered_areNotRegisteredAndNoName()
      throws Exception {
    assertThat(read(IMPU, IMS_USER_STATE, b -> {}))
        .contains("<Sh-IMS-Data><IMSUserState>0</IMSUserState></Sh-IMS-Data>");
    assertThat(read(IMPU, S_CSCF_NAME, b -> {})).contains("<Sh-IMS-Data></Sh-IMS-Data>");
  }

  @Test
  void udrInitialFilterCriteria_returnsOnlyThoseOfTheAskingServerName() throws Exception {
    String xml =
        read(IMPU, INITIAL_FILTER_CRITERIA, b -> b.add(CxAvps.SERVER_NAME, "sip:as.localdomain"));
    assertThat(xml).contains("<IFCs><InitialFilterCriteria><Priority>0</Priority>");
    assertThat(xml).doesNotContain("voicemail");
  }

  @Test
  void udrInitialFilterCriteria_withoutServerName_is5005() throws Exception {
    DiameterMessage uda = as.exchange(as.udr(IMPU, INITIAL_FILTER_CRITERIA, b -> {}));
    assertThat(outcome(uda)).isEqualTo("R5005");
  }

  @Test
  void udrMsisdn_byMsisdnIdentity_returnsTheMsisdn() throws Exception {
    DiameterMessage uda =
        as.exchange(
            as.request(
                org.reactivehss.diameter.dict.ShCommands.USER_DATA_SH,
                null,
                new byte[] {0x51, 0x55, 0x30, 0x10},
                b -> b.add(ShAvps.DATA_REFERENCE, MSISDN)));
    assertThat(outcome(uda)).isEqualTo("R2001");
    ShDataSchema.validate(userData(uda));
    assertThat(userData(uda)).contains("<PublicIdentifiers><MSISDN>15550301</MSISDN>");
  }

  @Test
  void udrRepositoryData_nothingStored_isAnEmptyShData() throws Exception {
    String xml = read(IMPU, REPOSITORY_DATA, b -> b.add(ShAvps.SERVICE_INDICATION, "nothing"));
    assertThat(xml).endsWith("<Sh-Data></Sh-Data>");
  }

  @Test
  void udrLocationInformation_ofTheCsDomain_is4100AndDsai_is5108() throws Exception {
    // the HSS asks no MSC/VLR (no MAP): CS location is not available (docs/sh.md)
    assertThat(
            outcome(
                as.exchange(
                    as.udr(IMPU, LOCATION_INFORMATION, b -> b.add(ShAvps.REQUESTED_DOMAIN, 0)))))
        .isEqualTo("E4100");
    assertThat(outcome(as.exchange(as.udr(IMPU, DSAI, b -> {})))).isEqualTo("E5108");
  }

  @Test
  void udrForAnUnknownIdentity_is5001() throws Exception {
    assertThat(outcome(as.exchange(as.udr("sip:nobody@ims.localdomain", MSISDN, b -> {}))))
        .isEqualTo("E5001");
  }

  @Test
  void udrWithIdentitiesOfTwoUsers_is5002() throws Exception {
    DiameterMessage uda =
        as.exchange(
            as.request(
                org.reactivehss.diameter.dict.ShCommands.USER_DATA_SH,
                OTHER_IMPU,
                new byte[] {0x51, 0x55, 0x30, 0x10},
                b -> b.add(ShAvps.DATA_REFERENCE, MSISDN)));
    assertThat(outcome(uda)).isEqualTo("E5002");
  }

  @Test
  void udrFromAnAsWithoutPermissionList_is5102() throws Exception {
    try (ShAs stranger = new ShAs(hss, "stranger.localdomain")) {
      assertThat(outcome(stranger.exchange(stranger.udr(IMPU, MSISDN, b -> {}))))
          .isEqualTo("E5102");
    }
  }

  @Test
  void udrOfADataReferenceNotInTheList_is5102() throws Exception {
    assertThat(
            hss.send(
                    "PUT",
                    "/api/v1/sh/permissions/reader.localdomain",
                    ShAs.permissions("\"MSISDN\"", "", ""))
                .statusCode())
        .isEqualTo(201);
    try (ShAs reader = new ShAs(hss, "reader.localdomain")) {
      assertThat(outcome(reader.exchange(reader.udr(IMPU, MSISDN, b -> {})))).isEqualTo("R2001");
      assertThat(outcome(reader.exchange(reader.udr(IMPU, IMS_USER_STATE, b -> {}))))
          .isEqualTo("E5102");
      assertThat(outcome(reader.exchange(reader.pur(IMPU, ShAs.repositoryData("x", 0, "<a/>")))))
          .isEqualTo("E5103");
    }
  }
}
