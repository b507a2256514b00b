package org.reactivehss.diameter.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.codec.DiameterMessage;
import org.reactivehss.diameter.codec.MessageBuilder;
import org.reactivehss.diameter.dict.BaseCommands;
import org.reactivehss.diameter.dict.CommandDef;
import org.reactivehss.diameter.dict.S6aCommands;
import org.reactivehss.diameter.peer.PeerEvent.Received;

/**
 * Which {@link PeerEvent.Received} event a message is: by application, command code and R bit
 * alone.
 */
class ReceivedKindTest {

  static Stream<Arguments> messages() {
    return Stream.of(
        Arguments.of("CER", request(BaseCommands.CAPABILITIES_EXCHANGE), Received.CER),
        Arguments.of("CEA", answer(BaseCommands.CAPABILITIES_EXCHANGE), Received.CEA),
        Arguments.of("DWR", request(BaseCommands.DEVICE_WATCHDOG), Received.DWR),
        Arguments.of("DWA", answer(BaseCommands.DEVICE_WATCHDOG), Received.DWA),
        Arguments.of("DPR", request(BaseCommands.DISCONNECT_PEER), Received.DPR),
        Arguments.of("DPA", answer(BaseCommands.DISCONNECT_PEER), Received.DPA),
        // RFC 6733 §8.5.1 Abort-Session-Request (274) on the base application: not served by this
        // HSS
        Arguments.of("ASR, base application", header(0x80, 274, 0), Received.OTHER_BASE_REQUEST),
        Arguments.of(
            "AIR", request(S6aCommands.AUTHENTICATION_INFORMATION), Received.APPLICATION_REQUEST),
        Arguments.of("CLA", answer(S6aCommands.CANCEL_LOCATION), Received.OTHER_ANSWER),
        // command 257 outside the base application is not a CER (RFC 6733 §5.3: CER is application
        // 0)
        Arguments.of("code 257 in S6a", header(0x80, 257, 16777251), Received.APPLICATION_REQUEST));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("messages")
  void eachMessage_isTheEventOfItsKind(String name, DiameterMessage m, Received expected) {
    // WHEN the message is classified THEN it is its row's event
    assertThat(Received.of(m)).isEqualTo(expected);
    assertThat(Received.of(m).isRequest()).isEqualTo(m.isRequest());
  }

  private static DiameterMessage request(CommandDef command) {
    return DiameterMessage.parse(MessageBuilder.request(command).build()).message();
  }

  private static DiameterMessage answer(CommandDef command) {
    return DiameterMessage.parse(MessageBuilder.answer(request(command)).build()).message();
  }

  /** A bare 20-octet header (RFC 6733 §3): version 1, length 20, flags, command, application. */
  private static DiameterMessage header(int flags, int command, int application) {
    ByteBuffer b = ByteBuffer.allocate(20);
    b.putInt(0x01000014).putInt(flags << 24 | command).putInt(application).putInt(1).putInt(1);
    return DiameterMessage.parse(b.array()).message();
  }
}
