package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where a frame ends, or why the stream cannot be framed (RFC 6733 §3), from arrays and buffers
 * alike.
 */
class DiameterFramerTest {
    private final DiameterFramer framer = new DiameterFramer(1024);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "'', 0",
        "01, 0",
        "010000, 0",
        "01000014, 0",
        "01000014" + "00000000000000000000000000000000, 20",
        "01000014" + "0000000000000000000000000000000000, 20",
        "02, -1",
        "00000014, -1",
        "01000013, -1",
        "01000000, -1",
        "01000400, 0",
        "01000404, -1",
        "01000016" + "00000000000000000000000000000000, 0",
    })
    void nextFrameLength_isTheSameForArraysAndBuffers(String hex, int expected) {
        byte[] stream = HexFormat.of().parseHex(hex);

        assertThat(framer.nextFrameLength(stream, 0, stream.length)).isEqualTo(expected);
        assertThat(framer.nextFrameLength(Unpooled.wrappedBuffer(stream))).isEqualTo(expected);
    }
}
