package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.codec.Avp;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseAvps;
import org.reactivehss.diameter.dict.S6aAvps;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.testing.TestPeer;

/**
 * Each error answer of RFC 6733 §7 over a real socket, named by its Result-Code: a broken request
 * gets the answer the RFC asks for (E bit for protocol errors, Failed-AVP where it applies), with
 * its identifiers echoed, and the connection stays up for the next request.
 */
@Timeout(60)
class ErrorAnswerSocketTest {
  static TestHss hss;
  static TestPeer peer;

  @BeforeAll
  static void start() throws Exception {
    hss = TestHss.standard();
    peer = hss.connect("mme40.localdomain");
    peer.open();
  }

  @AfterAll
  static void stop() throws Exception {
    peer.close();
    hss.close();
  }

  record Case(
      String name,
      long resultCode,
      boolean errorBit,
      String failedAvpHex,
      Function<TestPeer, byte[]> request) {
    @Override
    public String toString() {
      return name;
    }
  }

  static byte[] air(TestPeer p, Function<MessageBuilder, MessageBuilder> extra, boolean userName) {
    MessageBuilder b =
        MessageBuilder.request(S6aCommands.AUTHENTICATION_INFORMATION)
            .proxiable(true)
            .hopByHop(p.nextHopByHop())
            .add(BaseAvps.SESSION_ID, "mme40.localdomain;1;" + System.nanoTime())
            .add(BaseAvps.AUTH_SESSION_STATE, 1)
            .add(BaseAvps.ORIGIN_HOST, p.host)
            .add(BaseAvps.ORIGIN_REALM, "localdomain")
            .add(BaseAvps.DESTINATION_REALM, "localdomain");
    if (userName) {
      b.add(BaseAvps.USER_NAME, "001010000000001");
    }
    b.add(S6aAvps.VISITED_PLMN_ID, new byte[] {0x00, (byte) 0xf1, 0x10});
    return extra.apply(b).build();
  }

  static byte[] hex(String s) {
    return HexFormat.of().parseHex(s);
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "unknown S6a command: 3001",
            3001,
            true,
            null,
            p -> {
              byte[] m = air(p, b -> b, true);
              m[7] = (byte) 399;
              m[6] = (byte) (399 >> 8);
              return m;
            }),
        new Case(
            "E bit on a request: 3008",
            3008,
            true,
            null,
            p -> {
              byte[] m = air(p, b -> b, true);
              m[4] |= 0x20;
              return m;
            }),
        new Case(
            "reserved AVP flag bit: 3009",
            3009,
            true,
            "0000011b" + "50" + "00000c" + "6c6f6361",
            p -> air(p, b -> b.addRaw(hex("0000011b5000000c6c6f6361")), true)),
        new Case(
            "unknown AVP with the M bit: 5001 naming it",
            5001,
            false,
            "0000270f4000000c0000002a",
            p -> air(p, b -> b.addRaw(hex("0000270f4000000c0000002a")), true)),
        new Case("User-Name missing: 5005", 5005, false, null, p -> air(p, b -> b, false)),
        new Case(
            "Origin-Realm twice: 5009",
            5009,
            false,
            null,
            p -> air(p, b -> b.add(BaseAvps.ORIGIN_REALM, "again"), true)),
        new Case(
            "Auth-Session-State of five octets: 5014",
            5014,
            false,
            null,
            p ->
                air(
                    p,
                    b -> b.addRaw(hex("0000011540" + "00000d" + "0000000001" + "000000")),
                    true)),
        new Case(
            "Message Length not a multiple of 4: 5015",
            5015,
            false,
            null,
            p -> {
              byte[] m = air(p, b -> b, true);
              byte[] longer = java.util.Arrays.copyOf(m, m.length + 1);
              ByteBuffer.wrap(longer).putInt(0, 0x01000000 | longer.length);
              return longer;
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void brokenRequest_getsTheRfcErrorAnswer_andTheConnectionStaysUp(Case c) throws Exception {
    byte[] request = c.request().apply(peer);
    peer.send(request);
    DiameterMessage answer = peer.receive();
    int sentHopByHop = ByteBuffer.wrap(request).getInt(12);
    assertThat(answer.isRequest()).isFalse();
    assertThat(answer.hopByHopId()).isEqualTo(sentHopByHop);
    assertThat(TestPeer.resultCode(answer)).isEqualTo(c.resultCode());
    assertThat(answer.isError()).isEqualTo(c.errorBit());
    assertThat(answer.originHost()).isEqualTo("hss.localdomain");
    if (c.failedAvpHex() != null) {
      Avp failed = answer.first(BaseAvps.FAILED_AVP);
      assertThat(failed).as("Failed-AVP").isNotNull();
      assertThat(HexFormat.of().formatHex(failed.asGrouped().get(0).rawBytes()))
          .isEqualTo(c.failedAvpHex());
    }
    peer.send(peer.dwr());
    assertThat(TestPeer.resultCode(peer.receive())).isEqualTo(2001);
  }

  @Test
  void lengthAboveTheMaximum_closesTheConnection() throws Exception {
    try (TestPeer p = hss.connect("mme41.localdomain")) {
      p.open();
      p.send(new byte[] {1, 0x10, 0, 0, (byte) 0x80, 0, 1, 62});
      assertThat(p.closedWithin(Duration.ofSeconds(5))).isTrue();
    }
  }
}
