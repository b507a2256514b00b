package org.reactivehss.diameter.codec;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.util.Arrays;
import java.util.List;
import org.reactivehss.diameter.dict.Applications;

/**
 * Coverage-guided fuzzing of everything that reads bytes from a peer: the frame decoder (any
 * split), the parser, the dictionary validator and the error answer built from what they found. A
 * finding is any exception escaping, i.e. a peer's bytes causing something other than a value.
 *
 * <p>Seeds: the byte fixtures (src/test/resources/.../DiameterDecoderFuzzTestInputs). Without
 * JAZZER_FUZZ the test replays the seeds and any saved findings; surefire sets JAZZER_FUZZ=1 so
 * that `mvn verify` fuzzes for the bounded time below; benchmarks/fuzz-decoder.sh fuzzes for
 * longer.
 */
class DiameterDecoderFuzzTest {
    private static final MessageValidator VALIDATOR =
            new MessageValidator(List.of(Applications.BASE, Applications.S6A, Applications.CX));

    @FuzzTest(maxDuration = "20s")
    void decodeNeverThrows(byte[] data) {
        DecodeResult parsed = DiameterMessage.parse(data);
        DiameterMessage message = parsed.message();
        if (message != null) {
            DecodeProblem problem =
                    parsed.problem() != null ? parsed.problem() : VALIDATOR.validate(message);
            if (problem != null && message.isRequest()) {
                ErrorAnswers.build(message, problem, "hss.localdomain", "localdomain");
            }
        }
        feedSplit(data);
    }

    /** The same bytes through the Netty frame decoder, cut in two at a point the input chooses. */
    private static void feedSplit(byte[] data) {
        EmbeddedChannel channel = new EmbeddedChannel(new DiameterFrameDecoder(1 << 16));
        int cut = data.length == 0 ? 0 : (data[0] & 0xff) % (data.length + 1);
        channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(data, 0, cut)));
        channel.writeInbound(Unpooled.wrappedBuffer(Arrays.copyOfRange(data, cut, data.length)));
        Object out;
        while ((out = channel.readInbound()) != null) {
            if (!(out instanceof DecodeResult) && !(out instanceof FramingError)) {
                throw new AssertionError("frame decoder emitted " + out.getClass());
            }
        }
        channel.finishAndReleaseAll();
    }
}
