package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reactivehss.diameter.dict.AvpDef;
import org.reactivehss.diameter.dict.Avps;
import org.reactivehss.diameter.dict.BaseAvps;

/**
 * Peer input can be anything: random damage to valid fixtures never makes parse, validation, error
 * answers or the frame decoder throw, and a message the validator accepts can be read with the
 * dictionary's types without a single InvalidAvpException.
 */
class DamagedInputTest {
    private static final List<Fixture> FIXTURES = Fixture.all().toList();
    private static final MessageValidator VALIDATOR = MessageValidator.forAllKnownApplications();

    @Property(tries = 2000)
    void damagedFrame_neverThrowsAndAlwaysGetsAnAnswerOrPasses(
            @ForAll("damagedFrames") byte[] frame) {
        DecodeResult result = DiameterMessage.parse(frame);
        DiameterMessage message = result.message();
        if (message == null) {
            return;
        }
        DecodeProblem problem =
                result.problem() != null ? result.problem() : VALIDATOR.validate(message);
        if (problem == null) {
            readEveryKnownAvp(message.avps(), 0);
            return;
        }
        byte[] answer = ErrorAnswers.build(message, problem, "hss.localdomain", "localdomain");
        assertThat(DiameterMessage.parse(answer).problem()).isNull();
    }

    @Property(tries = 300)
    void damagedStream_neverThrowsOutOfTheFrameDecoder(
            @ForAll("damagedFrames") byte[] frame, @ForAll("splits") int split) {
        EmbeddedChannel channel = new EmbeddedChannel(new DiameterFrameDecoder(4096));
        int at = Math.min(split, frame.length);
        channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(frame, 0, at)));
        channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(frame, at, frame.length)));
        for (Object out = channel.readInbound(); out != null; out = channel.readInbound()) {
            assertThat(out).isInstanceOfAny(DecodeResult.class, FramingError.class);
        }
        channel.finishAndReleaseAll();
    }

    @Provide
    Arbitrary<byte[]> damagedFrames() {
        Arbitrary<byte[]> base = Arbitraries.of(FIXTURES).map(f -> f.bytes().clone());
        Arbitrary<int[]> edits =
                Arbitraries.integers()
                        .between(0, Integer.MAX_VALUE)
                        .array(int[].class)
                        .ofMinSize(1)
                        .ofMaxSize(6);
        Arbitrary<Integer> cut = Arbitraries.integers().between(-8, 8);
        return Combinators.combine(base, edits, cut).as(DamagedInputTest::damage);
    }

    @Provide
    Arbitrary<Integer> splits() {
        return Arbitraries.integers().between(0, 600);
    }

    /**
     * Overwrites octets (biased towards length fields and flags), then shortens or lengthens the
     * frame.
     */
    private static byte[] damage(byte[] frame, int[] edits, int cut) {
        for (int edit : edits) {
            int position = edit % frame.length;
            frame[position] = (byte) (edit >>> 8);
        }
        byte[] resized = Arrays.copyOf(frame, Math.max(0, frame.length + cut));
        if (cut != 0 && resized.length >= 4 && edits[0] % 2 == 0) {
            // Keep the header's length honest half of the time, so the AVP walk is what gets
            // tested.
            resized[1] = (byte) (resized.length >>> 16);
            resized[2] = (byte) (resized.length >>> 8);
            resized[3] = (byte) resized.length;
        }
        return resized;
    }

    private static void readEveryKnownAvp(List<Avp> avps, int depth) {
        for (Avp avp : avps) {
            AvpDef def = Avps.byCode(avp.code(), avp.vendorId());
            if (def == null || def.equals(BaseAvps.FAILED_AVP)) {
                continue;
            }
            switch (def.type()) {
                case GROUPED -> readEveryKnownAvp(avp.asGrouped(), depth + 1);
                case FLOAT32, FLOAT64 ->
                        assertThat(avp.dataLength()).isEqualTo(def.type().fixedLength());
                default -> assertThat(AvpText.of(avp, def)).isNotNull();
            }
        }
    }
}
