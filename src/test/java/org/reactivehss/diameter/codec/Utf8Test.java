package org.reactivehss.diameter.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * RFC 3629 well-formedness, the rule for UTF8String (RFC 6733 §4.3.1), decided without decoding.
 */
class Utf8Test {

    @ParameterizedTest(name = "{0} well-formed: {1}")
    @CsvSource({
        "'', true",
        "41, true",
        "c3a9, true",
        "e282ac, true",
        "f09f9880, true",
        "f48fbfbf, true",
        "c0af, false",
        "e080af, false",
        "eda080, false",
        "f4908080, false",
        "80, false",
        "c3, false",
        "e282, false",
        "ff, false",
    })
    void knownSequences(String hex, boolean wellFormed) {
        byte[] bytes = HexFormat.of().parseHex(hex);

        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isEqualTo(wellFormed);
    }

    @Property(tries = 3000)
    void agreesWithTheJdkDecoder(@ForAll byte[] bytes) {
        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isEqualTo(jdkAccepts(bytes));
    }

    @Property
    void acceptsEveryEncodedString(@ForAll String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        assertThat(Utf8.isWellFormed(bytes, 0, bytes.length)).isTrue();
    }

    private static boolean jdkAccepts(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
