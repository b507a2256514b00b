package org.reactivehss.tools.loadgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DecodeResult;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageValidator;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.CxAvps;
import org.reactivehss.diameter.dict.S13Commands;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.dict.ShAvps;
import org.reactivehss.diameter.dict.ShCommands;
import org.reactivehss.diameter.dict.SlhCommands;
import org.reactivehss.diameter.dict.SwxAvps;
import org.reactivehss.diameter.dict.SwxCommands;

/** What the load generator sends: valid requests for IMSIs of the provisioned range only. */
class RequestTemplateTest {
  private static final MessageValidator VALIDATOR = MessageValidator.forAllKnownApplications();

  private static LoadOptions options(String message, String... more) {
    String[] base = {
      "--message",
      message,
      "--connections",
      "4",
      "--subscribers",
      "10",
      "--first-imsi",
      "001010000000100"
    };
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return LoadOptions.parse(args);
  }

  private static DiameterMessage parse(byte[] bytes) {
    DecodeResult r = DiameterMessage.parse(bytes);
    assertThat(r.problem()).isNull();
    return r.message();
  }

  @Test
  void ulr_isAValidUpdateLocation_withANewSessionIdEachTime_forThisConnectionsImsisOnly() {
    RequestTemplate connection1 = new RequestTemplate(options("ulr"), "bench-1.localdomain", 1);
    Set<String> sessions = new HashSet<>();
    Set<String> imsis = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      DiameterMessage ulr = parse(connection1.next(i));
      assertThat(ulr.commandCode()).isEqualTo(S6aCommands.UPDATE_LOCATION.code());
      assertThat(ulr.hopByHopId()).isEqualTo(i);
      assertThat(VALIDATOR.validate(ulr)).isNull();
      assertThat(ulr.first(BaseAvps.ORIGIN_HOST).asUtf8()).isEqualTo("bench-1.localdomain");
      sessions.add(ulr.first(BaseAvps.SESSION_ID).asUtf8());
      imsis.add(ulr.first(BaseAvps.USER_NAME).asUtf8());
    }
    assertThat(sessions).hasSize(200);
    // indexes 1, 5, 9 of 0..9: the share of connection 1 of 4
    assertThat(imsis)
        .containsExactlyInAnyOrder("001010000000101", "001010000000105", "001010000000109");
  }

  @Test
  void ecr_isAValidMeIdentityCheck_forImeisOfTheRange_eachUsedByTheImsiAtItsIndex() {
    RequestTemplate t = new RequestTemplate(options("ecr"), "bench-2.localdomain", 2);
    Set<String> sessions = new HashSet<>();
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < 300; i++) {
      DiameterMessage ecr = parse(t.next(i));
      assertThat(ecr.commandCode()).isEqualTo(S13Commands.ME_IDENTITY_CHECK.code());
      assertThat(ecr.hopByHopId()).isEqualTo(i);
      assertThat(VALIDATOR.validate(ecr)).isNull();
      sessions.add(ecr.first(BaseAvps.SESSION_ID).asUtf8());
      Avp terminal = ecr.first(S6aAvps.TERMINAL_INFORMATION);
      assertThat(terminal.first(S6aAvps.SOFTWARE_VERSION).asUtf8()).isEqualTo("01");
      pairs.add(
          terminal.first(S6aAvps.IMEI).asUtf8() + " " + ecr.first(BaseAvps.USER_NAME).asUtf8());
    }
    assertThat(sessions).hasSize(300);
    assertThat(pairs)
        .hasSize(10)
        .contains("35000000000000 001010000000100", "35000000000009 001010000000109");
  }

  @Test
  void udr_isAValidUserDataRequest_forImsUserStateOfAnImpuOfTheRange() {
    RequestTemplate t = new RequestTemplate(options("udr"), "bench-1.localdomain", 1);
    Set<String> impus = new HashSet<>();
    Set<String> sessions = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      DiameterMessage udr = parse(t.next(i));
      assertThat(udr.commandCode()).isEqualTo(ShCommands.USER_DATA_SH.code());
      assertThat(udr.applicationId()).isEqualTo(16777217);
      assertThat(VALIDATOR.validate(udr)).isNull();
      assertThat(udr.first(ShAvps.DATA_REFERENCE).asEnumerated()).isEqualTo(11);
      sessions.add(udr.first(BaseAvps.SESSION_ID).asUtf8());
      impus.add(udr.first(ShAvps.USER_IDENTITY).first(CxAvps.PUBLIC_IDENTITY).asUtf8());
    }
    assertThat(sessions).hasSize(500);
    assertThat(impus)
        .hasSize(10)
        .contains("sip:001010000000100@ims.localdomain", "sip:001010000000109@ims.localdomain");
  }

  @Test
  void airMarSwxMarAndRir_drawFromTheWholeRange() {
    for (String message : new String[] {"air", "mar", "swx-mar", "rir"}) {
      RequestTemplate t = new RequestTemplate(options(message), "bench-0.localdomain", 0);
      Set<String> imsis = new HashSet<>();
      for (int i = 0; i < 500; i++) {
        DiameterMessage m = parse(t.next(i));
        assertThat(VALIDATOR.validate(m)).isNull();
        String user = m.first(BaseAvps.USER_NAME).asUtf8();
        imsis.add(user.substring(0, 15));
      }
      assertThat(imsis)
          .as(message)
          .hasSize(10)
          .allMatch(
              imsi ->
                  imsi.compareTo("001010000000100") >= 0 && imsi.compareTo("001010000000109") <= 0);
    }
  }

  @Test
  void swxMar_isAValidEapAkaPrimeRequestOverWlan() {
    RequestTemplate t = new RequestTemplate(options("swx-mar"), "bench-0.localdomain", 0);
    DiameterMessage mar = parse(t.next(9));
    assertThat(mar.applicationId()).isEqualTo(SwxCommands.MULTIMEDIA_AUTH.applicationId());
    assertThat(mar.commandCode()).isEqualTo(SwxCommands.MULTIMEDIA_AUTH.code());
    assertThat(VALIDATOR.validate(mar)).isNull();
    assertThat(
            mar.first(CxAvps.SIP_AUTH_DATA_ITEM).first(CxAvps.SIP_AUTHENTICATION_SCHEME).asUtf8())
        .isEqualTo("EAP-AKA'");
    assertThat(mar.first(SwxAvps.ANID).asUtf8()).isEqualTo("WLAN");
  }

  @Test
  void rir_isAValidLcsRoutingInfoRequestByImsi() {
    RequestTemplate t = new RequestTemplate(options("rir"), "bench-0.localdomain", 0);
    DiameterMessage rir = parse(t.next(7));
    assertThat(rir.commandCode()).isEqualTo(SlhCommands.LCS_ROUTING_INFO.code());
    assertThat(rir.applicationId()).isEqualTo(SlhCommands.LCS_ROUTING_INFO.applicationId());
    assertThat(rir.hopByHopId()).isEqualTo(7);
    assertThat(VALIDATOR.validate(rir)).isNull();
    assertThat(rir.first(ShAvps.MSISDN)).isNull();
  }

  @Test
  void marNamesTheSubscribersOwnScscf_whicheverConnectionSendsIt() {
    Set<String> names = new HashSet<>();
    for (int connection = 0; connection < 3; connection++) {
      RequestTemplate t =
          new RequestTemplate(options("mar"), "bench-" + connection + ".localdomain", connection);
      for (int i = 0; i < 200; i++) {
        DiameterMessage m = parse(t.next(i));
        String imsi = m.first(BaseAvps.USER_NAME).asUtf8().substring(0, 15);
        String scscf = m.first(CxAvps.SERVER_NAME).asUtf8();
        assertThat(scscf)
            .isEqualTo("sip:scscf-" + (imsi.charAt(14) - '0') % 4 + ".localdomain:6060");
        names.add(scscf);
      }
    }
    assertThat(names).hasSize(4);
  }

  @Test
  void imsiPrefix_stillNamesTheFirstImsi_andBadRangesAreRefused() {
    assertThat(LoadOptions.parse(new String[] {"--imsi-prefix", "00101"}).imsi(42))
        .isEqualTo("001010000000042");
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--first-imsi", "12345"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LoadOptions.parse(new String[] {"--message", "xyz"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
