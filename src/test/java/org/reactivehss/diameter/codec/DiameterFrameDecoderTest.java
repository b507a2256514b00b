package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivehss.diameter.dict.ResultCodes;

/**
 * Framing over a TCP-like stream: partial frames, coalesced frames, and streams that cannot be
 * framed.
 */
class DiameterFrameDecoderTest {
    private static final int MAX = DiameterFramer.DEFAULT_MAX_MESSAGE_SIZE;

    static List<Fixture> fixtures() {
        return Fixture.all().toList();
    }

    @Test
    void allFixturesInOneStream_splitAtEveryOffset_giveTheSameMessages() {
        List<Fixture> fixtures = fixtures();
        byte[] stream = concat(fixtures.stream().map(Fixture::bytes).toList());

        for (int split = 0; split <= stream.length; split++) {
            List<Object> out =
                    feed(
                            Arrays.copyOfRange(stream, 0, split),
                            Arrays.copyOfRange(stream, split, stream.length));

            assertThat(out).as("split at %d", split).hasSameSizeAs(fixtures);
            for (int i = 0; i < fixtures.size(); i++) {
                assertThat(out.get(i))
                        .as("split at %d, message %d", split, i)
                        .isInstanceOf(DiameterMessage.class);
                assertThat(((DiameterMessage) out.get(i)).bytes())
                        .as("split at %d", split)
                        .isEqualTo(fixtures.get(i).bytes());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void fixtureFedOneOctetAtATime_givesOneMessage(Fixture fixture) {
        byte[][] octets = new byte[fixture.bytes().length][];
        for (int i = 0; i < octets.length; i++) {
            octets[i] = new byte[] {fixture.bytes()[i]};
        }

        List<Object> out = feed(octets);

        assertThat(out).hasSize(1);
        assertThat(((DiameterMessage) out.get(0)).bytes()).isEqualTo(fixture.bytes());
    }

    @Test
    void versionTwo_givesOneFramingErrorAndDiscardsTheRest() {
        byte[] dwr = FixtureMessages.dwr();
        byte[] bad = dwr.clone();
        bad[0] = 2;

        List<Object> out = feed(concat(List.of(dwr, bad)), dwr);

        assertThat(out).hasSize(2);
        assertThat(out.get(0)).isInstanceOf(DiameterMessage.class);
        assertThat(out.get(1))
                .isEqualTo(
                        new FramingError(
                                ResultCodes.DIAMETER_UNSUPPORTED_VERSION.code(),
                                "version 2 is not 1"));
    }

    @Test
    void lengthBelowHeader_givesFramingError5015() {
        List<Object> out = feed(HexFormat.of().parseHex("01000013" + "00".repeat(16)));

        assertThat(out)
                .singleElement()
                .isInstanceOf(FramingError.class)
                .extracting(e -> ((FramingError) e).resultCode())
                .isEqualTo(5015L);
    }

    @Test
    void lengthAboveMaximum_givesFramingErrorBeforeBuffering() {
        EmbeddedChannel channel = new EmbeddedChannel(new DiameterFrameDecoder(1024));

        channel.writeInbound(Unpooled.wrappedBuffer(HexFormat.of().parseHex("01000404")));

        Object first = channel.readInbound();
        assertThat(first).isInstanceOf(FramingError.class);
        channel.writeInbound(Unpooled.wrappedBuffer(FixtureMessages.dwr()));
        Object afterwards = channel.readInbound();
        assertThat(afterwards).isNull();
        channel.finishAndReleaseAll();
    }

    @Test
    void lengthNotMultipleOfFour_isAnswerable5015AndTheNextFrameStillDecodes() {
        byte[] dwr = FixtureMessages.dwr();
        byte[] odd = Arrays.copyOf(dwr, dwr.length + 2);
        odd[3] = (byte) odd.length;

        List<Object> out = feed(concat(List.of(odd, dwr)));

        assertThat(out).hasSize(2);
        MalformedMessage malformed = (MalformedMessage) out.get(0);
        assertThat(malformed.problem().resultCode()).isEqualTo(5015);
        assertThat(malformed.message().hopByHopId()).isEqualTo(0x1002);
        assertThat(out.get(1)).isInstanceOf(DiameterMessage.class);
    }

    private static List<Object> feed(byte[]... chunks) {
        EmbeddedChannel channel = new EmbeddedChannel(new DiameterFrameDecoder(MAX));
        List<Object> out = new ArrayList<>();
        for (byte[] chunk : chunks) {
            if (chunk.length > 0) {
                channel.writeInbound(Unpooled.wrappedBuffer(chunk));
            }
            for (Object message = channel.readInbound();
                    message != null;
                    message = channel.readInbound()) {
                out.add(message);
            }
        }
        assertThat(channel.finish()).isFalse();
        return out;
    }

    private static byte[] concat(List<byte[]> parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        parts.forEach(all::writeBytes);
        return all.toByteArray();
    }
}
